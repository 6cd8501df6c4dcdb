"""aptrace.export's public API: formats, the registry, clock handling, reading reports."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

import aptrace.export
from aptrace import registry
from aptrace.errors import ExportError, InputError, RecordError
from aptrace.export import available_formats, default_now, export, filter_reports, load_reports
from aptrace.export.common import EPOCH, stable_uuid
from export_fixtures import seed_report


def test_export_api_all_is_the_public_api() -> None:
    assert sorted(aptrace.export.__all__) == sorted(
        ["export", "available_formats", "get_exporter", "default_now", "load_reports", "filter_reports"]
    )
    for name in aptrace.export.__all__:
        assert callable(getattr(aptrace.export, name))


def test_export_api_builtin_formats_and_aliases() -> None:
    formats = set(available_formats())
    assert {"stix21.v1", "stix", "misp.v1", "misp", "csv.v1", "csv", "markdown.v1", "markdown", "md"} <= formats
    report = [seed_report()]
    assert export(report, "stix") == export(report, "stix21.v1")
    assert export(report, "md") == export(report, "markdown.v1")


def test_export_api_unknown_format_names_it() -> None:
    with pytest.raises(ExportError) as info:
        export([seed_report()], "yaml")
    assert info.value.source == "yaml" and "stix21.v1" in str(info.value)


@pytest.fixture
def scratch_registry(monkeypatch):
    """The registry as it is, restored after the test (plugins registered here vanish)."""
    monkeypatch.setattr(registry, "_REGISTRIES", {k: dict(v) for k, v in registry._REGISTRIES.items()})
    monkeypatch.setattr(registry, "_ALIASES", {k: dict(v) for k, v in registry._ALIASES.items()})


def test_export_api_plugin_registers_like_builtins(scratch_registry) -> None:
    @registry.register("exporters", "test-count.v1", aliases=("test-count",))
    def count(reports, *, now):
        return f"{sum(len(r.incidents) for r in reports)} @ {now.isoformat()}\n"

    assert "test-count" in available_formats()
    assert export([seed_report()], "test-count") == "2 @ 2025-05-28T00:00:00+00:00\n"


def test_export_api_failing_exporter_becomes_export_error(scratch_registry) -> None:
    @registry.register("exporters", "test-broken.v1")
    def broken(reports, *, now):
        raise ValueError("boom")

    with pytest.raises(ExportError, match="test-broken.v1: cannot export: ValueError: boom"):
        export([], "test-broken.v1")


def test_export_api_now_defaults_to_latest_publication() -> None:
    report = seed_report()
    later = report.model_copy(update={"document": report.document.model_copy(update={"published": "2025-07-01", "sha256": "f" * 64})})
    undated = report.model_copy(update={"document": report.document.model_copy(update={"published": None})})
    assert default_now([report, later]) == datetime(2025, 7, 1, tzinfo=timezone.utc)
    assert default_now([undated]) == EPOCH
    assert default_now([]) == EPOCH


def test_export_api_rejects_naive_now() -> None:
    with pytest.raises(ExportError, match="timezone-aware"):
        export([seed_report()], "stix", now=datetime(2025, 1, 1))


def test_export_api_stable_uuid_is_uuid5_and_unambiguous() -> None:
    assert stable_uuid("a", "b").version == 5
    assert stable_uuid("a", "b") == stable_uuid("a", "b")
    assert stable_uuid("a", "b") != stable_uuid("ab") != stable_uuid("a", "b", "")


def test_export_api_load_reports_round_trip(tmp_path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(seed_report().to_json() + "\n\n", encoding="utf-8")
    (loaded,) = load_reports(path)
    assert loaded == seed_report()


def test_export_api_load_reports_names_bad_line(tmp_path) -> None:
    path = tmp_path / "reports.jsonl"
    path.write_text(seed_report().to_json() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(RecordError) as info:
        load_reports(path)
    assert info.value.source == f"{path}:2" and "not JSON" in info.value.reason
    bad = json.loads(seed_report().to_json())
    bad["incidents"][0]["activity"] = "hacking"
    path.write_text(json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(RecordError, match=r"reports.jsonl:1: not a valid report: incidents.0"):
        load_reports(path)
    with pytest.raises(InputError, match="cannot read reports"):
        load_reports(tmp_path / "missing.jsonl")


def test_export_api_filter_reports_by_actor_alias_and_state() -> None:
    report = seed_report()
    (only,) = filter_reports([report], actors=["fancy bear"])
    assert [i.key for i in only.incidents] == ["APT28"]
    (cn,) = filter_reports([report], states=["cn"])
    assert [i.key for i in cn.incidents] == ["APT31"]
    assert filter_reports([report], actors=["APT31"], states=["RU"]) == []
    assert filter_reports([report]) == [report]


def test_export_api_scratch_plugins_are_gone() -> None:
    assert not [f for f in available_formats() if f.startswith("test-")]


def test_export_api_same_bytes_under_any_hash_seed(tmp_path) -> None:
    # Sets iterate in a per-process order; nothing of it may reach the output.
    import os
    import subprocess
    import sys

    report = seed_report()
    actor = report.incidents[0].actors[0]
    aliases = ["Zirconium", "ZIRCONIUM", "zirconium", "Violet Typhoon", "VIOLET TYPHOON"]
    incident = report.incidents[0].model_copy(update={"actors": [actor.model_copy(update={"aliases": aliases})]})
    path = tmp_path / "r.jsonl"
    path.write_text(report.model_copy(update={"incidents": [incident]}).to_json() + "\n", encoding="utf-8")
    code = (
        "import sys; from aptrace.export import export, load_reports; rs = load_reports(sys.argv[1]); "
        "sys.stdout.write(''.join(export(rs, f) for f in ('stix', 'misp', 'csv', 'md')))"
    )
    outputs = {
        subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1
