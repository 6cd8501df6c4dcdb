"""``GET /api``: what the store holds and how this server runs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from ... import __version__ as _version
from ...export import available_formats
from ..deps import SettingsDep, StoreDep

router = APIRouter(tags=["meta"])


@router.get("", summary="Store counts and server settings")
def index(store: StoreDep, settings: SettingsDep) -> dict[str, Any]:
    """Counts of documents, incidents and claims, the export formats, and whether writes are allowed."""
    return {
        "version": _version,
        "read_only": settings.read_only,
        "counts": store.counts().to_dict(),
        "export_formats": available_formats(),
        "openapi": "/openapi.json",
    }
