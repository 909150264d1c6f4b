"""The distributed pipeline for crawls: the same `process()` over files,
folders and WARC archives on Dask, results as Parquet, then a bulk load.

`plan` splits the inputs into tasks (a WARC into chunks of records, found by
their byte offsets); `run_task` runs on a worker and writes one Parquet part
per table (articles, mentions, actors, roles, events, errors); a failing
document becomes a row of `errors`, never a failed task. `load` reads the
parts back into extractions and writes them to any KB in batches.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from chancery.errors import IngestError
from chancery.ingest.sources import read_file, walk_folder
from chancery.ingest.warc import is_warc, response_offsets, warc_sources
from chancery.pipeline import process_item
from chancery.records import Actor, Article, Event, Extraction, Role

_STR = pa.string()
_INT = pa.int64()
_LIST = pa.list_(pa.string())
SCHEMAS = {
    "articles": pa.schema([("id", _STR), ("url", _STR), ("title", _STR), ("published", _STR), ("fetched", _STR),
                           ("language", _STR), ("text", _STR), ("boilerplate", _LIST), ("content_hash", _STR)]),
    "mentions": pa.schema([("document_id", _STR), ("text", _STR), ("start", _INT), ("end", _INT), ("kind", _STR),
                           ("name", _STR), ("actor", _STR), ("title", _STR), ("title_of", _STR)]),
    "actors": pa.schema([("document_id", _STR), ("name", _STR), ("kind", _STR), ("aliases", _LIST)]),
    "roles": pa.schema([("document_id", _STR), ("actor", _STR), ("title", _STR), ("of", _STR),
                        ("title_aliases", _LIST), ("start", _INT), ("end", _INT)]),
    "events": pa.schema([("document_id", _STR), ("seq", _INT), ("type", _STR), ("status", _STR), ("date", _STR),
                         ("place", _STR), ("name", _STR), ("participants", _LIST), ("evidence", _STR),
                         ("start", _INT), ("end", _INT), ("cameo", _STR), ("plover", _STR)]),
    "errors": pa.schema([("where", _STR), ("reason", _STR)]),
}


@dataclass(frozen=True)
class Task:
    """A unit of work: some files, or a chunk of one WARC's records."""

    number: int
    files: tuple[str, ...] = ()
    warc: str | None = None
    offsets: tuple[int, ...] = ()

    @property
    def size(self) -> int:
        return len(self.offsets) if self.warc else len(self.files)


def plan(inputs: list[str], chunk: int = 250) -> list[Task]:
    """Split files, folders and WARCs into tasks of about `chunk` documents."""
    files: list[str] = []
    tasks: list[Task] = []
    for name in inputs:
        path = Path(name)
        paths = list(walk_folder(path)) if path.is_dir() else [path]
        for p in paths:
            if is_warc(p) and p.is_file():
                offsets = response_offsets(p)
                for i in range(0, len(offsets), chunk):
                    tasks.append(Task(len(tasks), warc=str(p), offsets=tuple(offsets[i:i + chunk])))
            else:
                files.append(str(p))
    for i in range(0, len(files), chunk):
        tasks.append(Task(len(tasks), files=tuple(files[i:i + chunk])))
    return tasks


def _sources(task: Task) -> Iterator:
    if task.warc:
        yield from warc_sources(Path(task.warc), task.offsets)
    for name in task.files:
        yield from read_file(Path(name))


def rows_of(x: Extraction) -> dict[str, list[dict]]:
    """One extraction as rows of the batch tables."""
    a = x.article
    doc = a.id
    return {
        "articles": [{"id": doc, "url": a.url, "title": a.title, "published": a.published, "fetched": a.fetched,
                      "language": a.language, "text": a.text, "boilerplate": list(a.boilerplate),
                      "content_hash": a.content_hash}],
        "mentions": [{"document_id": doc, "text": m.text, "start": m.start, "end": m.end, "kind": m.kind,
                      "name": m.name, "actor": m.actor, "title": m.title, "title_of": m.title_of} for m in x.mentions],
        "actors": [{"document_id": doc, "name": act.name, "kind": act.kind, "aliases": list(act.aliases)}
                   for act in x.actors],
        "roles": [{"document_id": doc, "actor": act.name, "title": r.title, "of": r.of,
                   "title_aliases": list(r.title_aliases), "start": r.start, "end": r.end}
                  for act in x.actors for r in act.roles],
        "events": [{"document_id": doc, "seq": i, "type": e.type, "status": e.status, "date": e.date,
                    "place": e.place, "name": e.name, "participants": list(e.participants), "evidence": e.evidence,
                    "start": e.start, "end": e.end, "cameo": e.cameo, "plover": e.plover}
                   for i, e in enumerate(x.events)],
    }


def run_task(task: Task, out: str) -> dict[str, int]:
    """Process one task's documents and write its Parquet parts; returns row counts."""
    tables: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for item in _sources(task):
        try:
            extraction = process_item(item)
        except IngestError as exc:
            tables["errors"].append({"where": exc.where, "reason": exc.reason})
            continue
        for name, rows in rows_of(extraction).items():
            tables[name].extend(rows)
    for name, rows in tables.items():
        folder = Path(out) / name
        folder.mkdir(parents=True, exist_ok=True)
        part = folder / f"part-{task.number:05d}.parquet"
        tmp = part.with_suffix(".tmp")
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), tmp)
        os.replace(tmp, part)
    return {name: len(rows) for name, rows in tables.items()}


