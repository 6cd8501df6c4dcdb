"""Extraction quality on every annotated corpus, tuned and held-out parts apart.

Usage::

    .venv/bin/python benchmarks/bench_quality.py [--by-doc]

Runs ``aptrace.extract.analyze_document`` on the shared development corpus,
the project's own annotated articles (``tests/data/own``), the fresh corpus
(``tests/data/fresh``) and the probe corpus (``tests/data/probes``), then
scores each part with the project's scorer (``shared/tools/score.py``, beside the repository):

* ``tests/data/splits.json`` holds out a fixed third of the development and
  own documents, drawn before tuning;
* ``tests/data/fresh/split.json`` holds out half of the fresh corpus;
* ``tests/data/probes/split.json`` holds out the batches of the probe corpus
  written as test sets (its ``method`` names them; the others were diagnosed
  for patterns).

Rules are tuned only on the ``tune`` parts; the gap between the two says
whether they generalise. Prints the scorer's per-kind table for each part.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
CORPORA = {
    "dev": (SHARED / "corpus" / "dev.corpus.jsonl", SHARED / "corpus" / "dev.gold.jsonl", ROOT / "tests" / "data" / "splits.json"),
    "own": (ROOT / "tests" / "data" / "own" / "own.corpus.jsonl", ROOT / "tests" / "data" / "own" / "own.gold.jsonl",
            ROOT / "tests" / "data" / "splits.json"),
    "fresh": (ROOT / "tests" / "data" / "fresh" / "fresh.corpus.jsonl", ROOT / "tests" / "data" / "fresh" / "fresh.gold.jsonl",
              ROOT / "tests" / "data" / "fresh" / "split.json"),
    "probes": (ROOT / "tests" / "data" / "probes" / "probes.corpus.jsonl", ROOT / "tests" / "data" / "probes" / "probes.gold.jsonl",
               ROOT / "tests" / "data" / "probes" / "split.json"),
}


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def print_score(title: str, corpus: Path, gold: Path, pred: Path, *, by_doc: bool = False) -> None:
    """Run the scorer on one part and print its table under ``== title``."""
    cmd = [sys.executable, str(SCORER), str(corpus), str(gold), str(pred)] + (["--by-doc"] if by_doc else [])
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    print(f"== {title}")
    print(out.rstrip())
    print()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--by-doc", action="store_true", help="also print the scorer's per-document lines")
    args = ap.parse_args()
    if not SCORER.exists():
        raise SystemExit(f"the scorer is not at {SCORER}")
    from aptrace.extract import analyze_document
    from aptrace.report import InputDocument

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        parts: dict[str, tuple[list[str], list[str]]] = {}
        reports: list[str] = []
        for name, (corpus, gold, split_path) in CORPORA.items():
            if not corpus.exists():
                print(f"{name}: {corpus} not found, skipped")
                continue
            split = json.loads(split_path.read_text(encoding="utf-8"))
            held = set(split["holdout"])
            docs, golds = _lines(corpus), {json.loads(g)["id"]: g for g in _lines(gold)}
            for line in docs:
                d = json.loads(line)
                doc = InputDocument(id=d["id"], text=d["text"], published=d.get("published"), title=d.get("title"), url=d.get("url"))
                reports.append(analyze_document(doc).to_json())
                part = "holdout" if d["id"] in held else "tune"
                for key in (f"{name} {part}", f"all {part}", f"{name} all"):
                    c, g = parts.setdefault(key, ([], []))
                    c.append(line)
                    g.append(golds[d["id"]])
        pred = tmpdir / "reports.jsonl"
        pred.write_text("\n".join(reports) + "\n", encoding="utf-8")
        for key in sorted(parts, key=lambda k: (k.split()[0] != "all", k)):
            c, g = parts[key]
            cp, gp = tmpdir / "c.jsonl", tmpdir / "g.jsonl"
            cp.write_text("\n".join(c) + "\n", encoding="utf-8")
            gp.write_text("\n".join(g) + "\n", encoding="utf-8")
            print_score(f"{key} ({len(c)} documents)", cp, gp, pred, by_doc=args.by_doc)


if __name__ == "__main__":
    main()
