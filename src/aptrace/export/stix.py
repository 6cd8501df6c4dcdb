"""STIX 2.1 bundles, built with the ``stix2`` library, in the conventions OpenCTI imports.

The mapping (one bundle for all reports; every id a UUIDv5 over a stable key):

==========================  ===================================================
report fact                 STIX
==========================  ===================================================
actor                       ``intrusion-set`` (name, aliases; external references
                            to its MITRE ATT&CK group and its MISP galaxy entry)
sponsor (state, agency)     ``threat-actor`` "MSS (China)" / "China (state)",
                            ``threat_actor_types=["nation-state"]``,
                            ``resource_level="government"``; ``located-at`` its
                            country; the intrusion set is ``attributed-to`` it
state / country             ``location`` with ``country`` and OpenCTI's
                            ``x_opencti_location_type: "Country"``
victim                      ``identity`` (organization, STIX sector) ``located-at``
                            its country; a victim that is a country is only the
                            ``location``; its sector also as an ``identity`` of
                            class ``class`` (OpenCTI's sector entity)
incident                    ``campaign`` (``first_seen``/``last_seen`` from the
                            period, ``objective`` the activity), ``attributed-to``
                            its actors (or sponsor), ``targets`` victims, their
                            countries and sectors
attribution claim           ``attributed-to`` relationships *created by* the
                            attributing party (``created_by_ref``) with the claim's
                            ``confidence`` (high 85, medium 50, low 15, none
                            omitted): campaign → actor, and actor (or campaign) →
                            the state's sponsor threat actor
software (malware, tool)    ``malware`` (``is_family: true``) or ``tool`` named as
                            ATT&CK names it (the text's spelling among the
                            ``aliases``), with an external reference to its MITRE
                            ATT&CK software page; a software the report leaves
                            untyped ("the KV Botnet malware") is ``malware``; the
                            campaign and each of its actors ``uses`` it
attributing / responding /  ``identity`` of class ``organization``: "Government of
denying party               Czechia" (``sectors: government-national``,
                            ``located-at`` Czechia), "European Union", "Microsoft"
response                    ``note`` (abstract: what, who, against whom, when;
                            content: the quoted evidence) on the campaign, the
                            party and the target
denial                      ``opinion`` ``strongly-disagree`` created by the
                            denying party, on the claims that name its state
document                    a ``report`` per document (published date, all its
                            objects) and an external reference (id, URL, SHA-256)
                            on every object derived from it
==========================  ===================================================

Facts of the text (the campaign's actor, sponsor, victims and software) are
created by aptrace's own ``identity`` (class ``system``). An actor ``uses`` the
software named in its incident's sentences: its description says it was named
there, which is less than a claim that the actor used it. Every object's
``created`` and ``modified`` is the ``now`` passed in. ``stix2-validator`` reports no errors;
its only warnings are the SHOULDs this design breaks on purpose: UUIDv5 instead
of UUIDv4 ids (deterministic ids, so re-imports deduplicate) and the
``x_opencti_location_type`` custom property (OpenCTI's country marker).
"""

from __future__ import annotations

import json
import logging
from datetime import datetime
from typing import Any, Sequence

import pycountry
import stix2.v21 as stix

from .. import registry
from ..report import Actor, Incident, Report, Software, Span
from ..vocab import CONFIDENCE_SCALE
from .common import (
    IncidentRef,
    SoftwareInfo,
    actor_key,
    attack_group_id,
    attack_software_url,
    country_name,
    evidence_text,
    incident_title,
    is_state,
    iter_incidents,
    parse_date,
    party_name,
    http_url,
    software_catalogue,
    software_info,
    stable_uuid,
)

log = logging.getLogger(__name__)

__all__ = ["export_stix", "STIX_SECTORS", "build_bundle"]

