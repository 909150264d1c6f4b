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
from chancery.language.spans import Spans
from chancery.records import Mention

LANG = "ko"
_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SH", "XPN", "XSN", "SN"})
_INSIDE_TAGS = _NOUN_TAGS | {"NNB", "NR", "MAG", "XR"}
_DERIVING_SUFFIXES = frozenset("적들")
_HANGUL = re.compile(r"^[가-힣]+$")
_LATIN_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*)+$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]*[A-Z][A-Za-z0-9&-]*$")


@dataclass(frozen=True)
class _Lexicon:
    state_heads: frozenset[str]
    not_organizations: frozenset[str]
    attached: frozenset[str]
    compound_forms: dict[str, str]
    particles: tuple[str, ...]
    own_country: tuple[str, ...]
    surnames: dict[str, tuple[str, ...]]
    title_end: re.Pattern
    not_title_end: re.Pattern
    body_end: re.Pattern
    proper_end: re.Pattern
    generic_body: re.Pattern


def _ending(words) -> re.Pattern:
    """One pattern for "ends with one of these words" (longest first)."""
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"
    return re.compile(f"(?:{alternation})$")


@lru_cache(maxsize=None)
def lexicon() -> _Lexicon:
    """Korean titles, body endings and surnames (data/ko/*.yaml)."""
    titles = load("ko/titles.yaml")
    words = load("ko/lexicon.yaml")
    names = load("ko/names.yaml")
    return _Lexicon(
        state_heads=frozenset(titles["state_heads"]),
        not_organizations=frozenset(words.get("not_organizations", [])),
        attached=frozenset(words.get("attached_nouns", [])),
        compound_forms=dict(words.get("compound_forms", {})),
        particles=tuple(words.get("particles", [])),
        own_country=tuple(words.get("own_country", [])),
        surnames={k: tuple(v) for k, v in names["surnames"].items()},
        title_end=_ending(titles["heads"]),
        not_title_end=_ending(titles.get("not_titles", [])),
        body_end=_ending(words["organization_suffixes"]),
        proper_end=_ending(words.get("proper_suffixes", [])),
        generic_body=re.compile("(?:{})(?:{})$".format(
            "|".join(re.escape(g) for g in words.get("generic_modifiers", [])) or "(?!)",
            "|".join(re.escape(b) for b in words["organization_suffixes"] + words.get("generic_bodies", [])))),
    )


@lru_cache(maxsize=1)
def _kiwi():
    from kiwipiepy import Kiwi

    return Kiwi()


@dataclass(frozen=True)
class _Word:
    """Nouns written together, particles dropped; `original` is a Latin
    form bracketed right after it ("아줄레(Audrey Azoulay)", "유엔개발계획(UNDP)")."""

    text: str
    start: int
    end: int
    tags: tuple[str, ...]
    original: str | None = None


@dataclass(frozen=True)
class _Analysis:
    sentences: tuple[tuple[int, int], ...]
    phrases: tuple[tuple[_Word, ...], ...]
    glosses: dict[int, str]
    word_starts: frozenset[int]


_LATIN_BRACKET = re.compile(r"\(([A-Za-z][A-Za-z .,'’&-]{0,60})\)")
_BRACKET = re.compile(r"\(([^()\n]{1,80})\)")


@lru_cache(maxsize=2)
def _analyse(text: str) -> _Analysis:
    """Kiwi's sentences, and noun words grouped into phrases; computed once
    per text. A Latin bracket glued to a word stays inside the phrase as the
    word's original; any other bracket ends it, and its content is kept as
    a gloss of the word before it (`glosses`: word end -> content)."""
    latin = {m.start(): m for m in _LATIN_BRACKET.finditer(text)}
    glosses = {m.start(): m.group(1).strip() for m in _BRACKET.finditer(text) if m.start() not in latin}
    spans = []
    starts: set[int] = set()
    phrases: list[tuple[_Word, ...]] = []
    word: list = []
    phrase: list[_Word] = []
    original: list[str] = []

    def close_word():
        if word:
            first, last = word[0], word[-1]
            phrase.append(_Word(text[first.start:last.start + last.len], first.start, last.start + last.len,
                                tuple(t.tag for t in word), original[0] if original else None))
            word.clear()
            original.clear()

    def close_phrase():
        close_word()
        if phrase:
            phrases.append(tuple(phrase))
            phrase.clear()

    for sentence in _kiwi().split_into_sents(text, return_tokens=True):
        for line in re.finditer(r"[^\n]+", text[sentence.start:sentence.end]):
            if text[sentence.start + line.start():sentence.start + line.end()].strip():
                spans.append((sentence.start + line.start(), sentence.start + line.end()))
        previous_end = None
        skip_to = -1
        for token in sentence.tokens:
            starts.add(token.start)
            if token.start < skip_to:
                continue
            glued = previous_end is not None and token.start == previous_end
            if glued and token.start in latin and word:
                original.append(latin[token.start].group(1).strip())
                previous_end = skip_to = latin[token.start].end()
                close_word()
                continue
            if glued and token.tag in _INSIDE_TAGS and not original or not glued and token.tag in _NOUN_TAGS:
                if previous_end is not None and not glued:
                    close_word()
                    if text[previous_end:token.start].strip(" "):
                        close_phrase()
                word.append(token)
                previous_end = token.start + token.len
                continue
            close_phrase()
            previous_end = None
        close_phrase()
    return _Analysis(tuple(spans), tuple(phrases), glosses, frozenset(starts))


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, as Kiwi splits them."""
    return list(_analyse(text).sentences)


def word_starts(text: str) -> frozenset[int]:
    """Offsets where Kiwi's morphemes begin."""
    return _analyse(text).word_starts


