"""``/api/export/{format}``: the store's reports as STIX 2.1, MISP, CSV or Markdown."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from ...errors import ExportError
from ...export import available_formats, export
from ..deps import FiltersDep, StoreDep
from ._errors import ERROR_RESPONSES

router = APIRouter(tags=["export"])

_MEDIA = {
    "stix": "application/json",
    "misp": "application/json",
    "csv": "text/csv; charset=utf-8",
    "markdown": "text/markdown; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
}
_SUFFIX = {"stix": "json", "misp": "json", "csv": "csv", "markdown": "md", "md": "md"}


def _kind(fmt: str) -> str:
    return fmt.split(".", 1)[0].rstrip("0123456789")


@router.get(
    "/export/{format}",
    summary="Export reports",
    responses={**ERROR_RESPONSES, 404: {"description": "No exporter of that name."},
               200: {"content": {"application/json": {}, "text/csv": {}, "text/markdown": {}, "text/plain": {}}}},
    response_class=Response,
)
def export_reports(
    store: StoreDep,
    filters: FiltersDep,
    format: Annotated[  # noqa: A002
        str, Path(max_length=64, description="An export format: " + ", ".join(available_formats()) + ".")
    ],
    incident: Annotated[Optional[list[int]], Query(description="Only these incidents.", max_length=500)] = None,
    document: Annotated[Optional[list[str]], Query(description="Only these documents.", max_length=500)] = None,
    per: Annotated[Literal["document", "incident"], Query(description="One report per document, or per incident and document.")] = "document",
) -> Response:
    """The matching reports rebuilt from the store and rendered by the named exporter
    (`GET /api` lists the formats). Output is deterministic: ids and timestamps come from the data."""
    if format not in available_formats():
        raise HTTPException(404, detail=f"{format}: unknown export format (known: {', '.join(available_formats())})")
    if filters.until:
        raise HTTPException(400, detail="until: not a filter of exports (use since, or incident ids)")
    kwargs = {k: v for k, v in filters.as_kwargs().items() if k != "until"}
    reports = list(store.reports(documents=document, incidents=incident, per=per, **kwargs))
    try:
        body = export(reports, format)
    except ExportError as exc:
        raise HTTPException(400, detail=str(exc)) from exc
    kind = _kind(format)
    media = _MEDIA.get(kind, "text/plain; charset=utf-8")
    filename = f"aptrace-export.{_SUFFIX.get(kind, 'txt')}"
    return Response(body, media_type=media, headers={"Content-Disposition": f'inline; filename="{filename}"'})
