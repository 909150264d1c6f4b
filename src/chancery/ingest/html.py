"""HTML pages: main text, title and publication date via trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class Page:
    """What trafilatura finds in a page."""

    text: str
    title: str | None
    published: str | None
    url: str | None


def looks_like_html(text: str) -> bool:
    """Cheap test on the first 2 KB: does this decode to markup?"""
    head = text[:2048].lower()
    return any(tag in head for tag in ("<html", "<!doctype html", "<body", "<head", "<div", "<p>", "<article"))


def extract_page(html: str, url: str | None = None) -> Page | None:
    """Main text and metadata of an HTML page, or None when there is no article text."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        output_format="python",
        fast=True,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return Page(text=doc.text, title=doc.title or None, published=doc.date or None, url=doc.url or None)
