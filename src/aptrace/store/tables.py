"""The incident store's tables (SQLAlchemy 2 declarative models).

Rows, not the report contract: ``aptrace.report`` is what documents say;
these tables keep every statement as a claim of its source document, and
link the incident-reports of different documents into merged incidents.

    documents ─┬─ incident_reports ─┬─ actor_mentions
               │   (one per          ├─ sponsor_claims
               │    Report.incident) ├─ victim_mentions
               │                     ├─ claims (attribution | response | denial)
               │                     ├─ merge_keys   (blocking index)
               │                     └─ merge_links  (pairwise match + reasons)
               └─ incidents (a merged incident groups incident-reports)
    merge_constraints (cannot-link pairs made by ``split``)

The schema is created by the Alembic migrations in ``migrations/``, never
by ``metadata.create_all``; a test checks that both agree.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "Base",
    "Document",
    "IncidentRow",
    "IncidentReport",
    "ActorMention",
    "SponsorClaim",
    "VictimMention",
    "SoftwareMention",
    "Claim",
    "MergeKey",
    "MergeLink",
    "MergeConstraint",
    "CLAIM_KINDS",
    "SOFTWARE_TYPES",
]

CLAIM_KINDS = ("attribution", "response", "denial")
SOFTWARE_TYPES = ("malware", "tool")


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    """One stored document; ``sha256`` of its text makes re-ingesting a no-op."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_key: Mapped[str] = mapped_column(String(512), unique=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    published: Mapped[Optional[str]] = mapped_column(String(10))
    title: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text)
    source: Mapped[Optional[str]] = mapped_column(Text)
    text: Mapped[Optional[str]] = mapped_column(Text)
    # whether the report carried document.text (so it is given back the same way)
    report_has_text: Mapped[bool] = mapped_column(Boolean, default=False)
    derived_text: Mapped[bool] = mapped_column(Boolean, default=False)
    schema: Mapped[str] = mapped_column(String(64))
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    version: Mapped[int] = mapped_column(Integer, default=1)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentRow(Base):
    """A merged incident: the incident-reports of several documents."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(512))
    first_date: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    last_date: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentReport(Base):
    """One incident as one document reports it (``Report.incidents[position]``)."""

    __tablename__ = "incident_reports"
    __table_args__ = (UniqueConstraint("document_id", "position", name="uq_incident_reports_doc_pos"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    incident_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )
    key: Mapped[str] = mapped_column(String(512))
    activity: Mapped[str] = mapped_column(String(32))
    period_start: Mapped[Optional[str]] = mapped_column(String(10))
    period_end: Mapped[Optional[str]] = mapped_column(String(10))
    period_evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    activity_evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # what the merger compares (aptrace.store.merge.Features as JSON)
    features: Mapped[dict[str, Any]] = mapped_column(JSON)


class ActorMention(Base):
    __tablename__ = "actor_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(512))
    name_norm: Mapped[str] = mapped_column(String(512), index=True)
    # knowledge-base id when the name resolves, else "name:<normalised name>"
    identity: Mapped[str] = mapped_column(String(512), index=True)
    aliases: Mapped[list[Any]] = mapped_column(JSON, default=list)
    kb_ref: Mapped[Optional[str]] = mapped_column(String(512))
    kb: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(JSON)


class SponsorClaim(Base):
    __tablename__ = "sponsor_claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    state: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    agency: Mapped[Optional[str]] = mapped_column(String(128))
    evidence: Mapped[list[Any]] = mapped_column(JSON)


class VictimMention(Base):
    __tablename__ = "victim_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[Optional[str]] = mapped_column(String(64), index=True)
    sector: Mapped[Optional[str]] = mapped_column(String(64))
    evidence: Mapped[list[Any]] = mapped_column(JSON)


class SoftwareMention(Base):
    """A malware family or tool the incident's sentences name (``Incident.software``)."""

    __tablename__ = "software_mentions"
    __table_args__ = (CheckConstraint("type IN ('malware', 'tool')", name="type"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(512))
    # the ATT&CK software id (S0368) when the knowledge base knows the name
    kb_ref: Mapped[Optional[str]] = mapped_column(String(512), index=True)
    type: Mapped[Optional[str]] = mapped_column(String(16))
    evidence: Mapped[list[Any]] = mapped_column(JSON)


class Claim(Base):
    """An attribution, response or denial, as one document states it."""

    __tablename__ = "claims"
    __table_args__ = (
        CheckConstraint("kind IN ('attribution', 'response', 'denial')", name="kind"),
        Index("ix_claims_kind_type", "kind", "type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    party: Mapped[Optional[str]] = mapped_column(String(256), index=True)
    actor: Mapped[Optional[str]] = mapped_column(String(512))
    state: Mapped[Optional[str]] = mapped_column(String(64))
    confidence: Mapped[Optional[str]] = mapped_column(String(16))
    type: Mapped[Optional[str]] = mapped_column(String(64))
    against: Mapped[Optional[str]] = mapped_column(String(256))
    date: Mapped[Optional[str]] = mapped_column(String(10))
    evidence: Mapped[list[Any]] = mapped_column(JSON)


class MergeKey(Base):
    """Blocking keys (``actor:``, ``name:``, ``state:``, ``kbstate:``) to find merge candidates."""

    __tablename__ = "merge_keys"

    incident_report_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(600), primary_key=True, index=True)


class MergeLink(Base):
    """Two incident-reports of different documents that describe one incident."""

    __tablename__ = "merge_links"
    __table_args__ = (CheckConstraint("a_id < b_id", name="order"),)

    a_id: Mapped[int] = mapped_column(ForeignKey("incident_reports.id", ondelete="CASCADE"), primary_key=True)
    b_id: Mapped[int] = mapped_column(
        ForeignKey("incident_reports.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[list[Any]] = mapped_column(JSON)


class MergeConstraint(Base):
    """A cannot-link between two incident-reports, named by document id and position."""

    __tablename__ = "merge_constraints"
    __table_args__ = (
        UniqueConstraint("a_doc", "a_pos", "b_doc", "b_pos", "kind", name="uq_merge_constraints"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a_doc: Mapped[str] = mapped_column(String(512), index=True)
    a_pos: Mapped[int] = mapped_column(Integer)
    b_doc: Mapped[str] = mapped_column(String(512), index=True)
    b_pos: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32), default="cannot_link")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
