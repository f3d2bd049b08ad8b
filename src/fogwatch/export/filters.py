"""Which clusters an export keeps: filters over reconciled clusters (``None`` means any)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..reconcile.records import Cluster
from ..reconcile.similarity import norm


@dataclass(frozen=True, slots=True)
class ClusterFilter:
    """``country``/``admin1``: equal (case and accents ignored); ``actor``: contained in actor 1 or
    2; ``event_type``: the event type or the sub-event type; dates: inclusive bounds on the event
    date (undated clusters are dropped when a bound is given); ``min_sources``: at least that many
    independent sources; ``contested``: the parties' claims conflict (or do not, for False)."""

    country: str | None = None
    admin1: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    event_type: str | None = None
    min_sources: int | None = None
    contested: bool | None = None

    def matches(self, c: Cluster) -> bool:
        if self.country is not None and norm(self.country) != norm(c.country):
            return False
        if self.admin1 is not None and norm(self.admin1) != norm(c.admin1):
            return False
        if self.date_from is not None and (c.event_date is None or c.event_date < self.date_from):
            return False
        if self.date_to is not None and (c.event_date is None or c.event_date > self.date_to):
            return False
        if self.actor is not None:
            wanted = norm(self.actor) or ""
            if not any(wanted in (norm(a) or "") for a in (c.actor1, c.actor2)):
                return False
        if self.event_type is not None and norm(self.event_type) not in (norm(c.event_type), norm(c.sub_event_type)):
            return False
        if self.min_sources is not None and c.n_sources < self.min_sources:
            return False
        return self.contested is None or c.contested == self.contested


def select(clusters: Iterable[Cluster], keep: ClusterFilter) -> Iterator[Cluster]:
    return (c for c in clusters if keep.matches(c))


__all__ = ["ClusterFilter", "select"]
