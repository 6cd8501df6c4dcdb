"""Shared helpers for extraction tests: corpora, the project's scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
