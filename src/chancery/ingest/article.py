"""Source -> Article: decode, clean, detect language, identify."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from chancery.errors import IngestError
from chancery.ingest.decode import DecodeError, decode
from chancery.ingest.html import extract_page, looks_like_html
from chancery.ingest.text import lead_sentence_headline, split_boilerplate
from chancery.language.dates import find_published
from chancery.language.detect import detect_language
from chancery.records import Article, Source

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.I)


def where(uri: str) -> str:
    """A source's URI as a person would name it: a file path, else the URI."""
    if uri.startswith("file://"):
        path = Path(unquote(urlparse(uri).path))
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
    return uri


def document_id(uri: str) -> str:
    """A stable id for a document known only by its URI."""
    return hashlib.sha1(uri.encode("utf-8")).hexdigest()[:16]


_HEADLINE_WORDS = 4
_HEADLINE_WITHIN = 5


def _first_line(text: str, sentence_ok: bool = False) -> str | None:
    """The headline of a text without markup: the first of its first lines
    long enough to be one and not ending as a sentence does (a site's name
    above it is not), else the first line, unless it is a sentence in a
    language whose leads are not headlines (`lead_sentence_is_headline`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_HEADLINE_WITHIN]
    first = lines[0] if lines and (sentence_ok or not lines[0].endswith(".")) else None
    headline = next((line for line in lines if len(line.split()) >= _HEADLINE_WORDS and not line.endswith(".")), first)
    return headline[:300] if headline else None


def to_article(source: Source, encoding: str | None = None) -> Article:
    """Turn raw bytes into a clean Article, or raise IngestError saying why not."""
    if not source.data.strip():
        raise IngestError(where(source.uri), "empty file")
    declared = None
    if source.media_type and (m := _CHARSET.search(source.media_type)):
        declared = m.group(1)
    try:
        text, _ = decode(source.data, encoding, declared)
    except DecodeError as exc:
        raise IngestError(where(source.uri), str(exc)) from exc
    is_html = (source.media_type or "").startswith(("text/html", "application/xhtml")) or looks_like_html(text)
    title = None
    published = source.published
    url = source.uri
    if is_html:
        page = extract_page(text, url=source.uri if source.uri.startswith("http") else None)
        if page is None:
            raise IngestError(where(source.uri), "no article text found in the HTML (truncated or not an article page)")
        text, title = page.text, page.title
        published = published or page.published
    content, dropped = split_boilerplate(text, title=title)
    if not content.strip():
        raise IngestError(where(source.uri), "no content left once menus and boilerplate are removed")
    language = source.language or detect_language(content)
    if title is None:
        title = _first_line(content, lead_sentence_headline(language))
    if published is None:
        published = find_published(content)
    return Article(
        id=source.doc_id or document_id(url),
        url=url,
        title=title,
        published=published,
        language=language,
        text=content,
        boilerplate=dropped,
        content_hash=hashlib.sha256(content.encode("utf-8")).hexdigest(),
        fetched=source.fetched,
    )
