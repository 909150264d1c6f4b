"""The relationship graph around an actor: who takes part in events with whom."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from chancery.store.kb import KB
from chancery.store.schema import actors, event_participants


def counterparts(kb: KB, actor_id: int, limit: int = 20) -> list[dict]:
    """Actors sharing events with `actor_id`, ranked by how many."""
    mine = select(event_participants.c.event_id).where(event_participants.c.actor_id == actor_id)
    q = (
        select(actors.c.id, actors.c.name, actors.c.kind, event_participants.c.event_id)
        .join(event_participants, event_participants.c.actor_id == actors.c.id)
        .where(event_participants.c.event_id.in_(mine), actors.c.id != actor_id)
    )
    with kb.engine.connect() as conn:
        rows = conn.execute(q).all()
    tally = Counter((r.id, r.name, r.kind) for r in rows)
    return [{"id": i, "name": n, "kind": k, "events": c} for (i, n, k), c in tally.most_common(limit)]


def graph(kb: KB, actor_id: int, limit: int = 30) -> dict:
    """Nodes and weighted edges: the actor, its top counterparts, and the links among them."""
    with kb.engine.connect() as conn:
        me = conn.execute(select(actors.c.id, actors.c.name, actors.c.kind).where(actors.c.id == actor_id)).first()
    if me is None:
        return {"nodes": [], "edges": []}
    near = counterparts(kb, actor_id, limit)
    ids = [actor_id] + [n["id"] for n in near]
    q = select(event_participants.c.event_id, event_participants.c.actor_id).where(event_participants.c.actor_id.in_(ids))
    with kb.engine.connect() as conn:
        rows = conn.execute(q).all()
    by_event: dict[int, list[int]] = {}
    for r in rows:
        by_event.setdefault(r.event_id, []).append(r.actor_id)
    weights: Counter = Counter()
    for members in by_event.values():
        members = sorted(set(members))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                weights[(a, b)] += 1
    nodes = [{"id": me.id, "name": me.name, "kind": me.kind, "events": None, "center": True}]
    nodes += [{**n, "center": False} for n in near]
    edges = [{"source": a, "target": b, "weight": w} for (a, b), w in weights.items()]
    return {"nodes": nodes, "edges": edges}
