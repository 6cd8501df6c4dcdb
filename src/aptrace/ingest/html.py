"""Web pages: the article's main text and metadata, with trafilatura.

Navigation, headers, footers, cookie banners, share links and lists of
unrelated headlines are left out; what remains is the article's paragraphs,
one per line. A heading identical to the page title is dropped from the text
(the title is kept as ``title``), so a page wrapping an article yields the
article's text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import lxml.etree
import lxml.html
import trafilatura

from ..errors import InputError
from ..report import InputDocument
from ._base import normalise_date

__all__ = ["HtmlArticle", "extract_html", "html_document"]

logger = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class HtmlArticle:
    """What a page holds: main text and metadata."""

    text: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None  # canonical URL
    site: str | None = None
    description: str | None = None


def extract_html(content: bytes | str, *, source: str, url: str | None = None) -> HtmlArticle:
    """The main text and metadata of an HTML page; ``InputError`` if it holds no article text."""
    if isinstance(content, bytes) and b"\x00" in content[:4096]:
        raise InputError("binary content, not an HTML page", source=source)
    try:
        doc = trafilatura.bare_extraction(
            content, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True,
            include_images=False, include_links=False, include_formatting=False, deduplicate=False)
    except (ValueError, TypeError, RecursionError) as exc:  # lxml on hostile input
        raise InputError(f"cannot parse the HTML page: {exc}", source=source) from None
    if doc is None or not (doc.text or "").strip():
        raise InputError("no article text found in the HTML page", source=source)
    title = _clean(doc.title)
    text = doc.text.strip()
    if _only_links(content, text):
        raise InputError("no article text found in the HTML page (only navigation links)", source=source)
    first, _, rest = text.partition("\n")
    if title and rest.strip() and _SPACE.sub(" ", first).strip() == title:
        text = rest.strip()
    try:
        published = normalise_date(doc.date)
    except ValueError:
        logger.debug("%s: unusable date %r", source, doc.date)
        published = None
    return HtmlArticle(text=text, title=title, published=published, url=_clean(doc.url) or url,
                       site=_clean(doc.sitename), description=_clean(doc.description))


def html_document(content: bytes | str, *, doc_id: str, source: str, url: str | None = None) -> InputDocument:
    """An ``InputDocument`` of a page's main text (``derived_text=True``)."""
    article = extract_html(content, source=source, url=url)
    return InputDocument(id=doc_id, text=article.text, published=article.published, title=article.title,
                         url=article.url or url, source=source, derived_text=True)


def _only_links(content: bytes | str, text: str) -> bool:
    """True when ``text`` is nothing but the texts of the page's links (a navigation-only page)."""
    if len(text) > 2000:
        return False
    try:
        tree = lxml.html.fromstring(content)
    except (ValueError, lxml.etree.ParserError):
        return False
    rest = _SPACE.sub(" ", text)
    for link in sorted({_SPACE.sub(" ", a.text_content()).strip() for a in tree.iter("a")}, key=len, reverse=True):
        if link:
            rest = rest.replace(link, " ")
    return not any(ch.isalnum() for ch in rest)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None
