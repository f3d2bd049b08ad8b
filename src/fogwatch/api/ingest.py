"""POST /api/v1/ingest: one article (text or URL) through the ingest loop, then its clusters updated.

Ingest runs one request at a time per app (a lock): the near-duplicate index and the extractor are
shared, and the pipeline is not built for concurrent calls.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool

from ..records import Article, ArticleResult
from ..store import Store, codec
from . import convert, queries
from .schemas import ErrorOut, IngestIn, IngestOut
from .security import check_token, client_key

Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]

router = APIRouter(prefix="/api/v1")


class IngestService:
    def __init__(self, store: Store, extractor: Extractor | None, fetcher_factory: Callable[[], Any] | None) -> None:
        self.store = store
        self._extractor = extractor
        self._fetcher_factory = fetcher_factory
        self._lock = threading.Lock()
        self._ingester: Any = None

    def _extract(self) -> Extractor:
        if self._extractor is None:  # loaded on the first ingest: a read-only server never pays for it
            from ..pipeline import Pipeline

            self._extractor = Pipeline.load().extract_many
        return self._extractor

    def ingest(self, body: IngestIn) -> dict[str, Any]:
        from ..ingest.run import FAILED, Ingester
        from ..ingest.sink import StoreSink
        from ..ingest.sources import Sourced, read_url

        with self._lock:
            if self._ingester is None:
                self._ingester = Ingester(StoreSink(self.store), self._extract())
            fetcher = None
            if body.text is not None:
                items: Iterable[Any] = [Sourced(_article(body), "api")]
            else:
                fetcher = self._fetcher_factory() if self._fetcher_factory else None
                items = read_url(str(body.url), fetcher=fetcher)
            outcomes: list[Any] = []
            try:
                self._ingester.run(itertools_first(items), on_outcome=outcomes.append)
            finally:
                if fetcher is not None:
                    fetcher.close()
            if not outcomes:
                raise HTTPException(422, "nothing to ingest at that address")
            outcome = outcomes[0]
            if outcome.status == FAILED:
                raise HTTPException(422, outcome.message or "the article could not be ingested")
            if outcome.status in ("new", "near_duplicate") and outcome.content_hash:
                from ..reconcile.store_sync import sync_clusters

                sync_clusters(self.store, [outcome.content_hash])
            return {"status": outcome.status, "source_id": outcome.article_id, "content_hash": outcome.content_hash,
                    "near_duplicate_of": outcome.near_duplicate_of, "message": outcome.message,
                    "article": self._stored(outcome.content_hash)}

    def _stored(self, digest: str | None) -> dict[str, Any] | None:
        row = queries.article_row(self.store, digest) if digest else None
        result = self.store.result(digest) if row is not None and digest else None
        if row is None or result is None:
            return None
        return convert.article_detail(codec.row_to_stored_article(row, True), result)


def itertools_first(items: Iterable[Any]) -> Iterator[Any]:
    # One article per request: a URL that turns out to be a feed is not a bulk-ingest backdoor.
    for item in items:
        yield item
        return


def _article(body: IngestIn) -> Article:
    text = body.text or ""
    return Article(id=body.id or f"api-{codec.content_hash(text)[:16]}", text=text, title=body.title,
                   published=body.published, outlet=body.outlet,
                   url=body.url, country=body.country)


def _writer(request: Request) -> None:
    """Token first, then the rate limit: a dependency runs before the body is validated, so an
    unauthorised client learns nothing about the body format and never spends the bucket."""
    state = request.app.state
    check_token(request, state.token)
    wait = state.ingest_buckets.take(client_key(request))
    if wait > 0:
        raise HTTPException(429, "too many ingest requests from this client; slow down",
                            headers={"Retry-After": str(max(1, round(wait)))})


@router.post("/ingest", response_model=IngestOut, tags=["ingest"],
             summary="Extract and store one article (its text, or a URL to fetch); needs the bearer token",
             responses={401: {"model": ErrorOut, "description": "Missing or wrong bearer token."},
                        403: {"model": ErrorOut, "description": "Writes are disabled (no token configured)."},
                        413: {"model": ErrorOut, "description": "Request body too large."},
                        422: {"model": ErrorOut, "description": "Invalid request or article not codable."},
                        429: {"model": ErrorOut, "description": "Too many ingest requests; see Retry-After."},
                        500: {"model": ErrorOut, "description": "Internal error."},
                        503: {"model": ErrorOut, "description": "The store is busy or unavailable."}})
async def ingest(request: Request, body: IngestIn, _allowed: None = Depends(_writer)) -> dict[str, Any]:
    return await run_in_threadpool(request.app.state.ingest.ingest, body)
