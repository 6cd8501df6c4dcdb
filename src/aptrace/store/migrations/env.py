"""Alembic environment: runs on the connection that ``aptrace.store.db.upgrade`` passes in."""

from __future__ import annotations

from alembic import context

from aptrace.store.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through aptrace.store.db
    raise RuntimeError("run migrations through aptrace.store.db.upgrade (aptrace db upgrade)")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
