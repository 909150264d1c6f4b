"""Korean: sentences, persons with their titles, bodies and countries.

Kiwi (kiwipiepy; its model ships in kiwipiepy-model) analyses a text once:
its sentences and morphemes. Nouns written together make a word, particles
dropped ("외교부는" -> 외교부); words with only spaces between make a phrase
("정의용 외교부 장관"). In a phrase a word ending in a title
(data/ko/titles.yaml) names a person beside it: before it ("정의용 외교부
장관") or after it ("청장 최응천"); the nouns between name the body the title
belongs to. A bracketed original gives the English form ("오드레
아줄레(Audrey Azoulay)") or an acronym ("국제기록유산센터(ICDH)"). A surname
alone before a title ("정 장관"), or a foreign family name ("아줄레
사무총장"), refers back to the full name. Bodies come from the gazetteer and
from words ending like one ("행정안전부", "국제무예센터"; data/ko/lexicon.yaml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chancery.language.data import load
from chancery.language.gazetteer import Entry, gazetteer
from chancery.records import Mention

LANG = "ko"
_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XPN", "XSN", "SN"})
_HANGUL = re.compile(r"^[가-힣]+$")
_LATIN_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*)+$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*$")


@dataclass(frozen=True)
class _Lexicon:
    heads: tuple[str, ...]
    state_heads: frozenset[str]
    not_titles: frozenset[str]
    suffixes: tuple[str, ...]
    proper_suffixes: tuple[str, ...]
    not_organizations: frozenset[str]
    attached: frozenset[str]
    compound_forms: dict[str, str]
    own_country: tuple[str, ...]
    surnames: dict[str, tuple[str, ...]]


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    """Korean titles, body endings and surnames (data/ko/*.yaml)."""
    titles = load("ko/titles.yaml")
    words = load("ko/lexicon.yaml")
    names = load("ko/names.yaml")
    return _Lexicon(
        heads=tuple(sorted(titles["heads"], key=len, reverse=True)),
        state_heads=frozenset(titles["state_heads"]),
        not_titles=frozenset(titles.get("not_titles", [])),
        suffixes=tuple(sorted(words["organization_suffixes"], key=len, reverse=True)),
        proper_suffixes=tuple(words.get("proper_suffixes", [])),
        not_organizations=frozenset(words.get("not_organizations", [])),
        attached=frozenset(words.get("attached_nouns", [])),
        compound_forms=dict(words.get("compound_forms", {})),
        own_country=tuple(words.get("own_country", [])),
        surnames={k: tuple(v) for k, v in names["surnames"].items()},
    )


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


@dataclass(frozen=True)
class _Word:
    """Nouns written together, particles dropped."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]


@dataclass(frozen=True)
class _Analysis:
    sentences: tuple[tuple[int, int], ...]
    phrases: tuple[tuple[_Word, ...], ...]
    brackets: dict[int, tuple[int, int]]


@lru_cache(maxsize=8)
def _analyse(text: str) -> _Analysis:
    """Kiwi's sentences, and noun words grouped into phrases; computed once per text."""
    lex = lexicon()
    spans = []
    phrases: list[list[_Word]] = []
    word: list = []
    phrase: list[_Word] = []

    def close_word():
        if word:
            first, last = word[0], word[-1]
            phrase.append(_Word(text[first.start:last.start + last.len], first.start,
                                last.start + last.len, tuple(t.tag for t in word)))
            word.clear()

    def close_phrase():
        close_word()
        if phrase:
            phrases.append(tuple(phrase))
            phrase.clear()

    for sentence in _kiwi().split_into_sents(text, return_tokens=True):
        spans.append((sentence.start, sentence.end))
        previous_end = None
        for token in sentence.tokens:
            nounish = token.tag in _NOUN_TAGS or (token.tag == "NNB" and token.form in lex.attached)
            if not nounish:
                close_phrase()
                previous_end = None
                continue
            if previous_end is not None and token.start != previous_end:
                close_word()
                if text[previous_end:token.start].strip():
                    close_phrase()
            word.append(token)
            previous_end = token.start + token.len
        close_phrase()
    brackets = {m.start(): (m.end(), m.start()) for m in re.finditer(r"\(([^()\n]{1,80})\)", text)}
    return _Analysis(tuple(spans), tuple(phrases), brackets)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, as Kiwi splits them."""
    return list(_analyse(text).sentences)


def _title_head(word: str, lex: _Lexicon) -> str | None:
    if word in lex.not_titles or any(word.endswith(n) for n in lex.not_titles):
        return None
    return next((h for h in lex.heads if word.endswith(h)), None)


def _known(word: str, lex: _Lexicon) -> Entry | None:
    """A gazetteer entry for the word, also with a trailing "정부", "측"."""
    entries = gazetteer(LANG).entries
    if word in entries:
        return entries[word]
    english = gazetteer("en").entries
    if word in english and re.search(r"[A-Za-z]", word):
        return english[word]
    for noun in lex.attached:
        if word.endswith(noun) and word[: -len(noun)].strip() in entries:
            return entries[word[: -len(noun)].strip()]
    return None


def _body(word: _Word, lex: _Lexicon) -> bool:
    """Whether a word names a body by its ending."""
    text = word.text
    if text in lex.not_organizations or not _HANGUL.match(text.replace(" ", "")):
        return False
    if any(text.endswith(s) and len(text) > len(s) + 1 for s in lex.suffixes):
        return True
    return "NNP" in word.tags and any(text.endswith(s) and len(text) >= 3 for s in lex.proper_suffixes)


def _korean_name(text: str, lex: _Lexicon) -> bool:
    return 2 <= len(text) <= 4 and _HANGUL.match(text) is not None and (
        text[:1] in lex.surnames or text[:2] in lex.surnames)


def _name_like(word: _Word, lex: _Lexicon) -> bool:
    """A proper noun in Hangul that is no known body, country or title."""
    return (_HANGUL.match(word.text) is not None and set(word.tags) <= {"NNP"}
            and _known(word.text, lex) is None and not _body(word, lex) and _title_head(word.text, lex) is None)


@dataclass
class _Person:
    words: tuple[_Word, ...]
    title: str | None = None
    title_of: str | None = None
    english: str | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


class _Found:
    """Mentions found so far, without overlaps."""

    def __init__(self) -> None:
        self.items: list[Mention] = []

    def free(self, start: int, end: int) -> bool:
        return all(m.end <= start or m.start >= end for m in self.items)

    def add(self, mention: Mention) -> None:
        if self.free(mention.start, mention.end):
            self.items.append(mention)


def _bracket_after(text: str, analysis: _Analysis, end: int) -> str | None:
    """The content of a bracket written right after position `end`."""
    close = analysis.brackets.get(end)
    return text[end + 1:close[0] - 1].strip() if close else None


def _org_name(words: tuple[_Word, ...], lex: _Lexicon) -> str | None:
    """The canonical name of a body named by these words, if they name one."""
    text = " ".join(w.text for w in words)
    entry = _known(text, lex)
    if entry is not None:
        return entry.name
    if len(words) == 1 and _body(words[0], lex):
        return text
    return None


def _titled(phrase: tuple[_Word, ...], lex: _Lexicon, before: str | None = None,
            named: "_Person | None" = None) -> list[_Person]:
    """Persons named with a title in one phrase. `before` is the body a
    bracketed phrase follows ("센터(사무총장 금기형)"); `named` the person
    whose bracketed original the phrase follows ("아줄레(Audrey Azoulay)
    유네스코 사무총장")."""
    persons = []
    used: set[int] = set()
    for t, word in enumerate(phrase):
        head = _title_head(word.text, lex)
        if head is None or t in used:
            continue
        j = t - 1
        while j >= 0 and j not in used and not _name_like(phrase[j], lex):
            j -= 1
        leading: tuple[_Word, ...] = ()
        if j >= 0 and j not in used:
            first = j
            while (first - 1 >= 0 and first - 1 not in used and _name_like(phrase[first - 1], lex)
                   and not _korean_name(phrase[j].text, lex)):
                first -= 1
            name_words = phrase[first:j + 1]
            leading = phrase[:first]
            body = leading + phrase[j + 1:t]
        else:
            last = t + 1
            while last < len(phrase) and _name_like(phrase[last], lex):
                last += 1
            first, j = t + 1, last - 1
            body = phrase[:t]
            name_words = phrase[first:last]
        if leading and not any(_org_name((w,), lex) for w in leading):
            body = phrase[j + 1:t]
        title = " ".join(w.text for w in (*body, word))
        of = None
        if not state_title(word.text):
            of = next((n for w in reversed(body) if (n := _org_name((w,), lex))), None)
            of = of or (_org_name(body, lex) if len(body) > 1 else None) or before
        if not name_words:
            if named is not None:
                named.title, named.title_of = title, of
                named = None
            continue
        used.update(range(min(first, t), max(j, t) + 1))
        persons.append(_Person(tuple(name_words), title, of))
    return persons


def _original(inside: str | None) -> str | None:
    """A bracket's content when it is a name in Latin letters, not an acronym."""
    if inside and _LATIN_NAME.match(inside) and not _ACRONYM.match(inside):
        return inside
    return None


def _after_space(text: str, at: int) -> int:
    return at + len(text[at:]) - len(text[at:].lstrip(" "))


def find_mentions(text: str) -> list[Mention]:
    """Persons (with titles), bodies and countries named in a Korean text."""
    lex = lexicon()
    analysis = _analyse(text)
    found = _Found()
    persons: list[_Person] = []
    aliases: dict[str, str] = {}
    body_before: dict[int, str] = {}
    named_before: dict[int, _Person] = {}
    for phrase in analysis.phrases:
        at = phrase[0].start
        titled = _titled(phrase, lex, body_before.get(at), named_before.get(at))
        for person in titled:
            person.english = _original(_bracket_after(text, analysis, person.words[-1].end))
        persons.extend(titled)
        last = phrase[-1]
        inside = _bracket_after(text, analysis, last.end)
        if inside is None:
            continue
        close = analysis.brackets[last.end][0]
        org = next((n for k in (3, 2, 1) if (n := _org_name(phrase[-k:], lex))), None)
        if org is not None:
            body_before[_after_space(text, last.end + 1)] = org
            for form in re.split(r"\s*[,;/]\s*", inside):
                if form and not _title_head(form.split()[0], lex):
                    aliases[form] = org
            continue
        english = _original(inside)
        words = [w for w in phrase if _name_like(w, lex)]
        if english and words and words[-1] is last and not any(p.words[-1] is last for p in titled):
            person = _Person(tuple(words[-1:] if _korean_name(last.text, lex) else words[-2:]), english=english)
            persons.append(person)
            named_before[_after_space(text, close)] = person
    full = _person_names(persons, lex)
    for person in persons:
        name = full.get(person.text, person.text)
        start, end = person.words[0].start, person.words[-1].end
        found.add(Mention(text[start:end], start, end, "person", name, person.title, person.title_of))
    _named_again(text, analysis, full, found)
    _bodies(text, analysis, aliases, found, lex)
    return sorted(found.items, key=lambda m: m.start)


def _person_names(persons: list[_Person], lex: _Lexicon) -> dict[str, str]:
    """Each form a person is named by -> the person's name (the English
    original when the text brackets one): full names, and the short forms
    (a Korean surname, a foreign family name) that stand for exactly one."""
    full: dict[str, str] = {}
    for p in persons:
        if p.english:
            full[p.text] = p.english
        elif len(p.words) > 1 or _korean_name(p.text, lex):
            full.setdefault(p.text, p.text)
    short: dict[str, set[str]] = {}
    for form, name in list(full.items()):
        parts = form.split()
        keys = [parts[-1]] if len(parts) > 1 else [form[:1], form[:2]] if _korean_name(form, lex) else []
        for key in keys:
            if key != form:
                short.setdefault(key, set()).add(name)
    for key, names in short.items():
        if len(names) == 1 and key not in full:
            full[key] = next(iter(names))
    return full


def _named_again(text: str, analysis: _Analysis, full: dict[str, str], found: _Found) -> None:
    """Known names met again without a title ("아줄레는")."""
    for phrase in analysis.phrases:
        for i, word in enumerate(phrase):
            for n in (3, 2, 1):
                words = phrase[i:i + n]
                form = " ".join(w.text for w in words)
                if len(words) == n and form in full and (n > 1 or len(form) > 1):
                    found.add(Mention(text[words[0].start:words[-1].end], words[0].start, words[-1].end,
                                      "person", full[form]))
                    break


def _bodies(text: str, analysis: _Analysis, aliases: dict[str, str], found: _Found, lex: _Lexicon) -> None:
    """Bodies and countries: the gazetteer's, those named by their ending,
    acronyms the text defines, one-syllable compounds ("한-") and "우리 정부"."""
    for phrase in analysis.phrases:
        i = 0
        while i < len(phrase):
            for n in range(min(4, len(phrase) - i), 0, -1):
                words = phrase[i:i + n]
                form = " ".join(w.text for w in words)
                start, end = words[0].start, words[-1].end
                entry = _known(form, lex)
                if entry is not None:
                    found.add(Mention(text[start:end], start, end, entry.kind, entry.name))
                    break
                if form in aliases:
                    found.add(Mention(text[start:end], start, end, "organization", aliases[form]))
                    break
                if n == 1 and _body(words[0], lex):
                    first = i
                    while first > 0 and any(_known(" ".join(w.text for w in phrase[k:first]), lex)
                                            for k in range(first)):
                        first -= 1
                        if _known(phrase[first].text, lex):
                            break
                    if first < i and not _known(phrase[first].text, lex):
                        first = i
                    start = phrase[first].start
                    found.items[:] = [m for m in found.items if not (start <= m.start and m.end <= end
                                                                     and m.kind != "person")]
                    found.add(Mention(text[start:end], start, end, "organization", text[start:end]))
                    break
            else:
                n = 1
            i += n
    for form, name in lex.compound_forms.items():
        for m in re.finditer(rf"(?<![가-힣]){re.escape(form)}(?=\s?[-·‧]\s?\S)", text):
            found.add(Mention(form, m.start(), m.end(), "country", name))
    own = gazetteer(LANG).entries.get("대한민국")
    if own is not None:
        for form in lex.own_country:
            for m in re.finditer(re.escape(form), text):
                found.add(Mention(form, m.start(), m.end(), "country", own.name))


def state_title(title: str) -> bool:
    """Whether a title is held for a state (장관, 차관, 대통령…)."""
    return any(title.endswith(h) for h in lexicon().state_heads)
