"""Submit partitions to a cluster a few at a time and give their results back in input order.

At most ``window`` partitions are in flight or waiting for an earlier one at any time, so memory
stays flat however long the input is, and a slow partition holds back the output by at most a
window's worth of results.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any, Generic, TypeVar

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
                on_error: Callable[[P, BaseException], R]) -> Iterator[R]:
    """``func(part)`` for each part, run on ``client``'s cluster, yielded in the order of ``parts``.

    A part whose task fails for good (Dask retries a task whose worker died, up to its
    ``allowed-failures``) becomes ``on_error(part, exc)`` in its place and the stream goes on.
    Futures still running when the consumer stops early are cancelled.
    """
    from distributed import as_completed

    if window < 1:
        raise ValueError(f"window must be at least 1, not {window}")
    source = enumerate(parts)
    running: dict[Any, tuple[int, P]] = {}
    reorder: Reorder[R] = Reorder()
    done = as_completed()

    def fill() -> None:
        # completed results held for reordering count against the window too: memory stays bounded
        while len(running) + len(reorder) < window:
            try:
                index, part = next(source)
            except StopIteration:
                return
            future = client.submit(func, part, pure=False)
            running[future] = (index, part)
            done.add(future)

    try:
        fill()
        while running:
            future = next(done)
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
