"""The JSON API, one router per resource, all under ``/api``."""

from __future__ import annotations

from fastapi import FastAPI

from . import actors, analyze, documents, export, graph, incidents, meta, timeline

__all__ = ["include"]

ROUTERS = (meta, incidents, actors, timeline, graph, documents, export, analyze)


def include(app: FastAPI) -> None:
    """Mount every resource's router on ``app`` under ``/api``."""
    for module in ROUTERS:
        app.include_router(module.router, prefix="/api")
