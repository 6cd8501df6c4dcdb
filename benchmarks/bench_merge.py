"""Pairwise merge precision and recall of the incident store.

Ingests a corpus into a fresh store, then compares the store's incidents with
the events file (``events.json``: which gold incidents of which documents are
one real-world operation), pair by pair:

    precision = pairs in one incident that report one event / pairs in one incident
    recall    = pairs in one incident that report one event / pairs that report one event

**Units.** With gold reports (the default) a unit is a gold incident; its
label is its event. With ``--extractor`` the reports come from
``aptrace.extract.analyze_document`` and a unit is an *extracted*
incident-report, labelled by aligning it to a gold incident of the same
document (``align``):

1. *who* must agree: both name an actor of one alias group (knowledge-base
   identity, or a shared name or alias), or one side names no actor and they
   share a sponsor state (text or knowledge base). An extracted report whose
   named actor no gold incident of the document names may still take an
   unnamed gold incident, but only as that incident's first, best match.
2. each candidate is scored by overlap: shared actor, sponsor state and
   agency, victim names, countries and sectors, period start, dated
   responses, attributing parties;
3. one-to-one first, best score first (ties: lower positions), so that two
   incidents of one actor in one document take one extracted report each;
   then a leftover extracted report (an incident the extractor split in two)
   joins the gold incident it overlaps best, if it overlaps at all and does
   not name an actor the gold does not.

Nothing is dropped: an extracted report that aligns to nothing is a unit with
a label of its own (every merge of it is a false merge), and a gold incident
that no extracted report aligns to (missed, or blended into another) is a
unit that sits alone (every true pair of it is a missed merge). Pairs of one
document are not counted, since the store never merges them, but the
document's split incidents still cost recall (only one fragment can join the
other outlets' incident).

**Halves.** The events are split once, before tuning, into a *tune* half
(``TUNE_EVENTS``: ``random.Random(2026).sample`` of half the sorted
multi-outlet events and half the single-outlet ones) and a *check* half (the
rest). A pair counts in a half when either unit's event is in it (a false
merge across halves counts in both; one of two unaligned units counts in
neither, only in the total).

Also checks that no incident holds two different named actors, and that
ingesting the corpus a second time changes no count.

    python benchmarks/bench_merge.py                      # tests/data/own
    python benchmarks/bench_merge.py --extractor          # the extractor's reports
    python benchmarks/bench_merge.py --corpus dev          # shared dev corpus, built-in events
    python benchmarks/bench_merge.py --extractor --db postgresql://...
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from aptrace.report import Report  # noqa: E402
from aptrace.store import ingest, open_store  # noqa: E402
from aptrace.store import merge  # noqa: E402
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


# The tune half of tests/data/own's events (drawn once, before tuning; see the docstring):
# random.Random(2026).sample(multi, len(multi) // 2) + ....sample(single, len(single) // 2)
TUNE_EVENTS = frozenset({
    "apt31-finland-parliament", "exchange-hafnium", "notpetya-2017", "olympic-destroyer-2018",
    "solarwinds-svr", "uk-electoral-commission", "viasat-ka-sat", "volt-typhoon-us-ci",
    "whispergate-ukraine-2022", "industroyer2-2022", "storm-0558-2023", "tokyo-2020-reconnaissance",
    "treasury-breach-2024",
})

_WORD = re.compile(r"[a-z0-9]+")
_FILLER = frozenset("the of and a an in for to on at its their s".split())


def _compact(name: str) -> str:
    return "".join(_WORD.findall(name.lower()))


def _who(inc: dict[str, Any]) -> tuple[set[str], set[str], set[str], set[str]]:
    """(actor keys, sponsor states, agencies, attributing parties) of one incident (a dict)."""
    keys: set[str] = set()
    states = {s["state"] for s in inc.get("sponsors", []) if s.get("state")}
    for a in inc.get("actors", []):
        ids, kb_states = actor_identity(a["name"], a.get("kb_ref"))
        keys |= set(ids)
        keys |= {f"name:{_compact(n)}" for n in [a["name"], *(a.get("aliases") or [])] if _compact(n)}
        states |= set(kb_states)
    agencies = {_compact(s["agency"]) for s in inc.get("sponsors", []) if s.get("agency")}
    parties = {a["by"] for a in inc.get("attributions", []) if a.get("by")}
    return keys, states, agencies, parties


def _year(value: str | None) -> int | None:
    return int(value[:4]) if value and value[:4].isdigit() else None


def _overlap(x: dict[str, Any], g: dict[str, Any]) -> tuple[bool, float, bool]:
    """(who agrees, overlap score, same named actor) of an extracted and a gold incident."""
    xk, xs, xa, xp = _who(x)
    gk, gs, ga, gp = _who(g)
    same_actor = bool(xk & gk)
    if x.get("actors") and g.get("actors"):
        who = same_actor
    else:
        who = bool(xs & gs)
    if not who:
        return False, 0.0, False
    score = (4.0 if same_actor else 0.0) + (1.0 if xs & gs else 0.0) + (1.0 if xa & ga else 0.0)
    xv, gv = x.get("victims", []), g.get("victims", [])
    words = lambda vs: {w for v in vs for w in _WORD.findall(v["name"].lower()) if w not in _FILLER and len(w) > 2}  # noqa: E731
    score += 1.0 * min(2, len(words(xv) & words(gv)))
    score += 0.5 * min(2, len({v["country"] for v in xv if v.get("country")} & {v["country"] for v in gv if v.get("country")}))
    score += 0.5 * min(2, len({v["sector"] for v in xv if v.get("sector")} & {v["sector"] for v in gv if v.get("sector")}))
    xp_, gp_ = (x.get("period") or {}).get("start"), (g.get("period") or {}).get("start")
    if xp_ and gp_ and _year(xp_) == _year(gp_):
        score += 1.0 + (1.0 if len(xp_) >= 7 and xp_[:7] == gp_[:7] else 0.0)
    xr = {(r["type"], r.get("by")) for r in x.get("responses", [])}
    gr = {(r["type"], r.get("by")) for r in g.get("responses", [])}
    score += 0.5 * min(3, len(xr & gr)) + 0.25 * min(2, len(xp & gp))
    return True, score, same_actor


def align(extracted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[int, int]:
    """Extracted incident position -> gold incident position, for one document (see the docstring)."""
    cands = []
    for p, x in enumerate(extracted):
        for g, ginc in enumerate(gold):
            who, score, _same = _overlap(x, ginc)
            if who:
                cands.append((-score, p, g))
    cands.sort()
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _neg, p, g in cands:  # one-to-one, best first
        if p not in out and g not in taken:
            out[p] = g
            taken.add(g)
    gold_keys = set().union(*(_who(g)[0] for g in gold)) if gold else set()
    for neg, p, g in cands:  # fragments of a split incident
        if p in out or -neg <= 0:
            continue
        x = extracted[p]
        if x.get("actors") and not (_who(x)[0] & gold_keys):
            continue  # an actor that no gold incident of the document names
        out[p] = g
    return out


def _dump(inc: Any) -> dict[str, Any]:
    return inc if isinstance(inc, dict) else inc.model_dump(mode="json")


def _metrics(units: dict[tuple[str, str], tuple[str, int | None]], keep: Any) -> dict[str, Any]:
    """Pair counts over units (key -> (label, store incident or None)) for the pairs ``keep`` accepts."""
    tp = fp = fn = reachable = 0
    errors: list[str] = []
    for a, b in itertools.combinations(sorted(units), 2):
        if a[0] == b[0]:
            continue  # one document: the store never merges them
        (la, ia), (lb, ib) = units[a], units[b]
        if not keep(la, lb):
            continue
        same_pred = ia is not None and ia == ib
        same_true = la == lb
        reachable += same_true and ia is not None and ib is not None
        if same_pred and same_true:
            tp += 1
        elif same_pred:
            fp += 1
            errors.append(f"false merge: {a[0]}#{a[1]} ({la}) + {b[0]}#{b[1]} ({lb})")
        elif same_true:
            fn += 1
            errors.append(f"missed merge: {a[0]}#{a[1]} + {b[0]}#{b[1]} ({la})"
                          + ("" if ia is not None and ib is not None else " [a gold incident the extractor missed]"))
    return {
        "pairs_true": tp + fn,
        "pairs_predicted": tp + fp,
        "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
        "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
        # the recall if every true pair between two extracted units were merged
        "recall_ceiling": round(reachable / (tp + fn), 4) if tp + fn else 1.0,
        "errors": errors,
    }


_EXTRACTED: dict[str, Report] = {}  # the extractor's reports by text, for a sweep of thresholds


def run(corpus: Path, gold_path: Path, events: dict[str, list[tuple[str, int]]], *, db: str | None,
        extractor: bool, tune_events: frozenset[str] | None = None) -> dict[str, Any]:
    docs = load_corpus(corpus)
    gold = load_gold(gold_path)
    label = {(d, i): ev for ev, members in events.items() for d, i in members}

    reports: dict[str, Report] = {}
    if extractor:
        from aptrace.extract import analyze_document  # type: ignore[attr-defined]

        def analyze(doc: Any) -> Report:
            if doc.sha256 not in _EXTRACTED:
                _EXTRACTED[doc.sha256] = analyze_document(doc)
            reports[doc.id] = _EXTRACTED[doc.sha256]
            return reports[doc.id]
    else:
        def analyze(doc: Any) -> Report:
            reports[doc.id] = gold_report(gold.get(doc.id, {"incidents": []}), doc)
            return reports[doc.id]

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
            incident_of[(s.document, s.position)] = inc.id
        ids: set[str] = set()
        for name in inc.actors:
            ids |= set(actor_identity(name)[0])
        actors_per_incident[inc.id] = ids
    store.close()
    tmp.cleanup()

    # units: (document, "position" or "gold<position>") -> (event label, store incident)
    units: dict[tuple[str, str], tuple[str, int | None]] = {}
    unaligned: list[str] = []
    missing: list[str] = []
    fragments: list[str] = []
    for doc_id in sorted(docs):
        gold_incs = gold.get(doc_id, {}).get("incidents", [])
        if not extractor:
            for g in range(len(gold_incs)):
                if (doc_id, g) in label:
                    units[(doc_id, str(g))] = (label[(doc_id, g)], incident_of.get((doc_id, g)))
            continue
        extracted = [_dump(i) for i in reports[doc_id].incidents] if doc_id in reports else []
        mapping = align(extracted, gold_incs)
        for p in range(len(extracted)):
            if p in mapping and (doc_id, mapping[p]) in label:
                units[(doc_id, str(p))] = (label[(doc_id, mapping[p])], incident_of.get((doc_id, p)))
            else:
                units[(doc_id, str(p))] = (f"unaligned:{doc_id}#{p}", incident_of.get((doc_id, p)))
                unaligned.append(f"{doc_id}#{p}")
        for g in range(len(gold_incs)):
            hits = [p for p, gg in mapping.items() if gg == g]
            if not hits and (doc_id, g) in label:
                units[(doc_id, f"gold{g}")] = (label[(doc_id, g)], None)  # a missed gold incident sits alone
                missing.append(f"{doc_id}#{g} ({label[(doc_id, g)]})")
            elif len(hits) > 1:
                fragments.append(f"{doc_id}#{g} -> " + ", ".join(f"#{p}" for p in sorted(hits)))

    result: dict[str, Any] = {
        "corpus": str(corpus),
        "reports_from": "extractor" if extractor else "gold",
        "documents": first.documents,
        "incident_reports": first.incident_reports,
        "units": len(units),
        "events": len(events),
        "incidents": first.incidents,
        "unaligned_extracted": unaligned,
        "missed_gold": missing,
        "split_gold": fragments,
    }
    result.update(_metrics(units, lambda a, b: True))
    if tune_events is not None:
        for half, inside in (("tune", lambda e: e in tune_events), ("check", lambda e: e in events and e not in tune_events)):
            m = _metrics(units, lambda a, b, f=inside: f(a) or f(b))  # type: ignore[misc]
            result[half] = {k: v for k, v in m.items() if k != "errors"}
    result.update(
        incidents_with_two_actors=[i for i, ids in actors_per_incident.items() if len(ids) > 1],
        second_ingest_changes_counts=first != second,
        ingest_seconds=round(seconds, 3),
    )
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="own", help="'own' (tests/data/own), 'dev' (shared dev corpus) or a .jsonl path")
    ap.add_argument("--gold", type=Path, help="gold file (with a corpus path)")
    ap.add_argument("--events", type=Path, help="events.json (with a corpus path)")
    ap.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    ap.add_argument("--extractor", action="store_true", help="use aptrace.extract.analyze_document, not gold")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    ap.add_argument("--threshold", type=float, help=f"merge threshold (default merge.THRESHOLD = {merge.THRESHOLD})")
    ap.add_argument("--sweep", metavar="LO:HI:STEP", help="print precision and recall per half for each threshold")
    args = ap.parse_args(argv)

    if args.corpus == "dev":
        corpus, gold, events = CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl", DEV_EVENTS
        tune = None
    else:
        if args.corpus == "own":
            corpus, gold, ev_path = OWN / "own.corpus.jsonl", OWN / "own.gold.jsonl", OWN / "events.json"
        else:
            corpus, gold, ev_path = Path(args.corpus), args.gold, args.events
            if gold is None or ev_path is None:
                ap.error("a corpus path needs --gold and --events")
        raw = json.loads(Path(ev_path).read_text(encoding="utf-8"))["events"]
        events = {k: [(d, int(i)) for d, i in v] for k, v in raw.items()}
        tune = TUNE_EVENTS if args.corpus == "own" else None
    if args.threshold is not None:
        merge.THRESHOLD = args.threshold
    if args.sweep:
        lo, hi, step = (float(x) for x in args.sweep.split(":"))
        t = lo
        while t <= hi + 1e-9:
            merge.THRESHOLD = round(t, 4)
            r = run(corpus, gold, events, db=args.db, extractor=args.extractor, tune_events=tune)
            cells = [f"all P {r['precision']:.3f} R {r['recall']:.3f}"]
            cells += [f"{h} P {r[h]['precision']:.3f} R {r[h]['recall']:.3f}" for h in ("tune", "check") if h in r]
            print(f"threshold {merge.THRESHOLD:5.2f}: " + " | ".join(cells)
                  + f" | two actors {len(r['incidents_with_two_actors'])}")
            t += step
        return 0
    result = run(corpus, gold, events, db=args.db, extractor=args.extractor, tune_events=tune)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"corpus {result['corpus']} ({result['reports_from']} reports): {result['documents']} documents, "
              f"{result['incident_reports']} incident-reports, {result['units']} units, {result['events']} events, "
              f"{result['incidents']} incidents")
        for what in ("unaligned_extracted", "missed_gold", "split_gold"):
            if result[what]:
                print(f"{what.replace('_', ' ')}: {', '.join(result[what])}")
        print(f"pairwise merge precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
              f"(true pairs {result['pairs_true']}, predicted pairs {result['pairs_predicted']}; "
              f"recall ceiling {result['recall_ceiling']:.3f})")
        for half in ("tune", "check"):
            if half in result:
                h = result[half]
                print(f"  {half:5} half: precision {h['precision']:.3f}  recall {h['recall']:.3f}  "
                      f"(true pairs {h['pairs_true']}, predicted pairs {h['pairs_predicted']}; ceiling {h['recall_ceiling']:.3f})")
        print(f"incidents holding two actors: {len(result['incidents_with_two_actors'])}; "
              f"second ingest changed counts: {result['second_ingest_changes_counts']}; "
              f"ingest {result['ingest_seconds']} s")
        for e in result["errors"]:
            print("  " + e)
    ok = not result["incidents_with_two_actors"] and not result["second_ingest_changes_counts"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
