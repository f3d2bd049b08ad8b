"""Records of cross-article reconciliation: the reports it reads and the clusters it writes.

An ``EventReport`` is one article's account of one event (``fogwatch.records.Event``) with where it
came from and the claims the article links to it. A ``Cluster`` is one real-world event as several
reports tell it: fields chosen by agreement of the sources, how many independent sources report it,
and what they disagree about. Both are frozen and round-trip through ``fogwatch.records.to_dict`` /
``from_dict``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..records import ArticleResult, Claim, Contradiction, Event, to_dict


@dataclass(frozen=True, slots=True)
class EventReport:
    """One article's report of one event.

    ``source_group`` is the near-duplicate group of the article: syndicated copies of one story share
    it and count as one source. ``document`` identifies the article text (two events of one document
    are never merged: the extractor already split them); it defaults to ``article_id``. ``key`` is the
    report's unique id, ``"article_id:event_id"`` unless given (the store passes its own).
    """

    event: Event
    article_id: str
    outlet: str | None = None
    published: dt.date | None = None
    source_group: str = ""
    claims: tuple[Claim, ...] = ()
    key: str = ""
    document: str = ""

    def __post_init__(self) -> None:
        # Defaults derived from other fields; object.__setattr__ because the record is frozen.
        if not self.source_group:
            object.__setattr__(self, "source_group", self.article_id)
        if not self.key:
            object.__setattr__(self, "key", f"{self.article_id}:{self.event.id}")
        if not self.document:
            object.__setattr__(self, "document", self.article_id)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """An article that reports a cluster's event."""

    article_id: str
    outlet: str | None
    published: dt.date | None
    source_group: str
    event_key: str


@dataclass(frozen=True, slots=True)
class Cluster:
    """One event as reported by one or more sources.

    Event fields are ACLED's, chosen by agreement of the sources (each source group votes once).
    ``fatalities`` is ACLED's conservative figure (the lowest non-partisan figure any source gives,
    0 when only parties to the fight gave one); ``fatalities_low/best/high`` are UCDP-style;
    ``deaths_*`` split deaths by side where claims state whose they were (None: not stated).
    ``contested``: claims of two different parties conflict. ``contradictions`` are the conflicts
    between claims of different source groups (cross-article), claim ids qualified by article id.
    """

    id: str
    members: tuple[str, ...]
    event_type: str
    sub_event_type: str
    actor1: str | None
    assoc_actor_1: str | None
    inter1: int | None
    actor2: str | None
    assoc_actor_2: str | None
    inter2: int | None
    interaction: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    event_date: dt.date | None
    time_precision: int | None
    date_start: dt.date | None
    date_end: dt.date | None
    n_sources: int
    sources: tuple[SourceRef, ...]
    first_reported: dt.date | None
    last_reported: dt.date | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    deaths_a: int | None
    deaths_b: int | None
    deaths_civilians: int | None
    deaths_unknown: int | None
    contested: bool
    contradictions: tuple[Contradiction, ...]
    speakers: tuple[str, ...]
    notes: str

    # ---- what the store reads (``fogwatch.store.records.ClusterLike``)

    @property
    def member_keys(self) -> tuple[str, ...]:
        return self.members

    @property
    def fields(self) -> Mapping[str, Any]:
        """The cluster as a JSON-ready mapping (dates as ISO strings)."""
        data: dict[str, Any] = to_dict(self)
        return data

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlets, in order of first report."""
        seen: dict[str, None] = {}
        for s in self.sources:
            if s.outlet:
                seen.setdefault(s.outlet, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Changes:
    """What one ``Reconciler.update`` changed: new or modified clusters, and ids that disappeared."""

    changed: tuple[Cluster, ...]
    removed: tuple[str, ...]


def reports_from_result(
    result: ArticleResult, *, source_group: str | None = None, document: str | None = None
) -> tuple[EventReport, ...]:
    """The event reports of one extracted article; claims go with the event they are linked to."""
    info = result.article
    by_event: dict[str, list[Claim]] = {}
    for c in result.claims:
        if c.event_id is not None:
            by_event.setdefault(c.event_id, []).append(c)
    return tuple(
        EventReport(
            event=e,
            article_id=info.id,
            outlet=info.outlet,
            published=info.published,
            source_group=source_group or info.id,
            claims=tuple(by_event.get(e.id, ())),
            document=document or info.id,
        )
        for e in result.events
    )


def as_report(obj: Any) -> EventReport:
    """An ``EventReport`` from this module's record or from the store's (``key``, ``source``, ``event``,
    ``claims``, with ``source.source_id``, ``group``, ``content_hash``, ``outlet``, ``published``)."""
    if isinstance(obj, EventReport):
        return obj
    source = getattr(obj, "source", None)
    if source is None or not hasattr(obj, "event"):
        raise TypeError(f"cannot read an event report from {type(obj).__name__}: it has no source and event")
    return EventReport(
        event=obj.event,
        article_id=str(source.source_id),
        outlet=source.outlet,
        published=source.published,
        source_group=str(source.group),
        claims=tuple(getattr(obj, "claims", ())),
        key=str(obj.key),
        document=str(getattr(source, "content_hash", "") or source.source_id),
    )


__all__ = ["Changes", "Cluster", "EventReport", "SourceRef", "as_report", "reports_from_result"]
