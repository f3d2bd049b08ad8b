"""Ukraine in the gazetteer: the raions of the 2020 reform as ACLED spells them, Ukrainian romanisations,
and the city of Kyiv against the oblast around it."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv, name_key, variant_key


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _first_town(gaz: Gazetteer, name: str):
    towns = [p for p in gaz.lookup(name, country="UA") if p.kind == "city"]
    assert towns, name
    return towns[0]


def test_variant_key_merges_romanisations() -> None:
    for a, b in (("Izyum", "Izium"), ("Kryvyy Rih", "Kryvyi Rih"), ("Avdiyivka", "Avdiivka"),
                 ("Shchastya", "Schastia"), ("Dokuchayevsk", "Dokuchaevsk"), ("Zaporizhzhya", "Zaporizhzhia")):
        assert variant_key(name_key(a)) == variant_key(name_key(b)), (a, b)
    assert variant_key(name_key("Kharkiv")) != variant_key(name_key("Kherson"))
    assert variant_key(name_key("Lviv")) != variant_key(name_key("Lutsk"))


def test_national_spelling_finds_the_geonames_town(gaz: Gazetteer) -> None:
    town = _first_town(gaz, "Izium")  # GeoNames writes "Izyum"
    assert (town.admin1, town.admin2) == ("Kharkiv", "Iziumskyi")
    assert town.latitude is not None and abs(town.latitude - 49.2) < 0.1
    assert _first_town(gaz, "Kryvyi Rih").admin2 == "Kryvorizkyi"


def test_romanisation_fallback_stays_in_ukraine(gaz: Gazetteer) -> None:
    assert gaz.lookup("Izium", country="KE") == []
    assert gaz.lookup("Kryvyi Rih", country="Russia") == []


def test_towns_take_the_2020_raion_in_acleds_spelling(gaz: Gazetteer) -> None:
    # GeoNames files these under "Siverskodonetskyi Raion", "Polohy Raion", "Mykolayiv urban raion"
    assert _first_town(gaz, "Lysychansk").admin2 == "Sievierodonetskyi"
    assert _first_town(gaz, "Tokmak").admin2 == "Polohivskyi"
    assert _first_town(gaz, "Ochakiv").admin2 == "Mykolaivskyi"
    assert _first_town(gaz, "Sloviansk").admin2 == "Kramatorskyi"


def test_town_geonames_lacks_has_written_down_coordinates(gaz: Gazetteer) -> None:
    town = _first_town(gaz, "Kostiantynivka")
    assert (town.admin1, town.admin2) == ("Donetsk", "Kramatorskyi")
    assert town.latitude is not None and town.longitude is not None
    assert abs(town.latitude - 48.53) < 0.05 and abs(town.longitude - 37.71) < 0.05


def test_written_down_town_takes_the_namesake_among_its_raions_places(gaz: Gazetteer) -> None:
    # GeoNames has the city of Zaporizhzhia and two villages of that name in the oblast: the city, next to
    # the raion's other places, is the one written down, and the oblast is located at it
    town = _first_town(gaz, "Zaporizhzhia")
    assert town.latitude is not None and abs(town.latitude - 47.85) < 0.05
    (oblast,) = [p for p in gaz.lookup("Zaporizhia", country="UA") if p.kind == "admin1"]
    assert (oblast.latitude, oblast.longitude) == (town.latitude, town.longitude)


def test_raion_names_and_other_names_resolve(gaz: Gazetteer) -> None:
    (unit,) = [p for p in gaz.lookup("Polohivskyi", country="UA") if p.kind == "admin2"]
    assert (unit.admin1, unit.admin2) == ("Zaporizhia", "Polohivskyi")
    old = [p for p in gaz.lookup("Chuguivskyi", country="UA") if p.kind == "admin2"]
    assert [p.admin2 for p in old] == ["Chuhuivskyi"]


def test_bare_kyiv_is_the_city_and_the_oblast_needs_its_type_word(gaz: Gazetteer) -> None:
    first = gaz.lookup("Kyiv", country="UA")[0]
    assert (first.admin1, first.admin2, first.location) == ("Kyiv City", "Kyiv", "Kyiv")
    oblast = gaz.lookup("Kyiv Oblast", country="UA")[0]
    assert oblast.kind == "admin1" and oblast.admin1 == "Kyiv"
    # the oblast sits at its capital (the city), not at its largest town of its own
    assert oblast.location == "Kyiv"


def test_every_raion_centre_lies_in_its_raion(gaz: Gazetteer) -> None:
    rows = [r for r in _read_tsv(DATA_DIR / "ua_raions.tsv") if len(r) >= 3]
    assert len(rows) == 137  # 136 raions and the city of Kyiv
    wrong = []
    for oblast, raion, places, *_ in rows:
        centre = places.split("|")[0].split("@")[0]
        towns = [p for p in gaz.lookup(centre, country="UA") if p.kind == "city" and p.admin1 == oblast]
        if not any(p.admin2 == raion for p in towns):
            wrong.append((centre, raion, [p.admin2 for p in towns]))
    assert wrong == []
