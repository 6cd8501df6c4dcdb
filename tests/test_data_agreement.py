"""Validate the second, blind annotation of held-out documents (tests/data/agreement).

``benchmarks/bench_agreement.py`` scores it against the gold as the ceiling an
extractor can be held to; these tests check what that relies on: every line
parses, each id is a held-out document of one of the corpora, once, and every
value is in the report vocabularies.
"""

from __future__ import annotations

import json
from pathlib import Path

from gold_checks import check_incidents, read_jsonl

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]
SPLITS = [DATA / "splits.json", DATA / "fresh" / "split.json", DATA / "probes" / "split.json"]


def _held_out() -> set[str]:
    held: set[str] = set()
    for path in SPLITS:
        held |= set(json.loads(path.read_text(encoding="utf-8"))["holdout"])
    return held


def test_data_agreement_ids_are_held_out_documents_once():
    rows = read_jsonl(DATA / "agreement" / "agreement.gold.jsonl")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 30
    assert set(ids) <= _held_out(), sorted(set(ids) - _held_out())


def test_data_agreement_values_are_in_the_vocabularies():
    for r in read_jsonl(DATA / "agreement" / "agreement.gold.jsonl"):
        assert set(r) == {"id", "incidents"}, r["id"]
        check_incidents(r["id"], r["incidents"], one_actor=False, named_attributions=False)
