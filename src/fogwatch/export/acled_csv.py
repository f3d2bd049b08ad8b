"""Clusters as an ACLED CSV export: ACLED's column names, in the order of its 2020+ exports.

One row per cluster (ACLED codes one row per event). Columns fogwatch cannot know are left empty:
``admin3``, ``source_scale``, ``tags``. Values follow ACLED's conventions: ISO dates, numeric
``inter`` codes and ``interaction`` (the 2020-2023 exports; the newest ones spell them out),
``iso`` the numeric ISO 3166 code, ``source`` the outlets separated by "; ", coordinates to four
decimals, ``timestamp`` the Unix time of the last report's day (fogwatch has no upload time; a
date keeps the export reproducible). ``fogwatch.evaluate.acled.open_acled`` reads the file back.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ..reconcile.records import Cluster
from ..taxonomy import BATTLES, EXPLOSIONS, PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS, VIOLENCE_AGAINST_CIVILIANS
from .countries import CountryInfo, country_info

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
CIVILIAN_INTER = 7

CountryLookup = Callable[[str | None], CountryInfo | None]


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type of an event type: violence, demonstrations, or strategic developments.

    Two demonstration sub-types are political violence: mob violence (rioters attack people), and
    excessive force against protesters, which is both.
    """
    if event_type in (BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS):
        return POLITICAL_VIOLENCE
    if event_type == PROTESTS:
        if sub_event_type == "Excessive force against protesters":
            return f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}"
        return DEMONSTRATIONS
    if event_type == RIOTS:
        return POLITICAL_VIOLENCE if sub_event_type == "Mob violence" else DEMONSTRATIONS
    if event_type == STRATEGIC_DEVELOPMENTS:
        return STRATEGIC_DEVELOPMENTS
    return ""


def event_id_cnty(cluster: Cluster, country: CountryInfo | None) -> str:
    """ACLED's id shape: the ISO alpha-3 code and a number (here from the cluster id, so stable)."""
    digits = int(cluster.id.rsplit("-", 1)[-1][:10], 16)
    return f"{country.iso3 if country else 'XXX'}{digits}"


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def acled_row(cluster: Cluster, countries: CountryLookup = country_info) -> dict[str, str]:
    """One cluster as an ACLED row (every value a string, empty for unknown)."""
    country = countries(cluster.country)
    civilian = CIVILIAN_INTER in (cluster.inter1, cluster.inter2)
    timestamp = ""
    if cluster.last_reported is not None:
        timestamp = str(calendar.timegm(cluster.last_reported.timetuple()))
    row = {
        "event_id_cnty": event_id_cnty(cluster, country),
        "event_date": cluster.event_date.isoformat() if cluster.event_date else "",
        "year": str(cluster.event_date.year) if cluster.event_date else "",
        "time_precision": _text(cluster.time_precision),
        "disorder_type": disorder_type(cluster.event_type, cluster.sub_event_type),
        "event_type": cluster.event_type,
        "sub_event_type": cluster.sub_event_type,
        "actor1": _text(cluster.actor1),
        "assoc_actor_1": _text(cluster.assoc_actor_1),
        "inter1": _text(cluster.inter1),
        "actor2": _text(cluster.actor2),
        "assoc_actor_2": _text(cluster.assoc_actor_2),
        "inter2": _text(cluster.inter2),
        "interaction": _text(cluster.interaction),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": _text(country.numeric if country else None),
        "region": _text(country.acled_region if country else None),
        "country": _text(cluster.country),
        "admin1": _text(cluster.admin1),
        "admin2": _text(cluster.admin2),
        "admin3": "",
        "location": _text(cluster.location),
        "latitude": _coordinate(cluster.latitude),
        "longitude": _coordinate(cluster.longitude),
        "geo_precision": _text(cluster.geo_precision),
        "source": "; ".join(cluster.outlets),
        "source_scale": "",
        "notes": cluster.notes,
        "fatalities": str(cluster.fatalities),
        "tags": "",
        "timestamp": timestamp,
    }
    assert tuple(row) == COLUMNS
    return row


def acled_rows(clusters: Iterable[Cluster], countries: CountryLookup = country_info) -> Iterator[dict[str, str]]:
    for c in clusters:
        yield acled_row(c, countries)


def write_acled_csv(clusters: Iterable[Cluster], out: TextIO, countries: CountryLookup = country_info) -> int:
    """Write the header and one row per cluster to ``out`` (opened with ``newline=""``); rows written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in acled_rows(clusters, countries):
        writer.writerow(row)
        n += 1
    return n


__all__ = ["COLUMNS", "acled_row", "acled_rows", "disorder_type", "event_id_cnty", "write_acled_csv"]
