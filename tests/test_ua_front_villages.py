"""Ukraine's front-line villages: settlements GeoNames' cities500 lacks take their 2020 raion and written-down
coordinates from data/geo/ua_raions.tsv instead of falling back to the oblast's capital raion."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _place(gaz: Gazetteer, name: str, oblast: str):
    towns = [p for p in gaz.lookup(name, country="UA") if p.kind == "city" and p.admin1 == oblast]
    assert towns, (name, oblast)
    return towns[0]


@pytest.mark.parametrize(("name", "oblast", "raion"), [
    ("Keramik", "Donetsk", "Pokrovskyi"),  # north of Avdiivka, 2024
    ("Vovche", "Donetsk", "Pokrovskyi"),
    ("Dalnie", "Donetsk", "Pokrovskyi"),  # south of Kurakhove
    ("Bila Hora", "Donetsk", "Bakhmutskyi"),  # between Chasiv Yar and Toretsk
    ("Vyimka", "Donetsk", "Bakhmutskyi"),  # Siversk direction
    ("Kleban-Byk", "Donetsk", "Kramatorskyi"),  # south-west of Kostiantynivka
    ("Storozheve", "Donetsk", "Volnovaskyi"),  # the Velyka Novosilka salient
    ("Tabaivka", "Kharkiv", "Kupianskyi"),
    ("Ohirtseve", "Kharkiv", "Chuhuivskyi"),  # Vovchansk direction, 2024
    ("Stelmakhivka", "Luhansk", "Svativskyi"),
    ("Loknia", "Sumy", "Sumskyi"),  # the border strip, 2025
    ("Dachi", "Kherson", "Khersonskyi"),  # left-bank islands facing Kherson city
])
def test_front_village_takes_its_raion_and_a_point_nearby(gaz: Gazetteer, name: str, oblast: str,
                                                         raion: str) -> None:
    place = _place(gaz, name, oblast)
    assert place.admin2 == raion
    assert place.latitude is not None and place.longitude is not None
    # every village above lies within ~1.5 degrees of the raion's centre town, never at the oblast capital's
    # default point of a different raion
    centre = next(r for r in _read_tsv(DATA_DIR / "ua_raions.tsv") if len(r) >= 3 and r[1] == raion)
    first = centre[2].split("|")[0].split("@")[0]
    town = _place(gaz, first, oblast)
    assert town.latitude is not None and town.longitude is not None
    assert abs(place.latitude - town.latitude) < 1.5 and abs(place.longitude - town.longitude) < 1.5


def test_2020_raions_of_the_occupied_towns_and_the_mariupol_coast(gaz: Gazetteer) -> None:
    # the 2020 reform put Shakhtarsk, Chystiakove and Snizhne in Horlivka raion, not Donetsk raion, and the
    # coastal villages held by Ukraine east of Mariupol in Mariupol raion, not the occupied Kalmiuske one
    for town in ("Shakhtarsk", "Chystiakove", "Snizhne"):
        assert _place(gaz, town, "Donetsk").admin2 == "Horlivskyi", town
    for village in ("Shyrokyne", "Pikuzy"):
        assert _place(gaz, village, "Donetsk").admin2 == "Mariupolskyi", village
    assert _place(gaz, "Donetsk", "Donetsk").admin2 == "Donetskyi"


def test_older_official_name_and_spelling_variant(gaz: Gazetteer) -> None:
    # Niu-York was officially Novhorodske until 2021; "Kamyanka" is the older romanisation of Kamianka
    assert _place(gaz, "Novhorodske", "Donetsk").admin2 == "Bakhmutskyi"
    assert _place(gaz, "Kamyanka", "Kharkiv").admin2 == "Iziumskyi"
    assert _place(gaz, "Kamyanka", "Donetsk").admin2 == "Pokrovskyi"


def test_namesake_elsewhere_keeps_its_own_oblast(gaz: Gazetteer) -> None:
    # "Hryhorivka" near Chasiv Yar is new; the Zaporizhzhia and Kherson villages of that name stay put
    assert _place(gaz, "Hryhorivka", "Donetsk").admin2 == "Bakhmutskyi"
    assert _place(gaz, "Hryhorivka", "Kherson").admin2 == "Kakhovskyi"


def test_every_written_point_lies_in_ukraine() -> None:
    bad = []
    for row in _read_tsv(DATA_DIR / "ua_raions.tsv"):
        if len(row) < 3:
            continue
        for entry in row[2].split("|"):
            _name, _, point = entry.partition("@")
            if point:
                lat, lng = (float(x) for x in point.split(","))
                if not (44.3 < lat < 52.4 and 22.1 < lng < 40.3):
                    bad.append((row[1], entry))
    assert bad == []


def test_no_village_is_listed_twice_in_one_oblast() -> None:
    # a name in two raions of one oblast is read as whichever comes first: only real namesakes may repeat
    # (Vodiane by Mariupol, and Vodiane by Avdiivka)
    namesakes = {("Donetsk", "Vodiane")}
    seen: dict[tuple[str, str], str] = {}
    twice = []
    for row in _read_tsv(DATA_DIR / "ua_raions.tsv"):
        if len(row) < 3:
            continue
        for entry in row[2].split("|"):
            name = entry.split("@")[0].split("=")[0]
            key = (row[0], name)
            if key in seen and seen[key] != row[1] and key not in namesakes:
                twice.append((row[0], name, seen[key], row[1]))
            seen.setdefault(key, row[1])
    assert twice == []
