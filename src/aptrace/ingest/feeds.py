"""RSS and Atom feeds: each entry becomes a document.

The feed bytes are first parsed by defusedxml, which refuses entity
declarations and external references (no billion laughs, no XXE); only then
does feedparser read them. An entry's text is its full content when the feed
carries it; an entry with only a summary has its linked page fetched (through
the guarded ``Fetcher``) and that page's article text read. An entry that
fails (its page 404s, times out, is not HTML) is an ``IngestFailure`` named by
its link; the other entries still come.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Callable, Iterator, NamedTuple
from xml.etree.ElementTree import ParseError

import feedparser
import lxml.etree
import lxml.html
import trafilatura
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as _defused_fromstring

from ..errors import AptraceError, EmptyInputError, FetchError, InputError
from ..report import InputDocument
from ._base import IngestFailure
from .fetch import Fetcher
from .html import extract_html
from .pdf import extract_pdf
from .sniff import kind_of_response
from .text import decode_text

__all__ = ["parse_feed", "iter_feed"]

logger = logging.getLogger(__name__)

_DOCTYPE = re.compile(rb"<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>", re.S | re.I)


def parse_feed(data: bytes, *, source: str) -> feedparser.FeedParserDict:
    """The parsed feed; ``InputError`` for entity declarations, non-XML or a feed without entries."""
    try:
        _defused_fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(f"feed refused: it declares XML entities or external references ({exc})",
                         source=source) from None
    except ParseError as exc:
        if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
            raise InputError("not an XML feed (the content is not XML)", source=source) from None
        logger.debug("%s: not well-formed XML (%s); reading it leniently", source, exc)
    data = _DOCTYPE.sub(b"", data, count=1)  # feedparser never sees a DTD
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise InputError("not an RSS or Atom feed" + (f" ({reason})" if reason else ""), source=source)
    if not parsed.entries:
        raise EmptyInputError("feed has no entries", source=source)
    return parsed


def iter_feed(data: bytes, *, source: str, fetcher: Callable[[], Fetcher]
              ) -> Iterator[InputDocument | IngestFailure]:
    """One document (or failure) per entry of a feed; ``fetcher()`` gives the fetcher for linked pages."""
    try:
        parsed = parse_feed(data, source=source)
    except AptraceError as exc:
        yield IngestFailure.from_error(exc, source)
        return
    for number, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        name = link or entry.get("id") or f"{source}#entry-{number}"
        try:
            yield _entry_document(entry, name=name, number=number, source=source, fetcher=fetcher)
        except AptraceError as exc:
            logger.info("%s", exc)
            yield IngestFailure(source=name, reason=exc.reason, error=exc)


def _entry_document(entry: feedparser.FeedParserDict, *, name: str, number: int, source: str,
                    fetcher: Callable[[], Fetcher]) -> InputDocument:
    link = entry.get("link") or None
    doc_id = entry.get("id") or link or f"{source}#entry-{number}"
    title = (entry.get("title") or "").strip() or None
    published = _entry_date(entry)
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    html = max(contents, key=len) if contents else ""
    text = _fragment_text(html) if html.strip() else ""
    if text:
        return InputDocument(id=doc_id, text=text, title=title, published=published, url=link,
                             source=f"{source} entry {number}", derived_text=True)
    if link and link.lower().startswith(("http://", "https://")):
        page = _linked_page(link, fetcher())
        return InputDocument(id=doc_id, text=page.text, title=title or page.title,
                             published=published or page.published, url=link, source=link,
                             derived_text=True)
    if link:
        raise FetchError(f"entry links to a {link.split(':', 1)[0]}: URL, which is not fetched", source=name)
    summary = _fragment_text(entry.get("summary") or "")
    if summary:
        return InputDocument(id=doc_id, text=summary, title=title, published=published, url=None,
                             source=f"{source} entry {number}", derived_text=True)
    raise EmptyInputError("feed entry has no text and no link", source=name)


class _Page(NamedTuple):
    text: str
    title: str | None = None
    published: str | None = None


def _linked_page(link: str, fetcher: Fetcher) -> _Page:
    result = fetcher.fetch(link)
    kind = kind_of_response(result.content_type, result.content[:4096])
    if kind == "html":
        article = extract_html(result.content, source=link, url=result.final_url)
        return _Page(article.text, article.title, article.published)
    if kind == "pdf":
        text, title = extract_pdf(result.content, source=link)
        return _Page(text, title)
    if kind == "text":
        text = decode_text(result.content, link)
        if text.strip():
            return _Page(text)
        raise EmptyInputError("linked page is empty", source=link)
    raise InputError(f"linked page is not an article (Content-Type {result.content_type or 'unknown'})",
                     source=link)


def _fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (entry content or summary), paragraphs one per line."""
    if not html.strip():
        return ""
    doc = trafilatura.bare_extraction(f"<html><body><article>{html}</article></body></html>",
                                      include_comments=False, include_links=False, include_images=False)
    if doc is not None and (doc.text or "").strip():
        return doc.text.strip()
    try:
        return " ".join(lxml.html.fragment_fromstring(html, create_parent="div").text_content().split())
    except (ValueError, lxml.etree.ParserError):
        return ""


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return _dt.date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
            except ValueError:
                continue
    return None
