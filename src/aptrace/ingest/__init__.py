"""Reading what analysts have: text, JSONL corpora, web pages, PDFs, feeds and URLs.

``iter_documents`` is the entry point; the readers it dispatches to are
public too for callers with one kind of input.
"""

from importlib import import_module as _import_module
from typing import Any as _Any

from ._base import DEFAULT_MAX_BYTES, IngestFailure, IngestSummary, summarize
from .options import FetchOptions
from .jsonl import iter_jsonl, iter_jsonl_stream, parse_record
from .sources import iter_documents, url_document_id
from .text import decode_text, read_text_file

# Readers whose libraries (trafilatura, lxml, feedparser, pypdf) take a third
# of a second to import load on first use, so `aptrace analyze` on a text
# file starts fast.
_LAZY = {
    "FetchResult": ".fetch", "Fetcher": ".fetch", "check_address": ".fetch",
    "iter_feed": ".feeds", "parse_feed": ".feeds",
    "HtmlArticle": ".html", "extract_html": ".html", "html_document": ".html",
    "extract_pdf": ".pdf", "pdf_document": ".pdf",
}


def __getattr__(name: str) -> _Any:
    if name in _LAZY:
        return getattr(_import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FetchOptions",
    "FetchResult",
    "Fetcher",
    "HtmlArticle",
    "IngestFailure",
    "IngestSummary",
    "check_address",
    "decode_text",
    "extract_html",
    "extract_pdf",
    "html_document",
    "iter_documents",
    "iter_feed",
    "iter_jsonl",
    "iter_jsonl_stream",
    "parse_feed",
    "parse_record",
    "pdf_document",
    "read_text_file",
    "summarize",
    "url_document_id",
]


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
