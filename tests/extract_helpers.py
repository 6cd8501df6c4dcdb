"""Shared helpers for extraction tests: corpora, the project's scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from aptrace.extract import analyze_text

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
OWN = ROOT / "tests" / "data" / "own"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(corpus: Path, gold: Path, reports: list[dict], tmp_path: Path) -> dict:
    """Run ``shared/tools/score.py`` on reports and return its JSON result."""
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(corpus), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


# The invented texts of the convention and gap tests (tests/test_extract_conventions_*.py, test_extract_gaps_*.py)
# are all read as published on this day.
PUBLISHED = "2024-05-01"


def report_of(text: str):
    return analyze_text(text, published=PUBLISHED)


def incidents_of(text: str):
    return report_of(text).incidents


def attributions_of(text: str) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(a.by, a.actor, a.state, a.confidence) for inc in report_of(text).incidents for a in inc.attributions}


def responses_of(text: str) -> set[tuple]:
    return {(r.type, r.by, r.against) for inc in report_of(text).incidents for r in inc.responses}


def denials_of(text: str) -> set[str]:
    return {d.by for inc in report_of(text).incidents for d in inc.denials}


def victims_of(text: str) -> list:
    return [v for inc in report_of(text).incidents for v in inc.victims]


def incident_facts(text: str) -> list[dict]:
    """Each incident of ``text`` as plain sets and values: actors, sponsor states, victims, activity, start, attributions."""
    return [
        {
            "actors": {a.name for a in inc.actors},
            "states": {s.state for s in inc.sponsors},
            "victims": {(v.country, v.sector) for v in inc.victims},
            "activity": inc.activity,
            "start": inc.period.start if inc.period else None,
            "attributions": {(a.by, a.actor, a.state) for a in inc.attributions},
        }
        for inc in report_of(text).incidents
    ]


def only_incident(text: str) -> dict:
    """The one incident of ``text`` (see incident_facts); fails when there is not exactly one."""
    incs = incident_facts(text)
    assert len(incs) == 1, incs
    return incs[0]
