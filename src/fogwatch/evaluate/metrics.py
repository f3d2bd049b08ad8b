"""Small, pure helpers for scoring: intervals, name normalisation, distances, a text reference.

Nothing here knows about files or the pipeline, so each helper is tested on hand-made values.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# 1.96 is the normal quantile for a two-sided 95% interval.
_Z95 = 1.959963984540054


@dataclass(frozen=True, slots=True)
class Accuracy:
    """``correct`` of ``n`` with a 95% Wilson score interval (``low``, ``high``)."""

    correct: int
    n: int
    low: float
    high: float

    @property
    def rate(self) -> float | None:
        return self.correct / self.n if self.n else None


def wilson(correct: int, n: int, z: float = _Z95) -> Accuracy:
    """Wilson score interval: unlike the normal approximation it stays inside [0, 1] and behaves
    at 0 and n correct, which matters for small per-country counts."""
    if n < 0 or correct < 0 or correct > n:
        raise ValueError(f"wilson() needs 0 <= correct <= n, got correct={correct}, n={n}")
    if n == 0:
        return Accuracy(0, 0, 0.0, 1.0)
    p = correct / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    # At p = 0 or 1 the bound is exactly 0 or 1; float noise must not make it 0.9999999.
    low = 0.0 if correct == 0 else max(0.0, centre - half)
    high = 1.0 if correct == n else min(1.0, centre + half)
    return Accuracy(correct, n, low, high)


# --------------------------------------------------------------------------- names


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_APOSTROPHES = re.compile(r"['’‘`ʼ´]")
_DASHES = re.compile(r"[-‐‑‒–—_/.,]")
_SPACES = re.compile(r"\s+")
# Administrative words that gazetteers and coders add or drop freely ("Nairobi County" vs
# "Nairobi", "Kandahar Province" vs "Kandahar"); only removed at the end of a name.
_ADMIN_SUFFIX = re.compile(
    r"\s+(county|province|district|governorate|region|division|prefecture|department"
    r"|municipality|sub county|subcounty|state|oblast|raion)$"
)


def _fold(text: str) -> str:
    text = strip_accents(text).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _DASHES.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def normalise_place(name: str | None) -> str:
    """Comparable form of an admin or location name: case, accents, apostrophes, hyphens and a
    trailing administrative word ("County", "Province", ...) do not count."""
    if not name:
        return ""
    folded = _fold(name)
    if folded.startswith("the "):
        folded = folded[4:]
    stripped = _ADMIN_SUFFIX.sub("", folded)
    # "Central Province" -> "central", but a name that is only the word stays as it is.
    return stripped or folded


@lru_cache(maxsize=65536)
def same_place(gold: str, predicted: str) -> bool:
    """Whether two spellings name the same administrative unit ("Jawzjan" / "Jowzjan", "Sari Pul" /
    "Sar-e-Pol"): equal after normalisation, or resolved by the gazetteer's aliases to one unit."""
    if normalise_place(gold) == normalise_place(predicted):
        return True
    if not gold or not predicted:
        return False
    from fogwatch.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()

    def units(name: str) -> set[tuple[str, str | None, str | None]]:
        return {(p.iso2, p.admin1, p.admin2 if p.kind == "admin2" else None)
                for p in gazetteer.lookup(name) if p.kind in ("admin1", "admin2")}

    return bool(units(gold) & units(predicted))


# ACLED puts the years of a government or force in the name: "(2013-)", "(2004-2021)".
_YEARS = re.compile(r"\(\s*\d{4}\s*[-–]\s*(\d{4})?\s*\)")


def normalise_actor(name: str | None) -> str:
    """Comparable form of an actor name: bracketed year ranges, case, accents and punctuation
    do not count; other brackets ("(Kenya)") do."""
    if not name:
        return ""
    name = _YEARS.sub(" ", name)
    name = re.sub(r"[():;]", " ", name)
    return _fold(name)


def actor_set(names: Iterable[str | None]) -> frozenset[str]:
    """The set of normalised, non-empty actor names."""
    return frozenset(n for n in (normalise_actor(x) for x in names) if n)


def same_actor(gold: str | None, predicted: str | None) -> bool:
    return normalise_actor(gold) == normalise_actor(predicted)


# --------------------------------------------------------------------------- geography

_EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_bucket(km: float) -> str:
    """Coarse label for a coordinate error, so confusions group instead of being all distinct."""
    for limit in (25, 50, 100, 250, 500):
        if km <= limit:
            return f"<= {limit} km"
    return "> 500 km"


# --------------------------------------------------------------------------- text reference

_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "dozens": 12,
}  # fmt: skip
_NUM = r"(\d[\d,]*|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_KILL = (
    r"(?:killed|killing|kills|dead|died|die|deaths?|fatalities|fatality|bodies|body|murdered"
    r"|murdering|lynched|lynching|beheaded|beheading|massacred|executed|executing|perished"
    r"|assassinated|assassinating|to death|shot dead|lost (?:their|his|her) li(?:ves|fe))"
)
_NUMBER = re.compile(rf"\b{_NUM}\b", re.IGNORECASE)
# After a number: "[up to six words] <kill word>" ("40 Taliban fighters were killed", "two
# dead"), but not after ages or measures ("12-year-old", "2,000 acres"). Tried at every number,
# so "two soldiers and 14 fighters were killed" sees both numbers.
_THEN_KILL = re.compile(
    rf"(?![\s-]*(?:years?|acres?|km|kilomet|%|per ?cent))(?:[\s-]+[\w'’-]+){{0,6}}?[\s-]+{_KILL}\b",
    re.IGNORECASE,
)
# "<kill word> [at least|about|some] <number>": "killing 3", "murdered a man", "death toll of 12".
_KILL_FIRST = re.compile(
    rf"\b{_KILL}(?:\s+toll)?(?:\s+(?:rose|rises|rising|stood|stands))?(?:\s+(?:of|to|at))?"
    rf"(?:\s+(?:at least|about|around|some|an estimated|nearly|almost|over|more than))?\s+{_NUM}\b",
    re.IGNORECASE,
)


def _number(token: str) -> int | None:
    token = token.lower().replace(",", "")
    if token.isdigit():
        return int(token)
    return _UNITS.get(token)


def killed_in_text(text: str) -> int:
    """The largest number the text ties to a killing word, 0 when there is none.

    A deliberately simple reference for "the number stated in the text" (ACLED's coded
    fatalities follow coding rules that can differ from it): a number (digits, number words,
    "a"/"an" = 1, "dozens" = 12) followed within six words by a word such as killed/dead/died/
    bodies, or a killing word followed by a number ("killing three", "death toll of 12"). It
    ignores negation and does not add up groups; years after a kill word (a four-digit number
    after "in") are not matched because the pattern needs the number right after the word.
    """
    found = [m.group(1) for m in _NUMBER.finditer(text) if _THEN_KILL.match(text, m.end())]
    found += [m.group(1) for m in _KILL_FIRST.finditer(text)]
    # Four-digit values next to a kill word are years far more often than counts.
    values = (_number(token) for token in found)
    return max((v for v in values if v is not None and not 1900 <= v <= 2100), default=0)


__all__ = [
    "Accuracy",
    "actor_set",
    "distance_bucket",
    "haversine_km",
    "killed_in_text",
    "normalise_actor",
    "normalise_place",
    "same_place",
    "same_actor",
    "strip_accents",
    "wilson",
]
