"""ACLED's own parts of large admin1 units.

ACLED codes Myanmar's Shan State as Shan-North, Shan-South and Shan-East, and Bago Region as
Bago-East and Bago-West, by district; the gazetteer knows the state or region and the district, so
the part follows from a small hand-written table shipped with the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PARTS_PATH = Path(__file__).parent / "data" / "geo" / "admin1_parts.tsv"


def read_parts(path: Path = PARTS_PATH) -> dict[tuple[str, str, str], str]:
    """(ISO2, admin1, admin2) -> ACLED's part of the admin1; lines starting with ``#`` are comments."""
    table: dict[tuple[str, str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 4:
            raise ValueError(f"{path}:{number}: expected 4 tab-separated fields, got {len(fields)}")
        iso2, admin1, admin2, part = fields
        table[(iso2, admin1, admin2)] = part
    return table


@cache
def _bundled() -> dict[tuple[str, str, str], str]:
    return read_parts()


def admin1_part(
    iso2: str | None,
    admin1: str | None,
    admin2: str | None,
    parts: dict[tuple[str, str, str], str] | None = None,
) -> str | None:
    """ACLED's part of ``admin1`` that holds district ``admin2`` (``admin1`` itself when not split)."""
    if iso2 is None or admin1 is None or admin2 is None:
        return admin1
    return (_bundled() if parts is None else parts).get((iso2, admin1, admin2), admin1)
