"""The `chancery` command: thin commands over ingest, the KB and its views."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from chancery.errors import IngestError
from chancery.ingest.sources import DEFAULT_MAX_BYTES, iter_sources
from chancery.pipeline import process, process_item
from chancery.records import IngestReport

app = typer.Typer(
    help="Chancery: the public record of diplomacy as a knowledge base.\n\n"
    "Ingest press releases (HTML, text, folders, URL lists, corpus JSON), then ask who met whom, "
    "who holds which title, what was signed and what is planned.",
    no_args_is_help=True,
    add_completion=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    Optional[str],
    typer.Option("--db", envvar="CHANCERY_DB", help="SQLAlchemy URL of the KB (default: SQLite in the user data directory)."),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines instead of a table.")]


def _kb(db: str | None):
    from chancery.store.kb import KB

    return KB(db)


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _table(rows: list[dict], columns: list[str], title: str | None = None) -> None:
    """A rich table on a terminal; tab-separated lines when piped."""
    if not out.is_terminal:
        sys.stdout.write("\t".join(columns) + "\n")
        for row in rows:
            sys.stdout.write("\t".join("" if row.get(c) is None else str(row.get(c)) for c in columns) + "\n")
        return
    table = Table(title=title)
    for c in columns:
        table.add_column(c)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(row.get(c)) for c in columns))
    out.print(table)


def _error(message: str) -> None:
    """One error line on stderr."""
    err.print(f"[red]error[/red]: {escape(message)}", highlight=False, soft_wrap=True)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} documents"),
        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
    )


@app.command()
def ingest(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Files, folders (recursive) or - for stdin.")] = None,
    urls: Annotated[Optional[str], typer.Option("--urls", help="A file of URLs, one a line (- for stdin).")] = None,
    db: DbOption = None,
    encoding: Annotated[Optional[str], typer.Option(help="Charset of the inputs, when detection is not wanted.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this.")] = DEFAULT_MAX_BYTES,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL.")] = 20.0,
    as_json: JsonOption = False,
) -> None:
    """Add documents to the knowledge base.

    Each document is written in one transaction; re-ingesting an unchanged
    document changes nothing. A bad input gets one error line and the rest
    go on; the exit status is 1 if any failed.

    Example: chancery ingest examples/ --urls urls.txt
    """
    if not paths and not urls:
        raise typer.BadParameter("give at least one PATH or --urls FILE")
    kb = _kb(db)
    report = IngestReport()
    with _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        for item in iter_sources(paths or [], urls, max_bytes=max_bytes, timeout=timeout):
            try:
                extraction = process_item(item, encoding)
                status = kb.write(extraction)
            except Exception as exc:  # noqa: BLE001 - one broken document must not stop the rest
                message = str(exc) if isinstance(exc, IngestError) else f"{item.uri}: internal error: {exc!r}"
                report.failed += 1
                report.errors.append(message)
                _error(message)
            else:
                setattr(report, status, getattr(report, status) + 1)
                if status != "unchanged":
                    report.actors += len(extraction.actors)
                    report.events += len(extraction.events)
            progress.advance(task)
    if as_json:
        _print_json({**report.as_dict(), "kb": kb.location()})
    else:
        err.print(
            f"added {report.added}, updated {report.updated}, unchanged {report.unchanged}, failed {report.failed}; "
            f"{report.actors} actors and {report.events} events found. KB: {kb.location()}",
            highlight=False, soft_wrap=True,
        )
    kb.close()
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or - for stdin.")],
    as_json: JsonOption = False,
    encoding: Annotated[Optional[str], typer.Option(help="Charset of the inputs.")] = None,
) -> None:
    """Extract without storing: one JSON object per document, one a line.

    The objects follow the corpus's `gold` schema: {"id", "actors", "events",
    "boilerplate"}. Without --json, a short summary per document.
    """
    failed = 0
    for item in iter_sources(paths):
        try:
            result = process_item(item, encoding)
        except IngestError as exc:
            failed += 1
            _error(str(exc))
            continue
        if as_json:
            sys.stdout.write(json.dumps(result.gold_json(), ensure_ascii=False) + "\n")
        else:
            a = result.article
            sys.stdout.write(f"{a.id}\t{a.language}\t{a.title}\n")
            for actor in result.actors:
                roles = "; ".join(f"{r.title} of {r.of}" if r.of else r.title for r in actor.roles)
                sys.stdout.write(f"  actor\t{actor.kind}\t{actor.name}\t{roles}\n")
            for e in result.events:
                sys.stdout.write(f"  event\t{e.type}\t{e.status}\t{e.date or ''}\t{', '.join(e.participants)}\n")
    if failed:
        raise typer.Exit(1)


def _eval_rows(totals) -> list[dict]:
    rows = []
    for lang, sc in totals.items():
        for metric in ("boilerplate", "actors", "roles", "events", "participants"):
            prf = getattr(sc, metric)
            rows.append({"lang": lang, "metric": metric, "P": f"{prf.precision:.3f}", "R": f"{prf.recall:.3f}",
                         "F1": f"{prf.f1:.3f}", "n": f"tp={prf.tp} fp={prf.fp} fn={prf.fn}"})
        for metric in ("date", "status"):
            acc = getattr(sc, metric)
            rows.append({"lang": lang, "metric": f"{metric} accuracy", "P": "", "R": "",
                         "F1": f"{acc.value:.3f}", "n": f"{acc.right}/{acc.total}"})
    return rows


@app.command("eval")
def evaluate(
    corpus_dir: Annotated[Path, typer.Argument(help="A folder of annotated documents (corpus JSON format).")],
    as_json: JsonOption = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List each miss and false alarm.")] = False,
    webpages: Annotated[Optional[Path], typer.Option(
        help="Pages with articleBody to score HTML cleaning on (default: ../../webpages beside the corpus, if present).")] = None,
) -> None:
    """Score the pipeline against a hand-annotated corpus; the user's KB is not touched.

    Prints precision, recall and F1 for boilerplate lines, actors, roles and
    events, participant F1 and date and status accuracy over matched events,
    overall and per language; and the HTML cleaning's token F1.
    """
    from chancery.evaluate import cleaning_f1, evaluate_corpus, totals

    if not corpus_dir.is_dir():
        raise typer.BadParameter(f"{corpus_dir} is not a folder")
    results = evaluate_corpus(corpus_dir, process)
    summary = totals(results)
    pages = webpages or corpus_dir.resolve().parent.parent / "webpages"
    cleaning = cleaning_f1(pages) if (pages / "ground-truth.json").is_file() else None
    if as_json:
        _print_json({
            "corpus": str(corpus_dir),
            "scores": {lang: sc.as_dict() for lang, sc in summary.items()},
            "html_cleaning": cleaning,
            "documents": [{"id": r.id, "lang": r.lang, **r.scores.as_dict(),
                           **({"errors": r.errors} if show_errors else {})} for r in results],
        })
        return
    _table(_eval_rows(summary), ["lang", "metric", "P", "R", "F1", "n"], title=f"chancery eval {corpus_dir}")
    if cleaning:
        sys.stdout.write(
            f"html cleaning on {cleaning['pages']} pages (token overlap with articleBody): "
            f"P {cleaning['precision']:.3f} R {cleaning['recall']:.3f} F1 {cleaning['f1']:.3f} "
            f"({cleaning['failed']} without text)\n"
        )
    if show_errors:
        for r in results:
            for e in r.errors:
                sys.stdout.write(f"{r.id}\t{e}\n")


@app.command()
def actors(
    query: Annotated[Optional[str], typer.Argument(help="Part of a name or alias.")] = None,
    kind: Annotated[Optional[str], typer.Option(help="person, organization or country.")] = None,
    limit: int = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List actors, most active first. Example: chancery actors unesco"""
    from chancery.query.actors import list_actors

    rows = list_actors(_kb(db), query, kind, limit)
    if as_json:
        _print_json(rows)
    else:
        _table(rows, ["id", "name", "kind", "events", "documents"])


