"""The JSON API over a real SQLite store filled by the extractor, served by uvicorn."""

from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterator

import httpx
import pytest

from aptrace.web import create_app
from aptrace.web.app import CONTENT_SECURITY_POLICY
from web_fixtures import HOSTILE, filled_store, seed_documents, serve


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder = tmp_path_factory.mktemp("web-api")
    store = filled_store(folder / "store.db")
    try:
        with serve(create_app(store, tokens=folder / "tokens.json")) as server:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                yield client
    finally:
        store.close()


def _ids_by_actor(api: httpx.Client) -> dict[str, int]:
    return {i["label"]: i["id"] for i in api.get("/api/incidents").json()["items"]}


def test_web_api_index_counts_and_formats(api: httpx.Client) -> None:
    data = api.get("/api").json()
    assert data["read_only"] is False
    assert data["counts"]["documents"] == 2
    assert data["counts"]["incidents"] == 2
    assert {"stix", "misp", "csv", "markdown"} <= set(data["export_formats"])


def test_web_api_incidents_filters(api: httpx.Client) -> None:
    everything = api.get("/api/incidents").json()
    assert everything["total"] == 2 and {i["label"] for i in everything["items"]} == {"APT28", "APT31"}

    def labels(**params: str) -> list[str]:
        r = api.get("/api/incidents", params=params)
        assert r.status_code == 200, r.text
        return [i["label"] for i in r.json()["items"]]

    assert labels(actor="APT31") == ["APT31"]
    assert labels(actor="Fancy Bear") == ["APT28"]  # an alias
    assert labels(state="cn") == ["APT31"]
    assert labels(victim="DE") == ["APT28"]
    assert sorted(labels(victim="CZ")) == ["APT28", "APT31"]
    assert labels(response="condemnation") == ["APT31"]
    assert labels(response="summon_ambassador", actor="APT31") == ["APT31"]
    assert labels(state="KP") == []
    assert labels(q="foreign affairs") == ["APT31"]  # a victim's name
    assert labels(q="<script>") == ["APT28"]  # the hostile document's title
    assert labels(q="100%_") == []  # LIKE wildcards are taken literally
    assert sorted(labels(actor="", state="")) == ["APT28", "APT31"]  # empty form fields: no filter


def test_web_api_incidents_pages(api: httpx.Client) -> None:
    first = api.get("/api/incidents", params={"limit": 1}).json()
    assert first["total"] == 2 and len(first["items"]) == 1 and first["prev"] is None
    second = api.get(first["next"]).json()
    assert second["offset"] == 1 and len(second["items"]) == 1 and second["next"] is None
    assert second["prev"] == "/api/incidents?limit=1&offset=0"
    assert first["items"][0]["id"] != second["items"][0]["id"]
    beyond = api.get("/api/incidents", params={"offset": 50}).json()
    assert beyond["items"] == [] and beyond["total"] == 2


@pytest.mark.parametrize(
    ("params", "status", "names"),
    [
        ({"since": "2025-02-30"}, 400, "2025-02-30"),  # the store's own check
        ({"state": "Russia"}, 422, "state"),
        ({"since": "last year"}, 422, "since"),
        ({"response": "apology"}, 422, "summon_ambassador"),
        ({"limit": "0"}, 422, "limit"),
        ({"limit": "100000"}, 422, "limit"),
        ({"offset": "-1"}, 422, "offset"),
        ({"actor": "APT\x0028"}, 422, "actor"),
    ],
)
def test_web_api_bad_filters_name_the_problem(api: httpx.Client, params: dict[str, str], status: int, names: str) -> None:
    r = api.get("/api/incidents", params=params)
    assert r.status_code == status
    assert names in json.dumps(r.json()["detail"])


def test_web_api_incident_facts_point_into_document_text(api: httpx.Client) -> None:
    ids = _ids_by_actor(api)
    data = api.get(f"/api/incidents/{ids['APT28']}").json()
    assert data["label"] == "APT28"
    assert {r["document"]["id"] for r in data["reports"]} == {"seed-cz-apt31", HOSTILE.id}
    checked = 0
    for report in data["reports"]:
        text = report["document"]["text"]
        assert report["report"]["document"]["sha256"] == report["document"]["sha256"]
        kinds = {f["kind"] for f in report["facts"]}
        assert "actor" in kinds
        for fact in report["facts"]:
            for (start, end), quote in zip(fact["spans"], fact["quotes"]):
                assert text[start:end] == quote
                checked += 1
    assert checked > 5
    hostile = next(r for r in data["reports"] if r["document"]["id"] == HOSTILE.id)
    assert hostile["document"]["text"] == HOSTILE.text and hostile["document"]["url"] == HOSTILE.url


def test_web_api_missing_items_are_404(api: httpx.Client) -> None:
    for path in ("/api/incidents/999", "/api/incidents/999/why", "/api/actors/Nobody%20Panda", "/api/documents/nope"):
        r = api.get(path)
        assert r.status_code == 404, path
        assert "no such" in r.json()["detail"] or "no incident" in r.json()["detail"]
    assert api.get("/api/incidents/0").status_code == 422
    assert api.get("/api/incidents/99999999999999999999").status_code == 422


def test_web_api_why(api: httpx.Client) -> None:
    ids = _ids_by_actor(api)
    why = api.get(f"/api/incidents/{ids['APT28']}/why").json()
    assert why["members"] == [f"{HOSTILE.id}#0", "seed-cz-apt31#1"]
    assert why["links"] and why["links"][0]["reasons"]


