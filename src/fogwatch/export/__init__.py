"""Exports of reconciled clusters: ACLED CSV, UCDP GED CSV, GeoJSON, JSON Lines.

Each format is a pure function from clusters to rows or a JSON value, plus a writer onto an open
text stream; ``write(format, clusters, out)`` picks one by its CLI name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TextIO

from ..errors import InputError
from ..reconcile.records import Cluster
from .acled_csv import write_acled_csv
from .geojson import feature_collection, write_geojson
from .jsonl import read_jsonl, write_jsonl
from .ucdp_csv import write_ucdp_csv

Writer = Callable[[Iterable[Cluster], TextIO], int]

WRITERS: Mapping[str, Writer] = MappingProxyType(
    {
        "acled-csv": write_acled_csv,
        "ucdp-csv": write_ucdp_csv,
        "geojson": write_geojson,
        "jsonl": write_jsonl,
    }
)


def write(format: str, clusters: Iterable[Cluster], out: TextIO) -> int:
    """Write ``clusters`` to ``out`` in ``format`` (a key of ``WRITERS``); records written."""
    try:
        writer = WRITERS[format]
    except KeyError:
        raise InputError(f"unknown export format {format!r}; choose one of: {', '.join(WRITERS)}") from None
    return writer(clusters, out)


__all__ = ["WRITERS", "feature_collection", "read_jsonl", "write", "write_acled_csv", "write_geojson",
           "write_jsonl", "write_ucdp_csv"]  # fmt: skip
