"""Typed errors of the distributed path, each saying what to do next."""

from __future__ import annotations

from ..errors import FogwatchError

INSTALL_HINT = "install it with: pip install 'fogwatch[dask]'"


class DaskUnavailableError(FogwatchError):
    """Dask (the optional ``dask`` extra) is not installed."""

    code = "dask_missing"


class ClusterError(FogwatchError):
    """The Dask cluster could not be started or reached."""

    code = "cluster"
