"""Submit partitions to a cluster a few at a time and give their results back in input order.

At most ``window`` partitions are in flight or waiting for an earlier one at any time, so memory
stays flat however long the input is, and a slow partition holds back the output by at most a
window's worth of results.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from .errors import ClusterError

# How long a cluster may have no worker at all before the run gives up, and how often to look.
NO_WORKERS_TIMEOUT = 120.0
POLL_SECONDS = 5.0

P = TypeVar("P")
R = TypeVar("R")


class Reorder(Generic[R]):
    """Values that arrive in any order, released in the order of their indexes (0, 1, 2, ...)."""

    def __init__(self) -> None:
        self._next = 0
        self._held: dict[int, R] = {}

    def __len__(self) -> int:
        return len(self._held)

    def put(self, index: int, value: R) -> list[R]:
        """Hold ``value``; return every value now ready, in order."""
        if index < self._next or index in self._held:
            raise ValueError(f"index {index} was already given")
        self._held[index] = value
        ready: list[R] = []
        while self._next in self._held:
            ready.append(self._held.pop(self._next))
            self._next += 1
        return ready


def window_for(threads: int) -> int:
    """Two partitions per worker thread: one running, one queued, so no thread waits for the client."""
    return max(2, 2 * threads)


def ordered_map(client: Any, func: Callable[[P], R], parts: Iterable[P], *, window: int,
                on_error: Callable[[P, BaseException], R], no_workers_timeout: float = NO_WORKERS_TIMEOUT
                ) -> Iterator[R]:
    """``func(part)`` for each part, run on ``client``'s cluster, yielded in the order of ``parts``.

    A part whose task fails for good (Dask retries a task whose worker died, up to its
    ``allowed-failures``) becomes ``on_error(part, exc)`` in its place and the stream goes on.
    A cluster left with no worker at all for ``no_workers_timeout`` seconds (every worker of a remote
    scheduler gone) raises ``ClusterError``: Dask itself would wait for a new worker for ever.
    Futures still running when the consumer stops early, or the cluster is given up, are cancelled.
    """
    from distributed import wait

    if window < 1:
        raise ValueError(f"window must be at least 1, not {window}")
    source = enumerate(parts)
    running: dict[Any, tuple[int, P]] = {}
    reorder: Reorder[R] = Reorder()
    workerless_since: float | None = None

    def fill() -> None:
        # completed results held for reordering count against the window too: memory stays bounded
        while len(running) + len(reorder) < window:
            try:
                index, part = next(source)
            except StopIteration:
                return
            future = client.submit(func, part, pure=False)
            running[future] = (index, part)

    try:
        fill()
        while running:
            try:
                finished = wait(list(running), timeout=min(POLL_SECONDS, no_workers_timeout),
                                return_when="FIRST_COMPLETED").done
            except TimeoutError:
                if client.scheduler_info().get("workers"):
                    workerless_since = None
                else:
                    now = time.monotonic()
                    workerless_since = workerless_since or now
                    if now - workerless_since >= no_workers_timeout:
                        raise ClusterError(
                            f"the cluster has had no worker for {no_workers_timeout:.0f} s, with {len(running)} "
                            "partition(s) still to do; start workers (`dask worker <scheduler address>`) and "
                            "run the command again: with `fogwatch ingest` what was stored already is kept"
                        ) from None
                continue
            workerless_since = None
            for future in sorted(finished, key=lambda f: running[f][0]):
                index, part = running.pop(future)
                try:
                    value = future.result()
                except Exception as exc:
                    value = on_error(part, exc)
                finally:
                    future.release()
                yield from reorder.put(index, value)
            fill()
    finally:
        for future in running:
            future.cancel()
