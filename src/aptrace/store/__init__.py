"""The incident store: every public attribution, who made it, when, how surely,
and what followed, across documents.

Each document's incidents are kept as claims of that document (nothing is
overwritten); reports of one operation from different documents are linked
into merged incidents, explainably (``Store.why``) and reversibly
(``Store.split``). SQLite by default, PostgreSQL with a ``postgresql://`` URL;
the schema comes from the Alembic migrations shipped in ``migrations/``.

    >>> store = open_store("sqlite:///incidents.db")        # doctest: +SKIP
    >>> ingest(["corpus.jsonl"], store)                    # doctest: +SKIP
    >>> store.incidents(actor="APT28", since="2020")        # doctest: +SKIP
"""

from __future__ import annotations

from .core import Store, ingest, ingest_reports, open_store
from .db import upgrade
from .views import (
    ActorView,
    AddResult,
    ClaimView,
    Counts,
    IncidentView,
    IngestSummary,
    LinkView,
    NameSources,
    SoftwareView,
    SourceView,
    SponsorView,
    TimelineEntry,
    VictimView,
    WhyView,
)

__all__ = [
    "open_store",
    "Store",
    "ingest",
    "ingest_reports",
    "upgrade",
    "ActorView",
    "AddResult",
    "ClaimView",
    "Counts",
    "IncidentView",
    "IngestSummary",
    "LinkView",
    "NameSources",
    "SoftwareView",
    "SourceView",
    "SponsorView",
    "TimelineEntry",
    "VictimView",
    "WhyView",
]
