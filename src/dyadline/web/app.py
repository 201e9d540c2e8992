"""The reading room's application: settings, security, templates, static assets.

Reads: ``Settings`` (the database, the address it is served on, read-only, the
write token). Adds: a FastAPI app with the pages (``dyadline.web.pages``) and
the JSON API (``dyadline.web.api``, OpenAPI at ``/api/openapi.json``), and the
rules every response follows: a Content-Security-Policy of ``default-src
'self'`` (no script, style or request to another origin), a CSRF cookie whose
value each form echoes, a Host check against DNS rebinding on a local address,
and the write rule: on 127.0.0.1/localhost writes (review, upload) are open to
the local user; on any other address they need the ``--token`` (or
``DYADLINE_TOKEN``), and without one they are refused; ``--read-only`` refuses
them all and opens the database with ``mode=ro``. Static files are read once
from the package into memory and served by name from that table, so no
request path reaches the file system.
"""

from __future__ import annotations

import hmac
import secrets
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.middleware.trustedhost import TrustedHostMiddleware

from dyadline import __version__
from dyadline.errors import DyadlineError
from dyadline.store import Store

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
CSRF_COOKIE = "dyadline_csrf"
TOKEN_COOKIE = "dyadline_token"
MAX_UPLOAD = 20 * 1024 * 1024
CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "frame-ancestors 'none'; form-action 'self'"
)
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml"}


@dataclass(slots=True)
class Settings:
    """How the reading room is served."""

    db: Path
    host: str = "127.0.0.1"
    port: int = 8000
    read_only: bool = False
    token: str | None = None
    max_upload: int = MAX_UPLOAD
    upload_dir: Path | None = None
    allowed_hosts: list[str] = field(default_factory=list)

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS


def _static_files() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("dyadline.web") / "static"
    out = {}
    for item in folder.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in STATIC_TYPES:
            out[item.name] = (item.read_bytes(), STATIC_TYPES[suffix])
    return out


def templates() -> Jinja2Templates:
    env = Environment(
        loader=PackageLoader("dyadline.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=env)


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def open_store(request: Request) -> Iterator[Store]:
    """A dependency: the store, opened for this request (read-only if so served)."""
    settings = settings_of(request)
    with Store(settings.db, create=False, read_only=settings.read_only) as store:
        yield store


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def check_write(request: Request, csrf: str | None = None, *, form: bool = True) -> None:
    """Refuse a write (403) unless this server takes writes from this client.

    Forms must echo the CSRF cookie; a JSON request must be sent as JSON (which a
    page of another origin cannot do without a CORS preflight this app never grants).
    """
    settings = settings_of(request)
    if settings.read_only:
        raise HTTPException(403, "this reading room is read-only (served with --read-only)")
    if not settings.local:
        if not settings.token:
            raise HTTPException(
                403, "writes are refused on a non-local address without --token/DYADLINE_TOKEN"
            )
        given = request.cookies.get(TOKEN_COOKIE) or request.headers.get("x-dyadline-token")
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            given = auth[7:].strip()
        if not _same(given, settings.token):
            raise HTTPException(403, "this write needs the server's token (log in first)")
    if form:
        if not _same(csrf, request.cookies.get(CSRF_COOKIE)):
            raise HTTPException(403, "the form's CSRF token is missing or stale (reload the page)")
    elif not request.headers.get("content-type", "").startswith("application/json"):
        raise HTTPException(415, "send the request body as application/json")


def can_write(request: Request) -> bool:
    settings = settings_of(request)
    if settings.read_only:
        return False
    if settings.local:
        return True
    return bool(settings.token) and _same(request.cookies.get(TOKEN_COOKIE), settings.token)


def create_app(settings: Settings) -> FastAPI:
    """The reading room over ``settings.db`` (migrated once here unless read-only)."""
    with Store(settings.db, create=False, read_only=settings.read_only):
        pass  # fails early on a missing or foreign file; upgrades an old schema
    if settings.upload_dir is None:
        settings.upload_dir = Path(tempfile.mkdtemp(prefix="dyadline-uploads-"))
    app = FastAPI(
        title="dyadline reading room",
        version=__version__,
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        description="Documents, events, reviews, timelines, networks and claims of a "
        "dyadline store.",
    )
    app.state.settings = settings
    app.state.templates = templates()
    app.state.static = _static_files()
    from dyadline.web.uploads import Uploads

    app.state.uploads = Uploads(settings)
    hosts = settings.allowed_hosts or (
        ["127.0.0.1", "localhost", "[::1]", "::1"] if settings.local else ["*"]
    )
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if request.method == "POST" and request.url.path == "/upload":
            refused = _refuse_big_upload(request)
            if refused is not None:
                return refused
        token = request.cookies.get(CSRF_COOKIE)
        fresh = not token or len(token) < 20
        request.state.csrf = secrets.token_urlsafe(24) if fresh else token
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers.setdefault("Cache-Control", "no-store")
        if fresh:
            response.set_cookie(
                CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict", path="/"
            )
        return response

    @app.exception_handler(DyadlineError)
    async def dyadline_error(request: Request, exc: DyadlineError) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=400)
        return page_error(request, str(exc), 400)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page_error(request, str(exc.detail), exc.status_code)

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        found = request.app.state.static.get(name)
        if found is None:
            return PlainTextResponse("not found", status_code=404)
        body, media = found
        return Response(body, media_type=media, headers={"Cache-Control": "max-age=3600"})

    from dyadline.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def _refuse_big_upload(request: Request) -> Response | None:
    """413 before the body is read when the upload is declared larger than the limit
    (multipart overhead allowed), 411 when its size is not declared."""
    limit = settings_of(request).max_upload + 64 * 1024
    declared = request.headers.get("content-length")
    if declared is None or not declared.isdigit():
        return PlainTextResponse("an upload must declare its Content-Length", status_code=411)
    if int(declared) > limit:
        mb = settings_of(request).max_upload // (1024 * 1024)
        return PlainTextResponse(f"the upload is larger than the {mb} MB limit", status_code=413)
    return None


def page_error(request: Request, message: str, status: int) -> HTMLResponse:
    tpl: Jinja2Templates = request.app.state.templates
    response: HTMLResponse = tpl.TemplateResponse(
        request, "error.html", page_context(request, message=message, status=status), status
    )
    return response


def page_context(request: Request, **values: Any) -> dict[str, Any]:
    """What every page template gets: the CSRF token, whether writes are open, the flags."""
    settings = settings_of(request)
    return {
        "csrf": request.state.csrf,
        "writable": can_write(request),
        "read_only": settings.read_only,
        "local": settings.local,
        "version": __version__,
        **values,
    }
