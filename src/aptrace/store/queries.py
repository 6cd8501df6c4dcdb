"""Read-only queries over the store: incidents, why they merged, actors, timelines, reports."""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterator, Optional

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..errors import StoreError
from ..report import Report
from ..vocab import RESPONSE_TYPES
from . import merge
from .tables import (
    ActorMention,
    Claim,
    Document,
    IncidentReport,
    IncidentRow,
    MergeConstraint,
    MergeKey,
    MergeLink,
    SoftwareMention,
    SponsorClaim,
    VictimMention,
)
from .views import (
    ActorView,
    ClaimView,
    Counts,
    IncidentView,
    LinkView,
    NameSources,
    SoftwareView,
    SourceView,
    SponsorView,
    TimelineEntry,
    VictimView,
    WhyView,
)

_KIND_ORDER = {"activity": 0, "attribution": 1, "denial": 2, "response": 3}


def _check_cc(value: str, what: str) -> str:
    v = value.strip().upper()
    if len(v) != 2 and v not in {"EU", "NATO", "UN", "G7", "OSCE", "ASEAN"}:
        raise StoreError(f"{what} must be an ISO 3166-1 alpha-2 code like RU or CN", source=value)
    return v


def _check_date(value: str) -> str:
    if merge.parse_date(value) is None:
        raise StoreError("not a date (YYYY, YYYY-MM or YYYY-MM-DD)", source=value)
    return value


def actor_keys(name: str) -> list[str]:
    ids, _ = merge.actor_identity(name)
    compact = merge.normalise_name(name).replace(" ", "")
    return sorted({f"actor:{i}" for i in ids} | {f"name:{compact}"})


def incident_ids(
    conn: Session,
    *,
    actor: Optional[str] = None,
    state: Optional[str] = None,
    victim: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    response: Optional[str] = None,
    limit: Optional[int] = None,
    offset: int = 0,
) -> list[int]:
    q = select(IncidentRow.id)
    members = select(IncidentReport.incident_id)
    if actor:
        q = q.where(
            IncidentRow.id.in_(
                members.join(MergeKey, MergeKey.incident_report_id == IncidentReport.id).where(
                    MergeKey.key.in_(actor_keys(actor))
                )
            )
        )
    if state:
        cc = _check_cc(state, "--state")
        q = q.where(
            IncidentRow.id.in_(
                members.join(MergeKey, MergeKey.incident_report_id == IncidentReport.id).where(
                    MergeKey.key == f"state:{cc}"
                )
            )
        )
    if victim:
        cc = _check_cc(victim, "--victim")
        q = q.where(
            IncidentRow.id.in_(
                members.join(VictimMention, VictimMention.incident_report_id == IncidentReport.id).where(
                    VictimMention.country == cc
                )
            )
        )
    if response:
        if response not in RESPONSE_TYPES:
            raise StoreError(f"unknown response type (known: {', '.join(sorted(RESPONSE_TYPES))})", source=response)
        q = q.where(
            IncidentRow.id.in_(
                members.join(Claim, Claim.incident_report_id == IncidentReport.id).where(
                    Claim.kind == "response", Claim.type == response
                )
            )
        )
    if since:
        q = q.where(IncidentRow.last_date >= _check_date(since))
    if until:
        q = q.where(or_(IncidentRow.first_date.is_(None), IncidentRow.first_date <= _check_date(until) + "~"))
    q = q.order_by(IncidentRow.last_date.desc(), IncidentRow.id).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    return list(conn.execute(q).scalars())


def _claim_view(row: Any, doc: Any) -> ClaimView:
    return ClaimView(
        kind=row.kind,
        document=doc.doc_key,
        published=doc.published,
        party=row.party,
        actor=row.actor,
        state=row.state,
        confidence=row.confidence,
        type=row.type,
        against=row.against,
        date=row.date,
        evidence=list(row.evidence or []),
    )


def _software_key(name: str, kb_ref: Optional[str]) -> str:
    """One entry per ATT&CK id, else per name spelt alike (case, spaces, punctuation aside)."""
    return kb_ref or "name:" + merge.normalise_name(name).replace(" ", "")


