"""Dates in text as ISO 8601 at the precision the text gives.

`find_dates` returns every date expression in a text with its span and ISO
form: `2018-06-27`, `2018-11`, `2018`, `--07-25` when no year is known,
`A/B` for ranges. A missing year comes from the publication date; weekdays
and relative words ("last year", "on Monday") are resolved against it with
dateparser, the language pinned.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser

from chancery.language.data import load


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    iso: str
    anaphoric: bool = False


@dataclass(frozen=True)
class _Grammar:
    month_of: dict[str, int]
    pattern: re.Pattern
    weekdays: tuple[str, ...]
    relative_years: dict[str, int]
    relative_days: dict[str, int]
    relative_weeks: dict[str, int]
    year_modifier: re.Pattern


@lru_cache(maxsize=None)
def _data(lang: str) -> dict | None:
    try:
        return load(f"{lang}/dates.yaml")
    except FileNotFoundError:
        return None


@lru_cache(maxsize=None)
def _grammar(lang: str) -> _Grammar | None:
    data = _data(lang)
    if data is None or "months" not in data:
        return None
    month_of = {}
    for number, names in data["months"].items():
        for name in names:
            month_of[name.lower()] = int(number)
            month_of[name.lower() + "."] = int(number)
    months = "|".join(sorted((re.escape(n) for n in month_of), key=len, reverse=True))
    rng = "|".join(re.escape(w) for w in data["range_words"])
    day = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    weekdays = tuple(data["weekdays"])
    rel_years = {k.lower(): int(v) for k, v in data.get("relative_years", {}).items()}
    rel_days = {k.lower(): int(v) for k, v in data.get("relative_days", {}).items()}
    rel_weeks = {k.lower(): int(v) for k, v in data.get("relative_weeks", {}).items()}
    since = "|".join(re.escape(w) for w in data.get("since_words", [])) or "(?!)"
    alternatives = [
        rf"(?P<iso>{year})-(?P<isom>[01]\d)-(?P<isod>[0-3]\d)",
        rf"(?P<dd>[0-3]?\d)\.(?P<dm>[01]?\d)\.(?P<dy>{year})",
        rf"(?P<ky>{year})[./][ ]?(?P<km>[01]?\d)[./][ ]?(?P<kd>[0-3]?\d)\b",
        rf"(?:from\s+)?(?P<d1>{day})(?:\s*(?:{rng})\s*(?P<d2>{day}))?\s+(?P<m1>{months})(?:,?\s+(?P<y1>{year}))?\b",
        rf"(?P<m2>{months})\s+(?P<d3>{day})(?:\s*(?:{rng})\s*(?P<d4>{day}))?\b(?:,?\s+(?P<y2>{year}))?",
        rf"(?P<m3>{months})\s+(?:of\s+)?(?P<y3>{year})",
        rf"\b(?:in|since|during|until|early|late)\s+(?P<m4>{months})\b(?!\s+\d)",
        rf"(?P<y4>{year})\s*(?:-|–|to)\s*(?P<y5>{year}|\d\d)\b",
        rf"\b(?:through|until|till)\s+(?P<y7>{year})\b",
        rf"(?P<y6>{year})\b",
        r"(?P<wd>" + "|".join(weekdays) + r")\b",
        r"(?P<ry>" + "|".join(re.escape(k) for k in rel_years) + r")\b",
        r"\b(?P<rd>" + "|".join(re.escape(k) for k in rel_days) + r")\b",
        rf"(?:(?P<since>{since})\s+)?\b(?P<rw>" + "|".join(re.escape(k) for k in rel_weeks or {"(?!)": 0}) + r")\b",
    ]
    pattern = re.compile(r"\b(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE)
    modifiers = "|".join(re.escape(w) for w in data.get("year_modifier_words", []))
    words = rf"\b(?i:{modifiers})|" if modifiers else ""
    keep = [*data.get("year_prepositions", []), *(n.capitalize() for names in data["months"].values() for n in names)]
    named = rf"|\b(?!(?:{'|'.join(re.escape(w) for w in keep)})\b)[A-Z][a-z]+" if keep else ""
    year_modifier = re.compile(rf"(?:{words}\b[A-Z]{{2,}}{named})[^\S\n]+$")
    return _Grammar(month_of, pattern, weekdays, rel_years, rel_days, rel_weeks, year_modifier)


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    if year is None:
        if month is None:
            return ""
        return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
    if month is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"


def _num(text: str | None) -> int | None:
    return int(re.sub(r"\D", "", text)) if text else None


def parse_published(value: str | None) -> dt.date | None:
    """The publication date as a date, when it is a full ISO date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _relative(expression: str, lang: str, published: dt.date) -> dt.date | None:
    base = dt.datetime.combine(published, dt.time(12))
    parsed = dateparser.parse(
        expression,
        languages=[lang],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


def _match_iso(m: re.Match, g: _Grammar, lang: str, published: dt.date | None, pub_year: int | None) -> str:
    if m.group("iso"):
        return f"{m.group('iso')}-{m.group('isom')}-{m.group('isod')}"
    if m.group("ky"):
        return _iso(int(m.group("ky")), int(m.group("km")), int(m.group("kd")))
    if m.group("dy"):
        return _iso(int(m.group("dy")), int(m.group("dm")), int(m.group("dd")))
    month_name = m.group("m1") or m.group("m2")
    if month_name:
        month = g.month_of[month_name.lower()]
        first = _num(m.group("d1") or m.group("d3"))
        last = _num(m.group("d2") or m.group("d4"))
        year = _num(m.group("y1") or m.group("y2")) or pub_year
        start = _iso(year, month, first)
        return f"{start}/{_iso(year, month, last)}" if last and last > (first or 0) else start
    if m.group("m3"):
        return _iso(int(m.group("y3")), g.month_of[m.group("m3").lower()])
    if m.group("m4"):
        return _iso(pub_year, g.month_of[m.group("m4").lower()])
    if m.group("y4"):
        first, last = m.group("y4"), m.group("y5")
        if len(last) == 2:
            last = first[:2] + last
        return f"{first}/{last}" if int(last) > int(first) else first
    if m.group("y7"):
        last = int(m.group("y7"))
        return f"{pub_year}/{last}" if pub_year and last > pub_year else str(last)
    if m.group("y6"):
        return m.group("y6")
    if published is None:
        return ""
    if m.group("ry"):
        return str(published.year + g.relative_years[m.group("ry").lower()])
    if m.group("rw"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=g.relative_weeks[m.group("rw").lower()])
        return _covering(monday, published if m.group("since") else monday + dt.timedelta(days=6))
    if m.group("wd"):
        back = (published.weekday() - g.weekdays.index(m.group("wd").capitalize())) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    day = _relative(m.group("rd"), lang, published)
    return day.isoformat() if day else ""


def _covering(first: dt.date, last: dt.date) -> str:
    """The finest month or year holding a span of days: a week is no day
    ("last week" -> "2016-05"; "since last week", up to a publication in
    June, -> "2016")."""
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month)
    return _iso(first.year) if first.year == last.year else f"{first.year:04d}/{last.year:04d}"


