"""``POST /api/analyze`` and ``POST /api/ingest``: a token is needed for both.

``analyze`` reads a posted text, or fetches a URL (through the library's
guarded fetcher: no private or loopback addresses), and returns the report
without storing it; ``ingest`` analyses posted documents and URLs and stores
their incidents. Only http(s) URLs are taken: never a path on the server.
"""

from __future__ import annotations

from typing import Annotated, Any, Optional
from urllib.parse import urlsplit

from fastapi import APIRouter, HTTPException
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from ...errors import AptraceError
from ...ingest import IngestFailure, iter_documents
from ...report import InputDocument
from ...store import ingest
from ..deps import SettingsDep, StoreDep, WriterDep
from ._errors import ERROR_RESPONSES, WRITE_RESPONSES

router = APIRouter(tags=["write"])

MAX_TEXT = 2_000_000
URL_PATTERN = r"^[hH][tT][tT][pP][sS]?://[^\s\x00-\x1f\x7f]+$"
DATE_PATTERN = r"^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
ID_PATTERN = r"^[^\x00-\x1f\x7f]+$"


def _check_url(url: str) -> str:
    """An http(s) URL that parses and names a host (the fetcher refuses private addresses itself)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a bad port)
    except ValueError as exc:
        raise ValueError(f"not a URL: {exc}") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("not an http(s) URL with a host")
    return url


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


def _one_of_text_or_url(schema: dict[str, Any]) -> None:
    """The schema says what the validator does: exactly one of `text` and `url`, neither null."""
    schema["oneOf"] = [{"required": ["text"]}, {"required": ["url"]}]
    for name in ("text", "url"):
        schema["properties"][name].pop("default", None)


class AnalyzeRequest(BaseModel):
    """Either `text` (with optional `id`, `title`, `published`) or a `url` to fetch."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_one_of_text_or_url)

    text: str = Field(None, min_length=1, max_length=MAX_TEXT)  # type: ignore[assignment]
    url: str = Field(  # type: ignore[assignment]
        None, max_length=4000, pattern=URL_PATTERN, description="An http(s) URL to fetch."
    )
    id: Optional[str] = Field(None, min_length=1, max_length=200, pattern=ID_PATTERN)
    title: Optional[str] = Field(None, max_length=2000)
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD")

    _clean = field_validator("text", "id", "title")(_clean)
    _url = field_validator("url")(_check_url)

    @model_validator(mode="after")
    def _one(self) -> "AnalyzeRequest":
        if (self.text is None) == (self.url is None):
            raise ValueError("give either text or url")
        return self


class IngestRequest(BaseModel):
    """Documents to analyse and store, and URLs to fetch, analyse and store."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(default_factory=list, max_length=100)
    urls: list[Annotated[str, Field(max_length=4000, pattern=URL_PATTERN), AfterValidator(_check_url)]] = Field(
        default_factory=list, max_length=20, description="http(s) URLs to fetch (never paths on the server)."
    )
    published: Optional[str] = Field(None, pattern=DATE_PATTERN, description="Date for documents that carry none.")



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
