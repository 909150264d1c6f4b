"""Two ingests of overlapping inputs and the web app reading, all at once, as
separate processes: nothing lost, nothing duplicated."""

import random
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from chancery.store.kb import KB

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synthetic import press_release  # noqa: E402

CHANCERY = [sys.executable, "-m", "chancery.cli"]


def write_docs(folder: Path, numbers: range) -> Path:
    folder.mkdir()
    for n in numbers:
        _, text = press_release(random.Random(n), n)
        (folder / f"doc-{n:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_parallel_ingests_and_reads(db_url, tmp_path):
    a = write_docs(tmp_path / "a", range(0, 80))
    b = write_docs(tmp_path / "b", range(40, 120))
    KB(db_url).close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([*CHANCERY, "serve", "--db", db_url, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    reads, failures = [], []
    stop = threading.Event()

    def reader():
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            while not stop.is_set():
                try:
                    for path in ("/api/summary", "/api/actors", "/api/events?limit=50", "/api/search?q=forum"):
                        r = client.get(path)
                        (reads if r.status_code == 200 else failures).append((path, r.status_code))
                except httpx.ConnectError:
                    time.sleep(0.1)

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        ingests = [subprocess.Popen([*CHANCERY, "ingest", "--db", db_url, str(folder)],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE) for folder in (a, b)]
        outputs = [p.communicate(timeout=300) for p in ingests]
    finally:
        stop.set()
        thread.join()
        server.terminate()
        server.wait(10)
    assert [p.returncode for p in ingests] == [0, 0], outputs
    assert reads and not failures, failures[:5]

    sequential = f"sqlite:///{tmp_path / 'sequential.db'}"
    subprocess.run([*CHANCERY, "ingest", "--db", sequential, str(a), str(b)], check=True, capture_output=True)
    parallel_counts = KB(db_url).counts()
    assert parallel_counts == KB(sequential).counts()
    assert parallel_counts["documents"] == 120
