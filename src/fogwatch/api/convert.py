"""Store records -> JSON-ready dicts shaped like the response models in ``schemas``."""

from __future__ import annotations

from typing import Any

from ..records import ArticleResult, to_dict
from ..store import Source, StoredArticle, StoredClaim, StoredCluster, StoredEvent
from ..store.codec import event_key


def source(s: Source) -> dict[str, Any]:
    return to_dict(s)


def event(stored: StoredEvent) -> dict[str, Any]:
    return {**to_dict(stored.event), "key": stored.key, "cluster_id": stored.cluster_id,
            "source": source(stored.source)}


def claim(stored: StoredClaim) -> dict[str, Any]:
    return {**to_dict(stored.claim), "event_key": stored.event_key, "source": source(stored.source)}


def cluster(c: StoredCluster) -> dict[str, Any]:
    return {"id": c.id, "fields": dict(c.fields), "n_sources": c.n_sources, "contested": c.contested,
            "first_reported": to_dict(c.first_reported), "last_reported": to_dict(c.last_reported),
            "member_keys": list(c.member_keys)}


def article(a: StoredArticle) -> dict[str, Any]:
    data = to_dict(a)
    data.pop("text", None)
    data["stored_at"] = a.stored_at.isoformat()
    return data


def article_detail(a: StoredArticle, result: ArticleResult) -> dict[str, Any]:
    return {**article(a), "text": a.text or "",
            "events": [{**to_dict(e), "key": event_key(a.content_hash, e.id)} for e in result.events],
            "claims": to_dict(result.claims), "contradictions": to_dict(result.contradictions),
            "warnings": to_dict(result.warnings)}
