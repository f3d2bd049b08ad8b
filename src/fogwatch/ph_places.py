"""Philippine locations as ACLED codes them, read from the address a note writes.

ACLED's location in the Philippines is the city or municipality, or a barangay (village) of a
municipality: "in Barangay X, Balatan town, Camarines Sur" is coded at X, "in Barangay X, Tagum, Davao
del Norte" at Tagum, because Tagum is a city (whether or not the text says "City"). The gazetteer knows
few municipalities and cannot tell a city from a municipality, so a table of the country's cities and
municipalities with their provinces (the Philippine Standard Geographic Code, read from the ``barangay``
package's copy) reads the address:

- ``[Sitio S,] [Barangay B | B village] , / in / of  M [City | town | municipality] , / in  P [province]``

where M is a town of the table and P, when written, a province M lies in (which tells apart the many
towns that share a name: "San Jose, Batangas" is not "San Jose, Occidental Mindoro"). The location is B
when M is a municipality and B is written as a barangay (or is the first name of an address governed
by "in" / "at": "in B, M, P"), else M in ACLED's spelling: a city without "City" ("Pasig"), except where
the bare name is a province's ("Quezon City", "Davao City", "Cebu City"). A numbered barangay ("Barangay
3") is coded at its town. A province the gazetteer does not know as one (Maguindanao, split in 2022)
takes ACLED's admin names from ``data/geo/ph_provinces.tsv``. A place the pipeline chose that names a
city of the table is respelt the same way; one that is only a province is coded at its capital
(``data/geo/ph_capitals.tsv``, precision 2), as ACLED does. The precision of an address's place says what
the note names: 1 for a barangay or town, 2 for a town written as an area ("Talipao area"). Addresses cut
by the sentence splitter after "Brgy." or "Sta." are read across the cut.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from .errors import DataFileError
from .gazetteer import Place, name_key, read_fixed_tsv
from .nlp import Analysis, Token
from .places import NEAR_WORDS, PlaceMention, _coded_place

__all__ = ["Town", "TownTable", "acled_town_name", "ph_location", "read_table", "town_key"]

LIES_IN_PATH = Path(__file__).parent / "data" / "geo" / "ph_city_provinces.tsv"
PROVINCES_PATH = Path(__file__).parent / "data" / "geo" / "ph_provinces.tsv"
CAPITALS_PATH = Path(__file__).parent / "data" / "geo" / "ph_capitals.tsv"


@dataclass(frozen=True, slots=True)
class Town:
    name: str  # as notes write it: the PSGC's name without "City of" / "City", abbreviations spelt out
    city: bool  # a city (its barangays are coded at it), not a municipality
    province: str  # the province it lies in (ACLED's admin2), "Metro Manila" for the capital's cities


@dataclass(frozen=True, slots=True)
class TownTable:
    towns: Mapping[str, tuple[Town, ...]]  # town_key -> the towns of that name
    provinces: frozenset[str]  # name_key of every province
    longest: int  # the most words in a town's name
    units: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # province -> ACLED's (admin2, admin1)
    # province_key -> (ACLED's name of its capital, latitude, longitude)
    capitals: Mapping[str, tuple[str, float, float]] = field(default_factory=dict)


# abbreviations that open town names in notes ("Sta. Rosa", "Sto. Tomas", "Gen. Santos")
_ABBREVIATIONS = {"sta": "santa", "sto": "santo", "gen": "general", "pres": "president", "mt": "mount"}
# provinces under another name in the gazetteer or in notes: split or renamed provinces, the capital region
_PROVINCE_ALIASES = {
    "maguindanao del norte": "maguindanao", "maguindanao del sur": "maguindanao", "davao de oro": "compostela valley",
    "mindoro oriental": "oriental mindoro", "mindoro occidental": "occidental mindoro", "north cotabato": "cotabato",
    "western samar": "samar", "ncr": "metro manila", "national capital region": "metro manila",
}
# cities ACLED names with "City" although no province shares the name: it tells them from namesake towns
_CITY_NAMED = frozenset({"roxas"})
# words after a town's name that say what it is ("Balatan town", "Tagum City")
_TOWN_WORDS = frozenset({"city", "town", "municipality"})
_BARANGAY_WORDS = frozenset({"barangay", "brgy", "brgy.", "bgy", "bgy."})
_LINKS = frozenset({",", "in", "of", "("})
# words that gloss or stand for "barangay" ("Barangay (village) X", "the village of X")
_GLOSSES = frozenset({"village", "villages", "barangay"})
# prepositions that make the first name of an address the event's place ("in X, Datu Salibo, Maguindanao")
_GOVERNING = frozenset({"in", "at"})
# abbreviations a sentence splitter may take for a sentence's end ("in Brgy. X", "Sta. Rosa")
_ABBREVIATED = frozenset({"brgy", "bgy", "sta", "sto", "gen", "mt", "pres"})
_MAX_NAME = 5  # tokens of a barangay's name
# words after a part of a town listed in an address ("Novaliches district, Quezon City")
_PART_WORDS = frozenset({"district", "village", "area", "zone", "subdivision"})
_NAME_CONNECTORS = frozenset({"de", "del", "dela", "sa", "ng"})  # "Loma de Gato", "Sultan sa Barongis"
_PSGC_NOTE = re.compile(r"\s*\([^)]*\)")  # "City of Isabela (Not a Province)"


def town_key(text: str) -> str:
    """``name_key`` with the abbreviations notes use spelt out ("Sta. Rosa" -> "santa rosa")."""
    words = name_key(text).split()
    if words and words[0] in _ABBREVIATIONS:
        words[0] = _ABBREVIATIONS[words[0]]
    return " ".join(words)


def province_key(text: str) -> str:
    """A province's name as compared: the type word dropped, renamed and split provinces as one."""
    key = name_key(text).removesuffix(" province").removeprefix("the ")
    return _PROVINCE_ALIASES.get(key, key)


