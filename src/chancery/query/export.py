"""Exports: events as JSON Lines or CSV, one row per event."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import TextIO

from chancery.query.events import list_events
from chancery.store.kb import KB

CSV_FIELDS = ["id", "type", "status", "date", "place", "name", "cameo", "plover", "participants",
              "document_ids", "urls", "evidence"]


def event_records(kb: KB) -> Iterator[dict]:
    """Every event with its participants and sources."""
    yield from list_events(kb, limit=None)


def write_jsonl(kb: KB, out: TextIO) -> int:
    """Write one JSON object per event; return how many."""
    n = 0
    for record in event_records(kb):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(kb: KB, out: TextIO) -> int:
    """Write events as CSV, lists joined with "; "; return how many."""
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    n = 0
    for e in event_records(kb):
        writer.writerow({
            **{k: e[k] for k in ("id", "type", "status", "date", "place", "name", "cameo", "plover")},
            "participants": "; ".join(p["name"] for p in e["participants"]),
            "document_ids": "; ".join(s["document_id"] for s in e["sources"]),
            "urls": "; ".join(s["url"] for s in e["sources"]),
            "evidence": " | ".join(s["evidence"] for s in e["sources"]),
        })
        n += 1
    return n
