"""The API's response and request models: the OpenAPI schema is generated from these, so every
field a route returns is declared here with its type (schemathesis checks responses against them)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")


class ErrorOut(BaseModel):
    detail: str = Field(description="What went wrong, for a person to read.")


class PageOut(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None = Field(description="Offset of the next page, or null on the last page.")


class EvidenceOut(BaseModel):
    start: int
    end: int
    field: str = Field(description="The event field this span supports.")
    text: str


class SourceOut(BaseModel):
    article_id: int = Field(description="The store's id of the article (GET /api/v1/articles/{id}).")
    source_id: str = Field(description="The article id as ingested.")
    content_hash: str
    group: str = Field(description="Near-duplicate group: content hash of the first-stored copy.")
    outlet: str | None
    url: str | None
    published: dt.date | None


class EventFields(BaseModel):
    id: str = Field(description="The event's id within its article.")
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    evidence: list[EvidenceOut]
    assoc_actor_1: str | None
    assoc_actor_2: str | None
    interaction: int | None
    notes: str
    date_note: str | None


class ArticleEventOut(EventFields):
    key: str = Field(description="Stable store key: '<content hash>:<event id>'.")


class EventOut(ArticleEventOut):
    cluster_id: str | None
    source: SourceOut


class TextSpanOut(BaseModel):
    text: str
    start: int
    end: int


class SpeakerOut(BaseModel):
    text: str
    start: int
    end: int
    name: str | None
    role: str | None
    affiliation: str | None
    kind: str
    antecedent: TextSpanOut | None


class QuantityOut(BaseModel):
    value: int | None
    low: int | None
    high: int | None
    approximate: str | None
    unit: str | None
    whose: str | None


class ClaimFields(BaseModel):
    id: str = Field(description="The claim's id within its article.")
    content: TextSpanOut
    cue: TextSpanOut | None
    speaker: SpeakerOut | None
    quote_type: str
    party: str | None
    channel: str | None
    reported_via: list[str]
    evidence_status: str
    topic: str
    quantity: QuantityOut | None
    event_id: str | None
    speaker_note: str | None


class ClaimOut(ClaimFields):
    event_key: str | None
    source: SourceOut


class ContradictionFields(BaseModel):
    claims: list[str] = Field(description="The two claim ids (within the article).", min_length=2, max_length=2)
    kind: str
    explanation: str


class ContradictionOut(ContradictionFields):
    article_id: int
    content_hash: str
    claim_a: TextSpanOut | None = Field(description="The first claim's content, when it is stored.")
    claim_b: TextSpanOut | None
    party_a: str | None
    party_b: str | None
    event_key_a: str | None
    event_key_b: str | None


class ProblemOut(BaseModel):
    code: str
    message: str


class ArticleOut(BaseModel):
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
    error: ProblemOut | None
    stored_at: dt.datetime


class ArticleDetailOut(ArticleOut):
    text: str = Field(description="The article text as stored: untrusted data, never markup.")
    events: list[ArticleEventOut]
    claims: list[ClaimFields]
    contradictions: list[ContradictionFields]
    warnings: list[ProblemOut]


class ClusterOut(BaseModel):
    id: str
    fields: dict[str, Any] = Field(description="Reconciliation's agreed event fields.")
    n_sources: int
    contested: bool
    first_reported: dt.date | None
    last_reported: dt.date | None
    member_keys: list[str]


class EventDetailOut(EventOut):
    claims: list[ClaimFields] = Field(description="Claims linked to this event.")
    contradictions: list[ContradictionFields] = Field(description="Contradictions involving those claims.")
    cluster: ClusterOut | None


class IngestIn(BaseModel):
    """Either the article itself (``text``, with optional metadata) or a ``url`` to fetch."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200)
    text: str | None = None
    title: str | None = None
    published: dt.date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    outlet: str | None = None
    url: str | None = Field(None, max_length=2000)
    country: str | None = None

    @model_validator(mode="after")
    def _text_or_url(self) -> IngestIn:
        if self.text is None and self.url is None:
            raise ValueError("give the article as 'text' (with optional metadata) or a 'url' to fetch")
        return self


class IngestOut(BaseModel):
    status: str = Field(description="new | near_duplicate | duplicate | skipped")
    source_id: str | None
    content_hash: str | None
    near_duplicate_of: str | None
    message: str
    article: ArticleDetailOut | None = Field(description="The stored article with its result.")