def psgc_path() -> Path:
    """Where the ``barangay`` package (a dependency) keeps its copy of the PSGC's nested table, found
    without importing the package (its import loads pandas)."""
    spec = importlib.util.find_spec("barangay")
    roots = list(spec.submodule_search_locations or ()) if spec is not None else []
    if not roots or not (Path(roots[0]) / "data" / "barangay.json").is_file():
        raise DataFileError("the Philippine town table needs the 'barangay' package's data "
                            "(data/barangay.json); reinstall fogwatch: pip install -e .")
    return Path(roots[0]) / "data" / "barangay.json"


def _town_name(psgc_name: str) -> tuple[str, bool]:
    """A PSGC name as notes write it, and whether it is a city: "City of Sto. Tomas" -> ("Santo Tomas", True),
    "Quezon City" -> ("Quezon", True), "Island Garden City of Samal" -> ("Samal", True), "Abra De Ilog" ->
    ("Abra de Ilog", False)."""
    name = _PSGC_NOTE.sub("", psgc_name).strip()
    city = False
    if " City of " in f" {name}":
        name, city = name.split("City of ", 1)[1], True
    elif name.endswith(" City"):
        name, city = name.removesuffix(" City"), True
    words = name.split()
    for i, word in enumerate(words):
        low = word.lower()
        if low.rstrip(".") in _ABBREVIATIONS and low.endswith("."):
            words[i] = _ABBREVIATIONS[low.rstrip(".")].capitalize()
        elif i > 0 and low in _NAME_CONNECTORS:
            words[i] = low
    return " ".join(words), city


