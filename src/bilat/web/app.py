"""The FastAPI application: pages, the JSON API under /api, static files, safety headers, errors."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from bilat import __version__
from bilat.errors import BilatError, QueryError
from bilat.graph.readonly import connect
from bilat.query.api import QueryAPI
from bilat.web import present
from bilat.web.charts import item_label
from bilat.web.names import noun, partner_name, topic_label

LOG = logging.getLogger("bilat.web")
Next = Callable[[Request], Awaitable[Response]]
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


@dataclass(frozen=True)
class Settings:
    """How the server was started: which store, and whether (and with which token) uploads are allowed."""

    db_path: Path
    allow_upload: bool = False
    upload_token: str | None = None
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD
    extractor: Any = None  # the ingest pipeline's default extractor unless a test gives one


def new_upload_token() -> str:
    """A random token that upload requests must present."""
    return secrets.token_urlsafe(24)


def templates() -> Jinja2Templates:
    """The page templates, with autoescape on and the filters the pages use."""
    folder = Path(str(resources.files("bilat.web") / "templates"))
    engine = Jinja2Templates(directory=folder)
    env = engine.env
    env.autoescape = True
    env.filters.update(partner_name=partner_name, topic_label=topic_label, noun=noun,
                       describe=present.describe, timeline_label=item_label)
    env.globals["version"] = __version__
    return engine


def get_data(request: Request) -> Iterator[QueryAPI]:
    """A request-scoped read-only view of the store."""
    settings: Settings = request.app.state.settings
    conn = connect(settings.db_path)
    try:
        yield QueryAPI(conn)
    finally:
        conn.close()


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_json(request):
        body = {"error": message, "status": status}
        return JSONResponse(body, status_code=status, headers=SECURITY_HEADERS)
    engine: Jinja2Templates = request.app.state.templates
    response = engine.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                       status_code=status)
    response.headers.update(SECURITY_HEADERS)
    return response


def _location(loc: tuple[object, ...]) -> str:
    return ".".join(str(part) for part in loc if part not in ("query", "path", "body", "header")) or "request"


def _status_of(exc: Exception) -> int:
    """HTTP status of a user error: the query layer says "no ..." when something does not exist."""
    if isinstance(exc, QueryError):
        return 404 if str(exc).startswith("no ") else 400
    return 503  # the store cannot be opened or read


def _install_error_handlers(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing here: {request.url.path}"
        response = _error(request, exc.status_code, message)
        response.headers.update(exc.headers or {})
        return response

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        problems = "; ".join(f"{_location(e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return _error(request, 422, f"invalid request: {problems}")

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(request, 404, str(exc.args[0]) if exc.args else "not found")

    async def bad_query(request: Request, exc: Exception) -> Response:
        return _error(request, _status_of(exc), str(exc))

    async def crashed(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "internal error: the server could not answer this request")

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(LookupError, not_found)
    app.add_exception_handler(BilatError, bad_query)
    app.add_exception_handler(Exception, crashed)


def _install_headers(app: FastAPI) -> None:
    from bilat.web.upload import early_refusal

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Next) -> Response:
        refused = early_refusal(request.app.state.settings, request.method, request.url.path, request.headers)
        if refused is not None:
            response = _error(request, refused.status_code, str(refused.detail))
            response.headers.update(refused.headers or {})
            return response
        try:
            response = await call_next(request)
        except Exception as exc:  # answered here so that no traceback reaches the server's console either
            LOG.error("internal error on %s %s: %s: %s", request.method, request.url.path,
                      type(exc).__name__, exc)
            return _error(request, 500, "internal error: the server could not answer this request")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def create_app(db_path: str | Path, *, allow_upload: bool = False, upload_token: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD, extractor: Any = None) -> FastAPI:
    """The web UI and JSON API over the store at `db_path` (read-only unless uploads are allowed)."""
    from bilat.web import api, pages  # imported here: they import this module's helpers

    if allow_upload and not upload_token:
        upload_token = new_upload_token()
    app = FastAPI(title="bilat", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Query a source-grounded knowledge graph of STI cooperation.")
    app.state.settings = Settings(Path(db_path), allow_upload, upload_token, max_upload_bytes, extractor)
    app.state.templates = templates()
    app.mount("/static", StaticFiles(packages=[("bilat.web", "static")]), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    _install_error_handlers(app)
    _install_headers(app)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> HTMLResponse:
        return HTMLResponse(status_code=204)

    return app
