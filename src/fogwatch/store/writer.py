"""Inserting one article's rows, inside a transaction the caller holds (``Store.add_result``).

Split into one function per table so that tests can make any step fail and check that the
transaction leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import functools

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..records import Article, ArticleResult
from . import codec
from .errors import StoreError
from .models import articles, claims, contradictions, events


def insert_article(conn: sa.Connection, article: Article, result: ArticleResult, *, content_hash: str,
                   near_duplicate_of: str | None, stored_at: dt.datetime) -> int | None:
    """The new article's id, or None when an article with this content hash is already stored."""
    root = _group_root(conn, near_duplicate_of, content_hash)
    row = codec.article_row(article, result, content_hash=content_hash, near_duplicate_of=root,
                            stored_at=stored_at)
    return conn.execute(_insert_article(conn.dialect.name), row).scalar()


@functools.cache
def _insert_article(dialect: str) -> sa.Insert:
    """Built once per dialect, values bound at execution, so SQLAlchemy compiles it once."""
    dialect_insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # ON CONFLICT DO NOTHING: a concurrent writer of the same article makes this one a duplicate, not an error.
    return (dialect_insert(articles).on_conflict_do_nothing(index_elements=["content_hash"])
            .returning(articles.c.id))


def _group_root(conn: sa.Connection, near_duplicate_of: str | None, own_hash: str) -> str | None:
    """Store the group's first copy, not a copy of a copy: then a group is one column value."""
    if near_duplicate_of is None or near_duplicate_of == own_hash:
        return None
    parent = conn.execute(sa.select(articles.c.near_duplicate_of)
                          .where(articles.c.content_hash == near_duplicate_of)).first()
    return parent[0] if parent is not None and parent[0] is not None else near_duplicate_of


def event_keys(result: ArticleResult, content_hash: str) -> dict[str, str]:
    keys: dict[str, str] = {}
    for e in result.events:
        if e.id in keys:
            raise StoreError(f"article {result.article.id!r}: two events share the id {e.id!r}; event ids must "
                             "be unique within an article")
        keys[e.id] = codec.event_key(content_hash, e.id)
    return keys


def insert_events(conn: sa.Connection, article_id: int, result: ArticleResult, keys: dict[str, str]) -> None:
    if result.events:
        conn.execute(events.insert(), [codec.event_to_row(e, article_id=article_id, key=keys[e.id], ordinal=i)
                                       for i, e in enumerate(result.events)])


def insert_claims(conn: sa.Connection, article_id: int, result: ArticleResult, keys: dict[str, str]) -> None:
    if result.claims:
        conn.execute(claims.insert(), [
            codec.claim_to_row(c, article_id=article_id, ordinal=i,
                               event_key=keys.get(c.event_id) if c.event_id is not None else None)
            for i, c in enumerate(result.claims)])


def insert_contradictions(conn: sa.Connection, article_id: int, result: ArticleResult) -> None:
    if result.contradictions:
        conn.execute(contradictions.insert(), [codec.contradiction_to_row(c, article_id=article_id, ordinal=i)
                                               for i, c in enumerate(result.contradictions)])


def write_children(conn: sa.Connection, article_id: int, result: ArticleResult, content_hash: str) -> None:
    keys = event_keys(result, content_hash)
    insert_events(conn, article_id, result, keys)
    insert_claims(conn, article_id, result, keys)
    insert_contradictions(conn, article_id, result)
