"""Admin1 units as they were on the event date.

The gazetteer knows today's provinces; an event from before a province was carved out of another
belongs to the province that existed then (an attack in Wamena in 2020 is in Papua, not in Highland
Papua, which was created in 2022). The facts are a small hand-written table shipped with the package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .gazetteer import read_fixed_tsv

HISTORY_PATH = Path(__file__).parent / "data" / "geo" / "admin1_history.tsv"


@dataclass(frozen=True, slots=True)
class Admin1Origin:
    """``admin1`` of ``country`` (ISO2) exists from ``created``; before, its land was ``predecessor``'s."""

    country: str
    admin1: str
    created: dt.date
    predecessor: str


def read_history(path: Path = HISTORY_PATH) -> dict[tuple[str, str], Admin1Origin]:
    """The table keyed by (ISO2, admin1); lines starting with ``#`` are comments."""
    table: dict[tuple[str, str], Admin1Origin] = {}
    for iso2, admin1, created, predecessor in read_fixed_tsv(path, 4):
        table[(iso2, admin1)] = Admin1Origin(iso2, admin1, dt.date.fromisoformat(created), predecessor)
    return table


@cache
def _bundled() -> dict[tuple[str, str], Admin1Origin]:
    return read_history()


def admin1_on(
    iso2: str | None,
    admin1: str | None,
    on: dt.date | None,
    history: dict[tuple[str, str], Admin1Origin] | None = None,
) -> str | None:
    """The admin1 that held ``admin1``'s land on ``on`` (unchanged without a date or a known origin)."""
    if iso2 is None or admin1 is None or on is None:
        return admin1
    table = _bundled() if history is None else history
    origin = table.get((iso2, admin1))
    while origin is not None and on < origin.created:  # a province may be split out twice
        admin1 = origin.predecessor
        origin = table.get((iso2, admin1))
    return admin1
