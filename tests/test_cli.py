"""The command line, run through Typer's runner against real SQLite files and a real HTTP server."""

import csv
import io
import json
import struct
import zlib
from pathlib import Path

import pytest

from chancery.cli import app
from chancery.store.kb import KB

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = """<html><head><title>Ministers Meet</title><meta name="date" content="2023-03-10"></head><body>
<nav><a href="/">Home</a></nav><article><h1>Ministers Meet</h1>
<p>Minister of Culture Ana Costa met with UNESCO Director-General Maria Lopez in Paris on 8 March 2023 and discussed heritage education.</p>
<p>The two ministers agreed to continue their cooperation on museums and archives in the coming years.</p>
</article></body></html>"""


def tiny_png() -> bytes:
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def ingest(runner, db_url, *args):
    return runner.invoke(app, ["ingest", "--db", db_url, *args])


def test_ingest_examples_then_nothing_changes(runner, db_url):
    first = ingest(runner, db_url, str(EXAMPLES), "--json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    assert report["added"] == len(list(EXAMPLES.iterdir())) and report["failed"] == 0
    assert report["events"] > 0 and report["actors"] > 0
    second = json.loads(ingest(runner, db_url, str(EXAMPLES), "--json").stdout)
    assert (second["added"], second["unchanged"]) == (0, report["added"])


def test_bad_inputs_get_one_line_each_and_the_rest_is_ingested(runner, db_url, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.html").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.html").write_bytes(tiny_png())
    (folder / "broken.txt").write_bytes(
        "Délégués réunis à Genève pour la coopération".encode() + b"\xff" + " éducation et culture".encode())
    (folder / "cut.html").write_text('<html><head><title>Cut</title></head><body><div class="menu"><a href="/a', encoding="utf-8")
    with open(folder / "huge.txt", "w", encoding="utf-8") as fh:
        line = "The minister met the delegation and discussed cooperation.\n"
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    missing = tmp_path / "no-such-file.txt"
    through_file = folder / "good.html" / "child.txt"
    result = ingest(runner, db_url, str(folder), str(missing), str(through_file))
    assert result.exit_code == 1
    errors = [l for l in result.stderr.splitlines() if l.startswith("error:")]
    expected = {
        "empty.txt": "empty file",
        "picture.html": "PNG",
        "broken.txt": "invalid UTF-8",
        "cut.html": "no article text",
        "huge.txt": "too large",
        "no-such-file.txt": "no such file",
        "child.txt": "",
    }
    assert len(errors) == len(expected)
    for name, reason in expected.items():
        assert any(name in e and reason in e for e in errors), (name, errors)
    assert KB(db_url).counts()["documents"] == 1


def test_truncated_html_keeps_what_was_received(runner, db_url, tmp_path):
    page = tmp_path / "partial.html"
    page.write_text(GOOD[: GOOD.index("The two ministers") + 20], encoding="utf-8")
    result = ingest(runner, db_url, str(page))
    assert result.exit_code == 0, result.stderr
    assert KB(db_url).counts()["documents"] == 1


def test_urls_are_fetched_with_errors_reported(runner, db_url, tmp_path, http_server):
    korean = "<html><body><article><h1>유네스코와 협력</h1><p>외교부 장관은 유네스코 사무총장을 면담하고 교육 협력 방안을 논의했다. 양측은 협력을 확대하기로 했다.</p></article></body></html>"
    http_server.handler.routes.update({
        "/ok.html": (200, "text/html; charset=utf-8", GOOD.encode()),
        "/ko.html": (200, "text/html; charset=euc-kr", korean.encode("euc-kr")),
    })
    http_server.handler.delay_paths["/slow.html"] = 3
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join([
        "# press releases", f"{http_server.base}/ok.html", f"{http_server.base}/ko.html",
        f"{http_server.base}/gone.html", f"{http_server.base}/slow.html", "ftp://example.invalid/x",
    ]) + "\n")
    result = ingest(runner, db_url, "--urls", str(urls), "--timeout", "0.5")
    assert result.exit_code == 1
    assert "gone.html: HTTP 404" in result.stderr
    assert "slow.html: timed out" in result.stderr
    assert "not an http(s) URL" in result.stderr
    assert KB(db_url).counts()["documents"] == 2
    assert all(a.startswith("Chancery/") for a in http_server.handler.seen_agents)
    hits = json.loads(runner.invoke(app, ["search", "--db", db_url, "--json", "유네스코"]).stdout)
    assert [h["language"] for h in hits] == ["ko"]