def run_batch(
    inputs: list[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    chunk: int = 250,
    dashboard: str | None = ":8787",
    on_start: Callable[[int, int, str | None], None] | None = None,
    on_done: Callable[[dict[str, int]], None] | None = None,
) -> dict[str, int]:
    """Run every task on Dask (an existing scheduler, or a LocalCluster of `workers`
    single-threaded processes) and return the summed row counts."""
    from distributed import Client, LocalCluster, as_completed

    tasks = plan(inputs, chunk)
    Path(out).mkdir(parents=True, exist_ok=True)
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=dashboard)
        client = Client(cluster)
    totals = {name: 0 for name in SCHEMAS}
    try:
        if on_start:
            on_start(len(tasks), sum(t.size for t in tasks), client.dashboard_link if dashboard else None)
        futures = [client.submit(run_task, task, str(Path(out).resolve()), pure=False) for task in tasks]
        for future in as_completed(futures):
            counts = future.result()
            for name, n in counts.items():
                totals[name] += n
            if on_done:
                on_done(counts)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    (Path(out) / "_SUCCESS.json").write_text(json.dumps(totals))
    return totals


def _read(folder: Path, name: str, part: str | None = None) -> pa.Table:
    parts = [folder / name / part] if part else sorted((folder / name).glob("part-*.parquet"))
    parts = [p for p in parts if p.is_file()]
    if not parts:
        return SCHEMAS[name].empty_table()
    return pa.concat_tables([pq.read_table(p, schema=SCHEMAS[name]) for p in parts])


def _part_extractions(folder: Path, part: str) -> Iterator[Extraction]:
    by_doc: dict[str, dict[str, list[dict]]] = {}
    for name in ("actors", "roles", "events"):
        for row in _read(folder, name, part).to_pylist():
            by_doc.setdefault(row["document_id"], {}).setdefault(name, []).append(row)
    for row in _read(folder, "articles", part).to_pylist():
        facts = by_doc.get(row["id"], {})
        roles: dict[str, list[Role]] = {}
        for r in facts.get("roles", []):
            roles.setdefault(r["actor"], []).append(
                Role(r["title"], r["of"], tuple(r["title_aliases"]), r["start"], r["end"]))
        article = Article(id=row["id"], url=row["url"], title=row["title"], published=row["published"],
                          language=row["language"], text=row["text"], boilerplate=tuple(row["boilerplate"]),
                          content_hash=row["content_hash"], fetched=row["fetched"])
        actors = tuple(Actor(a["name"], a["kind"], tuple(a["aliases"]), tuple(roles.get(a["name"], ())))
                       for a in facts.get("actors", []))
        events = tuple(Event(e["type"], e["status"], e["date"], e["place"], tuple(e["participants"]), e["name"],
                             e["evidence"], e["start"], e["end"], e["cameo"], e["plover"])
                       for e in sorted(facts.get("events", []), key=lambda e: e["seq"]))
        yield Extraction(article, actors, events)


LOAD_BATCH = 2000
"""Documents per transaction in a bulk load: fewer, larger transactions
measured about 10% faster on PostgreSQL than 500 (5,177-5,311 vs
5,672-5,897 event rows/s, interleaved runs)."""


def extractions(folder: Path) -> Iterator[Extraction]:
    """Rebuild the extractions a batch wrote, one task's part at a time (memory stays bounded)."""
    for part in sorted(p.name for p in (folder / "articles").glob("part-*.parquet")):
        yield from _part_extractions(folder, part)


def errors(folder: Path) -> list[dict]:
    """The failures a batch recorded."""
    return _read(folder, "errors").to_pylist()


def _prefetched(items: Iterator, depth: int = 2000) -> Iterator:
    """Iterate `items` from a background thread, so reading Parquet overlaps
    with the database's work on the previous batch."""
    import queue
    import threading

    buffer: queue.Queue = queue.Queue(maxsize=depth)
    done = object()

    def produce() -> None:
        try:
            for item in items:
                buffer.put(item)
        finally:
            buffer.put(done)

    threading.Thread(target=produce, daemon=True).start()
    while (item := buffer.get()) is not done:
        yield item


def load(kb, folder: Path, batch: int = LOAD_BATCH, on_batch: Callable[[int], None] | None = None,
         defer_index: bool = True) -> dict[str, int]:
    """Bulk-load a batch's output into `kb`, `batch` documents per transaction.

    Actors with the same canonical name across documents become one actor
    (the KB's identity key), so loading resolves across documents. With
    `defer_index`, PostgreSQL's search indexes are rebuilt once at the end."""
    statuses = {"added": 0, "updated": 0, "unchanged": 0, "events": 0}
    from chancery.store.kb import Bulk

    pending: list[Extraction] = []
    bulk = Bulk()

    def flush() -> None:
        for x, status in zip(pending, kb.write_many(pending, bulk)):
            statuses[status] += 1
            if status != "unchanged":
                statuses["events"] += len(x.events)
        if on_batch:
            on_batch(len(pending))
        pending.clear()

    with kb.search_index_deferred() if defer_index else nullcontext():
        for extraction in _prefetched(extractions(folder)):
            pending.append(extraction)
            if len(pending) >= batch:
                flush()
        if pending:
            flush()
    return statuses
