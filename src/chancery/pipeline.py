"""One function from raw source to extraction, shared by the CLI, the web
upload and batch runs. No I/O beyond the stages' own data files."""

from __future__ import annotations

from chancery.errors import IngestError
from chancery.extract import extract
from chancery.ingest.article import to_article, where
from chancery.records import Extraction, Source


def process(source: Source, encoding: str | None = None) -> Extraction:
    """Clean, analyse and extract one source; raises IngestError on bad input."""
    return extract(to_article(source, encoding))


def process_item(item: Source | IngestError, encoding: str | None = None) -> Extraction:
    """`process` for what a source reader yields: a reader's IngestError is
    raised as it is, and any unexpected failure becomes an IngestError naming
    the source, so a caller handles every bad document one way."""
    if isinstance(item, IngestError):
        raise item
    try:
        return process(item, encoding)
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported per document, never stops a run
        raise IngestError(where(item.uri), f"internal error: {exc!r}") from exc