def towns_from_psgc(psgc: Mapping[str, Any], lies_in: Mapping[str, str]) -> list[Town]:
    """The cities and municipalities of the PSGC's region -> province -> town -> barangays table, each with
    the province it lies in. Units the PSGC files under a region rather than a province (highly urbanised
    cities, the Special Geographic Area) take their province from ``lies_in``; the capital region's towns
    are in "Metro Manila"."""
    towns: list[Town] = []
    for region, units in psgc.items():
        if not isinstance(units, Mapping):
            raise DataFileError(f"PSGC table: region {region!r} is not a table of provinces")
        capital = "(NCR)" in region
        for unit, inside in units.items():
            if capital or unit.startswith("City of "):
                name, city = _town_name(unit)
                towns.append(Town(name, city, "Metro Manila" if capital else lies_in.get(unit, "")))
                continue
            if not isinstance(inside, Mapping):
                raise DataFileError(f"PSGC table: province {unit!r} is not a table of towns")
            province = lies_in.get(unit, unit)
            towns.extend(Town(*_town_name(town), province) for town in inside)
    missing = sorted({t.name for t in towns if not t.province})
    if missing:
        raise DataFileError(f"{LIES_IN_PATH.name}: no province for the PSGC's {', '.join(missing)}")
    return towns


def read_table(psgc: Path | None = None, provinces_path: Path | None = PROVINCES_PATH,
               lies_in_path: Path = LIES_IN_PATH, capitals_path: Path | None = CAPITALS_PATH) -> TownTable:
    """The country's towns from the PSGC table at ``psgc`` (default: the ``barangay`` package's copy), with
    the provinces of units filed under a region from ``lies_in_path`` (unit, province) and ACLED's admin2
    and admin1 of each province from ``provinces_path`` (province, admin2, admin1)."""
    path = psgc or psgc_path()
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(f"cannot read the PSGC table {path}: {exc}; reinstall fogwatch") from exc
    if not isinstance(table, Mapping):
        raise DataFileError(f"{path}: the PSGC table is not a table of regions")
    lies_in = dict(read_fixed_tsv(lies_in_path, 2))
    towns: dict[str, list[Town]] = {}
    for town in towns_from_psgc(table, lies_in):
        towns.setdefault(town_key(town.name), []).append(town)
    provinces = {name_key(t.province) for group in towns.values() for t in group}
    longest = max((len(k.split()) for k in towns), default=1)
    units = {} if provinces_path is None else {
        province: (admin2, admin1) for province, admin2, admin1 in read_fixed_tsv(provinces_path, 3)}
    table = TownTable({k: tuple(v) for k, v in towns.items()}, frozenset(provinces), longest, units)
    return table if capitals_path is None else replace(table, capitals=_read_capitals(capitals_path, table))


def _read_capitals(path: Path, table: TownTable) -> dict[str, tuple[str, float, float]]:
    """Each province's capital (province, town, latitude, longitude), a town of the table in ACLED's
    spelling ("Batangas" -> "Batangas City"); a name the table lacks ("San Jose de Buenavista", the PSGC's
    "San Jose") is ACLED's as written."""
    out: dict[str, tuple[str, float, float]] = {}
    for province, capital, lat, lon in read_fixed_tsv(path, 4):
        towns = [t for t in table.towns.get(town_key(capital), ())
                 if province_key(t.province) == province_key(province)]
        try:
            out[province_key(province)] = (acled_town_name(towns[0], table) if len(towns) == 1 else capital,
                                           float(lat), float(lon))
        except ValueError as exc:
            raise DataFileError(f"{path.name}: bad coordinates for {capital!r}: {exc}") from exc
    return out


@cache
def _bundled() -> TownTable:
    return read_table()


def acled_town_name(town: Town, table: TownTable) -> str:
    """ACLED's name of a town: a city's without "City" unless a province is named like it ("Quezon City",
    "Davao City" beside Davao del Sur) or ACLED tells it from namesakes so ("Roxas City")."""
    if not town.city:
        return town.name
    key = name_key(town.name)
    if key in _CITY_NAMED or key in table.provinces or any(p.startswith(key + " ") for p in table.provinces):
        return f"{town.name} City"
    return town.name


@dataclass(frozen=True, slots=True)
class _Address:
    town: Town
    first: int  # token range [first, last] of the town's name
    last: int
    barangay: tuple[int, int] | None  # token range [first, last] of a barangay written before it
    province: tuple[int, int] | None  # character span of the province written after it


