"""Merging incident-reports of different documents: rules, explanations, splitting, order."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from aptrace.errors import StoreError
from aptrace.report import Incident
from aptrace.store import merge, open_store
from aptrace.store.merge import compare, features_of

from test_store_goldreports import CORPUS, gold_pairs

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from bench_merge import DEV_EVENTS  # noqa: E402

SPAN = [{"start": 0, "end": 1, "text": "x"}]


def _inc(actors=(), sponsors=(), victims=(), start=None, end=None, responses=(), software=()):  # type: ignore[no-untyped-def]
    return Incident.model_validate(
        {
            "software": [{"name": n, "kb_ref": ref, "type": t, "evidence": SPAN} for n, ref, t in software],
            "actors": [{"name": a, "evidence": SPAN} for a in actors],
            "sponsors": [{"state": s, "agency": ag, "evidence": SPAN} for s, ag in sponsors],
            "victims": [{"name": n, "country": c, "sector": sec, "evidence": SPAN} for n, c, sec in victims],
            "period": {"start": start, "end": end},
            "responses": [{"type": t, "by": b, "date": d, "evidence": SPAN} for t, b, d in responses],
        }
    )


def _f(doc, published, **kw):  # type: ignore[no-untyped-def]
    return features_of(_inc(**kw), doc=doc, pos=0, published=published)


def test_store_merge_same_actor_alias_and_victim_match_with_reasons() -> None:
    a = _f("a", "2020-10-13", actors=["Fancy Bear"], victims=[("Storting", "NO", "legislature")], start="2020-08")
    b = _f("b", "2020-12-08", actors=["APT28"], victims=[("the Storting", "NO", "legislature")], start="2020-08")
    m = compare(a, b)
    assert m is not None
    assert any(r.startswith("same actor") for r in m.reasons)
    assert any("Storting" in r for r in m.reasons)
    assert compare(b, a) is not None and compare(b, a).score == m.score  # type: ignore[union-attr]


def test_store_merge_different_actors_never_match() -> None:
    a = _f("a", "2016-06-14", actors=["Cozy Bear"], victims=[("Democratic National Committee", "US", "political")])
    b = _f("b", "2016-06-14", actors=["Fancy Bear"], victims=[("Democratic National Committee", "US", "political")])
    assert compare(a, b) is None


def test_store_merge_same_actor_years_apart_stays_apart() -> None:
    old = _f("a", "2015-06-10", actors=["APT28"], victims=[("TV5Monde", "FR", "media")], start="2015-01")
    new = _f("b", "2024-05-03", actors=["APT28"], victims=[("TV5Monde", "FR", "media")], start="2024-01")
    assert compare(old, new) is None


def test_store_merge_unnamed_sponsor_links_to_named_actor_of_that_state_only() -> None:
    unnamed = _f("a", "2020-10-13", sponsors=[("RU", None)], victims=[("Storting", "NO", "legislature")], start="2020-08")
    ru = _f("b", "2020-12-08", actors=["Fancy Bear"], sponsors=[("RU", "GRU")],
            victims=[("Storting", "NO", "legislature")], start="2020-08")
    cn = _f("c", "2021-07-19", actors=["APT31"], sponsors=[("CN", "MSS")],
            victims=[("Storting", "NO", "legislature")], start="2020-08")
    assert compare(unnamed, ru) is not None
    assert compare(unnamed, cn) is None


def test_store_merge_conflicting_agencies_keep_unnamed_apart() -> None:
    gru = _f("a", "2018-07-13", sponsors=[("RU", "GRU")], victims=[("DNC", "US", "political")], start="2016-03")
    fsb = _f("b", "2016-06-14", actors=["Cozy Bear"], sponsors=[("RU", "FSB")],
             victims=[("DNC", "US", "political")], start="2015")
    assert compare(gru, fsb) is None


def test_store_merge_same_document_never_merges() -> None:
    a = _f("a", "2020-01-01", actors=["APT28"], victims=[("Storting", "NO", None)])
    assert compare(a, a) is None


def test_store_merge_cluster_keeps_one_actor_per_incident() -> None:
    # an unnamed report that matches two different actors joins only the better one
    unnamed = _f("u", "2016-06-20", sponsors=[("RU", None)], victims=[("DNC", "US", "political")], start="2016-04")
    fancy = _f("f", "2016-06-14", actors=["Fancy Bear"], sponsors=[("RU", "GRU")],
               victims=[("DNC", "US", "political")], start="2016-04")
    cozy = _f("c", "2016-06-14", actors=["Cozy Bear"], sponsors=[("RU", None)],
              victims=[("DNC", "US", "political")], start="2015")
    nodes = {1: unnamed, 2: fancy, 3: cozy}
    links = []
    for x, y in [(1, 2), (1, 3), (2, 3)]:
        m = compare(nodes[x], nodes[y])
        if m:
            links.append((x, y, m.score))
    assert {(x, y) for x, y, _ in links} == {(1, 2), (1, 3)}
    groups = merge.cluster(nodes, links)
    assert sorted(map(sorted, groups)) == [[1, 2], [3]]
    assert sorted(map(sorted, merge.cluster(nodes, links, cannot_link=[(1, 2)]))) == [[1, 3], [2]]


def _partition(store) -> set[frozenset[tuple[str, int]]]:  # type: ignore[no-untyped-def]
    return {frozenset((s.document, s.position) for s in inc.sources) for inc in store.incidents()}


def _expected() -> set[frozenset[tuple[str, int]]]:
    return {frozenset(v) for v in DEV_EVENTS.values()}


def test_store_merge_dev_corpus_groups_reports_of_each_event(store) -> None:  # type: ignore[no-untyped-def]
    for doc, report in gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"):
        store.add_report(report, doc)
    assert _partition(store) == _expected()
    storting = store.incidents(actor="Fancy Bear", victim="NO")
    assert len(storting) == 1
    assert storting[0].documents == ["dev-18", "dev-21", "dev-22", "dev-29"]


def test_store_merge_result_does_not_depend_on_ingestion_order(tmp_path: Path) -> None:
    pairs = list(gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"))
    partitions = []
    for seed in (1, 2, 3):
        random.Random(seed).shuffle(pairs)
        with open_store(f"sqlite:///{tmp_path / f'order{seed}.db'}") as store:
            for doc, report in pairs:
                store.add_report(report, doc)
            partitions.append(_partition(store))
    assert partitions[0] == partitions[1] == partitions[2] == _expected()


def test_store_merge_why_lists_what_matched(store) -> None:  # type: ignore[no-untyped-def]
    for doc, report in gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"):
        store.add_report(report, doc)
    (inc,) = store.incidents(actor="REvil")
    why = store.why(inc.id)
    assert why.members == ["dev-11#0", "dev-27#0"]
    (link,) = why.links
    assert link.used
    assert any(r.startswith("same actor: REvil = REvil") for r in link.reasons)
    assert any("Kaseya" in r for r in link.reasons)
    single = store.incidents(actor="MirrorFace")[0]
    assert store.why(single.id).links == []
    with pytest.raises(StoreError, match="no such incident"):
        store.why(999999)


def test_store_merge_split_is_kept_and_unsplit_restores(store) -> None:  # type: ignore[no-untyped-def]
    pairs = list(gold_pairs(CORPUS / "dev.corpus.jsonl", CORPUS / "dev.gold.jsonl"))
    for doc, report in pairs:
        store.add_report(report, doc)
    (inc,) = store.incidents(actor="Fancy Bear", victim="NO")
    new_ids = store.split(inc.id, ["dev-29"])
    assert len(new_ids) == 1 and new_ids[0] != inc.id
    assert store.incident(inc.id).documents == ["dev-18", "dev-21", "dev-22"]
    assert store.incident(new_ids[0]).documents == ["dev-29"]
    why = store.why(inc.id)
    assert any("dev-29#1" in c for c in why.constraints)
    assert all(not l.used for l in why.outside_links) and why.outside_links
    # re-ingesting changes nothing, the split stays
    for doc, report in pairs:
        assert store.add_report(report, doc).status == "unchanged"
    assert store.incident(inc.id).documents == ["dev-18", "dev-21", "dev-22"]
    with pytest.raises(StoreError, match="none of"):
        store.split(inc.id, ["dev-01"])
    with pytest.raises(StoreError, match="every document"):
        store.split(new_ids[0], ["dev-29"])
    assert store.unsplit(["dev-29"]) == 3
    (merged,) = store.incidents(actor="Fancy Bear", victim="NO")
    assert merged.documents == ["dev-18", "dev-21", "dev-22", "dev-29"]


def test_store_merge_own_corpus_meets_the_bar(store_url: str) -> None:
    """The benchmark on tests/data/own: several outlets per incident, gold reports."""
    import json

    from bench_merge import OWN, run

    raw = json.loads((OWN / "events.json").read_text(encoding="utf-8"))["events"]
    events = {k: [(d, int(i)) for d, i in v] for k, v in raw.items()}
    assert sum(1 for v in events.values() if len({d for d, _ in v}) >= 2) >= 8
    result = run(OWN / "own.corpus.jsonl", OWN / "own.gold.jsonl", events, db=store_url, extractor=False)
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.90, result["errors"]
    assert result["incidents_with_two_actors"] == []
    assert result["second_ingest_changes_counts"] is False


def test_store_merge_assess_is_symmetric_and_names_each_weight() -> None:
    a = _f("a", "2024-05-03", actors=["APT28"], victims=[("SPD", "DE", "political")], start="2023",
           responses=[("summon_ambassador", "DE", "2024-05-03")])
    b = _f("b", "2024-05-06", actors=["Fancy Bear"], victims=[("SPD party headquarters", "DE", "political")],
           start="2023", responses=[("summon_ambassador", "DE", "2024-05-03")])
    ab, ba = merge.assess(a, b), merge.assess(b, a)
    assert ab is not None and ba is not None and ab.score == ba.score
    weights = merge.WEIGHTS
    expected = (weights["same_actor"] + weights["victim_name"] + weights["victim_sector"] + weights["start_overlap"]
                + weights["published_fortnight"] + weights["same_response"])
    assert ab.score == expected
    assert any(r.startswith("same actor") and r.endswith("(+3)") for r in ab.reasons)
    assert any(r.startswith("same response: summon_ambassador by DE") for r in ab.reasons)
    assert compare(a, b, threshold=ab.score) is not None
    assert compare(a, b, threshold=ab.score + 0.01) is None


def test_store_merge_noisy_report_still_links() -> None:
    """The extractor's report lacks victims and has the period a year off; the rest agrees."""
    clean = _f("a", "2024-05-03", actors=["APT28"], sponsors=[("RU", "GRU")], victims=[("SPD", "DE", "political")],
               start="2023", responses=[("summon_ambassador", "DE", "2024-05-03")])
    noisy = _f("b", "2024-05-06", actors=["APT 28"], start="2022",
               responses=[("summon_ambassador", "DE", "2024-05-03"), ("sanctions", "GB", "2024-05-03")])
    m = compare(clean, noisy)
    assert m is not None and m.score >= merge.THRESHOLD
    # the same actor alone, years later, with nothing else shared, stays apart
    later = _f("c", "2019-01-10", actors=["APT28"], victims=[("TV5Monde", "FR", "media")], start="2015")
    assert compare(clean, later) is None


