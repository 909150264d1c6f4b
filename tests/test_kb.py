"""The knowledge base on a real SQLite file."""

from dataclasses import replace

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

import pytest
from sqlalchemy.exc import IntegrityError

from chancery.pipeline import process
from chancery.query.actors import find_actor, profile
from chancery.query.events import list_events
from chancery.query.search import search
from chancery.records import Actor, Source
from chancery.store.kb import KB

PAGE_A = """Ministers Meet on Heritage
Minister of Culture Ana Costa met with UNESCO Director-General Maria Lopez in Paris on 8 March 2023.
UNESCO and Portugal will hold a forum on living heritage in Lisbon in 2024.
"""
PAGE_B = """Heritage Fund Announced
UNESCO Director-General Maria Lopez welcomed a contribution of 3 million dollars from Portugal on 20 May 2023.
"""


def src(uri: str, text: str) -> Source:
    return Source(uri=uri, data=text.encode(), media_type="text/plain")


def test_migrations_create_the_schema(kb):
    tables = set(inspect(kb.engine).get_table_names())
    with kb.engine.connect() as conn:
        version = conn.execute(text("select version_num from alembic_version")).scalar()
    assert {"documents", "actors", "actor_names", "roles", "events", "event_sources", "event_participants"} <= tables
    if kb.is_sqlite:
        assert "documents_fts" in tables
    script = ScriptDirectory.from_config(_alembic_config())
    assert version == script.get_current_head()


def _alembic_config():
    from importlib.resources import files

    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("chancery.store") / "migrations"))
    return cfg


def test_migrations_go_down_and_up_again(kb):
    from alembic import command

    cfg = _alembic_config()
    with kb.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert "documents" not in inspect(kb.engine).get_table_names()
    with kb.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert kb.write(process(src("test:a", PAGE_A))) == "added"


def test_reingesting_unchanged_document_changes_nothing(kb):
    x = process(src("test:a", PAGE_A))
    assert kb.write(x) == "added"
    before = kb.counts()
    assert kb.write(process(src("test:a", PAGE_A))) == "unchanged"
    assert kb.counts() == before


def test_changed_document_replaces_its_facts(kb):
    kb.write(process(src("test:a", PAGE_A)))
    assert kb.write(process(src("test:a", PAGE_B))) == "updated"
    counts = kb.counts()
    assert counts["documents"] == 1
    events = list_events(kb)
    assert {e["type"] for e in events} == {"aid"}


def test_same_actor_across_documents_is_one_actor(kb):
    kb.write(process(src("test:a", PAGE_A)))
    kb.write(process(src("test:b", PAGE_B)))
    lopez = find_actor(kb, "Director-General Maria Lopez")
    data = profile(kb, lopez["id"])
    assert data["name"] == "Maria Lopez"
    assert {e["type"] for e in data["events"]} >= {"meeting", "aid"}
    (role,) = data["roles"]
    assert (role["title"], role["of"], role["count"]) == ("Director-General", "UNESCO", 2)
    assert len({s["document_id"] for s in role["sources"]}) == 2


def test_event_filters(kb):
    kb.write(process(src("test:a", PAGE_A)))
    kb.write(process(src("test:b", PAGE_B)))
    assert [e["type"] for e in list_events(kb, type="aid")] == ["aid"]
    assert [e["date"] for e in list_events(kb, since="2023-04")] == ["2023-05-20", "2024"]
    assert [e["date"] for e in list_events(kb, until="2023-03")] == ["2023-03-08"]
    assert all(e["status"] == "planned" for e in list_events(kb, planned=True))
    assert list_events(kb, planned=True)


def test_full_text_search_english_and_korean(kb):
    kb.write(process(src("test:a", PAGE_A)))
    korean = "유네스코와 협력\n외교부 장관은 유네스코와 교육 협력 방안을 논의했다.\n"
    kb.write(process(src("test:k", korean)))
    assert [r["id"] for r in search(kb, "living heritage")] == [process(src("test:a", PAGE_A)).article.id]
    hits = search(kb, "유네스코")
    assert len(hits) == 1 and "유네스코와" in hits[0]["snippet"]


def test_failed_write_leaves_nothing_half_written(kb):
    good = process(src("test:a", PAGE_A))
    broken = replace(good, actors=good.actors + (Actor(name="Nobody", kind=None),))
    with pytest.raises(IntegrityError):
        kb.write(broken)
    assert kb.counts() == {"documents": 0, "actors": 0, "events": 0, "roles": 0}
    assert search(kb, "heritage") == []


