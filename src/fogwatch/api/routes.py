"""Read endpoints under /api/v1: articles, events, clusters, claims, contradictions.

Pagination is limit/offset; ``next_offset`` is null on the last page (one extra row is read to know).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, HTTPException, Path, Query, Request

from ..store import Filters, Store, codec
from . import convert, queries
from .schemas import (
    ArticleDetailOut,
    ArticleOut,
    ClaimOut,
    ClusterOut,
    ContradictionOut,
    ErrorOut,
    EventDetailOut,
    EventOut,
    PageOut,
)

T = TypeVar("T")
MAX_LIMIT = 500
MAX_OFFSET = 100_000  # offsets are skipped row by row: bounded so one request stays cheap
# Filter text: no NUL (neither backend can compare it) and bounded length.
TEXT = r"^[^\x00]*$"

ERRORS: dict[int | str, dict[str, Any]] = {
    500: {"model": ErrorOut, "description": "Internal error (no details are given)."},
    503: {"model": ErrorOut, "description": "The store is busy or unavailable."},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "Not found."}, **ERRORS}

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Text = Annotated[str | None, Query(max_length=200, pattern=TEXT)]

router = APIRouter(prefix="/api/v1")


def _store(request: Request) -> Store:
    return request.app.state.store


def _page(rows: Iterable[T], limit: int, offset: int, as_json: Any) -> dict[str, Any]:
    """A page from ``rows`` that already start at ``offset`` (the store skips them in SQL)."""
    items = list(itertools.islice(rows, limit + 1))
    more = len(items) > limit
    return {"items": [as_json(r) for r in items[:limit]], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}


@router.get("/articles", response_model=PageOut[ArticleOut], responses=ERRORS, tags=["articles"],
            summary="Stored articles (without text), in the order they were stored")
def list_articles(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return _page(_store(request).articles(limit=limit + 1, offset=offset), limit, offset, convert.article)


@router.get("/articles/{article_id}", response_model=ArticleDetailOut, responses=NOT_FOUND, tags=["articles"],
            summary="One article with its text, events, claims and contradictions (every evidence span)")
def get_article(request: Request, article_id: Annotated[str, Path(
        max_length=128, pattern=r"^[0-9A-Za-z]+$",
        description="The store's numeric id, or the article's content hash.")]) -> dict[str, Any]:
    store = _store(request)
    digest: str | None = article_id
    if article_id.isdigit() and len(article_id) < 19:
        digest = queries.content_hash_of(store, int(article_id))
    row = queries.article_row(store, digest) if digest else None
    result = store.result(digest) if row is not None and digest else None
    if row is None or result is None:
        raise HTTPException(404, f"no stored article {article_id!r}")
    return convert.article_detail(codec.row_to_stored_article(row, True), result)


@router.get("/events", response_model=PageOut[EventOut], responses=ERRORS, tags=["events"],
            summary="Stored events, filtered as `fogwatch events`")
def list_events(request: Request, country: Text = None, admin1: Text = None, date_from: dt.date | None = None,
                date_to: dt.date | None = None, actor: Text = None, event_type: Text = None,
                contested: bool | None = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    filters = Filters(country=country, admin1=admin1, date_from=date_from, date_to=date_to, actor=actor,
                      event_type=event_type, contested=contested)
    return _page(_store(request).events(filters, limit=limit + 1, offset=offset), limit, offset, convert.event)


@router.get("/events/{key}", response_model=EventDetailOut, responses=NOT_FOUND, tags=["events"],
            summary="One event with its source, linked claims, their contradictions and its cluster")
def get_event(request: Request, key: Annotated[str, Path(max_length=300, pattern=TEXT,
                                                          description="'<content hash>:<event id>'")]
              ) -> dict[str, Any]:
    store = _store(request)
    report = next(iter(store.event_reports(keys=[key], limit=1)), None)
    if report is None:
        raise HTTPException(404, f"no stored event {key!r}")
    cluster = queries.cluster_of(store, key)
    result = store.result(report.source.content_hash)
    ids = {c.id for c in report.claims}
    contradictions = [c for c in (result.contradictions if result else ()) if ids & set(c.claims)]
    from ..records import to_dict

    return {**to_dict(report.event), "key": report.key, "cluster_id": cluster.id if cluster else None,
            "source": convert.source(report.source), "claims": to_dict(report.claims),
            "contradictions": to_dict(contradictions), "cluster": convert.cluster(cluster) if cluster else None}


@router.get("/clusters", response_model=PageOut[ClusterOut], responses=ERRORS, tags=["clusters"],
            summary="Reconciled event clusters (one real-world event each), in id order")
def list_clusters(request: Request, contested: bool | None = None, limit: Limit = 100,
                  offset: Offset = 0) -> dict[str, Any]:
    rows: Iterator[Any] = _store(request).clusters(limit=None if contested is not None else offset + limit + 1)
    if contested is not None:
        rows = (c for c in rows if c.contested == contested)
    return _page(itertools.islice(rows, offset, None), limit, offset, convert.cluster)


@router.get("/claims", response_model=PageOut[ClaimOut], responses=ERRORS, tags=["claims"],
            summary="Stored claims, filtered as `fogwatch claims`")
def list_claims(request: Request, speaker: Text = None, party: Text = None, topic: Text = None,
                contested: bool | None = None, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    filters = Filters(speaker=speaker, party=party, topic=topic, contested=contested)
    return _page(_store(request).claims(filters, limit=limit + 1, offset=offset), limit, offset, convert.claim)


@router.get("/contradictions", response_model=PageOut[ContradictionOut], responses=ERRORS,
            tags=["claims"], summary="Contradictions between claims, with both claims' text and party")
def list_contradictions(request: Request, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return _page(queries.contradictions_page(_store(request), limit + 1, offset), limit, offset, lambda r: r)
