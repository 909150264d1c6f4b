"""Plain text: splitting page furniture (menus, share buttons, copyright) from content.

A line classifier: a line is boilerplate when it matches a cue pattern from
`data/<lang>/boilerplate.yaml` (cues of every language apply, since pages mix
them), or when it is a short label with no digit and no sentence punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.language.data import load

LANGUAGES = ("en", "ko")
_SENTENCE_PUNCT = re.compile(r"[.!?:;,\"“”'’()。]")
_DIGIT = re.compile(r"\d")


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


def split_boilerplate(text: str, *, title: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Return (content text, dropped lines) for a page's text.

    Content keeps its line structure; blank lines collapse to one.
    """
    kept: list[str] = []
    dropped: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        if is_boilerplate(line, title=title):
            dropped.append(line)
        else:
            kept.append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return "\n".join(kept), tuple(dropped)
