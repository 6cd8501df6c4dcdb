"""The dashboard: server-rendered pages, each with a JSON twin under ``/api``.

Templates are Jinja2 with autoescaping on for everything; document text,
titles and URLs are attacker-controlled and are never marked safe (evidence
highlighting cuts the text into segments, each escaped on its own), and only
http(s) URLs become links.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote, urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ...vocab import RESPONSE_TYPES
from ..presenters import safe_url, software_url

__all__ = ["router", "templates", "error_page", "render"]

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "templates"


def _path_quote(value: Any) -> str:
    """A path segment, every reserved character escaped (actor names may hold ``/`` or ``?``)."""
    return quote(str(value), safe="")


def _query(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
    autoescape=True,  # every template, whatever its name
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["pathq"] = _path_quote
_env.filters["safe_url"] = safe_url
_env.filters["software_url"] = software_url
_env.globals["query"] = _query
_env.globals["RESPONSE_TYPES"] = sorted(RESPONSE_TYPES)

templates = Jinja2Templates(env=_env)


def render(
    request: Request, name: str, *, json_url: Optional[str], status_code: int = 200, **context: Any
) -> HTMLResponse:
    """The page ``name`` with ``context``; ``json_url`` is its JSON twin (linked from the page)."""
    return templates.TemplateResponse(
        request, name, {"json_url": json_url, **context}, status_code=status_code
    )


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(request, "error.html", json_url=None, status_code=status_code, status=status_code, message=message)


from .routes import router  # noqa: E402  (routes use render)
