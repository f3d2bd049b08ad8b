"""When two event reports can be the same event, and how alike they are.

``compatible`` is the hard test (every pair inside a cluster passes it); ``score`` orders the merges
(most alike first). Both read a ``Profile``: the report's fields normalised once.

The rules, and why:

- **Actors**: the same actors, in either order (sources disagree on who attacked whom), where an
  unknown actor matches anyone: a report that names one side only is not a contradiction. ACLED's
  "Unidentified ..." actors count as unknown: another source naming the group is not a conflict.
- **Place**: same country and admin1 (the blocking key); same admin2 when both reports give one
  (ACLED's location unit). When one lacks admin2, points closer than ``NEAR_KM`` (25 km) are near
  enough: about the radius of a median admin2 district, and the tolerance ``fogwatch eval`` uses for
  coordinates. A report located only to its admin1 (no admin2, or geo_precision 3: a province
  centroid) is compatible with any place in that admin1.
- **Date**: ACLED codes events to the day; reports of one night's fighting straddle midnight or time
  zones, so the possible dates of the two reports may be up to ``DAY_SLACK`` (1 day) apart. Each
  report's possible dates widen with its time_precision (2: the date may be an end or the middle of
  a span of up to a week, so +-6 days; 3: a month or more, +-30 days).
- **Type**: the same ACLED event type, or a pair sources commonly confuse (``_CONFUSABLE``).
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, VIOLENCE_AGAINST_CIVILIANS
from .records import EventReport

NEAR_KM = 25.0
DAY_SLACK = 1
# How far the true date may lie from the coded one, by ACLED time_precision.
WIDEN_DAYS = {1: 0, 2: 6, 3: 30}
# An undated report describes an event before publication: ACLED's "some days older" (precision 2).
UNDATED_LOOKBACK_DAYS = 6
COARSE_GEO = 3  # ACLED geo_precision 3: the coordinates stand for a province, not a place

_CONFUSABLE_TYPES = frozenset(
    {
        # an exchange of fire one outlet calls "clashes" and another "shelling"
        frozenset({BATTLES, EXPLOSIONS}),
        # a strike that killed civilians: ACLED codes remote violence, reports say "attack on civilians"
        frozenset({EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS}),
        # whether demonstrators turned violent is where reports of one demonstration differ most
        frozenset({PROTESTS, RIOTS}),
    }
)
# Taking ground with or without a fight: reports differ on whether there was one.
_CONFUSABLE_SUB_TYPES = frozenset(
    {
        frozenset({"Non-state actor overtakes territory", "Non-violent transfer of territory"}),
        frozenset({"Government regains territory", "Non-violent transfer of territory"}),
    }
)

_SPACE = re.compile(r"[\s\-‐‑–—_/]+")
_DROP = re.compile(r"[\"'’‘`.,;:()\[\]]")
_UNKNOWN_ACTOR = re.compile(r"^unidentified\b|^unknown\b")


def norm(text: str | None) -> str | None:
    """A name as compared: accents, case, punctuation and spacing ignored; None for empty."""
    if text is None:
        return None
    return _norm(text)


# Place and actor names repeat across reports: fold each distinct name once.
@lru_cache(maxsize=1 << 16)
def _norm(text: str) -> str | None:
    folded = text
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _SPACE.sub(" ", _DROP.sub("", folded.casefold())).strip()
    return sys.intern(folded) if folded else None


@lru_cache(maxsize=1 << 16)
def actor_key(name: str | None) -> str | None:
    """An actor as compared; None for unknown and unidentified actors (they match anyone)."""
    key = norm(name)
    if key is None or _UNKNOWN_ACTOR.match(key):
        return None
    return key


@dataclass(frozen=True, slots=True)
class Profile:
    """The fields of a report that reconciliation compares, normalised once."""

    key: str
    document: str
    group: str
    event_id: str
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    point: tuple[float, float] | None  # (lat, lon) in radians, when known
    fine: bool  # the point locates a place, not an admin1 centroid
    day: int | None  # the coded date, as an ordinal
    lo: int | None  # possible dates, as ordinals (inclusive)
    hi: int | None
    actor1: str | None
    actor2: str | None
    event_type: str
    sub_event_type: str


def date_range(report: EventReport) -> tuple[int, int] | None:
    """The ordinals of the days the report's event may have happened on."""
    e = report.event
    if e.event_date is not None:
        widen = WIDEN_DAYS.get(e.time_precision or 1, WIDEN_DAYS[3])
        day = e.event_date.toordinal()
        return day - widen, day + widen
    if report.published is not None:
        day = report.published.toordinal()
        return day - UNDATED_LOOKBACK_DAYS, day
    return None


