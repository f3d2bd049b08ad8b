"""Clusters as a UCDP GED CSV: the GED's columns in the GED's order.

UCDP codes organised violence only, so by default only clusters of battles, explosions/remote
violence and violence against civilians are written (``violent_only``); ``lethal_only`` keeps
those with at least one death, as the GED does. Columns that need UCDP's own registers (conflict,
dyad and actor ids, Gleditsch-Ward numbers, code status) are left empty; the rest is derived:

- ``type_of_violence``: 3 (one-sided) when civilians are a side, 1 (state-based) when state forces
  (ACLED inter 1) are, 2 (non-state) when two organised non-state actors fight; empty otherwise.
- ``side_a`` / ``side_b``: ACLED's actor names; the state side first, civilians second.
- ``source_article``: ``"outlet,date,article id"`` per source, ";"-separated as UCDP does;
  ``source_original``: who the claims came from (the claims' speakers).
- ``where_prec`` from ACLED's geo_precision (1 -> 1 exact, 2 -> 2 within 25 km, 3 -> 3 admin2 or
  4 admin1), 6 when only the country is known; ``priogrid_gid`` from the coordinates.
- ``date_prec``: 1 one day, 2 the sources' days span 2-6 days, 3 a week (ACLED precision 2),
  4 a month (ACLED precision 3).
- deaths: ``best`` is the cluster's best estimate, never below the deaths assigned to sides;
  ``low <= best <= high`` holds in every row.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from ..reconcile.records import Cluster
from ..taxonomy import BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS
from .countries import CountryInfo, country_info

COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original",
    "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
    "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
    "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
    "high", "low", "gwnoa", "gwnob",
)  # fmt: skip

VIOLENT_TYPES = frozenset({BATTLES, EXPLOSIONS, VIOLENCE_AGAINST_CIVILIANS})
STATE, CIVILIANS = 1, 7
ORGANISED = frozenset({1, 2, 3, 4, 8})

CountryLookup = Callable[[str | None], CountryInfo | None]


def type_of_violence(cluster: Cluster) -> int | None:
    inters = {i for i in (cluster.inter1, cluster.inter2) if i is not None}
    if CIVILIANS in inters or cluster.event_type == VIOLENCE_AGAINST_CIVILIANS:
        return 3
    if STATE in inters:
        return 1
    if cluster.inter1 in ORGANISED and cluster.inter2 in ORGANISED:
        return 2
    return None


def sides(cluster: Cluster) -> tuple[str, str, str, str]:
    """(side_a, side_b, deaths_a, deaths_b) with the state side first and civilians second."""
    a = (cluster.actor1 or "", cluster.inter1, cluster.deaths_a)
    b = (cluster.actor2 or "", cluster.inter2, cluster.deaths_b)
    if b[1] == STATE and a[1] != STATE or a[1] == CIVILIANS and b[1] != CIVILIANS:
        a, b = b, a
    if not b[0] and type_of_violence(cluster) == 3:
        b = ("Civilians", CIVILIANS, b[2])
    return a[0], b[0], _count(a[2]), _count(b[2])


def where_prec(cluster: Cluster) -> int:
    if cluster.geo_precision == 1:
        return 1
    if cluster.geo_precision == 2:
        return 2
    if cluster.admin2:
        return 3
    if cluster.admin1:
        return 4
    return 6


def date_prec(cluster: Cluster) -> int | None:
    if cluster.date_start is None or cluster.date_end is None:
        return None
    if cluster.time_precision == 3:
        return 4
    if cluster.time_precision == 2:
        return 3
    span = (cluster.date_end - cluster.date_start).days
    return 1 if span == 0 else 2 if span <= 6 else 3


def priogrid_gid(latitude: float | None, longitude: float | None) -> int | None:
    """The PRIO-GRID cell (0.5 degrees, numbered from the south-west corner, row by row)."""
    if latitude is None or longitude is None:
        return None
    row = min(359, int(math.floor((latitude + 90.0) * 2)))
    col = min(719, int(math.floor((longitude + 180.0) * 2)))
    return row * 720 + col + 1


def _count(value: int | None) -> str:
    return str(value or 0)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def deaths(cluster: Cluster) -> dict[str, int]:
    a, b, civ = (cluster.deaths_a or 0, cluster.deaths_b or 0, cluster.deaths_civilians or 0)
    assigned = a + b + civ
    best = max(cluster.fatalities_best if cluster.fatalities_best is not None else cluster.fatalities, assigned)
    unknown = best - assigned
    low = min(cluster.fatalities_low if cluster.fatalities_low is not None else best, best)
    high = max(cluster.fatalities_high if cluster.fatalities_high is not None else best, best)
    return {"deaths_civilians": civ, "deaths_unknown": unknown, "best": best, "high": high, "low": low}


def ucdp_row(cluster: Cluster, countries: CountryLookup = country_info) -> dict[str, str]:
    country = countries(cluster.country)
    side_a, side_b, deaths_a, deaths_b = sides(cluster)
    numbers = deaths(cluster)
    lat, lon = cluster.latitude, cluster.longitude
    year = cluster.date_start.year if cluster.date_start else cluster.event_date.year if cluster.event_date else None
    place = cluster.location or cluster.admin2 or cluster.admin1 or cluster.country
    row = {
        "id": str(int(cluster.id.rsplit("-", 1)[-1][:12], 16)),
        "relid": cluster.id,
        "year": _text(year),
        "active_year": "",
        "code_status": "",
        "type_of_violence": _text(type_of_violence(cluster)),
        "conflict_dset_id": "",
        "conflict_new_id": "",
        "conflict_name": "",
        "dyad_dset_id": "",
        "dyad_new_id": "",
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else side_a or side_b,
        "side_a_dset_id": "",
        "side_a_new_id": "",
        "side_a": side_a,
        "side_b_dset_id": "",
        "side_b_new_id": "",
        "side_b": side_b,
        "number_of_sources": str(cluster.n_sources),
        "source_article": ";".join(
            f'"{s.outlet or ""},{s.published.isoformat() if s.published else ""},{s.article_id}"'
            for s in cluster.sources
        ),
        "source_office": ";".join(s.outlet or "" for s in cluster.sources),
        "source_date": ";".join(s.published.isoformat() if s.published else "" for s in cluster.sources),
        "source_headline": "",
        "source_original": "; ".join(cluster.speakers),
        "where_prec": str(where_prec(cluster)),
        "where_coordinates": _text(place),
        "where_description": ", ".join(p for p in (cluster.location, cluster.admin2, cluster.admin1) if p),
        "adm_1": _text(cluster.admin1),
        "adm_2": _text(cluster.admin2),
        "latitude": _text(lat),
        "longitude": _text(lon),
        "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": _text(priogrid_gid(lat, lon)),
        "country": _text(cluster.country),
        "country_id": "",
        "region": _text(country.ucdp_region if country else None),
        "event_clarity": "1" if cluster.time_precision == 1 and cluster.geo_precision in (1, 2) else "2",
        "date_prec": _text(date_prec(cluster)),
        "date_start": cluster.date_start.isoformat() if cluster.date_start else "",
        "date_end": cluster.date_end.isoformat() if cluster.date_end else "",
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        **{k: str(v) for k, v in numbers.items()},
        "gwnoa": "",
        "gwnob": "",
    }
    return {k: row[k] for k in COLUMNS}


def ucdp_rows(
    clusters: Iterable[Cluster],
    countries: CountryLookup = country_info,
    *,
    violent_only: bool = True,
    lethal_only: bool = False,
) -> Iterator[dict[str, str]]:
    for c in clusters:
        if violent_only and c.event_type not in VIOLENT_TYPES:
            continue
        row = ucdp_row(c, countries)
        if lethal_only and row["best"] == "0":
            continue
        yield row


def write_ucdp_csv(
    clusters: Iterable[Cluster],
    out: TextIO,
    countries: CountryLookup = country_info,
    *,
    violent_only: bool = True,
    lethal_only: bool = False,
) -> int:
    """Write the header and the rows to ``out`` (opened with ``newline=""``); rows written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in ucdp_rows(clusters, countries, violent_only=violent_only, lethal_only=lethal_only):
        writer.writerow(row)
        n += 1
    return n


__all__ = ["COLUMNS", "date_prec", "priogrid_gid", "type_of_violence", "ucdp_row", "ucdp_rows", "where_prec",
           "write_ucdp_csv"]  # fmt: skip
