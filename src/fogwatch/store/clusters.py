"""Writing and reading reconciled clusters (the rows; ``Store`` holds the transaction)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from . import codec
from .errors import StoreError
from .models import cluster_members, clusters, events
from .records import ClusterLike, StoredCluster

CHUNK = 500  # bound parameters per IN (...) list: far below SQLite's and PostgreSQL's limits


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def rows(given: Iterable[ClusterLike]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Cluster rows and membership rows; overlapping or repeated clusters are refused up front."""
    cluster_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, str]] = []
    owner: dict[str, str] = {}
    ids: set[str] = set()
    for c in given:
        if c.id in ids:
            raise StoreError(f"cluster id {c.id!r} is given twice; cluster ids must be unique")
        ids.add(c.id)
        cluster_rows.append({
            "id": c.id, "fields": codec.json_ready(c.fields), "n_sources": int(c.n_sources),
            "contested": bool(c.contested), "first_reported": _day(c.first_reported),
            "last_reported": _day(c.last_reported)})
        for key in dict.fromkeys(c.member_keys):
            if key in owner:
                raise StoreError(f"event {key} is in clusters {owner[key]!r} and {c.id!r}; clusters must not overlap")
            owner[key] = c.id
            member_rows.append({"cluster_id": c.id, "event_key": key})
    return cluster_rows, member_rows


def _day(value: dt.date | None) -> dt.date | None:
    """A datetime (a subclass of date) is cut to its day: the columns hold days."""
    return value.date() if isinstance(value, dt.datetime) else value


def missing_keys(conn: sa.Connection, keys: Sequence[str]) -> list[str]:
    """Member keys that name no stored event (used to explain a refused write)."""
    found: set[str] = set()
    for part in chunks(keys):
        found.update(conn.execute(sa.select(events.c.key).where(events.c.key.in_(part))).scalars())
    return [k for k in keys if k not in found]


def replace_all(conn: sa.Connection, cluster_rows: list[dict[str, Any]], member_rows: list[dict[str, str]]) -> None:
    conn.execute(cluster_members.delete())
    conn.execute(clusters.delete())
    _insert(conn, cluster_rows, member_rows)


def upsert(conn: sa.Connection, cluster_rows: list[dict[str, Any]], member_rows: list[dict[str, str]],
           removed: Sequence[str]) -> None:
    """Write the given clusters whole; events they take over leave their old clusters, and a cluster
    left with no events is deleted."""
    ids = [r["id"] for r in cluster_rows]
    keys = [m["event_key"] for m in member_rows]
    losers: set[str] = set()
    for part in chunks(keys):
        losers.update(conn.execute(sa.select(cluster_members.c.cluster_id)
                                   .where(cluster_members.c.event_key.in_(part))).scalars())
        conn.execute(cluster_members.delete().where(cluster_members.c.event_key.in_(part)))
    for part in chunks(ids + list(removed)):
        conn.execute(cluster_members.delete().where(cluster_members.c.cluster_id.in_(part)))
        conn.execute(clusters.delete().where(clusters.c.id.in_(part)))
    _insert(conn, cluster_rows, member_rows)
    emptied = sorted(losers - set(ids))
    for part in chunks(emptied):
        no_members = ~sa.exists().where(cluster_members.c.cluster_id == clusters.c.id)
        conn.execute(clusters.delete().where(clusters.c.id.in_(part), no_members))


def _insert(conn: sa.Connection, cluster_rows: list[dict[str, Any]], member_rows: list[dict[str, str]]) -> None:
    if cluster_rows:
        conn.execute(clusters.insert(), cluster_rows)
    if member_rows:
        conn.execute(cluster_members.insert(), member_rows)


def read_page(conn: sa.Connection, after: str | None, limit: int) -> list[StoredCluster]:
    stmt = sa.select(clusters).order_by(clusters.c.id).limit(limit)
    if after is not None:
        stmt = stmt.where(clusters.c.id > after)
    page = conn.execute(stmt).mappings().all()
    members: dict[str, list[str]] = {r["id"]: [] for r in page}
    for part in chunks(list(members)):
        for cid, key in conn.execute(sa.select(cluster_members.c.cluster_id, cluster_members.c.event_key)
                                     .where(cluster_members.c.cluster_id.in_(part))):
            members[cid].append(key)
    return [StoredCluster(id=r["id"], fields=r["fields"], n_sources=r["n_sources"], contested=bool(r["contested"]),
                          first_reported=r["first_reported"], last_reported=r["last_reported"],
                          member_keys=tuple(sorted(members[r["id"]]))) for r in page]
