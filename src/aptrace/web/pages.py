"""What each page shows, as data: the dashboard renders it, its JSON twin returns it.

One function per page, each a handful of library calls (``Store`` and
``aptrace.store.web_queries``) shaped by :mod:`aptrace.web.presenters`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from ..report import Report
from ..store import Store
from ..store.views import ActorView, IncidentView
from ..store.web_queries import IncidentPage, StoredDocument, documents, find_incidents
from .deps import IncidentFilters
from .presenters import Fact, build_graph, report_facts, software_dicts

__all__ = [
    "SourceDetail",
    "IncidentDetail",
    "incidents_page",
    "incident_detail",
    "actor_dict",
    "graph_data",
    "GRAPH_LIMIT",
]

GRAPH_LIMIT = 300


@dataclass(frozen=True)
class SourceDetail:
    """One document's report of an incident, its facts and (when stored) its text."""

    key: str
    document: Optional[StoredDocument]
    report: Report
    facts: list[Fact]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "document": self.document.to_dict() if self.document else None,
            "report": self.report.to_dict(),
            "facts": [f.to_dict() for f in self.facts],
        }


@dataclass(frozen=True)
class IncidentDetail:
    incident: IncidentView
    sources: list[SourceDetail]

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.incident.to_dict(),
            "software": software_dicts(self.incident.software),
            "reports": [s.to_dict() for s in self.sources],
        }


def incidents_page(
    store: Store, filters: IncidentFilters, *, q: Optional[str], limit: int, offset: int
) -> IncidentPage:
    return find_incidents(store, q=q, limit=limit, offset=offset, **filters.as_kwargs())


def incident_detail(store: Store, incident_id: int) -> IncidentDetail:
    """The incident, and each source document's report of it with its facts and text."""
    view = store.incident(incident_id)
    reports = list(store.reports(incidents=[incident_id], per="incident"))
    docs = documents(store, [r.document.id for r in reports])
    sources = [
        SourceDetail(
            key=f"d{n}", document=docs.get(r.document.id), report=r, facts=report_facts(r, prefix=f"d{n}-")
        )
        for n, r in enumerate(reports)
    ]
    return IncidentDetail(incident=view, sources=sources)


def actor_dict(view: ActorView) -> dict[str, Any]:
    """The actor page's JSON twin: the store's view, its software with ATT&CK links."""
    return {**view.to_dict(), "software": software_dicts(view.software)}


def graph_data(store: Store, filters: IncidentFilters, *, limit: int = GRAPH_LIMIT) -> dict[str, Any]:
    """The graph over the most recent ``limit`` incidents matching ``filters``."""
    page = find_incidents(store, limit=limit, offset=0, **filters.as_kwargs())
    return {**build_graph(page.items), "incidents": len(page.items), "total": page.total}
