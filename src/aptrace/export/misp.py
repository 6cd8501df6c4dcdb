"""MISP events, built as ``pymisp.MISPEvent`` objects (no MISP server, no ``pymisp.api``).

One event per incident. The output is a JSON array with one
``{"Event": {...}}`` object per event: each element loads with
``MISPEvent().load(element)`` and is what MISP's ``events/add`` accepts.

An event holds:

- ``info`` (``APT31 → Czechia (government): espionage, reported 2025-05-28``),
  ``date`` (the document's publication date, else ``now``), distribution 0
  (your organisation; sharing is the importer's decision), threat level 4
  (undefined), analysis 0 (initial: machine-extracted);
- tags ``tlp:clear`` (the sources are public), ``misp-galaxy:threat-actor="APT31"``
  for each actor the MISP galaxy knows (``kb_ref``), ``misp-galaxy:country="china"``
  for sponsor and victim states, ``misp-galaxy:sector="Government, Administration"``
  for victim sectors, ``misp-galaxy:mitre-malware="NotPetya - S0368"`` or
  ``misp-galaxy:mitre-tool="Mimikatz - S0002"`` for software of the ATT&CK
  catalogue;
- attributes: ``threat-actor`` per actor, ``target-org`` and ``target-location``
  per victim, a ``text`` attribute of category ``Payload type`` per software
  (its name as ATT&CK writes it, else as the text does; correlating, so events
  naming the same malware meet; its ``comment``: ``malware; MITRE ATT&CK S0689;
  the text writes “Whispergate”``), ``link`` to the source (http/https only), and one ``text``
  attribute per fact holding the evidence sentence, its ``comment`` saying
  what the fact is (``attribution by Czechia: APT31, China; confidence not
  stated``);
- an event report (Markdown) with the incident's brief.

Every uuid is a UUIDv5 of the incident's stable key; no timestamps are set
(MISP sets them on import), so exporting twice gives identical files.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any, Mapping, Sequence

from pymisp import MISPEvent, MISPEventReport

from .. import registry
from ..report import Report, Span
from .common import (
    IncidentRef,
    country_name,
    evidence_text,
    http_url,
    incident_title,
    is_state,
    iter_incidents,
    parse_date,
    party_name,
    software_catalogue,
    software_info,
    stable_uuid,
)
from .markdown import render_incident

log = logging.getLogger(__name__)

__all__ = ["export_misp", "build_events", "MISP_SECTORS", "misp_country"]

# Report sectors as values of the MISP ``sector`` galaxy.
MISP_SECTORS = {
    "government": "Government, Administration",
    "legislature": "Government, Administration",
    "political": "Political party",
    "military": "Military",
    "defense": "Defense",
    "aerospace": "Aerospace",
    "energy": "Energy",
    "telecom": "Telecoms",
    "finance": "Finance",
    "healthcare": "Health",
    "technology": "Technology",
    "media": "News - Media",
    "education": "Education",
    "transport": "Transport",
    "water": "Water",
    "manufacturing": "Manufacturing",
    "civil_society": "Civil society",
    "critical_infrastructure": "Infrastructure",
    "sports": "Sport",
    "individuals": "Citizens",
}

# The MISP ``country`` galaxy names states by ISO 3166 short name in lower
# case; these are the states where it uses another name.
_MISP_COUNTRIES = {
    "AX": "aland islands", "BL": "saint barthelemy", "BN": "brunei",
    "BQ": "bonaire, saint eustatius and saba ", "CC": "cocos islands",
    "CD": "democratic republic of the congo", "CG": "republic of the congo",
    "CI": "ivory coast", "CW": "curacao", "FK": "falkland islands", "FM": "micronesia",
    "MF": "saint martin", "PS": "palestinian territory", "RE": "reunion", "RU": "russia",
    "SH": "saint helena", "SX": "sint maarten", "TL": "timor leste", "TR": "turkey",
    "US": "united states of america", "VA": "vatican", "VG": "british virgin islands",
    "VI": "u.s. virgin islands",
}  # fmt: skip

_CONFIDENCE = {"high": "high", "medium": "medium", "low": "low", None: "not stated"}


def misp_country(code: str) -> str:
    """The MISP country galaxy's value for a state code (``CZ`` -> ``czechia``)."""
    if code in _MISP_COUNTRIES:
        return _MISP_COUNTRIES[code]
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code.lower()
    return (getattr(country, "common_name", None) or country.name).lower()


def _galaxy(galaxy: str, value: str) -> str:
    return f'misp-galaxy:{galaxy}="{value.replace(chr(34), chr(39))}"'


