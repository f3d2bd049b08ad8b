"""The Donbas contact line: which side held the place a ceasefire monitor saw fire near.

From the Minsk II ceasefire (February 2015) to Russia's invasion (24 February 2022) the Donbas front
barely moved, and the ceasefire monitors' reports ("the OSCE SMM observed 12 explosions near X") never
say who fired. ACLED then codes the side across the line from the place as the one firing at it: fire
observed near a town the separatists held is Ukraine's military's, near a town the government held the
NAF's (Ukraine's observer notes: 425 single-side rows, none coded to an unidentified armed group).
Who held which settlement is a fact about the war, kept as data (``data/geo/ua_contact_line.tsv``); a
place not listed goes to Ukraine's military (the side ACLED gives most such notes, as fire landing in
the separatists' larger and denser area).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

from .errors import DataFileError

LINE_FILE = Path(__file__).parent / "data" / "geo" / "ua_contact_line.tsv"
SIDES = ("government", "separatists")
_LINE_SINCE, _LINE_UNTIL = date(2015, 2, 18), date(2022, 2, 24)

# the place a monitors' note saw the fire near ("... near Zolote-4.", "... of the frontline near X, Luhansk")
_NEAR_PLACE = re.compile(r"\bnear\s+([A-Z][^.,;:()\n]{0,40})")


def place_key(name: str) -> str:
    """A settlement's name as the table writes it: lower case, no apostrophes, hyphens as spaces."""
    return " ".join(re.sub(r"['’]", "", name).replace("-", " ").lower().split())


@cache
def held_by_government(path: Path = LINE_FILE) -> frozenset[str]:
    """The settlements the government held along the line (``place_key`` form), read once."""
    held: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataFileError(f"cannot read the contact-line table {path}: {e}; reinstall fogwatch") from e
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        side, _, name = line.partition("\t")
        if side not in SIDES or not name.strip():
            raise DataFileError(f"{path}:{number}: expected 'government|separatists<TAB>name', got {line!r}")
        if side == "government":
            held.add(place_key(name))
    return frozenset(held)


def line_side(text: str, on: date | None) -> tuple[str, tuple[int, int]] | None:
    """Who held the place that fire told without a side was observed near, on a date of the Donbas
    contact line: ("government" | "separatists", the place's span); a place not listed counts as the
    separatists'. None off the line's dates or when no place is named."""
    if on is None or not _LINE_SINCE <= on < _LINE_UNTIL:
        return None
    m = _NEAR_PLACE.search(text)
    if m is None:
        return None
    span = (m.start(1), m.end(1))
    return ("government" if place_key(m.group(1)) in held_by_government() else "separatists"), span