# Report sectors on STIX 2.1's industry-sector-ov (no entry: no STIX sector).
STIX_SECTORS = {
    "government": "government",
    "legislature": "government-national",
    "political": "government",
    "military": "defense",
    "defense": "defense",
    "aerospace": "aerospace",
    "energy": "energy",
    "telecom": "telecommunications",
    "finance": "financial-services",
    "healthcare": "healthcare",
    "technology": "technology",
    "media": "communications",
    "education": "education",
    "transport": "transportation",
    "water": "water",
    "manufacturing": "manufacturing",
    "civil_society": "non-profit",
    "critical_infrastructure": "infrastructure",
}
_SECTOR_NAMES = {"civil_society": "Civil society", "critical_infrastructure": "Critical infrastructure"}


def _sid(kind: str, *key: str) -> str:
    return f"{kind}--{stable_uuid('stix', kind, *key)}"


def _quote(spans: Sequence[Span]) -> str:
    text = evidence_text(spans)
    return f"“{text}”" if text else ""


class _BundleBuilder:
    """Collects objects once each (by id), in a deterministic order."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._catalogue: Any = None
        self.objects: dict[str, Any] = {}
        self.touched: list[str] = []  # ids used since the last reset, in order
        self.aptrace = self.add(
            stix.Identity(
                id=_sid("identity", "aptrace"),
                name="aptrace",
                identity_class="system",
                description="Extracts cyber-attribution facts, with evidence, from news articles.",
                created=now,
                modified=now,
            )
        )

    # -- bookkeeping ---------------------------------------------------------

    def add(self, obj: Any) -> Any:
        return self._get(obj.id) or self._use(self.objects.setdefault(obj.id, obj))

    def _get(self, oid: str) -> Any:
        """The object ``oid`` if already built (marking it used), else None."""
        obj = self.objects.get(oid)
        return self._use(obj) if obj is not None else None

    def _use(self, obj: Any) -> Any:
        if obj.id not in self.touched:
            self.touched.append(obj.id)
        created_by = obj.get("created_by_ref")
        if created_by and created_by not in self.touched:
            self.touched.append(created_by)
        return obj

    def common(self, **kwargs: Any) -> dict[str, Any]:
        return {"created": self.now, "modified": self.now, **kwargs}

    # -- shared entities -----------------------------------------------------

    def location(self, code: str) -> Any:
        oid = _sid("location", "country", code)
        if oid in self.objects:
            return self._get(oid)
        return self.add(
            stix.Location(
                id=oid,
                name=country_name(code),
                country=code,
                x_opencti_location_type="Country",
                allow_custom=True,
                **self.common(),
            )
        )

    def relationship(self, source: Any, rel: str, target: Any, *key: str, **kwargs: Any) -> Any:
        oid = _sid("relationship", rel, source.id, target.id, *key)
        if oid in self.objects:
            return self._get(oid)
        return self.add(
            stix.Relationship(
                id=oid,
                relationship_type=rel,
                source_ref=source.id,
                target_ref=target.id,
                **self.common(**kwargs),
            )
        )

    def party(self, code: str) -> Any:
        oid = _sid("identity", "party", code)
        if is_state(code):
            ident = self.add(
                stix.Identity(
                    id=oid,
                    name=f"Government of {country_name(code)}",
                    identity_class="organization",
                    sectors=["government-national"],
                    description=f"The state {country_name(code)} ({code}) as a party to attributions.",
                    **self.common(),
                )
            )
            self.relationship(ident, "located-at", self.location(code), created_by_ref=self.aptrace.id)
            return ident
        return self.add(
            stix.Identity(id=oid, name=party_name(code), identity_class="organization", **self.common())
        )

    def intrusion_set(self, actor: Actor) -> Any:
        oid = _sid("intrusion-set", actor_key(actor))
        if oid in self.objects:
            return self._get(oid)
        refs = []
        attack_id = attack_group_id(actor)
        if attack_id:
            refs.append(
                stix.ExternalReference(
                    source_name="mitre-attack",
                    external_id=attack_id,
                    url=f"https://attack.mitre.org/groups/{attack_id}/",
                )
            )
        if actor.kb_ref and "=" in actor.kb_ref:
            source, _, ident = actor.kb_ref.partition("=")
            refs.append(stix.ExternalReference(source_name=source, external_id=ident))
        aliases = sorted({a for a in actor.aliases if a and a != actor.name}, key=lambda a: (a.casefold(), a))
        kwargs: dict[str, Any] = {}
        if aliases:
            kwargs["aliases"] = aliases
        if refs:
            kwargs["external_references"] = refs
        return self.add(stix.IntrusionSet(id=oid, name=actor.name, **self.common(**kwargs)))

    def sponsor(self, state: str | None, agency: str | None) -> Any:
        oid = _sid("threat-actor", "sponsor", state or "", agency or "")
        if agency and state:
            name = f"{agency} ({country_name(state)})"
        elif agency:
            name = agency
        else:
            name = f"{country_name(state or '?')} (state)"
        kwargs: dict[str, Any] = {"aliases": [agency]} if agency else {}
        what = f"the {agency} of {country_name(state)}" if agency and state else name
        ta = self.add(
            stix.ThreatActor(
                id=oid,
                name=name,
                threat_actor_types=["nation-state"],
                resource_level="government",
                description=f"State sponsor: {what}.",
                **self.common(**kwargs),
            )
        )
        if state and is_state(state):
            self.relationship(ta, "located-at", self.location(state), created_by_ref=self.aptrace.id)
        return ta

    def software_info(self, software: Software) -> SoftwareInfo:
        if self._catalogue is None:  # loaded once per bundle, and only when software is named
            self._catalogue = software_catalogue()
        return software_info(software, self._catalogue)

    def software(self, info: SoftwareInfo) -> Any:
        """The ``malware`` (a family) or ``tool`` object of one software."""
        oid = _sid(info.type, info.key)
        if oid in self.objects:
            return self._get(oid)
        kwargs: dict[str, Any] = {}
        if info.aliases:
            kwargs["aliases"] = list(info.aliases)
        if info.attack_id:
            kwargs["external_references"] = [
                stix.ExternalReference(
                    source_name="mitre-attack",
                    external_id=info.attack_id,
                    url=attack_software_url(info.attack_id),
                )
            ]
        if info.type == "tool":
            return self.add(stix.Tool(id=oid, name=info.name, **self.common(**kwargs)))
        return self.add(stix.Malware(id=oid, name=info.name, is_family=True, **self.common(**kwargs)))

    def sector(self, sector: str) -> Any:
        kwargs = {"sectors": [STIX_SECTORS[sector]]} if sector in STIX_SECTORS else {}
        return self.add(
            stix.Identity(
                id=_sid("identity", "sector", sector),
                name=_SECTOR_NAMES.get(sector, sector.replace("_", " ").capitalize()),
                identity_class="class",
                **self.common(**kwargs),
            )
        )


def _source_reference(report: Report) -> Any:
    doc = report.document
    # The SHA-256 is of the analysed text, not of what the URL serves: so it goes
    # in the description, not in ``hashes``.
    title = f"{doc.title}; " if doc.title else ""
    kwargs: dict[str, Any] = {"external_id": doc.id, "description": f"{title}text SHA-256 {doc.sha256}"}
    url = http_url(doc.url)
    if url:
        kwargs["url"] = url
    return stix.ExternalReference(source_name="aptrace-document", **kwargs)


def _is_country_victim(name: str, code: str | None) -> bool:
    if not code:
        return False
    folded = name.casefold().removeprefix("the ")
    country = pycountry.countries.get(alpha_2=code)
    names = {country_name(code).casefold()}
    if country is not None:
        names |= {getattr(country, a).casefold() for a in ("name", "official_name", "common_name") if hasattr(country, a)}
    return folded in names


def _incident(b: _BundleBuilder, ref: IncidentRef) -> None:
    """Add one incident's objects (marking the shared ones it uses)."""
    inc: Incident = ref.incident
    doc = ref.report.document
    source = _source_reference(ref.report)
    mine = b.aptrace.id

    reported = f", reported {doc.published}" if doc.published else ""
    first_seen = parse_date(inc.period.start)
    last_seen = parse_date(inc.period.end)
    if first_seen and last_seen and last_seen < first_seen:
        log.warning("%s: period ends before it starts; dropping its end", ref.label)
        last_seen = None
    kwargs: dict[str, Any] = {}
    if first_seen:
        kwargs["first_seen"] = first_seen
    if last_seen:
        kwargs["last_seen"] = last_seen
    if inc.activity != "unknown":
        kwargs["objective"] = inc.activity
        kwargs["labels"] = [inc.activity]
    campaign = b.add(
        stix.Campaign(
            id=_sid("campaign", ref.key),
            name=f"{incident_title(inc)}{reported}",
            description=f"Incident {ref.label} as reported in document {doc.id}.",
            created_by_ref=mine,
            external_references=[source],
            **b.common(**kwargs),
        )
    )

    fact = {"created_by_ref": mine, "external_references": [source]}
    actors = {a.name: b.intrusion_set(a) for a in inc.actors}
    for actor in inc.actors:
        b.relationship(campaign, "attributed-to", actors[actor.name], ref.key,
                       description=f"The text names {actor.name}: {_quote(actor.evidence)}", **fact)
    sponsors: dict[str, Any] = {}
    for sp in inc.sponsors:
        ta = b.sponsor(sp.state, sp.agency)
        if sp.state:
            sponsors.setdefault(sp.state, ta)
        for source_obj in actors.values() or [campaign]:
            b.relationship(source_obj, "attributed-to", ta, ref.key,
                           description=f"The text ties it to {ta.name}: {_quote(sp.evidence)}", **fact)
    for victim in inc.victims:
        target_desc = f"The text names the victim {victim.name}: {_quote(victim.evidence)}"
        if victim.country:
            b.relationship(campaign, "targets", b.location(victim.country), ref.key,
                           description=target_desc, **fact)
        if not _is_country_victim(victim.name, victim.country):
            vkwargs: dict[str, Any] = {}
            if victim.sector in STIX_SECTORS:
                vkwargs["sectors"] = [STIX_SECTORS[victim.sector]]
            ident = b.add(
                stix.Identity(
                    id=_sid("identity", "victim", victim.name.casefold(), victim.country or ""),
                    name=victim.name,
                    identity_class="organization",
                    **b.common(**vkwargs),
                )
            )
            if victim.country:
                b.relationship(ident, "located-at", b.location(victim.country), created_by_ref=mine)
            b.relationship(campaign, "targets", ident, ref.key, description=target_desc, **fact)
        if victim.sector:
            b.relationship(campaign, "targets", b.sector(victim.sector), ref.key,
                           description=target_desc, **fact)

    for sw in inc.software:
        info = b.software_info(sw)
        obj = b.software(info)
        quote = _quote(sw.evidence)
        b.relationship(campaign, "uses", obj, ref.key,
                       description=f"The text names the {info.type} {info.name} in this incident: {quote}", **fact)
        # The actors of the incident: the software is named in their incident, not
        # necessarily said to be theirs, and the description says so.
        for name, actor_obj in actors.items():
            b.relationship(actor_obj, "uses", obj, ref.key,
                           description=f"The text names the {info.type} {info.name} in an incident of {name}: {quote}",
                           **fact)

    claims: list[tuple[str | None, Any]] = []  # (state named, relationship)
    for n, claim in enumerate(inc.attributions):
        party = b.party(claim.by)
        ckwargs: dict[str, Any] = {"created_by_ref": party.id, "external_references": [source]}
        confidence = CONFIDENCE_SCALE.get(claim.confidence)
        if confidence is not None:
            ckwargs["confidence"] = confidence
        said = f"{party_name(claim.by)} attributes it: {_quote(claim.evidence)}"
        actor_obj = None
        if claim.actor:
            match = [a for a in inc.actors if a.name == claim.actor]
            actor_obj = actors.get(claim.actor) or b.intrusion_set(
                match[0] if match else Actor(name=claim.actor, evidence=claim.evidence)
            )
            rel = b.relationship(campaign, "attributed-to", actor_obj, ref.key, "claim", str(n),
                                 description=said, **ckwargs)
            claims.append((claim.state, rel))
        if claim.state:
            target = sponsors.get(claim.state) or b.sponsor(claim.state, None)
            rel = b.relationship(actor_obj or campaign, "attributed-to", target, ref.key, "claim", str(n),
                                 description=said, **ckwargs)
            claims.append((claim.state, rel))

    for n, resp in enumerate(inc.responses):
        refs = [campaign.id]
        by = party_name(resp.by) if resp.by else "An unnamed party"
        if resp.by:
            refs.append(b.party(resp.by).id)
        against = ""
        if resp.against:
            target = b.location(resp.against) if is_state(resp.against) else b.party(resp.against)
            refs.append(target.id)
            against = f" against {party_name(resp.against)}"
        when = f" on {resp.date}" if resp.date else ""
        nkwargs: dict[str, Any] = {"authors": [party_name(resp.by)]} if resp.by else {}
        b.add(
            stix.Note(
                id=_sid("note", ref.key, "response", str(n)),
                abstract=f"Response: {resp.type.replace('_', ' ')} by {by}{against}{when}",
                content=_quote(resp.evidence),
                object_refs=refs,
                labels=["response", resp.type.replace("_", "-")],
                created_by_ref=mine,
                external_references=[source],
                **b.common(**nkwargs),
            )
        )

    for n, denial in enumerate(inc.denials):
        party = b.party(denial.by)
        named = [rel.id for state, rel in claims if state == denial.by]
        refs = named or [rel.id for _, rel in claims] or [campaign.id]
        b.add(
            stix.Opinion(
                id=_sid("opinion", ref.key, "denial", str(n)),
                opinion="strongly-disagree",
                explanation=f"{party_name(denial.by)} denies: {_quote(denial.evidence)}",
                authors=[party_name(denial.by)],
                object_refs=refs,
                labels=["denial"],
                created_by_ref=party.id,
                external_references=[source],
                **b.common(),
            )
        )


