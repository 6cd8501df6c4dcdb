"""``POST /api/analyze`` and ``POST /api/ingest``: a token is needed for both.

``analyze`` reads a posted text, or fetches a URL (through the library's
guarded fetcher: no private or loopback addresses), and returns the report
without storing it; ``ingest`` analyses posted documents and URLs and stores
their incidents. Only http(s) URLs are taken: never a path on the server.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ...errors import AptraceError
from ...ingest import IngestFailure, iter_documents
from ...report import InputDocument
from ...store import ingest
from ..deps import SettingsDep, StoreDep, WriterDep
from ._errors import ERROR_RESPONSES, WRITE_RESPONSES

router = APIRouter(tags=["write"])

MAX_TEXT = 2_000_000
URL_PATTERN = r"^[hH][tT][tT][pP][sS]?://[^\s\x00-\x1f\x7f]+$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
ID_PATTERN = r"^[^\x00-\x1f\x7f]+$"


def _clean(value: Optional[str]) -> Optional[str]:
    """Text the store can keep on any database: valid Unicode, no NUL."""
    if value is None:
        return value
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("must be valid Unicode (no lone surrogates)") from exc
    return value


class DocumentIn(BaseModel):
    """A document to analyse, as in a JSONL corpus line."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=200, pattern=ID_PATTERN)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD")
    title: Optional[str] = Field(None, max_length=2000)
    url: Optional[str] = Field(None, max_length=4000)

    _clean = field_validator("id", "text", "title", "url")(_clean)

    def input_document(self) -> InputDocument:
        return InputDocument(id=self.id, text=self.text, published=self.published, title=self.title, url=self.url,
                             source="api")


class AnalyzeRequest(BaseModel):
    """Either `text` (with optional `id`, `title`, `url`, `published`) or a `url` to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, min_length=1, max_length=MAX_TEXT)
    url: Optional[str] = Field(None, max_length=4000, pattern=URL_PATTERN, description="An http(s) URL to fetch.")
    id: Optional[str] = Field(None, min_length=1, max_length=200, pattern=ID_PATTERN)
    title: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD")

    _clean = field_validator("text", "id", "title")(_clean)

    @model_validator(mode="after")
    def _one(self) -> "AnalyzeRequest":
        if (self.text is None) == (self.url is None):
            raise ValueError("give either text or url")
        return self


class IngestRequest(BaseModel):
    """Documents to analyse and store, and URLs to fetch, analyse and store."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(default_factory=list, max_length=100)
    urls: list[str] = Field(default_factory=list, max_length=20)
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="Date for documents that carry none.")

    @field_validator("urls")
    @classmethod
    def _urls(cls, urls: list[str]) -> list[str]:
        import re

        for u in urls:
            if len(u) > 4000 or not re.match(URL_PATTERN, u):
                raise ValueError(f"not an http(s) URL: {u[:80]!r}")
        return urls

    @model_validator(mode="after")
    def _some(self) -> "IngestRequest":
        if not self.documents and not self.urls:
            raise ValueError("give documents or urls")
        return self


@router.post("/analyze", summary="Analyse a text or URL (not stored)",
             responses={**ERROR_RESPONSES, **WRITE_RESPONSES})
def analyze(body: AnalyzeRequest, settings: SettingsDep, _token: WriterDep) -> dict[str, Any]:
    """The attribution report of the posted text, or of the page at `url`, with evidence spans.
    Nothing is stored. Needs a token."""
    if body.url is not None:
        items = list(iter_documents([body.url], published=body.published, fetch=settings.fetch))
        doc = next((i for i in items if isinstance(i, InputDocument)), None)
        if doc is None:
            failure = next((i for i in items if isinstance(i, IngestFailure)), None)
            raise HTTPException(400, detail=str(failure) if failure else f"{body.url}: no document")
        if body.title or body.id:
            doc = doc.model_copy(update={k: v for k, v in (("title", body.title), ("id", body.id)) if v})
    else:
        assert body.text is not None
        doc = InputDocument(id=body.id or "posted", text=body.text, title=body.title, published=body.published,
                            source="api")
    try:
        report = settings.analyze(doc)
    except AptraceError as exc:
        raise HTTPException(400, detail=str(exc)) from exc
    return report.to_dict()


@router.post("/ingest", summary="Analyse and store documents and URLs",
             responses={**ERROR_RESPONSES, **WRITE_RESPONSES})
def ingest_documents(body: IngestRequest, store: StoreDep, settings: SettingsDep, _token: WriterDep) -> dict[str, Any]:
    """Analyses each document (and each fetched URL) and stores its incidents and claims.
    A document whose text is already stored is skipped. Needs a token."""
    inputs: list[Any] = [d.input_document() for d in body.documents] + list(body.urls)
    summary = ingest(inputs, store, analyze=settings.analyze, published=body.published, fetch=settings.fetch)
    return summary.to_dict()