def _cap(tok: Token) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def _town_at(tokens: Sequence[Token], i: int, hi: int, text: str, table: TownTable) -> tuple[int, tuple[Town, ...]]:
    """The longest town name starting at token ``i`` (last token index, towns), or (-1, ())."""
    for j in range(min(hi - 1, i + table.longest + 1), i - 1, -1):  # +1: "Sta . Rosa" is three tokens
        if not tokens[j].text[:1].isalnum():
            continue  # "Tagum ," is "Tagum" to the key, but the name ends at a word
        towns = table.towns.get(town_key(text[tokens[i].start : tokens[j].end]))
        if towns:
            return j, towns
    return -1, ()


def _province_after(tokens: Sequence[Token], j: int, hi: int, text: str, table: TownTable
                    ) -> tuple[str, tuple[int, int]] | None:
    """The province written after token ``j`` (", Bulacan", " in Bulacan province", "(Laguna, ..."):
    its key and character span."""
    k = j + 1
    if k < hi and tokens[k].text.lower() in _TOWN_WORDS:
        k += 1
    steps = 0
    while k < hi and steps < 3 and (tokens[k].text.lower() in _LINKS or tokens[k].text.lower() == "the"):
        k += 1
        steps += 1
    if steps == 0 or k >= hi or not _cap(tokens[k]):
        return None
    for last in range(min(hi - 1, k + 3), k - 1, -1):
        if not tokens[last].text[:1].isalnum():
            continue
        key = province_key(text[tokens[k].start : tokens[last].end])
        if key in table.provinces or key in _PROVINCE_ALIASES.values():
            return key, (tokens[k].start, tokens[last].end)
    return None


def _barangay_before(tokens: Sequence[Token], i: int, lo: int) -> tuple[int, int] | None:
    """A barangay written before the town at token ``i``: "Barangay X, M", "Brgy. X in M", "X village, M",
    "X village of M"; a sitio before it is passed over ("Sitio S, Barangay X, M")."""
    j = i - 1
    if j < lo or tokens[j].text.lower() not in _LINKS:
        return None
    j -= 1
    if j >= lo and tokens[j].text.lower() == "," and tokens[j + 1].text.lower() == "in":
        j -= 1  # "Barangay X, in M"
    typed = False
    if j >= lo and tokens[j].text.lower() in ("village", "area"):
        typed = tokens[j].text.lower() == "village"  # "Barangay X area in M" is typed by its prefix
        j -= 1
    last = j
    while j >= lo and last - j < _MAX_NAME and (_cap(tokens[j]) or tokens[j].text == "-" or (
            tokens[j].text in _NAME_CONNECTORS and j - 1 >= lo and _cap(tokens[j - 1])) or (
            j - 1 >= lo and tokens[j - 1].text == "-" and tokens[j].text.isalpha())) \
            and tokens[j].text.lower() not in _BARANGAY_WORDS:
        j -= 1  # "Inug-og" and "Pang-ot" are three tokens, the last in lower case
    first = j + 1
    if j - 1 >= lo and tokens[j].text == "." and tokens[j - 1].text.lower() in _BARANGAY_WORDS:
        j -= 1  # "Brgy . X"
    if j - 3 >= lo and tokens[j].text == ")" and tokens[j - 1].text.lower() in _GLOSSES \
            and tokens[j - 2].text == "(":
        j -= 3  # "Barangay (village) X": the word glossed for readers
    if first > last or not _cap(tokens[first]):
        return None
    if j >= lo and tokens[j].text.lower() in _BARANGAY_WORDS:
        typed = True
    if j - 1 >= lo and tokens[j].text.lower() == "of" and tokens[j - 1].text.lower() in _GLOSSES:
        typed = True  # "the village of X in M", "Barangay of X"
    if tokens[first].text[:1].isdigit():
        return None  # "Barangay 20, San Nicolas town": coders code a numbered barangay at its town
    if not typed and tokens[i - 1].text == "," and j >= lo and tokens[j].text.lower() in _GOVERNING:
        typed = True  # "in Pagatin, Datu Salibo, Maguindanao": an address's first name is a barangay of it
    return (first, last) if typed else None


