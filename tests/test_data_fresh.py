"""Validate the second hand-annotated corpus in tests/data/fresh (fresh evaluation data).

The files are data, so these tests check what a consumer relies on: every line
parses, ids are unique and line up between corpus and gold, texts have the
documented length and the published date anchors them, every gold value is in
the report vocabularies (aptrace.vocab, ISO 3166-1 codes via pycountry, party
names), and the shared scorer gives the gold a perfect score against itself.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from aptrace import vocab
from gold_checks import INCIDENT_KEYS, is_party, is_state, partial_date, read_jsonl

FRESH = Path(__file__).parent / "data" / "fresh"
CORPUS = FRESH / "fresh.corpus.jsonl"
GOLD = FRESH / "fresh.gold.jsonl"
README = FRESH / "README.md"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
OTHER_CORPORA = [
    Path(__file__).parent / "data" / "own" / "own.corpus.jsonl",
    Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.corpus.jsonl",
]

ID_PATTERN = re.compile(r"^fresh-\d{2}$")






@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return read_jsonl(CORPUS)


@pytest.fixture(scope="module")
def gold() -> list[dict]:
    return read_jsonl(GOLD)


def test_data_fresh_corpus_lines_parse_with_unique_ids_and_dates(corpus):
    ids = [d["id"] for d in corpus]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 10
    for d in corpus:
        assert ID_PATTERN.match(d["id"]), d["id"]
        assert set(d) == {"id", "published", "title", "url", "text"}, d["id"]
        dt.date.fromisoformat(d["published"])
        assert d["url"] is None
        assert d["title"].strip(), d["id"]
        words = len(d["text"].split())
        assert 150 <= words <= 350, f"{d['id']}: {words} words"


def test_data_fresh_ids_do_not_collide_with_other_corpora(corpus):
    ours = {d["id"] for d in corpus}
    for path in OTHER_CORPORA:
        if path.exists():
            theirs = {d["id"] for d in read_jsonl(path)}
            assert not ours & theirs, path


def test_data_fresh_gold_ids_equal_corpus_ids(corpus, gold):
    assert [g["id"] for g in gold] == [d["id"] for d in corpus]
    for g in gold:
        assert set(g) == {"id", "incidents"}, g["id"]


def test_data_fresh_gold_values_are_in_the_vocabularies(gold):
    for g in gold:
        for k, inc in enumerate(g["incidents"]):
            where = f"{g['id']}#{k}"
            assert set(inc) == INCIDENT_KEYS, where
            assert inc["actors"] or inc["sponsors"], f"{where}: neither actor nor sponsor"
            assert len(inc["actors"]) <= 1, f"{where}: one actor per incident"
            for a in inc["actors"]:
                assert set(a) == {"name"} and a["name"].strip() == a["name"] and a["name"], where
            for s in inc["sponsors"]:
                assert set(s) == {"state", "agency"}, where
                assert is_state(s["state"]), f"{where}: sponsor {s}"
            for v in inc["victims"]:
                assert set(v) == {"name", "country", "sector"}, where
                assert v["name"].strip(), where
                assert v["country"] is None or is_state(v["country"]), f"{where}: {v}"
                assert v["sector"] is None or v["sector"] in vocab.SECTORS, f"{where}: {v}"
            assert inc["activity"] in vocab.ACTIVITIES, where
            assert set(inc["period"]) == {"start", "end"}, where
            start, end = partial_date(inc["period"]["start"]), partial_date(inc["period"]["end"])
            assert start is None or end is None or start <= end, where
            for a in inc["attributions"]:
                assert set(a) == {"by", "actor", "state", "confidence"}, where
                assert is_party(a["by"]), f"{where}: {a}"
                assert a["actor"] or a["state"], f"{where}: empty attribution"
                assert a["state"] is None or is_state(a["state"]), f"{where}: {a}"
                assert a["confidence"] is None or a["confidence"] in vocab.CONFIDENCES, f"{where}: {a}"
            for r in inc["responses"]:
                assert set(r) == {"type", "by", "against", "date"}, where
                assert r["type"] in vocab.RESPONSE_TYPES, f"{where}: {r}"
                assert is_party(r["by"]), f"{where}: {r}"
                assert r["against"] is None or is_party(r["against"]), f"{where}: {r}"
                partial_date(r["date"])
            for d in inc["denials"]:
                assert set(d) == {"by"} and is_party(d["by"]), f"{where}: {d}"


def test_data_fresh_gold_dates_are_not_after_publication(corpus, gold):
    published = {d["id"]: dt.date.fromisoformat(d["published"]) for d in corpus}
    for g in gold:
        for k, inc in enumerate(g["incidents"]):
            dates = [inc["period"]["start"], inc["period"]["end"]] + [r["date"] for r in inc["responses"]]
            for value in dates:
                day = partial_date(value)
                assert day is None or day <= published[g["id"]], f"{g['id']}#{k}: {value}"


def test_data_fresh_readme_lists_every_document(corpus):
    table = README.read_text(encoding="utf-8")
    for d in corpus:
        assert f"| {d['id']} |" in table, d["id"]


def test_data_fresh_scorer_gives_gold_a_perfect_self_score():
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER}")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), str(GOLD), str(GOLD), "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(out.stdout)
    assert result["missing_reports"] == []
    assert result["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert sum(k["gold"] for k in result["kinds"].values()) > 0
