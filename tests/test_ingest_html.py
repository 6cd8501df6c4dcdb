"""HTML pages: the article's text and metadata, none of the page furniture."""

from __future__ import annotations

import difflib
import json
from pathlib import Path

import pytest

from aptrace.errors import InputError
from aptrace.ingest import IngestFailure, extract_html, html_document, iter_documents

DATA = Path(__file__).parent / "data" / "ingest"
ARTICLE = DATA / "article.html"  # dev-18 inside a news site's page


def _dev(doc_id: str) -> dict:
    for line in (DATA / "dev-sample.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["id"] == doc_id:
            return record
    raise KeyError(doc_id)


def test_html_article_page_yields_the_article_text():
    original = _dev("dev-18")
    article = extract_html(ARTICLE.read_bytes(), source=str(ARTICLE))
    similarity = difflib.SequenceMatcher(None, article.text, original["text"]).ratio()
    assert similarity == 1.0, f"similarity {similarity:.4f}"
    assert article.text == original["text"]


@pytest.mark.parametrize("junk", [
    "We use cookies", "Accept all cookies", "Privacy policy", "Technology", "Search Nordic Wire",
    "Most read", "Salmon exports", "Ski jumping", "Munch museum", "More from World", "Arctic Council",
    "Share on Twitter", "All rights reserved", "newsletter", "Staff Reporter", "dataLayer", "Home",
])
def test_html_page_furniture_is_left_out(junk):
    article = extract_html(ARTICLE.read_bytes(), source=str(ARTICLE))
    assert junk not in article.text


def test_html_metadata_title_date_canonical_site():
    article = extract_html(ARTICLE.read_bytes(), source=str(ARTICLE))
    assert article.title == "Norway says Russia was behind cyberattack on parliament"
    assert article.published == "2020-10-13"
    assert article.url == "https://news.example.org/world/2020/10/13/norway-russia-storting-cyberattack"
    assert article.site == "Nordic Wire"


def test_html_document_from_file_is_derived_text():
    (doc,) = list(iter_documents([str(ARTICLE)]))
    assert doc.id == "article"
    assert doc.derived_text is True
    assert doc.text == _dev("dev-18")["text"]
    assert doc.published == "2020-10-13"
    assert doc.url.startswith("https://news.example.org/")
    assert doc.source == str(ARTICLE)


def test_html_page_with_classless_markup_still_drops_headline_list():
    page = ARTICLE.read_text("utf-8")
    for tag in ('<aside class="most-read">', '<section class="related-stories">', "<main>", '<article class="story">'):
        page = page.replace(tag, "<div>")
    for tag in ("</aside>", "</section>", "</main>", "</article>"):
        page = page.replace(tag, "</div>")
    doc = html_document(page, doc_id="x", source="plain.html")
    assert doc.text == _dev("dev-18")["text"]


@pytest.mark.parametrize("content, reason", [
    (b"", "no article text"),
    (b"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></body></html>", "no article text"),
    (b"<div>" * 50_000, "no article text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content"),
])
def test_html_page_without_article_is_an_error(content, reason):
    with pytest.raises(InputError, match=reason):
        extract_html(content, source="bad.html")


def test_html_bad_page_fails_alone_in_a_batch(tmp_path):
    (tmp_path / "a-nav-only.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "b-story.html").write_bytes(ARTICLE.read_bytes())
    items = list(iter_documents([str(tmp_path)]))
    assert isinstance(items[0], IngestFailure) and items[0].source.endswith("a-nav-only.html")
    assert items[1].id == "b-story"