def _merge_software(items: list[tuple[Any, str]]) -> list[SoftwareView]:
    """Software (rows or views, each with a document id) merged by :func:`_software_key`, first seen first."""
    found: dict[str, dict[str, Any]] = {}
    for sw, doc in items:
        entry = found.setdefault(
            _software_key(sw.name, sw.kb_ref),
            {"name": sw.name, "kb_ref": sw.kb_ref, "type": sw.type, "documents": []},
        )
        if entry["type"] is None:
            entry["type"] = sw.type
        if doc not in entry["documents"]:
            entry["documents"].append(doc)
    return [SoftwareView(**e) for e in found.values()]


def load_incidents(conn: Session, ids: list[int]) -> list[IncidentView]:
    if not ids:
        return []
    incs = {r.id: r for r in conn.execute(select(IncidentRow).where(IncidentRow.id.in_(ids))).scalars()}
    irs = conn.execute(
        select(IncidentReport, Document)
        .join(Document, Document.id == IncidentReport.document_id)
        .where(IncidentReport.incident_id.in_(ids))
        .order_by(Document.doc_key, IncidentReport.position)
    ).all()
    ir_ids = [ir.id for ir, _ in irs]
    docs = {ir.id: doc for ir, doc in irs}
    actors: dict[int, list[Any]] = defaultdict(list)
    for a in conn.execute(
        select(ActorMention).where(ActorMention.incident_report_id.in_(ir_ids)).order_by(ActorMention.position)
    ).scalars():
        actors[a.incident_report_id].append(a)
    sponsors: dict[int, list[Any]] = defaultdict(list)
    for s in conn.execute(
        select(SponsorClaim).where(SponsorClaim.incident_report_id.in_(ir_ids)).order_by(SponsorClaim.position)
    ).scalars():
        sponsors[s.incident_report_id].append(s)
    victims: dict[int, list[Any]] = defaultdict(list)
    for v in conn.execute(
        select(VictimMention).where(VictimMention.incident_report_id.in_(ir_ids)).order_by(VictimMention.position)
    ).scalars():
        victims[v.incident_report_id].append(v)
    claims: dict[int, list[Any]] = defaultdict(list)
    for c in conn.execute(
        select(Claim).where(Claim.incident_report_id.in_(ir_ids)).order_by(Claim.kind, Claim.position)
    ).scalars():
        claims[c.incident_report_id].append(c)
    software: dict[int, list[Any]] = defaultdict(list)
    for sw in conn.execute(
        select(SoftwareMention)
        .where(SoftwareMention.incident_report_id.in_(ir_ids))
        .order_by(SoftwareMention.position)
    ).scalars():
        software[sw.incident_report_id].append(sw)

    by_inc: dict[int, list[Any]] = defaultdict(list)
    for ir, _doc in irs:
        by_inc[ir.incident_id].append(ir)
    out = []
    for inc_id in ids:
        if inc_id not in incs:
            continue
        members = by_inc.get(inc_id, [])
        names: list[str] = []
        states: list[str] = []
        agencies: list[str] = []
        activities: list[str] = []
        vict: dict[tuple[str, Any, Any], list[str]] = {}
        sources, atts, resps, dens = [], [], [], []
        soft: list[tuple[Any, str]] = []
        for ir in members:
            doc = docs[ir.id]
            for a in actors[ir.id]:
                if a.name not in names:
                    names.append(a.name)
            for s in sponsors[ir.id]:
                if s.state and s.state not in states:
                    states.append(s.state)
                if s.agency and s.agency not in agencies:
                    agencies.append(s.agency)
            if ir.activity not in activities:
                activities.append(ir.activity)
            for v in victims[ir.id]:
                key = (v.name, v.country, v.sector)
                vict.setdefault(key, [])
                if doc.doc_key not in vict[key]:
                    vict[key].append(doc.doc_key)
            soft.extend((sw, doc.doc_key) for sw in software[ir.id])
            for c in claims[ir.id]:
                {"attribution": atts, "response": resps, "denial": dens}[c.kind].append(_claim_view(c, doc))
            sources.append(
                SourceView(
                    document=doc.doc_key,
                    position=ir.position,
                    published=doc.published,
                    title=doc.title,
                    key=ir.key,
                    actors=[a.name for a in actors[ir.id]],
                    sponsors=[{"state": s.state, "agency": s.agency} for s in sponsors[ir.id]],
                    activity=ir.activity,
                    period_start=ir.period_start,
                    period_end=ir.period_end,
                )
            )
        resps.sort(key=lambda c: (c.date or c.published or "", c.document))
        row = incs[inc_id]
        out.append(
            IncidentView(
                id=inc_id,
                label=row.label,
                actors=names,
                states=states,
                agencies=agencies,
                activities=activities,
                victims=[VictimView(k[0], k[1], k[2], d) for k, d in vict.items()],
                first_date=row.first_date,
                last_date=row.last_date,
                documents=sorted({s.document for s in sources}),
                sources=sources,
                attributions=atts,
                responses=resps,
                denials=dens,
                software=_merge_software(soft),
            )
        )
    return out


