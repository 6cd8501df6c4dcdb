"""The actor entities, their alias index and the compiled cache (aptrace.kb.actors)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from aptrace.errors import KnowledgeBaseError
from aptrace.kb import actors
from aptrace.kb.actors import ActorIndex, build_actor_index, load_actor_index, read_index, write_index
from kb_actor_fixtures import UUID, write_galaxy


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    """The index shipped in the package (no user cache)."""
    return actors.read_index(actors.packaged_path())


@pytest.fixture()
def small_index(tmp_path) -> ActorIndex:
    return build_actor_index(write_galaxy(tmp_path / "galaxy"))


def _one(index: ActorIndex, name: str):
    found = index.lookup(name)
    assert len(found) == 1, (name, [e.name for e in found])
    return found[0]


def test_actors_zirconium_resolves_to_apt31(index):
    apt31 = _one(index, "Zirconium")
    assert apt31.name == "APT31"
    assert apt31.id == "misp-galaxy:threat-actor=6bf7e6b6-5917-45a6-9567-f0baba79768c"
    for alias in ("APT31", "ZIRCONIUM", "Violet Typhoon", "Judgment Panda", "apt-31"):
        assert _one(index, alias) is apt31
    assert apt31.country == "CN" and apt31.attack_id == "G0128"


def test_actors_fancy_bear_resolves_to_apt28_with_attack_id_and_country(index):
    apt28 = _one(index, "Fancy Bear")
    assert (apt28.name, apt28.attack_id, apt28.country) == ("APT28", "G0007", "RU")
    for alias in ("Forest Blizzard", "STRONTIUM", "Sofacy", "Sednit", "APT 28"):
        assert _one(index, alias) is apt28
    sources = apt28.alias_sources()
    assert sources["Forest Blizzard"] == ["threat-actor", "microsoft-activity-group"]
    assert "mitre-intrusion-set" in sources["APT28"]
    assert index.get(apt28.id) is apt28
    assert all(index.get(ref) is apt28 for ref in apt28.linked)
    assert 0 < len(apt28.refs) <= 20 and len(set(apt28.refs)) == len(apt28.refs)


@pytest.mark.parametrize(
    ("names", "attack_id", "country"),
    [
        (("APT29", "Cozy Bear", "Midnight Blizzard", "The Dukes"), "G0016", "RU"),
        (("Sandworm", "Seashell Blizzard", "ELECTRUM", "Voodoo Bear", "Sandworm Team"), "G0034", "RU"),
        (("Lazarus Group", "Hidden Cobra", "Diamond Sleet"), "G0032", "KP"),
        (("APT10", "Stone Panda", "MenuPass", "POTASSIUM"), "G0045", "CN"),
    ],
)
def test_actors_known_aliases_are_one_entity(index, names, attack_id, country):
    entries = {index.lookup(n)[0].id for n in names}
    assert len(entries) == 1, names
    entry = index.get(entries.pop())
    assert (entry.attack_id, entry.country) == (attack_id, country)


def test_actors_ambiguous_alias_returns_every_candidate(index):
    found = index.lookup("Grizzly Steppe")
    assert {e.name for e in found} == {"APT28", "APT29"}
    assert index.is_ambiguous("grizzly steppe")
    assert not index.is_ambiguous("Fancy Bear")
    assert "grizzlysteppe" in index.ambiguous_aliases()
    # a name filed as a cluster value ranks before a bare synonym, but both stay candidates
    midnight = index.lookup("Midnight Blizzard")
    assert len(midnight) == 2 and midnight[0].name == "APT29"


def test_actors_generic_aliases_are_not_surface_forms(index):
    forms = {form: (ids, cs) for form, ids, cs in index.surface_forms()}
    for generic in ("LEAD", "Lead", "Tick", "Play", "GOP", "Unit 8200", "PLA Unit 61398", "Equation", "Group 8", "SEA"):
        assert index.is_generic(generic), generic
        assert generic not in forms, generic
    # still reachable by lookup, for the extractor to accept in a clear context
    assert any(e.name == "APT41" for e in index.lookup("LEAD"))
    for specific in ("Sandworm", "Turla", "Kimsuky", "Lazarus", "Fancy Bear", "APT28", "Ke3chang", "8220 Gang"):
        assert not index.is_generic(specific), specific
        assert specific in forms, specific


def test_actors_surface_forms_carry_candidates_and_case(index):
    forms = {form: (ids, cs) for form, ids, cs in index.surface_forms()}
    apt28 = _one(index, "APT28")
    assert forms["APT28"] == ((apt28.id,), False)
    assert forms["STRONTIUM"] == ((apt28.id,), True)
    assert forms["Strontium"] == ((apt28.id,), True)  # the news' capitalisation of Microsoft's name
    assert forms["Sandworm"][1] is True and "sandworm" not in forms
    ids, _ = forms["Grizzly Steppe"]
    assert len(ids) == 2


def test_actors_cache_round_trip_equals_fresh_build(tmp_path, small_index):
    path = write_index(small_index, tmp_path / "out" / "kb-actors.json.gz")
    again = read_index(path)
    assert list(again.entities()) == list(small_index.entities())
    assert again.info == small_index.info
    assert sorted(again.surface_forms()) == sorted(small_index.surface_forms())


def test_actors_packaged_file_matches_installed_galaxies(index):
    fresh = build_actor_index()
    assert fresh.info["pymispgalaxies"] == index.info["pymispgalaxies"]
    assert list(fresh.entities()) == list(index.entities())


def test_actors_small_galaxy_keeps_shared_alias_ambiguous(small_index):
    found = small_index.lookup("Shared Alias")
    assert {e.name for e in found} == {"Alpha Team", "Beta Squad"}
    assert small_index.is_ambiguous("shared alias")
    assert _one(small_index, "Alpha Crew").name == "Alpha Team"
    assert _one(small_index, "Forest Blizzard").id == f"misp-galaxy:threat-actor={UUID['apt28']}"


def test_actors_load_prefers_user_cache(tmp_path, small_index):
    write_index(small_index, actors.user_cache_path(tmp_path))
    loaded = load_actor_index(cache_dir=tmp_path)
    assert {e.name for e in loaded.entities()} == {e.name for e in small_index.entities()}


def test_actors_load_skips_user_cache_of_another_pymispgalaxies(tmp_path, small_index):
    small_index.info["pymispgalaxies"] = "0.0.1"
    write_index(small_index, actors.user_cache_path(tmp_path))
    loaded = load_actor_index(cache_dir=tmp_path)
    assert len(loaded) > 700 and loaded.lookup("Fancy Bear")


def test_actors_load_ignores_a_corrupt_user_cache(tmp_path, caplog):
    actors.user_cache_path(tmp_path).write_bytes(b"not gzip")
    loaded = load_actor_index(cache_dir=tmp_path)
    assert loaded.lookup("APT28")
    assert "ignoring compiled actor data" in caplog.text


def test_actors_load_rebuild_writes_the_user_cache(tmp_path):
    loaded = load_actor_index(cache_dir=tmp_path, rebuild=True)
    assert actors.user_cache_path(tmp_path).is_file()
    assert len(read_index(actors.user_cache_path(tmp_path))) == len(loaded)


def test_actors_read_index_rejects_another_schema(tmp_path):
    path = tmp_path / "old.json.gz"
    path.write_bytes(gzip.compress(json.dumps({"schema": 0, "entities": []}).encode()))
    with pytest.raises(KnowledgeBaseError, match="schema 0") as info:
        read_index(path)
    assert info.value.source == str(path)


def test_actors_load_from_packaged_file(tmp_path):
    # served from the compiled file in the package, nothing built (how long that takes is bench_extract's cold start)
    loaded = load_actor_index(cache_dir=tmp_path / "empty")
    assert len(loaded) > 700
    assert not (tmp_path / "empty").exists()


def _scorer_aliases() -> Path | None:
    here = Path(__file__).resolve()
    for root in (here.parents[1], *here.parents[1].parents):
        candidate = root / "shared" / "spec" / "actor-aliases.json"
        if candidate.is_file():
            return candidate
    return None


@pytest.mark.skipif(_scorer_aliases() is None, reason="shared/spec/actor-aliases.json not beside the checkout")
def test_actors_agree_with_the_scorers_alias_groups(index):
    groups = json.loads(_scorer_aliases().read_text(encoding="utf-8"))["groups"]
    exact = held = 0
    for group in groups:
        candidates = [{e.id for e in index.lookup(name)} for name in group]
        assert all(candidates), group  # every name the scorer knows is an alias here
        exact += len(set().union(*candidates)) == 1
        held += bool(set.intersection(*candidates))
    assert exact / len(groups) > 0.9
    assert held / len(groups) > 0.95