def test_store_merge_unnamed_actor_needs_more_than_its_state() -> None:
    a = _f("a", "2021-01-05", sponsors=[("RU", None)], victims=[("federal agencies", "US", "government")])
    b = _f("b", "2018-02-16", sponsors=[("RU", None)], victims=[("Merck", "US", "healthcare")], start="2017-06")
    m = merge.assess(a, b)
    assert m is not None and m.score < merge.THRESHOLD  # who agrees; nothing else does
    assert compare(a, b) is None


def test_store_merge_cluster_keeps_starts_known_to_the_month_apart() -> None:
    """A report blending two operations links to both; they still do not join through it."""
    viasat = _f("a", "2022-05-10", sponsors=[("RU", None)], victims=[("Viasat", "US", "telecom")], start="2022-02-24")
    blend = _f("b", "2022-05-10", sponsors=[("RU", "GRU")],
               victims=[("Viasat", "US", "telecom"), ("Ukrainian government websites", "UA", "government")],
               start="2022")
    wiper = _f("c", "2022-01-16", actors=["DEV-0586"], sponsors=[("RU", None)],
               victims=[("Ukrainian government websites", "UA", "government")], start="2022-01-13")
    nodes = {1: viasat, 2: blend, 3: wiper}
    links = [(1, 2, 6.0), (2, 3, 5.0)]
    groups = sorted(map(sorted, merge.cluster(nodes, links)))
    assert groups == [[1, 2], [3]]
    # the order of the links does not matter, their scores do
    assert sorted(map(sorted, merge.cluster(nodes, [(2, 3, 7.0), (1, 2, 6.0)]))) == [[1], [2, 3]]


