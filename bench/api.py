"""API latency on a KB of at least 10,000 events (SQLite).

Builds the KB from synthetic press releases through the real pipeline, starts
`chancery serve` on 127.0.0.1, and prints p50 and p95 latency of the profile,
search and brief endpoints over real HTTP. Target: p95 <= 100 ms.

    .venv/bin/python bench/api.py [--events 10000] [--requests 200]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import ORGS, COUNTRIES, press_release  # noqa: E402

from chancery.pipeline import process  # noqa: E402
from chancery.records import Source  # noqa: E402
from chancery.store.kb import KB  # noqa: E402


def build(db_url: str, events: int) -> dict:
    kb = KB(db_url)
    rng = random.Random(7)
    n = 0
    started = time.perf_counter()
    while kb.counts()["events"] < events:
        for _ in range(200):
            title, text = press_release(rng, n)
            kb.write(process(Source(uri=f"bench:{n}", data=text.encode(), media_type="text/plain")))
            n += 1
    counts = kb.counts()
    kb.close()
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(client: httpx.Client, urls: list[str]) -> tuple[float, float]:
    times = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        response.raise_for_status()
    return statistics.median(times), percentile(times, 0.95)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        counts = build(db, args.events)
        print(f"KB: {counts['documents']} documents, {counts['actors']} actors, {counts['events']} events "
              f"(built in {counts['seconds']} s)")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-m", "chancery.cli", "serve", "--db", db, "--port", str(port)],
                                  stderr=subprocess.DEVNULL, env={**os.environ})
        base = f"http://127.0.0.1:{port}"
        try:
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(100):
                    try:
                        client.get("/healthz")
                        break
                    except httpx.HTTPError:
                        time.sleep(0.1)
                actors = client.get("/api/actors", params={"limit": 500}).json()["items"]
                rng = random.Random(1)
                ids = [a["id"] for a in actors]
                words = ["UNESCO", "memorandum", "heritage", "Forum", "Lisbon", "contribute", "Kenya", "Sato", "Water"]
                orgs = [a["name"] for a in actors if a["kind"] == "organization" and a["name"] in ORGS]
                countries = [a["name"] for a in actors if a["kind"] == "country" and a["name"] in COUNTRIES]
                pairs = [(rng.choice(orgs), rng.choice(countries)) for _ in range(args.requests)]
                plans = {
                    "profile": [f"/api/actors/{rng.choice(ids)}" for _ in range(args.requests)],
                    "profile (busiest actor)": [f"/api/actors/{ids[0]}"] * max(20, args.requests // 10),
                    "search": [f"/api/search?q={rng.choice(words)}" for _ in range(args.requests)],
                    "brief": [f"/api/brief?actor={a}&actor={b}" for a, b in pairs],
                }
                for url in plans["profile"][:5] + plans["search"][:5] + plans["brief"][:5]:
                    client.get(url)
                print(f"{'endpoint':26} {'p50 ms':>8} {'p95 ms':>8}  requests")
                worst = 0.0
                for name, urls in plans.items():
                    p50, p95 = measure(client, urls)
                    worst = max(worst, p95)
                    print(f"{name:26} {p50:8.1f} {p95:8.1f}  {len(urls)}")
                print(f"target p95 <= 100 ms: {'met' if worst <= 100 else 'NOT met'} (worst p95 {worst:.1f} ms)")
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()
