"""Actors: listing, lookup by any name, and profiles (names, roles, events)."""

from __future__ import annotations

from sqlalchemy import func, or_, select

from chancery.query.events import count_events, list_events
from chancery.query.links import proposals
from chancery.store.kb import KB
from chancery.store.schema import actor_names, actors, documents, event_participants, roles


def list_actors(kb: KB, query: str | None = None, kind: str | None = None, limit: int = 200, offset: int = 0) -> list[dict]:
    """Actors whose name or any alias contains `query`, most active first."""
    n_events = (
        select(func.count()).select_from(event_participants)
        .where(event_participants.c.actor_id == actors.c.id).scalar_subquery()
    )
    n_docs = (
        select(func.count(func.distinct(actor_names.c.document_id)))
        .where(actor_names.c.actor_id == actors.c.id).scalar_subquery()
    )
    q = select(actors.c.id, actors.c.name, actors.c.kind, n_events.label("events"), n_docs.label("documents"))
    if query:
        pattern = f"%{query.lower()}%"
        q = q.where(or_(
            func.lower(actors.c.name).like(pattern),
            actors.c.id.in_(select(actor_names.c.actor_id).where(func.lower(actor_names.c.name).like(pattern))),
        ))
    if kind:
        q = q.where(actors.c.kind == kind)
    q = q.order_by(n_events.desc(), n_docs.desc(), actors.c.name).limit(limit).offset(offset)
    with kb.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def find_actor(kb: KB, ref: str, partial: bool = True) -> dict | None:
    """The actor an id, a name or an alias (case-insensitive) refers to; else,
    with `partial`, the best partial match."""
    with kb.engine.connect() as conn:
        if ref.isdigit():
            row = conn.execute(select(actors).where(actors.c.id == int(ref))).first()
            if row:
                return dict(row._mapping)
        exact = conn.execute(
            select(actors).where(or_(
                func.lower(actors.c.name) == ref.lower(),
                actors.c.id.in_(select(actor_names.c.actor_id).where(func.lower(actor_names.c.name) == ref.lower())),
            ))
        ).first()
        if exact:
            return dict(exact._mapping)
    best = list_actors(kb, ref, limit=1) if partial else []
    return find_actor(kb, str(best[0]["id"])) if best else None


def roles_of(kb: KB, actor_id: int, sources: int = 5) -> list[dict]:
    """An actor's roles over time: each (title, of) with first and last dates seen and its sources."""
    q = (
        select(roles.c.title, roles.c.of_name, roles.c.of_actor_id, roles.c.date, roles.c.start, roles.c.end,
               documents.c.id.label("document_id"), documents.c.url, documents.c.title.label("document_title"))
        .join(documents, documents.c.id == roles.c.document_id)
        .where(roles.c.actor_id == actor_id)
        .order_by(roles.c.date.is_(None), roles.c.date)
    )
    grouped: dict[tuple, dict] = {}
    with kb.engine.connect() as conn:
        for r in conn.execute(q):
            role = grouped.setdefault((r.title, r.of_name), {
                "title": r.title, "of": r.of_name, "of_id": r.of_actor_id, "first": r.date, "last": r.date,
                "count": 0, "sources": [],
            })
            role["count"] += 1
            if r.date and (role["first"] is None or r.date < role["first"]):
                role["first"] = r.date
            if r.date and (role["last"] is None or r.date > role["last"]):
                role["last"] = r.date
            if len(role["sources"]) < sources:
                role["sources"].append({"document_id": r.document_id, "url": r.url, "title": r.document_title,
                                        "date": r.date})
    return sorted(grouped.values(), key=lambda x: (x["first"] is None, x["first"] or ""))


def profile(kb: KB, actor_id: int, events_limit: int | None = 100) -> dict | None:
    """Everything known of one actor: names, roles over time with sources, and its latest
    events (up to `events_limit`, in date order; `events_total` counts them all)."""
    with kb.engine.connect() as conn:
        row = conn.execute(select(actors).where(actors.c.id == actor_id)).first()
        if row is None:
            return None
        names = conn.execute(
            select(actor_names.c.name, func.count(func.distinct(actor_names.c.document_id)).label("documents"))
            .where(actor_names.c.actor_id == actor_id).group_by(actor_names.c.name).order_by(actor_names.c.name)
        ).all()
    latest = list_events(kb, actor_id=actor_id, limit=events_limit, newest_first=True)
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "names": [{"name": n.name, "documents": n.documents} for n in names],
        "roles": roles_of(kb, actor_id),
        "events": sorted(latest, key=lambda e: (e["date"] is None, e["date"] or "", e["id"])),
        "events_total": count_events(kb, actor_ids=[actor_id]),
        "proposals": proposals(kb, actor_id) if row.kind == "person" else [],
    }
