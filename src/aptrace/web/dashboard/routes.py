"""Dashboard pages: incidents, an incident, an actor, the timeline, the graph, the API reference."""

from __future__ import annotations

from typing import Annotated, Optional
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ...errors import StoreError
from ..api.actors import ActorName
from ..api.incidents import IncidentId, Limit, Offset, Search, page_links
from ..deps import FiltersDep, SettingsDep, StoreDep
from ..pages import graph_data, incident_detail, incidents_page
from ..presenters import segments
from . import render

router = APIRouter(include_in_schema=False)


def _twin(request: Request, path: str) -> str:
    """The JSON twin of this page: the same path under /api, the same query."""
    return path + (f"?{request.url.query}" if request.url.query else "")


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/incidents", status_code=307)


@router.get("/incidents", response_class=HTMLResponse)
def incidents(
    request: Request,
    store: StoreDep,
    filters: FiltersDep,
    q: Search = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> HTMLResponse:
    page = incidents_page(store, filters, q=q, limit=limit, offset=offset)
    return render(
        request,
        "incidents.html",
        json_url=_twin(request, "/api/incidents"),
        page=page,
        links=page_links(request, page.total, limit, offset),
        filters=filters.query(),
        q=q or "",
        limit=limit,
    )


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident(
    request: Request,
    incident_id: IncidentId,
    store: StoreDep,
    fact: Annotated[Optional[str], Query(max_length=64, pattern=r"^[a-z0-9-]*$")] = None,
) -> HTMLResponse:
    try:
        detail = incident_detail(store, incident_id)
    except StoreError as exc:
        raise HTTPException(404, detail=str(exc)) from exc
    texts = {
        s.key: segments(s.document.text, s.facts, selected=fact)
        for s in detail.sources
        if s.document is not None and s.document.text is not None
    }
    return render(
        request,
        "incident.html",
        json_url=f"/api/incidents/{incident_id}",
        detail=detail,
        inc=detail.incident,
        texts=texts,
        selected=fact,
    )


@router.get("/actors/{name:path}", response_class=HTMLResponse)
def actor(request: Request, name: ActorName, store: StoreDep) -> HTMLResponse:
    try:
        view = store.actor(name)
    except StoreError as exc:
        raise HTTPException(404, detail=str(exc)) from exc
    return render(request, "actor.html", json_url="/api/actors/" + quote(name, safe=""), actor=view)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request,
    store: StoreDep,
    filters: FiltersDep,
    incident: Annotated[Optional[int], Query(ge=1, le=2**31 - 1)] = None,
) -> HTMLResponse:
    entries = store.timeline(incident=incident, **filters.as_kwargs())
    return render(
        request, "timeline.html", json_url=_twin(request, "/api/timeline"), entries=entries, filters=filters.query()
    )


@router.get("/graph", response_class=HTMLResponse)
def graph(request: Request, store: StoreDep, filters: FiltersDep) -> HTMLResponse:
    data = graph_data(store, filters)
    return render(
        request, "graph.html", json_url=_twin(request, "/api/graph"), graph=data, filters=filters.query()
    )


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request, settings: SettingsDep) -> HTMLResponse:
    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **op}
        for path, item in schema.get("paths", {}).items()
        for method, op in item.items()
    ]
    return render(
        request,
        "docs.html",
        json_url="/openapi.json",
        schema=schema,
        operations=operations,
        read_only=settings.read_only,
    )


@router.get("/favicon.ico")
def favicon() -> RedirectResponse:
    return RedirectResponse("/static/favicon.svg", status_code=308)
