"""Who a phrase stands for when it names no one itself: "the two sides",
plurals of a kind of body ("the ten National Commissions", "five Korean
C2Cs"), a pronoun or a description of a person, a topic marked earlier in a
Korean sentence; and who is named in a clause without taking part (a
speaker, a credited source). Each works on the clause's found actors,
`(name, kind, offset in the clause)`, as `extract` gathers them."""

from __future__ import annotations

import re

from chancery.cues import Cues, Kinds


def without_speakers(found: list[tuple[str, str, int]], sentence: str, trigger: re.Match, event_type: str,
                      cues: Cues) -> list[tuple[str, str, int]]:
    """A person who speaks of an agreement, a conference or an aid ("Minister
    Yun conveyed ... the goals to be adopted at the WEF") is no party to it:
    persons before a speech verb that comes before the cue (`speech_verbs`)
    are left out, unless no one else is named."""
    if cues.speech is None or event_type in ("meeting", "visit"):
        return found
    verb = None
    for verb in cues.speech.finditer(sentence, 0, trigger.start()):
        pass
    if verb is None:
        return found
    kept = [f for f in found if not (f[1] == "person" and f[2] < verb.start())]
    return kept or found


def without_source(found: list[tuple[str, str, int]], sentence: str, spans: list[tuple[int, int]],
                    cues: Cues) -> list[tuple[str, str, int]]:
    """A source credited at the end of a report ("..., the ministry said
    Monday.": `attribution` in data/<lang>/triggers.yaml) is no party to what
    it reports, unless no one else is named. `spans`: the clause's mentions,
    one of which may hold the credit's comma ("the Foreign, Commonwealth and
    Development Office said")."""
    credit = cues.attribution.search(sentence) if cues.attribution is not None else None
    if credit is None:
        return found
    begins = min([s for s, e in spans if s < credit.start() < e], default=credit.start())
    kept = [f for f in found if f[2] < begins]
    return kept or found


def topic_actor(text: str, mentions, names, kind_of, sentence: int, clause_start: int,
                cues: Cues) -> tuple[str, str] | None:
    """The actor a sentence is about, named before this clause with a topic
    or subject particle (`topic` in data/<lang>/triggers.yaml: "한위는"): it
    takes part in every clause of the sentence."""
    if cues.topic is None:
        return None
    for m, name in zip(mentions, names):
        if sentence <= m.start < clause_start and cues.topic.match(text, m.end):
            return name, kind_of[name]
    return None


def pronoun_subject(text: str, sentence: int, sentences: list[tuple[int, int]], mentions, names,
                    kind_of: dict[str, str], genders: dict[str, str], cues: Cues) -> str | None:
    """The person a pronoun opening the sentence stands for ("He", "She":
    `pronoun` in data/<lang>/triggers.yaml): the first person named in the
    nearest earlier sentence naming one whose gender, when the text gives it
    (`genders`, see `genders_of`), is the pronoun's."""
    opening = cues.pronoun.match(text, sentence) if cues.pronoun is not None else None
    if opening is None:
        return None
    word = re.findall(r"\w+", opening.group(0))[-1].casefold()
    wanted = cues.genders.get("pronouns", {}).get(word)
    fits = _nearest_naming(sentence, 1, sentences, mentions, names,
                           lambda n: kind_of[n] == "person" and genders.get(n, wanted) == wanted)
    return fits[0] if fits else None


def genders_of(text: str, mentions, names, kind_of: dict[str, str], cues: Cues) -> dict[str, str]:
    """Person -> gender, where an honorific right before one of their
    mentions says it ("Ms Soo Hyang Choi", "Mr. Kim": `genders.honorifics`
    in data/<lang>/triggers.yaml)."""
    if cues.honorific is None:
        return {}
    out = {}
    for m, name in zip(mentions, names):
        if kind_of[name] == "person":
            found = cues.honorific.search(text, max(0, m.start - 8), m.start)
            if found:
                out.setdefault(name, cues.genders["honorifics"][found.group(1)])
    return out


