"""Validate the hand-annotated corpora written for evaluation: tests/data/fresh and tests/data/probes.

The files are data, so these tests check what a consumer relies on: every line
parses, ids are unique and line up between corpus and gold, texts have the
documented length and the published date anchors them, every gold value is in
the report vocabularies (aptrace.vocab, ISO 3166-1 codes via pycountry, party
names), the split into tuned and held-out parts covers every document, and the
shared scorer gives the gold a perfect score against itself.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from aptrace import vocab
from gold_checks import check_incidents, partial_date, read_jsonl

DATA = Path(__file__).parent / "data"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"


@dataclass(frozen=True)
class Written:
    name: str
    id_pattern: str
    min_words: int
    one_actor: bool  # the fresh corpus keeps one actor per incident; the spec's list allows more
    named_attributions: bool  # every attribution names an actor or a state (probes: an indictment of people may name neither)
    max_words: int = 350  # (batches Y and AA of the probes hold long pieces of two to four operations: up to 450)

    @property
    def corpus(self) -> Path:
        return DATA / self.name / f"{self.name}.corpus.jsonl"

    @property
    def gold(self) -> Path:
        return DATA / self.name / f"{self.name}.gold.jsonl"

    @property
    def readme(self) -> Path:
        return DATA / self.name / "README.md"

    @property
    def split(self) -> Path:
        return DATA / self.name / "split.json"


WRITTEN = [Written("fresh", r"^fresh-\d{2}$", 150, True, True), Written("probes", r"^[A-Z]{1,2}-\d{2}$", 100, False, False, 450)]
OTHER_CORPORA = [DATA / "own" / "own.corpus.jsonl", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev.corpus.jsonl"] + [
    w.corpus for w in WRITTEN
]


@pytest.fixture(params=WRITTEN, ids=lambda w: w.name)
def written(request) -> Written:
    return request.param


@pytest.fixture
def corpus(written) -> list[dict]:
    return read_jsonl(written.corpus)


@pytest.fixture
def gold(written) -> list[dict]:
    return read_jsonl(written.gold)


def test_data_written_corpus_lines_parse_with_unique_ids_and_dates(written, corpus):
    ids = [d["id"] for d in corpus]
    assert len(ids) == len(set(ids))
    assert len(ids) >= 10
    for d in corpus:
        assert re.match(written.id_pattern, d["id"]), d["id"]
        assert set(d) == {"id", "published", "title", "url", "text"}, d["id"]
        dt.date.fromisoformat(d["published"])
        assert d["url"] is None
        assert d["title"].strip(), d["id"]
        words = len(d["text"].split())
        assert written.min_words <= words <= written.max_words, f"{d['id']}: {words} words"


def test_data_written_ids_do_not_collide_with_other_corpora(written, corpus):
    ours = {d["id"] for d in corpus}
    for path in OTHER_CORPORA:
        if path.exists() and path != written.corpus:
            theirs = {d["id"] for d in read_jsonl(path)}
            assert not ours & theirs, path


def test_data_written_gold_ids_equal_corpus_ids(corpus, gold):
    assert [g["id"] for g in gold] == [d["id"] for d in corpus]
    for g in gold:
        assert set(g) == {"id", "incidents"}, g["id"]


def test_data_written_gold_values_are_in_the_vocabularies(written, gold):
    for g in gold:
        check_incidents(g["id"], g["incidents"], one_actor=written.one_actor, named_attributions=written.named_attributions)


def test_data_written_gold_dates_are_not_after_publication(corpus, gold):
    published = {d["id"]: dt.date.fromisoformat(d["published"]) for d in corpus}
    for g in gold:
        for k, inc in enumerate(g["incidents"]):
            dates = [inc["period"]["start"], inc["period"]["end"]] + [r["date"] for r in inc["responses"]]
            for value in dates:
                day = partial_date(value)
                assert day is None or day <= published[g["id"]], f"{g['id']}#{k}: {value}"


def test_data_written_readme_lists_every_document(written, corpus):
    table = written.readme.read_text(encoding="utf-8")
    for d in corpus:
        assert f"| {d['id']} |" in table, d["id"]


def test_data_written_split_covers_every_document_once(written, corpus):
    split = json.loads(written.split.read_text(encoding="utf-8"))
    held, tuned = split["holdout"], split["tune"]
    assert held and tuned and not set(held) & set(tuned)
    assert sorted(held + tuned) == sorted(d["id"] for d in corpus)


def test_data_written_scorer_gives_gold_a_perfect_self_score(written):
    if not SCORER.exists():
        pytest.skip(f"shared scorer not found at {SCORER}")
    out = subprocess.run(
        [sys.executable, str(SCORER), str(written.corpus), str(written.gold), str(written.gold), "--json"],
        capture_output=True, text=True, check=True,
    )
    result = json.loads(out.stdout)
    assert result["missing_reports"] == []
    assert result["micro"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert sum(k["gold"] for k in result["kinds"].values()) > 0