def test_web_api_actor(api: httpx.Client) -> None:
    actor = api.get("/api/actors/Fancy Bear").json()
    assert actor["name"] == "APT28"
    aliases = {a["name"]: a["documents"] for a in actor["aliases"]}
    assert "Fancy Bear" in aliases and "seed-cz-apt31" in aliases["APT28"]
    assert "RU" in actor["sponsor_in_kb"]
    assert [i["label"] for i in actor["incidents"]] == ["APT28"]
    assert any(r["type"] == "summon_ambassador" for r in actor["responses"])


def test_web_api_timeline(api: httpx.Client) -> None:
    entries = api.get("/api/timeline").json()["entries"]
    kinds = {e["kind"] for e in entries}
    assert {"attribution", "response", "denial"} <= kinds
    dates = [e["date"] or "9999" for e in entries]
    assert dates == sorted(dates)
    ids = _ids_by_actor(api)
    only = api.get("/api/timeline", params={"incident": ids["APT31"]}).json()["entries"]
    assert only and {e["incident"] for e in only} == {ids["APT31"]}
    assert {e["label"] for e in api.get("/api/timeline", params={"state": "CN"}).json()["entries"]} == {"APT31"}


def test_web_api_graph(api: httpx.Client) -> None:
    graph = api.get("/api/graph").json()
    nodes = {n["id"]: n for n in graph["nodes"]}
    assert nodes["actor:APT31"]["kind"] == "actor"
    assert "sponsor" in nodes["state:CN"]["roles"]
    assert "victim" in nodes["state:CZ"]["roles"] and "attributor" in nodes["state:CZ"]["roles"]
    assert nodes["agency:MSS"]["kind"] == "agency"
    edges = {(e["source"], e["relation"], e["target"]) for e in graph["edges"]}
    assert ("actor:APT31", "sponsored_by", "agency:MSS") in edges
    assert ("agency:MSS", "part_of", "state:CN") in edges
    assert ("actor:APT31", "targets", "state:CZ") in edges
    assert ("state:CZ", "attributes", "actor:APT31") in edges
    ends = {e["source"] for e in graph["edges"]} | {e["target"] for e in graph["edges"]}
    assert ends <= set(nodes)


def test_web_api_document(api: httpx.Client) -> None:
    doc = api.get("/api/documents/seed-cz-apt31").json()
    assert doc["text"] == seed_documents()[0].text and doc["published"] == "2025-05-28"


def test_web_api_export_each_format(api: httpx.Client) -> None:
    stix = api.get("/api/export/stix")
    assert stix.headers["content-type"].startswith("application/json")
    bundle = stix.json()
    assert bundle["type"] == "bundle"
    assert {"APT31", "APT28"} <= {o.get("name") for o in bundle["objects"]}

    misp = api.get("/api/export/misp", params={"actor": "APT31"}).json()
    assert isinstance(misp, list) and misp and all("Event" in e for e in misp)

    rows = list(csv.DictReader(io.StringIO(api.get("/api/export/csv").text)))
    assert rows and {"seed-cz-apt31", HOSTILE.id} <= {r.get("document") or r.get("document_id") for r in rows}

    md = api.get("/api/export/markdown", params={"per": "incident"})
    assert md.headers["content-type"].startswith("text/markdown")
    assert "APT31" in md.text and "<script>" not in md.text

    versioned = api.get("/api/export/stix21.v1")
    assert versioned.status_code == 200 and versioned.json()["type"] == "bundle"
    # deterministic: the same request twice gives the same bytes
    assert api.get("/api/export/stix").content == stix.content

    unknown = api.get("/api/export/pdf")
    assert unknown.status_code == 404 and "csv" in unknown.json()["detail"]
    assert api.get("/api/export/csv", params={"until": "2025"}).status_code == 400


def test_web_api_security_headers_everywhere(api: httpx.Client) -> None:
    for path in ("/api", "/api/incidents/999", "/incidents", "/static/app.js", "/openapi.json", "/nowhere"):
        r = api.get(path)
        assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY, path
        assert r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY


def test_web_api_every_page_has_a_json_twin(api: httpx.Client) -> None:
    ids = _ids_by_actor(api)
    pages = [
        "/incidents",
        "/incidents?actor=APT31&limit=5",
        f"/incidents/{ids['APT31']}",
        "/actors/APT28",
        "/timeline?state=CN",
        "/graph",
        "/docs",
    ]
    for page in pages:
        html = api.get(page)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html"), page
        twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', html.text)
        assert twin, page
        data = api.get(twin.group(1).replace("&amp;", "&"))
        assert data.status_code == 200 and data.headers["content-type"] == "application/json", page
    # the twin holds what the page shows
    listing = api.get("/api/incidents?actor=APT31&limit=5").json()
    assert [i["label"] for i in listing["items"]] == ["APT31"]


def test_web_api_openapi_documents_every_route(api: httpx.Client) -> None:
    schema = api.get("/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api", "/api/incidents", "/api/incidents/{incident_id}", "/api/actors/{name}", "/api/timeline",
        "/api/graph", "/api/export/{format}", "/api/analyze", "/api/ingest", "/api/documents/{doc_id}",
    } <= paths
    for path, item in schema["paths"].items():
        for method, op in item.items():
            assert op.get("summary") and op.get("description"), (method, path)
    assert schema["paths"]["/api/ingest"]["post"]["security"] == [{"token": []}]
    assert "/incidents" not in paths  # dashboard pages are not API operations
