"""Events: filtered listings and timelines, with participants and sources."""

from __future__ import annotations

from sqlalchemy import and_, or_, select

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
        select(event_sources, documents.c.url, documents.c.title, documents.c.published)
        .join(documents, documents.c.id == event_sources.c.document_id)
        .where(event_sources.c.event_id.in_(ids))
    )
    for s in conn.execute(q):
        sources.setdefault(s.event_id, []).append({
            "document_id": s.document_id, "url": s.url, "title": s.title, "published": s.published,
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


def list_events(
    kb: KB,
    *,
    actor_id: int | None = None,
    type: str | None = None,
    since: str | None = None,
    until: str | None = None,
    planned: bool | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[dict]:
    """Events in date order, filtered; dates compare as ISO prefixes ("2018" covers all of 2018)."""
    q = select(events)
    if actor_id is not None:
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
    q = q.order_by(events.c.date.is_(None), events.c.date, events.c.id).offset(offset)
    if limit:
        q = q.limit(limit)
    with kb.engine.connect() as conn:
        return _attach(conn, conn.execute(q).all())
