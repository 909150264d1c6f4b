"""WARC input, the Dask batch to Parquet, and bulk loading into SQLite and PostgreSQL."""

import json
from pathlib import Path

import pyarrow.parquet as pq

from chancery.batch import errors, plan
from chancery.cli import app
from chancery.query.documents import get_document
from chancery.store.kb import KB
from warcs import write_warc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
KOREAN = ("<html><head><meta charset='euc-kr'><title>유네스코와 협력</title></head><body><article><h1>유네스코와 협력</h1>"
          "<p>외교부 장관은 유네스코 사무총장을 면담하고 교육 협력 방안을 논의했다. 양측은 협력을 확대하기로 했다.</p>"
          "</article></body></html>")


def crawl(tmp_path) -> Path:
    pages = [(f"https://news.example.org/{p.stem}", 200, "text/html; charset=utf-8", p.read_bytes())
             for p in sorted(EXAMPLES.glob("*.html"))]
    pages += [
        ("https://ko.example.org/1", 200, "text/html", KOREAN.encode("cp949")),
        ("https://news.example.org/gone", 404, "text/html", b"<html><body>Not found</body></html>"),
        ("https://news.example.org/logo.png", 200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(20)),
        ("https://news.example.org/empty", 200, "text/html", b"<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"),
    ]
    return write_warc(tmp_path / "crawl.warc.gz", pages)


def test_ingest_reads_html_responses_with_uri_and_date(runner, db_url, tmp_path):
    warc = crawl(tmp_path)
    result = runner.invoke(app, ["ingest", "--db", db_url, str(warc), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert (report["added"], report["failed"]) == (4, 1)
    assert "news.example.org/empty" in result.stderr
    kb = KB(db_url)
    found = runner.invoke(app, ["search", "--db", db_url, "--json", "유네스코"]).stdout
    (hit,) = json.loads(found)
    doc = get_document(kb, hit["id"])
    assert doc["url"] == "https://ko.example.org/1"
    assert doc["language"] == "ko"
    with kb.engine.connect() as conn:
        fetched = conn.exec_driver_sql("select fetched from documents where url = 'https://ko.example.org/1'").scalar()
    assert fetched.startswith("2024-03-05T10:00:00")


def test_plan_splits_a_warc_into_chunks(tmp_path):
    warc = crawl(tmp_path)
    tasks = plan([str(warc), str(EXAMPLES / "2024-05-korea-unesco-fund.txt")], chunk=2)
    warc_tasks = [t for t in tasks if t.warc]
    assert [t.size for t in warc_tasks] == [2, 2, 1]
    assert len({o for t in warc_tasks for o in t.offsets}) == 5
    assert [t.files for t in tasks if t.files] == [(str(EXAMPLES / "2024-05-korea-unesco-fund.txt"),)]


def test_batch_then_load_equals_direct_ingest(runner, db_url, tmp_path):
    warc = crawl(tmp_path)
    out = tmp_path / "run"
    result = runner.invoke(app, ["batch", str(warc), str(EXAMPLES), "--out", str(out), "--workers", "2",
                                 "--chunk", "2", "--dashboard", ""])
    assert result.exit_code == 0, result.output
    for table in ("articles", "mentions", "actors", "roles", "events", "errors"):
        assert list((out / table).glob("part-*.parquet")), table
    articles = pq.read_table(out / "articles").to_pylist()
    assert len(articles) == 4 + 5
    (failure,) = errors(out)
    assert failure["where"] == "https://news.example.org/empty"
    assert "no article text" in failure["reason"] or "no content left" in failure["reason"]
    mentions = pq.read_table(out / "mentions").to_pylist()
    assert any(m["actor"] == "Oh Young-ju" and m["text"] == "Vice Minister Oh" for m in mentions)

    loaded = runner.invoke(app, ["load", "--db", db_url, str(out), "--json", "--batch", "3"])
    assert loaded.exit_code == 0, loaded.output
    report = json.loads(loaded.stdout)
    assert report["failed_in_batch"] == 1
    direct_db = f"sqlite:///{tmp_path / 'direct.db'}"
    runner.invoke(app, ["ingest", "--db", direct_db, str(warc), str(EXAMPLES)])
    assert KB(db_url).counts() == KB(direct_db).counts()
    again = json.loads(runner.invoke(app, ["load", "--db", db_url, str(out), "--json"]).stdout)
    assert again["added"] == 0 and again["unchanged"] == report["added"] + report["unchanged"]
    assert KB(db_url).counts() == KB(direct_db).counts()


def test_deferred_search_index_comes_back(db_url, tmp_path):
    from sqlalchemy import inspect

    kb = KB(db_url)
    with kb.search_index_deferred():
        pass
    if not kb.is_sqlite:
        names = {ix["name"] for ix in inspect(kb.engine).get_indexes("documents")}
        assert {"ix_documents_text_trgm", "ix_documents_title_trgm"} <= names
