"""Shared fixtures.

``store_url`` and ``store`` run a test once on SQLite (a file in the test's
temporary directory) and once on PostgreSQL (a fresh database on the server
named by ``APTRACE_TEST_POSTGRES_URL``; ``scripts/test.sh`` always sets it,
so the PostgreSQL half is skipped only where no server was started).
"""

from __future__ import annotations

import os
import uuid
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "APTRACE_TEST_POSTGRES_URL"


def _pg_admin_url() -> str:
    url = os.environ[PG_ENV]
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            url = "postgresql+psycopg://" + url[len(plain):]
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A URL of an empty database, on each engine."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} not set (scripts/test.sh starts a PostgreSQL server and sets it)")
    admin_url = _pg_admin_url()
    name = f"aptrace_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def store(store_url: str):  # type: ignore[no-untyped-def]
    """An open, migrated incident store on each engine."""
    from aptrace.store import open_store

    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()
