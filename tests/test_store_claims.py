"""Documents and their claims: stored once, replaced by a corrected version, never merged away."""

from __future__ import annotations

import copy

import pytest

from aptrace.errors import StoreError
from aptrace.report import InputDocument
from aptrace.store import ingest

from test_store_goldreports import CORPUS, GoldAnalyzer, gold_pairs, gold_report, load_corpus, load_gold

DEV_CORPUS = CORPUS / "dev.corpus.jsonl"
DEV_GOLD = CORPUS / "dev.gold.jsonl"


def _load_dev(store) -> list:  # type: ignore[no-untyped-def]
    pairs = list(gold_pairs(DEV_CORPUS, DEV_GOLD))
    for doc, report in pairs:
        store.add_report(report, doc)
    return pairs


def test_store_claims_reingesting_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    pairs = _load_dev(store)
    before = store.counts()
    assert before.documents == 32
    assert before.incident_reports == sum(len(r.incidents) for _, r in pairs)
    assert before.attributions == sum(len(i.attributions) for _, r in pairs for i in r.incidents)
    assert before.responses == sum(len(i.responses) for _, r in pairs for i in r.incidents)
    assert before.denials == sum(len(i.denials) for _, r in pairs for i in r.incidents)
    partition = {frozenset(inc.documents) for inc in store.incidents()}
    for doc, report in pairs:
        assert store.add_report(report, doc).status == "unchanged"
    summary = ingest([d for d, _ in pairs], store, analyze=GoldAnalyzer(DEV_GOLD))
    assert (summary.added, summary.unchanged, summary.replaced) == (0, 32, 0)
    assert store.counts() == before
    assert {frozenset(inc.documents) for inc in store.incidents()} == partition


def test_store_claims_corrected_version_replaces_claims(store) -> None:  # type: ignore[no-untyped-def]
    _load_dev(store)
    before = store.counts()
    docs, gold = load_corpus(DEV_CORPUS), load_gold(DEV_GOLD)
    fixed_doc = InputDocument(
        id="dev-18", text=docs["dev-18"].text + " Correction: the EU also condemned the attack.",
        published=docs["dev-18"].published, title=docs["dev-18"].title,
    )
    rec = copy.deepcopy(gold["dev-18"])
    rec["incidents"][0]["responses"].append({"type": "condemnation", "by": "EU", "against": "RU", "date": "2020-10-13"})
    result = store.add_report(gold_report(rec, fixed_doc), fixed_doc)
    assert result.status == "replaced"
    after = store.counts()
    assert after.documents == before.documents
    assert after.incident_reports == before.incident_reports
    assert after.responses == before.responses + 1
    (inc,) = store.incidents(actor="Fancy Bear", victim="NO")
    assert inc.documents == ["dev-18", "dev-21", "dev-22", "dev-29"]
    dev18 = [(r.party, r.type) for r in inc.responses if r.document == "dev-18"]
    assert sorted(dev18) == [("EU", "condemnation"), ("NATO", "condemnation"), ("NO", "condemnation")]
    (report,) = store.reports(documents=["dev-18"])
    assert report.document.sha256 == fixed_doc.sha256
    # the old version again is a new version too: claims go back, nothing doubles
    old = docs["dev-18"]
    assert store.add_report(gold_report(gold["dev-18"], old), old).status == "replaced"
    assert store.counts() == before


def test_store_claims_conflicting_attributions_coexist(store) -> None:  # type: ignore[no-untyped-def]
    _load_dev(store)
    docs = load_corpus(DEV_CORPUS)
    text = "Microsoft says the Storting intrusion in August 2020 was the work of Fancy Bear, a Chinese unit."
    doc = InputDocument(id="ms-storting", text=text, published="2020-12-10")
    rec = {
        "id": "ms-storting",
        "incidents": [{
            "actors": [{"name": "Fancy Bear"}], "sponsors": [{"state": "CN", "agency": None}],
            "victims": [{"name": "Storting", "country": "NO", "sector": "legislature"}],
            "activity": "espionage", "period": {"start": "2020-08", "end": None},
            "attributions": [{"by": "Microsoft", "actor": "Fancy Bear", "state": "CN", "confidence": "low"}],
            "responses": [], "denials": [],
        }],
    }
    store.add_report(gold_report(rec, doc), doc)
    (inc,) = store.incidents(actor="Fancy Bear", victim="NO")
    assert "ms-storting" in inc.documents and len(inc.documents) == 5
    claims = {(a.party, a.state, a.document) for a in inc.attributions}
    assert ("Microsoft", "CN", "ms-storting") in claims
    assert ("NO", "RU", "dev-18") in claims and ("NATO", "RU", "dev-18") in claims
    assert set(inc.states) == {"RU", "CN"}
    # found under either state; the 2021 Storting incident (CN) stays its own
    assert inc.id in {i.id for i in store.incidents(state="CN")} & {i.id for i in store.incidents(state="RU")}
    assert len(store.incidents(state="CN", victim="NO", since="2021-07")) == 2
    assert docs["dev-19"].id == "dev-19"


def test_store_claims_reports_round_trip_exactly(store) -> None:  # type: ignore[no-untyped-def]
    pairs = _load_dev(store)
    rebuilt = {r.document.id: r for r in store.reports()}
    assert len(rebuilt) == 32
    for _doc, report in pairs:
        assert rebuilt[report.document.id].to_dict() == report.to_dict()


def test_store_claims_reports_per_incident_hold_one_incident(store) -> None:  # type: ignore[no-untyped-def]
    _load_dev(store)
    (inc,) = store.incidents(actor="Sandworm", victim="GE")
    parts = list(store.reports(incidents=[inc.id], per="incident"))
    assert [r.document.id for r in parts] == ["dev-15", "dev-22"]
    assert all(len(r.incidents) == 1 for r in parts)
    dev22 = parts[1].incidents[0]
    assert dev22.victims[0].country == "GE"
    by_actor = list(store.reports(actor="REvil"))
    assert sorted(r.document.id for r in by_actor) == ["dev-11", "dev-27"]
    with pytest.raises(StoreError, match="per must be"):
        list(store.reports(per="actor"))


def test_store_claims_report_text_must_match_document(store) -> None:  # type: ignore[no-untyped-def]
    doc, report = next(iter(gold_pairs(DEV_CORPUS, DEV_GOLD)))
    other = InputDocument(id=doc.id, text=doc.text + " changed")
    with pytest.raises(StoreError, match="sha256") as exc:
        store.add_report(report, other)
    assert exc.value.source == doc.id
    assert store.counts().documents == 0


def test_store_claims_ingest_records_failures_and_goes_on(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "mixed.jsonl"
    lines = DEV_CORPUS.read_text(encoding="utf-8").splitlines()[:3]
    corpus.write_text("\n".join([lines[0], "{not json", lines[1], lines[2]]) + "\n", encoding="utf-8")
    summary = ingest([str(corpus)], store, analyze=GoldAnalyzer(DEV_GOLD))
    assert summary.added == 3
    assert len(summary.failed) == 1 and "mixed.jsonl:2" in summary.failed[0]["source"]
    assert store.counts().documents == 3