@app.command()
def show(
    actor: Annotated[str, typer.Argument(help="An actor's id, name or alias.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """An actor's profile: names, roles with dates and sources, events as a timeline.

    Example: chancery show "Vice Minister Oh"
    """
    from chancery.query.actors import find_actor, profile

    kb = _kb(db)
    found = find_actor(kb, actor)
    if not found:
        err.print(f"no actor matches {actor!r}; try: chancery actors {actor}")
        raise typer.Exit(1)
    data = profile(kb, found["id"])
    if as_json:
        _print_json(data)
        return
    sys.stdout.write(f"{data['name']} ({data['kind']}, id {data['id']})\n")
    sys.stdout.write("names: " + "; ".join(n["name"] for n in data["names"]) + "\n")
    for p in data["proposals"]:
        other = p["latin"] if p["korean"]["id"] == data["id"] else p["korean"]
        sys.stdout.write(f"possibly the same as: {other['name']} (id {other['id']}; {p['reason']}, "
                         f"confidence {p['confidence']:.2f}; proposed, not merged)\n")
    if data["roles"]:
        sys.stdout.write("roles:\n")
        for r in data["roles"]:
            of = f" of {r['of']}" if r["of"] else ""
            seen = r["first"] or "?"
            if r["last"] and r["last"] != r["first"]:
                seen += f"..{r['last']}"
            sys.stdout.write(f"  {seen}\t{r['title']}{of}\t{r['sources'][0]['url']}\n")
    sys.stdout.write(f"events ({data['events_total']}; the latest {len(data['events'])} shown):\n"
                     if data["events_total"] > len(data["events"]) else "events:\n")
    for e in data["events"]:
        others = ", ".join(p["name"] for p in e["participants"] if p["id"] != data["id"])
        sys.stdout.write(f"  {e['date'] or '?'}\t{e['type']}\t{e['status']}\t{others}\t({len(e['sources'])} source(s))\n")


@app.command()
def links(
    db: DbOption = None,
    as_json: JsonOption = False,
    min_confidence: Annotated[float, typer.Option(help="Show proposals at least this confident (0-1).")] = 0.75,
) -> None:
    """Persons that may be one: a Korean name and a Latin one that romanize alike.

    Proposals only; nothing is merged until you run `chancery merge`.
    Example: chancery links
    """
    from chancery.query.links import proposals

    found = proposals(_kb(db), min_confidence=min_confidence)
    if as_json:
        _print_json(found)
        return
    for p in found:
        sys.stdout.write(f"{p['confidence']:.2f}\t{p['korean']['id']}\t{p['korean']['name']}\t"
                         f"{p['latin']['id']}\t{p['latin']['name']}\t{p['reason']}\n")


@app.command()
def merge(
    keep: Annotated[str, typer.Argument(help="The actor to keep (id, name or alias).")],
    other: Annotated[str, typer.Argument(help="The actor to fold into it (id, name or alias).")],
    db: DbOption = None,
) -> None:
    """Decide that two actors are one: OTHER's names, roles and events move to KEEP.

    The decision is stored: pages ingested later that name OTHER go to KEEP.
    Example: chancery merge "Chung Eui-yong" 정의용
    """
    from chancery.store.identity import merge as merge_actors

    kb = _kb(db)
    kept, folded = _exact_actor(kb, keep), _exact_actor(kb, other)
    _decide(lambda: merge_actors(kb, kept["id"], folded["id"]))
    sys.stdout.write(f"merged {folded['name']} (id {folded['id']}) into {kept['name']} (id {kept['id']})\n")


def _exact_actor(kb, ref: str) -> dict:
    """The actor an id, name or alias names exactly; else an error line and exit 1."""
    from chancery.query.actors import find_actor

    found = find_actor(kb, ref, partial=False)
    if not found:
        _error(f"no actor matches {ref!r}; try: chancery actors {ref}")
        raise typer.Exit(1)
    return found


def _decide(action):
    """Run a merge or split; a refusal (unknown name, kinds that differ) is an error line and exit 1."""
    try:
        return action()
    except (ValueError, LookupError) as exc:
        _error(str(exc))
        raise typer.Exit(1) from None


@app.command()
def split(
    actor: Annotated[str, typer.Argument(help="The actor (id, name or alias).")],
    name: Annotated[str, typer.Argument(help="The name to take off it as an actor of its own.")],
    db: DbOption = None,
) -> None:
    """Decide that a name of an actor belongs to someone else.

    The name becomes an actor of its own, with what the pages using it said,
    and the two are never proposed as one again.

    Example: chancery split "Chung Eui-yong" 정의용
    """
    from chancery.store.identity import split as split_actor

    kb = _kb(db)
    found = _exact_actor(kb, actor)
    new_id = _decide(lambda: split_actor(kb, found["id"], name))
    sys.stdout.write(f"split {name} (now id {new_id}) off {found['name']} (id {found['id']})\n")


@app.command()
def events(
    actor: Annotated[Optional[str], typer.Option(help="Only events of this actor (id, name or alias).")] = None,
    type: Annotated[Optional[str], typer.Option(help="meeting, visit, conference, agreement, aid, publication, establishment.")] = None,
    since: Annotated[Optional[str], typer.Option(help="From this ISO date or prefix (2018, 2018-06).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Up to this ISO date or prefix.")] = None,
    planned: Annotated[bool, typer.Option("--planned", help="Only planned (announced) events.")] = False,
    limit: int = 200,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List events in date order. Example: chancery events --actor UNESCO --since 2018"""
    from chancery.query.actors import find_actor
    from chancery.query.events import list_events

    kb = _kb(db)
    actor_id = None
    if actor:
        found = find_actor(kb, actor)
        if not found:
            err.print(f"no actor matches {actor!r}")
            raise typer.Exit(1)
        actor_id = found["id"]
    rows = list_events(kb, actor_id=actor_id, type=type, since=since, until=until,
                       planned=True if planned else None, limit=limit)
    if as_json:
        _print_json(rows)
        return
    flat = [{**e, "participants": ", ".join(p["name"] for p in e["participants"]),
             "sources": len(e["sources"])} for e in rows]
    _table(flat, ["id", "date", "type", "status", "participants", "place", "sources"])


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find in the articles.")],
    limit: int = 20,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Full-text search over the stored articles. Example: chancery search "memorandum" """
    from chancery.query.search import search as run

    rows = run(_kb(db), text, limit)
    if as_json:
        _print_json(rows)
    else:
        _table(rows, ["id", "published", "title", "snippet"])


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="jsonl, csv, or plover (PLOVER 2.0 JSON Lines).")] = "jsonl",
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
) -> None:
    """Export every event with participants and sources.

    PLOVER records cover the types PLOVER codes (meetings, visits and
    conferences as CONSULT, agreements as SUPPORT, aid as AID, planned events
    as AGREE). Example: chancery export --format csv -o events.csv
    """
    from chancery.query.export import write_csv, write_jsonl, write_plover

    writers = {"jsonl": write_jsonl, "csv": write_csv, "plover": write_plover}
    if format not in writers:
        raise typer.BadParameter(f"unknown format {format!r}; choose from {', '.join(writers)}")
    kb = _kb(db)
    if output:
        tmp = output.with_name(output.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            n = writers[format](kb, fh)
        tmp.replace(output)
        err.print(f"wrote {n} events to {output}")
    else:
        writers[format](kb, sys.stdout)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders and WARC archives (.warc, .warc.gz).")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet output.")],
    scheduler: Annotated[Optional[str], typer.Option(help="Address of a running Dask scheduler (tcp://host:8786).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes of the local cluster (no --scheduler).")] = 2,
    chunk: Annotated[int, typer.Option(help="Documents per task.")] = 250,
    dashboard: Annotated[str, typer.Option(help="Dask dashboard address of the local cluster ('' for none).")] = ":8787",
) -> None:
    """Run the pipeline over a crawl on Dask and write Parquet (no KB needed).

    Writes articles, mentions, actors, roles, events and errors under OUT, one
    part per task; a failing document is a row of errors and never stops the
    batch. Load the result with `chancery load OUT`.

    Example: chancery batch crawl.warc.gz --out run1 --workers 2
    """
    from chancery.batch import run_batch

    with _progress() as progress:
        task = progress.add_task("processing", total=None)

        def started(n_tasks: int, n_docs: int, link: str | None) -> None:
            progress.update(task, total=n_docs)
            err.print(f"{n_docs} documents in {n_tasks} tasks" + (f"; Dask dashboard: {link}" if link else ""),
                      highlight=False, soft_wrap=True)

        def done(counts: dict[str, int]) -> None:
            progress.advance(task, counts["articles"] + counts["errors"])

        totals = run_batch(inputs, str(out), scheduler=scheduler, workers=workers, chunk=chunk,
                           dashboard=dashboard or None, on_start=started, on_done=done)
    err.print(f"{totals['articles']} articles, {totals['events']} events, {totals['actors']} actor mentions, "
              f"{totals['errors']} failed; Parquet in {out}", highlight=False, soft_wrap=True)


@app.command()
def load(
    folder: Annotated[Path, typer.Argument(help="The --out folder of a `chancery batch` run.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option("--batch", help="Documents per transaction.")] = 2000,
    keep_index: Annotated[bool, typer.Option("--keep-index", help=(
        "On PostgreSQL, keep the search indexes during the load instead of rebuilding them once at the end "
        "(slower; searches stay fast meanwhile)."))] = False,
    as_json: JsonOption = False,
) -> None:
    """Bulk-load a batch's Parquet output into the KB, resolving actors across documents.

    Example: chancery load run1 --db postgresql+psycopg://user@host/chancery
    """
    from chancery.batch import errors as batch_errors
    from chancery.batch import load as run_load

    if not (folder / "articles").is_dir():
        raise typer.BadParameter(f"{folder} holds no batch output (no articles/ folder)")
    kb = _kb(db)
    with _progress() as progress:
        task = progress.add_task("loading", total=None)
        statuses = run_load(kb, folder, batch_size, on_batch=lambda n: progress.advance(task, n),
                            defer_index=not keep_index)
    failed = batch_errors(folder)
    report = {**statuses, "failed_in_batch": len(failed), "kb": kb.location()}
    if as_json:
        _print_json(report)
    else:
        err.print(f"added {statuses['added']}, updated {statuses['updated']}, unchanged {statuses['unchanged']}; "
                  f"{statuses['events']} events; {len(failed)} documents had failed in the batch. KB: {kb.location()}",
                  highlight=False, soft_wrap=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the web UI and the REST API (under /api, schema at /docs).

    Reads are open unless CHANCERY_PROTECT_READS=1; adding and deleting
    pages needs the token in CHANCERY_TOKEN. Example: chancery serve --port 8080
    """
    import uvicorn

    from chancery.web.app import create_app

    application = create_app(db)
    err.print(f"Chancery on http://{host}:{port}/ (KB: {application.state.kb.location()})", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
