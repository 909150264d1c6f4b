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
    honorific: re.Pattern | None


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
    speech = [rf"\b(?:{'|'.join(data['speech_verbs'])})\b"] if data.get("speech_verbs") else None
    return Cues(
        types=tuple(cues),
        planned=_pattern(status["planned"], re.IGNORECASE),
        place=_pattern(data.get("place_pattern")),
        clause_end=_pattern(status.get("clause_end")),
        anaphora=_pattern(data.get("anaphora"), re.IGNORECASE),
        date_before_cue=bool(data.get("date_before_cue")),
        clause_break=_pattern(data.get("clause_break")),
        topic=_pattern(data.get("topic")),
        purpose=_pattern(data.get("purpose")),
        sides=_sides_pattern(data.get("sides")),
        back_reference=_pattern(data.get("back_reference"), re.IGNORECASE),
        planned_before=_pattern(status.get("planned_before_cue"), re.IGNORECASE),
        past=_pattern(status.get("past_cue"), re.IGNORECASE),
        another=_pattern(data.get("another"), re.IGNORECASE),
        series=_pattern(data.get("series"), re.IGNORECASE),
        attendance=_pattern(data.get("attendance"), re.IGNORECASE),
        speech=_pattern(speech, re.IGNORECASE),
        kinds=_kinds(data.get("kinds")),
        pronoun=_pattern(data.get("pronoun")),
        attribution=_pattern(data.get("attribution")),
        visit_purpose=_pattern(data.get("visit_purpose"), re.IGNORECASE),
        coordination=_pattern(data.get("coordination")),
        joint=_pattern(status.get("joint")),
        destination_gap=_pattern(data.get("destination_gap")),
        relative=_pattern(data.get("relative")),
        genders=data.get("genders", {}),
        honorific=_honorific_pattern(data.get("genders", {}).get("honorifics", {})),
    )


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
    """One pattern over the phrases for both sides, a group and two
    countries, each kind a named group (`pair`, `group`, `countries`)."""
    if not sides:
        return None
    alternatives = [f"(?P<{kind}>{'|'.join(sorted(sides[kind], key=len, reverse=True))})"
                    for kind in ("pair", "group", "countries") if sides.get(kind)]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE)


def _honorific_pattern(honorifics: dict) -> re.Pattern | None:
    """An honorific (group 1) right before the end of a text: the gender
    of the person named next (`genders.honorifics`)."""
    if not honorifics:
        return None
    return re.compile(rf"(?<![\w.])({'|'.join(map(re.escape, honorifics))})\.?[^\S\n]+$")


@lru_cache(maxsize=None)
def vocabulary() -> dict:
    """The event vocabulary with its CAMEO and PLOVER codes (data/events.yaml)."""
    return load("events.yaml")


def codes(event_type: str, status: str) -> tuple[str | None, str | None]:
    """(CAMEO, PLOVER) codes of an event; a planned event is CAMEO 036, PLOVER AGREE."""
    vocab = vocabulary()
    spec = vocab["planned"] if status == "planned" else vocab["types"][event_type]
    return spec.get("cameo"), spec.get("plover")
