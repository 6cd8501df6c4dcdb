"""Software (``Incident.software``): stored, given back, replaced with its document, migrated in."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import MetaData, Table, func, inspect, select
from typer.testing import CliRunner

from aptrace.cli import app
from aptrace.report import InputDocument, Report
from aptrace.store import Store, db, open_store
from aptrace.store.tables import SoftwareMention
from export_fixtures import SOFTWARE_TEXT, seed_report, software_report

runner = CliRunner()


def _software(report: Report) -> list[list[tuple[object, ...]]]:
    return [
        [(s.name, s.kb_ref, s.type, [(e.start, e.end, e.text) for e in s.evidence]) for s in inc.software]
        for inc in report.incidents
    ]


def _rows(store: Store) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(SoftwareMention)).scalar_one())


def test_store_software_reports_give_software_back(store) -> None:  # type: ignore[no-untyped-def]
    report = software_report()
    doc = InputDocument(id="software-demo", text=SOFTWARE_TEXT, published="2024-01-31")
    store.add_report(report, doc)
    (back,) = store.reports()
    assert _software(back) == _software(report)
    assert back == report
    assert _rows(store) == 4
    per_incident = list(store.reports(per="incident"))
    assert sorted(s.name for r in per_incident for i in r.incidents for s in i.software) == [
        "KV Botnet", "Mimikatz", "NotPetya", "Whispergate",
    ]


def test_store_software_incident_and_actor_views(store) -> None:  # type: ignore[no-untyped-def]
    store.add_report(software_report())
    (volt,) = store.incidents(actor="Volt Typhoon")
    assert [(s.name, s.kb_ref, s.type, s.documents) for s in volt.software] == [
        ("KV Botnet", None, None, ["software-demo"]),
        ("Mimikatz", "S0002", "tool", ["software-demo"]),
    ]
    assert volt.to_dict()["software"][1] == {
        "name": "Mimikatz", "kb_ref": "S0002", "type": "tool", "documents": ["software-demo"],
    }
    sandworm = store.actor("Sandworm")
    assert [(s.name, s.kb_ref) for s in sandworm.software] == [("NotPetya", "S0368"), ("Whispergate", "S0689")]
    assert store.actor("Volt Typhoon").to_dict()["software"][0]["name"] == "KV Botnet"


def test_store_software_reingesting_changes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    report = software_report()
    assert store.add_report(report).status == "added"
    before = (store.counts(), _rows(store), list(store.reports()))
    assert store.add_report(report).status == "unchanged"
    assert (store.counts(), _rows(store), list(store.reports())) == before


def test_store_software_corrected_document_replaces_its_software(store) -> None:  # type: ignore[no-untyped-def]
    report = software_report()
    store.add_report(report)
    text = SOFTWARE_TEXT + " Correction: the wiper was not Whispergate."
    fixed = InputDocument(id="software-demo", text=text, published="2024-01-31")
    sandworm, volt = report.incidents
    corrected = report.model_copy(
        update={
            "document": report.document.model_copy(update={"sha256": fixed.sha256}),
            "incidents": [sandworm.model_copy(update={"software": sandworm.software[:1]}), volt],
        }
    )
    assert store.add_report(corrected, fixed).status == "replaced"
    assert _rows(store) == 3
    (back,) = store.reports()
    assert _software(back) == _software(corrected)
    assert [s.name for s in store.actor("Sandworm").software] == ["NotPetya"]
    # and back to the first version: nothing doubles
    assert store.add_report(report).status == "replaced"
    assert _rows(store) == 4
    assert _software(next(iter(store.reports()))) == _software(report)


def test_store_software_ingest_then_export_from_db_keeps_software(tmp_path: Path) -> None:
    reports = tmp_path / "reports.jsonl"
    reports.write_text(software_report().to_json() + "\n", encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'store.db'}"
    ingested = runner.invoke(app, ["ingest", "--reports", str(reports), "--db", url])
    assert ingested.exit_code == 0, ingested.output
    for fmt in ("stix", "misp", "csv", "markdown"):
        direct = runner.invoke(app, ["export", "--format", fmt, "--from-reports", str(reports)])
        stored = runner.invoke(app, ["export", "--format", fmt, "--db", url])
        assert direct.exit_code == 0 and stored.exit_code == 0, (direct.output, stored.output)
        assert stored.stdout == direct.stdout, fmt
    stix = runner.invoke(app, ["export", "--format", "stix", "--db", url]).stdout
    for name in ("NotPetya", "Mimikatz", "KV Botnet", "S0368", "S0002"):
        assert name in stix


def db_upgraded(url: str) -> Store:
    """``aptrace db upgrade --db url``, then the store opened without upgrading."""
    result = runner.invoke(app, ["db", "upgrade", "--db", url])
    assert result.exit_code == 0, result.output
    return open_store(url, upgrade=False)


def _dump(url: str) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in key order: what an upgrade must not change."""
    engine = db.make_engine(url)
    try:
        with engine.connect() as conn:
            tables = sorted(set(inspect(conn).get_table_names()) - {"alembic_version"})
            meta = MetaData()
            out = {}
            for name in tables:
                table = Table(name, meta, autoload_with=conn)
                out[name] = [tuple(r) for r in conn.execute(table.select().order_by(*table.primary_key.columns))]
            return out
    finally:
        engine.dispose()


def test_store_software_upgrade_from_0001_keeps_data(store_url: str) -> None:
    engine = db.make_engine(store_url)
    assert db.upgrade(engine, "0001") == "0001"
    with Store(engine) as old:  # the writer of today stores reports without software at 0001
        old.add_report(seed_report())
    before = _dump(store_url)
    assert "software_mentions" not in before and before["claims"] and before["merge_keys"]
    with db_upgraded(store_url) as store:
        assert db.current_revision(store.engine) == db.head_revision() == "0002"
        after = _dump(store_url)
        assert after.pop("software_mentions") == []
        assert after == before
        assert list(store.reports()) == [seed_report()]
        assert store.add_report(software_report()).status == "added"
        assert _rows(store) == 4
        assert [r for r in store.reports() if r.document.id != "software-demo"] == [seed_report()]


def test_store_software_downgrade_drops_only_the_new_table(store_url: str) -> None:
    with open_store(store_url) as store:
        store.add_report(seed_report())
        store.add_report(software_report())
        seed = list(store.reports(documents=["seed-cz-apt31"]))

        def down(conn):  # type: ignore[no-untyped-def]
            command.downgrade(db._alembic_config(conn), "0001")

        db.run_with_retry(store.engine, down, what="downgrade")
        assert db.current_revision(store.engine) == "0001"
        with store.engine.connect() as conn:
            assert "software_mentions" not in inspect(conn).get_table_names()
        db.upgrade(store.engine)
        assert list(store.reports(documents=["seed-cz-apt31"])) == seed
        assert store.counts().documents == 2
        assert _rows(store) == 0  # software went with the table; the documents stayed
