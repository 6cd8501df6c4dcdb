"""Durability on both engines: concurrent ingesting processes, and a process killed mid-batch."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from aptrace.store import open_store
from aptrace.store.tables import Document, IncidentReport, IncidentRow

from test_store_goldreports import CORPUS, load_corpus, load_gold

TESTS = Path(__file__).resolve().parent

WORKER = r"""
import sys
sys.path.insert(0, {tests!r})
from aptrace.report import InputDocument
from aptrace.store import open_store, ingest
from test_store_goldreports import CORPUS, GoldAnalyzer, load_corpus, load_gold

url, order, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
gold = load_gold(CORPUS / "dev.gold.jsonl")
docs = []
for k in range(copies):
    for d in load_corpus(CORPUS / "dev.corpus.jsonl").values():
        if k:
            d = InputDocument(id=f"{{d.id}}-copy{{k}}", text=d.text + f" (copy {{k}})", published=d.published)
            gold[d.id] = gold[d.id.rsplit("-copy", 1)[0]]
        docs.append(d)
if order == "reverse":
    docs.reverse()


class Analyzer(GoldAnalyzer):
    def __init__(self):
        self.gold = gold
        self.delay = 0.0


store = open_store(url)
summary = ingest(docs, store, analyze=Analyzer())
print(summary.added, summary.unchanged, summary.replaced, len(summary.failed))
"""


def _worker(tmp_path: Path) -> Path:
    script = tmp_path / "worker.py"
    script.write_text(WORKER.format(tests=str(TESTS)), encoding="utf-8")
    return script


def _spawn(script: Path, url: str, order: str, copies: int) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != "APTRACE_DB"}
    return subprocess.Popen(
        [sys.executable, str(script), url, order, str(copies)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _partition(store) -> set[frozenset[tuple[str, int]]]:  # type: ignore[no-untyped-def]
    groups: dict[int, set[tuple[str, int]]] = {}
    for inc in store.incidents():
        groups[inc.id] = {(s.document, s.position) for s in inc.sources}
    return {frozenset(g) for g in groups.values()}


def _expected_incident_reports(copies: int) -> int:
    gold = load_gold(CORPUS / "dev.gold.jsonl")
    return copies * sum(len(r["incidents"]) for r in gold.values())


def _assert_consistent(store, *, sqlite: bool) -> None:  # type: ignore[no-untyped-def]
    gold = load_gold(CORPUS / "dev.gold.jsonl")
    with store.engine.connect() as conn:
        if sqlite:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
        per_doc = dict(
            conn.execute(
                select(Document.doc_key, func.count(IncidentReport.id))
                .outerjoin(IncidentReport, IncidentReport.document_id == Document.id)
                .group_by(Document.doc_key)
            ).all()
        )
        # every stored document is whole: all of its incidents, no more
        for doc_key, n in per_doc.items():
            assert n == len(gold[doc_key.rsplit("-copy", 1)[0]]["incidents"]), doc_key
        # every incident-report belongs to an incident, every incident has a report
        assert conn.execute(
            select(func.count()).select_from(IncidentReport).where(IncidentReport.incident_id.is_(None))
        ).scalar_one() == 0
        assert conn.execute(
            select(func.count())
            .select_from(IncidentRow)
            .where(~IncidentRow.id.in_(select(IncidentReport.incident_id).where(IncidentReport.incident_id.isnot(None))))
        ).scalar_one() == 0


def test_store_durability_two_processes_ingest_at_once(store_url: str, tmp_path: Path) -> None:
    copies = 2
    script = _worker(tmp_path)
    # the database is not even migrated: both workers race on the migration too
    procs = [_spawn(script, store_url, "forward", copies), _spawn(script, store_url, "reverse", copies)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    added = [int(out.split()[0]) for out, _ in outs]
    unchanged = [int(out.split()[1]) for out, _ in outs]
    assert sum(added) == 32 * copies  # each document stored by exactly one of them
    assert [a + u for a, u in zip(added, unchanged)] == [32 * copies, 32 * copies]

    with open_store(store_url) as store:
        counts = store.counts()
        assert counts.documents == 32 * copies
        assert counts.incident_reports == _expected_incident_reports(copies)
        _assert_consistent(store, sqlite=store_url.startswith("sqlite"))
        together = _partition(store)

    # the same corpus ingested by one process gives the same incidents
    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    p = _spawn(script, single_url, "forward", copies)
    out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    with open_store(single_url) as alone:
        assert alone.counts() == counts
        assert _partition(alone) == together


def test_store_durability_killed_process_leaves_whole_documents_and_rerun_completes(
    store_url: str, tmp_path: Path
) -> None:
    copies = 5
    script = _worker(tmp_path)
    rng = random.Random(7)
    with open_store(store_url) as store:
        killed_at = []
        for _round in range(2):
            p = _spawn(script, store_url, "forward", copies)
            deadline = time.monotonic() + 120
            # wait until it has committed something, then kill it at a random moment
            while store.counts().documents <= sum(killed_at) and time.monotonic() < deadline:
                if p.poll() is not None:
                    break
                time.sleep(0.02)
            time.sleep(rng.uniform(0.05, 0.4))
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
            p.communicate(timeout=60)
            n = store.counts().documents
            killed_at.append(n - sum(killed_at))
            _assert_consistent(store, sqlite=store_url.startswith("sqlite"))
        partial = store.counts().documents
        assert 0 < partial < 32 * copies, "the worker should have been killed mid-batch"

        p = _spawn(script, store_url, "forward", copies)
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        added, unchanged = int(out.split()[0]), int(out.split()[1])
        assert unchanged == partial and added == 32 * copies - partial
        counts = store.counts()
        assert counts.documents == 32 * copies
        assert counts.incident_reports == _expected_incident_reports(copies)
        _assert_consistent(store, sqlite=store_url.startswith("sqlite"))
        resumed = _partition(store)

    single_url = f"sqlite:///{tmp_path / 'single.db'}"
    p = _spawn(script, single_url, "forward", copies)
    _out, err = p.communicate(timeout=300)
    assert p.returncode == 0, err
    with open_store(single_url) as alone:
        assert alone.counts() == counts
        assert _partition(alone) == resumed
