"""FastAPI app: every page is built from the same `query/` call as its JSON twin.

Pages live at /, /search, /actors/{id}, /events/{id}, /documents/{id},
/brief and /add; their data at the matching /api/... route, advertised with
`<link rel="alternate">` and a `Link` header. Reads are open unless
CHANCERY_PROTECT_READS=1; writes need CHANCERY_TOKEN.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Annotated

import httpx
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from chancery.errors import IngestError
from chancery.ingest.sources import USER_AGENT, fetch_url
from chancery.pipeline import process
from chancery.query.actors import find_actor, list_actors, profile
from chancery.query.brief import brief, to_markdown
from chancery.query.documents import get_document, list_documents
from chancery.query.events import event_dates, get_event, latest_events, list_events, upcoming_events
from chancery.query.graph import counterparts, graph
from chancery.query.search import search_all
from chancery.records import Source
from chancery.store.kb import KB
from chancery.web.auth import Access
from chancery.web.charts import COLORS, TYPES, timeline

DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
HERE = files("chancery.web")


def _vis_network() -> Path | None:
    """vis-network's script as the pyvis package ships it (no CDN)."""
    try:
        path = Path(str(files("pyvis"))) / "lib" / "vis-9.1.2" / "vis-network.min.js"
    except ModuleNotFoundError:
        return None
    return path if path.is_file() else None


