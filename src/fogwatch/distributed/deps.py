"""The optional dependencies of the distributed path, imported on demand with a clear error.

Dask is an extra (``fogwatch[dask]``): the core install never imports it, and a user who asks for
``--workers`` without it gets one sentence telling them what to install.
"""

from __future__ import annotations

from types import ModuleType

from .errors import INSTALL_HINT, DaskUnavailableError


def require_dask() -> ModuleType:
    """``distributed`` (Dask's cluster package), or ``DaskUnavailableError`` naming the extra."""
    try:
        import dask  # noqa: F401  (distributed needs it; a broken dask install fails here first)
        import distributed
    except ImportError as exc:
        raise DaskUnavailableError(
            f"--workers and --cluster need Dask, which is not installed ({exc}); {INSTALL_HINT}"
        ) from None
    return distributed


def require_fsspec() -> ModuleType:
    """``fsspec``, for inputs given as URLs (s3://, gs://, memory://, file://)."""
    try:
        import fsspec
    except ImportError as exc:
        raise DaskUnavailableError(
            f"reading URLs needs fsspec, which is not installed ({exc}); {INSTALL_HINT}"
        ) from None
    return fsspec
