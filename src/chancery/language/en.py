"""English: sentences and actor mentions (persons with titles, organizations,
countries), from the lexicons in `data/en/`.

Mentions are found in passes, each over the whole text, and earlier passes
win where spans overlap: titled or honorific persons, known names from the
gazetteer, acronyms defined in the text, capitalized phrases headed by an
organization word, and finally bare surnames of persons already named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from chancery.language.data import load
from chancery.language.gazetteer import Gazetteer, capitals, gazetteer
from chancery.language.spans import Spans
from chancery.records import Mention

LANG = "en"
_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)*|[A-Z]{2,}(?:-[A-Z]{2,})?|Mc[A-Z][a-z]+)"
_NAME = rf"{_NAME_TOKEN}(?:[^\S\n]+{_NAME_TOKEN}){{0,2}}"
_CAP_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*\w|[A-Z]|[a-z]-[A-Z][\w-]*)(?![\w$€£¥₩])"
_ACRONYM = r"[A-Za-z][A-Za-z-]*[A-Z][A-Za-z-]*"


@dataclass(frozen=True)
class _Lexicon:
    gazetteer: Gazetteer
    titles: re.Pattern
    gathering_nouns: frozenset[str]
    per_country_names: dict[str, str]
    per_country: re.Pattern | None
    per_country_prefixed: re.Pattern
    plural_of: re.Pattern
    creating: re.Pattern
    title_words: frozenset[str]
    modifiers: frozenset[str]
    honorifics: re.Pattern
    honorific_words: frozenset[str]
    state_titles: frozenset[str]
    org_heads: frozenset[str]
    not_names: frozenset[str]
    chunk: re.Pattern
    abbreviations: frozenset[str]
    acronym_definition: re.Pattern
    sub_unit: re.Pattern
    short_forms: dict[str, str]
    korean_surnames: frozenset[str]
    unit_heads: frozenset[str]
    capital_acting: re.Pattern
    local_government: tuple[re.Pattern, ...]
    generic_nouns: frozenset[str]
    venue: re.Pattern
    venue_heads: frozenset[str]
    government_of: re.Pattern
    government_after: re.Pattern
    government_word: re.Pattern
    head_of: re.Pattern
    head_after: re.Pattern
    site_words: frozenset[str]
    optional_words: frozenset[str]
    optional_suffixes: tuple[str, ...]
    optional_prefixes: tuple[str, ...]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    """English lexicons compiled once."""
    titles = load("en/titles.yaml")
    lex = load("en/lexicon.yaml")
    heads = list(titles["heads"])
    variants = heads + [h[0].lower() + h[1:] for h in heads]
    ranks = rf"(?:(?:{_alternation(titles['ranks'])})[^\S\n]+)?" if titles.get("ranks") else ""
    connectors = _alternation(lex["name_connectors"])
    chunk = re.compile(rf"{_CAP_WORD}(?:(?:[^\S\n]+(?:{connectors}))*[^\S\n]+{_CAP_WORD})*")
    title_words = {w for h in heads for w in re.split(r"[\s-]+", h)}
    return _Lexicon(
        gazetteer=gazetteer(LANG),
        titles=re.compile(rf"(?<![\w-]){ranks}(?:{_alternation(variants)})(?![\w-])"),
        title_words=frozenset(title_words),
        modifiers=frozenset(titles["modifiers"]),
        honorific_words=frozenset(titles["honorifics"]),
        honorifics=re.compile(rf"(?<![\w.])(?:{_alternation(titles['honorifics'])})(?=\s)"),
        state_titles=frozenset(t.lower() for t in titles["state_titles"]),
        org_heads=frozenset(lex["organization_heads"]),
        gathering_nouns=frozenset(lex["gathering_nouns"]),
        per_country_names=dict(lex.get("per_country_bodies", {})),
        creating=re.compile(rf"\b(?:{_alternation(lex['creation_words'])})[^\S\n]*$", re.IGNORECASE),
        plural_of=re.compile(rf"\b(?:{_alternation(lex['per_country_bodies'])})[^\S\n]+(?:for|to|of|at)[^\S\n]+(?:the[^\S\n]+)?$"),
        per_country_prefixed=re.compile(
            rf"(?P<list>[A-Z][\w-]*(?:(?:,[^\S\n]+|,?[^\S\n]+and[^\S\n]+)[A-Z][\w-]*)+)[^\S\n]+"
            rf"(?P<plural>{_alternation(lex['per_country_bodies'])})\b"),
        per_country=re.compile(rf"\b(?P<plural>{_alternation(lex['per_country_bodies'])})[^\S\n]+(?P<prep>of|in|from)[^\S\n]+")
        if lex.get("per_country_bodies") else None,
        not_names=frozenset(lex["not_names"]),
        chunk=chunk,
        abbreviations=frozenset(lex["abbreviations"]),
        acronym_definition=re.compile(rf"({chunk.pattern})[^\S\n]*\(({_ACRONYM})\)"),
        generic_nouns=frozenset(lex.get("generic_nouns", [])),
        head_of=re.compile(rf"\b[Tt]he[^\S\n]+(?P<word>{_alternation(lex['head_words'])})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"),
        head_after=re.compile(rf"(?<=[^\S\n])(?P<word>{_alternation(lex['head_words'])})\b(?![^\S\n]+[A-Z])"),
        government_of=re.compile(
            rf"\b(?:{_alternation(lex['government_words'])})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
            rf"(?P<place>{_CAP_WORD}(?:[^\S\n]+(?:of[^\S\n]+)?{_CAP_WORD}){{0,4}})"),
        government_word=re.compile(rf"\b(?:{_alternation(lex['government_words'])})\b"),
        government_after=re.compile(rf"(?P<place>{_CAP_WORD}(?:[^\S\n]+{_CAP_WORD})?)[^\S\n]+$"),
        venue_heads=frozenset(lex.get("venue_heads", [])),
        venue=re.compile(rf"\b(?:{_alternation(lex.get('venue_words', []))})[^\S\n]+(?:the[^\S\n]+)?$"
                         if lex.get("venue_words") else r"(?!)"),
        short_forms={k.casefold(): v for k, v in lex.get("short_forms", {}).items()},
        unit_heads=frozenset(lex.get("unit_heads", [])),
        korean_surnames=frozenset(r for forms in load("ko/names.yaml")["surnames"].values() for r in forms if len(r) > 1),
        capital_acting=re.compile(rf"(?<![\w-])({_alternation(capitals())})(?=(?:'s|’s)\b|[^\S\n]+(?:{_alternation(lex['government_verbs'])})\b)"),
        local_government=tuple(re.compile(p) for p in lex["local_government"]),
        site_words=frozenset(w.casefold() for w in lex.get("site_words", [])),
        optional_words=frozenset(w.casefold() for w in lex.get("optional_words", [])),
        optional_suffixes=tuple(lex.get("optional_suffixes", [])),
        optional_prefixes=tuple(lex.get("optional_prefixes", [])),
        sub_unit=re.compile(rf"[^\S\n]+(?P<unit>(?:[A-Z][\w-]*[^\S\n]+(?:(?:and|of|for)[^\S\n]+)?)*?"
                            rf"(?:{_alternation(lex['sub_unit_heads'])}))\b"
                            rf"(?:[^\S\n]+in[^\S\n]+(?P<place>[A-Z][\w-]+))?"
                            rf"(?![^\S\n]+(?:for|of|on)[^\S\n]+[A-Z])"),
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines, split further after . ! ? unless an abbreviation ends there."""
    abbreviations = lexicon().abbreviations
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"[.!?][\"”’']?(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[a-z0-9])[.!?](?=[A-Z][a-z])", line.group()):
            end = line.start() + m.end()
            word = text[start:end].rsplit(None, 1)[-1] if text[start:end].split() else ""
            if word in abbreviations or re.fullmatch(r"(?:[A-Z]\.)+", word):
                continue
            spans.append((start, end))
            start = end
            while start < line.end() and text[start].isspace():
                start += 1
        if start < line.end():
            spans.append((start, line.end()))
    return spans


