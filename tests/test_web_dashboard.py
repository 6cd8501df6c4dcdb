"""The dashboard's HTML as served: hostile text escaped, no inline script, no
``javascript:`` link, evidence marked without script, error pages."""

from __future__ import annotations

import html
import re
from typing import Iterator

import httpx
import pytest
from markupsafe import escape

from aptrace.web import create_app
from web_fixtures import HOSTILE, filled_store, incident_ids, serve


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("web-dashboard")
    store = filled_store(folder / "store.db")
    try:
        with serve(create_app(store, tokens=folder / "tokens.json")) as server:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                yield client
    finally:
        store.close()


def _incident(site: httpx.Client, actor: str) -> int:
    return incident_ids(site, actor)[0]


def _assert_inert(page: str) -> None:
    """No script but the app's own files, no event-handler attribute, no javascript: URL."""
    scripts = set(re.findall(r"<script\b[^>]*>", page))
    assert '<script src="/static/app.js" defer>' in scripts
    assert scripts <= {'<script src="/static/app.js" defer>', '<script src="/static/graph.js" defer>'}
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", page, re.I)
    assert not re.search(r"(href|src|action)\s*=\s*[\"']?\s*javascript:", page, re.I)
    assert "<img" not in page


def test_web_dashboard_hostile_document_is_escaped(site: httpx.Client) -> None:
    page = site.get(f"/incidents/{_incident(site, 'APT28')}").text
    _assert_inert(page)
    assert str(escape(HOSTILE.title)) in page
    assert "&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;" in page
    assert "onerror=&#34;window.__pwned = 2" in page
    assert '<code class="docurl unsafe"' in page and "javascript:alert(1)</code>" in page


@pytest.mark.parametrize("path", ["/incidents", "/incidents?q=%3Cscript%3E", "/timeline", "/graph", "/actors/APT28",
                                  "/docs"])
def test_web_dashboard_pages_are_inert(site: httpx.Client, path: str) -> None:
    r = site.get(path)
    assert r.status_code == 200
    _assert_inert(r.text)


def test_web_dashboard_search_echo_is_escaped(site: httpx.Client) -> None:
    page = site.get("/incidents", params={"q": '"><script>alert(1)</script>'}).text
    _assert_inert(page)
    assert 'value="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' in page


def test_web_dashboard_fact_link_marks_evidence_without_script(site: httpx.Client) -> None:
    inc = _incident(site, "APT31")
    plain = site.get(f"/incidents/{inc}").text
    assert 'class="ev hl"' not in plain
    page = site.get(f"/incidents/{inc}", params={"fact": "d0-sponsor-0"}).text
    marked = re.findall(r'<span class="ev hl" data-s="(\d+)" data-e="(\d+)">([^<]*)</span>', page)
    assert [m[2] for m in marked] == ["Ministry of State Security"]
    assert 'class="fact kind-sponsor selected"' in page
    # every fact links to the same page with itself selected
    assert 'href="?fact=d0-actor-0#d0-actor-0"' in page


def test_web_dashboard_text_shown_whole(site: httpx.Client) -> None:
    inc = _incident(site, "APT28")
    page = site.get(f"/incidents/{inc}").text
    box = re.search(r'<div class="doctext" id="text-(d\d)" tabindex="0">(.*?)</div>', page, re.S)
    assert box
    # the text box holds the document text exactly once all tags are dropped and entities undone
    texts = {m.group(1): html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
             for m in re.finditer(r'<div class="doctext" id="text-(d\d)" tabindex="0">(.*?)</div>', page, re.S)}
    assert HOSTILE.text in texts.values()


def test_web_dashboard_errors_are_pages(site: httpx.Client) -> None:
    missing = site.get("/incidents/4242")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "no such incident" in missing.text
    nobody = site.get("/actors/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert nobody.status_code == 404
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in nobody.text
    _assert_inert(nobody.text)
    bad = site.get("/incidents", params={"since": "2025-02-30"})
    assert bad.status_code == 400 and "not a date" in bad.text
    invalid = site.get("/incidents", params={"limit": "many"})
    assert invalid.status_code == 422 and "limit" in invalid.text
    assert site.get("/", follow_redirects=False).headers["location"] == "/incidents"


def test_web_dashboard_actor_names_with_slashes(site: httpx.Client) -> None:
    page = site.get("/incidents").text
    links = re.findall(r'<a class="actor" href="(/actors/[^"]+)"', page)
    assert links and all(site.get(link).status_code == 200 for link in links)
    r = site.get("/actors/a%2Fb%3Fc")
    assert r.status_code == 404 and "a/b?c" in r.text
