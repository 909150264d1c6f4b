"""English: sentences and actor mentions (persons with titles, organizations,
countries), from the lexicons in `data/en/`.

Mentions are found in passes, each over the whole text, and earlier passes
win where spans overlap: titled or honorific persons, known names from the
gazetteer, acronyms defined in the text, capitalized phrases headed by an
organization word, and finally bare surnames of persons already named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.language.data import load
from chancery.language.gazetteer import Gazetteer, gazetteer
from chancery.records import Mention

LANG = "en"
_NAME_TOKEN = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-z][a-zà-ÿ'’]+)*|[A-Z]{2,}(?:-[A-Z]{2,})?|Mc[A-Z][a-z]+)"
_NAME = rf"{_NAME_TOKEN}(?:[ \t]+{_NAME_TOKEN}){{0,2}}"
_CAP_WORD = r"(?:[A-Z][\w'’&.-]*\w|[A-Z]|[a-z]-[A-Z][\w-]*)"
_ACRONYM = r"[A-Za-z][A-Za-z-]*[A-Z][A-Za-z-]*"


@dataclass(frozen=True)
class _Lexicon:
    gazetteer: Gazetteer
    titles: re.Pattern
    title_words: frozenset[str]
    modifiers: frozenset[str]
    honorifics: re.Pattern
    state_titles: frozenset[str]
    org_heads: frozenset[str]
    not_names: frozenset[str]
    chunk: re.Pattern
    abbreviations: frozenset[str]


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    """English lexicons compiled once."""
    titles = load("en/titles.yaml")
    lex = load("en/lexicon.yaml")
    heads = list(titles["heads"])
    variants = heads + [h[0].lower() + h[1:] for h in heads]
    connectors = _alternation(lex["name_connectors"])
    chunk = re.compile(rf"{_CAP_WORD}(?:(?:[ \t]+(?:{connectors}))*[ \t]+{_CAP_WORD})*")
    title_words = {w for h in heads for w in re.split(r"[\s-]+", h)}
    return _Lexicon(
        gazetteer=gazetteer(LANG),
        titles=re.compile(rf"(?<![\w-])(?:{_alternation(variants)})(?![\w-])"),
        title_words=frozenset(title_words),
        modifiers=frozenset(titles["modifiers"]),
        honorifics=re.compile(rf"(?<![\w.])(?:{_alternation(titles['honorifics'])})(?=\s)"),
        state_titles=frozenset(t.lower() for t in titles["state_titles"]),
        org_heads=frozenset(lex["organization_heads"]),
        not_names=frozenset(lex["not_names"]),
        chunk=chunk,
        abbreviations=frozenset(lex["abbreviations"]),
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: lines, split further after . ! ? unless an abbreviation ends there."""
    abbreviations = lexicon().abbreviations
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"[.!?][\"”’']?(?=\s+[\"“‘(]?[A-Z0-9])", line.group()):
            end = line.start() + m.end()
            word = text[start:end].rsplit(None, 1)[-1] if text[start:end].split() else ""
            if word in abbreviations or re.fullmatch(r"(?:[A-Z]\.)+", word):
                continue
            spans.append((start, end))
            start = end + 1
            while start < line.end() and text[start].isspace():
                start += 1
        if start < line.end():
            spans.append((start, line.end()))
    return spans


class _Spans:
    """Accepted mentions, refusing any that overlaps one already taken."""

    def __init__(self):
        self.items: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in self.items)

    def add(self, mention: Mention) -> bool:
        if mention.end > mention.start and self.free(mention.start, mention.end):
            self.items.append(mention)
            return True
        return False

    def at(self, start: int, end: int) -> Mention | None:
        for m in self.items:
            if m.start == start and m.end == end:
                return m
        return None


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


def _known(text: str, start: int, end: int, lex: _Lexicon) -> tuple[str, str] | None:
    """(canonical name, kind) when text[start:end] is a gazetteer name or a demonym."""
    surface = text[start:end]
    entry = lex.gazetteer.entries.get(surface)
    if entry:
        return entry.name, entry.kind
    if surface in lex.gazetteer.demonyms:
        return lex.gazetteer.demonyms[surface], "country"
    return None


def _org_chunk(chunk: str, lex: _Lexicon) -> bool:
    return any(w.strip(".,") in lex.org_heads for w in chunk.split())


def _title_left(text: str, start: int, lex: _Lexicon) -> tuple[int, str | None]:
    """Extend a title leftwards over a modifier and an actor or demonym; return (start, of)."""
    of = None
    left = text[:start]
    m = re.search(r"(\w+)[ \t]+$", left)
    if m and m.group(1).lower() in lex.modifiers:
        start = m.start()
        left = text[:start]
    m = re.search(rf"({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,5}})(?:'s|’s)?[ \t]+$", left)
    if m:
        words = m.group(1).split()
        for i in range(len(words)):
            candidate = " ".join(words[i:])
            found = _known(candidate, 0, len(candidate), lex)
            if found or (_org_chunk(candidate, lex) and i == 0):
                return m.start() + len(" ".join(words[:i])) + (1 if i else 0), found[0] if found else candidate
    return start, of