def test_kb_reopens_without_migrating_twice(db_url):
    KB(db_url).write(process(src("test:a", PAGE_A)))
    again = KB(db_url)
    assert again.counts()["documents"] == 1


def test_same_article_under_another_address_is_not_stored_twice(kb):
    assert kb.write(process(src("file:///a/page.txt", PAGE_A))) == "added"
    assert kb.write(process(src("file:///b/copy-of-page.txt", PAGE_A))) == "unchanged"
    assert kb.counts()["documents"] == 1


REPORT_A = "Culture Talks in Paris\nMinister of Culture Ana Costa met with UNESCO Director-General Maria Lopez in Paris on 8 March 2023 and discussed heritage education.\n"
REPORT_B = "Lisbon and UNESCO Meet\nUNESCO Director-General Maria Lopez held talks with Minister of Culture Ana Costa on March 8 in Paris, the ministry said on 10 March 2023.\n"
OTHER_DAY = "Second Meeting\nMinister of Culture Ana Costa met with UNESCO Director-General Maria Lopez in Lisbon on 20 June 2023.\n"
OTHER_PEOPLE = "Culture Talks\nMinister of Culture Ana Costa met with President Kenji Sato of the Pacific Ocean Foundation on 8 March 2023.\n"


def meetings(kb):
    return [e for e in list_events(kb, type="meeting")]


def test_one_meeting_reported_twice_is_one_event_with_two_sources(kb):
    kb.write(process(src("test:a", REPORT_A)))
    kb.write(process(src("test:b", REPORT_B)))
    (meeting,) = meetings(kb)
    assert {s["document_id"] for s in meeting["sources"]} == {
        process(src("test:a", REPORT_A)).article.id, process(src("test:b", REPORT_B)).article.id}
    assert all(s["evidence"] for s in meeting["sources"])
    assert meeting["date"] == "2023-03-08"
    assert {p["name"] for p in meeting["participants"]} == {"Ana Costa", "Maria Lopez"}


def test_different_happenings_are_never_merged(kb):
    for n, page in enumerate((REPORT_A, OTHER_DAY, OTHER_PEOPLE)):
        kb.write(process(src(f"test:{n}", page)))
    found = meetings(kb)
    assert len(found) == 3
    assert all(len(e["sources"]) == 1 for e in found)


def test_removing_one_report_keeps_the_event_of_the_other(kb):
    kb.write(process(src("test:a", REPORT_A)))
    kb.write(process(src("test:b", REPORT_B)))
    assert kb.delete(process(src("test:a", REPORT_A)).article.id)
    (meeting,) = meetings(kb)
    assert len(meeting["sources"]) == 1


def test_same_batch_reports_merge_too(kb):
    kb.write_many([process(src("test:a", REPORT_A)), process(src("test:b", REPORT_B))])
    assert len(meetings(kb)) == 1


REPORT_C = ("Paris Talks\nUNESCO Director-General Maria Lopez met Minister of Culture Ana Costa at UNESCO headquarters"
            " in Paris on 8 March 2023.\n")


def test_a_bulk_load_joins_reports_across_its_batches_and_with_what_was_stored(kb):
    from chancery.store.kb import Bulk

    kb.write(process(src("test:a", REPORT_A)))
    bulk = Bulk()
    kb.write_many([process(src("test:other", OTHER_DAY))], bulk)
    kb.write_many([process(src("test:b", REPORT_B))], bulk)
    kb.write_many([process(src("test:c", REPORT_C))], bulk)
    found = sorted(meetings(kb), key=lambda e: e["date"])
    assert [(e["date"], len(e["sources"])) for e in found] == [("2023-03-08", 3), ("2023-06-20", 1)]


def test_a_bulk_load_starts_again_from_the_store_after_a_failed_batch(kb):
    from chancery.store.kb import Bulk

    bulk = Bulk()
    kb.write_many([process(src("test:a", REPORT_A))], bulk)
    bad = process(src("test:bad", OTHER_DAY))
    bad = replace(bad, article=replace(bad.article, id=None))
    import sqlite3

    from psycopg.errors import NotNullViolation

    with pytest.raises((IntegrityError, NotNullViolation, sqlite3.IntegrityError)):
        kb.write_many([bad], bulk)
    assert bulk.before is None and not bulk.fetched
    kb.write_many([process(src("test:b", REPORT_B))], bulk)
    (meeting,) = meetings(kb)
    assert len(meeting["sources"]) == 2