def _build_event(ref: IncidentRef, now: datetime, catalogue: Mapping[str, Any]) -> MISPEvent:
    inc = ref.incident
    doc = ref.report.document
    event_uuid = stable_uuid("misp", "event", ref.key)
    counter = 0

    def uid() -> str:
        nonlocal counter
        counter += 1
        return str(stable_uuid("misp", str(event_uuid), str(counter)))

    event = MISPEvent()
    event.uuid = str(event_uuid)
    reported = f", reported {doc.published}" if doc.published else ""
    activity = f": {inc.activity}" if inc.activity != "unknown" else ""
    event.info = f"{incident_title(inc)}{activity}{reported}"
    published = parse_date(doc.published)
    event.date = (published or now).date().isoformat()
    event.distribution = 0
    event.threat_level_id = 4
    event.analysis = 0
    event.published = False

    tags = ["tlp:clear"]
    for actor in inc.actors:
        if actor.kb_ref and actor.kb_ref.startswith("misp-galaxy:threat-actor="):
            tags.append(_galaxy("threat-actor", actor.name))
    states = [s.state for s in inc.sponsors if s.state] + [v.country for v in inc.victims if v.country]
    for state in states:
        if is_state(state):
            tags.append(_galaxy("country", misp_country(state)))
    for victim in inc.victims:
        if victim.sector:
            tags.append(_galaxy("sector", MISP_SECTORS[victim.sector]))
    software = [(sw, software_info(sw, catalogue)) for sw in inc.software]
    for _, info in software:
        if info.galaxy:
            tags.append(_galaxy(*info.galaxy))
    for tag in dict.fromkeys(tags):
        event.add_tag(tag)

    def text(spans: Sequence[Span], comment: str, category: str = "External analysis") -> None:
        value = evidence_text(spans)
        if value:
            event.add_attribute("text", value, category=category, comment=comment, uuid=uid(),
                                to_ids=False, disable_correlation=True)

    url = http_url(doc.url)
    if url:
        event.add_attribute("link", url, category="External analysis", to_ids=False, uuid=uid(),
                            comment=f"source document {doc.id}" + (f": {doc.title}" if doc.title else ""))
    for actor in inc.actors:
        aliases = [a for a in actor.aliases if a != actor.name]
        event.add_attribute("threat-actor", actor.name, category="Attribution", to_ids=False, uuid=uid(),
                            comment="also known as " + ", ".join(aliases) if aliases else "")
    for sp in inc.sponsors:
        who = ", ".join(x for x in (country_name(sp.state) if sp.state else None, sp.agency) if x)
        text(sp.evidence, f"sponsor: {who}", "Attribution")
    for victim in inc.victims:
        about = ", ".join(x for x in (country_name(victim.country) if victim.country else None,
                                      victim.sector) if x)
        event.add_attribute("target-org", victim.name, category="Targeting data", to_ids=False, uuid=uid(),
                            comment=about)
        if victim.country:
            event.add_attribute("target-location", country_name(victim.country), category="Targeting data",
                                to_ids=False, uuid=uid(), comment=f"country of {victim.name}")
        text(victim.evidence, f"victim: {victim.name}" + (f" ({about})" if about else ""))
    if inc.activity != "unknown":
        text(inc.activity_evidence, f"activity: {inc.activity}")
    if inc.period.start or inc.period.end:
        text(inc.period.evidence, f"period: {inc.period.start or '?'} to {inc.period.end or 'ongoing'}")
    for claim in inc.attributions:
        to = ", ".join(x for x in (claim.actor, country_name(claim.state) if claim.state else None) if x)
        text(claim.evidence, f"attribution by {party_name(claim.by)}: {to or 'unnamed actor'}; "
                             f"confidence {_CONFIDENCE[claim.confidence]}", "Attribution")
    for resp in inc.responses:
        parts = [f"response: {resp.type}", f"by {party_name(resp.by)}" if resp.by else "",
                 f"against {party_name(resp.against)}" if resp.against else "", f"on {resp.date}" if resp.date else ""]
        text(resp.evidence, " ".join(p for p in parts if p))
    for denial in inc.denials:
        text(denial.evidence, f"denial by {party_name(denial.by)}")
    # Last, so that the attributes above keep their uuids whether or not software is named.
    for sw, info in software:
        if not info.name.strip():
            continue
        about = [info.type]
        if info.attack_id:
            about.append(f"MITRE ATT&CK {info.attack_id}")
        if sw.name != info.name:
            about.append(f"the text writes “{sw.name}”")
        event.add_attribute("text", info.name, category="Payload type", to_ids=False, uuid=uid(),
                            comment="; ".join(about))

    report = MISPEventReport()
    report.uuid = str(stable_uuid("misp", str(event_uuid), "report"))
    report.name = "aptrace brief"
    report.content = render_incident(ref, level=1)
    report.distribution = 5  # inherit the event's
    event.event_reports.append(report)
    return event


def build_events(reports: Sequence[Report], *, now: datetime) -> list[MISPEvent]:
    """One ``MISPEvent`` per incident of ``reports`` (the exporter's object form)."""
    refs = list(iter_incidents(reports))
    # The ATT&CK catalogue names software; loaded only when an incident names some.
    catalogue = software_catalogue() if any(ref.incident.software for ref in refs) else {}
    return [_build_event(ref, now, catalogue) for ref in refs]


@registry.register("exporters", "misp.v1", aliases=("misp",))
def export_misp(reports: Sequence[Report], *, now: datetime) -> str:
    """A JSON array of ``{"Event": ...}`` objects, one per incident."""
    # pymisp serialises its nested objects; re-encoding keeps non-ASCII text readable.
    events: list[dict[str, Any]] = [{"Event": json.loads(e.to_json())} for e in build_events(reports, now=now)]
    return json.dumps(events, indent=2, ensure_ascii=False) + "\n"
