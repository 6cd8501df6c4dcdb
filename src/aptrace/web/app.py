"""``create_app(store)``: the JSON API and the dashboard over one incident store.

    >>> from aptrace.store import open_store                       # doctest: +SKIP
    >>> app = create_app(open_store("sqlite:///incidents.db"))     # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=8000)              # doctest: +SKIP

Reads are open; every write (``POST``) needs a token from ``aptrace token
create`` and a read-only app refuses writes with 403. Every response carries
a Content-Security-Policy that allows scripts only from the app's own
``/static`` files (no inline script, no event-handler attributes, no CDN).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Callable, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import AptraceError
from ..ingest import FetchOptions
from ..report import InputDocument, Report
from ..store import Store
from .deps import WebSettings
from .tokens import TokenStore

log = logging.getLogger(__name__)

__all__ = ["create_app", "CONTENT_SECURITY_POLICY", "SECURITY_HEADERS"]

STATIC_DIR = Path(__file__).with_name("static")

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response (pages, JSON, static files, errors)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._raw = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self._raw if k not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api", "/openapi.json", "/static"))


def create_app(
    store: Store,
    *,
    read_only: bool = False,
    tokens: TokenStore | str | os.PathLike[str] | None = None,
    fetch: Optional[FetchOptions] = None,
    analyze: Optional[Callable[[InputDocument], Report]] = None,
) -> FastAPI:
    """The web app over ``store``.

    ``read_only`` refuses every write with 403 (for public mirrors); ``tokens``
    is the tokens file (a :class:`TokenStore` or its path; default
    ``$APTRACE_TOKENS`` or the user data directory); ``fetch`` sets how posted
    URLs are fetched (default: public addresses only); ``analyze`` replaces the
    extractor (default :func:`aptrace.extract.analyze_document`).
    """
    from ..extract import analyze_document
    from . import api, dashboard

    token_store = tokens if isinstance(tokens, TokenStore) else TokenStore(tokens)
    app = FastAPI(
        title="aptrace",
        version=__version__,
        summary="Cyber-attribution intelligence: who hacked whom, who said so, and what followed, with evidence.",
        description=(
            "Reads are open; writes (`POST`) need `Authorization: Bearer <token>` from `aptrace token create`, "
            "and a server started with `--read-only` refuses them (403). Every dashboard page has a JSON twin "
            "under `/api`."
        ),
        docs_url=None,  # the stock pages load scripts from a CDN: /api/docs is served from the package instead
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = WebSettings(
        read_only=read_only,
        tokens=token_store,
        fetch=fetch or FetchOptions(),
        analyze=analyze or analyze_document,
    )
    api.include(app)
    app.include_router(dashboard.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(SecurityHeaders)

    @app.exception_handler(AptraceError)
    async def _library_error(request: Request, exc: AptraceError) -> Response:
        if _wants_html(request):
            return dashboard.error_page(request, 400, str(exc))
        return JSONResponse({"detail": str(exc), "source": exc.source, "reason": exc.reason}, status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _wants_html(request):
            return dashboard.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors: list[dict[str, Any]] = [
            {k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()
        ]
        if _wants_html(request):
            text = "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:])}: {e['msg']}" for e in errors)
            return dashboard.error_page(request, 422, text)
        return JSONResponse({"detail": errors}, status_code=422)

    log.info("web app over %s (%s)", store.url, "read-only" if read_only else "writes need a token")
    return app
