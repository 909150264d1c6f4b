"""Per-document language: Hangul against Latin letters."""

from __future__ import annotations


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def detect_language(text: str) -> str:
    """Return "ko", "en" or "other" from the share of Hangul and Latin letters."""
    hangul = latin = other = 0
    for ch in text[:20000]:
        if not ch.isalpha():
            continue
        if _is_hangul(ch):
            hangul += 1
        elif ch.isascii():
            latin += 1
        else:
            other += 1
    total = hangul + latin + other
    if total == 0:
        return "other"
    if hangul / total >= 0.3:
        return "ko"
    if latin / total >= 0.6:
        return "en"
    return "other"
