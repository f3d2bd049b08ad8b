"""Admin1 units as they were on the event date.

The gazetteer knows today's provinces; an event from before a province was carved out of another
belongs to the province that existed then (an attack in Wamena in 2020 is in Papua, not in Highland
Papua, which was created in 2022). The facts are a small hand-written table shipped with the package.

Some reforms redrew the admin1 level around whole districts, so the old admin1 follows from the district,
not from today's admin1 (Nepal's development regions and zones before its provinces; Pakistan's tribal
agencies before their merger into Khyber Pakhtunkhwa): a second table, keyed by district, gives both units.
It also gives the district a new district was carved out of (India's Tengnoupal was Chandel's until 2016).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import DataFileError
from .gazetteer import name_key, read_fixed_tsv

HISTORY_PATH = Path(__file__).parent / "data" / "geo" / "admin1_history.tsv"
DISTRICT_HISTORY_PATH = Path(__file__).parent / "data" / "geo" / "admin2_history.tsv"


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


@dataclass(frozen=True, slots=True)
class DistrictPast:
    """Before ``until``, district ``admin2`` of ``country`` (ISO2) was coded in ``admin1`` (None: the admin1 it
    has) and ``old_admin2`` (None: the district itself, under another admin1)."""

    country: str
    admin2: str
    until: dt.date
    admin1: str | None
    old_admin2: str | None


def read_district_history(path: Path = DISTRICT_HISTORY_PATH) -> dict[tuple[str, str], DistrictPast]:
    """The district table keyed by (ISO2, name key of each spelling); ``-`` keeps the unit given; lines
    starting with ``#`` are comments."""
    table: dict[tuple[str, str], DistrictPast] = {}
    for iso2, names, until, admin1, old_admin2 in read_fixed_tsv(path, 5):
        spellings = [n.strip() for n in names.split("|") if n.strip()]
        if not spellings:
            raise DataFileError(f"{path}: a row of {iso2} names no district")
        day = dt.date.fromisoformat(until)
        for name in spellings:
            past = DistrictPast(iso2, name, day, None if admin1 == "-" else admin1,
                                None if old_admin2 == "-" else old_admin2)
            table[(iso2, name_key(name))] = past
    return table


@cache
def _bundled_districts() -> dict[tuple[str, str], DistrictPast]:
    return read_district_history()


def units_on(
    iso2: str | None,
    admin1: str | None,
    admin2: str | None,
    on: dt.date | None,
    history: dict[tuple[str, str], DistrictPast] | None = None,
) -> tuple[str | None, str | None]:
    """(admin1, admin2) of district ``admin2`` as they were coded on ``on``: the old units before a reform
    the table knows, else the ones given (also without a date or a district)."""
    if iso2 is None or admin2 is None or on is None:
        return admin1, admin2
    table = _bundled_districts() if history is None else history
    past = table.get((iso2, name_key(admin2)))
    # a district split out of one that was itself split out (Hanamkonda, 2021, of Warangal Urban, 2016, of
    # Warangal) walks back; only to ever earlier reforms, so a name reused by an heir cannot loop
    while past is not None and on < past.until:
        admin1, admin2 = past.admin1 or admin1, past.old_admin2 or admin2
        earlier = table.get((iso2, name_key(admin2)))
        past = earlier if earlier is not None and earlier.until < past.until else None
    return admin1, admin2
