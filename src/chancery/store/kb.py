"""The knowledge base's write API: open (migrating), and store extractions,
each batch in one transaction, idempotently.

Identity: a document by its id (corpus id, or a hash of its URL) and by its
content hash (the same article under another address is stored once); an
actor by `resolve.actor_key` (kind plus folded canonical name), so the same
actor named in many documents is one row.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, and_, create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from chancery.records import Extraction
from chancery.resolve import actor_key
from chancery.store.happenings import Happening, Pool, agreeing_dates, more_precise
from chancery.store.schema import actor_names, actor_redirects, actors, documents, event_participants, event_sources, events, roles

RETRIES = 5
SEARCH_INDEXES = {
    "ix_documents_text_trgm": "CREATE INDEX IF NOT EXISTS ix_documents_text_trgm ON documents USING gin (text gin_trgm_ops)",
    "ix_documents_title_trgm": "CREATE INDEX IF NOT EXISTS ix_documents_title_trgm ON documents USING gin (title gin_trgm_ops)",
}


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
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    cfg = Config()
    cfg.set_main_option("script_location", str(files("chancery.store") / "migrations"))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(7301)"))
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def _sqlite_value(value):
    """A value as SQLAlchemy stores it in SQLite (datetimes as text with microseconds)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value


def _retryable(exc: Exception) -> bool:
    """A conflict with a concurrent writer: a unique key taken meanwhile, a
    deadlock, a busy file. Errors come wrapped by SQLAlchemy, or straight from
    the driver when rows go in bulk (`_insert`)."""
    orig = getattr(exc, "orig", None) or exc
    if not (isinstance(exc, DBAPIError) or type(orig).__module__.startswith(("psycopg", "sqlite3"))):
        return False
    message = str(orig).lower()
    return any(cue in message for cue in ("unique", "duplicate key", "deadlock", "database is locked",
                                          "could not serialize"))


