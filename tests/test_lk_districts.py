"""Sri Lanka in the gazetteer: the 25 districts (ACLED's admin2) with the towns GeoNames lacks, ACLED's
spellings of GeoNames' towns, and whole sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in, town_in

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv

PROVINCES = {"Western", "Central", "Southern", "Northern", "Eastern", "North Western", "North Central", "Uva",
             "Sabaragamuwa"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


_town = partial(town_in, country="LK")


def test_table_has_every_district_once_in_a_province() -> None:
    rows = [r for r in _read_tsv(DATA_DIR / "lk_districts.tsv") if len(r) >= 3]
    assert len(rows) == 25
    assert len({r[1] for r in rows}) == 25
    assert {r[0] for r in rows} == PROVINCES


def test_every_district_seat_lies_in_its_district(gaz: Gazetteer) -> None:
    wrong = []
    for province, district, places, *_ in _read_tsv(DATA_DIR / "lk_districts.tsv"):
        seat = places.split("|")[0]
        town = _town(gaz, seat)
        if (town.admin1, town.admin2, town.location) != (province, district, seat):
            wrong.append((seat, town.admin1, town.admin2, town.location))
    assert wrong == []


@pytest.mark.parametrize(("name", "admin1", "admin2"), [
    ("Nugegoda", "Western", "Colombo"),
    ("Avissawella", "Western", "Colombo"),
    ("Orugodawatta", "Western", "Colombo"),
    ("Kiribathgoda", "Western", "Gampaha"),
    ("Peradeniya", "Central", "Kandy"),
    ("Watawala", "Central", "Nuwara Eliya"),
    ("Padaviya", "North Central", "Anuradhapura"),
    ("Medawachchiya", "North Central", "Anuradhapura"),
    ("Pannala", "North Western", "Kurunegala"),
    ("Magampura", "Southern", "Hambantota"),
    ("Chavakachcheri", "Northern", "Jaffna"),
    ("Puthukkudiyiruppu", "Northern", "Mullaitivu"),
    ("Kattankudy", "Eastern", "Batticaloa"),
    ("Akkaraipattu", "Eastern", "Ampara"),
    ("Kataragama", "Uva", "Moneragala"),  # the shrine town is in Uva, though reached from Tissamaharama
    ("Embilipitiya", "Sabaragamuwa", "Ratnapura"),
])
def test_towns_geonames_lacks(gaz: Gazetteer, name: str, admin1: str, admin2: str) -> None:
    town = _town(gaz, name)
    assert (town.admin1, town.admin2, town.location) == (admin1, admin2, name)


def test_spelling_variants_of_a_seat_read_as_the_seat(gaz: Gazetteer) -> None:
    for variant in ("Mullaiththeevu", "Mullaithivu", "Mullaittivu"):
        assert _town(gaz, variant).location == "Mullaitivu"
    assert _town(gaz, "Pooneryn").location == "Poonakary"  # the old name of the town


def test_spelling_variants_of_a_village_keep_their_spelling(gaz: Gazetteer) -> None:
    # coders write a village as their source spells it: both spellings are found, each shown as written
    for a, b in (("Vakarai", "Vaharai"), ("Kandavalai", "Kandawalai")):
        town_a, town_b = _town(gaz, a), _town(gaz, b)
        assert (town_a.location, town_b.location) == (a, b)
        assert town_a.admin2 == town_b.admin2


def test_geonames_town_is_shown_in_the_written_down_spelling(gaz: Gazetteer) -> None:
    # GeoNames writes "Talawakele" and "Katunayaka": the town keeps GeoNames' coordinates
    for geonames, shown in (("Talawakele", "Talawakelle"), ("Katunayaka", "Katunayake")):
        town = _town(gaz, geonames)
        assert town.location == shown
        assert _town(gaz, shown) == town
        assert town.latitude is not None and 5.9 < town.latitude < 9.9


def test_campus_names_are_read_as_their_town(gaz: Gazetteer) -> None:
    assert _town(gaz, "Peradeniya University").location == "Peradeniya"
    assert _town(gaz, "Galle Face").location == "Colombo"
    assert _town(gaz, "Rajarata University").admin2 == "Anuradhapura"


def test_divisional_secretariat_divisions_keep_their_name(gaz: Gazetteer) -> None:
    for name, district in (("Thenmarachchi", "Jaffna"), ("Valikamam North", "Jaffna"),
                           ("Manmunai Pattu", "Batticaloa")):
        town = _town(gaz, name)
        assert (town.location, town.admin2) == (name, district)


def test_district_names_in_other_spellings(gaz: Gazetteer) -> None:
    for name, shown in (("Kegalla", "Kegalle"), ("Monaragala", "Moneragala"), ("Moneragala", "Moneragala"),
                        ("Mullaittivu", "Mullaitivu")):
        units = [p for p in gaz.lookup(name, country="LK") if p.kind == "admin2"]
        assert [p.admin2 for p in units] == [shown], name


def test_seat_town_is_shown_in_its_own_spelling(gaz: Gazetteer) -> None:
    # the district is "Moneragala", its seat town "Monaragala"; the municipality "Dehiwala-Mount Lavinia"
    assert _town(gaz, "Moneragala").location == "Monaragala"
    for part in ("Dehiwala", "Mount Lavinia"):
        assert _town(gaz, part).location == "Dehiwala-Mount Lavinia"


def test_lesser_namesake_ranks_after_the_main_place(gaz: Gazetteer) -> None:
    # "Kochchikade" is first the Negombo town; the Colombo street of that name only when nothing else fits
    assert _town(gaz, "Kochchikade").admin2 == "Gampaha"


locate = partial(locate_in, country="Sri Lanka")


def test_sentence_with_a_suburb(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 4 March, about 200 bank workers demonstrated in Nugegoda over pay cuts.")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Nugegoda", "Western", "Colombo")


def test_sentence_with_a_northern_village(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 9 June, police arrested two men at Kodikamam in the Jaffna peninsula.")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Kodikamam", "Northern", "Jaffna")


def test_bracketed_address_follows_the_coded_town(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 5 May, teachers protested at Borella Junction in Colombo city (Western) over pay.")
    assert place is not None
    assert (place.location, place.admin2) == ("Colombo", "Colombo")
    place = locate(nlp, gaz, "On 5 May, drivers protested in Pelawatta locality in Battaramulla (Colombo, Western).")
    assert place is not None and place.location == "Battaramulla"


def test_spot_in_a_town_without_a_bracketed_address_stays(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 5 May, teachers protested in Borella in Colombo over pay.")
    assert place is not None and place.location == "Borella"