def profile(report: EventReport) -> Profile:
    e = report.event
    point = None
    if e.latitude is not None and e.longitude is not None:
        point = (math.radians(e.latitude), math.radians(e.longitude))
    span = date_range(report)
    return Profile(
        key=report.key,
        document=report.document,
        group=report.source_group,
        event_id=e.id,
        country=norm(e.country),
        admin1=norm(e.admin1),
        admin2=norm(e.admin2),
        location=norm(e.location),
        point=point,
        fine=point is not None and (e.geo_precision or COARSE_GEO) < COARSE_GEO,
        day=e.event_date.toordinal() if e.event_date is not None else None,
        lo=span[0] if span else None,
        hi=span[1] if span else None,
        actor1=actor_key(e.actor1),
        actor2=actor_key(e.actor2),
        event_type=e.event_type,
        sub_event_type=e.sub_event_type,
    )


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in radians."""
    dlat, dlon = b[0] - a[0], b[1] - a[1]
    h = math.sin(dlat / 2) ** 2 + math.cos(a[0]) * math.cos(b[0]) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def _same(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def actors_compatible(a: Profile, b: Profile) -> bool:
    return (_same(a.actor1, b.actor1) and _same(a.actor2, b.actor2)) or (
        _same(a.actor1, b.actor2) and _same(a.actor2, b.actor1)
    )


def places_compatible(a: Profile, b: Profile) -> bool:
    if a.country is None or a.country != b.country or a.admin1 != b.admin1:
        return False
    if a.admin2 is not None and b.admin2 is not None:
        return a.admin2 == b.admin2
    if a.fine and b.fine:
        assert a.point is not None and b.point is not None
        return distance_km(a.point, b.point) <= NEAR_KM
    # One is placed only to its admin1: compatible within it; with no admin1 there is nothing to go on.
    return a.admin1 is not None


def dates_compatible(a: Profile, b: Profile) -> bool:
    if a.lo is None or b.lo is None:
        return False
    assert a.hi is not None and b.hi is not None
    return a.lo <= b.hi + DAY_SLACK and b.lo <= a.hi + DAY_SLACK


def types_compatible(a: Profile, b: Profile) -> bool:
    if a.event_type == b.event_type:
        return True
    if frozenset((a.event_type, b.event_type)) in _CONFUSABLE_TYPES:
        return True
    return frozenset((a.sub_event_type, b.sub_event_type)) in _CONFUSABLE_SUB_TYPES


def compatible(a: Profile, b: Profile) -> bool:
    """Whether two reports can describe the same event (never two events of one document)."""
    return (
        a.document != b.document
        and places_compatible(a, b)
        and dates_compatible(a, b)
        and types_compatible(a, b)
        and actors_compatible(a, b)
    )


def score(a: Profile, b: Profile) -> float:
    """How alike two compatible reports are (higher: merged first). Symmetric in ``a`` and ``b``."""
    s = 0.0
    if a.group == b.group and a.event_id == b.event_id:
        s += 8.0  # the same event of two syndicated copies of one story: the same report
    if a.sub_event_type == b.sub_event_type:
        s += 4.0
    elif a.event_type == b.event_type:
        s += 2.0
    if a.location is not None and a.location == b.location:
        s += 3.0
    if a.admin2 is not None and a.admin2 == b.admin2:
        s += 2.0
    if a.fine and b.fine:
        assert a.point is not None and b.point is not None
        s += 2.0 * max(0.0, 1.0 - distance_km(a.point, b.point) / NEAR_KM)
    if a.day is not None and a.day == b.day:
        s += 3.0
    elif a.day is not None and b.day is not None and abs(a.day - b.day) <= DAY_SLACK:
        s += 1.0
    named = {x for x in (a.actor1, a.actor2) if x} & {x for x in (b.actor1, b.actor2) if x}
    s += 1.5 * len(named)
    # Round so that the same pair scores the same bits whichever way round it was computed.
    return round(s, 6)


__all__ = [
    "DAY_SLACK",
    "NEAR_KM",
    "Profile",
    "actor_key",
    "actors_compatible",
    "compatible",
    "date_range",
    "dates_compatible",
    "distance_km",
    "norm",
    "places_compatible",
    "profile",
    "score",
    "types_compatible",
]