@dataclass(frozen=True)
class _UnitGrammar:
    pattern: re.Pattern
    relative_years: dict[str, int]
    relative_months: dict[str, int]
    past: frozenset[str]


@lru_cache(maxsize=None)
def _unit_grammar(lang: str) -> _UnitGrammar | None:
    """Dates written as numbers with unit words (Korean 년/월/일) or dotted."""
    data = _data(lang)
    if data is None or "units" not in data:
        return None
    y, mo, d = (re.escape(data["units"][k]) for k in ("year", "month", "day"))
    rng = "|".join(re.escape(w) for w in data["range_words"])
    weekday = rf"(?:\s*\((?:{'|'.join(data['weekdays'])})\))?"
    rel_years = data.get("relative_years", {})
    rel_months = data.get("relative_months", {})
    words = lambda items: "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))  # noqa: E731
    year = r"(?:1[89]\d\d|20\d\d)"
    alternatives = [
        rf"(?P<dy>{year})\.\s?(?P<dm>1[0-2]|0?[1-9])\.\s?(?P<dd>3[01]|[12]\d|0?[1-9])\.?{weekday}",
        rf"(?<![\d.])(?P<pm>1[0-2]|0?[1-9])\.(?P<pd>3[01]|[12]\d|0?[1-9])(?:\.|{d}|(?=\s*\())(?!\d){weekday}"
        rf"(?:\s*(?:{rng})\s*(?P<pm2>1[0-2]|0?[1-9])\.(?P<pd2>3[01]|[12]\d|0?[1-9])\.?{weekday})?",
        rf"(?:(?P<ry>{words(rel_years)})\s*)?(?:(?P<rm>{words(rel_months)})\s*)?"
        rf"(?:(?P<side>{words(data.get('past_words', []) + data.get('future_words', []))})\s+)?"
        rf"(?:(?P<y>{year})\s*{y}\s*)?(?:(?P<m>1[0-2]|0?[1-9])\s*{mo}\s*)?(?P<d>3[01]|[12]\d|0?[1-9])\s*{d}{weekday}"
        rf"(?:\s*(?:{rng})\s*(?:(?P<m2>1[0-2]|0?[1-9])\s*{mo}\s*)?(?P<d2>3[01]|[12]\d|0?[1-9])\s*{d}{weekday})?",
        rf"(?:(?P<ry2>{words(rel_years)})\s*)?(?:(?P<y2>{year})\s*{y}\s*)?(?P<m3>1[0-2]|0?[1-9])\s*{mo}(?!\s*\d)",
        rf"(?P<y3>{year})\s*(?:-|~|–)\s*(?P<y4>{year}|\d\d)\s*{y}",
        rf"(?P<y5>{year})\s*{y}",
        rf"(?P<ry3>{words(rel_years)})",
        rf"(?P<rm2>{words(rel_months)})",
    ]
    pattern = re.compile("|".join(f"(?:{a})" for a in alternatives))
    return _UnitGrammar(pattern, {k: int(v) for k, v in rel_years.items()},
                        {k: int(v) for k, v in rel_months.items()}, frozenset(data.get("past_words", [])))


