"""``aptrace export``: files in, files out, identical twice, clear errors."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from aptrace.cli import app
from export_fixtures import seed_report

runner = CliRunner()


def _reports_file(tmp_path):
    path = tmp_path / "reports.jsonl"
    path.write_text(seed_report().to_json() + "\n", encoding="utf-8")
    return path


def test_export_cli_from_reports_to_file_twice_identical(tmp_path) -> None:
    src = _reports_file(tmp_path)
    for fmt, name in (("stix", "a.json"), ("misp", "b.json"), ("csv", "c.csv"), ("markdown", "d.md")):
        first, second = tmp_path / f"1-{name}", tmp_path / f"2-{name}"
        for out in (first, second):
            result = runner.invoke(app, ["export", "--format", fmt, "--from-reports", str(src), "-o", str(out)])
            assert result.exit_code == 0, result.output
        assert first.read_bytes() == second.read_bytes() and first.stat().st_size > 0


def test_export_cli_stdout_with_filters_and_now(tmp_path) -> None:
    src = _reports_file(tmp_path)
    result = runner.invoke(app, ["export", "-f", "stix", "--from-reports", str(src), "--actor", "APT28",
                                 "--now", "2025-06-01T10:00:00"])
    assert result.exit_code == 0, result.output
    bundle = json.loads(result.stdout)
    assert {o["name"] for o in bundle["objects"] if o["type"] == "intrusion-set"} == {"APT28"}
    assert {o["created"] for o in bundle["objects"]} == {"2025-06-01T10:00:00.000Z"}


def test_export_cli_unknown_format_is_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["export", "--format", "yaml", "--from-reports", str(_reports_file(tmp_path))])
    assert result.exit_code == 2
    assert "stix21.v1" in result.output


def test_export_cli_bad_reports_file_names_line(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")
    result = runner.invoke(app, ["export", "--format", "csv", "--from-reports", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: not a report object" in result.output


def test_export_cli_bad_now_is_usage_error(tmp_path) -> None:
    result = runner.invoke(app, ["export", "-f", "csv", "--from-reports", str(_reports_file(tmp_path)), "--now", "soon"])
    assert result.exit_code == 2 and "ISO 8601" in result.output


def test_export_cli_from_store(tmp_path) -> None:
    from aptrace.store import open_store
    from stix2validator import ValidationOptions, validate_string

    url = f"sqlite:///{tmp_path / 'incidents.db'}"
    with open_store(url) as store:
        store.add_report(seed_report())
    result = runner.invoke(app, ["export", "--db", url, "--format", "stix"])
    assert result.exit_code == 0, result.output
    results = validate_string(result.stdout, ValidationOptions())
    assert results.is_valid and not results.errors
    names = {o["name"] for o in json.loads(result.stdout)["objects"] if o["type"] == "intrusion-set"}
    assert names == {"APT31", "APT28"}
    only = runner.invoke(app, ["export", "--db", url, "--format", "csv", "--actor", "APT28"])
    assert only.exit_code == 0, only.output
    assert {line.split(",")[4] for line in only.stdout.splitlines()[1:]} == {"APT28"}
    again = runner.invoke(app, ["export", "--db", url, "--format", "stix"])
    assert again.stdout == result.stdout


def test_export_cli_store_error_is_clear(tmp_path) -> None:
    not_a_dir = tmp_path / "plain-file"
    not_a_dir.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["export", "--db", f"sqlite:///{not_a_dir / 'x.db'}", "--format", "csv"])
    assert result.exit_code == 1
    assert result.output.startswith("error: ")


def test_export_cli_several_actors_filter_store_reports(tmp_path):
    """Two --actor values: the store filters on none, the command on both (no crash)."""
    db = f"sqlite:///{tmp_path / 'store.db'}"
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--actor", "APT31", "--actor", "APT28"])
    assert result.exit_code == 0, result.output