def build_bundle(reports: Sequence[Report], *, now: datetime) -> Any:
    """The ``stix2.v21.Bundle`` of ``reports``: the exporter's object form."""
    b = _BundleBuilder(now)
    by_document: dict[str, list[str]] = {}
    documents: dict[str, Report] = {}
    for ref in iter_incidents(reports):
        sha = ref.report.document.sha256
        documents.setdefault(sha, ref.report)
        ids = by_document.setdefault(sha, [])
        b.touched = []
        _incident(b, ref)
        ids.extend(i for i in b.touched if i not in ids)
    for sha, ids in by_document.items():
        report = documents[sha]
        doc = report.document
        b.add(
            stix.Report(
                id=_sid("report", sha),
                name=doc.title or f"Document {doc.id}",
                description=f"Attribution facts aptrace extracted from document {doc.id}.",
                published=parse_date(doc.published) or now,
                report_types=["threat-report"],
                object_refs=ids,
                created_by_ref=b.aptrace.id,
                external_references=[_source_reference(report)],
                **b.common(),
            )
        )
    objects = list(b.objects.values())
    bundle_id = f"bundle--{stable_uuid('stix', 'bundle', *sorted(b.objects))}"
    return stix.Bundle(objects=objects, id=bundle_id, allow_custom=True)


@registry.register("exporters", "stix21.v1", aliases=("stix",))
def export_stix(reports: Sequence[Report], *, now: datetime) -> str:
    """One STIX 2.1 bundle (JSON) holding every incident of ``reports``."""
    bundle = build_bundle(reports, now=now)
    # Round-trip through json for a stable key order and a final newline.
    return json.dumps(json.loads(bundle.serialize()), indent=2, ensure_ascii=False) + "\n"
