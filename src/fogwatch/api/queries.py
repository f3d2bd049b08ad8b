"""Read-only lookups the ``Store`` has no method for (one article by its store id, a page of
contradictions with their claims, the cluster of one event), written against the store's tables.

Each runs in one short read transaction, like the store's own reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from ..store import Store, StoredCluster
from ..store.engine import translate_errors
from ..store.models import articles, claims, cluster_members, clusters, contradictions


def _read(store: Store, doing: str) -> Any:
    return translate_errors(store.url, doing, busy_timeout=store.busy_timeout, write=False)


def content_hash_of(store: Store, article_id: int) -> str | None:
    with _read(store, "reading an article"), store.engine.connect() as conn:
        return conn.execute(sa.select(articles.c.content_hash).where(articles.c.id == article_id)).scalar()


def article_row(store: Store, content_hash: str) -> Any:
    with _read(store, "reading an article"), store.engine.connect() as conn:
        return conn.execute(sa.select(articles).where(articles.c.content_hash == content_hash)).mappings().first()


def contradictions_page(store: Store, limit: int, offset: int) -> list[dict[str, Any]]:
    """Contradictions in stored order, each with its article and both claims' content, party and event."""
    stmt = (sa.select(contradictions, articles.c.content_hash)
            .join(articles, articles.c.id == contradictions.c.article_id)
            .order_by(contradictions.c.id).limit(limit).offset(offset))
    with _read(store, "reading contradictions"), store.engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
        found = _claims_of(conn, rows)
    out = []
    for r in rows:
        a = found.get((r["article_id"], r["claim_a"]))
        b = found.get((r["article_id"], r["claim_b"]))
        out.append({
            "claims": [r["claim_a"], r["claim_b"]], "kind": r["kind"], "explanation": r["explanation"],
            "article_id": r["article_id"], "content_hash": r["content_hash"],
            "claim_a": _span(a), "claim_b": _span(b),
            "party_a": a["party"] if a else None, "party_b": b["party"] if b else None,
            "event_key_a": a["event_key"] if a else None, "event_key_b": b["event_key"] if b else None,
        })
    return out


def _claims_of(conn: sa.Connection, rows: Sequence[Any]) -> dict[tuple[int, str], Any]:
    ids = {r["article_id"] for r in rows}
    if not ids:
        return {}
    stmt = sa.select(claims.c.article_id, claims.c.claim_id, claims.c.content_text, claims.c.content_start,
                     claims.c.content_end, claims.c.party, claims.c.event_key).where(claims.c.article_id.in_(ids))
    return {(c["article_id"], c["claim_id"]): c for c in conn.execute(stmt).mappings()}


def _span(c: Any) -> dict[str, Any] | None:
    return None if c is None else {"text": c["content_text"], "start": c["content_start"], "end": c["content_end"]}


def cluster_of(store: Store, event_key: str) -> StoredCluster | None:
    with _read(store, "reading a cluster"), store.engine.connect() as conn:
        cid = conn.execute(sa.select(cluster_members.c.cluster_id)
                           .where(cluster_members.c.event_key == event_key)).scalar()
        if cid is None:
            return None
        row = conn.execute(sa.select(clusters).where(clusters.c.id == cid)).mappings().first()
        keys = conn.execute(sa.select(cluster_members.c.event_key)
                            .where(cluster_members.c.cluster_id == cid)).scalars().all()
    if row is None:
        return None
    return StoredCluster(id=row["id"], fields=row["fields"], n_sources=row["n_sources"],
                         contested=bool(row["contested"]), first_reported=row["first_reported"],
                         last_reported=row["last_reported"], member_keys=tuple(sorted(keys)))