def _abbreviated(analysis: Analysis, sentence: int) -> bool:
    """Does the sentence end in an abbreviation ("... in Brgy." / "Sta."), where the splitter cut an address?"""
    sent = analysis.sentences[sentence]
    return sent.last - sent.first >= 2 and analysis.tokens[sent.last - 1].text == "." \
        and analysis.tokens[sent.last - 2].text.lower() in _ABBREVIATED


def _token_range(analysis: Analysis, sentence: int) -> tuple[int, int]:
    """Token range of the sentence, joined to its neighbours across a cut after an abbreviation."""
    first = last = sentence
    while first > 0 and _abbreviated(analysis, first - 1):
        first -= 1
    while last + 1 < len(analysis.sentences) and _abbreviated(analysis, last):
        last += 1
    return analysis.sentences[first].first, analysis.sentences[last].last


def _addresses(analysis: Analysis, sentence: int, table: TownTable, province: str | None) -> list[_Address]:
    """The addresses of the sentence: a town of the table with a province after it that holds it, or said to
    be a town ("X town", "X City"), or the only town of its name in ``province`` (the chosen place's)."""
    tokens, text = analysis.tokens, analysis.text
    lo, hi = _token_range(analysis, sentence)
    out: list[_Address] = []
    i = lo
    while i < hi:
        tok = tokens[i]
        if not _cap(tok) or (i > lo and _cap(tokens[i - 1]) and tokens[i - 1].text.lower() not in _BARANGAY_WORDS
                             and tokens[i - 1].text not in ("In", "At", "On")):
            i += 1
            continue
        last, towns = _town_at(tokens, i, hi, text, table)
        if not towns:
            i += 1
            continue
        after = _province_after(tokens, last, hi, text, table)
        if last + 1 < hi and tokens[last + 1].text.lower() == "city":
            towns = tuple(t for t in towns if t.city) or towns  # "Quezon City" is not Quezon, Bukidnon
        if after is not None:
            towns = tuple(t for t in towns if province_key(t.province) == after[0])
        if after is None and not _town_word(tokens, last, hi):
            # "in Barangay X, Datu Salibo on 5 May", the province named elsewhere; not a barangay's name
            # ("Brgy. Pandan, Ligao City") nor the head of an address ("in Pandan, Ligao City")
            bare = not _after_barangay_word(tokens, i, lo) and not (last + 1 < hi and tokens[last + 1].text == ",") \
                and not (i > lo and tokens[i - 1].text == "," and town_key(text[tok.start : tokens[last].end])
                         in table.provinces and not _barangay_listed(tokens, i - 1, lo))
            # "Brgy. X, Baliuag, Bulacan": the province after a town, not Bulacan town; after a barangay
            # alone ("Barangay X, Masbate") coders read the city named like its province
            towns = tuple(t for t in towns if bare and province and province_key(t.province) == province)
        if len(towns) == 1:
            out.append(_Address(towns[0], i, last, _barangay_before(tokens, i, lo), after[1] if after else None))
        i = last + 1
    return out


def _barangay_listed(tokens: Sequence[Token], comma: int, lo: int) -> bool:
    """Is the name before the comma at ``comma`` a barangay's ("Barangay X, Masbate")?"""
    j = comma - 1
    while j >= lo and _cap(tokens[j]) and tokens[j].text.lower() not in _BARANGAY_WORDS:
        j -= 1
    return j + 1 < comma and _after_barangay_word(tokens, j + 1, lo)


def _after_barangay_word(tokens: Sequence[Token], i: int, lo: int) -> bool:
    """Is the name at token ``i`` a barangay's ("Barangay X", "Brgy. X")?"""
    j = i - 1
    if j >= lo and tokens[j].text == ".":
        j -= 1
    return j >= lo and tokens[j].text.lower() in _BARANGAY_WORDS


