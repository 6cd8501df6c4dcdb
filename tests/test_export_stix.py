"""STIX 2.1 export: validator-clean bundles that hold the seed's facts and parse back."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
import stix2
from stix2validator import ValidationOptions, validate_instance, validate_string

from aptrace.export import export
from aptrace.export.common import stable_uuid
from aptrace.report import Attribution, DocumentInfo, Incident, Report
from export_fixtures import packaged_attack_catalogue, seed_report, software_report  # noqa: F401  (a fixture)

# Software names and galaxy values come from the packaged ATT&CK catalogue.
pytestmark = pytest.mark.usefixtures("packaged_attack_catalogue")

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)
# The SHOULDs the exporter breaks on purpose (module docstring of aptrace.export.stix):
# 103 UUIDv5 ids, 401 x_opencti_location_type, 302 external references with URL but no hash.
EXPECTED_WARNINGS = {"103", "401", "302"}


def _bundle(reports=None, **kw) -> dict:
    return json.loads(export(reports or [seed_report()], "stix", **kw))


def _by_type(bundle: dict, kind: str) -> list[dict]:
    return [o for o in bundle["objects"] if o["type"] == kind]


def _named(bundle: dict, kind: str, name: str) -> dict:
    found = [o for o in _by_type(bundle, kind) if o.get("name") == name]
    assert len(found) == 1, f"{kind} {name!r}: {len(found)} found"
    return found[0]


def _assert_valid(text: str) -> None:
    """stix2-validator finds no error, only the expected warnings; strict mode too."""
    results = validate_string(text, ValidationOptions())
    assert results.is_valid
    assert [str(e) for e in results.errors] == []
    assert _warning_codes(results) <= EXPECTED_WARNINGS
    strict = validate_string(text, ValidationOptions(disabled="uuid-check,extensions-use"))
    assert strict.is_valid and not strict.errors


def _warning_codes(results) -> set[str]:
    return {str(w).split("{", 1)[1].split("}", 1)[0] for w in results.warnings}


def test_export_stix_seed_bundle_passes_validator() -> None:
    text = export([seed_report()], "stix")
    _assert_valid(text)


def test_export_stix_every_object_validates_alone() -> None:
    for obj in _bundle()["objects"]:
        results = validate_instance(obj, ValidationOptions())
        assert results.is_valid, (obj["id"], [str(e) for e in results.errors])


def test_export_stix_seed_holds_actors_with_attack_ids() -> None:
    bundle = _bundle()
    apt31 = _named(bundle, "intrusion-set", "APT31")
    assert "ZIRCONIUM" in apt31["aliases"] and "Violet Typhoon" in apt31["aliases"]
    refs = {r["source_name"]: r for r in apt31["external_references"]}
    assert refs["mitre-attack"]["external_id"] == "G0128"
    assert refs["misp-galaxy:threat-actor"]["external_id"] == "6bf7e6b6-5917-45a6-9567-f0baba79768c"
    apt28 = _named(bundle, "intrusion-set", "APT28")
    assert {r["external_id"] for r in apt28["external_references"]} >= {"G0007"}


def test_export_stix_seed_holds_sponsors_linked_to_actors_and_states() -> None:
    bundle = _bundle()
    ids = {o["id"]: o for o in bundle["objects"]}
    rels = _by_type(bundle, "relationship")
    for actor, sponsor, country in (("APT31", "MSS (China)", "CN"), ("APT28", "GRU (Russia)", "RU")):
        ta = _named(bundle, "threat-actor", sponsor)
        assert ta["threat_actor_types"] == ["nation-state"]
        iset = _named(bundle, "intrusion-set", actor)
        facts = [r for r in rels if r["source_ref"] == iset["id"] and r["target_ref"] == ta["id"]]
        assert facts and all(r["relationship_type"] == "attributed-to" for r in facts)
        located = [ids[r["target_ref"]] for r in rels if r["source_ref"] == ta["id"] and r["relationship_type"] == "located-at"]
        assert [loc["country"] for loc in located] == [country]


def test_export_stix_seed_campaigns_target_victims() -> None:
    bundle = _bundle()
    ids = {o["id"]: o for o in bundle["objects"]}
    campaigns = {c["name"].split(" →")[0]: c for c in _by_type(bundle, "campaign")}
    assert set(campaigns) == {"APT31", "APT28"}
    assert campaigns["APT31"]["first_seen"] == "2022-01-01T00:00:00Z"
    assert campaigns["APT31"]["objective"] == "espionage"

    def targets(campaign):
        return [ids[r["target_ref"]] for r in _by_type(bundle, "relationship")
                if r["source_ref"] == campaign["id"] and r["relationship_type"] == "targets"]

    apt31 = targets(campaigns["APT31"])
    assert {(t["type"], t["name"]) for t in apt31} == {
        ("identity", "Ministry of Foreign Affairs"), ("location", "Czechia"), ("identity", "Government")
    }
    ministry = next(t for t in apt31 if t["name"] == "Ministry of Foreign Affairs")
    assert ministry["identity_class"] == "organization" and ministry["sectors"] == ["government"]
    # Countries that are themselves the victims are locations only.
    assert sorted(t.get("country") for t in targets(campaigns["APT28"])) == ["CZ", "DE", "PL"]


def test_export_stix_seed_claims_carry_their_party() -> None:
    bundle = _bundle()
    ids = {o["id"]: o for o in bundle["objects"]}
    claims = [r for r in _by_type(bundle, "relationship")
              if ids[r["created_by_ref"]].get("identity_class") == "organization"]
    by_party = {}
    for r in claims:
        by_party.setdefault(ids[r["created_by_ref"]]["name"], set()).add(
            (ids[r["source_ref"]]["name"].split(" →")[0], ids[r["target_ref"]]["name"])
        )
    assert by_party == {
        "Government of Czechia": {
            ("APT31", "APT31"), ("APT31", "MSS (China)"), ("APT28", "APT28"), ("APT28", "GRU (Russia)")
        },
        "NATO": {("APT31", "MSS (China)")},
        "European Union": {("APT31", "MSS (China)")},
    }
    assert all(r["relationship_type"] == "attributed-to" for r in claims)
    assert all("confidence" not in r for r in claims)  # the seed states no confidence


def test_export_stix_seed_responses_and_denial() -> None:
    bundle = _bundle()
    ids = {o["id"]: o for o in bundle["objects"]}
    notes = _by_type(bundle, "note")
    assert sorted(n["labels"][1] for n in notes) == [
        "condemnation", "condemnation", "condemnation", "summon-ambassador", "summon-ambassador"
    ]
    summons = [n for n in notes if "summon-ambassador" in n["labels"]]
    assert {n["abstract"] for n in summons} == {
        "Response: summon ambassador by Czechia against China on 2025-05-28",
        "Response: summon ambassador by Czechia against Russia on 2024-05",
    }
    for note in notes:
        assert {ids[r]["type"] for r in note["object_refs"]} >= {"campaign", "identity"}
    (opinion,) = _by_type(bundle, "opinion")
    assert opinion["opinion"] == "strongly-disagree"
    assert ids[opinion["created_by_ref"]]["name"] == "Government of China"
    assert "Beijing denied allegations" in opinion["explanation"]
    # The denial is about the claims that name China.
    assert {ids[ids[r]["target_ref"]]["name"] for r in opinion["object_refs"]} == {"APT31", "MSS (China)"}


def test_export_stix_report_per_document_references_everything() -> None:
    bundle = _bundle()
    (report,) = _by_type(bundle, "report")
    assert report["published"] == "2025-05-28T00:00:00Z"
    ids = {o["id"] for o in bundle["objects"]}
    assert set(report["object_refs"]) == ids - {report["id"]}
    for obj in bundle["objects"]:  # referential integrity
        refs = [obj.get(k) for k in ("source_ref", "target_ref", "created_by_ref")] + obj.get("object_refs", [])
        assert all(r in ids for r in refs if r), obj["id"]


def test_export_stix_round_trip_with_stix2() -> None:
    text = export([seed_report()], "stix", now=NOW)
    parsed = stix2.parse(text, allow_custom=True)
    original = json.loads(text)
    assert parsed.id == original["id"]
    assert [o.id for o in parsed.objects] == [o["id"] for o in original["objects"]]
    assert json.loads(parsed.serialize()) == original
    assert {o.created for o in parsed.objects} == {stix2.utils.parse_into_datetime(NOW)}


def test_export_stix_ids_are_stable_and_now_only_moves_timestamps() -> None:
    a = _bundle()
    b = _bundle(now=NOW)
    assert [o["id"] for o in a["objects"]] == [o["id"] for o in b["objects"]]
    assert a["id"] == b["id"]
    assert {o["created"] for o in a["objects"]} == {"2025-05-28T00:00:00.000Z"}
    assert {o["modified"] for o in b["objects"]} == {"2025-06-01T12:00:00.000Z"}


def test_export_stix_confidence_on_stix_scale() -> None:
    base = seed_report()
    inc = base.incidents[0]
    levels = {"high": 85, "medium": 50, "low": 15}
    claims = [
        Attribution(by=party, state="CN", confidence=level, evidence=inc.attributions[0].evidence)
        for party, level in zip(("US", "GB", "Microsoft"), levels)
    ]
    report = base.model_copy(update={"incidents": [inc.model_copy(update={"attributions": claims})]})
    bundle = _bundle([report])
    ids = {o["id"]: o for o in bundle["objects"]}
    got = {ids[r["created_by_ref"]]["name"]: r.get("confidence") for r in _by_type(bundle, "relationship")
           if ids[r["created_by_ref"]]["name"] != "aptrace" and r["relationship_type"] == "attributed-to"}
    assert got == {"Government of United States": 85, "Government of United Kingdom": 50, "Microsoft": 15}
    assert validate_string(json.dumps(bundle), ValidationOptions()).is_valid


def test_export_stix_shared_entities_once_across_documents() -> None:
    first = seed_report()
    second = Report(
        document=DocumentInfo(id="other", published="2025-06-02", url="https://example.org/news/1",
                              title="Another article", sha256="b" * 64),
        incidents=[Incident(actors=first.incidents[0].actors, sponsors=first.incidents[0].sponsors)],
    )
    bundle = _bundle([first, second])
    assert len([o for o in _by_type(bundle, "intrusion-set") if o["name"] == "APT31"]) == 1
    assert len(_by_type(bundle, "report")) == 2
    assert len(_by_type(bundle, "campaign")) == 3
    other = next(r for r in _by_type(bundle, "report") if r["name"] == "Another article")
    iset = _named(bundle, "intrusion-set", "APT31")
    assert iset["id"] in other["object_refs"]
    assert other["external_references"][0]["url"] == "https://example.org/news/1"
    results = validate_string(json.dumps(bundle), ValidationOptions())
    assert results.is_valid and not results.errors


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x"])
def test_export_stix_source_url_only_http(url: str) -> None:
    report = seed_report()
    report = report.model_copy(update={"document": report.document.model_copy(update={"url": url})})
    bundle = _bundle([report])
    refs = [r for o in bundle["objects"] for r in o.get("external_references", [])]
    assert refs and all("url" not in r or r["url"].startswith("https://attack.mitre.org/") for r in refs)


def test_export_stix_empty_input_is_a_valid_bundle() -> None:
    text = export([], "stix")
    bundle = json.loads(text)
    assert bundle["type"] == "bundle"
    assert validate_string(text, ValidationOptions()).is_valid


def _software_bundle(reports=None) -> dict:
    return json.loads(export(reports or [software_report()], "stix"))


def test_export_stix_software_bundle_passes_validator() -> None:
    text = export([software_report()], "stix")
    _assert_valid(text)
    assert text == export([software_report()], "stix")  # byte-identical twice


def test_export_stix_software_as_malware_and_tool_with_attack_refs() -> None:
    bundle = _software_bundle()
    notpetya = _named(bundle, "malware", "NotPetya")
    assert notpetya["is_family"] is True
    assert notpetya["id"] == f"malware--{stable_uuid('stix', 'malware', 'S0368')}"
    assert notpetya["external_references"] == [
        {"source_name": "mitre-attack", "external_id": "S0368", "url": "https://attack.mitre.org/software/S0368/"}
    ]
    assert "Nyetya" in notpetya["aliases"]
    # ATT&CK's spelling names the object; the text's is an alias.
    whispergate = _named(bundle, "malware", "WhisperGate")
    assert whispergate["aliases"] == ["Whispergate"]
    assert whispergate["external_references"][0]["external_id"] == "S0689"
    # Untyped software is a malware family, keyed by its normalised name, with no ATT&CK reference.
    kv = _named(bundle, "malware", "KV Botnet")
    assert kv["id"] == f"malware--{stable_uuid('stix', 'malware', 'name:kvbotnet')}"
    assert "external_references" not in kv and "aliases" not in kv
    mimikatz = _named(bundle, "tool", "Mimikatz")
    assert mimikatz["id"] == f"tool--{stable_uuid('stix', 'tool', 'S0002')}"
    assert mimikatz["external_references"][0]["url"] == "https://attack.mitre.org/software/S0002/"
    assert not [o for o in _by_type(bundle, "malware") if o["name"] == "Mimikatz"]


def test_export_stix_software_used_by_actors_and_campaigns() -> None:
    bundle = _software_bundle()
    ids = {o["id"]: o for o in bundle["objects"]}
    uses = {(ids[r["source_ref"]]["type"], ids[r["source_ref"]]["name"].split(",")[0], ids[r["target_ref"]]["name"])
            for r in _by_type(bundle, "relationship") if r["relationship_type"] == "uses"}
    assert uses == {
        ("intrusion-set", "Sandworm", "NotPetya"), ("intrusion-set", "Sandworm", "WhisperGate"),
        ("campaign", "Sandworm", "NotPetya"), ("campaign", "Sandworm", "WhisperGate"),
        ("intrusion-set", "Volt Typhoon", "KV Botnet"), ("intrusion-set", "Volt Typhoon", "Mimikatz"),
        ("campaign", "Volt Typhoon", "KV Botnet"), ("campaign", "Volt Typhoon", "Mimikatz"),
    }
    for rel in (r for r in _by_type(bundle, "relationship") if r["relationship_type"] == "uses"):
        assert ids[rel["created_by_ref"]]["name"] == "aptrace"
        assert rel["external_references"][0]["external_id"] == "software-demo"
    rel = next(r for r in _by_type(bundle, "relationship") if r["relationship_type"] == "uses"
               and ids[r["target_ref"]]["name"] == "WhisperGate" and ids[r["source_ref"]]["type"] == "intrusion-set")
    assert rel["description"] == "The text names the malware WhisperGate in an incident of Sandworm: “Whispergate”"
    (report,) = _by_type(bundle, "report")
    assert {o["id"] for o in bundle["objects"] if o["type"] in ("malware", "tool")} <= set(report["object_refs"])
    assert set(report["object_refs"]) == set(ids) - {report["id"]}


def test_export_stix_software_of_an_unnamed_actor_is_used_by_the_campaign() -> None:
    base = software_report()
    volt = base.incidents[1].model_copy(update={"actors": [], "attributions": []})
    bundle = _software_bundle([base.model_copy(update={"incidents": [volt]})])
    ids = {o["id"]: o for o in bundle["objects"]}
    (campaign,) = _by_type(bundle, "campaign")
    assert campaign["name"].startswith("Unnamed actor of China")
    uses = [r for r in _by_type(bundle, "relationship") if r["relationship_type"] == "uses"]
    assert sorted((ids[r["source_ref"]]["type"], ids[r["target_ref"]]["name"]) for r in uses) == [
        ("campaign", "KV Botnet"), ("campaign", "Mimikatz")
    ]
    assert not [r for r in uses if ids[r["source_ref"]]["type"] == "threat-actor"]  # a state is no user of malware
    assert validate_string(json.dumps(bundle), ValidationOptions()).is_valid


def test_export_stix_software_shared_across_documents_once() -> None:
    first = software_report()
    # Another document writes WhisperGate as ATT&CK does: the same object, ids keyed by S0689.
    second = Report(
        document=DocumentInfo(id="other", published="2024-02-01", sha256="f" * 64),
        incidents=[first.incidents[0].model_copy(update={"software": [
            first.incidents[0].software[1].model_copy(update={"name": "WhisperGate"})
        ]})],
    )
    bundle = _software_bundle([first, second])
    assert len([o for o in _by_type(bundle, "malware") if o["name"] == "WhisperGate"]) == 1
    wg = _named(bundle, "malware", "WhisperGate")
    reports = _by_type(bundle, "report")
    assert len(reports) == 2 and all(wg["id"] in r["object_refs"] for r in reports)
    ids = {o["id"]: o for o in bundle["objects"]}
    campaigns_using = {ids[r["source_ref"]]["id"] for r in _by_type(bundle, "relationship")
                       if r["relationship_type"] == "uses" and r["target_ref"] == wg["id"]
                       and ids[r["source_ref"]]["type"] == "campaign"}
    assert len(campaigns_using) == 2


def test_export_stix_software_with_malformed_attack_id_has_no_reference() -> None:
    base = software_report()
    inc = base.incidents[0]
    odd = inc.software[0].model_copy(update={"kb_ref": "javascript:alert(1)", "name": "<b>Evil</b>"})
    bundle = _software_bundle([base.model_copy(update={"incidents": [inc.model_copy(update={"software": [odd]})]})])
    (malware,) = _by_type(bundle, "malware")
    assert malware["name"] == "<b>Evil</b>" and "external_references" not in malware
    assert malware["id"] == f"malware--{stable_uuid('stix', 'malware', 'name:bevilb')}"
    assert validate_string(json.dumps(bundle), ValidationOptions()).is_valid
