"""Distributed ingest: extraction on the workers, and who writes to the store.

The writer policy follows the database. SQLite allows one writer at a time, so workers send their
results back and the client writes them with the ordinary ingest loop (``Ingester``), exactly as a
single-process run does. PostgreSQL takes many writers, so each worker writes the articles of its
partition over its own connection and the client only records what the worker's store said.

Which articles a worker may write is decided on the client when the article is sent out: the
ingest loop has then already chosen it as an original (not an exact duplicate, not a near-duplicate
of an earlier copy), which it shows by putting the article's content hash in its near-duplicate
index. Near-duplicates, and texts too short to sign, are written by the client as before: where
they point depends on how earlier copies fared, which only the client knows in order.

A worker that dies half-way through a partition has written some of it; Dask runs the partition
again elsewhere and the store, keyed by content hash, turns the second write into a no-op.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy.engine import URL

from ..ingest.dedup import Signer, content_hash
from ..ingest.run import Ingester
from ..ingest.sink import ResultSink
from ..records import Article, ArticleResult
from ..store.errors import StoreError
from .extract import DistributedExtractor
from .partition import DEFAULT_PARTITION_SIZE, lost_partition
from .session import ClusterSpec, Session

CLIENT = "client"  # the client process writes every result (SQLite: one writer)
WORKERS = "workers"  # each worker writes its own originals (PostgreSQL: parallel writers)

Item = tuple[Article, str | None]


def writer_policy(url: URL) -> str:
    return WORKERS if url.get_backend_name() == "postgresql" else CLIENT


def store_url(sink: Any) -> URL | None:
    """The URL of the store behind ``sink`` (a ``StoreSink``), or None for a sink without a store."""
    return getattr(getattr(sink, "store", None), "url", None)


class PrewrittenSink:
    """A ``ResultSink`` that knows which articles a worker has written already.

    ``add_result`` for such an article reports what the worker's store said (or raises its error,
    so the ingest loop counts the failure as it would its own); any other article goes to ``sink``.
    """

    def __init__(self, sink: ResultSink) -> None:
        self.sink = sink
        self.written: dict[str, Any] = {}  # content hash -> tasks.Written

    @property
    def store(self) -> Any:
        return getattr(self.sink, "store", None)

    def add_result(self, article: Article, result: ArticleResult, *, content_hash: str,
                   near_duplicate_of: str | None = None) -> str:
        done = self.written.pop(content_hash, None)
        if done is None:
            return self.sink.add_result(article, result, content_hash=content_hash,
                                        near_duplicate_of=near_duplicate_of)
        if done.error is not None:
            raise StoreError(done.error)
        # The client found this hash unstored before sending the article out, so a "duplicate" here
        # is the worker's second write of it (an earlier attempt of the partition died after
        # storing it): for this run the article is new.
        return "new"

    def has_hash(self, content_hash: str) -> bool:
        return self.sink.has_hash(content_hash)

    def near_duplicate_signatures(self) -> Iterable[tuple[str, bytes]]:
        return self.sink.near_duplicate_signatures()

    def add_signature(self, content_hash: str, signature: bytes) -> None:
        self.sink.add_signature(content_hash, signature)

    def has_seen_entry(self, feed: str, key: str) -> bool:
        return self.sink.has_seen_entry(feed, key)

    def mark_entry_seen(self, feed: str, key: str) -> None:
        self.sink.mark_entry_seen(feed, key)


class DistributedIngester(Ingester):
    """The ingest loop with extraction on a cluster, and with parallel writers on PostgreSQL.

    Everything the loop decides (duplicates, near-duplicates, failures, outcomes) is the inherited
    ``Ingester``'s; this class only supplies the extractor, and the sink that knows what workers wrote.
    """

    def __init__(self, sink: ResultSink, session: Session, *, policy: str = CLIENT,
                 partition_size: int = DEFAULT_PARTITION_SIZE, window: int | None = None,
                 signer: Signer | None = None) -> None:
        if policy not in (CLIENT, WORKERS):
            raise ValueError(f"unknown writer policy {policy!r}")
        if policy == WORKERS and session.store_url is None:
            raise ValueError("workers can only write when the session gives them the store's URL")
        self.policy = policy
        self.session = session
        self.extractor = DistributedExtractor(session, partition_size=partition_size, window=window)
        if policy == CLIENT:
            self._prewritten: PrewrittenSink | None = None
            super().__init__(sink, self.extractor, signer=signer)
        else:
            self._prewritten = PrewrittenSink(sink)
            super().__init__(self._prewritten, self._extract_and_write, signer=signer)

    def _extract_and_write(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        from .tasks import extract_write_task

        assert self._prewritten is not None
        written = self._prewritten.written
        items = (self._item(a) for a in articles)
        for pairs in self.extractor.map_partitions(extract_write_task, items, _lost_items):
            for result, done in pairs:
                if done is not None:
                    written[done.content_hash] = done
                yield result

    def _item(self, article: Article) -> Item:
        """The article, with its content hash when a worker is to write it (see the module's docstring)."""
        digest = content_hash(article.text)
        return article, (digest if digest in self.index else None)


def _lost_items(items: list[Item], exc: BaseException) -> list[tuple[ArticleResult, Any]]:
    return [(r, None) for r in lost_partition([a for a, _ in items], exc)]


def open_ingester(sink: ResultSink, spec: ClusterSpec, **options: Any) -> tuple[Session, DistributedIngester]:
    """A session for ``spec`` and an ingester over ``sink`` with the writer policy of its store."""
    url = store_url(sink)
    policy = writer_policy(url) if url is not None else CLIENT
    session = Session(spec, store_url=url.render_as_string(hide_password=False) if policy == WORKERS else None,
                      factory=options.pop("factory", None))
    return session, DistributedIngester(sink, session, policy=policy, **options)
