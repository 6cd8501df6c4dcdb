"""``/api/incidents``: the incident list (the CLI's filters, search, pages), one incident, why it merged."""

from __future__ import annotations

from typing import Annotated, Any, Optional
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request

from ...errors import StoreError
from ..deps import MAX_PAGE, FiltersDep, StoreDep
from ..pages import incident_detail, incidents_page
from ._errors import ERROR_RESPONSES, NOT_FOUND, not_found

router = APIRouter(tags=["incidents"])

IncidentId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The incident's id.")]
Search = Annotated[
    Optional[str],
    Query(max_length=200, pattern=r"^[^\x00-\x1f\x7f]*$",
          description="Text to find in labels, actor names and aliases, victims, software, parties, document titles."),
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Incidents per page.")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="How many to skip.")]


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Optional[str]]:
    """Relative links to the previous and next page, keeping the other query parameters."""
    params = {k: v for k, v in request.query_params.items() if k != "offset" and v}

    def at(n: int) -> str:
        return request.url.path + "?" + urlencode({**params, "offset": str(n)})

    return {
        "next": at(offset + limit) if offset + limit < total else None,
        "prev": at(max(0, offset - limit)) if offset > 0 else None,
    }


@router.get("/incidents", summary="Incidents, filtered and paginated", responses=ERROR_RESPONSES)
def list_incidents(
    request: Request,
    store: StoreDep,
    filters: FiltersDep,
    q: Search = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Merged incidents, most recent first, with the filters of `aptrace incidents` and a text search.

    The answer holds `total` (all matches), the page's `items` and `next`/`prev` links.
    """
    page = incidents_page(store, filters, q=q, limit=limit, offset=offset)
    return {**page.to_dict(), **page_links(request, page.total, limit, offset)}


@router.get("/incidents/{incident_id}", summary="One incident with its sources' facts and evidence",
            responses=NOT_FOUND)
def get_incident(incident_id: IncidentId, store: StoreDep) -> dict[str, Any]:
    """The merged incident and, per source document, its report of the incident, its facts
    (each with evidence spans into the document text) and the stored document with its text."""
    try:
        return incident_detail(store, incident_id).to_dict()
    except StoreError as exc:
        raise not_found(exc) from exc


@router.get("/incidents/{incident_id}/why", summary="Why the incident's reports were merged", responses=NOT_FOUND)
def why_incident(incident_id: IncidentId, store: StoreDep) -> dict[str, Any]:
    """The pairwise matches between the incident's reports, with their reasons, and any splits."""
    try:
        return store.why(incident_id).to_dict()
    except StoreError as exc:
        raise not_found(exc) from exc
