"""Where sources come from: files, folders, stdin, URL lists, WARC archives and corpus JSON.

Each reader yields `Source` records, or an `IngestError` for an input that
cannot be read, so one bad input never stops the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import httpx

from chancery import __version__
from chancery.errors import IngestError
from chancery.ingest.warc import is_warc, warc_sources
from chancery.records import Source

USER_AGENT = f"Chancery/{__version__} (diplomacy knowledge base; press-release reader)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".json", ".jsonl"}

SourceOrError = Source | IngestError


def corpus_sources(obj: dict | list, where: str) -> Iterator[SourceOrError]:
    """Sources from documents in the corpus's JSON format (one object or a list)."""
    docs = obj if isinstance(obj, list) else [obj]
    for n, doc in enumerate(docs):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            yield IngestError(f"{where}[{n}]", "not a corpus document: needs a \"text\" string")
            continue
        yield Source(
            uri=doc.get("url") or f"{where}#{doc.get('id', n)}",
            data=doc["text"].encode("utf-8"),
            media_type="text/plain; charset=utf-8",
            doc_id=doc.get("id"),
            published=doc.get("published"),
            language=doc.get("lang"),
        )


def _json_sources(path: Path, data: bytes) -> Iterator[SourceOrError]:
    where = str(path)
    try:
        if path.suffix == ".jsonl":
            for lineno, line in enumerate(data.decode("utf-8").splitlines(), 1):
                if line.strip():
                    yield from corpus_sources(json.loads(line), f"{where}:{lineno}")
            return
        yield from corpus_sources(json.loads(data.decode("utf-8")), where)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        line = getattr(exc, "lineno", None)
        yield IngestError(f"{where}:{line}" if line else where, f"invalid JSON: {exc}")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceOrError]:
    """One file as a source (or several, for a corpus JSON list)."""
    where = str(path)
    try:
        size = path.stat().st_size
        if is_warc(path):
            yield from warc_sources(path)
            return
        if size > max_bytes:
            yield IngestError(where, f"too large: {size / 2**20:.1f} MiB, limit {max_bytes / 2**20:.1f} MiB (--max-bytes)")
            return
        data = path.read_bytes()
    except PermissionError:
        yield IngestError(where, "permission denied")
        return
    except FileNotFoundError:
        yield IngestError(where, "no such file")
        return
    except IsADirectoryError:
        yield IngestError(where, "is a directory")
        return
    except OSError as exc:
        yield IngestError(where, exc.strerror or str(exc))
        return
    if path.suffix in (".json", ".jsonl"):
        yield from _json_sources(path, data)
        return
    media = "text/html" if path.suffix in (".html", ".htm", ".xhtml") else None
    yield Source(uri=path.resolve().as_uri(), data=data, media_type=media)


def walk_folder(folder: Path) -> Iterator[Path]:
    """Readable document files under `folder`, recursively, in a stable order."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and (path.suffix.lower() in SUFFIXES or is_warc(path)) and not path.name.startswith("."):
            yield path


def fetch_url(client: httpx.Client, url: str, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceOrError:
    """Fetch one URL; any failure becomes an IngestError naming the URL."""
    try:
        response = client.get(url)
    except httpx.TimeoutException:
        return IngestError(url, f"timed out after {client.timeout.read}s")
    except httpx.HTTPError as exc:
        return IngestError(url, f"fetch failed: {exc}")
    if response.status_code >= 400:
        return IngestError(url, f"HTTP {response.status_code} {response.reason_phrase}")
    if len(response.content) > max_bytes:
        return IngestError(url, f"too large: {len(response.content) / 2**20:.1f} MiB, limit {max_bytes / 2**20:.1f} MiB")
    return Source(uri=str(response.url), data=response.content, media_type=response.headers.get("content-type"))


def url_list(path: str) -> Iterator[tuple[str, str]]:
    """(where, url) for each URL in a list file, skipping blanks and # comments."""
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")
    with stream:
        for lineno, line in enumerate(stream, 1):
            url = line.strip()
            if url and not url.startswith("#"):
                yield f"{path}:{lineno}", url


def iter_sources(
    paths: Iterable[str],
    urls_file: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 20.0,
) -> Iterator[SourceOrError]:
    """All sources named on a command line, in order."""
    for name in paths:
        if name == "-":
            yield Source(uri="stdin:", data=sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            for file in walk_folder(path):
                yield from read_file(file, max_bytes)
        else:
            yield from read_file(path, max_bytes)
    if urls_file:
        with httpx.Client(timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True) as client:
            for where, url in url_list(urls_file):
                if not url.startswith(("http://", "https://")):
                    yield IngestError(where, f"not an http(s) URL: {url}")
                    continue
                yield fetch_url(client, url, max_bytes)
