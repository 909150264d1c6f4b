"""Tables of the knowledge base (SQLAlchemy Core). Migrations create them;
this module is what the code queries against."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("url", Text, nullable=False),
    Column("title", Text),
    Column("published", String(32)),
    Column("language", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("boilerplate", Text, nullable=False, default="[]"),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("ingested_at", DateTime, nullable=False),
    Column("fetched", String(32)),
)

actors = Table(
    "actors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
)

actor_names = Table(
    "actor_names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("document_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    UniqueConstraint("actor_id", "name", "document_id", name="uq_actor_names"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("of_actor_id", Integer, ForeignKey("actors.id", ondelete="SET NULL")),
    Column("of_name", Text),
    Column("document_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("date", String(32)),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(20), nullable=False, index=True),
    Column("status", String(10), nullable=False),
    Column("date", String(32), index=True),
    Column("place", Text),
    Column("name", Text),
    Column("cameo", String(8)),
    Column("plover", String(20)),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("document_id", String(200), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("evidence", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, nullable=False),
)

actor_redirects = Table(
    "actor_redirects",
    metadata,
    Column("key", String(400), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id", ondelete="CASCADE"), nullable=False, index=True),
)

actor_decisions = Table(
    "actor_decisions",
    metadata,
    Column("key_a", String(400), primary_key=True),
    Column("key_b", String(400), primary_key=True),
    Column("decision", String(10), nullable=False),
    Column("decided_at", DateTime, nullable=False),
)
