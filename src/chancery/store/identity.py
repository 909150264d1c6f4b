"""A user's decisions on who is who: merge two actors into one, or split a
name off an actor. Decisions are stored (tables `actor_redirects` and
`actor_decisions`), so a later ingest of the same pages keeps them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, insert, select, update

from chancery.resolve import actor_key
from chancery.store.kb import KB
from chancery.store.schema import (
    actor_decisions,
    actor_names,
    actor_redirects,
    actors,
    event_participants,
    event_sources,
    roles,
)


def _decide(conn, key_a: str, key_b: str, decision: str) -> None:
    a, b = sorted((key_a, key_b))
    conn.execute(delete(actor_decisions).where(actor_decisions.c.key_a == a, actor_decisions.c.key_b == b))
    conn.execute(insert(actor_decisions).values(key_a=a, key_b=b, decision=decision,
                                                decided_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))


def merge(kb: KB, keep: int, other: int) -> None:
    """Make `other` part of `keep`: its names, roles and events move over,
    and its key (and any merged into it) points to `keep` from now on."""
    if keep == other:
        raise ValueError("an actor cannot be merged with itself")
    with kb.engine.begin() as conn:
        rows = {r.id: r for r in conn.execute(select(actors).where(actors.c.id.in_([keep, other])))}
        if len(rows) != 2:
            raise LookupError(f"no actor with id {other if keep in rows else keep}")
        if rows[keep].kind != rows[other].kind:
            raise ValueError(f"cannot merge a {rows[other].kind} into a {rows[keep].kind}")
        conn.execute(update(actor_names).where(actor_names.c.actor_id == other).values(actor_id=keep))
        conn.execute(update(roles).where(roles.c.actor_id == other).values(actor_id=keep))
        conn.execute(update(roles).where(roles.c.of_actor_id == other).values(of_actor_id=keep))
        shared = select(event_participants.c.event_id).where(event_participants.c.actor_id == keep)
        conn.execute(delete(event_participants).where(event_participants.c.actor_id == other,
                                                      event_participants.c.event_id.in_(shared)))
        conn.execute(update(event_participants).where(event_participants.c.actor_id == other).values(actor_id=keep))
        conn.execute(update(actor_redirects).where(actor_redirects.c.actor_id == other).values(actor_id=keep))
        conn.execute(insert(actor_redirects).values(key=rows[other].key, actor_id=keep))
        conn.execute(delete(actors).where(actors.c.id == other))
        _decide(conn, rows[keep].key, rows[other].key, "same")


def split(kb: KB, actor_id: int, name: str) -> int:
    """Take `name` off an actor as an actor of its own, with what the
    documents using that name said of it; the two are kept apart from now
    on. Returns the new actor's id."""
    with kb.engine.begin() as conn:
        row = conn.execute(select(actors).where(actors.c.id == actor_id)).first()
        if row is None:
            raise LookupError(f"no actor with id {actor_id}")
        key = actor_key(name, row.kind)
        if key == row.key:
            raise ValueError(f"{name!r} is the actor's own name; split off the other name instead")
        documents = set(conn.execute(select(actor_names.c.document_id).where(
            actor_names.c.actor_id == actor_id, actor_names.c.name == name)).scalars())
        if not documents:
            raise LookupError(f"actor {actor_id} is never named {name!r}")
        conn.execute(delete(actor_redirects).where(actor_redirects.c.key == key))
        new_id = conn.execute(insert(actors).values(key=key, name=name, kind=row.kind)).inserted_primary_key[0]
        others = set(conn.execute(select(actor_names.c.document_id).where(
            actor_names.c.actor_id == actor_id, actor_names.c.name != name)).scalars())
        only_here = documents - others
        conn.execute(update(actor_names).where(actor_names.c.actor_id == actor_id,
                                               actor_names.c.document_id.in_(only_here)).values(actor_id=new_id))
        conn.execute(update(roles).where(roles.c.actor_id == actor_id, roles.c.document_id.in_(only_here))
                     .values(actor_id=new_id))
        foreign = select(event_sources.c.event_id).where(event_sources.c.document_id.not_in(only_here))
        theirs = select(event_sources.c.event_id).where(event_sources.c.document_id.in_(only_here))
        conn.execute(update(event_participants).where(
            event_participants.c.actor_id == actor_id, event_participants.c.event_id.in_(theirs),
            event_participants.c.event_id.not_in(foreign)).values(actor_id=new_id))
        _decide(conn, row.key, key, "distinct")
        return new_id


def decided(kb: KB) -> dict[tuple[str, str], str]:
    """Every pair of actor keys the user decided on: (key_a, key_b) sorted -> "same" or "distinct"."""
    with kb.engine.connect() as conn:
        return {(r.key_a, r.key_b): r.decision for r in conn.execute(select(actor_decisions))}