def test_stdin_and_corpus_json(runner, db_url, tmp_path):
    result = runner.invoke(app, ["ingest", "--db", db_url, "-"], input="Ministers Meet\nMinister Ana Costa met with President Kenji Sato of the Pacific Ocean Foundation on 3 May 2022.\n")
    assert result.exit_code == 0, result.stderr
    doc = {"id": "my-doc-1", "url": "https://example.org/1", "lang": "en", "published": "2022-05-04",
           "text": "Talks in Lisbon\nMinister Ana Costa held talks with Director-General Maria Lopez on Monday."}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc))
    out = runner.invoke(app, ["extract", str(path), "--json"])
    assert out.exit_code == 0
    (line,) = out.stdout.splitlines()
    record = json.loads(line)
    assert set(record) == {"id", "actors", "events", "boilerplate"}
    assert record["id"] == "my-doc-1"
    (meeting,) = [e for e in record["events"] if e["type"] == "meeting"]
    assert meeting["date"] == "2022-05-02"
    assert set(meeting) == {"type", "status", "date", "place", "participants", "name", "evidence"}


def test_queries_and_exports(runner, db_url, tmp_path):
    ingest(runner, db_url, str(EXAMPLES))
    actors = json.loads(runner.invoke(app, ["actors", "--db", db_url, "--json", "unesco"]).stdout)
    assert any(a["name"] == "UNESCO" for a in actors)
    shown = runner.invoke(app, ["show", "--db", db_url, "--json", "Vice Minister Oh"])
    profile = json.loads(shown.stdout)
    assert profile["name"] == "Oh Young-ju"
    assert any(r["title"].startswith("Vice Minister") for r in profile["roles"])
    assert [e["type"] for e in profile["events"]][0] == "meeting"
    text = runner.invoke(app, ["show", "--db", db_url, "Oh Young-ju"]).stdout
    assert "Qu Xing" in text and "meeting" in text
    events = json.loads(runner.invoke(app, ["events", "--db", db_url, "--json", "--type", "agreement"]).stdout)
    assert events and all(e["type"] == "agreement" for e in events)
    piped = runner.invoke(app, ["events", "--db", db_url, "--planned"]).stdout.splitlines()
    assert piped[0].split("\t")[:4] == ["id", "date", "type", "status"]
    assert all(row.split("\t")[3] == "planned" for row in piped[1:])
    jsonl = runner.invoke(app, ["export", "--db", db_url, "--format", "jsonl"]).stdout.splitlines()
    assert all(json.loads(l)["sources"] for l in jsonl)
    out = tmp_path / "events.csv"
    runner.invoke(app, ["export", "--db", db_url, "--format", "csv", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert len(rows) == len(jsonl)
    bad = runner.invoke(app, ["export", "--db", db_url, "--format", "xml"])
    assert bad.exit_code != 0


def test_unknown_actor_is_a_clear_error(runner, db_url):
    result = runner.invoke(app, ["show", "--db", db_url, "Nobody At All"])
    assert result.exit_code == 1
    assert "no actor matches" in result.stderr


@pytest.mark.parametrize("command", ["ingest", "extract", "eval", "actors", "show", "events", "search", "export"])
def test_every_command_explains_itself(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert len(result.stdout.strip().splitlines()) > 3


def test_plover_export(runner, db_url):
    ingest(runner, db_url, str(EXAMPLES))
    lines = runner.invoke(app, ["export", "--db", db_url, "--format", "plover"]).stdout.splitlines()
    records = [json.loads(l) for l in lines]
    assert records
    for r in records:
        assert set(r) == {"id", "date", "actor", "recipient", "event", "mode", "event_text", "text_info", "cite_info"}
        assert r["event"] in {"CONSULT", "SUPPORT", "AID", "AGREE"}
        assert r["event_text"] and r["cite_info"]["url"]
    meeting = next(r for r in records if r["actor"] == "Oh Young-ju")
    assert (meeting["event"], meeting["recipient"], meeting["date"]) == ("CONSULT", "Qu Xing", "2023-07-25")
    planned = [r for r in records if r["text_info"]["status"] == "planned"]
    assert planned and all(r["event"] == "AGREE" for r in planned)
