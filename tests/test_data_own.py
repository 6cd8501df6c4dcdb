"""Validate the hand-annotated own corpus in tests/data/own and the dev/holdout split.

The files are data, so these tests check what a consumer relies on: every line
parses, ids line up between corpus, gold and events.json, every gold value is
in the report vocabularies, the scorer gives the gold a perfect score against
itself, and the split is the documented fixed-seed third.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from aptrace import vocab
from gold_checks import INCIDENT_KEYS, is_party, is_state, partial_date, read_jsonl

DATA = Path(__file__).parent / "data"
OWN = DATA / "own"
CORPUS = OWN / "own.corpus.jsonl"
GOLD = OWN / "own.gold.jsonl"
EVENTS = OWN / "events.json"
SPLITS = DATA / "splits.json"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score.py"
DEV_CORPUS = SHARED / "corpus" / "dev.corpus.jsonl"







@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return read_jsonl(CORPUS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_jsonl(GOLD)


def test_data_own_corpus_lines_parse_with_unique_ids_and_dates(corpus):
    ids = [d["id"] for d in corpus]
    assert len(ids) >= 36
    assert len(ids) == len(set(ids))
    for d in corpus:
        assert set(d) == {"id", "published", "title", "url", "text"}, d["id"]
        dt.date.fromisoformat(d["published"])
        assert d["url"] is None
        words = len(d["text"].split())
        assert 150 <= words <= 350, f"{d['id']}: {words} words"


def test_data_own_gold_ids_equal_corpus_ids(corpus, gold):
    assert [g["id"] for g in gold] == [d["id"] for d in corpus]


def test_data_own_gold_values_are_in_the_vocabularies(gold):
    for g in gold:
        for k, inc in enumerate(g["incidents"]):
            where = f"{g['id']}#{k}"
            assert set(inc) == INCIDENT_KEYS, where
            assert inc["actors"] or inc["sponsors"], f"{where}: neither actor nor sponsor"
            for a in inc["actors"]:
                assert a["name"].strip(), where
            for s in inc["sponsors"]:
                assert is_state(s["state"]), f"{where}: sponsor {s}"
            for v in inc["victims"]:
                assert v["country"] is None or is_state(v["country"]), f"{where}: {v}"
                assert v["sector"] is None or v["sector"] in vocab.SECTORS, f"{where}: {v}"
            assert inc["activity"] in vocab.ACTIVITIES, where
            partial_date(inc["period"]["start"]), partial_date(inc["period"]["end"])  # each fails on a malformed date
            for a in inc["attributions"]:
                assert is_party(a["by"]), f"{where}: {a}"
                assert a["actor"] or a["state"], f"{where}: empty attribution"
                assert a["state"] is None or is_state(a["state"]), f"{where}: {a}"
                assert a["confidence"] is None or a["confidence"] in vocab.CONFIDENCES, f"{where}: {a}"
            for r in inc["responses"]:
                assert r["type"] in vocab.RESPONSE_TYPES, f"{where}: {r}"
                assert is_party(r["by"]), f"{where}: {r}"
                assert r["against"] is None or is_party(r["against"]), f"{where}: {r}"
                partial_date(r["date"])
            for d in inc["denials"]:
                assert is_party(d["by"]), f"{where}: {d}"


def test_data_own_events_cover_every_gold_incident_exactly_once(gold):
    events = json.loads(EVENTS.read_text(encoding="utf-8"))["events"]
    listed = [tuple(ref) for refs in events.values() for ref in refs]
    expected = [(g["id"], k) for g in gold for k in range(len(g["incidents"]))]
    assert len(listed) == len(set(listed)), "an incident is listed twice"
    assert sorted(listed) == sorted(expected)


def test_data_own_events_give_the_merge_benchmark_multi_report_events():
    events = json.loads(EVENTS.read_text(encoding="utf-8"))["events"]
    multi = [e for e, refs in events.items() if 2 <= len({doc for doc, _ in refs}) <= 4]
    assert len(multi) >= 10, multi


def test_data_own_scorer_gives_gold_a_perfect_self_score():
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER}")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), str(GOLD), str(GOLD), "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(out.stdout)
    assert result["missing_reports"] == []
    assert result["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}


def test_data_own_split_is_the_fixed_seed_third_of_dev_and_own(corpus):
    if not DEV_CORPUS.exists():
        pytest.skip(f"shared dev corpus not found at {DEV_CORPUS}")
    splits = json.loads(SPLITS.read_text(encoding="utf-8"))
    dev_ids = [d["id"] for d in read_jsonl(DEV_CORPUS)]
    all_ids = sorted(dev_ids + [d["id"] for d in corpus])
    hold, tune = splits["holdout"], splits["tune"]
    assert not set(hold) & set(tune)
    assert sorted(hold + tune) == all_ids
    own_ids = sorted(d["id"] for d in corpus)
    rng = random.Random
    expected = sorted(
        rng(splits["seed"]).sample(sorted(dev_ids), len(dev_ids) // 3 + 1)
        + rng(splits["seed"]).sample(own_ids, len(own_ids) // 3)
    )
    assert hold == expected
    assert abs(len(hold) - len(all_ids) / 3) <= 2