def _town_word(tokens: Sequence[Token], last: int, hi: int) -> bool:
    """"Balatan town", "Tagum City": the text itself makes the name a town."""
    return last + 1 < hi and tokens[last + 1].text.lower() in _TOWN_WORDS


def _capital(place: Place, table: TownTable, text: str) -> Place:
    """A place known only as a province, at its capital as ACLED codes it (precision 2: a town stands for
    the province); not where the note names the city of the province's name ("Cotabato City, Cotabato"),
    read as the province."""
    if place.kind != "admin2" or not place.admin2 or place.location != place.admin2:
        return place
    if re.search(rf"\b{re.escape(place.admin2)}\s+City\b", text, re.IGNORECASE):
        return place
    seat = table.capitals.get(province_key(place.admin2))
    if seat is None:
        return place
    name, lat, lon = seat
    return replace(place, location=name, latitude=lat, longitude=lon, geo_precision=2, kind="city")


def _respelt(place: Place, table: TownTable) -> Place:
    """A city the pipeline chose, in ACLED's spelling ("Pasig City" -> "Pasig", "Davao" -> "Davao City")."""
    if place.kind != "city" or not place.admin2:
        return place
    name = place.location.removesuffix(" City").removesuffix(" city")
    towns = [t for t in table.towns.get(town_key(name), ()) if t.city
             and province_key(t.province) == province_key(place.admin2)]
    if len(towns) != 1:
        return place
    return replace(place, location=acled_town_name(towns[0], table))


def ph_location(analysis: Analysis, place: Place | None, evidence: tuple[PlaceMention, ...],
                mentions: Sequence[PlaceMention], sentence: int, table: TownTable | None = None
                ) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """``event_place``'s answer for a place in the Philippines with ACLED's location: the barangay or town
    of the address in the sentence of the chosen place (or of the trigger); else the chosen city respelt."""
    if place is None or (place.iso2 != "PH" and place.country != "Philippines"):
        return place, evidence
    table = _bundled() if table is None else table
    if _coded_place(analysis.text, mentions) is not None:
        return _respelt(place, table), evidence  # "(X coded as the location)": the coder's place stands
    index = evidence[0].sentence if evidence else sentence
    if not 0 <= index < len(analysis.sentences):
        return _respelt(place, table), evidence
    province = province_key(place.admin2) if place.admin2 else None
    found = _pick(_addresses(analysis, index, table, province), place, evidence, analysis)
    if found is None:
        return _capital(_respelt(place, table), table, analysis.text), evidence
    tokens, text = analysis.tokens, analysis.text
    units = place
    if province_key(found.town.province) != province_key(place.admin2 or ""):
        # the pipeline's place lies elsewhere: the province written in the address gives the admin units
        unit = next((m.place for m in mentions if found.province and m.start == found.province[0]
                     and m.place.iso2 == "PH" and m.place.kind in ("admin2", "admin1")), None)
        if unit is not None and province_key(unit.admin2 or unit.location) == province_key(found.town.province):
            units = unit
        elif found.province is not None and found.town.province in table.units:
            # a province the gazetteer does not read as one ("Maguindanao", split in 2022; "Isabela", also a
            # city): the address's town lies in it, and ACLED's names come from the table
            admin2, admin1 = table.units[found.town.province]
            units = Place("Philippines", "PH", admin1, admin2, admin2, None, None, 3, "admin2")
        else:
            return _respelt(place, table), evidence
    if found.barangay is not None and not found.town.city:
        start, end = tokens[found.barangay[0]].start, tokens[found.barangay[1]].end
        name = text[start:end]
    else:
        start, end = tokens[found.first].start, tokens[found.last].end
        name = acled_town_name(found.town, table)
    # a barangay or town the gazetteer places in the same province has its own coordinates; otherwise
    # those of the town or the province stand
    own = next((m.place for m in mentions if m.start == start and m.place.kind == "city"
                and m.place.admin2 == units.admin2 and m.place.latitude is not None), None)
    if found.barangay is not None and found.town.city:
        # a city named for one of its barangays: the city's own coordinates give its precision, else those of
        # a containing place stand, with ACLED's code for one
        if own is not None:
            units = replace(units, latitude=own.latitude, longitude=own.longitude, geo_precision=own.geo_precision)
        elif units.kind != "city" or town_key(units.location.removesuffix(" City")) != town_key(
                name.removesuffix(" City")):
            units = replace(units, geo_precision=max(units.geo_precision, 2))
    else:
        if own is not None:
            units = replace(units, latitude=own.latitude, longitude=own.longitude)
        # ACLED's precision says what the note names, not where the coordinates come from: the place itself (a
        # barangay, a town) is 1, a town written as an area ("Talipao area") 2. Without coordinates at all (a
        # province the gazetteer lacks) the place is no more than 2.
        precision = _address_precision(found, tokens)
        units = replace(units, geo_precision=precision if units.latitude is not None else max(precision, 2))
    narrowed = replace(units, location=name, kind="city")
    mention = PlaceMention(start, end, text[start:end], index, narrowed)
    return narrowed, tuple(sorted((mention, *(m for m in evidence if m.place.iso2 == "PH")), key=lambda m: m.start))


