"""Full-text search over articles: SQLite FTS5 (trigram, so Korean words
match inside their particles), a LIKE scan elsewhere or for short queries."""

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
            pattern = f"%{query.lower()}%"
            rows = conn.execute(
                select(documents.c.id, documents.c.url, documents.c.title, documents.c.published,
                       documents.c.language, documents.c.text)
                .where(or_(func.lower(documents.c.text).like(pattern), func.lower(documents.c.title).like(pattern)))
                .order_by(documents.c.published.desc()).limit(limit).offset(offset)
            ).all()
    return [
        {"id": r.id, "url": r.url, "title": r.title, "published": r.published, "language": r.language,
         "snippet": _snippet(r.text, query)}
        for r in rows
    ]
