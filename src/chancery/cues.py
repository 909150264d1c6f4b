"""What a language's trigger file (data/<lang>/triggers.yaml) says, compiled
once: the event cues per type with how they pick participants, the status
and clause patterns, and the phrases that refer back; and the event
vocabulary with its CAMEO and PLOVER codes (data/events.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.language.data import load


@dataclass(frozen=True)
class Cue:
    """Words signalling one event type, and how the type picks its
    participants among a clause's actors ("all", "persons-first",
    "mover-destination")."""
    type: str
    participants: str
    pattern: re.Pattern


@dataclass(frozen=True)
class Cues:
    """A language's trigger file compiled; each optional pattern is None
    when the file has no such entry (see data/en/triggers.yaml for what
    each one says)."""
    types: tuple[Cue, ...]
    planned: re.Pattern
    place: re.Pattern | None
    clause_end: re.Pattern | None
    anaphora: re.Pattern | None
    date_before_cue: bool
    clause_break: re.Pattern | None
    topic: re.Pattern | None
    purpose: re.Pattern | None
    sides: re.Pattern | None
    back_reference: re.Pattern | None
    planned_before: re.Pattern | None
    past: re.Pattern | None
    another: re.Pattern | None
    series: re.Pattern | None
    attendance: re.Pattern | None
    speech: re.Pattern | None
    kinds: "Kinds | None"
    pronoun: re.Pattern | None
    attribution: re.Pattern | None
    visit_purpose: re.Pattern | None
    coordination: re.Pattern | None
    joint: re.Pattern | None
    destination_gap: re.Pattern | None
    relative: re.Pattern | None
    genders: dict


@dataclass(frozen=True)
class Kinds:
    """How a plural names bodies of a kind: a definite one ("the ten National
    Commissions") and a counted one ("five Korean C2Cs"), each a pattern with
    groups `count` and `kind`; number words; the endings that make a plural
    singular."""
    pattern: re.Pattern
    counted: re.Pattern | None
    numbers: dict[str, int]
    singular: tuple[tuple[str, str], ...]


@lru_cache(maxsize=None)
def cues_for(lang: str) -> Cues:
    """The compiled trigger file of `lang`, built once."""
    data = load(f"{lang}/triggers.yaml")
    known = set(vocabulary()["types"])
    cues = []
    for name, spec in data["types"].items():
        if name not in known:
            raise ValueError(f"data/{lang}/triggers.yaml: unknown event type {name!r}; known: {sorted(known)}")
        pattern = re.compile("|".join(f"(?:{p})" for p in spec["patterns"]), re.IGNORECASE)
        cues.append(Cue(name, spec.get("participants", "all"), pattern))
    status = data["status"]
    return Cues(tuple(cues), _pattern(status["planned"], re.IGNORECASE), _pattern(data.get("place_pattern")),
                 _pattern(status.get("clause_end")), _pattern(data.get("anaphora"), re.IGNORECASE),
                 bool(data.get("date_before_cue")),
                 _pattern(data.get("clause_break")),
                 _pattern(data.get("topic")),
                 _pattern(data.get("purpose")),
                 _sides_pattern(data.get("sides")),
                 _pattern(data.get("back_reference"), re.IGNORECASE),
                 _pattern(status.get("planned_before_cue"), re.IGNORECASE),
                 _pattern(status.get("past_cue"), re.IGNORECASE),
                 _pattern(data.get("another"), re.IGNORECASE),
                 _pattern(data.get("series"), re.IGNORECASE),
                 _pattern(data.get("attendance"), re.IGNORECASE),
                 _pattern([rf"\b(?:{'|'.join(data['speech_verbs'])})\b"] if data.get("speech_verbs") else None,
                          re.IGNORECASE),
                 _kinds(data.get("kinds")),
                 _pattern(data.get("pronoun")),
                 _pattern(data.get("attribution")),
                 _pattern(data.get("visit_purpose"), re.IGNORECASE),
                 _pattern(data.get("coordination")),
                 _pattern(status.get("joint")),
                 _pattern(data.get("destination_gap")),
                 _pattern(data.get("relative")),
                 data.get("genders", {}))


def _kinds(spec: dict | None) -> Kinds | None:
    if not spec:
        return None
    numbers = {str(k).casefold(): int(v) for k, v in spec.get("numbers", {}).items()}
    count = "|".join(sorted(numbers, key=len, reverse=True) + [r"\d+"])
    pattern = re.compile(spec["pattern"].replace("{count}", count), re.IGNORECASE)
    counted = re.compile(spec["counted"].replace("{count}", count), re.IGNORECASE) if spec.get("counted") else None
    return Kinds(pattern, counted, numbers, tuple((end, to or "") for end, to in spec.get("singular", {}).items()))


def _pattern(value: str | list[str] | None, flags: int = 0) -> re.Pattern | None:
    """One compiled pattern from a triggers.yaml entry: a regular expression or
    a list of alternatives; None when the language file has none."""
    if not value:
        return None
    if isinstance(value, list):
        value = "|".join(f"(?:{p})" for p in value)
    return re.compile(value, flags)


def _sides_pattern(sides: dict | None) -> re.Pattern | None:
    if not sides:
        return None
    pair = "|".join(sorted(sides.get("pair", []), key=len, reverse=True))
    group = "|".join(sorted(sides.get("group", []), key=len, reverse=True))
    countries = "|".join(sorted(sides.get("countries", []), key=len, reverse=True))
    alternatives = [f"(?P<pair>{pair})" if pair else None, f"(?P<group>{group})" if group else None,
                    f"(?P<countries>{countries})" if countries else None]
    return re.compile(r"(?<!\w)(?:" + "|".join(a for a in alternatives if a) + ")", re.IGNORECASE)


@lru_cache(maxsize=None)
def vocabulary() -> dict:
    """The event vocabulary with its CAMEO and PLOVER codes (data/events.yaml)."""
    return load("events.yaml")


def codes(event_type: str, status: str) -> tuple[str | None, str | None]:
    """(CAMEO, PLOVER) codes of an event; a planned event is CAMEO 036, PLOVER AGREE."""
    vocab = vocabulary()
    spec = vocab["planned"] if status == "planned" else vocab["types"][event_type]
    return spec.get("cameo"), spec.get("plover")
