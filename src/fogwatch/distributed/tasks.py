"""The functions Dask runs on workers: look up what the plugins loaded, then call pure code.

Kept apart from ``plugin.py`` so that a task's pickle names only this module and its arguments.
"""

from __future__ import annotations

import resource
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..inputs import SKIPPED_CODES
from ..records import Article, ArticleResult
from .partition import extract_partition
from .plugin import PIPELINE, STORE


@dataclass(frozen=True, slots=True)
class Written:
    """What the worker's store said about one article it wrote: a status, or the error's message."""

    content_hash: str
    status: str | None = None
    error: str | None = None


def _plugin(name: str) -> Any:
    from distributed import get_worker

    plugin = get_worker().plugins.get(name)
    if plugin is None:
        raise RuntimeError(f"the worker has no {name!r} plugin; open the cluster with fogwatch.distributed.Session")
    return plugin


def extract_task(articles: Sequence[Article]) -> list[ArticleResult]:
    """Extract one partition with the worker's pipeline."""
    extract = _plugin(PIPELINE).extract
    if extract is None:
        raise RuntimeError("the worker's pipeline is not loaded (its plugin's setup did not run)")
    return extract_partition(extract, articles)


def storable(result: ArticleResult) -> bool:
    """Whether ingest stores this result: coded, or not coded on purpose (not English)."""
    return result.error is None or result.error.code in SKIPPED_CODES


def write_partition(store: Any, items: Sequence[tuple[Article, str | None]], results: Sequence[ArticleResult]
                    ) -> list[Written | None]:
    """Write each result whose item carries a content hash, one transaction per article.

    The store ignores an article whose content hash is stored already, so a partition written again
    (its first worker died half-way) stores nothing twice.
    """
    written: list[Written | None] = []
    for (article, digest), result in zip(items, results, strict=True):
        if digest is None or not storable(result):
            written.append(None)
            continue
        try:
            written.append(Written(digest, status=str(store.add_result(article, result, content_hash=digest))))
        except Exception as exc:  # the store's failure is this article's failure; the partition goes on
            written.append(Written(digest, error=str(exc)))
    return written


def extract_write_task(items: Sequence[tuple[Article, str | None]]
                       ) -> list[tuple[ArticleResult, Written | None]]:
    """Extract one partition, then write the results the client asked this worker to write."""
    results = extract_task([article for article, _ in items])
    written = write_partition(_plugin(STORE).store, items, results)
    return list(zip(results, written, strict=True))


def memory_kib() -> dict[str, int]:
    """The worker process's resident memory now (``rss``) and at its peak so far (``peak``), in KiB.

    Linux's ``VmRSS`` and ``VmHWM``. ``ru_maxrss`` (the fallback elsewhere, for the peak only) would do,
    except that it survives ``exec`` and a spawned worker starts as a fork of the client, so it reports
    the client's size when the client is bigger.
    """
    fields = {"VmRSS:": "rss", "VmHWM:": "peak"}
    found: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key = fields.get(line.split(maxsplit=1)[0] if line.strip() else "")
                if key:
                    found[key] = int(line.split()[1])
    except OSError:
        pass
    if "peak" not in found:
        found["peak"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return found
