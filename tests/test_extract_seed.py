"""The founding example: the seed article yields exactly its gold facts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aptrace.cli.analyze import example_path
from aptrace.extract import analyze_document
from aptrace.report import InputDocument

from extract_helpers import SCORER, SHARED, score


@pytest.fixture(scope="module")
def seed_report():
    line = Path(example_path()).read_text(encoding="utf-8").splitlines()[0]
    doc = InputDocument(**{k: v for k, v in json.loads(line).items() if k in ("id", "text", "published", "title", "url")})
    return doc, analyze_document(doc)


def _by_actor(report):
    return {inc.actors[0].name: inc for inc in report.incidents if inc.actors}


def test_extract_seed_has_both_incidents(seed_report):
    _, report = seed_report
    incidents = _by_actor(report)
    assert set(incidents) == {"APT31", "APT28"}
    apt31, apt28 = incidents["APT31"], incidents["APT28"]
    assert {(s.state, s.agency) for s in apt31.sponsors} == {("CN", "MSS")}
    assert {(s.state, s.agency) for s in apt28.sponsors} == {("RU", "GRU")}
    assert "Fancy Bear" in apt28.actors[0].aliases
    assert apt31.actors[0].kb and apt31.actors[0].kb["attack_id"] == "G0128"
    assert {(v.country, v.sector) for v in apt31.victims} == {("CZ", "government")}
    assert {v.country for v in apt28.victims} == {"CZ", "DE", "PL"}
    assert apt31.activity == "espionage" and apt31.period.start == "2022"
    assert {(a.by, a.actor, a.state) for a in apt31.attributions} == {("CZ", "APT31", "CN"), ("EU", None, "CN"), ("NATO", None, "CN")}
    assert {(r.type, r.by, r.against) for r in apt31.responses} == {
        ("summon_ambassador", "CZ", "CN"), ("condemnation", "CZ", "CN"), ("condemnation", "EU", "CN"), ("condemnation", "NATO", "CN"),
    }
    assert {(r.type, r.by, r.against, r.date) for r in apt28.responses} == {("summon_ambassador", "CZ", "RU", "2024-05")}
    assert [d.by for d in apt31.denials] == ["CN"] and not apt28.denials


def test_extract_seed_every_span_slices_the_text(seed_report):
    doc, report = seed_report
    data = report.to_dict()
    spans = []

    def walk(o):
        if isinstance(o, dict):
            for s in o.get("evidence") or []:
                spans.append(s)
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(data["incidents"])
    assert len(spans) > 20
    assert all(doc.text[s["start"] : s["end"]] == s["text"] and s["end"] > s["start"] for s in spans)


@pytest.mark.skipif(not SCORER.exists(), reason="shared/tools/score.py is not beside the repository")
def test_extract_seed_scores_one_with_the_project_scorer(seed_report, tmp_path):
    _, report = seed_report
    result = score(SHARED / "corpus" / "seed.jsonl", SHARED / "corpus" / "seed.gold.jsonl", [report.to_dict()], tmp_path)
    assert result["micro"]["f1"] == 1.0
    assert result["evidence_exact"] == 1.0
