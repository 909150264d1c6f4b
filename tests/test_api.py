"""The REST API and pages over a real SQLite KB, in-process through httpx."""

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from chancery.pipeline import process
from chancery.records import Source
from chancery.store.kb import KB
from chancery.web.app import create_app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
HOSTILE = """<html><head><title>Hostile &lt;script&gt; page</title></head><body><article>
<h1>Minister Meets Envoy</h1>
<p>Minister of Culture Ana Costa met with Special Envoy Kenji Sato in Lisbon on 2 May 2023 &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(2)&gt; to discuss heritage.</p>
</article></body></html>"""


@pytest.fixture
def filled(db_url):
    kb = KB(db_url)
    for path in sorted(EXAMPLES.iterdir()):
        kb.write(process(Source(uri=path.as_uri(), data=path.read_bytes())))
    kb.write(process(Source(uri="test:hostile", data=HOSTILE.encode(), media_type="text/html")))
    kb.close()
    return db_url


@pytest.fixture
def client(filled):
    return TestClient(create_app(filled, token="s3cret", protect_reads=False, max_upload=20_000))


def test_every_page_has_a_json_twin(client):
    oh = client.get("/api/actors", params={"q": "Oh Young-ju"}).json()["items"][0]
    event_id = client.get("/api/events").json()["items"][0]["id"]
    doc_id = client.get("/api/documents").json()["items"][0]["id"]
    pages = ["/", f"/actors/{oh['id']}", f"/events/{event_id}", f"/documents/{doc_id}", "/search?q=UNESCO",
             "/brief?actor=UNESCO", "/actors", "/add", "/docs"]
    for url in pages:
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code == 200, url
        twin = response.headers["link"].split(";")[0].strip("<>")
        assert f'rel="alternate" type="application/json" href="{twin}"'.replace("&", "&amp;") in response.text or twin in response.text
        assert client.get(twin).status_code == 200, twin


def test_profile_api(client):
    oh = client.get("/api/actors", params={"q": "Vice Minister Oh"}).json()["items"][0]
    data = client.get(f"/api/actors/{oh['id']}").json()
    assert data["name"] == "Oh Young-ju"
    assert {"Vice Minister Oh", "Oh Young-ju"} <= {n["name"] for n in data["names"]}
    assert data["roles"][0]["of"] == "Republic of Korea"
    assert data["events"][0]["type"] == "meeting"
    assert data["counterparts"][0]["name"] == "Qu Xing"


def test_events_filters_and_pagination(client):
    all_events = client.get("/api/events", params={"limit": 100}).json()["items"]
    first = client.get("/api/events", params={"limit": 2, "offset": 0}).json()["items"]
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()["items"]
    assert [e["id"] for e in first + second] == [e["id"] for e in all_events[:4]]
    planned = client.get("/api/events", params={"planned": True}).json()["items"]
    assert planned and all(e["status"] == "planned" for e in planned)
    agreements = client.get("/api/events", params={"type": "agreement", "since": "2023"}).json()["items"]
    assert agreements and all(e["type"] == "agreement" for e in agreements)


def test_search_with_facets(client):
    result = client.get("/api/search", params={"q": "UNESCO"}).json()
    assert result["articles"] and result["actors"] and result["events"]
    assert "en" in result["facets"]["language"]
    some_type = next(iter(result["facets"]["type"]))
    narrowed = client.get("/api/search", params={"q": "UNESCO", "type": some_type}).json()
    assert narrowed["events"] and all(e["type"] == some_type for e in narrowed["events"])


def test_graph_and_brief(client):
    unesco = client.get("/api/actors", params={"q": "UNESCO", "kind": "organization"}).json()["items"][0]
    g = client.get("/api/graph", params={"actor": unesco["id"]}).json()
    ids = {n["id"] for n in g["nodes"]}
    assert unesco["id"] in ids and len(ids) > 2
    assert all(e["source"] in ids and e["target"] in ids for e in g["edges"])
    note = client.get("/api/brief", params=[("actor", "UNESCO"), ("actor", "Republic of Korea")]).json()
    assert [a["name"] for a in note["actors"]] == ["UNESCO", "Republic of Korea"]
    md = client.get("/brief.md", params={"actor": "UNESCO"})
    assert md.headers["content-disposition"].startswith("attachment")
    assert md.text.startswith("# Brief: UNESCO")
    assert "[source](" in md.text


def test_document_text_is_escaped(client):
    hostile = process(Source(uri="test:hostile", data=HOSTILE.encode(), media_type="text/html")).article
    assert "<script>alert(1)</script>" in hostile.text
    html = client.get(f"/documents/{hostile.id}").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "<img src=x onerror" not in html


def test_writes_need_the_token(client, filled):
    page = {"file": ("note.txt", b"Ministers Meet\nMinister Ana Costa met with President Kenji Sato of the Pacific Ocean Foundation on 3 May 2022.\n", "text/plain")}
    assert client.post("/api/documents", files=page).status_code == 401
    assert client.post("/api/documents", files=page, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = client.post("/api/documents", files=page, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["status"] == "added"
    doc_id = ok.json()["document_id"]
    assert client.delete(f"/api/documents/{doc_id}").status_code == 401
    assert client.delete(f"/api/documents/{doc_id}", headers={"X-Chancery-Token": "s3cret"}).status_code == 200
    assert client.get(f"/api/documents/{doc_id}").status_code == 404
    closed = TestClient(create_app(filled, token=None))
    assert closed.post("/api/documents", files=page).status_code == 403


def test_upload_size_is_bounded(client):
    big = {"file": ("big.txt", b"word " * 10_000, "text/plain")}
    response = client.post("/api/documents", files=big, headers={"Authorization": "Bearer s3cret"})
    assert response.status_code == 413
    assert "upload limit" in response.json()["detail"]


def test_reads_can_be_closed(filled):
    closed = TestClient(create_app(filled, token="s3cret", protect_reads=True))
    assert closed.get("/api/summary").status_code == 401
    assert closed.get("/api/summary", headers={"Authorization": "Bearer s3cret"}).status_code == 200


def test_openapi_schema_lists_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/actors", "/api/actors/{actor_id}", "/api/events", "/api/search", "/api/graph", "/api/brief",
            "/api/documents", "/api/summary"} <= set(paths)


def test_a_proposed_identity_shows_on_the_profile_as_a_proposal(db_url):
    kb = KB(db_url)
    kb.write(process(Source(uri="test:en", media_type="text/plain", data=(
        "2022-02-23\nForeign Minister Chung Eui-yong met with UNESCO Director-General Audrey Azoulay in Paris on February 22.\n"
    ).encode())))
    kb.write(process(Source(uri="test:ko", media_type="text/plain", data=(
        "2022-03-15\n정의용 외교부 장관은 14일 서울에서 유네스코 관계자들과 만나 교육 협력을 논의했다.\n").encode())))
    kb.close()
    client = TestClient(create_app(db_url, token="s3cret", protect_reads=False, max_upload=20_000))
    korean = client.get("/api/actors", params={"q": "정의용"}).json()["items"][0]
    data = client.get(f"/api/actors/{korean['id']}").json()
    assert [(p["latin"]["name"], p["confidence"]) for p in data["proposals"]] == [("Chung Eui-yong", 1.0)]
    page = client.get(f"/actors/{korean['id']}", headers={"Accept": "text/html"}).text
    assert "Possibly the same person" in page and "not merged" in page and "Chung Eui-yong" in page
