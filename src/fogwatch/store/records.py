"""What the store hands back: frozen records that wrap the pipeline's own records with where they came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, runtime_checkable

from ..records import Claim, Event, Problem

AddOutcome = Literal["new", "duplicate"]


@dataclass(frozen=True, slots=True)
class Filters:
    """Query filters; ``None`` means "any". Text matches ignore case.

    - ``country``, ``admin1``, ``event_type``, ``topic``: equal (``event_type`` also matches the sub-event type).
    - ``actor``, ``speaker``, ``party``: contained in the name ("taliban" matches "Taliban").
    - ``date_from`` / ``date_to``: inclusive bounds on the event date (for a claim: its event's date, else
      the article's publication date).
    - ``contested``: the event's cluster is contested, or a claim about it is in a contradiction; for a
      claim: it is in a contradiction, or its event is contested in that sense.

    On events, ``speaker``/``party``/``topic`` keep events with a linked claim that matches; on claims,
    ``country``/``admin1``/``actor``/``event_type`` apply to the claim's linked event (``actor`` also
    matches the claim's party and the speaker's affiliation).
    """

    country: str | None = None
    admin1: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    event_type: str | None = None
    speaker: str | None = None
    party: str | None = None
    topic: str | None = None
    contested: bool | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """The stored article a record came from."""

    article_id: int  # the store's id of the article
    source_id: str  # Article.id as ingested
    content_hash: str
    group: str  # near-duplicate group: the content hash of the first-stored copy (its own hash if none)
    outlet: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    key: str
    source: Source
    event: Event
    cluster_id: str | None = None


@dataclass(frozen=True, slots=True)
class StoredClaim:
    source: Source
    claim: Claim
    event_key: str | None  # the stored event the claim is linked to


@dataclass(frozen=True, slots=True)
class EventReport:
    """One stored event as reconciliation reads it: the report, its source, and the claims about it."""

    key: str
    source: Source
    event: Event
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    content_hash: str
    near_duplicate_of: str | None
    source_id: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    country: str | None
    language: str | None
    error: Problem | None
    stored_at: dt.datetime
    text: str | None = None  # only when asked for (``articles(with_text=True)``)


@runtime_checkable
class ClusterLike(Protocol):
    """What ``Store.replace_clusters``/``upsert_clusters`` read from a reconciled cluster.

    Any object with these attributes will do (reconciliation's own record type, a dataclass in a test).
    ``fields`` must be JSON-ready (dates may be ``datetime.date``; they are stored as ISO strings).
    """

    @property
    def id(self) -> str: ...

    @property
    def fields(self) -> Mapping[str, Any]: ...

    @property
    def n_sources(self) -> int: ...

    @property
    def contested(self) -> bool: ...

    @property
    def first_reported(self) -> dt.date | None: ...

    @property
    def last_reported(self) -> dt.date | None: ...

    @property
    def member_keys(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class StoredCluster:
    """A cluster as stored; satisfies ``ClusterLike``, so it can be written back unchanged."""

    id: str
    fields: Mapping[str, Any]
    n_sources: int
    contested: bool
    first_reported: dt.date | None
    last_reported: dt.date | None
    member_keys: tuple[str, ...]
