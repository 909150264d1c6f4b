"""Korean names in Latin letters: Revised Romanization and a loose
comparison with the spellings English texts use ("정의용" ~ "Chung Eui-yong")."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from chancery.language.data import load

_FIRST, _LAST = 0xAC00, 0xD7A3


@lru_cache(maxsize=None)
def _tables() -> dict:
    return load("ko/romanization.yaml")


def romanize(hangul: str) -> str:
    """Revised Romanization, syllable by syllable; other characters kept."""
    t = _tables()
    out = []
    for ch in hangul:
        code = ord(ch)
        if not _FIRST <= code <= _LAST:
            out.append(ch)
            continue
        index = code - _FIRST
        out.append(t["initials"][index // 588] + t["vowels"][(index % 588) // 28] + t["finals"][index % 28])
    return "".join(out)


def _fold(latin: str) -> str:
    folded = re.sub(r"[^a-z]", "", latin.lower())
    for spelling, common in _tables()["folds"].items():
        folded = folded.replace(spelling, common)
    return folded


def name_similarity(korean: str, latin: str, surnames: dict[str, tuple[str, ...]]) -> float:
    """How likely a Korean name and a Latin one are the same person's, 0 to 1:
    the family name must be one of the surname's usual spellings, in front or
    at the end of the Latin name; the given names are compared loosely."""
    korean = korean.replace(" ", "")
    family = next((korean[:n] for n in (2, 1) if korean[:n] in surnames and len(korean) > n), None)
    parts = latin.replace("-", " - ").split()
    if family is None or len(parts) < 2:
        return 0.0
    spellings = {s.lower() for s in surnames[family]} | {romanize(family)}
    given = romanize(korean[len(family):])
    best = 0.0
    for surname, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        if surname.lower() not in spellings:
            continue
        ratio = SequenceMatcher(None, _fold(given), _fold("".join(rest))).ratio()
        best = max(best, ratio)
    return round(best, 2)
