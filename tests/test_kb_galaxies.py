"""Reading MISP galaxy clusters and linking their values (aptrace.kb.galaxies)."""

from __future__ import annotations

import json

import pytest

from aptrace.errors import KnowledgeBaseError
from aptrace.kb import galaxies
from kb_actor_fixtures import MITRE, MS, TA, UUID, write_galaxy


def test_galaxies_normalise_ignores_case_space_and_punctuation():
    assert galaxies.normalise("APT 28") == galaxies.normalise("apt-28") == "apt28"
    assert galaxies.normalise("Ke3chang") == "ke3chang"
    assert galaxies.normalise("Sofacy Group") != galaxies.normalise("Sofacy")


def test_galaxies_cluster_values_keep_meta_of_installed_data():
    # pymispgalaxies pops meta keys out of the dicts it parses; the raw values must keep them.
    values = galaxies.cluster_values("threat-actor")
    apt28 = next(v for v in values if v["value"] == "APT28")
    assert "Fancy Bear" in apt28["meta"]["synonyms"]
    assert apt28["meta"]["country"] == "RU"
    again = galaxies.cluster_values("threat-actor")
    assert next(v for v in again if v["value"] == "APT28")["meta"]["synonyms"] == apt28["meta"]["synonyms"]


def test_galaxies_load_clusters_reads_a_repo_or_flat_directory(tmp_path):
    for layout in ("repo", "flat"):
        root = write_galaxy(tmp_path / layout, layout=layout)
        clusters = galaxies.load_clusters(source=root)
        assert set(clusters) == {TA, MITRE, MS}
        assert {v["value"] for v in clusters[MS].values} >= {"STRONTIUM", "Forest Blizzard"}


def test_galaxies_missing_threat_actor_cluster_is_an_error_naming_the_directory(tmp_path):
    root = write_galaxy(tmp_path)
    (root / "clusters" / "threat-actor.json").unlink()
    with pytest.raises(KnowledgeBaseError, match="threat-actor.json") as info:
        galaxies.load_clusters(source=root)
    assert str(root) in str(info.value)


def test_galaxies_malformed_cluster_file_is_an_error_naming_the_file(tmp_path):
    root = write_galaxy(tmp_path)
    bad = root / "clusters" / "threat-actor.json"
    bad.write_text(json.dumps({"values": []}), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="not a MISP galaxy cluster") as info:
        galaxies.load_clusters(source=root)
    assert info.value.source == str(bad)


def _records(tmp_path):
    records, stats = galaxies.compile_actor_records(galaxies.load_clusters(source=write_galaxy(tmp_path)))
    return {r["name"]: r for r in records}, stats


def test_galaxies_link_relation_attack_id_and_microsoft_renames_into_one_entity(tmp_path):
    records, _ = _records(tmp_path)
    apt28 = records["APT28"]
    assert apt28["id"] == galaxies.kb_ref(TA, UUID["apt28"])
    assert set(apt28["linked"]) == {
        galaxies.kb_ref(TA, UUID["apt28"]),
        galaxies.kb_ref(MITRE, UUID["mitre_apt28"]),
        galaxies.kb_ref(MS, UUID["strontium"]),
        galaxies.kb_ref(MS, UUID["forest"]),
    }
    assert apt28["attack_id"] == "G0007" and apt28["country"] == "RU"
    assert ["Forest Blizzard", MS] in apt28["aliases"] and ["G0007", MITRE] in apt28["aliases"]
    assert "STRONTIUM" not in records and "Forest Blizzard" not in records


def test_galaxies_canonical_name_among_synonyms_links_and_cfr_sponsor_maps_to_iso2(tmp_path):
    records, _ = _records(tmp_path)
    assert galaxies.kb_ref(MS, UUID["zirconium"]) in records["APT31"]["linked"]
    assert records["APT31"]["country"] == "CN"


def test_galaxies_one_shared_alias_does_not_merge_two_actors(tmp_path):
    records, _ = _records(tmp_path)
    assert "Alpha Team" in records and "Beta Squad" in records
    assert records["Alpha Team"]["country"] is None and records["Beta Squad"]["country"] == "IR"


def test_galaxies_similar_threat_actor_values_stay_apart(tmp_path):
    records, stats = _records(tmp_path)
    assert "Flying Tabby" in records and "Rocket Tabby" in records
    assert len(records["Flying Tabby"]["linked"]) == 1


def test_galaxies_two_shared_aliases_link_across_clusters(tmp_path):
    records, _ = _records(tmp_path)
    gamma = records["Gamma Wolves"]
    assert gamma["attack_id"] == "G9999"
    assert ["Delta Unit", MITRE] in gamma["aliases"]
    assert "Delta Unit" not in records


def test_galaxies_installed_data_links_known_actors():
    records, stats = galaxies.compile_actor_records(galaxies.load_clusters())
    by_name = {r["name"]: r for r in records}
    assert stats["entities"] == len(records) and 700 < len(records) < stats["values"]
    apt28 = by_name["APT28"]
    names = {n for n, _ in apt28["aliases"]}
    assert {"Fancy Bear", "Forest Blizzard", "STRONTIUM", "Sofacy"} <= names
    assert (apt28["attack_id"], apt28["country"]) == ("G0007", "RU")
    assert {"ZIRCONIUM", "Violet Typhoon", "JUDGMENT PANDA"} <= {n for n, _ in by_name["APT31"]["aliases"]}
    # ATT&CK revoked UNC2452 (G0118) in favour of APT29 (G0016)
    apt29 = by_name["APT29"]
    assert apt29["attack_id"] == "G0016" and ["G0118", "mitre-intrusion-set"] in apt29["aliases"]
    # an entity never holds two threat-actor values
    assert all(sum(ref.startswith("misp-galaxy:threat-actor=") for ref in r["linked"]) <= 1 for r in records)