def why(conn: Session, incident_id: int) -> WhyView:
    inc = conn.execute(select(IncidentRow).where(IncidentRow.id == incident_id)).scalar_one_or_none()
    if inc is None:
        raise StoreError("no such incident", source=str(incident_id))
    rows = conn.execute(
        select(IncidentReport.id, IncidentReport.features, IncidentReport.incident_id).where(
            IncidentReport.incident_id == incident_id
        )
    ).all()
    feats = {r.id: merge.Features.from_json(r.features) for r in rows}
    name = {n: f"{f.doc}#{f.pos}" for n, f in feats.items()}
    links = conn.execute(
        select(MergeLink).where(or_(MergeLink.a_id.in_(list(feats)), MergeLink.b_id.in_(list(feats))))
    ).scalars().all()
    outside_ids = {x for l in links for x in (l.a_id, l.b_id)} - set(feats)
    outside = {
        r.id: (merge.Features.from_json(r.features), r.incident_id)
        for r in conn.execute(
            select(IncidentReport.id, IncidentReport.features, IncidentReport.incident_id).where(
                IncidentReport.id.in_(outside_ids)
            )
        ).all()
    }
    for n, (f, other) in outside.items():
        name[n] = f"{f.doc}#{f.pos} (incident {other})"
    inside, across = [], []
    for l in sorted(links, key=lambda l: (-l.score, name[l.a_id], name[l.b_id])):
        both = l.a_id in feats and l.b_id in feats
        view = LinkView(a=name[l.a_id], b=name[l.b_id], score=l.score, reasons=list(l.reasons), used=both)
        (inside if both else across).append(view)
    docs = sorted({f.doc for f in feats.values()})
    cons = conn.execute(
        select(MergeConstraint).where(or_(MergeConstraint.a_doc.in_(docs), MergeConstraint.b_doc.in_(docs)))
    ).scalars().all()
    return WhyView(
        incident=incident_id,
        label=inc.label,
        members=sorted(f"{f.doc}#{f.pos}" for f in feats.values()),
        links=inside,
        outside_links=across,
        constraints=[f"{c.a_doc}#{c.a_pos} kept apart from {c.b_doc}#{c.b_pos} (split)" for c in cons],
    )


def timeline(conn: Session, ids: list[int]) -> list[TimelineEntry]:
    views = load_incidents(conn, ids)
    entries: dict[tuple[Any, ...], TimelineEntry] = {}

    def add(date: Optional[str], kind: str, inc: IncidentView, party: Optional[str], detail: str, doc: str) -> None:
        key = (date, kind, inc.id, party, detail)
        if key in entries:
            if doc not in entries[key].documents:
                entries[key].documents.append(doc)
        else:
            entries[key] = TimelineEntry(date, kind, inc.id, inc.label, party, detail, [doc])

    for inc in views:
        for s in inc.sources:
            if s.period_start:
                add(s.period_start, "activity", inc, None, f"{s.activity} operation begins", s.document)
        for c in inc.attributions:
            who = " / ".join(x for x in (c.actor, c.state) if x) or "?"
            conf = f" ({c.confidence} confidence)" if c.confidence else ""
            add(c.published, "attribution", inc, c.party, f"attributes to {who}{conf}", c.document)
        for c in inc.responses:
            against = f" against {c.against}" if c.against else ""
            add(c.date or c.published, "response", inc, c.party, f"{c.type}{against}", c.document)
        for c in inc.denials:
            add(c.published, "denial", inc, c.party, "denies involvement", c.document)
    return sorted(
        entries.values(), key=lambda e: (e.date or "9999", _KIND_ORDER[e.kind], e.incident, e.party or "", e.detail)
    )


