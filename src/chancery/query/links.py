"""Proposed links between actors that may be one person: a person known by
a Korean name and one known by a Latin name whose spelling romanizes alike
("정의용" ~ "Chung Eui-yong"). A proposal is only shown; `chancery merge`
or `chancery split` decides."""

from __future__ import annotations

import re

from sqlalchemy import select

from chancery.language.ko import lexicon
from chancery.language.romanize import name_similarity
from chancery.store.identity import decided
from chancery.store.kb import KB
from chancery.store.schema import actors

MIN_CONFIDENCE = 0.75
_HANGUL = re.compile(r"^[가-힣 ]+$")


def proposals(kb: KB, actor_id: int | None = None, min_confidence: float = MIN_CONFIDENCE) -> list[dict]:
    """Pairs (Korean-named person, Latin-named person) that may be one, with a
    confidence from 0 to 1, best first; pairs the user decided are left out.
    With `actor_id`, only pairs holding that actor."""
    surnames = lexicon().surnames
    with kb.engine.connect() as conn:
        people = conn.execute(select(actors.c.id, actors.c.key, actors.c.name).where(actors.c.kind == "person")).all()
    korean = [p for p in people if _HANGUL.match(p.name)]
    by_token: dict[str, list] = {}
    for p in people:
        if re.search(r"[A-Za-z]", p.name):
            tokens = p.name.replace("-", " ").split()
            for token in {tokens[0].lower(), tokens[-1].lower()}:
                by_token.setdefault(token, []).append(p)
    done = decided(kb)
    found = []
    for k in korean:
        spellings = {s.lower() for n in (1, 2) for s in surnames.get(k.name.replace(" ", "")[:n], ())}
        candidates = {p.id: p for s in spellings for p in by_token.get(s, [])}
        for p in candidates.values():
            if actor_id is not None and actor_id not in (k.id, p.id):
                continue
            if tuple(sorted((k.key, p.key))) in done:
                continue
            confidence = name_similarity(k.name, p.name, surnames)
            if confidence >= min_confidence:
                found.append({"korean": {"id": k.id, "name": k.name}, "latin": {"id": p.id, "name": p.name},
                              "confidence": confidence, "reason": "romanization"})
    return sorted(found, key=lambda f: (-f["confidence"], f["korean"]["name"]))
