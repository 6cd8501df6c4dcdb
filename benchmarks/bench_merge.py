"""Pairwise merge precision and recall of the incident store.

Ingests a corpus into a fresh store, then counts, over every pair of
incident-reports that the events file labels, whether the store put them in
one incident (predicted) and whether they report one event (true):

    precision = same incident and same event / same incident
    recall    = same incident and same event / same event

Reports come from the gold file (spans found by text search), or with
``--extractor`` from ``aptrace.extract.analyze_document``; an extracted
incident is matched to the gold incident of its document with the same
actor (knowledge-base identity or name) or, for unnamed actors, sponsor state.

Also checks that no incident holds two different named actors, and that
ingesting the corpus a second time changes no count.

    python benchmarks/bench_merge.py                      # tests/data/own
    python benchmarks/bench_merge.py --corpus dev          # shared dev corpus, built-in events
    python benchmarks/bench_merge.py --extractor --db postgresql://...
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from aptrace.report import Report  # noqa: E402
from aptrace.store import ingest, open_store  # noqa: E402
from aptrace.store.merge import actor_identity  # noqa: E402

from test_store_goldreports import CORPUS, OWN, gold_report, load_corpus, load_gold  # noqa: E402

# Events of the shared dev corpus (one label per incident of dev.gold.jsonl).
DEV_EVENTS: dict[str, list[tuple[str, int]]] = {
    "apt1-indictment-2014": [("dev-01", 0), ("dev-17", 1), ("dev-24", 0)],
    "equifax-2017": [("dev-02", 0), ("dev-22", 0), ("dev-28", 0)],
    "apt10-cloudhopper": [("dev-03", 0), ("dev-30", 0)],
    "dnc-gru-2016": [("dev-04", 0), ("dev-25", 1), ("dev-32", 0)],
    "dnc-cozy-bear": [("dev-25", 0)],
    "macron-leaks": [("dev-05", 0)],
    "tv5monde": [("dev-06", 0), ("dev-31", 0)],
    "ukraine-grid-2015": [("dev-07", 0), ("dev-26", 0)],
    "ukraine-grid-2016": [("dev-07", 1)],
    "shamoon-2012": [("dev-08", 0)],
    "bangladesh-bank": [("dev-09", 0)],
    "colonial-pipeline": [("dev-10", 0), ("dev-27", 1)],
    "kaseya": [("dev-11", 0), ("dev-27", 0)],
    "storm-0558": [("dev-12", 0)],
    "israel-water-2020": [("dev-13", 0)],
    "swedish-sports": [("dev-14", 0)],
    "georgia-defacement": [("dev-15", 0), ("dev-22", 1)],
    "mirrorface": [("dev-16", 0)],
    "nrc-canada": [("dev-17", 0)],
    "storting-2020": [("dev-18", 0), ("dev-21", 0), ("dev-22", 2), ("dev-29", 1)],
    "storting-2021": [("dev-19", 0)],
    "norway-apt31-2018": [("dev-19", 1), ("dev-29", 0)],
    "killnet-lithuania": [("dev-20", 0)],
}


def _incident_key(inc: Any) -> set[str]:
    keys: set[str] = set()
    for a in inc["actors"] if isinstance(inc, dict) else inc.actors:
        name = a["name"] if isinstance(a, dict) else a.name
        keys |= set(actor_identity(name)[0])
    if not keys:
        sponsors = inc["sponsors"] if isinstance(inc, dict) else inc.sponsors
        keys = {f"state:{s['state'] if isinstance(s, dict) else s.state}" for s in sponsors}
    return keys


def _align(report: Report, gold: dict[str, Any]) -> dict[int, int]:
    """Predicted incident position -> gold incident position, by actor or sponsor key."""
    out: dict[int, int] = {}
    used: set[int] = set()
    for p, inc in enumerate(report.incidents):
        pk = _incident_key(inc)
        for g, ginc in enumerate(gold.get("incidents", [])):
            if g not in used and pk & _incident_key(ginc):
                out[p] = g
                used.add(g)
                break
    return out


def run(corpus: Path, gold_path: Path, events: dict[str, list[tuple[str, int]]], *, db: str | None,
        extractor: bool) -> dict[str, Any]:
    docs = load_corpus(corpus)
    gold = load_gold(gold_path)
    label = {(d, i): ev for ev, members in events.items() for d, i in members}

    if extractor:
        from aptrace.extract import analyze_document  # type: ignore[attr-defined]

        reports: dict[str, Report] = {}

        def analyze(doc: Any) -> Report:
            reports[doc.id] = analyze_document(doc)
            return reports[doc.id]
    else:
        def analyze(doc: Any) -> Report:
            return gold_report(gold.get(doc.id, {"incidents": []}), doc)

    tmp = tempfile.TemporaryDirectory()
    url = db or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    store = open_store(url)
    if store.counts().documents:
        raise SystemExit(f"{url} is not empty; give an empty database")
    t0 = time.perf_counter()
    ingest(list(docs.values()), store, analyze=analyze)
    seconds = time.perf_counter() - t0
    first = store.counts()
    ingest(list(docs.values()), store, analyze=analyze)
    second = store.counts()

    incident_of: dict[tuple[str, int], int] = {}
    actors_per_incident: dict[int, set[str]] = {}
    for inc in store.incidents():
        for s in inc.sources:
            key = (s.document, s.position)
            if extractor:
                mapping = _align(reports[s.document], gold.get(s.document, {}))
                if s.position not in mapping:
                    continue
                key = (s.document, mapping[s.position])
            incident_of[key] = inc.id
        ids: set[str] = set()
        for name in inc.actors:
            ids |= set(actor_identity(name)[0])
        actors_per_incident[inc.id] = ids
    labelled = sorted(k for k in incident_of if k in label)
    tp = fp = fn = 0
    errors: list[str] = []
    for a, b in itertools.combinations(labelled, 2):
        same_pred = incident_of[a] == incident_of[b]
        same_true = label[a] == label[b]
        if same_pred and same_true:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append(f"false merge: {a[0]}#{a[1]} ({label[a]}) + {b[0]}#{b[1]} ({label[b]})")
        elif same_true:
            fn += 1
            errors.append(f"missed merge: {a[0]}#{a[1]} + {b[0]}#{b[1]} ({label[a]})")
    swallowed = [i for i, ids in actors_per_incident.items() if len(ids) > 1]
    store.close()
    tmp.cleanup()
    return {
        "corpus": str(corpus),
        "reports_from": "extractor" if extractor else "gold",
        "documents": first.documents,
        "incident_reports": first.incident_reports,
        "labelled_incident_reports": len(labelled),
        "events": len(events),
        "incidents": first.incidents,
        "pairs_true": tp + fn,
        "pairs_predicted": tp + fp,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        "incidents_with_two_actors": swallowed,
        "second_ingest_changes_counts": first != second,
        "ingest_seconds": round(seconds, 3),
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="own", help="'own' (tests/data/own), 'dev' (shared dev corpus) or a .jsonl path")
    ap.add_argument("--gold", type=Path, help="gold file (with a corpus path)")
    ap.add_argument("--events", type=Path, help="events.json (with a corpus path)")
    ap.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    ap.add_argument("--extractor", action="store_true", help="use aptrace.extract.analyze_document, not gold")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    args = ap.parse_args(argv)

    if args.corpus == "dev":
        corpus, gold, events = CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl", DEV_EVENTS
    else:
        if args.corpus == "own":
            corpus, gold, ev_path = OWN / "own.corpus.jsonl", OWN / "own.gold.jsonl", OWN / "events.json"
        else:
            corpus, gold, ev_path = Path(args.corpus), args.gold, args.events
            if gold is None or ev_path is None:
                ap.error("a corpus path needs --gold and --events")
        raw = json.loads(Path(ev_path).read_text(encoding="utf-8"))["events"]
        events = {k: [(d, int(i)) for d, i in v] for k, v in raw.items()}
    result = run(corpus, gold, events, db=args.db, extractor=args.extractor)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus {result['corpus']} ({result['reports_from']} reports): {result['documents']} documents, "
              f"{result['labelled_incident_reports']} labelled incident-reports, {result['events']} events, "
              f"{result['incidents']} incidents")
        print(f"pairwise merge precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"(true pairs {result['pairs_true']}, predicted pairs {result['pairs_predicted']})")
        print(f"incidents holding two actors: {len(result['incidents_with_two_actors'])}; "
              f"second ingest changed counts: {result['second_ingest_changes_counts']}; "
              f"ingest {result['ingest_seconds']} s")
        for e in result["errors"]:
            print("  " + e)
    ok = not result["incidents_with_two_actors"] and not result["second_ingest_changes_counts"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
