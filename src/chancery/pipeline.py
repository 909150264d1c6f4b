"""One function from raw source to extraction, shared by the CLI, the web
upload and batch runs. No I/O beyond the stages' own data files."""

from __future__ import annotations

from chancery.extract import extract
from chancery.ingest.article import to_article
from chancery.records import Extraction, Source


def process(source: Source, encoding: str | None = None) -> Extraction:
    """Clean, analyse and extract one source; raises IngestError on bad input."""
    return extract(to_article(source, encoding))
