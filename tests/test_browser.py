"""The web UI in a real browser: Debian's chromium driven by Playwright.

The fixture installs chromium with apt-get when it is missing (as root),
starts `chancery serve` on 127.0.0.1 over a KB of the examples, and every
test saves a screenshot under test-output/screenshots/.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]
TOKEN = "browser-test-token"
HOSTILE = """<html><head><title>Envoy visit</title></head><body><article>
<h1>Minister Meets Envoy</h1>
<p>Minister of Culture Ana Costa met with Special Envoy Kenji Sato in Lisbon on 2 May 2023.
&lt;script&gt;window.__pwned = 1; alert("script")&lt;/script&gt;
&lt;img src=x onerror="window.__pwned = 2; alert('img')"&gt; The talks covered museums.</p>
</article></body></html>"""


def ensure_chromium() -> str:
    if not Path(CHROMIUM).exists():
        if os.geteuid() != 0 or not shutil.which("apt-get"):
            pytest.fail("Debian's chromium is missing and cannot be installed here (needs root and apt-get)")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium", "fonts-noto-cjk"], check=True, env=env)
    return CHROMIUM


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    db = f"sqlite:///{folder / 'kb.db'}"
    (folder / "hostile.html").write_text(HOSTILE, encoding="utf-8")
    chancery = [sys.executable, "-m", "chancery.cli"]
    subprocess.run([*chancery, "ingest", "--db", db, str(ROOT / "examples"), str(folder / "hostile.html")],
                   check=True, capture_output=True)
    port = free_port()
    env = {**os.environ, "CHANCERY_TOKEN": TOKEN}
    proc = subprocess.Popen([*chancery, "serve", "--db", db, "--port", str(port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail(f"server did not start: {proc.stderr.read().decode()}")
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    executable = ensure_chromium()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def api(server, path, **params):
    return httpx.get(f"{server}{path}", params=params).json()


def test_home_lists_counts_latest_and_upcoming(page, server):
    page.goto(server + "/")
    assert page.locator(".counts strong").first.inner_text() != "0"
    assert page.locator("#latest li").count() > 0
    assert page.locator("#upcoming li .badge").count() > 0


def test_every_page_type_loads(page, server):
    event = api(server, "/api/events")["items"][0]
    doc = api(server, "/api/documents")["items"][0]
    for path in ["/actors", f"/events/{event['id']}", f"/documents/{doc['id']}", "/brief?actor=UNESCO", "/add", "/docs"]:
        response = page.goto(server + path)
        assert response.status == 200, path
        assert page.locator("main h1").count() == 1, path


def test_search_form_and_facets(page, server):
    page.goto(server + "/search")
    page.fill("#search-form input[name=q]", "UNESCO")
    page.click("#search-form button")
    page.wait_for_url("**/search?q=UNESCO")
    assert page.locator("#article-results li a").count() > 0
    facet = page.locator(".facets a").first
    facet.click()
    page.wait_for_load_state()
    assert "=" in page.url.split("q=UNESCO")[1]


def test_profile_timeline_and_graph(page, server):
    unesco = api(server, "/api/actors", q="UNESCO", kind="organization")["items"][0]
    page.goto(f"{server}/actors/{unesco['id']}")
    assert page.locator("#timeline circle").count() >= 2
    assert page.locator("#events li").count() >= 2
    page.wait_for_selector("#graph canvas")
    page.wait_for_function("document.getElementById('graph').dataset.stable === '1'", timeout=15000)
    other = next(n for n in api(server, "/api/graph", actor=unesco["id"])["nodes"] if not n["center"])
    page.locator("#graph").scroll_into_view_if_needed()
    page.evaluate("(id) => window.chanceryGraph.focus(id, {scale: 1.2})", other["id"])
    page.wait_for_timeout(300)
    point = page.evaluate(
        """(id) => { const n = window.chanceryGraph; const p = n.canvasToDOM(n.getPositions([id])[id]);
                     const r = document.querySelector('#graph canvas').getBoundingClientRect();
                     return {x: r.left + p.x, y: r.top + p.y}; }""", other["id"])
    page.screenshot(path=str(SHOTS.parent / "profile-before-click.png"))
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url(f"**/actors/{other['id']}")


def test_upload_a_page_from_the_browser(page, server, tmp_path):
    note = tmp_path / "forum.txt"
    note.write_text("Heritage Forum Opens\nThe Baltic Heritage Council held the Northern Heritage Forum in Riga on 4 June 2024 with the Estonian Culture Institute.\n")
    page.goto(server + "/add")
    page.set_input_files("#add-form input[name=file]", str(note))
    page.fill("#add-form input[name=token]", TOKEN)
    page.click("#add-form button")
    page.wait_for_selector("#add-result")
    assert "added" in page.locator("#add-result h2").inner_text()
    assert "conference" in page.locator("#add-result").inner_text()


def test_upload_without_token_is_refused(page, server, tmp_path):
    note = tmp_path / "x.txt"
    note.write_text("Ministers Meet\nMinister Ana Costa met with President Kenji Sato on 3 May 2022.\n")
    page.goto(server + "/add")
    page.set_input_files("#add-form input[name=file]", str(note))
    page.click("#add-form button")
    assert "token" in page.locator("#add-error").inner_text()


def test_script_in_a_document_does_not_run(page, server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    docs = api(server, "/api/search", q="museums")["articles"]
    (doc,) = docs
    page.goto(f"{server}/documents/{doc['id']}")
    assert "<script>window.__pwned" in page.locator("article.text").inner_text()
    event = api(server, "/api/documents/" + doc["id"])["events"][0]
    page.goto(f"{server}/events/{event['id']}")
    page.goto(f"{server}/search?q=pwned")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    assert dialogs == []


def test_pages_fit_a_phone(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    pg = context.new_page()
    unesco = api(server, "/api/actors", q="UNESCO", kind="organization")["items"][0]
    try:
        for path in ["/", f"/actors/{unesco['id']}", "/search?q=UNESCO", "/brief?actor=UNESCO"]:
            pg.goto(server + path)
            overflow = pg.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, (path, overflow)
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / "test_pages_fit_a_phone.png"), full_page=True)
    finally:
        context.close()
