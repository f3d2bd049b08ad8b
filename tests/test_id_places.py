"""Indonesian places: a town of a province carved out of an older one (Central Papua out of Papua, Southwest
Papua out of West Papua) addressed by the older province's name. Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in

from fogwatch.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


_locate = partial(locate_in, country="Indonesia")


@pytest.mark.parametrize(("text", "admin2", "location"), [
    # Nabire lies in Central Papua (2022), Sorong in Southwest Papua (2022): the old province names them
    ("Gunmen fired on a police post in Nabire, Papua, wounding an officer.", "Nabire", "Nabire"),
    ("Police broke up a rally of students in Sorong, West Papua.", "Sorong", "Sorong"),
    ("Separatist fighters burned a school in Wamena, Papua.", "Jayawijaya", "Wamena"),
])
def test_town_of_a_new_province_addressed_by_the_old_one_stays_the_town(nlp, gaz: Gazetteer, text: str,
                                                                         admin2: str, location: str) -> None:
    place = _locate(nlp, gaz, text)
    assert place is not None
    assert (place.admin2, place.location) == (admin2, location)


def test_town_addressed_by_an_unrelated_province_still_takes_the_texts_province(nlp, gaz: Gazetteer) -> None:
    # Nabire was never part of West Papua: the text's container wins as before (its capital, Manokwari)
    place = _locate(nlp, gaz, "Gunmen fired on a police post in Nabire, West Papua, wounding an officer.")
    assert place is not None
    assert place.admin1 == "West Papua"
    assert place.location != "Nabire"


def test_towns_geonames_files_under_a_geographical_unit_take_their_real_units(gaz: Gazetteer) -> None:
    # GeoNames puts these towns under the level-0 units "Jawa" / "Sumatera", or in the wrong province
    for name, admin1, admin2 in (("Jakarta", "Jakarta", "Jakarta"), ("Batam", "Riau Islands", "Batam"),
                                 ("Serpong", "Banten", "Tangerang Selatan"), ("Fakfak", "West Papua", "Fakfak")):
        towns = [p for p in gaz.lookup(name, country="ID") if p.kind == "city"]
        assert towns, name
        assert {(t.admin1, t.admin2) for t in towns} == {(admin1, admin2)}, name


def test_no_town_keeps_a_geographical_unit_as_its_admin2(gaz: Gazetteer) -> None:
    islands = {"Jawa", "Sumatera", "Kalimantan", "Sulawesi", "Nusa Tenggara"}
    for name in ("Muara", "Sungsang", "Labuan Lombok", "Gunungbatubesar", "Miangas"):
        towns = [p for p in gaz.lookup(name, country="ID") if p.kind == "city"]
        assert towns, name
        assert not {t.admin2 for t in towns} & islands, name


def test_town_table_rows_are_well_formed() -> None:
    from fogwatch.gazetteer import DATA_DIR, read_fixed_tsv

    rows = list(read_fixed_tsv(DATA_DIR / "town_units.tsv", 4))
    assert rows
    assert all(len(r[0]) == 2 and r[0].isupper() and all(r) for r in rows)


def test_city_named_with_its_province_is_coded_in_it(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Hundreds of workers marched on the parliament in Jakarta over wages.")
    assert place is not None
    assert (place.admin1, place.admin2, place.location) == ("Jakarta", "Jakarta", "Jakarta")
    place = _locate(nlp, gaz, "Dock workers blocked the ferry port in Batam, Riau Islands.")
    assert place is not None
    assert (place.admin1, place.admin2, place.location) == ("Riau Islands", "Batam", "Batam")


@pytest.mark.parametrize("text", [
    "A mob burned a house in Tanjung Morawa (Deli Serdang, North Sumatra).",
    "A mob burned a house in Tanjung Morawa, Deli Serdang, North Sumatra, Indonesia.",
])
def test_first_word_read_as_a_town_elsewhere_stays_in_the_addressed_name(nlp, gaz: Gazetteer, text: str) -> None:
    # "Tanjung" alone is a town of South Kalimantan; the address puts the whole name in Deli Serdang
    place = _locate(nlp, gaz, text)
    assert place is not None
    assert (place.admin1, place.admin2, place.location) == ("North Sumatra", "Deli Serdang", "Tanjung Morawa")