@dataclass
class Bulk:
    """What one bulk load keeps from batch to batch: the happenings it may
    join (those it wrote, and those stored before it began, fetched once per
    date form) and the actor ids it has seen. A failed batch clears it, so
    the next starts again from what is stored. Reports from another writer
    running at the same time are not seen, so they may not join this load's
    events (nothing is lost or duplicated, a happening may stay two events)."""

    pool: Pool = field(default_factory=Pool)
    before: int | None = None
    queried: set = field(default_factory=set)
    fetched: set = field(default_factory=set)
    actors: dict[str, tuple[int, str]] = field(default_factory=dict)

    def reset(self) -> None:
        self.pool, self.before = Pool(), None
        self.queried, self.fetched, self.actors = set(), set(), {}


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
        return self.write_many([extraction])[0]

    def write_many(self, extractions: list[Extraction], bulk: Bulk | None = None) -> list[str]:
        """Store a batch of extractions in one transaction; a status for each, as `write` gives.

        A conflict with a concurrent writer rolls the batch back and tries it
        again, so overlapping ingests neither fail nor duplicate. A bulk load
        passes the same `Bulk` with every batch (see `Bulk`).
        """
        for attempt in range(RETRIES):
            try:
                with self.engine.begin() as conn:
                    return self._write_batch(conn, extractions, bulk)
            except Exception as exc:  # noqa: BLE001 - only conflicts are retried, the rest re-raised
                if bulk is not None:
                    bulk.reset()
                if attempt == RETRIES - 1 or not _retryable(exc):
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def _write_batch(self, conn, extractions: list[Extraction], bulk: Bulk | None) -> list[str]:
        ids = [x.article.id for x in extractions]
        hashes = [x.article.content_hash for x in extractions]
        stored = dict(conn.execute(select(documents.c.id, documents.c.content_hash).where(documents.c.id.in_(ids))).all())
        known_hashes = set(conn.execute(select(documents.c.content_hash).where(documents.c.content_hash.in_(hashes))).scalars())
        statuses: list[str] = []
        todo: list[Extraction] = []
        seen: set[str] = set()
        taken: set[str] = set()
        for x in extractions:
            a = x.article
            if stored.get(a.id) == a.content_hash or (a.id not in stored and a.content_hash in known_hashes) \
                    or a.content_hash in seen or a.id in taken:
                statuses.append("unchanged")
                continue
            if a.id in stored:
                self._delete_document(conn, a.id)
                statuses.append("updated")
            else:
                statuses.append("added")
            seen.add(a.content_hash)
            taken.add(a.id)
            todo.append(x)
        if not todo:
            return statuses
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self._insert(conn, documents, [
            {"id": x.article.id, "url": x.article.url, "title": x.article.title, "published": x.article.published,
             "language": x.article.language, "text": x.article.text, "fetched": x.article.fetched,
             "boilerplate": json.dumps(list(x.article.boilerplate), ensure_ascii=False),
             "content_hash": x.article.content_hash, "ingested_at": now}
            for x in todo
        ])
        if self.is_sqlite:
            conn.execute(
                text("INSERT INTO documents_fts(document_id, title, text) VALUES (:id, :title, :text)"),
                [{"id": x.article.id, "title": x.article.title or "", "text": x.article.text} for x in todo],
            )
        actor_ids = self._actor_ids(conn, [(a.name, a.kind) for x in todo for a in x.actors], bulk)
        name_rows, role_rows, reports = [], [], []
        for x in todo:
            doc = x.article.id
            kind_of = {a.name: a.kind for a in x.actors}
            local = {a.name: actor_ids[actor_key(a.name, a.kind)] for a in x.actors}
            for a in x.actors:
                for name in dict.fromkeys((a.name, *a.aliases)):
                    name_rows.append({"actor_id": local[a.name], "name": name, "document_id": doc})
                for r in a.roles:
                    role_rows.append({"actor_id": local[a.name], "title": r.title, "of_actor_id": local.get(r.of),
                                      "of_name": r.of, "document_id": doc, "start": r.start, "end": r.end,
                                      "date": x.article.published})
            for e in x.events:
                members = [local[p] for p in dict.fromkeys(e.participants) if p in kind_of]
                persons = {local[p] for p in e.participants if kind_of.get(p) == "person"}
                reports.append((doc, e, members, persons))
        self._insert(conn, actor_names, name_rows)
        self._insert(conn, roles, role_rows)
        if reports:
            self._write_events(conn, reports, bulk)
        return statuses

    def _write_events(self, conn, reports: list, bulk: Bulk | None) -> None:
        """Store event reports: one joining an event another document already
        holds (`store.happenings`) adds a source to it; the rest are new events."""
        pool = self._candidates(conn, [e for _, e, _, _ in reports], bulk)
        new_rows, sources, participants, changed = {}, [], [], {}
        fresh = self._new_ids(conn, len(reports))
        for (doc, e, members, persons), fresh_id in zip(reports, fresh):
            report = Happening(fresh_id, e.type, e.status, e.date, e.name, e.place, members, persons, {doc})
            match = pool.find(report, doc)
            if match is None:
                pool.add(report)
                new_rows[fresh_id] = {"id": fresh_id, "type": e.type, "status": e.status, "date": e.date,
                                      "place": e.place, "name": e.name, "cameo": e.cameo, "plover": e.plover}
                participants += [{"event_id": fresh_id, "actor_id": a, "position": i} for i, a in enumerate(members)]
                event_id = fresh_id
            else:
                match.documents.add(doc)
                for actor in members:
                    if actor not in match.participants:
                        participants.append({"event_id": match.id, "actor_id": actor,
                                             "position": len(match.participants)})
                        pool.join(match, actor)
                match.persons |= persons
                date = more_precise(match.date, e.date)
                match.date, match.place, match.name = date, match.place or e.place, match.name or e.name
                if match.id in new_rows:
                    new_rows[match.id].update(date=match.date, place=match.place, name=match.name)
                else:
                    changed[match.id] = match
                event_id = match.id
            sources.append({"event_id": event_id, "document_id": doc, "evidence": e.evidence,
                            "start": e.start, "end": e.end})
        self._insert(conn, events, list(new_rows.values()))
        self._insert(conn, event_sources, sources)
        self._insert(conn, event_participants, participants)
        for h in changed.values():
            conn.execute(update(events).where(events.c.id == h.id).values(date=h.date, place=h.place, name=h.name))

    def _new_ids(self, conn, n: int) -> list[int]:
        """`n` fresh event ids: from the sequence on PostgreSQL, after the largest on SQLite
        (whose writers are serialized, so no two transactions draw the same ids)."""
        if self.is_sqlite:
            top = conn.execute(select(func.max(events.c.id))).scalar() or 0
            return list(range(top + 1, top + n + 1))
        return conn.execute(
            text("SELECT nextval(pg_get_serial_sequence('events', 'id')) FROM generate_series(1, :n)"), {"n": n},
        ).scalars().all()

    def _candidates(self, conn, reports: list, bulk: Bulk | None = None) -> Pool:
        """Stored events that reports of this batch might join, fetched by the
        date forms that can agree with theirs (`happenings.agreeing_dates`).
        In a bulk load, the pool carries over from batch to batch: only events
        stored before the load began are fetched, each date form once."""
        pool = Pool() if bulk is None else bulk.pool
        ceiling = None
        if bulk is not None:
            if bulk.before is None:
                bulk.before = conn.execute(select(func.max(events.c.id))).scalar() or 0
            if not bulk.before:
                return pool
            ceiling = bulk.before
        date = events.c.date
        by_type = []
        for kind in sorted({e.type for e in reports}):
            forms = agreeing_dates([e.date for e in reports if e.type == kind])
            if bulk is not None:
                forms = {k: {v for v in vs if (kind, k, v) not in bulk.queried} for k, vs in forms.items()}
                bulk.queried |= {(kind, k, v) for k, vs in forms.items() for v in vs}
            conditions = [date.in_(forms["exact"])] if forms["exact"] else []
            if forms["day"]:
                conditions.append(func.substr(date, 1, 10).in_(forms["day"]))
            if forms["month"]:
                conditions.append(func.substr(date, 1, 7).in_(forms["month"]))
            if forms["yearless_day"]:
                conditions.append(func.substr(date, 5, 6).in_(forms["yearless_day"]))
            if conditions:
                by_type.append(and_(events.c.type == kind, or_(*conditions)))
        if not by_type:
            return pool
        q = select(events).where(date.is_not(None), or_(*by_type))
        if ceiling is not None:
            q = q.where(events.c.id <= ceiling)
        rows = [r for r in conn.execute(q).all() if bulk is None or r.id not in bulk.fetched]
        if bulk is not None:
            bulk.fetched |= {r.id for r in rows}
        if not rows:
            return pool
        ids = [r.id for r in rows]
        members: dict[int, list] = {}
        for p in conn.execute(
            select(event_participants.c.event_id, event_participants.c.actor_id, actors.c.kind)
            .join(actors, actors.c.id == event_participants.c.actor_id)
            .where(event_participants.c.event_id.in_(ids)).order_by(event_participants.c.position)
        ):
            members.setdefault(p.event_id, []).append((p.actor_id, p.kind))
        docs: dict[int, set] = {}
        for s in conn.execute(select(event_sources.c.event_id, event_sources.c.document_id)
                              .where(event_sources.c.event_id.in_(ids))):
            docs.setdefault(s.event_id, set()).add(s.document_id)
        for r in rows:
            pool.add(Happening(r.id, r.type, r.status, r.date, r.name, r.place,
                               [a for a, _ in members.get(r.id, [])],
                               {a for a, k in members.get(r.id, []) if k == "person"}, docs.get(r.id, set())))
        return pool

    def _insert(self, conn, table, rows: list[dict]) -> None:
        """Insert many rows in the open transaction: the driver's executemany
        on SQLite (plain tuples, without SQLAlchemy's per-row parameter
        processing), COPY on PostgreSQL (one stream instead of a statement
        per row). Datetimes are written in SQLAlchemy's SQLite form."""
        if not rows:
            return
        columns = list(rows[0])
        if self.is_sqlite:
            statement = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
                table.name, ", ".join(f'"{c}"' for c in columns), ", ".join("?" for _ in columns))
            values = [tuple(_sqlite_value(row[c]) for c in columns) for row in rows]
            conn.connection.dbapi_connection.cursor().executemany(statement, values)
            return
        from psycopg import sql

        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table.name), sql.SQL(", ").join(sql.Identifier(c) for c in columns))
        with conn.connection.dbapi_connection.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])

    def _actor_ids(self, conn, named: list[tuple[str, str]], bulk: Bulk | None = None) -> dict[str, int]:
        """Get or create the actors for (name, kind) pairs; returns key -> id.

        Keys are inserted in sorted order with ON CONFLICT DO NOTHING, so
        concurrent writers neither duplicate an actor nor deadlock. A longer
        name for a known actor becomes its display name. A key the user merged
        into another actor (`store.identity.merge`) gives that actor.
        """
        wanted: dict[str, tuple[str, str]] = {}
        for name, kind in named:
            key = actor_key(name, kind)
            if key not in wanted or len(name) > len(wanted[key][0]):
                wanted[key] = (name, kind)
        known: dict[str, int] = {}
        if bulk is not None:
            for key in list(wanted):
                if key in bulk.actors and len(bulk.actors[key][1]) >= len(wanted[key][0]):
                    known[key] = bulk.actors[key][0]
                    del wanted[key]
        if not wanted:
            return known
        redirected = dict(conn.execute(select(actor_redirects.c.key, actor_redirects.c.actor_id)
                                       .where(actor_redirects.c.key.in_(list(wanted)))).all())
        for key in redirected:
            del wanted[key]
        if not wanted:
            return {**known, **redirected}
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        rows = [{"key": k, "name": wanted[k][0], "kind": wanted[k][1]} for k in sorted(wanted)]
        conn.execute(dialect.insert(actors).on_conflict_do_nothing(index_elements=["key"]), rows)
        found = conn.execute(select(actors.c.key, actors.c.id, actors.c.name).where(actors.c.key.in_(list(wanted)))).all()
        for row in found:
            longer = wanted[row.key][0]
            if len(longer) > len(row.name):
                conn.execute(update(actors).where(actors.c.id == row.id).values(name=longer))
            if bulk is not None:
                bulk.actors[row.key] = (row.id, max(longer, row.name, key=len))
        return {**known, **{row.key: row.id for row in found}, **redirected}

    @contextmanager
    def search_index_deferred(self):
        """On PostgreSQL, drop the trigram search indexes for a bulk load and
        build them again afterwards (also when the load fails): one build is
        cheaper than updating them row by row. Searches stay correct meanwhile,
        only slower. Does nothing on SQLite."""
        if self.is_sqlite:
            yield
            return
        with self.engine.begin() as conn:
            for name in SEARCH_INDEXES:
                conn.execute(text(f"DROP INDEX IF EXISTS {name}"))
        try:
            yield
        finally:
            with self.engine.begin() as conn:
                for ddl in SEARCH_INDEXES.values():
                    conn.execute(text(ddl))

    def delete(self, document_id: str) -> bool:
        """Remove a document and the facts only it supports; False if there was none."""
        with self.engine.begin() as conn:
            if not conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first():
                return False
            self._delete_document(conn, document_id)
            return True

    def _delete_document(self, conn, document_id: str) -> None:
        event_ids = list(conn.execute(
            select(event_sources.c.event_id).where(event_sources.c.document_id == document_id)).scalars())
        conn.execute(delete(event_sources).where(event_sources.c.document_id == document_id))
        if event_ids:
            still = set(conn.execute(
                select(event_sources.c.event_id).where(event_sources.c.event_id.in_(event_ids))).scalars())
            orphans = [e for e in event_ids if e not in still]
            if orphans:
                conn.execute(delete(event_participants).where(event_participants.c.event_id.in_(orphans)))
                conn.execute(delete(events).where(events.c.id.in_(orphans)))
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
