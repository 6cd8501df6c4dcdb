"""`aptrace analyze` end to end: formats, the embedded example, bad input in a batch."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from aptrace.cli import app

SEED_TEXT = "The Czech Republic summoned China's ambassador after saying Beijing was responsible for a cyber campaign against its foreign ministry."


def _run(args, **kw):
    return CliRunner().invoke(app, args, **kw)


def test_cli_analyze_embedded_example_is_the_seed():
    result = _run(["analyze", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = [l for l in result.stdout.splitlines() if l.startswith("{")]
    report = json.loads(line)
    assert report["document"]["id"] == "seed-cz-apt31"
    assert {i["actors"][0]["name"] for i in report["incidents"]} == {"APT31", "APT28"}


def test_cli_analyze_text_format_shows_facts_and_evidence(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    result = _run(["analyze", str(path), "--published", "2025-05-28", "--explain"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "summon ambassador" in out and "Czech Republic (CZ)" in out and "China (CN)" in out
    assert "spans" in out and "response cue for summon_ambassador" in out


def test_cli_analyze_bad_inputs_are_named_and_the_batch_completes(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(SEED_TEXT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 hackers".encode("latin-1"))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "' + SEED_TEXT + '", "published": "2025-05-28"}\n'
        "this is not json\n"
        '{"id": "b", "title": "no text here"}\n'
        '{"id": "c", "text": "' + SEED_TEXT + '"}\n',
        encoding="utf-8",
    )
    result = _run(["analyze", str(good), str(empty), str(binary), str(latin), str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1
    ids = [json.loads(l)["document"]["id"] for l in result.stdout.splitlines() if l.startswith("{")]
    assert ids == ["good", "a", "c"]
    err = result.stderr
    for name in ("empty.txt", "binary.txt", "latin.txt", "corpus.jsonl:2", "corpus.jsonl:3"):
        assert name in err, (name, err)
    assert "3 document(s) analysed, 5 failed" in err


def test_cli_analyze_stdin_and_export_formats():
    result = _run(["analyze", "-", "--published", "2025-05-28", "--format", "stix"], input=SEED_TEXT)
    assert result.exit_code == 0, result.output
    bundle = json.loads(result.stdout)
    assert bundle["type"] == "bundle"
    assert any(o["type"] == "campaign" for o in bundle["objects"])
    md = _run(["analyze", "-", "--format", "markdown"], input=SEED_TEXT)
    assert md.exit_code == 0 and "China" in md.stdout