def sides(text: str, start: int, end: int, sentences: list[tuple[int, int]], mentions, names,
          kind_of: dict[str, str], cues: Cues) -> list[tuple[str, str, int]]:
    """The parties "the two sides", "the parties" or "양측" stand for: the
    bodies and countries of the nearest earlier sentence naming at least two
    (the first two for a pair; only countries for "the two countries"),
    placed where the phrase stands."""
    m = cues.sides.search(text, start, end) if cues.sides else None
    if not m:
        return []
    countries = bool(m.groupdict().get("countries"))
    bodies = _nearest_naming(start, 2, sentences, mentions, names,
                             lambda n: kind_of[n] == "country" or (kind_of[n] != "person" and not countries))
    return [(n, kind_of[n], m.start() - start) for n in (bodies if m.groupdict().get("group") else bodies[:2])]


def _singular(words: list[str], kinds: Kinds) -> str | None:
    """The kind a plural phrase names ("National Commissions" -> "National
    Commission"), or None when its last word is no plural."""
    last = words[-1]
    for ending, to in kinds.singular:
        if last.casefold().endswith(ending) and len(last) - len(ending) + len(to) >= 3:
            return " ".join(words[:-1] + [last[: len(last) - len(ending)] + to])
    return None


def kind_phrases_in(text: str, cues: Cues) -> list[tuple[re.Match, bool]]:
    """The text's plurals of a kind (`kinds` in data/<lang>/triggers.yaml),
    each flagged definite or counted, in order."""
    kinds = cues.kinds
    if kinds is None:
        return []
    found = [(m, True) for m in kinds.pattern.finditer(text)]
    found += [(m, False) for m in kinds.counted.finditer(text)] if kinds.counted else []
    return sorted(found, key=lambda f: f[0].start())


def kind_references(found: list[tuple[re.Match, bool]], start: int, sentences: list[tuple[int, int]], mentions,
                     names, kind_of: dict[str, str], story: list[str], classes: dict[str, frozenset[str]],
                     cues: Cues) -> list[tuple[str, str, int]]:
    """The bodies a plural of their kind stands for (`kinds` in
    data/<lang>/triggers.yaml), placed where the phrase stands: after a
    definite article ("the ten National Commissions", "the same
    universities"), those of the kind named in the nearest earlier sentence
    naming two or more of it; counted without one ("officials from five
    Korean C2Cs"), the story's bodies of the kind. A count given must be
    theirs. A body is of a kind its name holds, or one of its `classes`
    (data/<lang>/organizations.yaml). `found`: the clause's plurals (see
    `kind_phrases_in`); `story`: the story's bodies."""
    kinds = cues.kinds
    out: list[tuple[str, str, int]] = []
    for m, definite in found:
        count = (m.group("count") or "").casefold()
        wanted = int(count) if count.isdigit() else kinds.numbers.get(count)
        if wanted is not None and not 2 <= wanted <= len(story):
            continue
        for kind in _kind_phrases(m.group("kind").split(), kinds):
            of_kind = _of_kind(kind, classes)
            bodies = [n for n in story if of_kind(n)]
            if definite and len(bodies) >= 2:
                bodies = _nearest_naming(m.start(), 2, sentences, mentions, names,
                                         lambda n: kind_of[n] != "person" and of_kind(n))
            if len(bodies) >= 2 and (wanted == len(bodies) or (definite and wanted is None)):
                out += [(b, kind_of[b], m.start() - start) for b in bodies]
                break
    return out


def _kind_phrases(words: list[str], kinds: Kinds):
    """The kinds a phrase may name, longest first: its runs of words ending
    in a plural, made singular ("Korean C2Cs" -> "Korean C2C", "C2C")."""
    for n in range(len(words), 0, -1):
        for k in range(n):
            kind = _singular(words[k:n], kinds)
            if kind:
                yield kind


def _of_kind(kind: str, classes: dict[str, frozenset[str]]):
    """A test of whether a body's name is of `kind`: it holds the kind or
    has it among its classes."""
    holds = re.compile(rf"(?<!\w){re.escape(kind)}(?!\w)", re.IGNORECASE)
    folded = kind.casefold()
    return lambda name: holds.search(name) is not None or folded in classes.get(name, frozenset())


def _nearest_naming(before: int, least: int, sentences: list[tuple[int, int]], mentions, names, accept) -> list[str]:
    """The actors `accept` takes, in order, of the nearest sentence ending
    before `before` that names at least `least` of them; none if no
    sentence does."""
    for s_start, s_end in reversed([sp for sp in sentences if sp[1] <= before]):
        found = list(dict.fromkeys(n for x, n in zip(mentions, names) if s_start <= x.start < s_end and accept(n)))
        if len(found) >= least:
            return found
    return []
