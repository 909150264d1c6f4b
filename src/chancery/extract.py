"""Article -> Extraction: actors, their roles, and events with evidence.

Language-independent assembly over a language module (`chancery.language`):
mentions are grouped into actors (`resolve.resolve_document`); each sentence
holding an event cue (`data/<lang>/triggers.yaml`) and at least one actor
gives an event, with the sentence's date, place and planned/happened status;
events of one happening reported in several sentences are merged.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from chancery.cues import Cues, codes, cues_for
from chancery.language import analyser
from chancery.language.dates import compatible, event_dates, parse_published
from chancery.language.gazetteer import gazetteer
from chancery.records import Article, Event, Extraction
from chancery.references import (genders_of, kind_phrases_in, kind_references, pronoun_subject, sides, topic_actor,
                                 without_source, without_speakers)
from chancery.resolve import resolve_document


def _planned(sentence: str, trigger: re.Match, cues: Cues) -> bool:
    """A planned cue anywhere in the sentence, or, where the language puts
    tense after the verb (`status.clause_end`), between the cue and the end
    of its clause; or a modal right before the cue (`status.planned_before_cue`).
    A cue in the past tense (`status.past_cue`: "established") is planned only
    by what comes before it, not by a later clause ("which will serve ...").
    Where the language joins main clauses with a word (`status.joint`: ",
    and"), only the cue's own clause counts."""
    if cues.planned_before is not None and cues.planned_before.search(sentence[: trigger.start()]):
        return True
    lo, hi = 0, len(sentence)
    for joint in cues.joint.finditer(sentence) if cues.joint is not None else ():
        if joint.end() <= trigger.start():
            lo = joint.end()
        elif joint.start() >= trigger.end():
            hi = joint.start()
            break
    if cues.clause_end is None and cues.past is not None and cues.past.search(trigger.group(0)):
        return cues.planned.search(sentence, lo, trigger.end()) is not None
    if cues.clause_end is None:
        return cues.planned.search(sentence, lo, hi) is not None
    end = cues.clause_end.search(sentence, trigger.end())
    return cues.planned.search(sentence, trigger.end(), end.end() if end else len(sentence)) is not None


def _is_purpose(sentence: str, trigger: re.Match, cues: Cues) -> bool:
    """Whether the cue is the aim of another predicate (`purpose` in
    data/<lang>/triggers.yaml: "설립하기 위한 협정"): a planned event."""
    return cues.purpose is not None and cues.purpose.match(sentence, trigger.end()) is not None


def _date_candidates(dates, sentence: str, trigger: re.Match, cues: Cues, published: str | None) -> list:
    """The clause's dates a cue may take. In a clause with a purpose, dates
    after publication belong to the purpose and the others to the main
    predicate ("내년 말까지 설립하기 위한 협정을 지난 12일 체결")."""
    if cues.purpose is None or not cues.purpose.search(sentence):
        return dates
    aim = _is_purpose(sentence, trigger, cues)
    return [d for d in dates if _later(d.iso, published) == aim]


def _place(sentence: str, cues: Cues, lang: str) -> str | None:
    if cues.place is None:
        return None
    cities = gazetteer(lang).cities
    for m in cues.place.finditer(sentence):
        words = m.group("place").split()
        for n in (2, 1):
            candidate = " ".join(words[:n])
            if len(words) >= n and candidate in cities:
                return candidate
    return None


def _conference_name(sentence: str, trigger: re.Match) -> str | None:
    """The capitalized name around a gathering's cue ("the 3rd International
    Conference on GCED"); "The Conference" alone refers back and names none."""
    for m in re.finditer(r"[A-Z0-9][\w'’-]*(?:[^\S\n]+(?:(?:of|for|on|and|the|to)[^\S\n]+)*[A-Z][\w'’:-]*)*", sentence):
        bare = re.sub(r"^(?:The|This|That|These)[^\S\n]+", "", m.group())
        if m.start() <= trigger.start() < m.end() and len(bare.split()) >= 2:
            return m.group().rstrip(":")
    return None


_QUOTED = re.compile(r"['‘\"“]([^'‘’\"“”\n]{2,80})['’\"”]+")


def _modifier_in_title(sentence: str, cue: re.Match) -> bool:
    """Whether a cue lies inside a quoted title without being its head noun
    ("'…신탁기금 사업 검토회의'"): such a word names no happening of its own,
    while the head ("…검토회의'") says what the title is."""
    for q in _QUOTED.finditer(sentence):
        closing = q.end(1)
        if q.start() < cue.start() < closing:
            return cue.end() < closing - 1
    return False


def _quoted_name(sentence: str, trigger: re.Match) -> str | None:
    """A name quoted next to an agreement's cue ("signed the 'Green Schools'
    memorandum", "'양성평등' 양해각서"): two agreements so named differently are
    two agreements."""
    for quoted in _QUOTED.finditer(sentence):
        if quoted.end() >= trigger.start() - 1 and quoted.start() <= trigger.end() + 12:
            return quoted.group(1).strip()
    return None


_NEXT_TO = 6
_LIST_GAP = re.compile(r",?\s*(?:and\s+|&\s*|및\s*|와\s*|과\s*)?(?:the\s+)?|,\s*")


def _participants(found: list[tuple[str, str, int]], mode: str, cue: tuple[int, int],
                  affiliations: dict[str, set[str]], chained: frozenset[int] = frozenset(),
                  coordinated: bool = False, reach: int | None = None) -> tuple[str, ...]:
    """Who takes part, by the cue's `participants` mode (data/<lang>/triggers.yaml):
    "all" actors of the sentence; "persons-first": only persons when two or
    more are named, and never the body a named person holds a title in
    (`affiliations`: person -> bodies); "mover-destination": the nearest
    person (else actor) before the cue, or else the first person after it
    ("During his visit to Peru, President X..."), and the actor right after
    the cue (up to `reach`, or a few characters after it) with those listed
    with it (`chained`: offsets of actors joined to
    the one before by a comma or "and") - a visitor and where they go. A cue
    `coordinated` with an earlier verb ("she will meet X and visit Y") has
    the clause's first person as its mover."""
    persons = [name for name, kind, _ in found if kind == "person"]
    if mode == "persons-first" and len(set(persons)) >= 2:
        return tuple(dict.fromkeys(persons))
    if mode == "persons-first" and persons:
        held = _held(persons, affiliations)
        return tuple(dict.fromkeys(name for name, kind, _ in found if kind == "person" or name not in held))
    if mode == "mover-destination":
        before = [(n, k) for n, k, at in found if at < cue[0]]
        after = [(n, k, at) for n, k, at in found if at >= cue[1]]
        reach = max(reach or 0, cue[1] + _NEXT_TO)
        destinations = [after[0][0]] if after and after[0][2] <= reach else []
        for n, _, at in after[1:] if destinations else ():
            if at not in chained:
                break
            destinations.append(n)
        ordered = before if coordinated else before[::-1]
        mover = next((n for n, k in ordered if k == "person"), before[-1][0] if before else None)
        if mover is None:
            mover = next((n for n, k, _ in after if k == "person" and n not in destinations), None)
        chosen = [n for n in (mover, *destinations) if n]
        if chosen:
            return tuple(dict.fromkeys(chosen))
    return tuple(dict.fromkeys(name for name, _, _ in found))


def _reach(sentence: str, trigger: re.Match, cues: Cues) -> int | None:
    """How far after a cue its destination may start: past the words that
    lead to it (`destination_gap` in data/<lang>/triggers.yaml: "visit to
    the ROK")."""
    gap = cues.destination_gap.match(sentence, trigger.end()) if cues.destination_gap is not None else None
    return gap.end() if gap else None


def _precision(iso: str) -> int:
    """3 for a day (with or without its year), 2 for a month, 1 for a year."""
    first = iso.split("/")[0]
    if first.startswith("--"):
        return 3 if len(first) == 7 else 2
    return {4: 1, 7: 2}.get(len(first), 3)


def _nearest_precise(dates, at: int) -> str | None:
    """The sentence's date at the finest precision; the nearest to the cue among equals."""
    if not dates:
        return None
    return min(dates, key=lambda d: (-_precision(d.iso), abs(d.start - at))).iso


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _with_year(date: str | None, sentence: str, lead: str = "") -> str | None:
    """A date without its year ("--08-28") takes the year the sentence names
    when it names exactly one ("the 2019 East Asia meeting, from 28 to 30
    August"), else the one the story's lead names."""
    if not date or not date.startswith("--"):
        return date
    years = set(_YEAR.findall(sentence)) or set(_YEAR.findall(lead))
    if len(years) != 1:
        return date
    year = years.pop()
    return "/".join(f"{year}{part[1:]}" if part.startswith("--") else part for part in date.split("/"))


_NAME_YEAR = re.compile(r"\b((?:19|20)\d\d)[^\S\n]+(?:[A-Za-z-]+[^\S\n]+){0,3}$")


def _named_year(sentence: str, trigger: re.Match, date: str | None) -> str | None:
    """A gathering named with its year ("the 2026 plenary session") happens
    that year: the year stands unless the date found agrees with it."""
    m = _NAME_YEAR.search(sentence, 0, trigger.start())
    if m is None or (date and compatible(date, m.group(1))):
        return date
    return m.group(1)


def _not_qualifying(dates, text: str, at: int) -> list:
    """The dates that may be a cue's own: a possessive date ("Wednesday's
    agreement") dates the noun after it, so it counts only for a cue there."""
    return [d for d in dates if text[d.end:d.end + 2] not in ("'s", "’s") or 0 <= at - d.end <= 4]


def _before_relative(dates, sentence: str, start: int, trigger: re.Match, cues: Cues) -> list:
    """The dates a cue may take, without those of a relative clause opened
    after it ("the visit, which marks the fifth since ... 2009": `relative`
    in data/<lang>/triggers.yaml)."""
    clause = cues.relative.search(sentence, trigger.end()) if cues.relative is not None else None
    return dates if clause is None else [d for d in dates if d.start < start + clause.start()]


def _paragraph_day(text: str, start: int, dates) -> list:
    """The day a paragraph is set on by a word such as "이날" or "the same
    day" before this clause: undated clauses of the paragraph happen then."""
    opening = text.rfind("\n", 0, start) + 1
    days = [d for d in dates if opening <= d.start < start and d.anaphoric]
    return days[-1:]


def _later(date: str | None, published: str | None) -> bool:
    pub = parse_published(published)
    if not date or pub is None or date.startswith("--"):
        return False
    first = date.split("/")[0]
    return first > pub.isoformat()[: len(first)]


def _held(names, affiliations: dict[str, set[str]]) -> set[str]:
    """The bodies the named persons hold titles in (`affiliations`: person ->
    bodies)."""
    return set().union(*(affiliations.get(n, set()) for n in names))


def _names_differ(a: Event, b: Event) -> bool:
    """Both events are named and neither name holds the other: two happenings."""
    return bool(a.name and b.name and a.name not in b.name and b.name not in a.name)


def _same_happening(a: Event, b: Event, affiliations: dict[str, set[str]]) -> bool:
    """Same type, status and compatible dates and names, sharing two
    participants or one side's all; a person counts as the bodies they hold a
    title in ("met the UNESCO chief" and "met Director-General X")."""
    if a.type != b.type or a.status != b.status or not compatible(a.date, b.date):
        return False
    if _names_differ(a, b):
        return False
    shared = ((set(a.participants) & set(b.participants)) | (_held(a.participants, affiliations) & set(b.participants))
              | (_held(b.participants, affiliations) & set(a.participants)))
    return len(shared) >= 2 or (bool(shared) and (set(a.participants) <= set(b.participants) or set(b.participants) <= set(a.participants)))


def _with(found: list[tuple[str, str, int]], extra: list[tuple[str, str, int]],
          first: bool = False) -> list[tuple[str, str, int]]:
    """A clause's actors with those of `extra` not yet among them, after
    them or, with `first`, before them."""
    have = {n for n, _, _ in found}
    new = []
    for f in extra:
        if f[0] not in have:
            have.add(f[0])
            new.append(f)
    return new + found if first else found + new


def _clauses(text: str, spans: list[tuple[int, int, bool]], cues: Cues) -> list[tuple[int, int, bool, int]]:
    """Sentences cut into clauses where the language joins clauses with a
    connective (`clause_break` in data/<lang>/triggers.yaml: "…맺은 데 이어,"),
    so that each clause's cue takes that clause's actors and date. Each
    clause comes with the start of its sentence."""
    if cues.clause_break is None:
        return [(start, end, headline, start) for start, end, headline in spans]
    out = []
    for start, end, headline in spans:
        sentence = start
        for m in cues.clause_break.finditer(text, start, end):
            out.append((start, m.end(), headline, sentence))
            start = m.end()
        out.append((start, end, headline, sentence))
    return out


def _body_first(text: str, title: str | None, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Sentence spans flagged as headline or not, the headline last: a headline
    restates the story, so its events join those of the body (see `_merge`)
    rather than lead."""
    flagged = [(s, e, bool(title) and text[s:e].strip() == title.strip()) for s, e in spans]
    return [f for f in flagged if not f[2]] + [f for f in flagged if f[2]]


_JOIN, _BACK, _NEW = "join", "back", "new"
_GATHERINGS = frozenset({"meeting", "conference", "visit"})


def _referred_date(sentence: str, events: list[tuple[Event, str]], cues: Cues) -> str | None:
    """The date of an earlier gathering the sentence refers back to ("금번
    회의 계기", "on the sidelines of the meeting"): the story's first dated
    event of the type named after an anaphoric word. What happens at a
    meeting, visit or conference happens on its date."""
    if cues.anaphora is None:
        return None
    for cue in (c for c in cues.types if c.type in _GATHERINGS):
        for t in cue.pattern.finditer(sentence):
            if cues.anaphora.search(sentence[: t.start()]):
                dated = [e.date for e, _ in events if e.type == cue.type and e.date]
                if dated:
                    return dated[0]
    return None


def _span_of(date: str) -> str:
    """What a date range's days share ("2008-07-21/2008-07-26" -> "2008-07")."""
    if "/" not in date:
        return date
    first, last = date.split("/")
    for size in (10, 7, 4):
        if first[:size] == last[:size]:
            return first[:size]
    return date


def _visitor(event: Event, kind_of: dict[str, str]) -> str | None:
    """The person who made a visit that happened, else None."""
    if event.type == "visit" and event.status == "happened" and event.participants \
            and kind_of.get(event.participants[0]) == "person":
        return event.participants[0]
    return None


def _during_visits(events: list[Event], kind_of: dict[str, str]) -> list[Event]:
    """Undated meetings and conferences a dated visitor takes part in happened
    during the visit: they take its dates, as far as all its days agree."""
    visits = [(_visitor(e, kind_of), e.date) for e in events if e.date and _visitor(e, kind_of)]
    out = []
    for e in events:
        if e.type in ("meeting", "conference") and not e.date and e.status == "happened":
            during = next((date for mover, date in visits if mover in e.participants), None)
            if during:
                e = replace(e, date=_span_of(during))
        out.append(e)
    return out


def _visits_for(events: list[Event], kind_of: dict[str, str], cues: Cues) -> list[Event]:
    """An undated visit made to meet or attend ("was in Seoul to meet
    officials": `visit_purpose` in data/<lang>/triggers.yaml) happened when
    the visitor's one dated meeting or conference of the story did."""
    if cues.visit_purpose is None:
        return events
    out = []
    for e in events:
        visitor = _visitor(e, kind_of)
        if visitor and not e.date and cues.visit_purpose.search(e.evidence):
            dates = {m.date for m in events if m.type in ("meeting", "conference") and m.date
                     and m.status == "happened" and visitor in m.participants}
            if len(dates) == 1:
                e = replace(e, date=dates.pop())
        out.append(e)
    return out


def _series(sentence: str, event_type: str, events: list[tuple[Event, str]], cues: Cues) -> tuple[str, ...] | None:
    """The parties of the latest gathering of this type (named with the same
    noun if one is), with those reports referring back to it added, when the
    clause names another of its series ("The next meeting is scheduled for
    November"): they are this one's parties."""
    found = cues.series.search(sentence) if cues.series is not None and event_type in _GATHERINGS else None
    if found is None:
        return None
    noun = found.group(0).split()[-1].casefold()
    of_type = [i for i, (e, join) in enumerate(events) if e.type == event_type and join != _BACK]
    named = [i for i in of_type if noun in ((events[i][0].name or "") + " " + events[i][0].evidence).casefold()]
    if not (named or of_type):
        return None
    first = (named or of_type)[-1]
    later = [e.participants for e, join in events[first + 1:] if e.type == event_type and join == _BACK]
    return tuple(dict.fromkeys(p for group in (events[first][0].participants, *later) for p in group))


def _back_reference(sentence: str, events: list[tuple[Event, str]], cues: Cues) -> Event | None:
    """The gathering a clause without a cue of its own refers back to ("The
    meeting was organized by ...", "... officials attended.": `back_reference`
    in data/<lang>/triggers.yaml): the story's first meeting or conference,
    not one said to be another or met in passing since ("The last meeting had
    taken place ..."); the clause's actors take part in it."""
    if cues.back_reference is None or not cues.back_reference.search(sentence):
        return None
    return next((e for e, join in events if e.type in _GATHERINGS - {"visit"} and join != _NEW), None)


def _merge(events: list[tuple[Event, str]],
           affiliations: dict[str, set[str]]) -> list[tuple[Event, list[tuple[Event, str]]]]:
    """One event per happening: an event joins the earlier one of the same
    happening it shares most participants with, and a definite reference
    ("the conference") or a headline joins the event of its type it shares
    most participants with, else the latest; one said to be another
    ("a separate meeting") joins none. Each merged event comes with the
    reports it was made of and how each joined."""
    merged: list[Event] = []
    reports: list[list[Event]] = []
    for event, join in events:
        anaphoric = join == _BACK
        same = [] if join == _NEW else sorted(
            (i for i, kept in enumerate(merged) if _same_happening(kept, event, affiliations)),
            key=lambda i: -len(set(merged[i].participants) & set(event.participants)))
        if not same and anaphoric:
            of_type = [i for i, kept in enumerate(merged) if kept.type == event.type and not _names_differ(kept, event)]
            same = sorted(of_type, key=lambda i: (not compatible(merged[i].date, event.date),
                                                  -len(set(merged[i].participants) & set(event.participants)), -i))[:1]
        if not same:
            merged.append(event)
            reports.append([(event, join)])
            continue
        kept = merged[same[0]]
        dates = (kept.date, event.date) if compatible(kept.date, event.date) else (kept.date,)
        merged[same[0]] = replace(
            kept,
            participants=tuple(dict.fromkeys(kept.participants + event.participants)),
            date=max(dates, key=lambda d: len(d or "")),
            place=kept.place or event.place,
            name=kept.name or event.name,
        )
        reports[same[0]].append((event, join))
    return list(zip(merged, reports))


def _persons_first(event: Event, reports: list[tuple[Event, str]], kind_of: dict[str, str],
                   affiliations: dict[str, set[str]], cues: Cues) -> Event:
    """A merged meeting keeps the persons who met (see `_participants`), the
    bodies a report of its own names as the parties when it names no person
    ("UNESCO and Korea held a policy dialogue"), and those said to attend it
    (`attendance` in data/<lang>/triggers.yaml: "was attended by")."""
    kept = set(_participants([(n, kind_of[n], 0) for n in event.participants], "persons-first", (0, 0), affiliations))
    for report, join in reports:
        framing = join != _BACK and not any(kind_of[p] == "person" for p in report.participants)
        attending = cues.attendance is not None and cues.attendance.search(report.evidence) is not None
        if framing or attending:
            kept |= set(report.participants)
    return replace(event, participants=tuple(n for n in event.participants if n in kept))


def extract(article: Article) -> Extraction:
    """Find the actors, roles and events of one article."""
    module = analyser(article.language)
    if module is None:
        return Extraction(article)
    text = article.text
    mentions = module.find_mentions(text)
    actors, names = resolve_document(mentions, module.state_title,
                                     getattr(module, "body_key", str.casefold))
    kind_of = {a.name: a.kind for a in actors}
    classes = gazetteer(article.language).classes
    story = [n for n in dict.fromkeys(names) if kind_of[n] != "person"]
    affiliations = {a.name: {r.of for r in a.roles if r.of} for a in actors if a.roles}
    dates = event_dates(text, article.published, article.language)
    cues = cues_for(article.language)
    plurals = kind_phrases_in(text, cues)
    genders = genders_of(text, mentions, names, kind_of, cues)
    starts = module.word_starts(text) if hasattr(module, "word_starts") else None
    events: list[tuple[Event, str]] = []
    sentences = module.sentences(text)
    offsets = [m.start for m in mentions]
    lead = text[sentences[0][0]:sentences[0][1]] if sentences and article.published is None else ""
    for start, end, headline, sentence_start in _clauses(text, _body_first(text, article.title, sentences), cues):
        first, last = bisect_left(offsets, start), bisect_left(offsets, end)
        found = [(name, kind_of[name], m.start - start) for m, name in zip(mentions[first:last], names[first:last])]
        chained = frozenset(b.start - start for a, b in zip(mentions[first:last], mentions[first + 1:last])
                            if _LIST_GAP.fullmatch(text, a.end, b.start))
        found = _with(found, sides(text, start, end, sentences, mentions, names, kind_of, cues)
                      + kind_references([f for f in plurals if start <= f[0].start() < end], start, sentences,
                                        mentions, names, kind_of, story, classes, cues))
        topic = topic_actor(text, mentions, names, kind_of, sentence_start, start, cues)
        found = _with(found, [(topic[0], topic[1], -1)] if topic else [], first=True)
        subject = pronoun_subject(text, sentence_start, sentences, mentions, names, kind_of, genders, cues)
        found = _with(found, [(subject, "person", 0 if start == sentence_start else -1)] if subject else [], first=True)
        sentence = text[start:end]
        found = without_source(found, sentence, [(m.start - start, m.end - start) for m in mentions[first:last]], cues)
        in_sentence = [d for d in dates if start <= d.start < end] or _paragraph_day(text, start, dates)
        referred: list = []
        for cue in cues.types:
            trigger = next((t for t in cue.pattern.finditer(sentence)
                            if (starts is None or start + t.start() in starts)
                            and not _modifier_in_title(sentence, t)), None)
            if not trigger:
                continue
            participants = _participants(without_speakers(found, sentence, trigger, cue.type, cues),
                                         cue.participants, trigger.span(), affiliations, chained,
                                         cues.coordination is not None
                                         and cues.coordination.search(sentence, 0, trigger.start()) is not None,
                                         _reach(sentence, trigger, cues))
            at = start + trigger.start()
            candidates = _date_candidates(_not_qualifying(_before_relative(in_sentence, sentence, start, trigger, cues),
                                                          text, at), sentence, trigger, cues, article.published)
            before = [d for d in candidates if d.start < at] if cues.date_before_cue else []
            aim = _is_purpose(sentence, trigger, cues)
            date = _with_year(before[-1].iso if before else _nearest_precise(candidates, at), sentence, lead)
            if not date and not aim and not in_sentence:
                referred = referred or [_referred_date(sentence, events, cues)]
                date = referred[0]
            if cue.type in _GATHERINGS:
                date = _named_year(sentence, trigger, date)
            planned = _planned(sentence, trigger, cues) or aim or _later(date, article.published)
            status = "planned" if planned else "happened"
            cameo, plover = codes(cue.type, status)
            name = (_conference_name(sentence, trigger) or _quoted_name(sentence, trigger) if cue.type == "conference"
                    else _quoted_name(sentence, trigger) if cue.type == "agreement" else None)
            other = cues.another is not None and cues.another.search(sentence[: trigger.end()]) is not None
            series = _series(sentence, cue.type, events, cues)
            if series is not None:
                participants, other = tuple(dict.fromkeys(series + participants)), True
            if not participants and not (cue.type == "conference" and name):
                continue
            anaphoric = headline or name is None and cues.anaphora is not None and bool(
                cues.anaphora.search(sentence[: trigger.start()]))
            join = _NEW if other else _BACK if anaphoric else _JOIN
            events.append((
                Event(
                    type=cue.type,
                    status=status,
                    date=date,
                    place=_place(sentence, cues, article.language),
                    participants=participants,
                    name=name,
                    evidence=sentence,
                    start=start,
                    end=end,
                    cameo=cameo,
                    plover=plover,
                ),
                join,
            ))
        if not any(start <= e.start and e.end <= end for e, _ in events):
            back = _back_reference(sentence, events, cues)
            held = _held((n for n, _, _ in found), affiliations) if back else set()
            joining = [n for n, _, _ in found if n not in held] or [n for n, _, _ in found]
            if back and joining:
                events.append((replace(back, participants=tuple(dict.fromkeys(joining)),
                                       date=next((d.iso for d in in_sentence), None), name=None,
                                       evidence=sentence, start=start, end=end), _BACK))
    resolved = tuple(replace(m, actor=name) for m, name in zip(mentions, names))
    modes = {cue.type: cue.participants for cue in cues.types}
    merged = [_persons_first(e, reports, kind_of, affiliations, cues) if modes[e.type] == "persons-first" else e
              for e, reports in _merge(events, affiliations)]
    merged = _visits_for(_during_visits([e for e in merged if e.participants], kind_of), kind_of, cues)
    return Extraction(article, tuple(actors), tuple(merged), resolved)
