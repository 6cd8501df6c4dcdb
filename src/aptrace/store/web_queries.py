"""Read-only queries the web layer needs beyond ``Store``'s own: a stored
document with its text (to show evidence in place), and incidents found by
free-text search together with the store's filters, counted and paginated.

    >>> doc = document(store, "seed-cz-apt31")             # doctest: +SKIP
    >>> page = find_incidents(store, q="ministry", state="CN", limit=20)  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Optional

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..errors import StoreError
from . import queries
from .core import Store
from .tables import ActorMention, Claim, Document, IncidentReport, IncidentRow, SoftwareMention, VictimMention
from .views import IncidentView

__all__ = ["StoredDocument", "IncidentPage", "document", "documents", "find_incidents"]


@dataclass(frozen=True)
class StoredDocument:
    """A stored document as it was analysed; ``text`` is None when only its report was stored."""

    id: str
    published: Optional[str]
    title: Optional[str]
    url: Optional[str]
    source: Optional[str]
    sha256: str
    version: int
    text: Optional[str]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class IncidentPage:
    """One page of incidents and how many match in all."""

    total: int
    limit: int
    offset: int
    items: list[IncidentView]

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "limit": self.limit,
            "offset": self.offset,
            "items": [i.to_dict() for i in self.items],
        }


def _stored(row: Document) -> StoredDocument:
    return StoredDocument(
        id=row.doc_key,
        published=row.published,
        title=row.title,
        url=row.url,
        source=row.source,
        sha256=row.sha256,
        version=row.version,
        text=row.text,
    )


def document(store: Store, doc_id: str) -> StoredDocument:
    """The stored document ``doc_id``; :class:`StoreError` when there is none."""
    with Session(store.engine) as conn:
        row = conn.execute(select(Document).where(Document.doc_key == doc_id)).scalar_one_or_none()
        if row is None:
            raise StoreError("no such document", source=doc_id)
        return _stored(row)


def documents(store: Store, doc_ids: list[str]) -> dict[str, StoredDocument]:
    """The stored documents among ``doc_ids``, by id (unknown ids are left out)."""
    if not doc_ids:
        return {}
    with Session(store.engine) as conn:
        rows = conn.execute(select(Document).where(Document.doc_key.in_(list(doc_ids)))).scalars()
        return {r.doc_key: _stored(r) for r in rows}


def _like(q: str) -> str:
    escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def _search_ids(conn: Session, q: str) -> set[int]:
    """Incidents whose label, actor names or aliases, victims, software, parties or document titles contain ``q``."""
    pattern = _like(q)

    def has(column: Any) -> Any:
        return func.lower(column).like(pattern, escape="\\")

    found = set(conn.execute(select(IncidentRow.id).where(has(IncidentRow.label))).scalars())
    members = select(IncidentReport.incident_id).where(IncidentReport.incident_id.is_not(None))
    for stmt in (
        members.join(ActorMention, ActorMention.incident_report_id == IncidentReport.id).where(
            or_(has(ActorMention.name), has(ActorMention.name_norm))
        ),
        members.join(VictimMention, VictimMention.incident_report_id == IncidentReport.id).where(
            or_(has(VictimMention.name), has(VictimMention.country))
        ),
        members.join(SoftwareMention, SoftwareMention.incident_report_id == IncidentReport.id).where(
            or_(has(SoftwareMention.name), has(SoftwareMention.kb_ref))
        ),
        members.join(Claim, Claim.incident_report_id == IncidentReport.id).where(
            or_(has(Claim.party), has(Claim.actor), has(Claim.state), has(Claim.against))
        ),
        members.join(Document, Document.id == IncidentReport.document_id).where(
            or_(has(Document.title), has(Document.doc_key))
        ),
    ):
        found.update(conn.execute(stmt).scalars())
    # aliases are a JSON list: match them in Python over the (few) mentions' alias lists
    for ir_inc, aliases in conn.execute(
        select(IncidentReport.incident_id, ActorMention.aliases).join(
            ActorMention, ActorMention.incident_report_id == IncidentReport.id
        )
    ):
        if ir_inc is not None and any(q.lower() in str(a).lower() for a in aliases or ()):
            found.add(ir_inc)
    return found


def find_incidents(
    store: Store,
    *,
    q: Optional[str] = None,
    actor: Optional[str] = None,
    state: Optional[str] = None,
    victim: Optional[str] = None,
    since: Optional[str] = None,
    until: Optional[str] = None,
    response: Optional[str] = None,
    limit: int = 50,
    offset: int = 0,
) -> IncidentPage:
    """Incidents matching the store's filters (as ``Store.incidents``) and, when given,
    the search text ``q``; most recent first, ``limit`` from ``offset``, with the total."""
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset must not be negative", source=f"{limit}/{offset}")
    with Session(store.engine) as conn:
        ids = queries.incident_ids(
            conn, actor=actor, state=state, victim=victim, since=since, until=until, response=response
        )
        if q and q.strip():
            wanted = _search_ids(conn, q.strip())
            ids = [i for i in ids if i in wanted]
        page = ids[offset : offset + limit]
        return IncidentPage(total=len(ids), limit=limit, offset=offset, items=queries.load_incidents(conn, page))
