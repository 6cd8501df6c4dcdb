"""Software on the incident and actor pages and their JSON twins: ATT&CK links,
hostile names escaped, only well-formed ATT&CK ids as links."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from aptrace.report import Actor, DocumentInfo, Incident, InputDocument, Report, Software, Span
from aptrace.store import ingest, open_store
from aptrace.web import create_app
from aptrace.web.presenters import software_url
from export_fixtures import SOFTWARE_TEXT
from web_fixtures import chrome, incident_ids, require_browser, serve

HOSTILE_NAME = "<script>window.__pwned = 1; alert(1)</script>"
HOSTILE_NAME_2 = '"><img src=x onerror="window.__pwned = 2">'
HOSTILE_TEXT = f"APT41 deployed {HOSTILE_NAME} and then {HOSTILE_NAME_2} against the ministry."


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def hostile_software_report() -> tuple[Report, InputDocument]:
    """A stored report may say anything: names with markup, a ``javascript:`` ATT&CK id."""
    doc = InputDocument(id="hostile-software", text=HOSTILE_TEXT, published="2025-02-01", derived_text=True)
    report = Report(
        document=DocumentInfo(id=doc.id, published=doc.published, sha256=doc.sha256, text=doc.text),
        incidents=[
            Incident(
                actors=[Actor(name="APT41", evidence=[_span(HOSTILE_TEXT, "APT41")])],
                software=[
                    Software(name=HOSTILE_NAME, kb_ref="javascript:alert(3)", type="malware",
                             evidence=[_span(HOSTILE_TEXT, HOSTILE_NAME)]),
                    Software(name=HOSTILE_NAME_2, kb_ref="S0001", type="tool",
                             evidence=[_span(HOSTILE_TEXT, HOSTILE_NAME_2)]),
                ],
            )
        ],
    )
    return report, doc


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    folder: Path = tmp_path_factory.mktemp("web-software")
    store = open_store(f"sqlite:///{folder / 'store.db'}")
    try:
        doc = InputDocument(id="software-demo", text=SOFTWARE_TEXT, published="2024-01-31", title="Malware")
        assert ingest([doc], store).added == 1  # the real extractor
        report, hostile = hostile_software_report()
        assert store.add_report(report, hostile).status == "added"
        with serve(create_app(store, tokens=folder / "tokens.json")) as server:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                yield client
    finally:
        store.close()


def _incident(site: httpx.Client, actor: str) -> int:
    ids = incident_ids(site, actor)
    assert len(ids) == 1
    return ids[0]


def test_web_software_url_only_for_attack_ids() -> None:
    assert software_url("S0368") == "https://attack.mitre.org/software/S0368/"
    for bad in (None, "", "javascript:alert(1)", "S0368/../../x", "S03", "s0368", "S0368\n", "G0007"):
        assert software_url(bad) is None, bad


def test_web_software_incident_json(site: httpx.Client) -> None:
    data = site.get(f"/api/incidents/{_incident(site, 'Volt Typhoon')}").json()
    assert data["software"] == [
        {"name": "KV Botnet", "kb_ref": None, "type": None, "documents": ["software-demo"], "url": None},
        {"name": "Mimikatz", "kb_ref": "S0002", "type": "tool", "documents": ["software-demo"],
         "url": "https://attack.mitre.org/software/S0002/"},
    ]
    (source,) = data["reports"]
    assert [s["name"] for s in source["report"]["incidents"][0]["software"]] == ["KV Botnet", "Mimikatz"]
    text = source["document"]["text"]
    facts = [f for f in source["facts"] if f["kind"] == "software"]
    assert [f["label"] for f in facts] == ["KV Botnet", "Mimikatz (tool, S0002)"]
    for f in facts:
        assert [text[s:e] for s, e in f["spans"]] == f["quotes"]


def test_web_software_incident_page_links_attack(site: httpx.Client) -> None:
    incident = _incident(site, "Sandworm")
    page = site.get(f"/incidents/{incident}").text
    dd = re.search(r'<dd id="software">(.*?)</dd>', page, re.S)
    assert dd is not None
    assert dd.group(1) == (
        '<span class="software">NotPetya</span> (malware, <a class="attack" '
        'href="https://attack.mitre.org/software/S0368/" rel="noopener noreferrer nofollow">ATT&amp;CK S0368</a>); '
        '<span class="software">Whispergate</span> (malware, <a class="attack" '
        'href="https://attack.mitre.org/software/S0689/" rel="noopener noreferrer nofollow">ATT&amp;CK S0689</a>)'
    )
    # the facts list has the software too, its evidence marked in the text without script
    marked = site.get(f"/incidents/{incident}", params={"fact": "d0-software-0"}).text
    assert '<span class="ev hl"' in marked and ">NotPetya</span>" in marked


def test_web_software_hostile_names_are_escaped(site: httpx.Client) -> None:
    incident = _incident(site, "APT41")
    page = site.get(f"/incidents/{incident}").text
    assert HOSTILE_NAME not in page and HOSTILE_NAME_2 not in page
    assert "&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;" in page
    assert "&#34;&gt;&lt;img src=x onerror=&#34;window.__pwned = 2&#34;&gt;" in page
    assert "<code>javascript:alert(3)</code>" in page  # an id that is no ATT&CK id is text, not a link
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", page, re.I)
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", page, re.I)
    assert 'href="https://attack.mitre.org/software/S0001/"' in page
    data = site.get(f"/api/incidents/{incident}").json()
    assert [(s["name"], s["url"]) for s in data["software"]] == [
        (HOSTILE_NAME, None), (HOSTILE_NAME_2, "https://attack.mitre.org/software/S0001/"),
    ]
    actor_page = site.get("/actors/APT41").text
    assert HOSTILE_NAME not in actor_page and "&lt;script&gt;window.__pwned" in actor_page
    assert not re.search(r"href\s*=\s*[\"']?\s*javascript:", actor_page, re.I)


def test_web_software_actor_page_and_json(site: httpx.Client) -> None:
    page = site.get("/actors/Volt%20Typhoon").text
    table = re.search(r'<table class="software" id="software">(.*?)</table>', page, re.S)
    assert table is not None
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>", table.group(1))
    assert rows == [
        ("KV Botnet", "", "", "software-demo"),
        ("Mimikatz", "tool", '<a class="attack" href="https://attack.mitre.org/software/S0002/" '
         'rel="noopener noreferrer nofollow">S0002</a>', "software-demo"),
    ]
    data = site.get("/api/actors/Volt%20Typhoon").json()
    assert [(s["name"], s["url"]) for s in data["software"]] == [
        ("KV Botnet", None), ("Mimikatz", "https://attack.mitre.org/software/S0002/"),
    ]


def test_web_software_search_finds_software(site: httpx.Client) -> None:
    labels = [i["label"] for i in site.get("/api/incidents", params={"q": "mimikatz"}).json()["items"]]
    assert labels == ["Volt Typhoon"]
    labels = [i["label"] for i in site.get("/api/incidents", params={"q": "S0368"}).json()["items"]]
    assert labels == ["Sandworm"]


def test_web_software_hostile_names_execute_nothing_in_a_browser(site: httpx.Client) -> None:
    require_browser()
    from selenium.webdriver.common.by import By

    incident = _incident(site, "APT41")
    with chrome() as driver:
        driver.get(f"{site.base_url}/incidents/{incident}")
        software = driver.find_element(By.ID, "software")
        assert HOSTILE_NAME in software.text and HOSTILE_NAME_2 in software.text
        links = [a.get_attribute("href") for a in software.find_elements(By.TAG_NAME, "a")]
        assert links == ["https://attack.mitre.org/software/S0001/"]
        driver.find_element(By.ID, "d0-software-0").click()
        assert driver.execute_script("return window.__pwned === undefined")
        driver.get(f"{site.base_url}/actors/APT41")
        assert driver.execute_script("return window.__pwned === undefined")
        assert HOSTILE_NAME in driver.find_element(By.ID, "software").text
