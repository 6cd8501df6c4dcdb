"""What kind of document some bytes are: by file name, Content-Type, then content."""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Kind", "SUFFIXES", "kind_of_suffix", "kind_of_content_type", "kind_of_response", "sniff_bytes"]

Kind = Literal["text", "jsonl", "html", "pdf", "feed"]

#: File suffixes read from folders and globs, and their kinds.
SUFFIXES: dict[str, Kind] = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

_CONTENT_TYPES: dict[str, Kind] = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/feed+json": "feed",
    "text/plain": "text", "text/markdown": "text",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
}

_FEED_ROOT = re.compile(rb"<(?:[a-zA-Z0-9_]+:)?(rss|feed|RDF)[\s>]")
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S)


def kind_of_suffix(name: str) -> Kind | None:
    dot = name.rfind(".")
    return SUFFIXES.get(name[dot:].lower()) if dot >= 0 else None


def kind_of_content_type(content_type: str) -> Kind | None:
    """The kind a ``Content-Type`` names, or ``None`` (XML, octet-stream: look at the bytes)."""
    return _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def sniff_bytes(head: bytes) -> Kind:
    """The kind of a document from its first bytes (a few KB)."""
    data = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if data.startswith(b"%PDF-"):
        return "pdf"
    if _HTML_START.match(data):
        return "html"
    if data.startswith(b"<"):
        if _FEED_ROOT.search(data[:4096]):
            return "feed"
        if re.search(rb"<(html|body|p|div)[\s>]", data[:4096], re.I):
            return "html"
        return "feed"  # other XML: the feed reader says precisely what is wrong with it
    if data.startswith(b"{"):
        return "jsonl"
    return "text"


_LOOK_AT_BYTES = {"", "application/octet-stream", "text/xml", "application/xml", "binary/octet-stream"}


def kind_of_response(content_type: str, head: bytes) -> Kind | None:
    """The kind of a fetched body: its ``Content-Type``, else (generic or XML types) its bytes.

    ``None`` for a type that is no document (an image, an archive, a video).
    """
    kind = kind_of_content_type(content_type)
    if kind is not None:
        return kind
    if content_type.split(";")[0].strip().lower() in _LOOK_AT_BYTES:
        return sniff_bytes(head)
    return None
