"""Writing reports into the store and keeping merged incidents up to date.

Every function here runs inside one write transaction (``db.run_with_retry``):
a document, its claims, its merge links and the re-clustering of the
incidents it touches are committed together or not at all.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..report import InputDocument, Report
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
from .views import AddResult

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _spans(spans: Iterable[Any]) -> list[dict[str, Any]]:
    return [s.model_dump(mode="json") for s in spans]


def _lookup_keys(keys: set[str]) -> set[str]:
    out: set[str] = set()
    for k in keys:
        kind, _, value = k.partition(":")
        if kind == "state":
            out |= {k, f"kbstate:{value}"}
        elif kind == "kbstate":
            out.add(f"state:{value}")
        else:
            out.add(k)
    return out


def add_report(conn: Connection, report: Report, document: InputDocument | None) -> AddResult:
    info = report.document
    sha = info.sha256
    if document is not None and document.sha256 != sha:
        raise StoreError("the report's sha256 is not that of the document's text", source=info.id)
    existing = conn.execute(
        select(Document.id, Document.doc_key, Document.sha256, Document.version).where(
            or_(Document.sha256 == sha, Document.doc_key == info.id)
        )
    ).all()
    for row in existing:
        if row.sha256 == sha:
            ids = conn.execute(
                select(IncidentReport.incident_id)
                .where(IncidentReport.document_id == row.id)
                .order_by(IncidentReport.position)
            ).scalars()
            return AddResult(document=row.doc_key, status="unchanged", incidents=[i for i in ids if i is not None])

    text = document.text if document is not None else info.text
    values = dict(
        doc_key=info.id,
        sha256=sha,
        published=info.published,
        title=info.title,
        url=info.url,
        source=document.source if document is not None else None,
        text=text,
        report_has_text=info.text is not None,
        derived_text=document.derived_text if document is not None else info.text is not None,
        schema=report.schema_,
        warnings=list(report.warnings),
        ingested_at=_now(),
    )
    affected: set[int] = set()
    orphan_incidents: set[int] = set()
    if existing:  # same document id, other text: a corrected version replaces the old claims
        old = existing[0]
        old_irs = conn.execute(
            select(IncidentReport.id, IncidentReport.incident_id).where(IncidentReport.document_id == old.id)
        ).all()
        old_ids = {r.id for r in old_irs}
        orphan_incidents = {r.incident_id for r in old_irs if r.incident_id is not None}
        affected = _neighbours(conn, old_ids) - old_ids
        if old_ids:
            conn.execute(delete(IncidentReport).where(IncidentReport.id.in_(old_ids)))
        conn.execute(update(Document).where(Document.id == old.id).values(version=old.version + 1, **values))
        doc_id = old.id
        status = "replaced"
        log.info("document %s replaced by a new version (%d)", info.id, old.version + 1)
    else:
        doc_id = conn.execute(insert(Document).returning(Document.id), values).scalar_one()
        status = "added"

    new: dict[int, merge.Features] = {}
    for pos, inc in enumerate(report.incidents):
        feats = merge.features_of(inc, doc=info.id, pos=pos, published=info.published)
        ir_id = conn.execute(
            insert(IncidentReport).returning(IncidentReport.id),
            dict(
                document_id=doc_id,
                position=pos,
                key=inc.key,
                activity=inc.activity,
                period_start=inc.period.start,
                period_end=inc.period.end,
                period_evidence=_spans(inc.period.evidence),
                activity_evidence=_spans(inc.activity_evidence),
                features=feats.to_json(),
            ),
        ).scalar_one()
        new[ir_id] = feats
        _insert_parts(conn, ir_id, doc_id, inc, feats)

    if new:
        lookup = set()
        for f in new.values():
            lookup |= _lookup_keys(f.blocking_keys())
        cands = _load_features(
            conn,
            select(MergeKey.incident_report_id)
            .where(MergeKey.key.in_(sorted(lookup)))
            .where(MergeKey.incident_report_id.not_in(list(new)))
            .distinct(),
        )
        links = []
        for nid, nf in new.items():
            for cid, cf in cands.items():
                m = merge.compare(nf, cf)
                if m is not None:
                    a, b = sorted((nid, cid))
                    links.append(dict(a_id=a, b_id=b, score=m.score, reasons=list(m.reasons)))
        if links:
            conn.execute(insert(MergeLink), links)
    incidents = recluster(conn, set(new) | affected)
    _drop_empty_incidents(conn, orphan_incidents)
    ordered = [incidents[i] for i in sorted(new, key=lambda i: new[i].pos)]
    return AddResult(document=info.id, status=status, incidents=ordered)


def _insert_parts(conn: Connection, ir_id: int, doc_id: int, inc: Any, feats: merge.Features) -> None:
    actors = []
    for i, a in enumerate(inc.actors):
        ids, _ = merge.actor_identity(a.name, a.kb_ref)
        actors.append(
            dict(
                incident_report_id=ir_id,
                position=i,
                name=a.name,
                name_norm=merge.normalise_name(a.name),
                identity=sorted(ids)[0],
                aliases=list(a.aliases),
                kb_ref=a.kb_ref,
                kb=a.kb,
                evidence=_spans(a.evidence),
            )
        )
    if actors:
        conn.execute(insert(ActorMention), actors)
    sponsors = [
        dict(incident_report_id=ir_id, position=i, state=s.state, agency=s.agency, evidence=_spans(s.evidence))
        for i, s in enumerate(inc.sponsors)
    ]
    if sponsors:
        conn.execute(insert(SponsorClaim), sponsors)
    victims = [
        dict(
            incident_report_id=ir_id,
            position=i,
            name=v.name,
            country=v.country,
            sector=v.sector,
            evidence=_spans(v.evidence),
        )
        for i, v in enumerate(inc.victims)
    ]
    if victims:
        conn.execute(insert(VictimMention), victims)
    software = [
        dict(incident_report_id=ir_id, position=i, name=sw.name, kb_ref=sw.kb_ref, type=sw.type,
             evidence=_spans(sw.evidence))
        for i, sw in enumerate(inc.software)
    ]
    if software:
        conn.execute(insert(SoftwareMention), software)
    base = dict(
        incident_report_id=ir_id, document_id=doc_id, actor=None, state=None, confidence=None,
        type=None, against=None, date=None,
    )
    claims: list[dict[str, Any]] = []
    for i, at in enumerate(inc.attributions):
        claims.append(
            {**base, "kind": "attribution", "position": i, "party": at.by, "actor": at.actor,
             "state": at.state, "confidence": at.confidence, "evidence": _spans(at.evidence)}
        )
    for i, r in enumerate(inc.responses):
        claims.append(
            {**base, "kind": "response", "position": i, "party": r.by, "type": r.type,
             "against": r.against, "date": r.date, "evidence": _spans(r.evidence)}
        )
    for i, d in enumerate(inc.denials):
        claims.append({**base, "kind": "denial", "position": i, "party": d.by, "evidence": _spans(d.evidence)})
    if claims:
        conn.execute(insert(Claim), claims)
    keys = [dict(incident_report_id=ir_id, key=k[:600]) for k in sorted(feats.blocking_keys())]
    if keys:
        conn.execute(insert(MergeKey), keys)


def _load_features(conn: Connection, id_query: Any) -> dict[int, merge.Features]:
    rows = conn.execute(
        select(IncidentReport.id, IncidentReport.features).where(IncidentReport.id.in_(id_query))
    ).all()
    return {r.id: merge.Features.from_json(r.features) for r in rows}


def _neighbours(conn: Connection, ids: set[int]) -> set[int]:
    if not ids:
        return set()
    rows = conn.execute(
        select(MergeLink.a_id, MergeLink.b_id).where(or_(MergeLink.a_id.in_(ids), MergeLink.b_id.in_(ids)))
    ).all()
    return {x for r in rows for x in (r.a_id, r.b_id)}


def component(conn: Connection, seeds: set[int]) -> set[int]:
    seen = set(seeds)
    frontier = set(seeds)
    while frontier:
        nxt = _neighbours(conn, frontier) - seen
        seen |= nxt
        frontier = nxt
    return seen


def recluster(conn: Connection, seeds: set[int]) -> dict[int, int]:
    """Re-group the connected components holding ``seeds``; returns node -> incident id."""
    if not seeds:
        return {}
    nodes = component(conn, seeds)
    rows = conn.execute(
        select(IncidentReport.id, IncidentReport.features, IncidentReport.incident_id).where(
            IncidentReport.id.in_(nodes)
        )
    ).all()
    feats = {r.id: merge.Features.from_json(r.features) for r in rows}
    current = {r.id: r.incident_id for r in rows}
    links = conn.execute(
        select(MergeLink.a_id, MergeLink.b_id, MergeLink.score).where(MergeLink.a_id.in_(nodes))
    ).all()
    by_key = {f.stable_key: n for n, f in feats.items()}
    docs = sorted({f.doc for f in feats.values()})
    cons = conn.execute(
        select(MergeConstraint.a_doc, MergeConstraint.a_pos, MergeConstraint.b_doc, MergeConstraint.b_pos).where(
            MergeConstraint.kind == "cannot_link", MergeConstraint.a_doc.in_(docs)
        )
    ).all()
    cannot = [
        (by_key[(c.a_doc, c.a_pos)], by_key[(c.b_doc, c.b_pos)])
        for c in cons
        if (c.a_doc, c.a_pos) in by_key and (c.b_doc, c.b_pos) in by_key
    ]
    groups = merge.cluster(feats, [(l.a_id, l.b_id, l.score) for l in links], cannot)

    taken: set[int] = set()
    result: dict[int, int] = {}
    now = _now()
    for group in groups:
        counts = Counter(current[n] for n in group if current[n] is not None and current[n] not in taken)
        if counts:
            best = max(counts.values())
            inc_id = min(i for i, c in counts.items() if c == best)
        else:
            inc_id = conn.execute(
                insert(IncidentRow).returning(IncidentRow.id),
                dict(label="?", created_at=now, updated_at=now),
            ).scalar_one()
        taken.add(inc_id)
        label, first, last = _summary([feats[n] for n in group])
        conn.execute(
            update(IncidentRow)
            .where(IncidentRow.id == inc_id)
            .values(label=label, first_date=first, last_date=last, updated_at=now)
        )
        moved = [n for n in group if current[n] != inc_id]
        if moved:
            conn.execute(update(IncidentReport).where(IncidentReport.id.in_(moved)).values(incident_id=inc_id))
        for n in group:
            result[n] = inc_id
    _drop_empty_incidents(conn, {i for i in current.values() if i is not None} - taken)
    return result


def _drop_empty_incidents(conn: Connection, ids: set[int]) -> None:
    if not ids:
        return
    used = set(
        conn.execute(select(IncidentReport.incident_id).where(IncidentReport.incident_id.in_(ids)).distinct()).scalars()
    )
    empty = ids - used
    if empty:
        conn.execute(delete(IncidentRow).where(IncidentRow.id.in_(empty)))


def _summary(members: list[merge.Features]) -> tuple[str, Optional[str], Optional[str]]:
    members = sorted(members, key=lambda f: f.stable_key)
    named = Counter(f.actors[0] for f in members if f.actors)
    if named:
        best = max(named.values())
        label = next(f.actors[0] for f in members if f.actors and named[f.actors[0]] == best)
    else:
        states = Counter(s for f in members for s in f.states)
        label = "state:" + (min(s for s, c in states.items() if c == max(states.values())) if states else "?")
    starts = [d for f in members for d in (f.period_start, f.published) if merge.parse_date(d)]
    ends = [d for f in members for d in f.dates() if merge.parse_date(d)]
    first = min(starts, key=lambda d: merge.parse_date(d)[0]) if starts else None  # type: ignore[index]
    last = max(ends, key=lambda d: merge.parse_date(d)[1]) if ends else None  # type: ignore[index]
    return label, first, last


def split(conn: Connection, incident_id: int, document_ids: list[str]) -> list[int]:
    """Keep the named documents' reports of ``incident_id`` apart from the rest."""
    rows = conn.execute(
        select(IncidentReport.id, IncidentReport.features).where(IncidentReport.incident_id == incident_id)
    ).all()
    if not rows:
        raise StoreError("no such incident", source=str(incident_id))
    feats = {r.id: merge.Features.from_json(r.features) for r in rows}
    wanted = set(document_ids)
    out = {n for n, f in feats.items() if f.doc in wanted}
    if not out:
        raise StoreError(
            f"none of {sorted(wanted)} reports this incident (its documents: {sorted({f.doc for f in feats.values()})})",
            source=str(incident_id),
        )
    stay = set(feats) - out
    if not stay:
        raise StoreError("cannot split off every document of an incident", source=str(incident_id))
    now = _now()
    for o in out:
        for s in stay:
            a, b = sorted((feats[o].stable_key, feats[s].stable_key))
            exists = conn.execute(
                select(MergeConstraint.id).where(
                    MergeConstraint.a_doc == a[0], MergeConstraint.a_pos == a[1],
                    MergeConstraint.b_doc == b[0], MergeConstraint.b_pos == b[1],
                    MergeConstraint.kind == "cannot_link",
                )
            ).first()
            if exists is None:
                conn.execute(
                    insert(MergeConstraint),
                    dict(a_doc=a[0], a_pos=a[1], b_doc=b[0], b_pos=b[1], kind="cannot_link", created_at=now),
                )
    assigned = recluster(conn, set(feats))
    return sorted({assigned[o] for o in out})


def unsplit(conn: Connection, document_ids: list[str]) -> int:
    """Drop the cannot-link constraints that involve the named documents; re-cluster."""
    docs = sorted(set(document_ids))
    cons = conn.execute(
        select(MergeConstraint.id).where(or_(MergeConstraint.a_doc.in_(docs), MergeConstraint.b_doc.in_(docs)))
    ).scalars().all()
    if not cons:
        return 0
    conn.execute(delete(MergeConstraint).where(MergeConstraint.id.in_(cons)))
    seeds = set(
        conn.execute(
            select(IncidentReport.id).join(Document, Document.id == IncidentReport.document_id).where(
                Document.doc_key.in_(docs)
            )
        ).scalars()
    )
    recluster(conn, seeds)
    return len(cons)
