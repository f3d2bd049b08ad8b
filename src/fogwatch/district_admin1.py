"""The admin1 ACLED codes a district in, where it follows from the district alone.

ACLED codes Myanmar's Shan State as Shan-North, Shan-South and Shan-East, and Bago Region as Bago-East
and Bago-West, by district; and a few Philippine provinces carry an out-of-date region in the
gazetteer's source. The gazetteer knows the district, so a small hand-written table shipped with the
package gives the admin1.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .gazetteer import read_fixed_tsv

TABLE_PATH = Path(__file__).parent / "data" / "geo" / "district_admin1.tsv"


def read_table(path: Path = TABLE_PATH) -> dict[tuple[str, str], str]:
    """(ISO2, admin2) -> the admin1 ACLED codes it in; lines starting with ``#`` are comments."""
    return {(iso2, admin2): admin1 for iso2, admin2, admin1 in read_fixed_tsv(path, 3)}


@cache
def _bundled() -> dict[tuple[str, str], str]:
    return read_table()


def admin1_of_district(
    iso2: str | None,
    admin1: str | None,
    admin2: str | None,
    table: dict[tuple[str, str], str] | None = None,
) -> str | None:
    """The admin1 that holds district ``admin2`` as ACLED codes it (``admin1`` when the table is silent)."""
    if iso2 is None or admin2 is None:
        return admin1
    return (_bundled() if table is None else table).get((iso2, admin2), admin1)
