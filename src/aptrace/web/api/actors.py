"""``/api/actors/{name}``: an actor, its aliases with sources, sponsors, incidents and responses."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from ...errors import StoreError
from ..deps import StoreDep
from ..pages import actor_dict
from ._errors import NOT_FOUND, not_found

router = APIRouter(tags=["actors"])

ActorName = Annotated[
    str, Path(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$", description="Actor name or alias.")
]


@router.get("/actors/{name:path}", summary="One actor", responses=NOT_FOUND)
def get_actor(name: ActorName, store: StoreDep) -> dict[str, Any]:
    """The actor by name or alias: aliases (each with the documents that use it), sponsors as the
    texts state them and as the knowledge base has them, its incidents, their timeline and responses,
    and the software (malware, tools) its incidents name, with ATT&CK links."""
    try:
        return actor_dict(store.actor(name))
    except StoreError as exc:
        raise not_found(exc) from exc