def actor(conn: Session, name: str) -> ActorView:
    keys = actor_keys(name)
    ir_ids = set(
        conn.execute(select(MergeKey.incident_report_id).where(MergeKey.key.in_(keys))).scalars()
    )
    if not ir_ids:
        raise StoreError("no incident in the store names this actor", source=name)
    mentions = conn.execute(
        select(ActorMention, Document.doc_key, IncidentReport.incident_id)
        .join(IncidentReport, IncidentReport.id == ActorMention.incident_report_id)
        .join(Document, Document.id == IncidentReport.document_id)
        .where(ActorMention.incident_report_id.in_(ir_ids))
    ).all()
    wanted_ids = set(merge.actor_identity(name)[0])
    compact = merge.normalise_name(name).replace(" ", "")
    aliases: dict[str, set[str]] = defaultdict(set)
    identities: set[str] = set()
    kb: Optional[dict[str, Any]] = None
    kb_states: set[str] = set()
    mine: set[int] = set()
    for m, doc_key, _inc in mentions:
        names = {merge.normalise_name(x).replace(" ", "") for x in [m.name, *m.aliases]}
        if m.identity in wanted_ids or compact in names:
            mine.add(m.incident_report_id)
            identities.add(m.identity)
            aliases[m.name].add(doc_key)
            for al in m.aliases:
                aliases[al].add(doc_key)
            if m.kb and kb is None:
                kb = dict(m.kb)
    if not mine:  # matched through another key only
        mine = ir_ids
    for f in conn.execute(select(IncidentReport.features).where(IncidentReport.id.in_(mine))).scalars():
        kb_states |= set(f.get("kb_states", ()))
    spons: dict[tuple[Any, Any], set[str]] = defaultdict(set)
    for s, doc_key in conn.execute(
        select(SponsorClaim, Document.doc_key)
        .join(IncidentReport, IncidentReport.id == SponsorClaim.incident_report_id)
        .join(Document, Document.id == IncidentReport.document_id)
        .where(SponsorClaim.incident_report_id.in_(mine))
    ).all():
        spons[(s.state, s.agency)].add(doc_key)
    inc_ids = sorted(
        set(
            conn.execute(select(IncidentReport.incident_id).where(IncidentReport.id.in_(mine))).scalars()
        )
        - {None}
    )
    ordered = [i for i in incident_ids(conn) if i in set(inc_ids)]
    incidents = load_incidents(conn, ordered)
    responses = sorted(
        (c for inc in incidents for c in inc.responses), key=lambda c: (c.date or c.published or "", c.document)
    )
    display = max(aliases, key=lambda a: (len(aliases[a]), a == name)) if aliases else name
    return ActorView(
        name=display,
        identities=sorted(identities),
        aliases=[NameSources(a, sorted(d)) for a, d in sorted(aliases.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        sponsors_in_texts=[
            SponsorView(st, ag, sorted(d))
            for (st, ag), d in sorted(spons.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
        ],
        sponsor_in_kb=sorted(kb_states),
        kb=kb,
        incidents=incidents,
        responses=responses,
        timeline=timeline(conn, ordered),
        software=_merge_software([(sw, doc) for inc in incidents for sw in inc.software for doc in sw.documents]),
    )


def counts(conn: Session) -> Counts:
    def n(q: Any) -> int:
        return int(conn.execute(q).scalar_one())

    kinds = dict(conn.execute(select(Claim.kind, func.count()).group_by(Claim.kind)).all())
    return Counts(
        documents=n(select(func.count()).select_from(Document)),
        incident_reports=n(select(func.count()).select_from(IncidentReport)),
        incidents=n(select(func.count()).select_from(IncidentRow)),
        actors=n(select(func.count(func.distinct(ActorMention.identity)))),
        victims=n(select(func.count()).select_from(VictimMention)),
        attributions=int(kinds.get("attribution", 0)),
        responses=int(kinds.get("response", 0)),
        denials=int(kinds.get("denial", 0)),
        links=n(select(func.count()).select_from(MergeLink)),
    )


def _incident_dict(
    ir: Any,
    actors: list[Any],
    sponsors: list[Any],
    victims: list[Any],
    claims: list[Any],
    software: list[Any],
) -> dict[str, Any]:
    return {
        "actors": [
            {"name": a.name, "aliases": list(a.aliases), "kb_ref": a.kb_ref, "kb": a.kb, "evidence": a.evidence}
            for a in actors
        ],
        "sponsors": [{"state": s.state, "agency": s.agency, "evidence": s.evidence} for s in sponsors],
        "victims": [
            {"name": v.name, "country": v.country, "sector": v.sector, "evidence": v.evidence} for v in victims
        ],
        "activity": ir.activity,
        "period": {"start": ir.period_start, "end": ir.period_end, "evidence": ir.period_evidence},
        "attributions": [
            {"by": c.party, "actor": c.actor, "state": c.state, "confidence": c.confidence, "evidence": c.evidence}
            for c in claims
            if c.kind == "attribution"
        ],
        "responses": [
            {"type": c.type, "by": c.party, "against": c.against, "date": c.date, "evidence": c.evidence}
            for c in claims
            if c.kind == "response"
        ],
        "denials": [{"by": c.party, "evidence": c.evidence} for c in claims if c.kind == "denial"],
        "activity_evidence": ir.activity_evidence,
        "software": [
            {"name": s.name, "kb_ref": s.kb_ref, "type": s.type, "evidence": s.evidence} for s in software
        ],
    }


def reports(
    conn: Session,
    *,
    documents: Optional[list[str]] = None,
    incidents: Optional[list[int]] = None,
    per: str = "document",
    batch: int = 200,
) -> Iterator[Report]:
    """Rebuild reports: one per stored document, or (``per="incident"``) one per
    merged incident and source document, holding only that incident."""
    if per not in ("document", "incident"):
        raise StoreError("per must be 'document' or 'incident'", source=per)
    q = select(Document.id)
    if documents is not None:
        q = q.where(Document.doc_key.in_(documents))
    if incidents is not None:
        q = q.where(
            Document.id.in_(select(IncidentReport.document_id).where(IncidentReport.incident_id.in_(incidents)))
        )
    doc_ids = list(conn.execute(q.order_by(Document.doc_key)).scalars())
    for i in range(0, len(doc_ids), batch):
        chunk = doc_ids[i : i + batch]
        yield from _reports_for(conn, chunk, incidents=incidents, per=per)


def _reports_for(conn: Session, doc_ids: list[int], *, incidents: Optional[list[int]], per: str) -> Iterator[Report]:
    docs = {d.id: d for d in conn.execute(select(Document).where(Document.id.in_(doc_ids))).scalars()}
    q = select(IncidentReport).where(IncidentReport.document_id.in_(doc_ids))
    if incidents is not None:
        q = q.where(IncidentReport.incident_id.in_(incidents))
    irs = list(conn.execute(q.order_by(IncidentReport.document_id, IncidentReport.position)).scalars())
    ir_ids = [ir.id for ir in irs]

    def grouped(model: Any) -> dict[int, list[Any]]:
        out: dict[int, list[Any]] = defaultdict(list)
        for row in conn.execute(
            select(model).where(model.incident_report_id.in_(ir_ids)).order_by(model.position)
        ).scalars():
            out[row.incident_report_id].append(row)
        return out

    actors, sponsors, victims, claims, software = (
        grouped(m) for m in (ActorMention, SponsorClaim, VictimMention, Claim, SoftwareMention)
    )
    by_doc: dict[int, list[Any]] = defaultdict(list)
    for ir in irs:
        by_doc[ir.document_id].append(ir)
    for doc_id in doc_ids:
        doc = docs[doc_id]
        info = {
            "id": doc.doc_key,
            "published": doc.published,
            "title": doc.title,
            "url": doc.url,
            "sha256": doc.sha256,
            "text": doc.text if doc.report_has_text else None,
        }
        parts = [
            (ir.incident_id, _incident_dict(
                ir, actors[ir.id], sponsors[ir.id], victims[ir.id], claims[ir.id], software[ir.id]
            ))
            for ir in by_doc[doc_id]
        ]
        if per == "document":
            groups = [[p for _, p in parts]]
        else:
            order: dict[Any, list[dict[str, Any]]] = {}
            for inc_id, p in parts:
                order.setdefault(inc_id, []).append(p)
            groups = list(order.values())
        for incs in groups:
            yield Report.from_dict(
                {"schema": doc.schema, "document": info, "incidents": incs, "warnings": list(doc.warnings or [])}
            )


__all__ = ["incident_ids", "load_incidents", "why", "timeline", "actor", "counts", "reports", "actor_keys"]
