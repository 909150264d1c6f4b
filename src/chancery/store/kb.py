"""The knowledge base's write API: open (migrating), and store one extraction
per transaction, idempotently."""

from __future__ import annotations

import datetime as dt
import json
import os
from importlib.resources import files
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update

from chancery.records import Extraction
from chancery.resolve import actor_key
from chancery.store.schema import actor_names, actors, documents, event_participants, event_sources, events, roles


def default_url() -> str:
    """`$CHANCERY_DB`, else a SQLite file in the user data directory."""
    env = os.environ.get("CHANCERY_DB")
    if env:
        return env
    folder = Path(platformdirs.user_data_dir("chancery"))
    return f"sqlite:///{folder / 'chancery.db'}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    cfg = Config()
    cfg.set_main_option("script_location", str(files("chancery.store") / "migrations"))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class KB:
    """A knowledge base at a SQLAlchemy URL."""

    def __init__(self, url: str | None = None):
        self.url = url or default_url()
        if self.url.startswith("sqlite:///"):
            path = Path(self.url.removeprefix("sqlite:///"))
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
        self.engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        migrate(self.engine)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def location(self) -> str:
        """Where the KB lives, for people: a file path or the URL without password."""
        if self.is_sqlite:
            return self.url.removeprefix("sqlite:///")
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def write(self, extraction: Extraction) -> str:
        """Store one document's extraction in one transaction.

        Returns "added", "updated" (same id, new content: old facts replaced)
        or "unchanged" (this content is stored already, under this id or
        another: nothing written).
        """
        article = extraction.article
        with self.engine.begin() as conn:
            old = conn.execute(select(documents.c.content_hash).where(documents.c.id == article.id)).first()
            if old and old.content_hash == article.content_hash:
                return "unchanged"
            if not old and conn.execute(
                select(documents.c.id).where(documents.c.content_hash == article.content_hash)
            ).first():
                return "unchanged"
            if old:
                self._delete_document(conn, article.id)
            conn.execute(
                insert(documents).values(
                    id=article.id, url=article.url, title=article.title, published=article.published,
                    language=article.language, text=article.text,
                    boilerplate=json.dumps(list(article.boilerplate), ensure_ascii=False),
                    content_hash=article.content_hash, ingested_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
                )
            )
            if self.is_sqlite:
                conn.execute(
                    text("INSERT INTO documents_fts(document_id, title, text) VALUES (:id, :title, :text)"),
                    {"id": article.id, "title": article.title or "", "text": article.text},
                )
            ids = {a.name: self._actor_id(conn, a.name, a.kind) for a in extraction.actors}
            for a in extraction.actors:
                for name in dict.fromkeys((a.name, *a.aliases)):
                    conn.execute(insert(actor_names).values(actor_id=ids[a.name], name=name, document_id=article.id))
                for r in a.roles:
                    conn.execute(insert(roles).values(
                        actor_id=ids[a.name], title=r.title, of_actor_id=ids.get(r.of), of_name=r.of,
                        document_id=article.id, start=r.start, end=r.end, date=article.published,
                    ))
            for e in extraction.events:
                event_id = conn.execute(insert(events).values(
                    type=e.type, status=e.status, date=e.date, place=e.place, name=e.name,
                    cameo=e.cameo, plover=e.plover,
                )).inserted_primary_key[0]
                conn.execute(insert(event_sources).values(
                    event_id=event_id, document_id=article.id, evidence=e.evidence, start=e.start, end=e.end,
                ))
                for position, name in enumerate(dict.fromkeys(e.participants)):
                    if name in ids:
                        conn.execute(insert(event_participants).values(
                            event_id=event_id, actor_id=ids[name], position=position,
                        ))
            return "updated" if old else "added"

    def delete(self, document_id: str) -> bool:
        """Remove a document and the facts only it supports; False if there was none."""
        with self.engine.begin() as conn:
            if not conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first():
                return False
            self._delete_document(conn, document_id)
            return True

    def _actor_id(self, conn, name: str, kind: str) -> int:
        key = actor_key(name, kind)
        row = conn.execute(select(actors.c.id, actors.c.name).where(actors.c.key == key)).first()
        if row:
            if len(name) > len(row.name):
                conn.execute(update(actors).where(actors.c.id == row.id).values(name=name))
            return row.id
        return conn.execute(insert(actors).values(key=key, name=name, kind=kind)).inserted_primary_key[0]

    def _delete_document(self, conn, document_id: str) -> None:
        orphaned = select(event_sources.c.event_id).where(event_sources.c.document_id == document_id)
        event_ids = [r.event_id for r in conn.execute(orphaned)]
        conn.execute(delete(event_sources).where(event_sources.c.document_id == document_id))
        for event_id in event_ids:
            remaining = conn.execute(
                select(func.count()).select_from(event_sources).where(event_sources.c.event_id == event_id)
            ).scalar()
            if not remaining:
                conn.execute(delete(event_participants).where(event_participants.c.event_id == event_id))
                conn.execute(delete(events).where(events.c.id == event_id))
        conn.execute(delete(roles).where(roles.c.document_id == document_id))
        conn.execute(delete(actor_names).where(actor_names.c.document_id == document_id))
        if self.is_sqlite:
            conn.execute(text("DELETE FROM documents_fts WHERE document_id = :id"), {"id": document_id})
        conn.execute(delete(documents).where(documents.c.id == document_id))

    def counts(self) -> dict[str, int]:
        """Rows per main table."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                for t in (documents, actors, events, roles)
            }