def _is_name(name: str, lex: _Lexicon) -> bool:
    tokens = name.split()
    return bool(tokens) and not any(
        t in lex.not_names or t in lex.title_words or t in lex.org_heads or t in lex.gazetteer.entries
        or t in lex.gazetteer.demonyms
        for t in tokens
    )


def _trim_name(name: str, lex: _Lexicon) -> str:
    """Cut a name before the first token that cannot be part of a name."""
    kept = []
    for token in name.split():
        if not _is_name(token, lex):
            break
        kept.append(token)
    return " ".join(kept)


def _known(text: str, start: int, end: int, lex: _Lexicon,
           defined: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(canonical name, kind) when text[start:end] is an acronym the text
    defined, a gazetteer name or a demonym."""
    surface = text[start:end]
    if defined and surface in defined:
        return defined[surface], "organization"
    entry = lex.gazetteer.entries.get(surface)
    if entry:
        return entry.name, entry.kind
    if surface in lex.gazetteer.demonyms:
        return lex.gazetteer.demonyms[surface], "country"
    return None


# Words a title-case headline leaves in lower case.
_SMALL_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "to", "with", "at", "a", "an", "by"})


def _headline_at(text: str, pos: int) -> bool:
    """True when the line holding `pos` is in title case (a headline), where
    capitalized verbs ("Meets", "Holds Talks") look like names."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    if line.endswith((".", "!", "?")):
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    content = [w for w in words if w not in _SMALL_WORDS]
    return 4 <= len(content) <= 25 and sum(w[0].isupper() for w in content) / len(content) >= 0.8


def _strip_title_prefix(chunk: str, lex: _Lexicon) -> str:
    """Drop a leading title from a capitalized phrase: "Chair of the OECD DAC" -> "OECD DAC"."""
    m = re.match(rf"(?:{lex.titles.pattern})[^\S\n]+(?:of|for|at)[^\S\n]+(?:the[^\S\n]+)?", chunk)
    return chunk[m.end():] if m else chunk


def _org_chunk(chunk: str, lex: _Lexicon) -> bool:
    return any(w.strip(".,") in lex.org_heads for w in chunk.split())


def _gathering(phrase: str, lex: _Lexicon) -> bool:
    """A name ending in a gathering word that is no body ("Network Meeting",
    "Coordinating Bureau Meeting") names an event, not an organization."""
    words = phrase.split()
    return bool(words) and words[-1] in lex.gathering_nouns and words[-1] not in lex.org_heads


_POSSESSIVE = re.compile(r"(?:'s|’s)$")
_OWNER = re.compile(r"(\S+?)(?:'s|’s)[^\S\n]+")
_ARTICLE = re.compile(r"^(?:The|the)[^\S\n]+")


def _title_left(text: str, start: int, lex: _Lexicon, defined: dict[str, str]) -> tuple[int, str | None]:
    """Extend a title leftwards over a modifier and an actor or demonym; return (start, of)."""
    of = None
    left = text[:start]
    m = re.search(r"(\w+)[^\S\n]+$", left)
    if m and m.group(1).lower() in lex.modifiers:
        start = m.start()
        left = text[:start]
    m = re.search(rf"({_CAP_WORD}(?:[^\S\n]+{_CAP_WORD}){{0,5}})(?:'s|’s)?[^\S\n]+$", left)
    if m:
        words = m.group(1).split()
        for i in range(len(words)):
            candidate = _POSSESSIVE.sub("", " ".join(words[i:]))
            found = _known(candidate, 0, len(candidate), lex, defined)
            if found or (_org_chunk(candidate, lex) and i == 0):
                return m.start() + len(" ".join(words[:i])) + (1 if i else 0), found[0] if found else candidate
    return start, of


_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _actor_after(text: str, pos: int, lex: _Lexicon, defined: dict[str, str], words: str = "of|for|to|at"):
    """An organization or country named right after `pos` ("of the Korea Heritage Service").

    Returns (end, name, words of the phrase) or None; the words let a caller
    read a non-actor phrase ("for Culture") as part of a title."""
    m = re.match(rf"[^\S\n]+(?:{words})[^\S\n]+(?:the[^\S\n]+)?({_CAP_WORD}(?:[^\S\n]+(?:of|for|and|the|in)?[^\S\n]*{_CAP_WORD}){{0,8}})", text[pos:])
    if not m:
        return None
    phrase = m.group(1)
    tokens = phrase.split()
    named = len(tokens) > 2 and _KOREAN_GIVEN.fullmatch(tokens[-1]) and tokens[-2] in lex.korean_surnames
    for n in range(len(tokens) - 2 if named else len(tokens), 0, -1):
        candidate = " ".join(tokens[:n])
        found = _known(candidate, 0, len(candidate), lex, defined)
        if not found and _named_after(tokens[:n], text, pos + m.start(1) + len(candidate), lex):
            continue
        if found or _org_phrase(candidate, lex):
            owner = _OWNER.match(candidate)
            if not found and owner and (known := _known(owner.group(1), 0, len(owner.group(1)), lex, defined)):
                found = known
            return pos + m.start(1) + len(candidate), (found[0] if found else candidate), m
    return pos, None, m


def _named_after(tokens: list[str], text: str, end: int, lex: _Lexicon) -> int:
    """How many of a body's name's last words, as read, are a person's name
    before a lower-case verb ("the Office of the Central Commission for
    Foreign Affairs Wang Yi met ..."): the body ends before them; 0 if none."""
    if not re.match(r"[^\S\n]+[a-z]", text[end:end + 3]):
        return 0
    for size in (2, 3):
        if len(tokens) > size and tokens[-size - 1] not in _SMALL_WORDS and \
                all(re.fullmatch(_NAME_TOKEN, t) for t in tokens[-size:]) and _is_name(" ".join(tokens[-size:]), lex):
            return size
    return 0


def _org_phrase(phrase: str, lex: _Lexicon) -> bool:
    """A whole organization name: headed ("... Service", "Ministry of ..."), no "and" between two bodies."""
    tokens = phrase.split()
    heads = [i for i, t in enumerate(tokens) if t in lex.org_heads]
    if not heads or "and" in tokens[heads[0]:]:
        return False
    last = heads[-1]
    return last == len(tokens) - 1 or tokens[last + 1] in ("of", "for", "on")


def _titled_persons(text: str, lex: _Lexicon, spans: Spans, pending: list[Mention],
                    defined: dict[str, str]) -> None:
    """Persons named after a title ("UNESCO Director-General Irina Bokova",
    "Assistant Director-General for Culture Ernesto Ottone Ramirez") or before
    one ("Susanna Moorehead, chair of ..."). A title "of X to Y" (an envoy's)
    keeps "of X to Y" in the title, X being the role's body. A title with a one-word name goes
    to `pending`: kept only if that word is a known surname."""
    for tm in lex.titles.finditer(text):
        title = tm.group(0)
        start, of = _title_left(text, tm.start(), lex, defined)
        pos = tm.end()
        after = _actor_after(text, pos, lex, defined)
        if after and after[1]:
            pos, of = after[0], after[1]
            unit = _unit_of(text, tm.end(), pos, lex, defined)
            if unit:
                title, pos, of = title + text[tm.end():unit[0]], unit[1], unit[2]
            accredited = _actor_after(text, pos, lex, defined, "to")
            if accredited and accredited[1]:
                title, pos = title + text[tm.end():accredited[0]], accredited[0]
        elif after:
            tokens = after[2].group(1).split()
            korean = _KOREAN_GIVEN.fullmatch(tokens[-1]) is not None
            for k in range(1, len(tokens) - 1):
                rest = len(tokens) - k
                if (rest == 2 if korean else 2 <= rest <= 3) and _is_name(" ".join(tokens[k:]), lex):
                    joined = tokens[k - 1] == "and"
                    tail_end = after[2].start(1) + len(" ".join(tokens[:k - 1 if joined else k]))
                    field_end, body = _field(text, pos, pos + tail_end, lex, defined)
                    title = title + text[pos:field_end]
                    of = body[1] if body else of
                    pos += tail_end
                    break
            else:
                if re.match(r"[^\S\n]+(?:for|of)\b", text[pos:]):
                    field_end, body = _field(text, pos, pos + after[2].end(), lex, defined)
                    title = title + text[pos:field_end]
                    pos = field_end
                    post = body or _actor_after(text, pos, lex, defined, "of")
                    if post and post[1]:
                        pos, of = post[0], post[1]
        m = re.match(rf",?[^\S\n]+(?:(?:{lex.honorifics.pattern})[^\S\n]+)?({_NAME})", text[pos:])
        if m:
            name = _trim_name(m.group(1), lex)
            if name:
                nstart = pos + m.start(1)
                nend = nstart + len(name)
                post = _actor_after(text, nend, lex, defined, "of") if of is None else None
                if post and post[1]:
                    of = post[1]
                addressed = of is None and title in lex.honorific_words
                mention = Mention(text[start:nend], nstart, nend, "person", name, None if addressed else title, of)
                after = re.match(r"[^\S\n]+([a-z]\w*)", text[nend:])
                bounded = after is not None and after.group(1) not in _SMALL_WORDS
                if len(name.split()) >= 2 and (bounded or not _headline_at(text, nstart)):
                    spans.add(mention)
                    continue
                if _apposition(text, start, pos, title, of, lex, spans):
                    continue
                pending.append(mention)
                continue
        _apposition(text, start, pos, title, of, lex, spans)


def _field(text: str, start: int, end: int, lex: _Lexicon, defined: dict[str, str]):
    """Where a title's field ("for Foreign Affairs", "of External Relations")
    ends within text[start:end], with the body named after it by "of" when
    one is ("... of Japan", "... of the Federative Republic of Brazil"):
    (field end, (body end, body name) or None)."""
    for m in re.finditer(r"[^\S\n]+of\b", text[start:end]):
        if m.start() == 0:
            continue
        body = _actor_after(text, start + m.start(), lex, defined, "of")
        if body and body[1]:
            return start + m.start(), body[:2]
    return end, None


def _unit_of(text: str, title_end: int, end: int, lex: _Lexicon, defined: dict[str, str]) -> tuple[int, int, str] | None:
    """A title's body that is a unit of a known body ("Director of the Bureau
    of Strategic Planning (BSP) of UNESCO", "of the National Security Office
    of Cheong Wa Dae"): the unit joins the title and the known body is the
    role's. Returns (end of the title, end of the phrase, body) or None."""
    phrase = text[title_end:end]
    inner = re.match(r"(.*\S)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?([^,()]+)$", phrase)
    if inner and inner.group(1).strip() not in ("of", "of the"):
        parent = _known(inner.group(2), 0, len(inner.group(2)), lex, defined)
        if parent and set(inner.group(1).split()) & lex.unit_heads:
            return title_end + inner.end(1), end, parent[0]
    outer = re.match(r"(?:[^\S\n]*\([A-Za-z-]+\))?(?=[^\S\n]+of\b)", text[end:])
    if outer is not None and set(phrase.split()) & lex.unit_heads:
        parent = _actor_after(text, end + outer.end(), lex, defined, "of")
        if parent and parent[1] and (parent[1] in lex.gazetteer.entries or parent[1] in defined.values()):
            return end, parent[0], parent[1]
    return None


def _apposition(text: str, start: int, end: int, title: str, of: str | None, lex: _Lexicon, spans: Spans) -> bool:
    """A full name just before a title and a comma ("Soo Hyang Choi, Director
    of ..."), its honorific left out; True when one is taken. When the name
    is already taken with another title before it ("Professor Bundhit
    Eua-arporn, President of ..."), the title here is a second role of that
    person, marked where the title stands."""
    m = re.search(rf"({_NAME}),[^\S\n]+(?:the[^\S\n]+)?$", text[:start])
    if not m:
        return False
    honorific = lex.honorifics.match(m.group(1))
    nstart = m.start(1) + (len(m.group(1)) - len(m.group(1)[honorific.end():].lstrip()) if honorific else 0)
    name = _trim_name(text[nstart:m.end(1)], lex)
    if len(name.split()) >= 2 and name == text[nstart:m.end(1)]:
        if spans.add(Mention(text[m.start(1):end], nstart, m.end(1), "person", name, title, of)):
            return True
        taken = spans.at(nstart, m.end(1))
        if taken is not None and taken.kind == "person" and taken.name == name:
            return spans.add(Mention(title, start, start + len(title), "person", name, title, of))
    return False


def _honorific_persons(text: str, lex: _Lexicon, spans: Spans) -> None:
    """Persons named after an honorific ("Mr. Lars Olsen"); of a run of
    honorifics ("H.E. Mr. Mauro Vieira") the last one is read."""
    for hm in lex.honorifics.finditer(text):
        m = re.match(rf"[^\S\n]+({_NAME})", text[hm.end():])
        if not m or lex.honorifics.match(text, hm.end() + m.start(1)):
            continue
        name = _trim_name(m.group(1), lex)
        if name:
            start = hm.end() + m.start(1)
            spans.add(Mention(text[hm.start():start + len(name)], start, start + len(name), "person", name))


def _initials(phrase: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][a-z]*|(?<![A-Za-z])[A-Z]", phrase))


def _spelled_out_from(text: str, start: int, end: int, acronym: str, lex: _Lexicon) -> int:
    """Where the full name an acronym spells starts: back over a comma when
    the words before complete its letters ("U.N. Educational, Scientific and
    Cultural Organization (UNESCO)")."""
    letters = acronym.upper()
    while letters.endswith(_initials(text[start:end])) and letters != _initials(text[start:end]):
        before = re.search(rf"({lex.chunk.pattern}),[^\S\n]+$", text[max(0, start - 120):start])
        if not before:
            break
        candidate = start - len(before.group(0))
        if not letters.endswith(_initials(text[candidate:end])):
            break
        start = candidate
    return start


def _acronyms(text: str, definitions: list[re.Match], lex: _Lexicon, spans: Spans) -> dict[str, str]:
    """Organizations defined with an acronym, "Full Name (ACR)" (`definitions`:
    the text's matches of `acronym_definition`); returns acronym -> name."""
    defined: dict[str, str] = {}
    for m in definitions:
        long = _strip_title_prefix(_ARTICLE.sub("", m.group(1)), lex)
        lstart = m.end(1) - len(long)
        last, _ = _groups(long, lstart, lex)[-1]
        long = re.sub(r"^(?:the[^\S\n]+)?", "", last.strip())
        lstart = m.end(1) - len(long)
        lstart = _spelled_out_from(text, lstart, m.end(1), m.group(2), lex)
        long = text[lstart:m.end(1)]
        found = _known(long, 0, len(long), lex)
        if not (found or _org_chunk(long, lex)):
            continue
        if found is None and (known := _known(m.group(2), 0, len(m.group(2)), lex)) and known[1] == "organization":
            found = known
        name = found[0] if found else long
        kind = found[1] if found else "organization"
        if _title_unit(text, lstart, long, lex):
            continue
        defined[m.group(2)] = name
        unit = _sub_unit(text, m.end(), lex) if kind == "organization" else None
        if unit:
            spans.add(Mention(text[lstart:unit[0]], lstart, unit[0], kind, f"{long} {unit[1]}"))
        spans.add(Mention(long, lstart, m.end(1), kind, name))
        spans.add(Mention(m.group(2), m.start(2), m.end(2), kind, name))
    return defined


def _sub_unit(text: str, pos: int, lex: _Lexicon) -> tuple[int, str] | None:
    """An office of the body named just before `pos` ("(WFP) Seoul Office",
    "(UNHCR) Representation in Korea"): capitalized words ending in one of
    `sub_unit_heads` (data/en/lexicon.yaml), with the place it is in; returns
    (end, unit name)."""
    m = lex.sub_unit.match(text, pos)
    if not m or m.group("unit") in lex.gazetteer.entries:
        return None
    place = m.group("place")
    if place and place not in lex.gazetteer.entries and place not in lex.gazetteer.cities:
        return m.end("unit"), m.group("unit")
    return m.end(), text[m.start("unit"):m.end()]


def _segments(chunk: re.Match, cuts: list[tuple[int, int]]):
    """Pieces of a capitalized phrase between spans already taken (persons, titles)."""
    pos = chunk.start()
    for cut_start, cut_end in sorted(cuts):
        if cut_end <= pos or cut_start >= chunk.end():
            continue
        yield pos, max(pos, cut_start)
        pos = max(pos, cut_end)
    yield pos, chunk.end()


_LEADING = re.compile(r"^(?:(?:The|the|During|In|On|At|For|With|From|By|As|Under|Through|Since|After|Before|While|Following|Like|"
                      r"of|for|and|to|in|on|under|'s|’s)[^\S\n]+)+")
_TRAILING = re.compile(r"(?:[^\S\n]+(?:of|for|and|the|on|in|to|under|de|&))+$")


def _groups(segment: str, start: int, lex: _Lexicon) -> list[tuple[str, int]]:
    """Split a capitalized phrase at "and" and commas into organization names.

    A piece after "and" starts a new name when the name so far is already
    headed ("... Commission") and the piece is itself headed, a known name or
    an acronym, or when "the" opens a headed piece ("Dobong-gu and the UNESCO
    Korea Committee") or follows a name ending in its head ("the Asia
    Division and the Climate Change and Energy Division"); otherwise it continues the name ("Anti-Corruption and
    Civil Rights Commission", "Ministry of Culture, Sports and Tourism")."""
    pieces = re.split(r"([^\S\n]+and(?:[^\S\n]+the)?[^\S\n]+|,[^\S\n]+(?:and[^\S\n]+)?(?:the[^\S\n]+)?)", segment)
    groups: list[list] = []
    offset = start
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            stripped = piece.strip()
            known = stripped in lex.gazetteer.entries
            headed = _org_chunk(piece, lex) or known
            before = groups and (_org_chunk(groups[-1][0], lex) or groups[-1][0].strip() in lex.gazetteer.entries)
            so_far = groups[-1][0].split() if groups else []
            ends_headed = bool(so_far) and so_far[-1] in lex.org_heads
            new_phrase = groups and re.search(r"\bthe\b", pieces[i - 1]) and (headed or ends_headed)
            acronym = before and re.fullmatch(r"[A-Z]{2,}", stripped)
            if groups and not (before and headed) and not known and not new_phrase and not acronym:
                groups[-1][0] += pieces[i - 1] + piece
            else:
                groups.append([piece, offset])
        offset += len(piece)
    return [(g[0], g[1]) for g in groups]


def _organizations(text: str, lex: _Lexicon, spans: Spans) -> None:
    """Capitalized phrases headed by an organization word ("Korea Heritage Service"),
    split between two organizations, never across a person, a title or an
    honorific, without a possessor ("UNESCO’s") and a trailing "in <city>"."""
    cuts = [(m.start, m.end) for m in spans.items if m.kind == "person"]
    cuts += [(m.start(), m.end()) for m in lex.titles.finditer(text) if text[m.start()].isupper()]
    cuts += [(m.start(), m.end()) for m in lex.honorifics.finditer(text)]
    for chunk in lex.chunk.finditer(text):
        if _headline_at(text, chunk.start()):
            continue
        for seg_start, seg_end in _segments(chunk, cuts):
            for part, offset in _groups(text[seg_start:seg_end], seg_start, lex):
                offset += len(part) - len(part.lstrip())
                part = part.lstrip()
                lead = _LEADING.match(part)
                if lead:
                    offset += lead.end()
                    part = part[lead.end():]
                owner = _OWNER.match(part)
                if owner and _org_chunk(part[owner.end():], lex):
                    offset += owner.end()
                    part = part[owner.end():]
                group = re.match(r"([A-Z][\w-]*)[^\S\n]+of[^\S\n]+the[^\S\n]+", part)
                if group and group.group(1) not in lex.org_heads and _org_chunk(part[group.end():], lex):
                    offset += group.end()
                    part = part[group.end():]
                part = _TRAILING.sub("", part.rstrip()).strip()
                when = re.search(r"[^\S\n]+(?:on|in|since|by|from|until)[^\S\n]+([A-Z][a-z]+\.?)$", part)
                if when and when.group(1) in lex.not_names:
                    part = part[:when.start()]
                place = re.search(r"[^\S\n]+in[^\S\n]+([A-Z][\w-]+)$", part)
                if place and place.group(1) in lex.gazetteer.cities:
                    part = part[:place.start()]
                if not _org_chunk(part, lex) or _gathering(part, lex) or _title_unit(text, offset, part, lex):
                    continue
                found = _known(part, 0, len(part), lex)
                if found:
                    spans.add(Mention(part, offset, offset + len(part), found[1], found[0]))
                    continue
                tokens = part.split()
                size = _named_after(tokens, text, offset + len(part), lex)
                if size:
                    name = " ".join(tokens[-size:])
                    part = part[: len(part) - len(name)].rstrip()
                    spans.add(Mention(name, offset + len(part) + 1, offset + len(part) + 1 + len(name), "person", name))
                if len(part.split()) >= 2:
                    spans.add(Mention(part, offset, offset + len(part), "organization", part))


def _title_unit(text: str, start: int, part: str, lex: _Lexicon) -> bool:
    """Whether a unit heads a title's phrase between the title and the body
    it belongs to ("Director of UNESCO’s Division for Inclusion", "Director of
    the Bureau of Strategic Planning (BSP) of UNESCO"): part of the title,
    not an actor of its own (`unit_heads` in data/en/lexicon.yaml)."""
    if part.split()[0] not in lex.unit_heads:
        return False
    left = re.search(rf"(?:{lex.titles.pattern})[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?P<owner>\S+(?:'s|’s)[^\S\n]+)?$",
                     text[max(0, start - 80):start])
    if left is None:
        return False
    return bool(left.group("owner")) or re.match(r"(?:[^\S\n]*\([A-Za-z-]+\))?[^\S\n]+of[^\S\n]+",
                                                 text[start + len(part):]) is not None


def _country_run(words: list[str], lex: _Lexicon, last: bool = False) -> tuple[str, str] | None:
    """The longest run of a phrase's first (or, with `last`, last) words that
    names a country or its people: (country, the run as written)."""
    for n in range(len(words), 0, -1):
        run = " ".join(words[-n:] if last else words[:n])
        known = _known(run, 0, len(run), lex)
        if known and known[1] == "country":
            return known[0], run
    return None


def _governments(text: str, lex: _Lexicon, spans: Spans) -> dict[str, str]:
    """Governments named through a place: a country's or its people's
    government ("the Government of Norway", "the Korean government":
    `government_words` in data/en/lexicon.yaml) is the country; a capital acting ("Seoul's support",
    "Tokyo announced": `government_verbs` in data/en/lexicon.yaml), not
    ending a longer name ("Minister Hugo Lima said"), is its country; a city hosting ("hosted by Paris"), a "<city> city" or a
    district ("Dobong-gu": `local_government` patterns) is an organization.
    A name after a Korean surname is a person's ("Han Kyung-gu"). Returns the
    local governments found, name -> name, for titles' bodies."""
    for m in lex.capital_acting.finditer(text):
        named = re.search(r"([A-Z][\w'’-]*)[^\S\n]+$", text[max(0, m.start(1) - 40):m.start(1)])
        if named and named.group(1) not in lex.not_names:
            continue
        spans.add(Mention(m.group(1), m.start(1), m.end(1), "country", capitals()[m.group(1)]))
    for m in lex.government_of.finditer(text):
        country = _country_run(m.group("place").split(), lex)
        if country:
            end = m.start("place") + len(country[1])
            spans.add(Mention(text[m.start():end], m.start(), end, "country", country[0]))
    for word in lex.government_word.finditer(text):
        m = lex.government_after.search(text, max(0, word.start() - 60), word.start())
        country = _country_run(m.group("place").split(), lex, last=True) if m else None
        if country:
            start = m.end("place") - len(country[1])
            spans.add(Mention(text[start:word.end()], start, word.end(), "country", country[0]))
    local = {}
    for m in (m for pattern in lex.local_government for m in pattern.finditer(text)):
        city = m.groupdict().get("city")
        before = text[max(0, m.start("name") - 12):m.start("name")].split()[-1:]
        if before and before[0] in lex.korean_surnames:
            continue
        if city is None or city in lex.gazetteer.cities:
            name = m.group("name")
            spans.add(Mention(name, m.start("name"), m.end("name"), "organization", name))
            local[name] = name
    return local


def _per_country_bodies(text: str, lex: _Lexicon, spans: Spans) -> None:
    """A plural body before a list of countries names one body per country
    (`per_country_bodies` in data/en/lexicon.yaml): "the National Commissions
    for UNESCO of Cambodia, Indonesia and the Philippines" gives "National
    Commission for UNESCO of Cambodia" and so on, each at its country's name."""
    if lex.per_country is None:
        return
    gazetteer = lex.gazetteer
    for m in lex.per_country.finditer(text):
        singular, preposition, pos = lex.per_country_names[m.group("plural")], m.group("prep"), m.end()
        while True:
            item = re.match(r"(?:the[^\S\n]+)?", text[pos:])
            known = gazetteer.pattern.match(text, pos + item.end())
            if not known or gazetteer.entries[known.group()].kind != "country":
                break
            surface = text[pos:known.end()]
            spans.add(Mention(surface, pos, known.end(), "organization", f"{singular} {preposition} {surface}"))
            separator = re.match(r",?[^\S\n]+and[^\S\n]+|,[^\S\n]+", text[known.end():])
            if not separator:
                break
            pos = known.end() + separator.end()
    _per_country_prefixed(text, lex, spans)


def _per_country_prefixed(text: str, lex: _Lexicon, spans: Spans) -> None:
    """A list of nationalities before a plural body names one body each: "the
    Chinese, Japanese and Swiss National Commissions" gives "Chinese National
    Commission" and so on, each at its nationality."""
    for m in lex.per_country_prefixed.finditer(text):
        plural = m.group("plural")
        singular = " ".join(lex.per_country_names[plural].split()[:len(plural.split())])
        for word in re.finditer(r"[A-Z][\w-]*", m.group("list")):
            if word.group() in lex.gazetteer.demonyms or lex.gazetteer.entries.get(word.group(), None):
                start = m.start("list") + word.start()
                spans.add(Mention(word.group(), start, start + len(word.group()), "organization",
                                  f"{word.group()} {singular}"))


def _modifier(text: str, end: int, lex: _Lexicon) -> bool:
    """Whether a known name ending at `end` only qualifies what follows: a
    capitalized name ("UN Decade of ESD", "United Nations Sustainable
    Development Goals"), an acronym ("UN APCICT") or a common noun of a kind
    of body (`generic_nouns` in data/en/lexicon.yaml: "other UN agencies"). Not when what follows is a title ("UNESCO
    Director-General"), an honorific, or names a body or a gathering the
    known one holds ("UNESCO General Conference")."""
    after = text[end:end + 40]
    if re.match(r"[^\S\n]+[A-Z]{2,}(?=[\s,.;:)]|$)", after):
        return True
    noun = re.match(r"[^\S\n]+([a-z]+)\b", after)
    if noun and noun.group(1) in lex.generic_nouns:
        return True
    follow = re.match(r"[^\S\n]+(?=[A-Z][a-z])", text[end:end + 3])
    if not follow:
        return False
    at = end + follow.end()
    if lex.titles.match(text, at) or lex.honorifics.match(text, at):
        return False
    name = re.match(r"[A-Z][\w'’-]*(?:[^\S\n]+(?:(?:of|for|on|and|the)[^\S\n]+)*[A-Z][\w'’-]*)*", text[at:])
    words = set(name.group().split()) if name else set()
    return not words & (lex.org_heads | lex.gathering_nouns)


def find_mentions(text: str) -> list[Mention]:
    """All actor mentions in an English text, in order of appearance."""
    lex = lexicon()
    spans = Spans()
    pending: list[Mention] = []
    definitions = list(lex.acronym_definition.finditer(text))
    defined = _acronyms(text, definitions, lex, spans)
    defined.update(_governments(text, lex, spans))
    _titled_persons(text, lex, spans, pending, defined)
    _honorific_persons(text, lex, spans)
    for acronym, name in defined.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            kind = next((x.kind for x in spans.items if x.name == name), "organization")
            unit = _sub_unit(text, m.end(), lex) if kind == "organization" else None
            if unit:
                spans.add(Mention(text[m.start():unit[0]], m.start(), unit[0], kind, f"{acronym} {unit[1]}"))
            spans.add(Mention(acronym, m.start(), m.end(), kind, name))
    _per_country_bodies(text, lex, spans)
    known = list(lex.gazetteer.find(text))
    for start, end, surface, entry in known:
        unit = _sub_unit(text, end, lex) if entry.kind == "organization" else None
        if unit:
            spans.add(Mention(text[start:unit[0]], start, unit[0], entry.kind, f"{surface} {unit[1]}"))
    for start, end, surface, entry in known:
        if "," in surface:
            spans.add(Mention(surface, start, end, entry.kind, entry.name))
    _organizations(text, lex, spans)
    for start, end, surface, entry in known:
        if not _modifier(text, end, lex):
            spans.add(Mention(surface, start, end, entry.kind, entry.name))
    persons = {m.name for m in spans.items if m.kind == "person" and len(m.name.split()) >= 2}
    surnames = {tok for name in persons for tok in (name.split()[0], name.split()[-1])}
    for mention in pending:
        if mention.name in persons or mention.name in surnames or mention.name in lex.korean_surnames:
            spans.add(mention)
    if surnames:
        for m in re.finditer(rf"(?<![\w-])(?:{_alternation(persons | surnames)})(?![\w-])", text):
            spans.add(Mention(m.group(0), m.start(), m.end(), "person", m.group(0)))
    _title_references(text, lex, spans)
    _head_references(text, lex, spans)
    terms = _terms(definitions)
    kept = (m for m in spans.items if not (_masthead(text, m) or _place(text, m, lex) or _venue(text, m, lex)
                                           or _described(text, m, lex)))
    return sorted((_spelled(m, terms) for m in kept), key=lambda x: x.start)


def _canonical(name: str, lex: _Lexicon) -> str:
    """A body's name as the gazetteer gives it, else as written."""
    known = _known(name, 0, len(name), lex)
    return known[0] if known else name


def _title_references(text: str, lex: _Lexicon, spans: Spans) -> None:
    """"The Director-General" with no name (nor "of ..." after it) refers to
    the one person the text gave that title; "the UNESCO Director-General" to
    the one given it in that body."""
    holders: dict[str, set[tuple[str, str | None]]] = {}
    for m in spans.items:
        if m.kind == "person" and m.title:
            holders.setdefault(m.title.casefold(), set()).add((m.name, m.title_of and _canonical(m.title_of, lex)))
    bodies = {m.end: m for m in spans.items if m.kind == "organization"}
    for tm in lex.titles.finditer(text):
        if re.match(r"[^\S\n]+(?:of|for)\b", text[tm.end():tm.end() + 5]):
            continue
        body = bodies.get(tm.start() - 1) if text[tm.start() - 1:tm.start()] == " " else None
        before = body.start if body else tm.start()
        if not re.search(r"\bthe[^\S\n]+$", text[max(0, before - 4):before], re.IGNORECASE):
            continue
        names = {n for n, of in holders.get(tm.group(0).casefold(), set()) if body is None or of == body.name}
        if len(names) == 1:
            spans.add(Mention(tm.group(0), tm.start(), tm.end(), "person", names.pop(), tm.group(0)))


def _head_references(text: str, lex: _Lexicon, spans: Spans) -> None:
    """"The head of X" or "X chief" with no name after it refers to the one
    person the text gave a title in X or in a part of X (a body named after
    it: "OECD Development Assistance Committee" is part of the OECD);
    `head_words` in data/en/lexicon.yaml."""
    bodies = [m for m in spans.items if m.kind == "organization"]
    holders = [m for m in spans.items if m.kind == "person" and m.title_of]
    found = [(m, next((b for b in bodies if b.start == m.end()), None)) for m in lex.head_of.finditer(text)]
    found += [(m, next((b for b in bodies if b.end == m.start() - 1), None)) for m in lex.head_after.finditer(text)]
    for m, body in found:
        if body is None:
            continue
        forms = [f for f, e in lex.gazetteer.entries.items() if e.name == body.name] or [body.name]
        names = {h.name for h in holders
                 if _canonical(h.title_of, lex) == body.name or any(h.title_of.startswith(f + " ") for f in forms)}
        if len(names) == 1:
            spans.add(Mention(m.group("word"), m.start("word"), m.end("word"), "person", names.pop()))


def _terms(definitions: list[re.Match]) -> dict[str, str]:
    """Acronyms the text defines (`definitions`, as for `_acronyms`) for any
    phrase whose initials they are ("Global Citizenship Education (GCED)"):
    acronym -> phrase."""
    terms = {}
    for m in definitions:
        phrase = _ARTICLE.sub("", m.group(1))
        words = phrase.split()
        for n in range(len(words), 0, -1):
            if words[-n][0].isupper() and _spells(m.group(2).upper(), [w.upper() for w in words[-n:]]):
                terms[m.group(2)] = " ".join(words[-n:])
                break
    return terms


def _spells(letters: str, words: list[str]) -> bool:
    """Whether an acronym takes, in order, the first letter of every
    capitalized word and maybe more letters of it, and maybe the first of a
    small word: "GCED" of "Global Citizenship Education", "MOU" of
    "Memorandum of Understanding"."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in ("OF", "FOR", "AND", "THE", "ON", "IN", "TO") and _spells(letters, rest):
        return True
    if not letters or letters[0] != word[0]:
        return False
    return any(_spells(letters[k:], rest) for k in range(1, len(letters) + 1)
               if _subsequence(letters[1:k], word[1:]))


def _subsequence(part: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in part)


def _spelled(mention: Mention, terms: dict[str, str]) -> Mention:
    """An organization named with a defined acronym inside its name ("GCED
    Cooperation Centre") takes the name spelled out, so both forms meet."""
    if mention.kind != "organization" or len(mention.name.split()) < 2:
        return mention
    words = [terms.get(w, w) for w in mention.name.split()]
    return replace(mention, name=" ".join(words)) if words != mention.name.split() else mention


_INDEFINITE = re.compile(r"\b(?i:a|an|each|every|any|another)[^\S\n]+"
                         r"(?:(?!(?:with|of|for|to|in|by|at|on|from|and|or|the)\b)[a-z][\w-]*[^\S\n]+){0,2}$")


def _described(text: str, mention: Mention, lex: _Lexicon) -> bool:
    """Whether an organization name is used as a description after an
    indefinite determiner ("a UNESCO Category II Centre", "each participating
    National Commission") or as the end of a plural kind of body ("among
    National Commissions for UNESCO"), not as the name of one body. A body
    being created is named so ("the establishment of a GCED Centre":
    `creation_words` in data/en/lexicon.yaml)."""
    if mention.kind != "organization":
        return False
    before = text[max(0, mention.start - 60):mention.start]
    one_per_country = mention.name.endswith(" " + mention.text)
    indefinite = _INDEFINITE.search(before)
    if indefinite and lex.creating.search(before, 0, indefinite.start()):
        indefinite = None
    return bool(indefinite or (not one_per_country and lex.plural_of.search(before)))


_LIST_OPENER = re.compile(r"\b(?:including|such[^\S\n]+as)[^\S\n]+")
_LIST_SO_FAR = re.compile(r"(?:(?:the[^\S\n]+)?[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*)*,?[^\S\n]+(?:and[^\S\n]+)?)*(?:the[^\S\n]+)?")
_LOCATIVE = re.compile(r"\b(?:in|across|throughout)[^\S\n]+(?:\S+[^\S\n]+){0,5}$")


def _place(text: str, mention: Mention, lex: _Lexicon) -> bool:
    """Whether a country is named as where something is, or within a body's
    name: after its city ("Paris, France"), after a body's head ("University
    of Thailand") or in a list after "in ... including" ("in partner
    countries including Malaysia, the Philippines and Laos")."""
    if mention.kind != "country":
        return False
    near = text[max(0, mention.start - 40):mention.start]
    head = re.search(r"([A-Z][\w-]*)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$", near)
    if head and head.group(1) in lex.org_heads:
        return True
    city = re.search(r"\b([A-Z][\w-]+),[^\S\n]*$", near)
    if city and city.group(1) in lex.gazetteer.cities:
        return True
    window = text[max(0, mention.start - 200):mention.start]
    opener = None
    for opener in _LIST_OPENER.finditer(window):
        pass
    if opener is None or not _LIST_SO_FAR.fullmatch(window[opener.end():]):
        return False
    return bool(_LOCATIVE.search(window[:opener.start()]))


def _venue(text: str, mention: Mention, lex: _Lexicon) -> bool:
    """Whether a body the gazetteer does not know is named as where a
    gathering is held ("was held at the Jeju Peace Center": `venue_words` in
    data/en/lexicon.yaml), or is a building something is done at ("signed
    at Seoul City Hall": `venue_heads`): a place, not a party."""
    if mention.kind != "organization" or mention.text in lex.gazetteer.entries:
        return False
    if lex.venue.search(text, max(0, mention.start - 40), mention.start):
        return True
    building = mention.text.split()[-1] in lex.venue_heads
    return building and re.search(r"\b(?:at|in)[^\S\n]+(?:the[^\S\n]+)?$", text[max(0, mention.start - 8):mention.start]) is not None


def _masthead(text: str, mention: Mention) -> bool:
    """Whether an organization stands alone on its line ("The Korea Herald"):
    a site's or publisher's name, not a party to the story."""
    if mention.kind != "organization":
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return _ARTICLE.sub("", line) == mention.text


def state_title(title: str) -> bool:
    """Whether a title is held for a state when no organization is named."""
    return title.lower() in lexicon().state_titles


def body_key(name: str) -> str:
    """An organization's name folded so its spellings meet: short forms
    written out (`short_forms` in data/en/lexicon.yaml: "NATCOM"), a country
    or demonym before or after the body as the country's name ("Korean
    NATCOM", "NATCOM Korea"), a trailing "HQ" and the words a body's name
    may leave out ("National", "for UNESCO", and "UNESCO" before a country's
    body: `optional_words`, `optional_suffixes`, `optional_prefixes`)
    dropped."""
    lex = lexicon()
    expanded = " ".join(lex.short_forms.get(w.casefold(), w) for w in name.split() if w.casefold() not in lex.site_words)
    words = [w for w in expanded.split() if w.casefold() not in lex.optional_words]
    country = None
    for n in range(min(3, len(words) - 1), 0, -1):
        for part, rest in ((words[:n], words[n:]), (words[-n:], words[:-n])):
            found = _known(" ".join(part), 0, len(" ".join(part)), lex)
            if found and found[1] == "country":
                country, words = found[0], rest
                break
        if country:
            break
    while words and words[-1] in ("of", "in", "for", "the"):
        words = words[:-1]
    for suffix in lex.optional_suffixes:
        if " ".join(words).endswith(" " + suffix):
            words = words[:-len(suffix.split())]
    for prefix in lex.optional_prefixes:
        if country and " ".join(words).startswith(prefix + " "):
            words = words[len(prefix.split()):]
    return f"{country or ''}|{' '.join(words)}".casefold()
