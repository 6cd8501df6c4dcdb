"""Shapes for the dashboard and its JSON twins, from the store's views and reports.

Pure functions, no database and no HTML: the facts of a report with their
evidence spans, a document's text cut into segments at evidence boundaries
(the template escapes each segment; nothing here is ever marked safe), and a
graph of actors, sponsor states and agencies, victim states and attributing
parties.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Optional
from urllib.parse import urlsplit

from ..export.common import attack_software_url
from ..report import Report, Span
from ..store.views import IncidentView, SoftwareView
from ..vocab import ORGANISATIONS

__all__ = [
    "Fact",
    "Segment",
    "report_facts",
    "segments",
    "safe_url",
    "software_url",
    "software_dicts",
    "build_graph",
    "is_state_code",
]

_ATTACK_SOFTWARE = re.compile(r"S\d{4}")


@dataclass(frozen=True)
class Fact:
    """One statement of a report, with the spans of text that support it."""

    id: str
    kind: str  # actor | sponsor | victim | software | activity | period | attribution | response | denial
    label: str
    spans: list[tuple[int, int]]
    quotes: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "spans": [list(s) for s in self.spans]}

    @property
    def spans_attr(self) -> str:
        """``start:end`` pairs for the page's script, space-separated."""
        return " ".join(f"{s}:{e}" for s, e in self.spans)


@dataclass(frozen=True)
class Segment:
    """A stretch of document text; ``evidence`` when some fact's span covers it."""

    start: int
    end: int
    text: str
    evidence: bool = False
    marked: bool = False  # covered by the selected fact (pages rendered without script)


def _fact(prefix: str, n: int, kind: str, label: str, evidence: Iterable[Span]) -> Fact:
    ev = list(evidence)
    return Fact(
        id=f"{prefix}{kind}-{n}",
        kind=kind,
        label=label,
        spans=[(s.start, s.end) for s in ev],
        quotes=[s.text for s in ev],
    )


def _join(*parts: Optional[str], sep: str = ", ") -> str:
    return sep.join(p for p in parts if p)


def report_facts(report: Report, *, prefix: str = "") -> list[Fact]:
    """Every fact of every incident of ``report``, in the report's order; ids are
    ``<prefix><kind>-<n>`` and unique within the report."""
    out: list[Fact] = []
    count: dict[str, int] = {}

    def add(kind: str, label: str, evidence: Iterable[Span]) -> None:
        n = count.get(kind, 0)
        count[kind] = n + 1
        out.append(_fact(prefix, n, kind, label, evidence))

    for inc in report.incidents:
        for a in inc.actors:
            add("actor", a.name, a.evidence)
        for s in inc.sponsors:
            add("sponsor", _join(s.state, s.agency, sep=" / ") or "?", s.evidence)
        for v in inc.victims:
            detail = _join(v.country, v.sector)
            add("victim", f"{v.name} ({detail})" if detail else v.name, v.evidence)
        for sw in inc.software:
            detail = _join(sw.type, sw.kb_ref)
            add("software", f"{sw.name} ({detail})" if detail else sw.name, sw.evidence)
        if inc.activity_evidence or inc.activity != "unknown":
            add("activity", inc.activity, inc.activity_evidence)
        if inc.period.start or inc.period.end:
            add("period", _join(inc.period.start, inc.period.end, sep=" to ") if inc.period.end else
                f"since {inc.period.start}", inc.period.evidence)
        for at in inc.attributions:
            who = _join(at.actor, at.state, sep=" / ") or "?"
            conf = f" ({at.confidence} confidence)" if at.confidence else ""
            add("attribution", f"{at.by} attributes to {who}{conf}", at.evidence)
        for r in inc.responses:
            label = r.type.replace("_", " ")
            if r.by:
                label = f"{r.by}: {label}"
            if r.against:
                label += f" against {r.against}"
            if r.date:
                label += f" ({r.date})"
            add("response", label, r.evidence)
        for d in inc.denials:
            add("denial", f"{d.by} denies", d.evidence)
    return out


