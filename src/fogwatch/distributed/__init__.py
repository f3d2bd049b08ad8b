"""fogwatch on a Dask cluster: ``fogwatch extract --input`` and ``fogwatch ingest`` with ``--workers N``
(a local cluster) or ``--cluster tcp://host:port`` (a running scheduler).

Dask is optional (``pip install 'fogwatch[dask]'``); nothing here imports it before it is needed,
and ``require_dask()`` says what to install when it is missing. Module map:

- ``partition``: cutting an article stream into partitions; extracting one partition, losing none of it
- ``plugin``: the worker plugins, the only holders of a worker's loaded pipeline (and store)
- ``tasks``: the functions workers run
- ``ordered``: bounded submission and in-order results
- ``session``: the client and the cluster
- ``extract``: an ``Extractor`` over the cluster (used by ``fogwatch extract --input``)
- ``ingest``: the ingest loop over the cluster, and the writer policy (SQLite: one writer;
  PostgreSQL: parallel writers)
- ``inputs``: local paths and fsspec URLs
"""

from __future__ import annotations

from .deps import require_dask
from .errors import ClusterError, DaskUnavailableError
from .extract import DistributedExtractor
from .ingest import CLIENT, WORKERS, DistributedIngester, PrewrittenSink, open_ingester, writer_policy
from .partition import DEFAULT_PARTITION_SIZE, Extractor, ExtractorFactory, default_extractor, partitions
from .session import ClusterSpec, Session

__all__ = [
    "CLIENT",
    "DEFAULT_PARTITION_SIZE",
    "WORKERS",
    "ClusterError",
    "ClusterSpec",
    "DaskUnavailableError",
    "DistributedExtractor",
    "DistributedIngester",
    "Extractor",
    "ExtractorFactory",
    "PrewrittenSink",
    "Session",
    "default_extractor",
    "open_ingester",
    "partitions",
    "require_dask",
    "writer_policy",
]
