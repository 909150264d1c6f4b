"""Briefing notes: for one or two actors and a period, the people, chronology,
agreements, contributions and planned events, each line with its source."""

from __future__ import annotations

from chancery.query.actors import find_actor, roles_of
from chancery.query.events import list_events
from chancery.store.kb import KB


def brief(kb: KB, actor_ids: list[int], since: str | None = None, until: str | None = None,
          limit: int = 300) -> dict:
    """The briefing note's content for these actors: the events they all take part in
    within the period (up to `limit`), the people in them with their roles, and the
    agreements, contributions and planned events among them."""
    found = [a for a in (find_actor(kb, str(i)) for i in actor_ids) if a]
    chosen = list_events(kb, actor_ids=[a["id"] for a in found], since=since, until=until, limit=limit) if found else []
    people: dict[int, dict] = {}
    for e in chosen:
        for part in e["participants"]:
            if part["kind"] == "person" and part["id"] not in people:
                people[part["id"]] = {"id": part["id"], "name": part["name"], "roles": roles_of(kb, part["id"], 1)}
    return {
        "actors": [{"id": a["id"], "name": a["name"], "kind": a["kind"]} for a in found],
        "period": {"since": since, "until": until},
        "people": list(people.values()),
        "chronology": [e for e in chosen if e["status"] == "happened"],
        "agreements": [e for e in chosen if e["type"] == "agreement" and e["status"] == "happened"],
        "contributions": [e for e in chosen if e["type"] == "aid"],
        "planned": [e for e in chosen if e["status"] == "planned"],
    }


def _line(e: dict) -> str:
    who = ", ".join(p["name"] for p in e["participants"])
    src = e["sources"][0] if e["sources"] else None
    link = f" ([source]({src['url']}))" if src else ""
    return f"- {e['date'] or 'undated'}: {e['type']}{' — ' + e['name'] if e.get('name') else ''}; {who}{link}"


def to_markdown(note: dict) -> str:
    """The briefing note as Markdown, every line linked to its source."""
    names = " and ".join(a["name"] for a in note["actors"]) or "nobody"
    period = note["period"]
    span = f"{period['since'] or 'the beginning'} to {period['until'] or 'now'}"
    out = [f"# Brief: {names}", "", f"Period: {span}.", ""]
    out.append("## Key people")
    for p in note["people"]:
        roles = "; ".join(f"{r['title']}{' of ' + r['of'] if r['of'] else ''} ([source]({r['sources'][0]['url']}))"
                          for r in p["roles"])
        out.append(f"- {p['name']}{': ' + roles if roles else ''}")
    for title, key in (("Chronology", "chronology"), ("Agreements", "agreements"),
                       ("Contributions", "contributions"), ("Planned", "planned")):
        out += ["", f"## {title}"]
        out += [_line(e) for e in note[key]] or ["- none recorded"]
    return "\n".join(out) + "\n"
