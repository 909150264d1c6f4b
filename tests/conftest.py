"""Shared fixtures: real SQLite files, a real local HTTP server, the shared corpus."""

from __future__ import annotations

import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chancery.store.kb import KB

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """A real PostgreSQL server for the whole test run."""
    from pg import Server

    server = Server().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A fresh, empty KB location: a SQLite file, or a new database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"kb_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def kb(db_url):
    base = KB(db_url)
    yield base
    base.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the shared corpus must sit beside the project")
    return SHARED


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    delay_paths: dict[str, float] = {}
    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path in self.delay_paths:
            time.sleep(self.delay_paths[self.path])
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):
        pass


@pytest.fixture
def http_server():
    """A real HTTP server on 127.0.0.1; tests fill `routes` and `delay_paths`."""
    handler = type("Handler", (_Handler,), {"routes": {}, "delay_paths": {}, "seen_agents": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    server.handler = handler
    yield server
    server.shutdown()
    server.server_close()