def _shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def _unit_iso(m: re.Match, g: _UnitGrammar, published: dt.date | None, pub_year: int | None) -> str:
    if m.group("dy"):
        return _iso(int(m.group("dy")), int(m.group("dm")), int(m.group("dd")))
    if m.group("pm"):
        start = _iso(pub_year, int(m.group("pm")), int(m.group("pd")))
        if m.group("pm2"):
            last = _iso(pub_year, int(m.group("pm2")), int(m.group("pd2")))
            return f"{start}/{last}" if last > start else start
        return start
    relative_year = m.group("ry") or m.group("ry2") or m.group("ry3")
    year = int(y) if (y := m.group("y") or m.group("y2") or m.group("y5")) else None
    if year is None and relative_year:
        year = pub_year + g.relative_years[relative_year] if pub_year else None
    elif year is None:
        year = pub_year
    if m.group("y3"):
        first, last = m.group("y3"), m.group("y4")
        last = first[:2] + last if len(last) == 2 else last
        return f"{first}/{last}" if int(last) > int(first) else first
    if m.group("y5"):
        return m.group("y5")
    if m.group("ry3"):
        return str(year) if year else ""
    relative_month = m.group("rm") or m.group("rm2")
    if relative_month and published is not None:
        year, month = _shift_month(published.year, published.month, g.relative_months[relative_month])
    elif relative_month:
        return ""
    else:
        month = int(mo) if (mo := m.group("m") or m.group("m3")) else None
    if m.group("rm2") or m.group("m3"):
        return _iso(year, month)
    day, last_day = int(m.group("d")), int(m.group("d2")) if m.group("d2") else None
    if month is None:
        if published is None:
            return ""
        year, month = published.year, published.month
        if m.group("side") in g.past and day > published.day:
            year, month = _shift_month(year, month, -1)
        elif m.group("side") and m.group("side") not in g.past and day < published.day:
            year, month = _shift_month(year, month, 1)
    start = _iso(year, month, day)
    if last_day:
        last = _iso(year, int(m.group("m2")) if m.group("m2") else month, last_day)
        return f"{start}/{last}" if last > start else start
    return start


@lru_cache(maxsize=None)
def _words(lang: str, key: str) -> re.Pattern | None:
    """The words of `key` in data/<lang>/dates.yaml (a list, or a mapping's
    keys) as one pattern, longest first; None when the language has none."""
    words = (_data(lang) or {}).get(key) or []
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.IGNORECASE)


