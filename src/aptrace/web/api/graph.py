"""``/api/graph``: actors, sponsor states and agencies, victim states and attributing parties."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ..deps import FiltersDep, StoreDep
from ..pages import graph_data
from ._errors import ERROR_RESPONSES

router = APIRouter(tags=["graph"])


@router.get("/graph", summary="Graph of actors, states, agencies and parties", responses=ERROR_RESPONSES)
def get_graph(store: StoreDep, filters: FiltersDep) -> dict[str, Any]:
    """Nodes (`actor`, `state`, `agency`, `organisation`, each with its roles) and edges
    (`sponsored_by`, `part_of`, `targets`, `attributes`) over the 300 most recent matching incidents."""
    return graph_data(store, filters)
