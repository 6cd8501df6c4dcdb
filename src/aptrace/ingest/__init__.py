"""Reading what analysts have: text, JSONL corpora, web pages, PDFs, feeds and URLs.

``iter_documents`` is the entry point; the readers it dispatches to are
public too for callers with one kind of input.
"""

from ._base import DEFAULT_MAX_BYTES, IngestFailure, IngestSummary, summarize
from .feeds import iter_feed, parse_feed
from .fetch import FetchOptions, FetchResult, Fetcher, check_address
from .html import HtmlArticle, extract_html, html_document
from .jsonl import iter_jsonl, iter_jsonl_stream, parse_record
from .pdf import extract_pdf, pdf_document
from .sources import iter_documents, url_document_id
from .text import decode_text, read_text_file

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
