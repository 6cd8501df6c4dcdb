"""Engines, migrations and write transactions, the same on SQLite and PostgreSQL.

Writers are serialised: SQLite takes its write lock when a write transaction
begins (``BEGIN IMMEDIATE``, WAL journal, busy timeout); PostgreSQL takes a
transaction-scoped advisory lock. Each document is written in one such
transaction, so two processes ingesting at once neither lose nor duplicate
anything, and a process killed mid-batch leaves only whole documents.
Lock timeouts, serialisation failures and unique-key races are retried.
"""

from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError

from ..errors import StoreError

log = logging.getLogger(__name__)

__all__ = [
    "default_url",
    "resolve_url",
    "make_engine",
    "write_transaction",
    "run_with_retry",
    "upgrade",
    "current_revision",
    "head_revision",
]

T = TypeVar("T")

# pg_advisory_xact_lock key: "aptrace" as a number
_PG_LOCK_KEY = 0x61707472616365
_MIGRATIONS = Path(__file__).with_name("migrations")


def default_url() -> str:
    """``$APTRACE_DB``, else SQLite in the user's data directory."""
    env = os.environ.get("APTRACE_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("aptrace", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'aptrace.db'}"


def resolve_url(url: str | None) -> str:
    """Normalise a database URL: default, plain paths, ``postgresql://`` -> psycopg 3."""
    if not url:
        return default_url()
    if "://" not in url:  # a file path
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def make_engine(url: str | None = None) -> Engine:
    """An engine for ``url`` with the store's connection settings."""
    resolved = resolve_url(url)
    try:
        parsed = make_url(resolved)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {exc}", source=url) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, connect_args={"timeout": 60})
        _configure_sqlite(engine)
    elif backend == "postgresql":
        if parsed.get_driver_name() == "psycopg":
            try:
                import psycopg  # noqa: F401
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise StoreError(
                    "PostgreSQL needs psycopg: pip install 'aptrace[postgres]'", source=url
                ) from exc
        engine = create_engine(resolved, pool_pre_ping=True)
    else:
        raise StoreError(f"unsupported database {backend!r} (use sqlite or postgresql)", source=url)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event emit BEGIN (pysqlite's own is deferred).
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA busy_timeout = 60000")
        cur.execute("PRAGMA foreign_keys = ON")
        # Switching a new file to WAL needs a moment alone with it; another
        # process opening it at the same time makes the switch fail at once.
        for attempt in range(100):
            try:
                mode = cur.execute("PRAGMA journal_mode").fetchone()[0]
                if str(mode).lower() != "wal":
                    cur.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc).lower() or attempt == 99:
                    raise
                time.sleep(0.05 + random.random() * 0.05)
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("aptrace_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One serialised write transaction; commits on success, rolls back on error."""
    with engine.connect() as conn:
        conn = conn.execution_options(aptrace_write=True)
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})
            yield conn


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, IntegrityError):
        return True  # a concurrent writer inserted the same key first: look again
    if isinstance(exc, OperationalError):
        msg = str(exc).lower()
        if "locked" in msg or "busy" in msg:
            return True
    if isinstance(exc, DBAPIError):
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        if code in {"40001", "40P01", "55P03"}:
            return True
        if exc.connection_invalidated:
            return True
    return False


def run_with_retry(engine: Engine, work: Callable[[Connection], T], *, attempts: int = 8, what: str = "") -> T:
    """Run ``work(conn)`` in a write transaction, retrying transient conflicts."""
    for attempt in range(1, attempts + 1):
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except DBAPIError as exc:
            if attempt == attempts or not _retryable(exc):
                raise
            delay = min(2.0, 0.05 * 2**attempt) * (0.5 + random.random())
            log.info("retrying %s after %s (attempt %d)", what or "write", type(exc.orig).__name__, attempt)
            time.sleep(delay)
    raise AssertionError("unreachable")  # pragma: no cover


def _alembic_config(conn: Connection):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def _revision_of(conn: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision_of(conn)


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Apply the packaged migrations up to ``revision``; safe to run concurrently."""
    from alembic import command

    try:
        if revision == "head" and current_revision(engine) == head_revision():
            return head_revision()
    except OperationalError as exc:  # busy: let the locked upgrade below look again
        log.debug("cannot read the schema revision yet: %s", exc)

    def _do(conn: Connection) -> None:
        command.upgrade(_alembic_config(conn), revision)

    run_with_retry(engine, _do, what="migration")
    rev = run_with_retry(engine, lambda conn: _revision_of(conn), what="revision")
    log.info("database at revision %s", rev)
    return rev
