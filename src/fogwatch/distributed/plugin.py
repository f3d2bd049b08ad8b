"""Worker plugins: what each Dask worker process loads once and keeps for its tasks.

``PipelinePlugin`` is the only place on a worker that holds the loaded pipeline: it builds the
extractor when the worker starts (or when it joins later, e.g. restarted after a crash), and every
task on that worker uses it. ``StorePlugin`` holds the worker's own database connection when
workers write their results themselves (PostgreSQL). Importing this module imports ``distributed``:
import it only after ``deps.require_dask()``.
"""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

from .partition import Extractor, ExtractorFactory, default_extractor

PIPELINE = "fogwatch-pipeline"
STORE = "fogwatch-store"


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds the extractor with ``factory`` once per worker process.

    ``factory`` is the injection point: the CLI passes ``default_extractor``; tests and other hosts
    pass their own picklable factory (a module-level function) and get the same partitioning,
    ordering, retries and error handling.
    """

    name = PIPELINE

    def __init__(self, factory: ExtractorFactory = default_extractor) -> None:
        self.factory = factory
        self.extract: Extractor | None = None

    def setup(self, worker: Any) -> None:
        self.extract = self.factory()

    def teardown(self, worker: Any) -> None:
        self.extract = None


class StorePlugin(WorkerPlugin):  # type: ignore[misc]
    """Opens the store at ``url`` once per worker process, for workers that write their own results."""

    name = STORE

    def __init__(self, url: str) -> None:
        self.url = url
        self.store: Any = None

    def setup(self, worker: Any) -> None:
        from ..store import Store

        self.store = Store.open(self.url)

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
