"""Cross-article reconciliation: reports of one event from many articles become one cluster.

Pure functions over records (no I/O): ``reconcile(reports) -> list[Cluster]`` for a batch, and
``Reconciler`` for incremental updates (``add``/``update``/``discard``). See ``engine`` for the
method, ``similarity`` for when two reports can be one event, ``agreement`` for how a cluster's
fields are chosen.
"""

from __future__ import annotations

from .agreement import build_cluster
from .engine import Reconciler, reconcile
from .records import Changes, Cluster, EventReport, SourceRef, as_report, reports_from_result

__all__ = [
    "Changes",
    "Cluster",
    "EventReport",
    "Reconciler",
    "SourceRef",
    "as_report",
    "build_cluster",
    "reconcile",
    "reports_from_result",
]