def _shift_day(iso: str, days: int) -> str:
    if iso.startswith("--"):
        day = dt.date(2000, int(iso[2:4]), int(iso[5:7])) + dt.timedelta(days=days)
        return f"--{day.month:02d}-{day.day:02d}"
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _anaphoric_days(text: str, found: list[DateMention], lang: str) -> list[DateMention]:
    """Dates of "이날", "the same day", "the next day": the last day named
    before them, shifted by the word's offset (`anaphoric_days` in
    data/<lang>/dates.yaml)."""
    pattern = _words(lang, "anaphoric_days")
    if pattern is None:
        return found
    offsets = {k.lower(): int(v) for k, v in _data(lang)["anaphoric_days"].items()}
    out = list(found)
    for m in pattern.finditer(text):
        days = sorted((d for d in out if d.end <= m.start() and _is_day(d.iso)), key=lambda d: d.start)
        if days and not any(d.start <= m.start() < d.end for d in found):
            last = days[-1].iso.split("/")
            base = last[-1] if offsets[m.group(0).lower()] > 0 else last[0]
            out.append(DateMention(m.start(), m.end(), _shift_day(base, offsets[m.group(0).lower()]), True))
    return sorted(out, key=lambda d: d.start)


def _is_day(iso: str) -> bool:
    first = iso.split("/")[0]
    return len(first) == 10 or (first.startswith("--") and len(first) == 7)


def _anaphoric_periods(text: str, found: list[DateMention], lang: str) -> list[DateMention]:
    """Dates of "같은 기간", "the same period": the last range of days named
    before them (`anaphoric_periods` in data/<lang>/dates.yaml)."""
    pattern = _words(lang, "anaphoric_periods")
    if pattern is None:
        return found
    out = list(found)
    for m in pattern.finditer(text):
        ranges = [d for d in found if d.end <= m.start() and "/" in d.iso and _is_day(d.iso)]
        if ranges:
            out.append(DateMention(m.start(), m.end(), ranges[-1].iso))
    return sorted(out, key=lambda d: d.start)


def find_dates(text: str, published: str | None = None, lang: str = "en") -> list[DateMention]:
    """Every date expression in `text`, anchored on `published`."""
    return _anaphoric_periods(text, _anaphoric_days(text, _explicit_dates(text, published, lang), lang), lang)


def _explicit_dates(text: str, published: str | None, lang: str) -> list[DateMention]:
    pub = parse_published(published)
    pub_year = pub.year if pub else (int(published[:4]) if published and published[:4].isdigit() else None)
    units = _unit_grammar(lang)
    if units is not None:
        found = []
        for m in units.pattern.finditer(text):
            iso = _unit_iso(m, units, pub, pub_year)
            if iso:
                found.append(DateMention(m.start(), m.end(), iso))
        return found
    g = _grammar(lang)
    if g is None:
        return []
    found = []
    for m in g.pattern.finditer(text):
        if (m.group("y6") or m.group("y4")) and g.year_modifier.search(text[max(0, m.start() - 20):m.start()]):
            continue
        iso = _match_iso(m, g, lang, pub, pub_year)
        if iso:
            found.append(DateMention(m.start(), m.end(), iso))
    return found


def compatible(a: str | None, b: str | None) -> bool:
    """Two ISO dates agree at the coarser precision, or either is missing."""
    if not a or not b:
        return True
    a0, b0 = a.split("/")[0], b.split("/")[0]
    if a0.startswith("--") or b0.startswith("--"):
        return a0[-5:].lstrip("-") in b0 or b0[-5:].lstrip("-") in a0
    n = min(len(a0), len(b0))
    return a0[:n] == b0[:n]


@lru_cache(maxsize=None)
def _not_event_date(lang: str) -> re.Pattern | None:
    data = _data(lang) or {}
    labels = [re.escape(w) + r"[^\S\n]*:?" for w in data.get("stamp_labels") or []]
    labels += [re.escape(w) + r"(?:[^\S\n]+on)?" for w in data.get("statement_verbs") or []]
    if not labels:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(labels) + r")[^\S\n]*$", re.IGNORECASE)


def event_dates(text: str, published: str | None = None, lang: str = "en") -> list[DateMention]:
    """The dates in `text` that may date an event: all of `find_dates` but a
    page's stamps ("date 2025-05-25", "입력 2019-07-14": `stamp_labels`) and
    the day a statement was made ("the ministry said Saturday":
    `statement_verbs`)."""
    before = _not_event_date(lang)
    found = find_dates(text, published, lang)
    if before is None:
        return found
    return [d for d in found if not before.search(text, max(0, d.start - 24), d.start)]


def find_published(text: str, lines: int = 6) -> str | None:
    """A dateline's date: the first full date that makes up most of one of the first lines."""
    for line in text.splitlines()[:lines]:
        line = line.strip()
        for d in find_dates(line):
            if len(d.iso) == 10 and (d.end - d.start) >= 0.4 * len(line):
                return d.iso
    return None