def _titled_persons(text: str, lex: _Lexicon, spans: _Spans, pending: list[Mention]) -> None:
    """Persons named after a title ("UNESCO Director-General Irina Bokova") or
    before one ("Susanna Moorehead, chair of ..."). A title with a one-word
    name goes to `pending`: kept only if that word is a known surname."""
    for tm in lex.titles.finditer(text):
        title = tm.group(0)
        start, of = _title_left(text, tm.start(), lex)
        pos = tm.end()
        m = re.match(rf"[ \t]+(?:of|for|to|at)[ \t]+(?:the[ \t]+)?({_CAP_WORD}(?:[ \t]+(?:of|for|and|the|in)?[ \t]*{_CAP_WORD}){{0,8}})", text[pos:])
        if m:
            target = m.group(1)
            words = target.split()
            for n in range(len(words), 0, -1):
                candidate = " ".join(words[:n])
                found = _known(candidate, 0, len(candidate), lex)
                if found or _org_chunk(candidate, lex):
                    of = found[0] if found else candidate
                    pos += m.start(1) + len(candidate)
                    break
        m = re.match(rf",?[ \t]+(?:(?:{lex.honorifics.pattern})[ \t]+)?({_NAME})", text[pos:])
        if m:
            name = _trim_name(m.group(1), lex)
            if name:
                nstart = pos + m.start(1)
                mention = Mention(text[start:nstart + len(name)], nstart, nstart + len(name), "person", name, title, of)
                if len(name.split()) >= 2:
                    spans.add(mention)
                else:
                    pending.append(mention)
                continue
        m = re.search(rf"({_NAME}),[ \t]+(?:the[ \t]+)?$", text[:start])
        if m:
            name = _trim_name(m.group(1), lex)
            if len(name.split()) >= 2 and name == m.group(1):
                spans.add(Mention(text[m.start(1):pos], m.start(1), m.end(1), "person", name, title, of))


def _honorific_persons(text: str, lex: _Lexicon, spans: _Spans) -> None:
    for hm in lex.honorifics.finditer(text):
        m = re.match(rf"[ \t]+({_NAME})", text[hm.end():])
        if not m:
            continue
        name = _trim_name(m.group(1), lex)
        if name:
            start = hm.end() + m.start(1)
            spans.add(Mention(text[hm.start():start + len(name)], start, start + len(name), "person", name))


def _acronyms(text: str, lex: _Lexicon, spans: _Spans) -> dict[str, str]:
    """Organizations defined with an acronym, "Full Name (ACR)"; returns acronym -> name."""
    defined: dict[str, str] = {}
    for m in re.finditer(rf"({lex.chunk.pattern})[ \t]*\(({_ACRONYM})\)", text):
        long = re.sub(r"^(?:The|the)[ \t]+", "", m.group(1))
        lstart = m.end(1) - len(long)
        found = _known(long, 0, len(long), lex)
        if not (found or _org_chunk(long, lex)):
            continue
        name = found[0] if found else long
        kind = found[1] if found else "organization"
        defined[m.group(2)] = name
        spans.add(Mention(long, lstart, m.end(1), kind, name))
        spans.add(Mention(m.group(2), m.start(2), m.end(2), kind, name))
    return defined


def _split_chunk(chunk: str, start: int, lex: _Lexicon):
    """Split "A Commission and the B Commission" into its organizations."""
    parts = re.split(r"([ \t]+and(?:[ \t]+the)?[ \t]+)", chunk)
    if len(parts) > 1 and all(_org_chunk(p, lex) for p in parts[::2]):
        offset = start
        for i, part in enumerate(parts):
            if i % 2 == 0:
                yield part, offset
            offset += len(part)
    else:
        yield chunk, start


def find_mentions(text: str) -> list[Mention]:
    """All actor mentions in an English text, in order of appearance."""
    lex = lexicon()
    spans = _Spans()
    pending: list[Mention] = []
    _titled_persons(text, lex, spans, pending)
    _honorific_persons(text, lex, spans)
    defined = _acronyms(text, lex, spans)
    for start, end, surface, entry in lex.gazetteer.find(text):
        spans.add(Mention(surface, start, end, entry.kind, entry.name))
    for acronym, name in defined.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            kind = next((x.kind for x in spans.items if x.name == name), "organization")
            spans.add(Mention(acronym, m.start(), m.end(), kind, name))
    for m in lex.chunk.finditer(text):
        chunk = re.sub(r"^(?:The|During|In|On|At|For|With|From|By)[ \t]+", "", m.group(0))
        for part, start in _split_chunk(chunk, m.end() - len(chunk), lex):
            if _org_chunk(part, lex) and len(part.split()) >= 2:
                spans.add(Mention(part, start, start + len(part), "organization", part))
    persons = {m.name for m in spans.items if m.kind == "person" and len(m.name.split()) >= 2}
    surnames = {tok for name in persons for tok in (name.split()[0], name.split()[-1])}
    for mention in pending:
        if mention.name in surnames:
            spans.add(mention)
    if surnames:
        for m in re.finditer(rf"(?<![\w-])(?:{_alternation(surnames)})(?![\w-])", text):
            spans.add(Mention(m.group(0), m.start(), m.end(), "person", m.group(0)))
    return sorted(spans.items, key=lambda x: x.start)


def state_titles() -> frozenset[str]:
    """Titles (lower case) held for a state when no organization is named."""
    return lexicon().state_titles
