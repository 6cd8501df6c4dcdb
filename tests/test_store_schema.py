"""The schema: migrations in the package, the same on SQLite and PostgreSQL; URLs; public API."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

import aptrace.store as store_pkg
from aptrace.errors import StoreError
from aptrace.store import db, open_store
from aptrace.store.tables import Base

TABLES = {
    "documents", "incidents", "incident_reports", "actor_mentions", "sponsor_claims", "victim_mentions",
    "claims", "merge_keys", "merge_links", "merge_constraints", "software_mentions", "alembic_version",
}


def test_store_schema_migrations_build_the_models(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) == TABLES
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []
    assert db.current_revision(store.engine) == db.head_revision()


def test_store_schema_upgrade_twice_is_harmless(store_url: str) -> None:
    engine = db.make_engine(store_url)
    try:
        assert db.upgrade(engine) == db.head_revision()
        assert db.upgrade(engine) == db.head_revision()
    finally:
        engine.dispose()
    with open_store(store_url, upgrade=False) as s:
        assert s.counts().documents == 0


def test_store_schema_unmigrated_database_is_refused_without_upgrade(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="aptrace db upgrade"):
        open_store(f"sqlite:///{tmp_path / 'new.db'}", upgrade=False)


def test_store_schema_migrations_ship_inside_the_package() -> None:
    folder = Path(store_pkg.__file__).with_name("migrations")
    assert (folder / "env.py").is_file()
    assert list((folder / "versions").glob("0001_*.py"))


def test_store_schema_urls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("APTRACE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    default = db.resolve_url(None)
    assert default.startswith("sqlite:///") and default.endswith("aptrace/aptrace.db")
    assert str(tmp_path / "data") in default
    monkeypatch.setenv("APTRACE_DB", "sqlite:////elsewhere/x.db")
    assert db.resolve_url(None) == "sqlite:////elsewhere/x.db"
    assert db.resolve_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert db.resolve_url(str(tmp_path / "f.db")) == f"sqlite:///{tmp_path / 'f.db'}"
    with pytest.raises(StoreError, match="unsupported database") as exc:
        db.make_engine("mysql://h/db")
    assert exc.value.source == "mysql://h/db"


def test_store_schema_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    from sqlalchemy import text

    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as s, s.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar_one() >= 10000


def test_store_schema_public_api_is_exported() -> None:
    from types import ModuleType

    public = {
        n for n, v in vars(store_pkg).items()
        if not n.startswith("_") and not isinstance(v, ModuleType) and n != "annotations"
    }
    assert set(store_pkg.__all__) == public
    for name in ("open_store", "Store", "ingest", "ingest_reports", "IncidentView", "WhyView", "ActorView"):
        assert name in store_pkg.__all__
