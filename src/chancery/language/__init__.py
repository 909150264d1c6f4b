"""What is specific to one language: sentences, mentions, dates.

Each language module exposes the same three functions: `sentences(text)`,
`find_mentions(text)` and `state_title(title)`. A module may also give
`word_starts(text)`: where morphemes begin, so that an event cue is not
read inside another word (Korean "회의" inside "위원회의").
"""

from __future__ import annotations

from types import ModuleType

SUPPORTED = ("en", "ko")


def analyser(lang: str) -> ModuleType | None:
    """The module analysing `lang`, or None for a language we do not read."""
    if lang == "en":
        from chancery.language import en

        return en
    if lang == "ko":
        from chancery.language import ko

        return ko
    return None