# words after a town's name that make the place a part of its area ("in Talipao area", "Goa town vicinity")
_AREA_WORDS = frozenset({"area", "areas", "vicinity", "outskirts", "periphery"})


def _address_precision(found: _Address, tokens: Sequence[Token]) -> int:
    """ACLED's geo_precision of the barangay or town an address names: 2 for a town written as an area ("X
    area", "X town vicinity") or a place near it ("near Talipao, Sulu"), else 1 (the note names the place)."""
    if found.barangay is not None:
        return 1
    if found.first > 0 and tokens[found.first - 1].text.lower() in NEAR_WORDS:
        return 2
    k, hi = found.last + 1, len(tokens)
    if k < hi and tokens[k].text.lower() in _TOWN_WORDS:
        k += 1
    return 2 if k < hi and tokens[k].text.lower() in _AREA_WORDS else 1


def _reach(tokens: Sequence[Token], first: int) -> int:
    """The first token of the names an address lists before its town ("Brgy. X, Novaliches district,
    Quezon City"), within its sentence: a chosen place among them lies in the town."""
    k = first
    for _ in range(3):
        j = k - 1
        if j < 0 or tokens[j].text != "," or tokens[j].sent != tokens[first].sent:
            break
        j -= 1
        while j >= 0 and tokens[j].sent == tokens[first].sent and k - j < 8 and (
                _cap(tokens[j]) or tokens[j].text in ("-", ".") or tokens[j].text.lower() in _PART_WORDS):
            j -= 1
        if j + 1 >= k - 1:
            break
        k = j + 1
    return k


def _pick(addresses: Sequence[_Address], place: Place, evidence: Sequence[PlaceMention],
          analysis: Analysis) -> _Address | None:
    """The address that holds the chosen place (the mention naming it, else any of its evidence); with only
    a province, a region or the country chosen, the first address in that province (or with a province)."""
    if not addresses:
        return None
    tokens = analysis.tokens
    naming = [m for m in evidence if m.place.location == place.location]
    # a town's mention (or its container's: "Barangay X, Novaliches district, Quezon City") places it; a
    # province may be named in any address of its own ("a police chief of Poro, Cebu, was shot in X, Cebu")
    towns = [m for m in evidence if m.place.kind == "city"]
    for pool in (naming, towns) if place.kind == "city" else (naming, evidence):
        for a in addresses:
            lo = tokens[a.barangay[0]].start if a.barangay else tokens[_reach(tokens, a.first)].start
            hi = a.province[1] if a.province else tokens[a.last].end
            if any(lo <= m.start < hi for m in pool):
                return a
    if place.kind == "city":
        return None  # a town named outside every address: the pipeline's choice stands
    for a in addresses:
        if place.admin2 and province_key(a.town.province) == province_key(place.admin2):
            return a
    if place.kind == "country":
        return next((a for a in addresses if a.province), None)
    return None
