"""Cutting an article stream into partitions, and extracting one partition without losing any of it.

Pure functions: the worker task (``tasks.py``) hands them the extractor its plugin holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from ..records import Article, ArticleInfo, ArticleResult, Problem

log = logging.getLogger(__name__)

T = TypeVar("T")
Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]
ExtractorFactory = Callable[[], Extractor]

# A multiple of the 16 articles ``Pipeline.extract_many`` gives spaCy at a time, so partitions start
# where a single-process run starts a spaCy batch and every batch holds the same texts in both runs
# (the output is byte-identical either way in our tests; aligned batches rule out float noise from
# batch composition). Small, so that two workers finish together (a partition is ~3 s of work) and a
# lost worker costs little to redo; Dask's overhead per task (~1 ms) is nothing next to it.
DEFAULT_PARTITION_SIZE = 32

INTERNAL = "internal"
WORKER_LOST = "worker_lost"


def default_extractor() -> Extractor:
    """The default pipeline's ``extract_many`` (models, gazetteer and catalogue loaded once per process).

    A worker lives for many partitions, so it builds every country's gazetteer index up front: its
    memory then does not creep up as the corpus reaches new countries.
    """
    from ..pipeline import Pipeline

    pipeline = Pipeline.load()
    pipeline.gazetteer.preload()
    return pipeline.extract_many


def partitions(items: Iterable[T], size: int = DEFAULT_PARTITION_SIZE) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily from ``items``."""
    if size < 1:
        raise ValueError(f"partition size must be at least 1, not {size}")
    part: list[T] = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def failed_result(article: Article, code: str, message: str) -> ArticleResult:
    """An error record for ``article``, shaped as the pipeline's own (same fields, same language)."""
    info = ArticleInfo(id=article.id, title=article.title, published=article.published, outlet=article.outlet,
                       url=article.url)
    return ArticleResult(article=info, error=Problem(code, message))


def _internal(article: Article, exc: BaseException) -> ArticleResult:
    return failed_result(article, INTERNAL, f"internal error while extracting ({type(exc).__name__}: {exc}); "
                         "please report it with the article")


def extract_partition(extract: Extractor, articles: Sequence[Article]) -> list[ArticleResult]:
    """One result per article, in order, whatever the extractor does.

    The pipeline already turns an article's failure into its error record; this guards the rest of
    the partition against an extractor whose stream breaks (an exception outside any one article):
    the results before the break are kept and the remaining articles are extracted one at a time,
    so only the article that fails again is reported failed.
    """
    results: list[ArticleResult] = []
    try:
        for result in extract(articles):
            results.append(result)
    except Exception:
        log.exception("a partition's extraction broke after %d of %d articles; extracting the rest one by one",
                      len(results), len(articles))
        for article in articles[len(results):]:
            results.append(_extract_one(extract, article))
    if len(results) > len(articles):
        raise RuntimeError(f"the extractor returned {len(results)} results for {len(articles)} articles")
    for article in articles[len(results):]:  # an extractor that stopped early: say so per article
        results.append(failed_result(article, INTERNAL, "internal error: the extractor returned no result for "
                                     "this article; please report it with the article"))
    return results


def _extract_one(extract: Extractor, article: Article) -> ArticleResult:
    try:
        return next(iter(extract([article])))
    except StopIteration:
        return failed_result(article, INTERNAL, "internal error: the extractor returned no result for this "
                             "article; please report it with the article")
    except Exception as exc:  # one bad article must not empty the partition
        log.exception("article %s failed", article.id)
        return _internal(article, exc)


def lost_partition(articles: Sequence[Article], exc: BaseException) -> list[ArticleResult]:
    """Error records for a partition Dask gave up on (its workers kept dying, or the task raised)."""
    message = (f"the partition holding this article failed on the cluster ({type(exc).__name__}: {exc}); "
               "a worker may have run out of memory: give workers more memory or a smaller partition, "
               "and run again")
    return [failed_result(a, WORKER_LOST, message) for a in articles]