def _title_head(word: str, lex: _Lexicon) -> str | None:
    """The title a word ends in ("공공외교정책과장" -> 과장), if any."""
    if lex.not_title_end.search(word):
        return None
    found = lex.title_end.search(word)
    return found.group() if found else None


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
    if lex.generic_body.fullmatch(text):
        return False
    ending = lex.body_end.search(text)
    if ending and len(text) > len(ending.group()) + 1:
        return True
    return "NNP" in word.tags and len(text) >= 3 and lex.proper_end.search(text) is not None


def _korean_name(text: str, lex: _Lexicon) -> bool:
    """Shaped like a Korean name: a surname and one or two syllables."""
    return _HANGUL.match(text) is not None and (
        len(text) in (2, 3) and text[:1] in lex.surnames or len(text) in (3, 4) and text[:2] in lex.surnames)


def _ordinary(word: _Word, lex: _Lexicon) -> bool:
    """A known body, country, city or title: not a person's name."""
    return (_known(word.text, lex) is not None or _body(word, lex) or _title_head(word.text, lex) is not None
            or word.text in gazetteer(LANG).cities)


def _name_kind(word: _Word, lex: _Lexicon) -> str | None:
    """"korean" for a word read as a Korean full name, "foreign" for a proper
    noun in Hangul that may be part of a foreign name, else None. A common
    noun the tagger knows as one word ("전문가") is no name, nor a
    two-syllable word it does not read as a proper noun ("정책")."""
    derived = word.tags[-1] == "XSN" and word.text[-1] in _DERIVING_SUFFIXES
    if _HANGUL.match(word.text.replace(" ", "")) is None or derived or _ordinary(word, lex):
        return None
    if _korean_name(word.text, lex) and (len(word.tags) > 1 and word.tags[0] != "XPN" or word.tags == ("NNP",)):
        return "korean"
    if set(word.tags) == {"NNP"} and len(word.text) > 1:
        return "foreign"
    return None


def _name_like(word: _Word, lex: _Lexicon) -> bool:
    return _name_kind(word, lex) is not None


@dataclass
class _Person:
    words: tuple[_Word, ...]
    title: str | None = None
    title_of: str | None = None

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def english(self) -> str | None:
        original = self.words[-1].original
        return original if original and _LATIN_NAME.match(original) and not _ACRONYM.match(original) else None


def _org_name(words: tuple[_Word, ...], lex: _Lexicon) -> str | None:
    """The canonical name of a body named by these words, if they name one."""
    text = " ".join(w.text for w in words)
    entry = _known(text, lex)
    if entry is not None:
        return entry.name if entry.kind == "organization" else None
    if len(words) == 1 and _body(words[0], lex):
        return text
    return None


def _title_of(body: tuple[_Word, ...], head: _Word, before: str | None, lex: _Lexicon) -> str | None:
    """Whom a title is held for: the body named in it, else the body the
    phrase is bracketed after; None for a state's title (see `state_title`)."""
    if state_title(head.text):
        return None
    for k in range(len(body), 0, -1):
        for i in range(len(body) - k, -1, -1):
            if name := _org_name(body[i:i + k], lex):
                return name
    return before