def test_store_merge_benchmark_counts_unaligned_and_missed_reports() -> None:
    from bench_merge import _metrics, align

    def inc(actor=None, state=None, victim=None, start=None):  # type: ignore[no-untyped-def]
        return {
            "actors": [{"name": actor}] if actor else [],
            "sponsors": [{"state": state}] if state else [],
            "victims": [{"name": victim, "country": None, "sector": None}] if victim else [],
            "period": {"start": start},
            "responses": [],
            "attributions": [],
        }

    gold = [inc("APT28", "RU", "Bundestag", "2015"), inc("APT28", "RU", "SPD", "2023"), inc(None, "CN", "Treasury")]
    extracted = [
        inc("Fancy Bear", None, "SPD", "2023"),  # the SPD incident, under an alias
        inc("APT28", "RU", "Bundestag", "2015"),
        inc(None, "RU", "Bundestag", "2015"),  # a fragment of the Bundestag incident
        inc("Lazarus Group", "KP", "Sony"),  # nothing in gold
    ]
    assert align(extracted, gold) == {0: 1, 1: 0, 2: 0}
    units = {
        ("d1", "0"): ("spd", 1), ("d1", "1"): ("bundestag", 2), ("d1", "3"): ("unaligned:d1#3", 3),
        ("d1", "gold2"): ("treasury", None),
        ("d2", "0"): ("spd", 1), ("d2", "1"): ("treasury", 3),
    }
    m = _metrics(units, lambda a, b: True)
    # true: spd (merged), treasury (missed: the gold incident d1 lacks); false: the unaligned report + treasury
    assert (m["pairs_true"], m["pairs_predicted"]) == (2, 2)
    assert m["precision"] == 0.5 and m["recall"] == 0.5 and m["recall_ceiling"] == 0.5


