"""Documents: listing, and one document with the facts drawn from it."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from chancery.store.kb import KB
from chancery.store.schema import actor_names, actors, documents, event_sources, events, roles


def list_documents(kb: KB, limit: int = 50, offset: int = 0, language: str | None = None) -> list[dict]:
    """Documents, newest publication first."""
    q = select(documents.c.id, documents.c.url, documents.c.title, documents.c.published, documents.c.language)
    if language:
        q = q.where(documents.c.language == language)
    q = q.order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id).limit(limit).offset(offset)
    with kb.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


def get_document(kb: KB, document_id: str) -> dict | None:
    """One document: its text, and the events, roles and actors found in it with their spans."""
    with kb.engine.connect() as conn:
        row = conn.execute(select(documents).where(documents.c.id == document_id)).first()
        if row is None:
            return None
        evs = conn.execute(
            select(events.c.id, events.c.type, events.c.status, events.c.date, event_sources.c.start,
                   event_sources.c.end, event_sources.c.evidence)
            .join(event_sources, event_sources.c.event_id == events.c.id)
            .where(event_sources.c.document_id == document_id).order_by(event_sources.c.start)
        ).all()
        named = conn.execute(
            select(actors.c.id, actors.c.name, actors.c.kind, func.count().label("names"))
            .join(actor_names, actor_names.c.actor_id == actors.c.id)
            .where(actor_names.c.document_id == document_id)
            .group_by(actors.c.id, actors.c.name, actors.c.kind).order_by(actors.c.name)
        ).all()
        held = conn.execute(
            select(roles.c.title, roles.c.of_name, roles.c.start, roles.c.end, actors.c.id, actors.c.name)
            .join(actors, actors.c.id == roles.c.actor_id).where(roles.c.document_id == document_id)
        ).all()
    return {
        "id": row.id, "url": row.url, "title": row.title, "published": row.published, "language": row.language,
        "text": row.text, "boilerplate": json.loads(row.boilerplate), "ingested_at": row.ingested_at.isoformat(),
        "events": [dict(e._mapping) for e in evs],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind} for a in named],
        "roles": [{"actor_id": r.id, "actor": r.name, "title": r.title, "of": r.of_name, "start": r.start, "end": r.end}
                  for r in held],
    }


def counts(kb: KB) -> dict[str, int]:
    """How many documents, actors and events the KB holds."""
    return kb.counts()
