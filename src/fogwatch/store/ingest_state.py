"""Ingest's bookkeeping rows: near-duplicate signatures and feed entries already read."""

from __future__ import annotations

import datetime as dt
import functools

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from .models import feed_entries, signatures


@functools.cache
def _insert_ignore(table_name: str, dialect: str) -> sa.Insert:
    """INSERT ... ON CONFLICT DO NOTHING, built once: marking twice is not an error."""
    table = {"signatures": signatures, "feed_entries": feed_entries}[table_name]
    dialect_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    return dialect_insert(table).on_conflict_do_nothing()


def add_signature(conn: sa.Connection, content_hash: str, signature: bytes) -> None:
    conn.execute(_insert_ignore("signatures", conn.dialect.name),
                 {"content_hash": content_hash, "signature": bytes(signature)})


def mark_entry_seen(conn: sa.Connection, feed: str, key: str, when: dt.datetime) -> None:
    conn.execute(_insert_ignore("feed_entries", conn.dialect.name), {"feed": feed, "key": key, "seen_at": when})


def has_seen_entry(conn: sa.Connection, feed: str, key: str) -> bool:
    return conn.execute(sa.select(sa.literal(1)).where(feed_entries.c.feed == feed, feed_entries.c.key == key)
                        ).first() is not None


def signature_page(conn: sa.Connection, after: str | None, limit: int) -> list[tuple[str, bytes]]:
    stmt = sa.select(signatures.c.content_hash, signatures.c.signature).order_by(signatures.c.content_hash).limit(limit)
    if after is not None:
        stmt = stmt.where(signatures.c.content_hash > after)
    return [(h, bytes(s)) for h, s in conn.execute(stmt)]
