"""A Dask client for fogwatch: a local cluster of N worker processes, or a running scheduler.

The cluster is started (or reached) on first use, so a command that turns out to have nothing to
extract (a re-ingest of stored articles) never starts one. Each worker runs one thread: spaCy is
CPU bound and holds the GIL, so a second thread in a process would only wait for the first.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Any

from .deps import require_dask
from .errors import ClusterError
from .partition import ExtractorFactory, default_extractor

# How long to wait for a remote scheduler to answer, and then for its first worker.
CONNECT_TIMEOUT = 30.0
WORKER_TIMEOUT = 120.0

# Dask's statistical profiler samples each worker's stack every 10 ms and keeps the last 1,000 one-second
# profiles. spaCy's deep stacks make that about 200 KiB of memory per second of work, up to ~200 MB per
# worker after 17 minutes (measured on one worker: 35 KiB more per article with it, 12 KiB without).
# Local workers run without it; remote ones get a warning that says how to turn it off.
LOCAL_WORKER_CONFIG = {"distributed.worker.profile.enabled": False}
PROFILER_ADVICE = ("run Dask's statistical profiler, which holds up to ~200 MB of stack samples per worker; "
                   "start them with DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False (see docs/DEPLOY.md)")

log = logging.getLogger(__name__)


def _profiling(dask_worker: Any) -> bool:
    """Whether this worker runs Dask's statistical profiler (run on the worker by ``Client.run``)."""
    return "profile" in dask_worker.periodic_callbacks


def quiet_dask_logs() -> None:
    """For the CLI: Dask logs every worker's start and stop at INFO; show its warnings only, unless
    the user asked for INFO (``fogwatch -v``). Dask reads this setting when it is first imported, and
    worker processes inherit it."""
    if logging.getLogger().getEffectiveLevel() > logging.INFO:
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")


@dataclass(frozen=True, slots=True)
class ClusterSpec:
    """Where to run: ``workers`` local processes, or the scheduler at ``address`` (tcp://host:port)."""

    workers: int | None = None
    address: str | None = None

    def __post_init__(self) -> None:
        if (self.workers is None) == (self.address is None):
            raise ValueError("give either a number of local workers or a scheduler address")
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"the number of workers must be at least 1, not {self.workers}")

    def describe(self) -> str:
        if self.address is not None:
            return f"the Dask scheduler at {self.address}"
        return f"{self.workers} local worker process{'es' if self.workers != 1 else ''}"


class Session:
    """Holds the Dask client (and the local cluster it started); close it when done.

    ``factory`` builds the extractor on each worker (see ``PipelinePlugin``); ``store_url``, when
    given, makes each worker open its own connection to that database (parallel writers).
    """

    def __init__(self, spec: ClusterSpec, *, factory: ExtractorFactory | None = None,
                 store_url: str | None = None) -> None:
        require_dask()
        self.spec = spec
        self.factory = factory or default_extractor
        self.store_url = store_url
        self._client: Any = None
        self._cluster: Any = None

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def client(self) -> Any:
        """The ``distributed.Client``, started with its plugins on first use."""
        if self._client is None:
            self._start()
        return self._client

    def start(self) -> Any:
        """Start (or reach) the cluster and load the workers' pipelines now; the client."""
        return self.client

    def threads(self) -> int:
        """Worker threads in the cluster now (a remote cluster may grow or shrink later)."""
        return max(1, sum(self.client.nthreads().values()))

    def _start(self) -> None:
        import dask
        from distributed import Client, LocalCluster

        from .plugin import PipelinePlugin, StorePlugin

        try:
            if self.spec.workers is not None:
                # each worker process gets the configuration in force when its nanny is made
                with dask.config.set(LOCAL_WORKER_CONFIG):
                    self._cluster = LocalCluster(n_workers=self.spec.workers, threads_per_worker=1,
                                                 processes=True, dashboard_address=":0",
                                                 silence_logs=logging.ERROR)
                self._client = Client(self._cluster)
            else:
                self._client = Client(self.spec.address, timeout=CONNECT_TIMEOUT)
                self._client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            self.close()
            hint = ("check the address, and that `dask scheduler` and at least one `dask worker "
                    f"{self.spec.address}` are running" if self.spec.address else "check the machine's memory "
                    "and that it may open local ports")
            raise ClusterError(f"cannot use {self.spec.describe()} ({type(exc).__name__}: {exc}); {hint}") from None
        try:
            # registered with the scheduler: workers that join later (a restarted one) load them too
            self._client.register_plugin(PipelinePlugin(self.factory))
            if self.store_url is not None:
                self._client.register_plugin(StorePlugin(self.store_url))
            if self.spec.address is not None:
                profiling = sum(self._client.run(_profiling).values())
                if profiling:
                    log.warning("%d of the workers of %s %s", profiling, self.spec.describe(), PROFILER_ADVICE)
        except Exception as exc:
            self.close()
            raise ClusterError(f"the workers of {self.spec.describe()} could not load the pipeline "
                               f"({type(exc).__name__}: {exc}); check that fogwatch[dask], at the client's "
                               "version, is installed where the workers run") from None

    def close(self) -> None:
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