def _segments(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The text split around an evidence span, for highlighting (the template escapes each part)."""
    start, end = max(0, start), min(len(text), end)
    return text[:start], text[start:end], text[end:]


def create_app(db_url: str | None = None, token: str | None = None, protect_reads: bool | None = None,
               max_upload: int | None = None) -> FastAPI:
    """The app over the KB at `db_url`; settings default to CHANCERY_* environment variables."""
    kb = KB(db_url)
    access = Access(
        token=token if token is not None else (os.environ.get("CHANCERY_TOKEN") or None),
        protect_reads=protect_reads if protect_reads is not None else os.environ.get("CHANCERY_PROTECT_READS") == "1",
    )
    limit_upload = max_upload or int(os.environ.get("CHANCERY_MAX_UPLOAD", DEFAULT_MAX_UPLOAD))
    app = FastAPI(title="Chancery", description="The public record of diplomacy as a knowledge base.",
                  version="0.1.0", docs_url=None, redoc_url=None)
    app.state.kb = kb
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(colors=COLORS, types=TYPES)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def page(request: Request, template: str, data: dict, api: str, status: int = 200) -> HTMLResponse:
        access.check_read(request)
        response = templates.TemplateResponse(request, template, {**data, "api": api, "writable": bool(access.token)},
                                              status_code=status)
        response.headers["Link"] = f'<{api}>; rel="alternate"; type="application/json"'
        return response

    def api(request: Request, data) -> JSONResponse:
        access.check_read(request)
        return JSONResponse(data)

    def actor_or_404(actor_id: int) -> dict:
        found = profile(kb, actor_id)
        if not found:
            raise HTTPException(404, f"no actor {actor_id}")
        return found

    def document_or_404(document_id: str) -> dict:
        found = get_document(kb, document_id)
        if not found:
            raise HTTPException(404, f"no document {document_id}")
        return found

    def event_or_404(event_id: int) -> dict:
        found = get_event(kb, event_id)
        if not found:
            raise HTTPException(404, f"no event {event_id}")
        return found

    def home_data() -> dict:
        return {"counts": kb.counts(), "latest": latest_events(kb, 10), "upcoming": upcoming_events(kb, 10)}

    def profile_data(actor_id: int) -> dict:
        data = actor_or_404(actor_id)
        data["counterparts"] = counterparts(kb, actor_id)
        return data

    def brief_data(actor: list[str], since: str | None, until: str | None) -> dict:
        ids = []
        for ref in actor:
            found = find_actor(kb, ref)
            if not found:
                raise HTTPException(404, f"no actor matches {ref!r}")
            ids.append(found["id"])
        return brief(kb, ids, since or None, until or None)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return templates.TemplateResponse(request, "error.html", {"status": exc.status_code, "detail": exc.detail,
                                                                  "api": None, "writable": bool(access.token)},
                                          status_code=exc.status_code)

    @app.get("/vendor/vis-network.min.js", include_in_schema=False)
    def vis_network():
        path = _vis_network()
        if path is None:
            raise HTTPException(404, "vis-network is not installed (pip install pyvis)")
        return FileResponse(path, media_type="application/javascript")

    @app.get("/api/summary", tags=["home"])
    def api_summary(request: Request):
        """Counts, latest events and upcoming (planned) events."""
        return api(request, home_data())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        return page(request, "home.html", home_data(), "/api/summary")

    @app.get("/api/documents", tags=["documents"])
    def api_documents(request: Request, limit: Annotated[int, Query(le=500)] = 50, offset: int = 0,
                      language: str | None = None):
        """Documents, newest first."""
        return api(request, {"items": list_documents(kb, limit, offset, language), "limit": limit, "offset": offset})

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def api_document(request: Request, document_id: str):
        """One document with its text and the facts drawn from it."""
        return api(request, document_or_404(document_id))

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: str, event: int | None = None):
        doc = document_or_404(document_id)
        chosen = next((e for e in doc["events"] if e["id"] == event), None)
        span = (chosen["start"], chosen["end"]) if chosen else (0, 0)
        return page(request, "document.html", {"doc": doc, "parts": _segments(doc["text"], *span)},
                    f"/api/documents/{document_id}")

    @app.delete("/api/documents/{document_id}", tags=["documents"])
    def api_delete_document(request: Request, document_id: str):
        """Remove a document and every fact that only it supports (needs the token)."""
        access.check_write(request)
        if not kb.delete(document_id):
            raise HTTPException(404, f"no document {document_id}")
        return {"deleted": document_id}

    @app.get("/api/actors", tags=["actors"])
    def api_actors(request: Request, q: str | None = None, kind: str | None = None,
                   limit: Annotated[int, Query(le=500)] = 50, offset: int = 0):
        """Actors whose name or alias contains `q`, most active first."""
        return api(request, {"items": list_actors(kb, q, kind, limit, offset), "limit": limit, "offset": offset})

    @app.get("/api/actors/{actor_id}", tags=["actors"])
    def api_actor(request: Request, actor_id: int):
        """An actor's profile: names, roles with sources, events, counterparts."""
        return api(request, profile_data(actor_id))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request, q: str | None = None, kind: str | None = None):
        return page(request, "actors.html", {"items": list_actors(kb, q, kind, 200), "q": q or "", "kind": kind},
                    "/api/actors")

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, actor_id: int):
        data = profile_data(actor_id)
        return page(request, "actor.html", {"actor": data, "chart": timeline(event_dates(kb, actor_id))},
                    f"/api/actors/{actor_id}")

    @app.get("/api/graph", tags=["actors"])
    def api_graph(request: Request, actor: int, limit: Annotated[int, Query(le=100)] = 30):
        """Nodes and weighted edges around an actor (shared events)."""
        actor_or_404(actor)
        return api(request, graph(kb, actor, limit))

    @app.get("/api/events", tags=["events"])
    def api_events(request: Request, actor: str | None = None, type: str | None = None, since: str | None = None,
                   until: str | None = None, planned: bool | None = None,
                   limit: Annotated[int, Query(le=1000)] = 100, offset: int = 0):
        """Events in date order, filtered as in the CLI."""
        actor_id = None
        if actor:
            found = find_actor(kb, actor)
            if not found:
                raise HTTPException(404, f"no actor matches {actor!r}")
            actor_id = found["id"]
        items = list_events(kb, actor_id=actor_id, type=type, since=since, until=until, planned=planned,
                            limit=limit, offset=offset)
        return api(request, {"items": items, "limit": limit, "offset": offset})

    @app.get("/api/events/{event_id}", tags=["events"])
    def api_event(request: Request, event_id: int):
        """One event with participants and sources."""
        return api(request, event_or_404(event_id))

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: int):
        found = event_or_404(event_id)
        sources = []
        for s in found["sources"]:
            doc = get_document(kb, s["document_id"])
            sources.append({**s, "parts": _segments(doc["text"], s["start"], s["end"])})
        return page(request, "event.html", {"event": found, "sources": sources}, f"/api/events/{event_id}")

    @app.get("/api/search", tags=["search"])
    def api_search(request: Request, q: str = "", type: str | None = None, year: str | None = None,
                   language: str | None = None, country: str | None = None):
        """Articles, actors and events matching `q`, with facets."""
        return api(request, search_all(kb, q, type=type, year=year, language=language, country=country))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = "", type: str | None = None, year: str | None = None,
                    language: str | None = None, country: str | None = None):
        data = search_all(kb, q, type=type or None, year=year or None, language=language or None,
                          country=country or None)
        return page(request, "search.html", {"result": data}, f"/api/search?{request.url.query}")

    @app.get("/api/brief", tags=["brief"])
    def api_brief(request: Request, actor: Annotated[list[str], Query()], since: str | None = None,
                  until: str | None = None):
        """A briefing note for one or two actors over a period."""
        return api(request, brief_data(actor, since, until))

    @app.get("/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, actor: Annotated[list[str] | None, Query()] = None, since: str | None = None,
                   until: str | None = None):
        actors = [a for a in (actor or []) if a.strip()]
        note = brief_data(actors, since, until) if actors else None
        return page(request, "brief.html", {"note": note, "chosen": actors, "since": since or "", "until": until or "",
                                            "query": request.url.query},
                    f"/api/brief?{request.url.query}")

    @app.get("/brief.md", include_in_schema=False)
    def brief_markdown(request: Request, actor: Annotated[list[str], Query()], since: str | None = None,
                       until: str | None = None):
        access.check_read(request)
        return PlainTextResponse(to_markdown(brief_data(actor, since, until)), media_type="text/markdown",
                                 headers={"Content-Disposition": 'attachment; filename="brief.md"'})

    async def ingest_upload(request: Request, upload: UploadFile | None, url: str | None, token: str | None) -> dict:
        access.check_write(request, token)
        if upload is not None and upload.filename:
            data = await upload.read(limit_upload + 1)
            if len(data) > limit_upload:
                raise HTTPException(413, f"{upload.filename}: larger than the upload limit of "
                                         f"{limit_upload / 2**20:.1f} MiB")
            source = Source(uri=f"upload:{upload.filename}", data=data, media_type=upload.content_type)
        elif url:
            if not url.startswith(("http://", "https://")):
                raise HTTPException(422, f"not an http(s) URL: {url}")
            with httpx.Client(timeout=20, headers={"User-Agent": USER_AGENT}, follow_redirects=True) as client:
                source = fetch_url(client, url, limit_upload)
            if isinstance(source, IngestError):
                raise HTTPException(422, str(source))
        else:
            raise HTTPException(422, "give a file or a URL")
        try:
            extraction = process(source)
        except IngestError as exc:
            raise HTTPException(422, str(exc)) from exc
        status = kb.write(extraction)
        return {"status": status, "document_id": extraction.article.id, "title": extraction.article.title,
                "language": extraction.article.language,
                "actors": [{"name": a.name, "kind": a.kind} for a in extraction.actors],
                "events": [{"type": e.type, "status": e.status, "date": e.date, "participants": list(e.participants)}
                           for e in extraction.events]}

    @app.post("/api/documents", tags=["documents"])
    async def api_add(request: Request, file: Annotated[UploadFile | None, File()] = None,
                      url: Annotated[str | None, Form()] = None, token: Annotated[str | None, Form()] = None):
        """Add a page (an uploaded file or a URL) through the pipeline (needs the token)."""
        return await ingest_upload(request, file, url, token)

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_form(request: Request):
        return page(request, "add.html", {"result": None, "error": None, "max_upload": limit_upload}, "/api/documents")

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_page(request: Request, file: Annotated[UploadFile | None, File()] = None,
                       url: Annotated[str | None, Form()] = None, token: Annotated[str | None, Form()] = None):
        try:
            result = await ingest_upload(request, file, url, token)
        except HTTPException as exc:
            return page(request, "add.html", {"result": None, "error": exc.detail, "max_upload": limit_upload},
                        "/api/documents", status=exc.status_code)
        response = page(request, "add.html", {"result": result, "error": None, "max_upload": limit_upload},
                        "/api/documents")
        if token:
            response.set_cookie("chancery_token", token, httponly=True, samesite="strict")
        return response

    @app.get("/login", include_in_schema=False)
    def login(token: str):
        response = RedirectResponse("/", status_code=303)
        response.set_cookie("chancery_token", token, httponly=True, samesite="strict")
        return response

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        schema = app.openapi()
        return page(request, "docs.html", {"schema": schema}, "/openapi.json")

    @app.get("/healthz", include_in_schema=False)
    def health() -> Response:
        return PlainTextResponse("ok")

    return app
