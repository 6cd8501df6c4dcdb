"""``/api/timeline``: operations, attributions, responses and denials in date order."""

from __future__ import annotations

from typing import Annotated, Any, Optional

from fastapi import APIRouter, Query

from ..deps import FiltersDep, StoreDep
from ._errors import ERROR_RESPONSES

router = APIRouter(tags=["timeline"])


@router.get("/timeline", summary="Timeline across actors and states", responses=ERROR_RESPONSES)
def get_timeline(
    store: StoreDep,
    filters: FiltersDep,
    incident: Annotated[Optional[int], Query(ge=1, le=2**31 - 1, description="Only this incident.")] = None,
) -> dict[str, Any]:
    """Every dated event of the matching incidents: operations beginning, attributions (by whom),
    responses (summoned ambassadors, sanctions, indictments ...) and denials."""
    entries = store.timeline(incident=incident, **filters.as_kwargs())
    return {"entries": [e.to_dict() for e in entries]}
