"""WARC archives (warcio): the HTML and text responses of a crawl, each with
its target URI and capture date; offsets let a batch split one archive."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from chancery.errors import IngestError
from chancery.records import Source

TEXT_TYPES = ("text/html", "application/xhtml", "text/plain")


def is_warc(path: Path) -> bool:
    """True for .warc and .warc.gz files."""
    return path.name.endswith((".warc", ".warc.gz"))


def _wanted(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode()
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status == "200" and ctype.startswith(TEXT_TYPES)


def _source(record) -> Source:
    return Source(
        uri=record.rec_headers.get_header("WARC-Target-URI"),
        data=record.content_stream().read(),
        media_type=record.http_headers.get_header("Content-Type"),
        fetched=(record.rec_headers.get_header("WARC-Date") or "")[:32] or None,
    )


def response_offsets(path: Path) -> list[int]:
    """Byte offsets of the records worth reading, for splitting an archive into chunks."""
    offsets = []
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if _wanted(record):
                offsets.append(it.get_record_offset())
    return offsets


def warc_sources(path: Path, offsets: Iterable[int] | None = None) -> Iterator[Source | IngestError]:
    """The text responses in a WARC (all, or those starting at `offsets`)."""
    try:
        with open(path, "rb") as fh:
            if offsets is None:
                for record in ArchiveIterator(fh):
                    if _wanted(record):
                        yield _source(record)
                return
            for offset in offsets:
                fh.seek(offset)
                record = next(iter(ArchiveIterator(fh)))
                yield _source(record)
    except (ArchiveLoadFailed, OSError, StopIteration) as exc:
        yield IngestError(str(path), f"unreadable WARC: {exc}")
