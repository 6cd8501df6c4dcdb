"""Queries: incidents by actor, state, victim, date and response; actors; timelines; the CLI over them."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from aptrace.cli import app
from aptrace.errors import StoreError

from test_store_goldreports import CORPUS, gold_pairs

DEV_CORPUS = CORPUS / "dev.corpus.jsonl"
DEV_GOLD = CORPUS / "dev.gold.jsonl"


@pytest.fixture
def dev_store(store):  # type: ignore[no-untyped-def]
    """The store with the dev corpus's gold reports."""
    for doc, report in gold_pairs(DEV_CORPUS, DEV_GOLD):
        store.add_report(report, doc)
    return store


def test_store_queries_incidents_by_actor_alias(dev_store) -> None:  # type: ignore[no-untyped-def]
    # APT28, Fancy Bear and Pawn Storm are one actor in the knowledge base
    by_alias = {i.id for i in dev_store.incidents(actor="APT28")}
    by_name = {i.id for i in dev_store.incidents(actor="fancy bear")}
    assert by_alias == by_name
    labels = sorted(i.label for i in dev_store.incidents(actor="APT28"))
    assert labels == ["APT28", "Fancy Bear", "Fancy Bear", "Pawn Storm"]
    assert [i.documents for i in dev_store.incidents(actor="REvil")] == [["dev-11", "dev-27"]]
    assert dev_store.incidents(actor="No Such Group") == []


def test_store_queries_incidents_filters(dev_store) -> None:  # type: ignore[no-untyped-def]
    ge = dev_store.incidents(victim="GE")
    assert [i.documents for i in ge] == [["dev-15", "dev-22"]]
    sanctions_free = dev_store.incidents(response="summon_ambassador")
    assert sorted(d for i in sanctions_free for d in i.documents) == ["dev-01", "dev-17", "dev-19", "dev-24"]
    cn = dev_store.incidents(state="cn")
    assert cn and all("CN" in i.states or any(a.state == "CN" for a in i.attributions) for i in cn)
    recent = dev_store.incidents(since="2023-01-01")
    assert sorted(i.label for i in recent) == ["MirrorFace", "Storm-0558"]
    # most recent first, pages
    everything = dev_store.incidents()
    assert len(everything) == 23
    assert [i.last_date for i in everything] == sorted((i.last_date for i in everything), reverse=True)
    assert [i.id for i in dev_store.incidents(limit=5, offset=5)] == [i.id for i in everything[5:10]]
    combined = dev_store.incidents(actor="Sandworm", victim="UA", until="2015-12-31")
    assert [i.documents for i in combined] == [["dev-07", "dev-26"]]


def test_store_queries_bad_filters_name_the_input(dev_store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="unknown response type") as exc:
        dev_store.incidents(response="nuke")
    assert exc.value.source == "nuke"
    with pytest.raises(StoreError, match="ISO 3166"):
        dev_store.incidents(state="Russia")
    with pytest.raises(StoreError, match="not a date"):
        dev_store.incidents(since="last year")


def test_store_queries_actor_view(dev_store) -> None:  # type: ignore[no-untyped-def]
    view = dev_store.actor("APT28")
    names = {a.name: a.documents for a in view.aliases}
    assert names["Fancy Bear"] == ["dev-21", "dev-22", "dev-25"]
    assert names["APT28"] == ["dev-06", "dev-31"]
    assert names["Pawn Storm"] == ["dev-05"]
    stated = {(s.state, s.agency): s.documents for s in view.sponsors_in_texts}
    assert stated[("RU", "GRU")] == ["dev-05", "dev-21", "dev-22", "dev-25"]
    assert stated[("RU", None)] == ["dev-06", "dev-31"]
    assert view.sponsor_in_kb == ["RU"]
    assert len(view.incidents) == 4
    assert [e.date for e in view.timeline] == sorted(e.date or "9999" for e in view.timeline)
    with pytest.raises(StoreError, match="no incident"):
        dev_store.actor("Nobody Panda")


def test_store_queries_timeline_merges_identical_entries(dev_store) -> None:  # type: ignore[no-untyped-def]
    entries = dev_store.timeline(actor="REvil")
    kinds = [(e.date, e.kind, e.party) for e in entries]
    assert kinds[0] == ("2021-07-02", "activity", None)
    assert entries[0].documents == ["dev-11", "dev-27"]  # both report the start: one entry, two sources
    assert ("2021-11-08", "response", "US") in kinds
    window = dev_store.timeline(since="2020-10-01", until="2020-10-31")
    assert window and all("2020-10" <= (e.date or "") <= "2020-10-31" for e in window)
    inc = dev_store.incidents(actor="Fancy Bear", victim="NO")[0]
    only = dev_store.timeline(incident=inc.id)
    assert {e.incident for e in only} == {inc.id}


def test_store_queries_cli_prints_tables_and_json(store_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    reports = tmp_path / "dev.reports.jsonl"
    reports.write_text("".join(r.to_json() + "\n" for _, r in gold_pairs(DEV_CORPUS, DEV_GOLD)), encoding="utf-8")
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(app, [*args, "--db", store_url])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert "database at revision" in run("db", "upgrade")
    assert json.loads(run("ingest", "--reports", str(reports), "--json"))["added"] == 32
    assert json.loads(run("ingest", "--reports", str(reports), "--json"))["unchanged"] == 32
    incidents = json.loads(run("incidents", "--victim", "NO", "--json"))
    assert len(incidents) == 3
    storting = next(i for i in incidents if i["label"] == "Fancy Bear")
    assert "Fancy Bear" in run("incidents", "--victim", "NO")
    shown = json.loads(run("incident", str(storting["id"]), "--json"))
    assert shown["documents"] == ["dev-18", "dev-21", "dev-22", "dev-29"]
    why = json.loads(run("incident", str(storting["id"]), "--why", "--json"))
    assert len(why["links"]) == 6
    assert "victim name: 'Storting'" in run("incident", str(storting["id"]), "--why")
    assert "split dev-29" in run("incident", "split", str(storting["id"]), "dev-29")
    assert json.loads(run("incident", str(storting["id"]), "--json"))["documents"] == ["dev-18", "dev-21", "dev-22"]
    assert "removed 3" in run("incident", "unsplit", "dev-29")
    actor = json.loads(run("actor", "Zirconium", "--json"))
    assert {a["name"] for a in actor["aliases"]} == {"APT31", "Zirconium"}
    assert "sponsor in knowledge base: CN" in run("actor", "APT31")
    timeline = json.loads(run("timeline", "--actor", "REvil", "--json"))
    assert timeline[0]["kind"] == "activity"
    assert "timeline (" in run("timeline", "--state", "CN")
    cn = json.loads(run("timeline", "--state", "CN", "--json"))
    assert {"summon_ambassador against US", "summon_ambassador against CN"} <= {e["detail"] for e in cn}


def test_store_queries_cli_errors_name_the_problem(tmp_path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'x.db'}"
    result = runner.invoke(app, ["incidents", "--response", "nuke", "--db", db])
    assert result.exit_code == 1
    assert "nuke" in result.stderr and "unknown response type" in result.stderr
    result = runner.invoke(app, ["incident", "42", "--db", db])
    assert result.exit_code == 1 and "no such incident" in result.stderr
    result = runner.invoke(app, ["incidents", "--db", "mysql://nowhere/db"])
    assert result.exit_code == 1 and "unsupported database" in result.stderr
