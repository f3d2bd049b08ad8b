"""Clusters as JSON Lines: one cluster a line, every field, readable back into ``Cluster`` records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..errors import InputError
from ..reconcile.records import Cluster
from ..records import from_dict, to_dict


def cluster_line(cluster: Cluster) -> str:
    return json.dumps(to_dict(cluster), ensure_ascii=False, allow_nan=False)


def write_jsonl(clusters: Iterable[Cluster], out: TextIO) -> int:
    """Write one line per cluster; lines written."""
    n = 0
    for c in clusters:
        out.write(cluster_line(c))
        out.write("\n")
        n += 1
    return n


def read_jsonl(lines: Iterable[str]) -> Iterator[Cluster]:
    """Clusters from lines ``write_jsonl`` wrote (blank lines skipped)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"line {number}: not JSON ({exc.msg}); expected one cluster object a line") from None
        if not isinstance(data, dict):
            raise InputError(f"line {number}: expected a JSON object, got {type(data).__name__}")
        yield from_dict(Cluster, data)


__all__ = ["cluster_line", "read_jsonl", "write_jsonl"]
