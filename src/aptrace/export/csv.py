"""CSV for spreadsheets: one row per claim, with its evidence.

Columns (:data:`COLUMNS`): the document (id, published date, URL), the
incident (its label ``<document id>/<key>``, first actor, first sponsor state
and agency, activity), the claim (``kind``: actor, sponsor, victim,
attribution, response, denial or software; ``by``; ``target``: the actor
named, the sponsor state, the victim, the actor and/or state attributed
(``APT31 / CN``), the party a response is against, the software as the text
names it; ``country``: the victim's; ``type``: the sponsor's agency, the
victim's sector, the response type or the software's (``malware`` or
``tool``, empty when the report does not say); ``confidence``; ``date``) and
its first evidence span exactly as in the document (``evidence``, ``start``,
``end``), with any further spans' text in ``more_evidence``. The last column,
``software``, repeats on every row of an incident the malware and tools it
names, with their MITRE ATT&CK ids (``NotPetya (S0368); KV Botnet``), so that
a spreadsheet filter on one finds all the incident's claims.

The text is attacker-controlled: a cell that a spreadsheet would read as a
formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) gets a leading apostrophe. Rows end with ``\\n``; the file is UTF-8.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime
from typing import Any, Iterator, Sequence

from .. import registry
from ..report import Report, Software, Span
from .common import IncidentRef, attack_software_id, evidence_text, iter_incidents

__all__ = ["export_csv", "COLUMNS", "csv_cell"]

COLUMNS = (
    "document_id",
    "published",
    "url",
    "incident",
    "actor",
    "sponsor_state",
    "sponsor_agency",
    "activity",
    "kind",
    "by",
    "target",
    "country",
    "type",
    "confidence",
    "date",
    "evidence",
    "start",
    "end",
    "more_evidence",
    "software",
)

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str | int:
    """A value safe to open in a spreadsheet (no formula injection)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _rows(ref: IncidentRef) -> Iterator[dict[str, Any]]:
    inc = ref.incident
    doc = ref.report.document
    sponsor = inc.sponsors[0] if inc.sponsors else None
    base = {
        "document_id": doc.id,
        "published": doc.published,
        "url": doc.url,
        "incident": ref.label,
        "actor": inc.actors[0].name if inc.actors else None,
        "sponsor_state": sponsor.state if sponsor else None,
        "sponsor_agency": sponsor.agency if sponsor else None,
        "activity": inc.activity,
        "software": "; ".join(_software_label(sw) for sw in inc.software),
    }

    def row(kind: str, spans: Sequence[Span], **fields: Any) -> dict[str, Any]:
        first = spans[0] if spans else None
        return {
            **base,
            "kind": kind,
            **fields,
            "evidence": first.text if first else None,
            "start": first.start if first else None,
            "end": first.end if first else None,
            "more_evidence": evidence_text(spans[1:]),
        }

    for actor in inc.actors:
        yield row("actor", actor.evidence, target=actor.name)
    for sp in inc.sponsors:
        yield row("sponsor", sp.evidence, target=sp.state, type=sp.agency)
    for victim in inc.victims:
        yield row("victim", victim.evidence, target=victim.name, country=victim.country, type=victim.sector)
    for claim in inc.attributions:
        target = " / ".join(x for x in (claim.actor, claim.state) if x)
        yield row("attribution", claim.evidence, by=claim.by, target=target, confidence=claim.confidence)
    for resp in inc.responses:
        yield row("response", resp.evidence, by=resp.by, target=resp.against, type=resp.type, date=resp.date)
    for denial in inc.denials:
        yield row("denial", denial.evidence, by=denial.by)
    for sw in inc.software:
        yield row("software", sw.evidence, target=sw.name, type=sw.type)


def _software_label(sw: Software) -> str:
    attack_id = attack_software_id(sw)
    return f"{sw.name} ({attack_id})" if attack_id else sw.name


@registry.register("exporters", "csv.v1", aliases=("csv",))
def export_csv(reports: Sequence[Report], *, now: datetime) -> str:
    """One CSV row per claim of every incident of ``reports`` (``now`` is unused)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    for ref in iter_incidents(reports):
        for row in _rows(ref):
            writer.writerow({col: csv_cell(row.get(col)) for col in COLUMNS})
    return out.getvalue()
