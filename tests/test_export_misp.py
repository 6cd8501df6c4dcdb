"""MISP export: events that pymisp loads, with galaxy tags, links and evidence."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pycountry
import pytest
from pymisp import MISPEvent
from pymispgalaxies import Clusters

import aptrace.export.misp
from aptrace.export import export
from aptrace.export.misp import MISP_SECTORS, misp_country
from aptrace.vocab import SECTORS
from export_fixtures import (  # noqa: F401  (packaged_attack_catalogue is a fixture)
    packaged_attack_catalogue,
    seed_document,
    seed_report,
    software_report,
)

# Software names and galaxy values come from the packaged ATT&CK catalogue.
pytestmark = pytest.mark.usefixtures("packaged_attack_catalogue")


def _events(reports=None) -> list[MISPEvent]:
    out = []
    for element in json.loads(export(reports or [seed_report()], "misp")):
        event = MISPEvent()
        event.load(element)
        out.append(event)
    return out


def test_export_misp_seed_loads_with_pymisp() -> None:
    events = _events()
    assert [e.info for e in events] == [
        "APT31 → Czechia (government): espionage, reported 2025-05-28",
        "APT28 → Czechia, Germany, Poland, reported 2025-05-28",
    ]
    assert all(e.date.isoformat() == "2025-05-28" for e in events)
    assert len({e.uuid for e in events}) == 2


def test_export_misp_seed_galaxy_tags() -> None:
    apt31, apt28 = _events()
    assert [t.name for t in apt31.tags] == [
        "tlp:clear",
        'misp-galaxy:threat-actor="APT31"',
        'misp-galaxy:country="china"',
        'misp-galaxy:country="czechia"',
        'misp-galaxy:sector="Government, Administration"',
    ]
    assert {t.name for t in apt28.tags} >= {
        'misp-galaxy:threat-actor="APT28"', 'misp-galaxy:country="russia"', 'misp-galaxy:country="germany"',
        'misp-galaxy:country="poland"',
    }


def test_export_misp_galaxy_tags_name_real_cluster_values() -> None:
    clusters = Clusters()
    for event in _events():
        for tag in event.tags:
            if not tag.name.startswith("misp-galaxy:"):
                continue
            galaxy, value = tag.name[len("misp-galaxy:"):].split("=", 1)
            assert clusters.get(galaxy).get(value.strip('"')) is not None, tag.name


def test_export_misp_country_names_match_galaxy_for_every_state() -> None:
    galaxy = {(v.meta.to_dict() if v.meta else {}).get("ISO"): v.value for v in Clusters().get("country").cluster_values.values()}
    checked = 0
    for country in pycountry.countries:
        if country.alpha_2 in galaxy:
            assert misp_country(country.alpha_2) == galaxy[country.alpha_2], country.alpha_2
            checked += 1
    assert checked > 240


def test_export_misp_sectors_are_galaxy_values() -> None:
    sectors = Clusters().get("sector")
    assert set(MISP_SECTORS) == SECTORS
    for value in MISP_SECTORS.values():
        assert sectors.get(value) is not None, value


def test_export_misp_evidence_and_claims_as_attributes() -> None:
    text = seed_document().text
    apt31, _ = _events()
    texts = [a for a in apt31.attributes if a.type == "text"]
    for attribute in texts:
        assert attribute.value in text  # evidence is the document's own words
        assert attribute.to_ids is False
    comments = {a.comment for a in texts}
    assert "attribution by Czechia: APT31, China; confidence not stated" in comments
    assert "attribution by NATO: China; confidence not stated" in comments
    assert "response: summon_ambassador by Czechia against China on 2025-05-28" in comments
    assert "denial by China" in comments
    actors = [a for a in apt31.attributes if a.type == "threat-actor"]
    assert [a.value for a in actors] == ["APT31"]
    assert [a.value for a in apt31.attributes if a.type == "target-org"] == ["Ministry of Foreign Affairs"]
    (brief,) = apt31.event_reports
    assert brief.content.startswith("# APT31 → Czechia (government)")


def test_export_misp_source_link_only_for_http() -> None:
    report = seed_report()
    doc = report.document
    linked = report.model_copy(update={"document": doc.model_copy(update={"url": "https://www.example.org/a?b=1"})})
    assert [a.value for a in _events([linked])[0].attributes if a.type == "link"] == ["https://www.example.org/a?b=1"]
    bad = report.model_copy(update={"document": doc.model_copy(update={"url": "javascript:alert(1)"})})
    assert not [a for a in _events([bad])[0].attributes if a.type == "link"]
    assert "javascript:" not in export([bad], "misp")


def test_export_misp_round_trip_is_stable() -> None:
    text = export([seed_report()], "misp")
    reloaded = []
    for element in json.loads(text):
        event = MISPEvent()
        event.load(json.dumps(element))
        reloaded.append({"Event": json.loads(event.to_json())})
    assert reloaded == json.loads(text)


def test_export_misp_never_imports_the_server_api() -> None:
    # ``import pymisp`` loads pymisp.api itself; the exporter must not use it.
    source = Path(aptrace.export.misp.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            imported |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
    assert imported & {"pymisp.PyMISP", "pymisp.api", "pymisp.ExpandedPyMISP"} == set()
    assert "pymisp.MISPEvent" in imported


def test_export_misp_no_incidents_is_empty_list() -> None:
    report = seed_report().model_copy(update={"incidents": []})
    assert json.loads(export([report], "misp")) == []


def test_export_misp_software_galaxy_tags_and_payload_attributes() -> None:
    sandworm, volt = _events([software_report()])
    assert [t.name for t in sandworm.tags] == [
        "tlp:clear",
        'misp-galaxy:threat-actor="Sandworm"',
        'misp-galaxy:mitre-malware="NotPetya - S0368"',
        'misp-galaxy:mitre-malware="WhisperGate - S0689"',  # ATT&CK's spelling, not the text's
    ]
    assert 'misp-galaxy:mitre-tool="Mimikatz - S0002"' in [t.name for t in volt.tags]
    assert not [t for t in volt.tags if "KV Botnet" in t.name]  # no galaxy entry: no tag

    def payloads(event):
        return [(a.type, a.value, a.comment, a.to_ids, a.disable_correlation)
                for a in event.attributes if a.category == "Payload type"]

    assert payloads(sandworm) == [
        ("text", "NotPetya", "malware; MITRE ATT&CK S0368", False, False),
        ("text", "WhisperGate", "malware; MITRE ATT&CK S0689; the text writes “Whispergate”", False, False),
    ]
    assert payloads(volt) == [
        ("text", "KV Botnet", "malware", False, False),
        ("text", "Mimikatz", "tool; MITRE ATT&CK S0002", False, False),
    ]
    (brief,) = volt.event_reports
    assert "Software named: **KV Botnet**; **Mimikatz** (tool," in brief.content


def test_export_misp_software_tags_name_real_cluster_values() -> None:
    clusters = Clusters()
    checked = 0
    for event in _events([software_report()]):
        for tag in event.tags:
            if tag.name.startswith("misp-galaxy:mitre-"):
                galaxy, value = tag.name[len("misp-galaxy:"):].split("=", 1)
                assert clusters.get(galaxy).get(value.strip('"')) is not None, tag.name
                checked += 1
    assert checked == 3


def test_export_misp_software_keeps_earlier_attribute_uuids() -> None:
    # Software attributes come last: naming software does not renumber the others.
    report = software_report()
    bare = report.model_copy(update={"incidents": [i.model_copy(update={"software": []}) for i in report.incidents]})
    with_sw, without = _events([report]), _events([bare])
    for a, b in zip(with_sw, without):
        before = [(x.uuid, x.value) for x in b.attributes]
        assert [(x.uuid, x.value) for x in a.attributes][:len(before)] == before


def test_export_misp_software_round_trip_is_stable() -> None:
    text = export([software_report()], "misp")
    assert text == export([software_report()], "misp")
    for element in json.loads(text):
        event = MISPEvent()
        event.load(json.dumps(element))
        assert {"Event": json.loads(event.to_json())} == element
