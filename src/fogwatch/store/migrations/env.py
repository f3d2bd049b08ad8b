"""Alembic environment: runs on the connection ``fogwatch.store`` passes in (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from fogwatch.store.models import metadata

connection = context.config.attributes.get("connection")
if connection is None or context.is_offline_mode():
    raise RuntimeError("fogwatch migrations run through fogwatch.store.Store.open(), on a live connection")

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
