"""Alembic migrations, shipped inside the package so ``Store.open()`` brings any database to head.

A new revision: ``python -m fogwatch.store.migrations "what changed"`` writes a file under
``versions/``; fill in ``upgrade``/``downgrade``, change ``models.py`` to match, and set ``HEAD``
below (a test checks that ``HEAD``, the revisions and ``models.py`` agree, on SQLite and PostgreSQL).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

# The newest revision. Opening a database already at HEAD reads one row and never imports Alembic.
HEAD = "0003"
SCRIPT_LOCATION = Path(__file__).resolve().parent
# Serialises concurrent upgrades of one PostgreSQL database (an arbitrary constant of fogwatch's).
_PG_LOCK = 0x666F6777


def current_revision(conn: sa.Connection) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config():  # -> alembic.config.Config, imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    return cfg


def upgrade(conn: sa.Connection, revision: str = "head") -> None:
    """Upgrade inside the caller's write transaction (SQLite: BEGIN IMMEDIATE already holds the lock)."""
    from alembic import command

    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK})
    if revision == "head" and current_revision(conn) == HEAD:
        return  # another process upgraded while we waited for the lock
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, revision)
