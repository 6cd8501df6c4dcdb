"""What every exporter shares: stable ids, party and country names, dates, incidents.

Exporters are pure: the same reports and the same ``now`` give the same bytes.
Ids are UUIDv5 in :data:`NAMESPACE` over stable keys (an actor's knowledge-base
reference or normalised name, a software's ATT&CK id or normalised name, a
state code, a document's SHA-256), so a second export of the same facts
produces the same ids and importers (OpenCTI, MISP) deduplicate instead of
duplicating.

Software (:func:`software_info`) is the one fact an exporter completes from the
knowledge base: a report carries the name as the text writes it
("Whispergate") and the ATT&CK id (``S0689``); the exporters name it as ATT&CK
does ("WhisperGate", the MISP galaxy value ``WhisperGate - S0689``) from the
same ATT&CK catalogue the extractor resolved the id in
(:func:`aptrace.kb.attack.load_profiles`). Without that catalogue, or for an id
it does not hold, the text's name is used and no galaxy value is claimed.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence
from urllib.parse import quote, urlsplit

import pycountry
from pydantic import ValidationError

from ..errors import InputError, KnowledgeBaseError, RecordError
from ..kb.attack import load_profiles
from ..report import Actor, Incident, Report, Software, Span
from ..vocab import ORGANISATIONS

log = logging.getLogger(__name__)

__all__ = [
    "NAMESPACE",
    "EPOCH",
    "IncidentRef",
    "stable_uuid",
    "actor_key",
    "is_state",
    "country_name",
    "party_name",
    "parse_date",
    "default_now",
    "iter_incidents",
    "incident_title",
    "evidence_text",
    "load_reports",
    "filter_reports",
    "http_url",
    "attack_group_id",
    "attack_software_id",
    "attack_software_url",
    "SoftwareInfo",
    "software_catalogue",
    "software_info",
]

# Fixed namespace of aptrace's UUIDv5 ids (never change: ids derive from it).
NAMESPACE = uuid.UUID("5b0f7c1e-4d0a-5f0e-9a51-6170747261ce")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# Full names of the non-state parties of the vocabulary.
_ORGANISATION_NAMES = {
    "EU": "European Union",
    "NATO": "NATO",
    "UN": "United Nations",
    "G7": "G7",
    "OSCE": "OSCE",
    "ASEAN": "ASEAN",
}
# Where ISO 3166's short name is not the name news and analysts use.
_COUNTRY_NAMES = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "BO": "Bolivia"}

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_SPACE = re.compile(r"\s+")
_ATTACK_GROUP = re.compile(r"^G\d{4}$")
_ATTACK_SOFTWARE = re.compile(r"^S\d{4}$")
# Characters left as they are when a URL is percent-encoded (RFC 3986 reserved
# and unreserved, and ``%`` so existing escapes survive).
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def stable_uuid(*parts: str) -> uuid.UUID:
    """UUIDv5 in aptrace's namespace over ``parts`` (joined unambiguously)."""
    return uuid.uuid5(NAMESPACE, "\x1f".join(parts))


def http_url(url: str | None) -> str | None:
    """``url`` percent-encoded when it is an absolute http(s) URL with a host; else None.

    Document URLs are attacker-controlled: ``javascript:``, ``data:``, ``file:``
    and relative URLs never become links, and spaces or quotes cannot break
    out of a link or fail a URI check.
    """
    if not url:
        return None
    encoded = quote(url.strip(), safe=_URL_SAFE)
    try:
        parts = urlsplit(encoded)
        parts.port  # noqa: B018  (raises ValueError on a malformed port)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return encoded


def attack_group_id(actor: Actor) -> str | None:
    """The actor's MITRE ATT&CK group id (``G0007``) from its knowledge-base entry, if well formed."""
    value = (actor.kb or {}).get("attack_id")
    return value if isinstance(value, str) and _ATTACK_GROUP.match(value) else None


def attack_software_id(software: Software) -> str | None:
    """The software's MITRE ATT&CK id (``S0368``) from its ``kb_ref``, if well formed."""
    value = software.kb_ref
    return value if isinstance(value, str) and _ATTACK_SOFTWARE.match(value) else None


