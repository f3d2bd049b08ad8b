"""Candidate pairs without comparing all pairs: an index by (country, admin1, date bucket, admin2).

A report is filed under every ``BUCKET_DAYS``-day bucket its possible dates (widened by the one-day
slack) touch, so two reports whose dates are compatible always share a bucket. Inside a bucket,
reports are split by admin2: a report with an admin2 meets the reports of the same admin2 and those
without one; a report without admin2 meets them all (it may be anywhere in the admin1). Reports
without a country or an admin1-level place and no point, or without any date, are never compatible
with anything and are not filed.

Cost: a report is compared with the reports of its own admin2 (or admin1) in the same few weeks,
not with the whole collection, so the work grows with the density of reports per place and week,
not with the square of their number.
"""

from __future__ import annotations

from collections.abc import Iterator

from .similarity import DAY_SLACK, Profile

BUCKET_DAYS = 7

BlockKey = tuple[str, str | None, int]


def buckets(p: Profile) -> range:
    """Bucket numbers of a report's possible dates, the day after included (the slack)."""
    if p.lo is None or p.hi is None:
        return range(0)
    return range(p.lo // BUCKET_DAYS, (p.hi + DAY_SLACK) // BUCKET_DAYS + 1)


def fileable(p: Profile) -> bool:
    """Whether the report can be compatible with any other (see ``similarity.places_compatible``)."""
    if p.country is None or p.lo is None:
        return False
    return p.admin1 is not None or p.admin2 is not None or p.fine


class BlockIndex:
    """Reports filed by block; ``candidates`` yields the keys of reports a new one may match."""

    __slots__ = ("_blocks",)

    def __init__(self) -> None:
        # block -> admin2 (None: unknown) -> keys, in insertion order
        self._blocks: dict[BlockKey, dict[str | None, list[str]]] = {}

    def candidates(self, p: Profile) -> Iterator[str]:
        """Keys filed in the blocks ``p`` belongs to that could be compatible with it (may repeat)."""
        if not fileable(p):
            return
        assert p.country is not None
        for b in buckets(p):
            block = self._blocks.get((p.country, p.admin1, b))
            if block is None:
                continue
            if p.admin2 is None:
                for keys in block.values():
                    yield from keys
            else:
                yield from block.get(p.admin2, ())
                yield from block.get(None, ())

    def add(self, p: Profile) -> None:
        if not fileable(p):
            return
        assert p.country is not None
        for b in buckets(p):
            self._blocks.setdefault((p.country, p.admin1, b), {}).setdefault(p.admin2, []).append(p.key)

    def discard(self, p: Profile) -> None:
        if not fileable(p):
            return
        assert p.country is not None
        for b in buckets(p):
            block = self._blocks.get((p.country, p.admin1, b))
            keys = block.get(p.admin2) if block is not None else None
            if keys is not None and p.key in keys:
                keys.remove(p.key)

    def __len__(self) -> int:
        return len(self._blocks)


__all__ = ["BUCKET_DAYS", "BlockIndex", "buckets", "fileable"]
