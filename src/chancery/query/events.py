"""Events: filtered listings and timelines, with participants and sources."""

from __future__ import annotations

from sqlalchemy import and_, func, or_, select

from chancery.store.kb import KB
from chancery.store.schema import actors, documents, event_participants, event_sources, events


def _attach(conn, rows) -> list[dict]:
    ids = [r.id for r in rows]
    if not ids:
        return []
    parts: dict[int, list[dict]] = {}
    q = (
        select(event_participants.c.event_id, actors.c.id, actors.c.name, actors.c.kind)
        .join(actors, actors.c.id == event_participants.c.actor_id)
        .where(event_participants.c.event_id.in_(ids))
        .order_by(event_participants.c.event_id, event_participants.c.position)
    )
    for p in conn.execute(q):
        parts.setdefault(p.event_id, []).append({"id": p.id, "name": p.name, "kind": p.kind})
    sources: dict[int, list[dict]] = {}
    q = (
        select(event_sources, documents.c.url, documents.c.title, documents.c.published, documents.c.language)
        .join(documents, documents.c.id == event_sources.c.document_id)
        .where(event_sources.c.event_id.in_(ids))
    )
    for s in conn.execute(q):
        sources.setdefault(s.event_id, []).append({
            "document_id": s.document_id, "url": s.url, "title": s.title, "published": s.published,
            "language": s.language,
            "evidence": s.evidence, "start": s.start, "end": s.end,
        })
    return [
        {
            "id": r.id, "type": r.type, "status": r.status, "date": r.date, "place": r.place, "name": r.name,
            "cameo": r.cameo, "plover": r.plover,
            "participants": parts.get(r.id, []), "sources": sources.get(r.id, []),
        }
        for r in rows
    ]


def _filtered(actor_ids, type, since, until, planned):
    """The event ids matching the filters; every actor in `actor_ids` must take part."""
    q = select(events.c.id)
    for actor_id in actor_ids:
        q = q.where(events.c.id.in_(select(event_participants.c.event_id).where(event_participants.c.actor_id == actor_id)))
    if type:
        q = q.where(events.c.type == type)
    if since:
        q = q.where(and_(events.c.date.is_not(None), ~events.c.date.startswith("--"),
                         or_(events.c.date >= since, events.c.date.startswith(since))))
    if until:
        q = q.where(and_(events.c.date.is_not(None), ~events.c.date.startswith("--"),
                         or_(events.c.date <= until, events.c.date.startswith(until))))
    if planned is not None:
        q = q.where(events.c.status == ("planned" if planned else "happened"))
    return q


def list_events(
    kb: KB,
    *,
    actor_id: int | None = None,
    actor_ids: list[int] | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    planned: bool | None = None,
    limit: int | None = 200,
    offset: int = 0,
    newest_first: bool = False,
) -> list[dict]:
    """Events in date order, filtered; dates compare as ISO prefixes ("2018" covers all of 2018).

    `actor_id` (or every one of `actor_ids`) must take part. Undated events come last.
    """
    ids = ([actor_id] if actor_id is not None else []) + list(actor_ids or [])
    order = (events.c.date.desc(), events.c.id.desc()) if newest_first else (events.c.date, events.c.id)
    q = (select(events).where(events.c.id.in_(_filtered(ids, type, since, until, planned)))
         .order_by(events.c.date.is_(None), *order).offset(offset))
    if limit:
        q = q.limit(limit)
    with kb.engine.connect() as conn:
        return _attach(conn, conn.execute(q).all())


def count_events(kb: KB, *, actor_ids: list[int] | None = None, type: str | None = None, since: str | None = None,
                 until: str | None = None, planned: bool | None = None) -> int:
    """How many events match the filters of `list_events`."""
    q = select(func.count()).select_from(_filtered(list(actor_ids or []), type, since, until, planned).subquery())
    with kb.engine.connect() as conn:
        return conn.execute(q).scalar()


def event_dates(kb: KB, actor_id: int) -> list[dict]:
    """Id, type, status, date and participants-free data of all an actor's events, for charts."""
    q = (select(events.c.id, events.c.type, events.c.status, events.c.date)
         .where(events.c.id.in_(select(event_participants.c.event_id).where(event_participants.c.actor_id == actor_id))))
    with kb.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def get_event(kb: KB, event_id: int) -> dict | None:
    """One event with its participants and sources."""
    with kb.engine.connect() as conn:
        rows = conn.execute(select(events).where(events.c.id == event_id)).all()
        found = _attach(conn, rows)
    return found[0] if found else None


def events_matching(kb: KB, query: str, limit: int = 200) -> list[dict]:
    """Events whose name, evidence or a participant's name contains `query`."""
    pattern = f"%{query.lower()}%"
    q = (
        select(events)
        .where(or_(
            func.lower(events.c.name).like(pattern),
            events.c.id.in_(select(event_sources.c.event_id).where(func.lower(event_sources.c.evidence).like(pattern))),
            events.c.id.in_(
                select(event_participants.c.event_id)
                .join(actors, actors.c.id == event_participants.c.actor_id)
                .where(func.lower(actors.c.name).like(pattern))
            ),
        ))
        .order_by(events.c.date.is_(None), events.c.date.desc(), events.c.id)
        .limit(limit)
    )
    with kb.engine.connect() as conn:
        return _attach(conn, conn.execute(q).all())


def latest_events(kb: KB, limit: int = 10) -> list[dict]:
    """Events that happened, newest first (dated ones)."""
    q = (select(events).where(events.c.status == "happened", events.c.date.is_not(None), ~events.c.date.startswith("--"))
         .order_by(events.c.date.desc(), events.c.id.desc()).limit(limit))
    with kb.engine.connect() as conn:
        return _attach(conn, conn.execute(q).all())


def upcoming_events(kb: KB, limit: int = 20) -> list[dict]:
    """Planned events, soonest first; undated ones last."""
    q = (select(events).where(events.c.status == "planned")
         .order_by(events.c.date.is_(None), events.c.date, events.c.id).limit(limit))
    with kb.engine.connect() as conn:
        return _attach(conn, conn.execute(q).all())