def attack_software_url(software_id: str) -> str:
    """The ATT&CK page of a software id (``https://attack.mitre.org/software/S0368/``)."""
    return f"https://attack.mitre.org/software/{software_id}/"


@dataclass(frozen=True)
class SoftwareInfo:
    """What the exporters write for one :class:`~aptrace.report.Software`."""

    key: str  # stable: the ATT&CK id, else ``name:`` and the normalised name
    name: str  # ATT&CK's name when the catalogue knows the id, else the text's
    type: str  # "malware" or "tool"; a type the report leaves open is "malware"
    attack_id: str | None  # a well-formed ATT&CK software id (``S0368``)
    aliases: tuple[str, ...]  # ATT&CK's aliases and the text's spelling, without ``name``
    # the MISP galaxy cluster and value (``("mitre-malware", "NotPetya - S0368")``)
    # when the catalogue knows the id
    galaxy: tuple[str, str] | None


def software_catalogue() -> Mapping[str, Any]:
    """The ATT&CK software catalogue by id (``S0368`` -> :class:`aptrace.kb.attack.Software`).

    Empty, with a warning, when it cannot be loaded: exports then keep the text's names.
    """
    try:
        return load_profiles().software
    except KnowledgeBaseError as exc:
        log.warning("ATT&CK software catalogue unavailable; software keeps the text's names: %s", exc)
        return {}


def software_info(software: Software, catalogue: Mapping[str, Any]) -> SoftwareInfo:
    """How ``software`` is named, typed and referenced in exports.

    ``catalogue`` is :func:`software_catalogue` (or any mapping of ATT&CK ids
    to entries with ``name``, ``type`` and ``aliases``). A report that leaves
    the type open names the software as malware ("the KV Botnet malware", "a
    wiper called X"), so that is its type here.
    """
    attack_id = attack_software_id(software)
    entry = catalogue.get(attack_id) if attack_id else None
    galaxy = None
    if entry is not None:
        name, kind, known = entry.name, entry.type, tuple(entry.aliases)
        if kind in ("malware", "tool"):
            galaxy = (f"mitre-{kind}", f"{name} - {attack_id}")
    else:
        name, kind, known = software.name, software.type, ()
    aliases = sorted({a for a in (*known, software.name) if a and a != name}, key=lambda a: (a.casefold(), a))
    key = attack_id or "name:" + re.sub(r"[^0-9a-z]+", "", software.name.casefold())
    return SoftwareInfo(key=key, name=name, type=kind if kind == "tool" else "malware",
                        attack_id=attack_id, aliases=tuple(aliases), galaxy=galaxy)


def actor_key(actor: Actor) -> str:
    """The actor's stable key: its knowledge-base reference, else its normalised name."""
    if actor.kb_ref:
        return actor.kb_ref
    return "name:" + re.sub(r"[^0-9a-z]+", "", actor.name.casefold())


def is_state(code: str | None) -> bool:
    """True for an ISO 3166-1 alpha-2 state code (``CZ``), False for ``EU``, ``Microsoft``."""
    if not code or code in ORGANISATIONS or len(code) != 2 or not code.isupper():
        return False
    return pycountry.countries.get(alpha_2=code) is not None


def country_name(code: str) -> str:
    """English short name of a state code (``CZ`` -> ``Czechia``); unknown codes as given."""
    if code in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def party_name(code: str) -> str:
    """Display name of a party: a state, an organisation (``EU``) or a company."""
    if code in _ORGANISATION_NAMES:
        return _ORGANISATION_NAMES[code]
    if is_state(code):
        return country_name(code)
    return code


def parse_date(value: str | None) -> datetime | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the first instant it covers (UTC); else None."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        log.warning("ignoring date %r: not YYYY, YYYY-MM or YYYY-MM-DD", value)
        return None
    try:
        return datetime(int(m[1]), int(m[2] or 1), int(m[3] or 1), tzinfo=timezone.utc)
    except ValueError:
        log.warning("ignoring impossible date %r", value)
        return None


def default_now(reports: Sequence[Report]) -> datetime:
    """The timestamp an export uses when none is given: the latest publication date.

    Derived from the documents, never from the wall clock, so exporting the same
    reports twice gives identical files. Without any date: the Unix epoch.
    """
    dates = [d for d in (parse_date(r.document.published) for r in reports) if d is not None]
    return max(dates) if dates else EPOCH