def _titled(phrase: tuple[_Word, ...], lex: _Lexicon, before: str | None = None) -> list[_Person]:
    """Persons named with a title in one phrase: the name before the title
    ("정의용 외교부 장관", "전주시 김승수 시장") or right after it ("청장 최응천").
    `before` is the body the phrase is bracketed after ("센터(사무총장 금기형)")."""
    persons = []
    used: set[int] = set()
    for t, head in enumerate(phrase):
        if _title_head(head.text, lex) is None or t in used:
            continue
        j = t - 1
        while j >= 0 and j not in used and not _name_like(phrase[j], lex):
            j -= 1
        if j >= 0 and j not in used:
            first = j
            while (first - 1 >= 0 and first - 1 not in used and _name_like(phrase[first - 1], lex)
                   and _name_kind(phrase[j], lex) == "foreign"):
                first -= 1
            leading = tuple(w for w in phrase[:first] if _org_name((w,), lex) or w.text.startswith("주"))
            body = leading + phrase[j + 1:t]
            name_words, last = phrase[first:j + 1], j
        else:
            last = t + 1
            while last < len(phrase) and _name_like(phrase[last], lex):
                last += 1
            first, last = t + 1, last - 1
            body, name_words = phrase[:t], phrase[first:last + 1]
            if not name_words:
                continue
        title = " ".join(w.text for w in (*body, head))
        used.update(range(min(first, t), max(last, t) + 1))
        persons.append(_Person(tuple(name_words), title, _title_of(body, head, before, lex)))
    return persons


def find_mentions(text: str) -> list[Mention]:
    """Persons (with titles), bodies and countries named in a Korean text."""
    lex = lexicon()
    analysis = _analyse(text)
    found = Spans()
    persons: list[_Person] = []
    aliases: dict[str, str] = {}
    body_before: dict[int, str] = {}
    for phrase in analysis.phrases:
        persons.extend(_titled(phrase, lex, body_before.get(phrase[0].start - 1)))
        for k in range(len(phrase)):
            word = phrase[k]
            org = next((n for i in range(max(0, k - 3), k + 1) if (n := _org_name(phrase[i:k + 1], lex))), None)
            if org and word.original:
                aliases[word.original] = org
            elif word.original and _name_like(word, lex) and not any(word in p.words for p in persons):
                named = phrase[k - 1:k + 1] if k and _name_like(phrase[k - 1], lex) else (word,)
                persons.append(_Person(named))
            gloss = analysis.glosses.get(word.end)
            if org and gloss is not None:
                body_before[word.end] = org
                if _title_head(gloss.split()[0], lex) is None and "," not in gloss:
                    aliases[gloss] = org
    full = _person_names(persons, lex)
    for person in persons:
        if person.text not in full:
            continue
        start, end = person.words[0].start, person.words[-1].end
        found.add(Mention(text[start:end], start, end, "person", full[person.text], person.title, person.title_of))
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
        elif len(p.text.split()) > 1 or _korean_name(p.text, lex):
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


def _named_again(text: str, analysis: _Analysis, full: dict[str, str], found: Spans) -> None:
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


def _body_start(phrase: tuple[_Word, ...], i: int, lex: _Lexicon) -> int:
    """Where a body named by its ending (word `i`) begins: back at the word
    just before it when that is a known body ("UNDP 서울정책센터",
    "행정안전부 국가기록원"), else at the word itself."""
    if i > 0 and (entry := _known(phrase[i - 1].text, lex)) is not None and entry.kind == "organization":
        return i - 1
    return i


def _bodies(text: str, analysis: _Analysis, aliases: dict[str, str], found: Spans, lex: _Lexicon) -> None:
    """Bodies and countries: the gazetteer's, those named by their ending,
    acronyms the text defines, one-syllable compounds ("한-") and "우리 정부".
    A gazetteer form the tagger splits ("한위는") still counts when a whole
    word is the form and a particle.
    A country naming where a city is ("미국 뉴욕") is a place, not an actor."""
    cities = gazetteer(LANG).cities
    places: set[int] = set()
    for phrase in analysis.phrases:
        i = 0
        while i < len(phrase):
            for n in range(min(4, len(phrase) - i), 0, -1):
                words = phrase[i:i + n]
                form = " ".join(w.text for w in words)
                start, end = words[0].start, words[-1].end
                entry = _known(form, lex)
                if entry is not None:
                    place = entry.kind == "country" and i + n < len(phrase) and phrase[i + n].text in cities
                    if place:
                        places.add(start)
                    else:
                        found.add(Mention(text[start:end], start, end, entry.kind, entry.name))
                    break
                if form in aliases:
                    found.add(Mention(text[start:end], start, end, "organization", aliases[form]))
                    break
                if n == 1 and _body(words[0], lex):
                    start = phrase[_body_start(phrase, i, lex)].start
                    found.items[:] = [m for m in found.items if not (start <= m.start and m.end <= end
                                                                     and m.kind != "person")]
                    found.add(Mention(text[start:end], start, end, "organization", text[start:end]))
                    break
            else:
                n = 1
            i += n
    tail = "|".join(sorted(lex.particles, key=len, reverse=True))
    for m in re.finditer(rf"(?<![^\s(\[‘'\"“·,])({gazetteer(LANG).pattern.pattern})(?=(?:{tail})?(?:[\s.,)\]’'\"”·]|$))", text):
        entry = gazetteer(LANG).entries[m.group(1)]
        if m.start(1) not in places:
            found.add(Mention(m.group(1), m.start(1), m.end(1), entry.kind, entry.name))
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
