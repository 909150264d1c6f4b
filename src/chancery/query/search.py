"""Full-text search over articles: SQLite FTS5 (trigram, so Korean words
match inside their particles); on PostgreSQL, ILIKE served by pg_trgm
indexes (likewise substring matching, English and Korean); a LIKE scan for
queries shorter than three characters."""

from __future__ import annotations

from sqlalchemy import func, or_, select, text

from chancery.store.kb import KB
from chancery.store.schema import documents


def _snippet(body: str, query: str, width: int = 80) -> str:
    at = body.lower().find(query.lower())
    if at < 0:
        return body[: 2 * width].replace("\n", " ")
    start = max(0, at - width)
    return ("…" if start else "") + body[start: at + len(query) + width].replace("\n", " ") + "…"


def search(kb: KB, query: str, limit: int = 50, offset: int = 0) -> list[dict]:
    """Documents matching `query`, best first, each with a snippet around the match."""
    query = query.strip()
    if not query:
        return []
    with kb.engine.connect() as conn:
        if kb.is_sqlite and len(query) >= 3:
            phrase = '"' + query.replace('"', '""') + '"'
            rows = conn.execute(
                text(
                    "SELECT d.id, d.url, d.title, d.published, d.language, d.text FROM documents_fts f "
                    "JOIN documents d ON d.id = f.document_id WHERE documents_fts MATCH :q "
                    "ORDER BY bm25(documents_fts) LIMIT :limit OFFSET :offset"
                ),
                {"q": phrase, "limit": limit, "offset": offset},
            ).all()
        else:
            pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            rows = conn.execute(
                select(documents.c.id, documents.c.url, documents.c.title, documents.c.published,
                       documents.c.language, documents.c.text)
                .where(or_(documents.c.text.ilike(pattern, escape="\\"), documents.c.title.ilike(pattern, escape="\\")))
                .order_by(documents.c.published.desc()).limit(limit).offset(offset)
            ).all()
    return [
        {"id": r.id, "url": r.url, "title": r.title, "published": r.published, "language": r.language,
         "snippet": _snippet(r.text, query)}
        for r in rows
    ]


def _year(date: str | None) -> str | None:
    return date[:4] if date and date[:4].isdigit() else None


def search_all(
    kb: KB,
    query: str,
    *,
    type: str | None = None,
    year: str | None = None,
    language: str | None = None,
    country: str | None = None,
    limit: int = 50,
) -> dict:
    """Articles, actors and events matching `query`, narrowed by facets, with facet counts."""
    from chancery.query.actors import list_actors
    from chancery.query.events import events_matching

    articles = search(kb, query, limit=500) if query else []
    found_actors = list_actors(kb, query, limit=limit) if query else []
    found_events = events_matching(kb, query, limit=500) if query else []
    if language:
        articles = [a for a in articles if a["language"] == language]
        found_events = [e for e in found_events if any(s["language"] == language for s in e["sources"])]
    if year:
        articles = [a for a in articles if (a["published"] or "").startswith(year)]
        found_events = [e for e in found_events if _year(e["date"]) == year]
    if type:
        found_events = [e for e in found_events if e["type"] == type]
    if country:
        found_events = [e for e in found_events if any(p["kind"] == "country" and p["name"] == country
                                                       for p in e["participants"])]
    facets = {"type": {}, "year": {}, "language": {}, "country": {}}
    for e in found_events:
        facets["type"][e["type"]] = facets["type"].get(e["type"], 0) + 1
        if _year(e["date"]):
            facets["year"][_year(e["date"])] = facets["year"].get(_year(e["date"]), 0) + 1
        for p in e["participants"]:
            if p["kind"] == "country":
                facets["country"][p["name"]] = facets["country"].get(p["name"], 0) + 1
    for a in articles:
        facets["language"][a["language"]] = facets["language"].get(a["language"], 0) + 1
    return {
        "query": query,
        "filters": {"type": type, "year": year, "language": language, "country": country},
        "articles": articles[:limit],
        "actors": found_actors,
        "events": found_events[:limit],
        "facets": {k: dict(sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))) for k, v in facets.items()},
    }
