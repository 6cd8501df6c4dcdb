"""Evidence from flags, Navigator layers and STIX bundles ranks identically."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aptrace.assist import assist, gather_evidence, read_navigator_layer, read_stix_bundle
from aptrace.errors import InputError
from aptrace.kb.attack import load_profiles

DATA = Path(__file__).parent / "data" / "assist"
LAYER = DATA / "layer.json"
BUNDLE = DATA / "observed-bundle.json"


@pytest.fixture(scope="module")
def profiles():
    return load_profiles()


def _ranking(result):
    return [(c.group_id, c.score) for c in result.candidates]


def test_assist_layer_keeps_scored_and_coloured_enabled_techniques():
    # score 1, colour only, score 3 kept; score 0 and disabled dropped
    assert sorted(read_navigator_layer(LAYER)) == ["T1059.001", "T1071.001", "T1566.001"]


def test_assist_stix_bundle_yields_techniques_and_software_but_not_intrusion_sets():
    techniques, software = read_stix_bundle(BUNDLE)
    assert sorted(techniques) == ["T1059.001", "T1071.001", "T1566.001"]
    assert sorted(software) == ["MIMIKATZ", "x-agent"]


def test_assist_layer_ranks_like_technique_flags(profiles):
    flags = gather_evidence(profiles, techniques=["t1566.001", "T1059.001", "T1071.001"])
    layer = gather_evidence(profiles, layers=[LAYER])
    assert layer.techniques == flags.techniques
    assert _ranking(assist(layer, profiles=profiles)) == _ranking(assist(flags, profiles=profiles))


def test_assist_stix_bundle_ranks_like_technique_and_software_flags(profiles):
    flags = gather_evidence(
        profiles, techniques=["T1566.001", "T1059.001", "T1071.001"], software=["X-Agent", "mimikatz"]
    )
    bundle = gather_evidence(profiles, bundles=[BUNDLE])
    assert (bundle.techniques, bundle.software) == (flags.techniques, flags.software)
    assert bundle.software == ("S0002", "S0023")
    assert _ranking(assist(bundle, profiles=profiles)) == _ranking(assist(flags, profiles=profiles))


def test_assist_software_resolves_aliases_case_insensitively(profiles):
    assert profiles.resolve_software("x-agent") == profiles.resolve_software("CHOPSTICK") == ("S0023",)
    assert profiles.resolve_software("S0002") == profiles.resolve_software("MiMiKaTz") == ("S0002",)


def test_assist_unknown_software_is_reported_not_counted(profiles):
    ev = gather_evidence(profiles, techniques=["T1566.001"], software=["NoSuchImplant"])
    assert ev.software == () and ev.unresolved == ("NoSuchImplant",)
    assert assist(ev, profiles=profiles).evidence.unresolved == ("NoSuchImplant",)


def test_assist_malformed_technique_names_the_input(profiles):
    with pytest.raises(InputError, match="'phishing' is not an ATT&CK technique id"):
        gather_evidence(profiles, techniques=["phishing"])


def test_assist_missing_layer_names_the_path(profiles, tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(InputError) as err:
        gather_evidence(profiles, layers=[missing])
    assert err.value.source == str(missing)


def test_assist_non_layer_json_is_refused(tmp_path):
    path = tmp_path / "layer.json"
    path.write_text(json.dumps({"name": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match="not an ATT&CK Navigator layer"):
        read_navigator_layer(path)


def test_assist_non_bundle_json_is_refused(tmp_path):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"type": "malware", "name": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match="not a STIX bundle"):
        read_stix_bundle(path)


def test_assist_no_evidence_is_an_input_error(profiles):
    with pytest.raises(InputError, match="no evidence"):
        assist(gather_evidence(profiles, software=["NoSuchImplant"]), profiles=profiles)
