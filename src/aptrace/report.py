"""The attribution report, field for field as in ``shared/spec/report-format.md``.

This module is the contract between the extractor and everything that reads
its output (store, exporters, web, scorer). Models are immutable and forbid
unknown fields; order follows the spec. Fields the project adds beyond the
spec are marked "(aptrace)" and are optional.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .vocab import ACTIVITIES, RESPONSE_TYPES, SECTORS, CONFIDENCES

SCHEMA = "attribution-report/1"

__all__ = [
    "SCHEMA",
    "Span",
    "InputDocument",
    "DocumentInfo",
    "Actor",
    "Sponsor",
    "Victim",
    "Period",
    "Attribution",
    "Response",
    "Denial",
    "Software",
    "Incident",
    "Report",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """Python string offsets into the document text: ``text == doc_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _ordered(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self


class InputDocument(_Model):
    """One document of an input corpus (spec §1)."""

    id: str = Field(min_length=1)
    text: str
    published: Optional[str] = None  # YYYY-MM-DD
    title: Optional[str] = None
    url: Optional[str] = None
    # (aptrace) where the document came from (a path, a URL, "<stdin>")
    source: Optional[str] = None
    # (aptrace) True when ``text`` is not the input as given (HTML, PDF, feed,
    # URL): the report then carries the text so evidence can be checked.
    derived_text: bool = False

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class DocumentInfo(_Model):
    id: str
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    sha256: str
    text: Optional[str] = None


class Actor(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)
    kb_ref: Optional[str] = None
    # (aptrace) what the knowledge base says of the actor (sponsor, ATT&CK id);
    # enrichment only, never a fact of the text.
    kb: Optional[dict[str, Any]] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None


class Sponsor(_Model):
    state: Optional[str] = None
    agency: Optional[str] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None


class Victim(_Model):
    name: str
    country: Optional[str] = None
    sector: Optional[str] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None

    @model_validator(mode="after")
    def _sector(self) -> "Victim":
        if self.sector is not None and self.sector not in SECTORS:
            raise ValueError(f"unknown sector {self.sector!r}")
        return self


class Period(_Model):
    start: Optional[str] = None
    end: Optional[str] = None
    evidence: list[Span] = Field(default_factory=list)


class Attribution(_Model):
    by: str
    actor: Optional[str] = None
    state: Optional[str] = None
    confidence: Optional[Literal["high", "medium", "low"]] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None


class Response(_Model):
    type: str
    by: Optional[str] = None
    against: Optional[str] = None
    date: Optional[str] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None

    @model_validator(mode="after")
    def _type(self) -> "Response":
        if self.type not in RESPONSE_TYPES:
            raise ValueError(f"unknown response type {self.type!r}")
        return self


class Denial(_Model):
    by: str
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None


class Software(_Model):
    """(aptrace) A malware family or tool the text names in the incident ("the NotPetya malware")."""

    name: str
    # the ATT&CK software id (S0368) when the knowledge base knows the name
    kb_ref: Optional[str] = None
    type: Optional[Literal["malware", "tool"]] = None
    evidence: list[Span] = Field(min_length=1)
    # (aptrace) the rule or cue that produced the fact, with --explain
    rule: Optional[str] = None


class Incident(_Model):
    actors: list[Actor] = Field(default_factory=list)
    sponsors: list[Sponsor] = Field(default_factory=list)
    victims: list[Victim] = Field(default_factory=list)
    activity: str = "unknown"
    period: Period = Field(default_factory=Period)
    attributions: list[Attribution] = Field(default_factory=list)
    responses: list[Response] = Field(default_factory=list)
    denials: list[Denial] = Field(default_factory=list)
    # (aptrace) evidence for the activity type
    activity_evidence: list[Span] = Field(default_factory=list)
    # (aptrace) malware and tools the text names in the incident's sentences
    software: list[Software] = Field(default_factory=list)

    @model_validator(mode="after")
    def _activity(self) -> "Incident":
        if self.activity not in ACTIVITIES:
            raise ValueError(f"unknown activity {self.activity!r}")
        return self

    @property
    def key(self) -> str:
        """The scorer's incident key: first actor name, else ``state:<CC>``."""
        if self.actors:
            return self.actors[0].name
        states = sorted({s.state for s in self.sponsors if s.state})
        return "state:" + (states[0] if states else "?")


class Report(_Model):
    schema_: str = Field(default=SCHEMA, alias="schema")
    document: DocumentInfo
    incidents: list[Incident] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(by_alias=True, mode="json", exclude_none=False)
        for incident in data["incidents"]:
            for key in _EXPLAINED:
                for fact in incident[key]:
                    if fact["rule"] is None:
                        del fact["rule"]  # (deleting a key leaves the others in their order)
            for actor in incident["actors"]:
                if actor["kb"] is not None:
                    _drop_empty_rules(actor["kb"])
        return data

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Report":
        return cls.model_validate(data)


# ``rule`` is written only when explained. These facts of an incident have one; no other model
# does (models forbid unknown fields): only an actor's ``kb``, any dict, may hold more.
_EXPLAINED = ("actors", "sponsors", "victims", "attributions", "responses", "denials", "software")


def _drop_empty_rules(o: Any) -> Any:
    """Every ``rule: None`` in ``o``, at any depth, deleted.

    In place (``o`` is a fresh dump): deleting a key leaves the others in their order, and no container is copied.
    """
    if isinstance(o, dict):
        if o.get("rule", 0) is None:
            del o["rule"]
        values = o.values()
    else:
        values = o
    for v in values:
        if isinstance(v, (dict, list)):  # (only containers are walked into: most values are strings and numbers)
            _drop_empty_rules(v)
    return o


assert CONFIDENCES  # vocabulary imported for readers of this module
