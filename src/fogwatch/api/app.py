"""``create_app``: the FastAPI app over one store (read API, guarded ingest)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from ..store import Store
from . import ingest, routes
from .ingest import Extractor, IngestService
from .security import ERROR_HANDLERS, BodyLimit, RateLimit, SecurityHeaders, TokenBuckets

API_DESCRIPTION = """fogwatch's store over HTTP: conflict events, the parties' claims, their contradictions and
the article text every field came from. Reads are open; the one write (ingest) needs
`Authorization: Bearer <token>` and is disabled until the server has a token. All text fields are
untrusted article data, returned as JSON strings: escape them before display."""


def create_app(store_url: str | os.PathLike[str] | None, *, token: str | None = None,
               extractor: Extractor | None = None, cors_origins: Sequence[str] = (),
               max_body: int = 1_000_000, ingest_rate: RateLimit | None = None,
               fetcher_factory: Callable[[], Any] | None = None,
               clock: Callable[[], float] | None = None) -> FastAPI:
    """The app over the store at ``store_url`` (path or URL; None: ``$FOGWATCH_DB`` or the default).

    ``token``: the bearer token for writes (None or empty: writes answer 403). ``extractor``: the
    pipeline's ``extract_many`` or a stand-in; None loads ``Pipeline`` on the first ingest.
    ``fetcher_factory``: makes an ``ingest.fetch.Fetcher`` for URL ingest (None: the default one).
    ``clock``: monotonic seconds for the rate limiter (tests).
    """
    store = Store.open(store_url)
    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Opened above (so a bad --db fails before the server starts); closed when it stops.
        try:
            yield
        finally:
            store.close()

    app = FastAPI(title="fogwatch", version="1", description=API_DESCRIPTION, lifespan=lifespan,
                  docs_url="/api/docs", redoc_url=None, openapi_url="/api/v1/openapi.json")
    app.state.store = store
    app.state.token = token or None
    app.state.ingest = IngestService(store, extractor, fetcher_factory or _default_fetcher)
    app.state.ingest_buckets = TokenBuckets(ingest_rate or RateLimit(), *([clock] if clock else []))
    app.include_router(routes.router)
    app.include_router(ingest.router)
    # the web page (map, timeline, claims side by side); mounted last so /api/ routes win
    from starlette.staticfiles import StaticFiles

    from fogwatch.web import STATIC_DIR

    app.mount("/", StaticFiles(directory=STATIC_DIR, html=True), name="web")
    for kind, handler in ERROR_HANDLERS.items():
        app.add_exception_handler(kind, handler)
    if cors_origins:  # off unless asked for: the page is served by this same app
        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def _default_fetcher() -> Any:
    from ..ingest.fetch import Fetcher

    return Fetcher()
