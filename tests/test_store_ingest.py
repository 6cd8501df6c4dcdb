"""``aptrace ingest``: the real reader and extractor into the store, on both engines."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from aptrace.cli import app
from aptrace.store import ingest, ingest_reports, open_store

from test_store_goldreports import CORPUS


def _invoke(*args: str) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_store_ingest_cli_analyses_and_skips_what_is_stored(store_url: str, tmp_path: Path) -> None:
    corpus = tmp_path / "few.jsonl"
    corpus.write_text(
        "".join(CORPUS.joinpath("dev.corpus.jsonl").read_text(encoding="utf-8").splitlines(True)[:4]), encoding="utf-8"
    )
    first = _invoke("ingest", str(corpus), "--db", store_url)
    assert (first["added"], first["unchanged"], first["failed"]) == (4, 0, [])
    with open_store(store_url) as store:
        counts = store.counts()
        assert counts.documents == 4 and counts.incident_reports >= 4
        (report,) = store.reports(documents=["dev-01"])
        text = json.loads(corpus.read_text(encoding="utf-8").splitlines()[0])["text"]
        for inc in report.incidents:
            for actor in inc.actors:
                assert all(text[s.start : s.end] == s.text for s in actor.evidence)
    again = _invoke("ingest", str(corpus), str(tmp_path / "missing.txt"), "--db", store_url)
    assert (again["added"], again["unchanged"]) == (0, 4)
    assert len(again["failed"]) == 1 and "missing.txt" in again["failed"][0]["source"]
    with open_store(store_url) as store:
        assert store.counts() == counts


def test_store_ingest_reports_file_with_a_bad_line(tmp_path: Path) -> None:
    from test_store_goldreports import gold_pairs

    pairs = list(gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"))[:3]
    path = tmp_path / "r.jsonl"
    path.write_text(pairs[0][1].to_json() + "\n{\"schema\": 1}\n" + pairs[1][1].to_json() + "\n", encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 's.db'}") as store:
        summary = ingest_reports([path, tmp_path / "nope.jsonl"], store)
        assert summary.added == 2
        assert [f["source"] for f in summary.failed] == [f"{path}:2", str(tmp_path / "nope.jsonl")]
        assert "not a report" in summary.failed[0]["reason"]
        # InputDocuments and an injected analyzer work without any file
        seen = []
        result = ingest([pairs[2][0]], store, analyze=lambda d: pairs[2][1], on_result=seen.append)
        assert result.added == 1 and seen[0].document == pairs[2][0].id