@dataclass(frozen=True)
class IncidentRef:
    """One incident with the report it comes from and its stable keys."""

    report: Report
    incident: Incident
    key: str  # stable: document SHA-256, incident key, ordinal among equal keys
    label: str  # for people: ``<document id>/<incident key>`` (``#2`` when repeated)


def iter_incidents(reports: Sequence[Report]) -> Iterator[IncidentRef]:
    """Every incident of every report, in order, with stable keys."""
    for report in reports:
        seen: dict[str, int] = {}
        for incident in report.incidents:
            n = seen[incident.key] = seen.get(incident.key, 0) + 1
            suffix = f"#{n}" if n > 1 else ""
            yield IncidentRef(
                report=report,
                incident=incident,
                key=f"{report.document.sha256}|{incident.key}|{n}",
                label=f"{report.document.id}/{incident.key}{suffix}",
            )


def incident_title(incident: Incident) -> str:
    """``APT31 → Czechia (government)``: who, against which countries and sectors."""
    if incident.actors:
        who = incident.actors[0].name
    else:
        states = sorted({s.state for s in incident.sponsors if s.state})
        who = "Unnamed actor of " + (country_name(states[0]) if states else "unknown state")
    countries: list[str] = []
    sectors: list[str] = []
    for victim in incident.victims:
        place = country_name(victim.country) if victim.country else victim.name
        if place not in countries:
            countries.append(place)
        if victim.sector and victim.sector not in sectors:
            sectors.append(victim.sector.replace("_", " "))
    if not countries:
        return who
    title = f"{who} → {', '.join(countries)}"
    return f"{title} ({', '.join(sectors)})" if sectors else title


def evidence_text(spans: Sequence[Span]) -> str:
    """The spans' text, whitespace collapsed, joined by `` … ``."""
    return " … ".join(_SPACE.sub(" ", s.text).strip() for s in spans if s.text.strip())


def load_reports(path: str | Path) -> list[Report]:
    """Read reports from a JSON Lines file (as ``aptrace analyze --format jsonl`` writes).

    Raises :class:`~aptrace.errors.InputError` when the file cannot be read and
    :class:`~aptrace.errors.RecordError` naming the line that is not a report.
    """
    source = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read reports: {exc.strerror or exc}", source=source) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"reports file is not UTF-8 ({exc.reason})", source=source) from exc
    reports = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(f"not JSON ({exc.msg} at column {exc.colno})", source=where) from exc
        if not isinstance(data, dict):
            raise RecordError("not a report object", source=where)
        try:
            reports.append(Report.from_dict(data))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"]) or "report"
            raise RecordError(f"not a valid report: {loc}: {first['msg']}", source=where) from exc
    log.debug("read %d reports from %s", len(reports), source)
    return reports


def _fold(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", name.casefold())


def filter_reports(
    reports: Sequence[Report], *, actors: Sequence[str] = (), states: Sequence[str] = ()
) -> list[Report]:
    """The reports keeping only incidents of the given actors and states.

    An incident matches ``actors`` when one of its actors' names or aliases is
    one of them (case and punctuation ignored), and ``states`` when a sponsor
    or an attribution names one of the state codes. Empty filters keep all;
    reports left without incidents are dropped.
    """
    wanted_actors = {_fold(a) for a in actors if a.strip()}
    wanted_states = {s.strip().upper() for s in states if s.strip()}
    if not wanted_actors and not wanted_states:
        return list(reports)

    def keep(inc: Incident) -> bool:
        if wanted_actors:
            names = {_fold(n) for a in inc.actors for n in (a.name, *a.aliases)}
            names |= {_fold(c.actor) for c in inc.attributions if c.actor}
            if not names & wanted_actors:
                return False
        if wanted_states:
            named = {s.state for s in inc.sponsors if s.state} | {c.state for c in inc.attributions if c.state}
            if not named & wanted_states:
                return False
        return True

    kept = []
    for report in reports:
        incidents = [inc for inc in report.incidents if keep(inc)]
        if incidents:
            kept.append(report.model_copy(update={"incidents": incidents}))
    return kept