def test_store_merge_start_inside_the_other_period_is_no_gap() -> None:
    """A report that traces the operation back (2012 to 2015) is not apart from one that starts in 2015."""
    traced = _f("a", "2020-05-13", actors=["APT28"], victims=[("Bundestag", "DE", "legislature")],
                start="2012", end="2015")
    later = _f("b", "2020-10-22", actors=["APT28"], victims=[("Bundestag", "DE", "legislature")], start="2015")
    m = compare(traced, later)
    assert m is not None
    assert not any(r.startswith("period start") for r in m.reasons)
    # without the end, starts over two years apart (and published five months apart) still cannot be one
    untraced = _f("a", "2020-05-13", actors=["APT28"], victims=[("Bundestag", "DE", "legislature")], start="2012")
    assert merge.assess(untraced, later) is None


def test_store_merge_start_on_the_publication_day_is_not_compared() -> None:
    """A start equal to the publication day is mostly 'today' misread; it neither counts against nor vetoes."""
    today = _f("a", "2024-07-09", actors=["APT40"], victims=[("Australian networks", "AU", None)], start="2024-07-09")
    other = _f("b", "2024-07-10", actors=["APT40"], victims=[("Australian organisations", "AU", None)], start="2022")
    m = compare(today, other)
    assert m is not None
    w = merge.WEIGHTS
    assert m.score == w["same_actor"] + w["victim_country"] + w["published_fortnight"]
    assert not any(r.startswith("period start") for r in m.reasons)
    # a start on another day is compared as before
    early = _f("a", "2024-07-09", actors=["APT40"], victims=[("Australian networks", "AU", None)], start="2024-07-01")
    m = merge.assess(early, other)
    assert m is not None and any(r.startswith("period starts 2024-07-01 and 2022 over a year apart") for r in m.reasons)


def test_store_merge_victim_named_by_its_place_alone_does_not_set_reports_apart() -> None:
    """'UK' or 'US' as a victim is often the attributor or a location; a named victim abroad still counts against."""
    microsoft = _f("a", "2021-03-03", actors=["HAFNIUM"], start="2020-12",
                   victims=[("defence contractors", "US", "defense"), ("US", "US", None)])
    ncsc = _f("b", "2021-07-19", actors=["HAFNIUM"], start="2021", victims=[("UK", "GB", None)])
    m = compare(microsoft, ncsc)
    assert m is not None
    assert not any(r.startswith("victims in other countries") for r in m.reasons)
    assert "period start 2020-12 ~ 2021 (+1)" in m.reasons
    ministry = _f("b", "2021-07-19", actors=["HAFNIUM"], start="2021", victims=[("Foreign Office", "GB", "government")])
    m = merge.assess(microsoft, ministry)
    assert m is not None and "victims in other countries: US / GB (-1)" in m.reasons


def test_store_merge_start_known_to_the_month_overlaps_the_adjacent_year() -> None:
    def start_reasons(x: str, y: str) -> list[str]:
        m = merge.assess(_f("a", "2021-03-03", actors=["HAFNIUM"], start=x),
                         _f("b", "2021-07-19", actors=["HAFNIUM"], start=y))
        assert m is not None
        return [r for r in m.reasons if r.startswith("period start")]

    assert start_reasons("2020-12", "2021") == ["period start 2020-12 ~ 2021 (+1)"]
    assert start_reasons("2022-01", "2021") == ["period start 2022-01 ~ 2021 (+1)"]
    assert start_reasons("2020", "2021") == []  # two years, neither known to the month
    assert start_reasons("2020-11", "2021") == []


