"""Batch throughput on a crawl, and bulk-load speed into PostgreSQL and SQLite.

Builds a WARC of at least 20,000 pages (the 181 real pages of
../shared/webpages and invented English and Korean press releases with page
furniture, repeated under distinct URIs), runs `chancery batch` on Dask with
1 and with 2 workers, and loads the output with `chancery load` into a
throwaway PostgreSQL server and into SQLite. Prints pages/second, the
scaling ratio and event rows/second.

    .venv/bin/python bench/batch.py [--pages 20000]

Targets: >= 50 pages/s with one worker, >= 1.8x on two, load >= 5,000 event rows/s.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
from synthetic import html_page, korean_release, press_release  # noqa: E402

from chancery.batch import load, run_batch  # noqa: E402
from chancery.store.kb import KB  # noqa: E402

SHARED = HERE.parent.parent / "shared" / "webpages"


def build_warc(path: Path, pages: int) -> dict[str, int]:
    """Write the benchmark crawl; returns how many pages of each kind."""
    truth = json.loads((SHARED / "ground-truth.json").read_text(encoding="utf-8"))
    real = [gzip.decompress((SHARED / "html" / f"{k}.html.gz").read_bytes()) for k in truth]
    rng = random.Random(3)
    kinds = {"real": 0, "english": 0, "korean": 0}
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for n in range(pages):
            slot = n % 10
            if slot < 3:
                body, kind = real[n % len(real)], "real"
            elif slot < 8:
                body, kind = html_page(*press_release(rng, n)).encode(), "english"
            else:
                body, kind = html_page(*korean_release(rng, n), lang="ko").encode(), "korean"
            kinds[kind] += 1
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://crawl.example.org/{kind}/{n}", "response", payload=BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": "2025-01-15T08:00:00Z"}))
    return kinds


def timed_batch(warc: Path, out: Path, workers: int) -> tuple[float, dict]:
    started = time.perf_counter()
    totals = run_batch([str(warc)], str(out), workers=workers, chunk=250, dashboard=None)
    return time.perf_counter() - started, totals


def timed_load(url: str, out: Path) -> tuple[float, dict]:
    kb = KB(url)
    started = time.perf_counter()
    statuses = load(kb, out)
    elapsed = time.perf_counter() - started
    kb.close()
    return elapsed, statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        warc = tmp / "crawl.warc.gz"
        started = time.perf_counter()
        kinds = build_warc(warc, args.pages)
        print(f"WARC: {args.pages} pages ({kinds['real']} real, {kinds['english']} English, {kinds['korean']} Korean), "
              f"{warc.stat().st_size / 2**20:.1f} MiB, built in {time.perf_counter() - started:.1f} s")
        rates = {}
        for workers in (1, 2):
            seconds, totals = timed_batch(warc, tmp / f"out{workers}", workers)
            pages = totals["articles"] + totals["errors"]
            rates[workers] = pages / seconds
            print(f"batch, {workers} worker{'s' if workers > 1 else ''}: {pages} pages in {seconds:.1f} s = "
                  f"{rates[workers]:.1f} pages/s ({totals['events']} events, {totals['errors']} failed)")
        print(f"scaling 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x")
        from pg import Server

        server = Server().start()
        try:
            for name, url in (("PostgreSQL", server.create_database("bench")), ("SQLite", f"sqlite:///{tmp}/bench.db")):
                seconds, statuses = timed_load(url, tmp / "out2")
                print(f"load into {name}: {statuses['added']} documents, {statuses['events']} event rows in "
                      f"{seconds:.1f} s = {statuses['events'] / seconds:.0f} event rows/s "
                      f"({statuses['unchanged']} duplicate pages skipped)")
        finally:
            server.stop()
        print("targets: >= 50 pages/s on one worker, >= 1.8x on two, load >= 5,000 event rows/s")


if __name__ == "__main__":
    main()
