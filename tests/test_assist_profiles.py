"""ATT&CK group profiles: the packaged cache, an ATT&CK STIX bundle, the user cache."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from aptrace.errors import KnowledgeBaseError
from aptrace.kb.attack import (
    load_profiles,
    packaged_profiles_path,
    profiles_from_galaxies,
    update_attack,
    user_profiles_path,
)

BUNDLE = Path(__file__).parent / "data" / "assist" / "enterprise-mini.json"


def test_assist_packaged_profiles_match_the_installed_galaxy():
    packaged = load_profiles(packaged_profiles_path())
    fresh = profiles_from_galaxies()
    if packaged.source.get("clusters") != fresh.source["clusters"]:
        pytest.fail("pymispgalaxies changed: rebuild with `python -m aptrace.kb.attack`")
    assert packaged.to_dict() == fresh.to_dict()
    apt28 = packaged.group("G0007")
    assert "S0023" in apt28.software and "T1566.001" in apt28.techniques
    assert "Sofacy" in apt28.aliases


def test_assist_profiles_from_attack_stix_bundle(tmp_path):
    pytest.importorskip("mitreattack")
    profiles = update_attack(BUNDLE, dest=tmp_path / "p.json.gz")
    assert [g.id for g in profiles.groups] == ["G0007", "G0016"]  # the revoked group is dropped
    apt28 = profiles.group("G0007")
    assert apt28.techniques == {"T1566.001"} and apt28.software == {"S0002", "S0023"}
    assert profiles.inherited_techniques(apt28) == {"T1059.001", "T1105"}
    assert profiles.resolve_software("x-agent") == ("S0023",)
    assert load_profiles(tmp_path / "p.json.gz").to_dict() == profiles.to_dict()


def test_assist_update_attack_from_url_goes_to_user_cache(tmp_path, monkeypatch):
    pytest.importorskip("mitreattack")
    monkeypatch.setenv("APTRACE_DATA_DIR", str(tmp_path))
    body = BUNDLE.read_bytes()
    client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)))
    profiles = update_attack("https://example.org/enterprise-attack.json", client=client)
    assert user_profiles_path() == tmp_path / "attack-profiles.json.gz"
    assert load_profiles().to_dict() == profiles.to_dict()  # the user cache now wins
    assert "https://example.org/enterprise-attack.json" in profiles.label


def test_assist_update_attack_refuses_a_non_bundle(tmp_path):
    pytest.importorskip("mitreattack")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        update_attack(bad, dest=tmp_path / "p.json.gz")
    assert err.value.source == str(bad)


def test_assist_update_attack_missing_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="no such file"):
        update_attack(tmp_path / "nope.json", dest=tmp_path / "p.json.gz")


def test_assist_corrupt_profiles_file_is_a_knowledge_base_error(tmp_path):
    path = tmp_path / "p.json.gz"
    path.write_bytes(b"not gzip")
    with pytest.raises(KnowledgeBaseError) as err:
        load_profiles(path)
    assert err.value.source == str(path)
