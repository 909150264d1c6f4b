"""Exports: events as JSON Lines or CSV, one row per event, and PLOVER 2.0
event-data records."""

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


def plover_record(e: dict, modes: dict[str, str]) -> dict | None:
    """An event as a PLOVER 2.0 record, or None for types PLOVER has no category for.

    `actor` and `recipient` are the first two participants; dates stay at the
    precision the text gave (ISO 8601, possibly partial)."""
    if not e["plover"]:
        return None
    source = e["sources"][0] if e["sources"] else {}
    parts = e["participants"]
    return {
        "id": f"chancery-{e['id']}",
        "date": e["date"],
        "actor": parts[0]["name"] if parts else None,
        "recipient": parts[1]["name"] if len(parts) > 1 else None,
        "event": e["plover"],
        "mode": "" if e["status"] == "planned" else modes.get(e["type"], ""),
        "event_text": source.get("evidence"),
        "text_info": {"headline": source.get("title"), "language": source.get("language"),
                      "participants": [p["name"] for p in parts], "chancery_type": e["type"],
                      "status": e["status"], "cameo": e["cameo"]},
        "cite_info": {"url": source.get("url"), "publication_date": source.get("published"),
                      "document_id": source.get("document_id"),
                      "other_sources": [s["url"] for s in e["sources"][1:]]},
    }


def write_plover(kb: KB, out: TextIO) -> int:
    """Write PLOVER 2.0 JSON Lines; return how many records."""
    from chancery.cues import vocabulary

    modes = {name: spec.get("plover_mode") or "" for name, spec in vocabulary()["types"].items()}
    n = 0
    for e in event_records(kb):
        record = plover_record(e, modes)
        if record:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
