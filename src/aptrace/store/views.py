"""What the store's queries return: plain frozen dataclasses with ``to_dict``.

These are API shapes, separate from the report contract (``aptrace.report``)
and from the table rows (``aptrace.store.tables``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

__all__ = [
    "ClaimView",
    "VictimView",
    "SoftwareView",
    "SourceView",
    "IncidentView",
    "LinkView",
    "WhyView",
    "NameSources",
    "SponsorView",
    "ActorView",
    "TimelineEntry",
    "Counts",
    "AddResult",
    "IngestSummary",
]


class _View:
    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]


@dataclass(frozen=True)
class ClaimView(_View):
    """An attribution, response or denial as one document states it."""

    kind: str
    document: str
    published: Optional[str]
    party: Optional[str]
    actor: Optional[str] = None
    state: Optional[str] = None
    confidence: Optional[str] = None
    type: Optional[str] = None
    against: Optional[str] = None
    date: Optional[str] = None
    evidence: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class VictimView(_View):
    name: str
    country: Optional[str]
    sector: Optional[str]
    documents: list[str]


@dataclass(frozen=True)
class SoftwareView(_View):
    """A malware family or tool named in an incident, with the documents that name it."""

    name: str  # as the first document writes it
    kb_ref: Optional[str]  # the ATT&CK software id (S0368), when known
    type: Optional[str]  # malware | tool | None (the texts leave it open)
    documents: list[str]


@dataclass(frozen=True)
class SourceView(_View):
    """One document's report of the incident."""

    document: str
    position: int
    published: Optional[str]
    title: Optional[str]
    key: str
    actors: list[str]
    sponsors: list[dict[str, Optional[str]]]
    activity: str
    period_start: Optional[str]
    period_end: Optional[str]


@dataclass(frozen=True)
class IncidentView(_View):
    id: int
    label: str
    actors: list[str]
    states: list[str]  # sponsor states as the texts state them
    agencies: list[str]
    activities: list[str]
    victims: list[VictimView]
    first_date: Optional[str]
    last_date: Optional[str]
    documents: list[str]
    sources: list[SourceView]
    attributions: list[ClaimView]
    responses: list[ClaimView]
    denials: list[ClaimView]
    software: list[SoftwareView] = field(default_factory=list)


@dataclass(frozen=True)
class LinkView(_View):
    a: str  # "doc#position"
    b: str
    score: float
    reasons: list[str]
    used: bool  # False when a constraint kept the two apart


@dataclass(frozen=True)
class WhyView(_View):
    incident: int
    label: str
    members: list[str]
    links: list[LinkView]
    outside_links: list[LinkView]  # matches to incident-reports now in other incidents
    constraints: list[str]


@dataclass(frozen=True)
class NameSources(_View):
    name: str
    documents: list[str]


@dataclass(frozen=True)
class SponsorView(_View):
    state: Optional[str]
    agency: Optional[str]
    documents: list[str]


@dataclass(frozen=True)
class TimelineEntry(_View):
    date: Optional[str]
    kind: str  # activity | attribution | response | denial
    incident: int
    label: str
    party: Optional[str]
    detail: str
    documents: list[str]


@dataclass(frozen=True)
class ActorView(_View):
    name: str
    identities: list[str]
    aliases: list[NameSources]
    sponsors_in_texts: list[SponsorView]
    sponsor_in_kb: list[str]
    kb: Optional[dict[str, Any]]
    incidents: list[IncidentView]
    responses: list[ClaimView]
    timeline: list[TimelineEntry]
    software: list[SoftwareView] = field(default_factory=list)  # named in its incidents


@dataclass(frozen=True)
class Counts(_View):
    documents: int
    incident_reports: int
    incidents: int
    actors: int
    victims: int
    attributions: int
    responses: int
    denials: int
    links: int


@dataclass(frozen=True)
class AddResult(_View):
    document: str
    status: str  # added | unchanged | replaced
    incidents: list[int]


@dataclass(frozen=True)
class IngestSummary(_View):
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    results: list[AddResult] = field(default_factory=list)
