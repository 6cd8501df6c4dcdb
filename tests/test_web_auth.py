"""Writes need a token (401 without), a read-only server refuses them (403);
ingest and analyze through the API, on SQLite and PostgreSQL."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from aptrace.ingest import FetchOptions
from aptrace.store import Store
from aptrace.web import TokenStore, create_app
from web_fixtures import HOSTILE, seed_documents, serve

WRITES = [
    ("/api/ingest", {"documents": [{"id": "d1", "text": "APT28 hacked the Bundestag, Germany said."}]}),
    ("/api/analyze", {"text": "APT28 hacked the Bundestag, Germany said."}),
]


@pytest.fixture
def tokens(tmp_path: Path) -> TokenStore:
    return TokenStore(tmp_path / "tokens.json")


@pytest.fixture
def secret(tokens: TokenStore) -> str:
    return tokens.create("test")[1]


@pytest.fixture
def writable(store: Store, tokens: TokenStore) -> Iterator[httpx.Client]:
    with serve(create_app(store, tokens=tokens)) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


@pytest.fixture
def read_only(store: Store, tokens: TokenStore) -> Iterator[httpx.Client]:
    with serve(create_app(store, tokens=tokens, read_only=True)) as server, httpx.Client(base_url=server.url) as c:
        yield c


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_web_auth_write_without_token_is_401(writable: httpx.Client, path: str, body: dict[str, Any]) -> None:
    r = writable.post(path, json=body)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    assert "aptrace token create" in r.json()["detail"]
    assert writable.get("/api").json()["counts"]["documents"] == 0


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_web_auth_bad_or_revoked_token_is_401(
    writable: httpx.Client, tokens: TokenStore, secret: str, path: str, body: dict[str, Any]
) -> None:
    assert writable.post(path, json=body, headers=_bearer(secret + "x")).status_code == 401
    assert writable.post(path, json=body, headers={"Authorization": f"Basic {secret}"}).status_code == 401
    assert writable.post(path, json=body, headers=_bearer(secret)).status_code == 200
    # revoked by another process (the CLI): refused from the next request on
    TokenStore(tokens.path).revoke(tokens.list()[0].id)
    r = writable.post(path, json=body, headers=_bearer(secret))
    assert r.status_code == 401 and "revoked" in r.json()["detail"]


@pytest.mark.parametrize(("path", "body"), WRITES)
def test_web_auth_read_only_server_is_403(read_only: httpx.Client, secret: str, path: str, body: dict[str, Any]) -> None:
    assert read_only.post(path, json=body, headers=_bearer(secret)).status_code == 403
    assert read_only.post(path, json=body).status_code == 403
    assert read_only.get("/api").json()["read_only"] is True
    assert read_only.get("/api/incidents").status_code == 200  # reads stay open
    assert read_only.get("/incidents").status_code == 200


def test_web_auth_ingest_with_token_stores_documents(writable: httpx.Client, secret: str) -> None:
    docs = [d.model_dump(include={"id", "text", "published", "title", "url"}) for d in [*seed_documents(), HOSTILE]]
    r = writable.post("/api/ingest", json={"documents": docs}, headers=_bearer(secret))
    assert r.status_code == 200, r.text
    summary = r.json()
    assert summary["added"] == 2 and summary["failed"] == []
    listing = writable.get("/api/incidents").json()
    assert {i["label"] for i in listing["items"]} == {"APT28", "APT31"}
    stored = writable.get(f"/api/documents/{HOSTILE.id}").json()
    assert stored["text"] == HOSTILE.text and stored["title"] == HOSTILE.title
    again = writable.post("/api/ingest", json={"documents": docs}, headers=_bearer(secret)).json()
    assert again["added"] == 0 and again["unchanged"] == 2


@pytest.mark.parametrize(
    "body",
    [
        {"urls": ["/etc/passwd"]},
        {"urls": ["file:///etc/passwd"]},
        {"urls": ["javascript:alert(1)"]},
        {"urls": ["http://]"]},  # urlsplit raises on it: refused before the fetcher sees it
        {"urls": ["https://:80/"]},
        {"documents": [{"id": "x", "text": "a\x00b"}]},
        {"documents": [{"id": "x", "text": ""}]},
        {"documents": [{"id": "x", "text": "t", "extra": 1}]},
    ],
)
def test_web_auth_ingest_refuses_paths_and_bad_documents(writable: httpx.Client, secret: str, body: dict[str, Any]) -> None:
    r = writable.post("/api/ingest", json=body, headers=_bearer(secret))
    assert r.status_code == 422, r.text
    assert writable.get("/api").json()["counts"]["documents"] == 0


def test_web_auth_analyze_text(writable: httpx.Client, secret: str) -> None:
    seed = seed_documents()[0]
    r = writable.post(
        "/api/analyze", json={"text": seed.text, "id": seed.id, "published": seed.published}, headers=_bearer(secret)
    )
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["schema"] == "attribution-report/1" and report["document"]["id"] == seed.id
    assert {a["name"] for inc in report["incidents"] for a in inc["actors"]} >= {"APT31", "APT28"}
    span = report["incidents"][0]["actors"][0]["evidence"][0]
    assert seed.text[span["start"]:span["end"]] == span["text"]
    assert writable.get("/api").json()["counts"]["documents"] == 0  # nothing stored
    both = writable.post("/api/analyze", json={"text": "x", "url": "https://example.org/"}, headers=_bearer(secret))
    assert both.status_code == 422


class _Article(http.server.BaseHTTPRequestHandler):
    BODY = (
        "<html><head><title>Germany blames Russia</title></head><body><article><h1>Germany blames Russia</h1>"
        "<p>German officials said on Tuesday that APT28, a hacking group run by Russia's GRU military "
        "intelligence, was behind a cyber attack on the Social Democratic Party. Germany summoned the "
        "Russian charge d'affaires over the attack.</p>" + "<p>More text follows in the article.</p>" * 5 +
        "</article></body></html>"
    ).encode()

    def do_GET(self) -> None:  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.BODY)))
        self.end_headers()
        self.wfile.write(self.BODY)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def article_url() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Article)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/news/germany-apt28.html"
    finally:
        server.shutdown()
        server.server_close()


def test_web_auth_analyze_url_is_guarded(writable: httpx.Client, secret: str, article_url: str) -> None:
    r = writable.post("/api/analyze", json={"url": article_url}, headers=_bearer(secret))
    assert r.status_code == 400
    assert "127.0.0.1" in r.json()["detail"]


def test_web_auth_analyze_and_ingest_url(store: Store, tokens: TokenStore, secret: str, article_url: str,
                                         tmp_path: Path) -> None:
    fetch = FetchOptions(allow_private=True, cache_dir=tmp_path / "http-cache")
    with serve(create_app(store, tokens=tokens, fetch=fetch)) as server, httpx.Client(base_url=server.url, timeout=60) as c:
        r = c.post("/api/analyze", json={"url": article_url}, headers=_bearer(secret))
        assert r.status_code == 200, r.text
        report = r.json()
        assert report["document"]["url"] == article_url
        assert "APT28" in {a["name"] for inc in report["incidents"] for a in inc["actors"]}
        ingested = c.post("/api/ingest", json={"urls": [article_url]}, headers=_bearer(secret)).json()
        assert ingested["added"] == 1 and ingested["failed"] == []
        assert [i["label"] for i in c.get("/api/incidents").json()["items"]] == ["APT28"]
