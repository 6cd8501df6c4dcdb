"""``/api/documents/{id}``: a stored document and its text."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path

from ...errors import StoreError
from ...store.web_queries import document
from ..deps import StoreDep
from ._errors import NOT_FOUND, not_found

router = APIRouter(tags=["documents"])


@router.get("/documents/{doc_id:path}", summary="One stored document", responses=NOT_FOUND)
def get_document(
    doc_id: Annotated[str, Path(min_length=1, max_length=512, pattern=r"^[^\x00-\x1f\x7f]+$")], store: StoreDep
) -> dict[str, Any]:
    """The document as analysed: id, date, title, URL, where it came from, and its text
    (null when only its report was stored). Evidence offsets index this text."""
    try:
        return document(store, doc_id).to_dict()
    except StoreError as exc:
        raise not_found(exc) from exc