def segments(text: str, facts: Iterable[Fact], *, selected: Optional[str] = None) -> list[Segment]:
    """``text`` cut at every evidence boundary of ``facts``; spans outside the text are ignored."""
    facts = list(facts)
    spans = [(s, e) for f in facts for s, e in f.spans if 0 <= s < e <= len(text)]
    chosen = [(s, e) for f in facts if f.id == selected for s, e in f.spans if 0 <= s < e <= len(text)]
    cuts = sorted({0, len(text), *(x for span in spans for x in span)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covered = any(s <= a and b <= e for s, e in spans)
        marked = any(s <= a and b <= e for s, e in chosen)
        out.append(Segment(a, b, text[a:b], covered, marked))
    return out


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` when it is an http(s) URL with a host, else None: nothing else becomes a link."""
    if not url or any(ord(c) < 33 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def software_url(kb_ref: Optional[str]) -> Optional[str]:
    """The ATT&CK page of a software id (``S0368``); None for anything else (a stored
    report may carry any string there, and only a well-formed id becomes a link)."""
    if kb_ref and _ATTACK_SOFTWARE.fullmatch(kb_ref):
        return attack_software_url(kb_ref)
    return None


def software_dicts(software: Iterable[SoftwareView]) -> list[dict[str, Any]]:
    """Software as the JSON twins give it: the store's view and its ATT&CK ``url`` (or None)."""
    return [{**sw.to_dict(), "url": software_url(sw.kb_ref)} for sw in software]


def is_state_code(value: str) -> bool:
    """Whether a party or state is a state or bloc code (``CZ``, ``EU``) rather than an organisation's name."""
    return (len(value) == 2 and value.isalpha() and value.isupper()) or value in ORGANISATIONS


@dataclass
class _Node:
    id: str
    label: str
    kind: str  # actor | state | agency | organisation
    roles: set[str] = field(default_factory=set)
    incidents: set[int] = field(default_factory=set)


def build_graph(incidents: Iterable[IncidentView]) -> dict[str, Any]:
    """Nodes (actors, states, agencies, organisations) and edges (sponsors, part_of,
    targets, attributes) over ``incidents``; each carries the incidents it comes from."""
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str, str], set[int]] = {}

    def node(kind: str, label: str, role: str, inc: int) -> str:
        if kind == "party":
            kind = "state" if is_state_code(label) else "organisation"
        key = f"{kind}:{label}"
        n = nodes.setdefault(key, _Node(key, label, kind))
        n.roles.add(role)
        n.incidents.add(inc)
        return key

    def edge(a: str, b: str, relation: str, inc: int) -> None:
        if a != b:
            edges.setdefault((a, b, relation), set()).add(inc)

    for inc in incidents:
        actors = [node("actor", a, "actor", inc.id) for a in inc.actors]
        pairs = {(s.get("state"), s.get("agency")) for src in inc.sources for s in src.sponsors}
        sponsors: list[str] = []
        for state, agency in sorted(pairs, key=lambda p: (p[0] or "", p[1] or "")):
            st = node("state", state, "sponsor", inc.id) if state else None
            ag = node("agency", agency, "agency", inc.id) if agency else None
            if st:
                sponsors.append(st)
            if ag and st:
                edge(ag, st, "part_of", inc.id)
            for a in actors:
                if ag:
                    edge(a, ag, "sponsored_by", inc.id)
                elif st:
                    edge(a, st, "sponsored_by", inc.id)
        operators = actors or sponsors
        for v in inc.victims:
            if v.country:
                target = node("state", v.country, "victim", inc.id)
                for a in operators:
                    edge(a, target, "targets", inc.id)
        for c in inc.attributions:
            if not c.party:
                continue
            party = node("party", c.party, "attributor", inc.id)
            if c.actor:
                edge(party, node("actor", c.actor, "actor", inc.id), "attributes", inc.id)
            if c.state:
                edge(party, node("state", c.state, "sponsor", inc.id), "attributes", inc.id)
    return {
        "nodes": [
            {"id": n.id, "label": n.label, "kind": n.kind, "roles": sorted(n.roles), "incidents": sorted(n.incidents)}
            for n in sorted(nodes.values(), key=lambda n: n.id)
        ],
        "edges": [
            {"source": a, "target": b, "relation": r, "incidents": sorted(i)}
            for (a, b, r), i in sorted(edges.items())
        ],
    }