def test_store_merge_a_second_victim_of_one_country_and_sector_adds_to_a_shared_kind() -> None:
    """Both reports list the compromised software and the federal agencies: two victims, not one."""
    svr = _f("a", "2021-04-15", actors=["APT29"], sponsors=[("RU", "SVR")],
             victims=[("software", "US", "technology"), ("federal agencies", "US", "government")])
    unnamed = _f("b", "2021-01-05", sponsors=[("RU", None)],
                 victims=[("federal agencies", "US", "government"), ("software", "US", "technology")])
    m = compare(svr, unnamed)
    assert m is not None
    assert "another victim of the same country and sector: US/government (+1)" in m.reasons
    w = merge.WEIGHTS
    assert m.score == w["sponsor_text"] + w["victim_kind"] + w["victim_also_country_sector"] + w["victim_sector"]
    # the victim that shares the kind does not count twice
    alone = _f("b", "2021-01-05", sponsors=[("RU", None)], victims=[("software", "US", "technology")])
    m = merge.assess(svr, alone)
    assert m is not None and not any(r.startswith("another victim") for r in m.reasons)


def test_store_merge_a_shared_malware_adds_evidence_and_bridges_starts_apart() -> None:
    """An indictment traces WhisperGate back to 2020-12; the first reports start in 2022-01."""
    wiper = [("WhisperGate", "S0689", "malware")]
    first = _f("a", "2022-01-16", actors=["DEV-0586"], victims=[("government websites", "UA", "government")],
               start="2022-01-13", software=wiper)
    traced = _f("b", "2024-09-05", actors=["Cadet Blizzard"], victims=[("government agencies", "UA", "government")],
                start="2020-12", software=[("Whispergate", "S0689", "malware")])
    m = merge.assess(first, traced)
    assert m is not None and any(r.startswith("both name the software S0689") for r in m.reasons)
    assert merge.cluster({1: first, 2: traced}, [(1, 2, m.score)]) == [[1, 2]]
    # without the shared malware the starts known to the month keep them apart
    bare = _f("c", "2024-09-05", actors=["Cadet Blizzard"], victims=[("government agencies", "UA", "government")],
              start="2020-12")
    assert merge.cluster({1: first, 3: bare}, [(1, 3, 9.0)]) == [[1], [3]]
    # a shared tool is no evidence: many operations use Mimikatz
    tool = [("Mimikatz", "S0002", "tool")]
    x = _f("d", "2022-01-16", actors=["APT28"], start="2021", software=tool)
    y = _f("e", "2023-03-01", actors=["APT28"], start="2022", software=tool)
    assert not any("software" in r for r in merge.assess(x, y).reasons)  # type: ignore[union-attr]


def test_store_merge_one_articles_two_fragments_do_not_keep_other_outlets_apart() -> None:
    """The extractor split article a in two; each fragment took one outlet, yet b and c are one incident."""
    a0 = features_of(_inc(actors=["APT40"], victims=[("government networks", "AU", "government")], start="2024-07"),
                     doc="a", pos=0, published="2024-07-09")
    a1 = features_of(_inc(actors=["APT40"], victims=[("government networks", "AU", "government")], start="2022"),
                     doc="a", pos=1, published="2024-07-09")
    b = _f("b", "2024-07-09", actors=["APT40"], victims=[("government networks", "AU", "government")])
    c = _f("c", "2024-07-10", actors=["Kryptonite Panda"], victims=[("government networks", "AU", "government")])
    nodes = {1: a0, 2: a1, 3: b, 4: c}
    links = [(1, 3, 7.25), (2, 3, 6.75), (2, 4, 6.25), (1, 4, 6.0), (3, 4, 6.0)]
    # greedy alone would give {a0, b} and {a1, c}: b and c never meet
    assert sorted(map(sorted, merge.cluster(nodes, links))) == [[1, 3, 4], [2]]
    # a link blocked by something else than fragments stays blocked
    d = _f("d", "2024-07-10", actors=["APT41"], victims=[("government networks", "AU", "government")])
    assert sorted(map(sorted, merge.cluster({3: b, 5: d}, [(3, 5, 9.0)]))) == [[3], [5]]
