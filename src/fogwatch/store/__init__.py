"""fogwatch's store: articles, events, claims, contradictions and reconciled clusters in SQLite
(by default, at ``~/.local/share/fogwatch/fogwatch.db`` or ``$FOGWATCH_DB``) or PostgreSQL.

    from fogwatch.store import Store, Filters

    with Store.open() as store:                       # or Store.open("postgresql://user@host/db")
        store.add_result(article, result)             # "new" | "duplicate", one transaction
        for stored in store.events(Filters(country="Afghanistan", contested=True)):
            print(stored.event.event_date, stored.event.event_type, stored.source.outlet)
"""

from __future__ import annotations

from .codec import content_hash
from .engine import ENV_VAR, default_path, resolve_url
from .errors import DatabaseLockedError, DatabaseUnavailableError, StoreError, UnstorableTextError
from .records import (
    AddOutcome,
    ClusterLike,
    EventReport,
    Filters,
    Source,
    StoredArticle,
    StoredClaim,
    StoredCluster,
    StoredEvent,
)
from .repository import Store

__all__ = [
    "ENV_VAR",
    "AddOutcome",
    "ClusterLike",
    "DatabaseLockedError",
    "DatabaseUnavailableError",
    "EventReport",
    "Filters",
    "Source",
    "Store",
    "StoreError",
    "StoredArticle",
    "StoredClaim",
    "StoredCluster",
    "StoredEvent",
    "UnstorableTextError",
    "content_hash",
    "default_path",
    "resolve_url",
]
