"""An ``Extractor`` that runs on a Dask cluster: articles in, results out, in input order.

It has the signature of ``Pipeline.extract_many``, so ``batch.run_batch`` (bad lines, ordering,
summary) and the ingest loop use it unchanged; each result is the very object a worker's pipeline
made, so it serialises (``batch.result_line``) exactly as a single-process run's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ..records import Article, ArticleResult
from .ordered import ordered_map, window_for
from .partition import DEFAULT_PARTITION_SIZE, lost_partition, partitions
from .session import Session

T = TypeVar("T")
R = TypeVar("R")


class DistributedExtractor:
    """``extract(articles)`` on ``session``'s workers, ``partition_size`` articles per task.

    ``window``: partitions in flight at once (default: two per worker thread).
    """

    def __init__(self, session: Session, *, partition_size: int = DEFAULT_PARTITION_SIZE,
                 window: int | None = None) -> None:
        if partition_size < 1:
            raise ValueError(f"partition size must be at least 1, not {partition_size}")
        self.session = session
        self.partition_size = partition_size
        self.window = window

    def __call__(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        from .tasks import extract_task

        for results in self.map_partitions(extract_task, articles, lost_partition):
            yield from results

    def map_partitions(self, task: Callable[[list[T]], R], items: Iterable[T],
                       on_error: Callable[[list[T], BaseException], R]) -> Iterator[R]:
        """``task`` over partitions of ``items`` on the workers, in order. The cluster is started
        when the first item arrives: an empty stream (a re-ingest of stored articles) starts none."""
        iterator = iter(items)
        try:
            first = next(iterator)
        except StopIteration:
            return
        window = self.window or window_for(self.session.threads())
        parts = partitions(_chain(first, iterator), self.partition_size)
        yield from ordered_map(self.session.client, task, parts, window=window, on_error=on_error)


def _chain(first: T, rest: Iterator[T]) -> Iterator[T]:
    yield first
    yield from rest
