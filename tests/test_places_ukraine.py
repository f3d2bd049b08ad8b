"""Addresses that name a town and its province without the country ("X, Donetsk region"), on short
texts written for these tests."""

from __future__ import annotations

import pytest
from place_helpers import locate_in

from fogwatch.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


locate = locate_in


def test_town_then_its_oblast_is_the_town(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, artillery hit Avdiivka, Donetsk. No one was hurt.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Avdiivka", "Donetsk", "Pokrovskyi")


def test_town_then_its_region_with_type_word(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, drones struck Kupiansk, Kharkiv region, at night.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Kupiansk", "Kharkiv", "Kupianskyi")


def test_town_before_in_the_region_is_where(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, 200 people were evacuated from Kreminna in the Luhansk region.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin2) == ("Kreminna", "Sievierodonetskyi")


def test_unknown_village_before_its_oblast_keeps_its_name(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, troops fired mortars at Dubrovoklyn, Zaporizhzhia region.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == ("Dubrovoklyn", "Zaporizhia", 2)
    assert place.latitude is not None


def test_district_then_a_county_is_no_town_address(nlp, gaz) -> None:
    # a district named with the wrong county is the coders' slip, not a village of that county
    place = locate(nlp, gaz, "A gang killed three people in Kiambu district, Nairobi, on Sunday.", "Kenya")
    assert place is not None and place.location == "Kiambu" and place.admin1 == "Kiambu"


def test_person_then_province_is_no_address(nlp, gaz) -> None:
    place = locate(nlp, gaz, "Governor Mohamed Abdi, Garissa, said bandits attacked Modogashe.", "Kenya")
    assert place is not None and place.location != "Mohamed Abdi"


def test_part_of_a_town_after_a_spaced_hyphen(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, a rocket hit a school in Kharkiv - Saltivskyi. Two people died.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Kharkiv - Saltivskyi", "Kharkiv", "Kharkivskyi")


def test_spaced_hyphen_of_a_road_joins_two_towns(nlp, gaz) -> None:
    place = locate(nlp, gaz, "Youths blocked the Nakuru - Eldoret highway at Salgaa on Monday.", "Kenya")
    assert place is not None and place.location == "Salgaa"


def test_town_in_another_romanisation_keeps_the_texts_spelling(nlp, gaz) -> None:
    # the gazetteer writes "Balakliya"
    place = locate(nlp, gaz, "On 3 May, shelling damaged houses in Balakliia, Kharkiv region.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin2) == ("Balakliia", "Iziumskyi")
