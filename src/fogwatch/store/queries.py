"""SELECT statements for the store's queries, built from ``Filters``. No I/O here: callers execute them.

Text comparisons go through ``lower()`` on both sides (on SQLite the store installs a Unicode-aware
``lower``, so both backends give the same answers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

import sqlalchemy as sa
from sqlalchemy.sql.elements import ColumnElement

from .models import articles, claims, cluster_members, clusters, contradictions, events
from .records import Filters

# Article columns every event and claim row carries (see codec.row_to_source).
SOURCE_COLUMNS = (articles.c.source_id, articles.c.content_hash, articles.c.near_duplicate_of,
                  articles.c.outlet, articles.c.url, articles.c.published)


def _eq(column: ColumnElement, value: str) -> ColumnElement[bool]:
    return sa.func.lower(column) == value.lower()


def _has(column: ColumnElement, value: str) -> ColumnElement[bool]:
    return sa.func.lower(column).contains(value.lower(), autoescape=True)


def _in_date_range(column: ColumnElement, f: Filters) -> list[ColumnElement[bool]]:
    out = []
    if f.date_from is not None:
        out.append(column >= f.date_from)
    if f.date_to is not None:
        out.append(column <= f.date_to)
    return out


def _claim_in_contradiction(claim_table: sa.FromClause) -> ColumnElement[bool]:
    x = contradictions.alias("x")
    return sa.exists().where(
        x.c.article_id == claim_table.c.article_id,
        sa.or_(x.c.claim_a == claim_table.c.claim_id, x.c.claim_b == claim_table.c.claim_id))


def event_contested(key: ColumnElement) -> ColumnElement[bool]:
    """The event's cluster is contested, or some claim about it is in a contradiction."""
    m = cluster_members.alias("m")
    k = clusters.alias("k")
    in_contested_cluster = sa.exists().where(m.c.event_key == key, k.c.id == m.c.cluster_id, k.c.contested)
    c = claims.alias("cc")
    disputed_claim = sa.exists().where(c.c.event_key == key, _claim_in_contradiction(c))
    return sa.or_(in_contested_cluster, disputed_claim)


def _event_conditions(f: Filters) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.country:
        out.append(_eq(events.c.country, f.country))
    if f.admin1:
        out.append(_eq(events.c.admin1, f.admin1))
    out += _in_date_range(events.c.event_date, f)
    if f.actor:
        out.append(sa.or_(*(_has(col, f.actor) for col in (
            events.c.actor1, events.c.actor2, events.c.assoc_actor_1, events.c.assoc_actor_2))))
    if f.event_type:
        out.append(sa.or_(_eq(events.c.event_type, f.event_type), _eq(events.c.sub_event_type, f.event_type)))
    return out


def _claim_conditions(f: Filters, c: sa.FromClause) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if f.speaker:
        out.append(sa.or_(_has(c.c.speaker_name, f.speaker), _has(c.c.speaker_text, f.speaker)))
    if f.party:
        out.append(_has(c.c.party, f.party))
    if f.topic:
        out.append(_eq(c.c.topic, f.topic))
    return out


def select_events(f: Filters, *, keys: Collection[str] | None = None,
                  since_article: int | None = None) -> sa.Select:
    stmt = (
        sa.select(events, *SOURCE_COLUMNS, cluster_members.c.cluster_id)
        .select_from(events.join(articles, articles.c.id == events.c.article_id)
                     .outerjoin(cluster_members, cluster_members.c.event_key == events.c.key))
        .where(*_event_conditions(f))
    )
    about = claims.alias("about")
    claim_conditions = _claim_conditions(f, about)
    if claim_conditions:
        stmt = stmt.where(sa.exists().where(about.c.event_key == events.c.key, *claim_conditions))
    if f.contested is not None:
        contested = event_contested(events.c.key)
        stmt = stmt.where(contested if f.contested else sa.not_(contested))
    if keys is not None:
        stmt = stmt.where(events.c.key.in_(keys))
    if since_article is not None:
        stmt = stmt.where(events.c.article_id > since_article)
    return stmt


def select_reports_to_reconcile(*, content_hashes: Collection[str] | None = None, unclustered: bool = False,
                                between: tuple[dt.date, dt.date] | None = None) -> sa.Select:
    """Events (with their cluster id) of these articles, or without a cluster, or whose event date
    (publication date when undated) lies in ``between``: what incremental reconciliation loads."""
    stmt = select_events(Filters())
    if content_hashes is not None:
        stmt = stmt.where(articles.c.content_hash.in_(content_hashes))
    if unclustered:
        stmt = stmt.where(cluster_members.c.cluster_id.is_(None))
    if between is not None:
        first, last = between
        stmt = stmt.where(sa.or_(
            events.c.event_date.between(first, last),
            sa.and_(events.c.event_date.is_(None), articles.c.published.between(first, last))))
    return stmt


def select_claims(f: Filters) -> sa.Select:
    linked = events.alias("linked")
    stmt = (
        sa.select(claims, *SOURCE_COLUMNS)
        .select_from(claims.join(articles, articles.c.id == claims.c.article_id)
                     .outerjoin(linked, linked.c.key == claims.c.event_key))
        .where(*_claim_conditions(f, claims))
    )
    if f.country:
        stmt = stmt.where(_eq(linked.c.country, f.country))
    if f.admin1:
        stmt = stmt.where(_eq(linked.c.admin1, f.admin1))
    stmt = stmt.where(*_in_date_range(sa.func.coalesce(linked.c.event_date, articles.c.published), f))
    if f.actor:
        stmt = stmt.where(sa.or_(*(_has(col, f.actor) for col in (
            linked.c.actor1, linked.c.actor2, linked.c.assoc_actor_1, linked.c.assoc_actor_2,
            claims.c.party, claims.c.speaker_affiliation))))
    if f.event_type:
        stmt = stmt.where(sa.or_(_eq(linked.c.event_type, f.event_type), _eq(linked.c.sub_event_type, f.event_type)))
    if f.contested is not None:
        contested = sa.or_(_claim_in_contradiction(claims),
                           sa.and_(claims.c.event_key.is_not(None), event_contested(claims.c.event_key)))
        stmt = stmt.where(contested if f.contested else sa.not_(contested))
    return stmt
