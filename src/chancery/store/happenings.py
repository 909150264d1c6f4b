"""One event per happening across documents: when two reports are the same event.

Two reports join when they have the same type and status, dates that agree
and are both at least month-precise (an undated report never joins another
document's event), compatible names, and participants that overlap enough:
two shared actors, or one shared person where one side's participants are
a subset of the other's. Anything less stays a separate event.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chancery.language.dates import compatible


@dataclass
class Happening:
    """An event as the matcher sees it: ids of its participants and persons."""

    id: int
    type: str
    status: str
    date: str | None
    name: str | None
    place: str | None
    participants: list[int] = field(default_factory=list)
    persons: set[int] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)


def month_precise(date: str | None) -> bool:
    """True for YYYY-MM, YYYY-MM-DD, --MM-DD and ranges starting so."""
    if not date:
        return False
    first = date.split("/")[0]
    return first.startswith("--") and len(first) == 7 or len(first) >= 7


def month_of(date: str) -> str:
    """The month ("03") of a month-precise date, with or without its year."""
    first = date.split("/")[0]
    return first[2:4] if first.startswith("--") else first[5:7]


def same_happening(a: Happening, b: Happening) -> bool:
    """Whether two reports, from different documents, tell of one event."""
    if a.type != b.type or a.status != b.status:
        return False
    if not (month_precise(a.date) and month_precise(b.date) and compatible(a.date, b.date)):
        return False
    if a.name and b.name and a.name not in b.name and b.name not in a.name:
        return False
    pa, pb = set(a.participants), set(b.participants)
    shared = pa & pb
    if len(shared) >= 2:
        return True
    return bool(shared & a.persons & b.persons) and (pa <= pb or pb <= pa)


def more_precise(a: str | None, b: str | None) -> str | None:
    """Of two agreeing dates, the one that says more (a year over none, a day over a month)."""
    if not a or not b:
        return a or b
    if a.startswith("--") != b.startswith("--"):
        return b if a.startswith("--") else a
    return max(a, b, key=len)


def day_of(date: str) -> str:
    """The day ("08") of a date, or "" when it gives only a month."""
    first = date.split("/")[0]
    return first[5:7] if first.startswith("--") else first[8:10]


def agreeing_dates(dates: list[str | None]) -> dict[str, set[str]]:
    """What a stored event's date must look like to agree with one of `dates`.

    "exact": whole values (a month alone, or a day without its year);
    "day": a YYYY-MM-DD start; "month": a YYYY-MM start (for reports giving
    only a month); "yearless_day": the "-MM-DD" of any year (for reports
    giving no year)."""
    forms: dict[str, set[str]] = {"exact": set(), "day": set(), "month": set(), "yearless_day": set()}
    for date in dates:
        if not month_precise(date):
            continue
        first = date.split("/")[0]
        month = month_of(date)
        forms["exact"].add(f"--{month}")
        if first.startswith("--"):
            forms["yearless_day"].add(first[1:])
            forms["exact"].add(first)
        elif len(first) >= 10:
            forms["day"].add(first[:10])
            forms["exact"] |= {first[:7], f"--{month}-{first[8:10]}"}
        else:
            forms["month"].add(first[:7])
            forms["exact"].add(first[:7])
    return forms


def year_of(date: str) -> str:
    """The year of a date, or "" when it has none."""
    return "" if date.startswith("--") else date[:4]


class Pool:
    """Candidate happenings indexed by type, year, month and day, so a report
    is compared only with events it could agree with: the same day (of its
    year, or of no year), or the same month where either side gives no day;
    and within those by participant, since a report must share one."""

    def __init__(self):
        self._index: dict[tuple, dict[int, list[Happening]]] = {}
        self._keys: dict[int, tuple[tuple, ...]] = {}

    def add(self, h: Happening) -> None:
        """Index a happening (one that is not month-precise never joins another)."""
        if not month_precise(h.date):
            return
        t, y, m, d = h.type, year_of(h.date), month_of(h.date), day_of(h.date)
        self._keys[h.id] = ((t, y, m, d), (t, "*", m, d), (t, y, m, "*"), (t, "*", m, "*"))
        for actor in h.participants:
            self._put(h, actor)

    def _put(self, h: Happening, actor: int) -> None:
        for key in self._keys[h.id]:
            self._index.setdefault(key, {}).setdefault(actor, []).append(h)

    def join(self, h: Happening, actor: int) -> None:
        """Add a participant to an indexed happening."""
        h.participants.append(actor)
        if h.id in self._keys:
            self._put(h, actor)

    def find(self, report: Happening, document: str) -> Happening | None:
        """The stored happening `report` (from `document`) tells of, if any."""
        if not month_precise(report.date):
            return None
        t, y, m, d = report.type, year_of(report.date), month_of(report.date), day_of(report.date)
        years = [y, ""] if y else ["*"]
        keys = [(t, yy, m, dd) for yy in years for dd in ([d, ""] if d else ["*"])]
        seen: set[int] = set()
        for key in keys:
            by_actor = self._index.get(key)
            if not by_actor:
                continue
            for actor in report.participants:
                for h in by_actor.get(actor, ()):
                    if h.id in seen:
                        continue
                    seen.add(h.id)
                    if document not in h.documents and same_happening(h, report):
                        return h
        return None
