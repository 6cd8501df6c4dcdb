"""``aptrace kb`` commands (aptrace.cli.kb), through Typer's test runner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from aptrace.cli import app
from kb_actor_fixtures import write_galaxy

runner = CliRunner()


@pytest.fixture(autouse=True)
def _private_cache(tmp_path, monkeypatch):
    """Each test gets its own user cache directory (platformdirs follows XDG_CACHE_HOME)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))


def test_kb_cli_show_prints_name_ref_country_attack_id_and_alias_sources():
    result = runner.invoke(app, ["kb", "show", "Fancy Bear"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    out = result.output
    assert "APT28" in out and "G0007" in out and "RU" in out
    assert "misp-galaxy:threat-actor=" in out
    assert "Forest Blizzard  (threat-actor, microsoft-activity-group)" in out
    assert "ambiguous" not in out


def test_kb_cli_show_warns_about_an_ambiguous_name():
    result = runner.invoke(app, ["kb", "show", "Grizzly Steppe"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "ambiguous" in result.output and "APT28" in result.output and "APT29" in result.output


def test_kb_cli_show_json():
    result = runner.invoke(app, ["kb", "show", "zirconium", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["ambiguous"] is False
    (apt31,) = doc["candidates"]
    assert (apt31["name"], apt31["country"], apt31["attack_id"]) == ("APT31", "CN", "G0128")
    assert ["Violet Typhoon", "microsoft-activity-group"] in apt31["aliases"]


def test_kb_cli_show_unknown_name_fails():
    result = runner.invoke(app, ["kb", "show", "No Such Actor Xyz"])
    assert result.exit_code == 1
    assert "no actor named" in result.output


def test_kb_cli_search_lists_matching_aliases():
    result = runner.invoke(app, ["kb", "search", "blizzard", "--limit", "5"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert result.output.count("Blizzard") >= 5


def test_kb_cli_update_from_a_directory(tmp_path):
    galaxy = write_galaxy(tmp_path / "misp-galaxy")
    result = runner.invoke(app, ["kb", "update", "--from", str(galaxy)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "actors from" in result.output
    shown = runner.invoke(app, ["kb", "show", "Shared Alias", "--json"])
    doc = json.loads(shown.output)
    assert doc["ambiguous"] is True
    assert {c["name"] for c in doc["candidates"]} == {"Alpha Team", "Beta Squad"}


def test_kb_cli_update_from_a_bad_directory_fails(tmp_path):
    result = runner.invoke(app, ["kb", "update", "--from", str(tmp_path / "nowhere")], env={"COLUMNS": "300"})
    assert result.exit_code == 1
    assert "not a directory" in result.output


def test_kb_cli_update_attack_compiles_profiles(tmp_path, monkeypatch):
    """`aptrace kb update --attack BUNDLE` compiles the assistant's group profiles."""
    pytest.importorskip("mitreattack", reason="needs the 'attack' extra")
    from pathlib import Path

    from typer.testing import CliRunner

    from aptrace.cli import app

    monkeypatch.setenv("APTRACE_DATA_DIR", str(tmp_path / "data"))
    bundle = Path(__file__).parent / "data" / "assist" / "enterprise-mini.json"
    result = CliRunner().invoke(app, ["kb", "update", "--attack", str(bundle), "--output", str(tmp_path / "actors.json.gz")])
    assert result.exit_code == 0, result.output
    assert "compiled ATT&CK group profiles" in result.output
    assert list((tmp_path / "data").rglob("*")), "profiles were not written to the data directory"
