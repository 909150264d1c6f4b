"""Korean, first cut: sentences and the names the gazetteer knows.

Morphological analysis (kiwipiepy), titles and Korean dates come later;
this module already gives Korean pages their known organizations and
countries so that they join the knowledge base.
"""

from __future__ import annotations

import re

from chancery.language.gazetteer import gazetteer
from chancery.records import Mention

LANG = "ko"


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines, split after 다. 요. or a full stop before a space."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"(?:다|요|\.)\.?(?=\s)", line.group()):
            end = line.start() + m.end()
            if text[end - 1] != ".":
                continue
            spans.append((start, end))
            start = end + 1
        if start < line.end():
            spans.append((start, line.end()))
    return spans


def find_mentions(text: str) -> list[Mention]:
    """Organizations and countries named in a Korean text."""
    return [Mention(surface, s, e, entry.kind, entry.name) for s, e, surface, entry in gazetteer(LANG).find(text)]


def state_titles() -> frozenset[str]:
    """None yet for Korean."""
    return frozenset()
