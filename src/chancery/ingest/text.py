"""Plain text: splitting page furniture (menus, share buttons, copyright) from content.

A line classifier: a line is boilerplate when it matches a cue pattern from
`data/<lang>/boilerplate.yaml` (cues of every language apply, since pages mix
them), or when it is a short label with no digit and no sentence punctuation.
A short line at the top of a page that opens a run of furniture (a header
widget such as today's date above the weather) goes with that run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.language.data import load

LANGUAGES = ("en", "ko")
_SENTENCE_PUNCT = re.compile(r"[.!?:;,\"“”'’()。]")
_DIGIT = re.compile(r"\d")
_HEADER_RUN = 3


@dataclass(frozen=True)
class _Cues:
    patterns: re.Pattern
    short_words: int
    keep_prefixes: tuple[str, ...]


@lru_cache(maxsize=None)
def _cues() -> _Cues:
    patterns, shorts, keeps = [], [], []
    for lang in LANGUAGES:
        data = load(f"{lang}/boilerplate.yaml")
        patterns.extend(data.get("patterns", []))
        shorts.append(int(data.get("short_line_words", 0)))
        keeps.extend(data.get("keep_prefixes", []))
    joined = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    return _Cues(joined, max(shorts), tuple(keeps))


@lru_cache(maxsize=None)
def lead_sentence_headline(lang: str) -> bool:
    """Whether a first line written as a sentence still heads the article in
    this language (`lead_sentence_is_headline` in data/<lang>/boilerplate.yaml):
    Korean releases open with a summary sentence that the story restates."""
    if lang not in LANGUAGES:
        return False
    return bool(load(f"{lang}/boilerplate.yaml").get("lead_sentence_is_headline", False))


def is_boilerplate(line: str, *, title: str | None = None) -> bool:
    """Classify one stripped line as page furniture (True) or content."""
    line = line.strip()
    if not line:
        return False
    if title and line == title.strip():
        return False
    cues = _cues()
    if any(line.startswith(p) for p in cues.keep_prefixes):
        return False
    if cues.patterns.search(line):
        return True
    words = line.lstrip("•·*- ").split()
    return (
        len(words) <= cues.short_words
        and not _DIGIT.search(line)
        and not _SENTENCE_PUNCT.search(line)
    )


def _header_widgets(lines: list[str], furniture: list[bool], title: str | None) -> None:
    """Mark short leading lines that open a run of furniture as furniture too."""
    for i, line in enumerate(lines):
        if furniture[i]:
            continue
        if len(line.split()) > _cues().short_words or (title and line == title.strip()):
            return
        after = furniture[i + 1:i + 1 + _HEADER_RUN]
        if len(after) < _HEADER_RUN or not all(after):
            return
        furniture[i] = True


def split_boilerplate(text: str, *, title: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Return (content text, dropped lines) for a page's text.

    Content keeps its line structure; blank lines collapse to one.
    """
    lines = [raw.strip() for raw in text.splitlines()]
    filled = [line for line in lines if line]
    furniture = [is_boilerplate(line, title=title) for line in filled]
    _header_widgets(filled, furniture, title)
    flags = iter(furniture)
    kept: list[str] = []
    dropped: list[str] = []
    for line in lines:
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        (dropped if next(flags) else kept).append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept), tuple(dropped)
