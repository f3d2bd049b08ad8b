"""Compound place names whose first word alone is a known name ("Kan Zaw Thit village" is no "Kan").
Texts and village names written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import Gazetteer
from fogwatch.nlp import Analysis
from fogwatch.places import Place, country_hints, event_place, find_places, main_country


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str, country: str) -> Place | None:
    a: Analysis = nlp.analyse(text)
    mentions = find_places(a, gaz, country_hint=country)
    country = country or main_country(mentions, country_hints(a, gaz))
    place, _ = event_place(a, mentions, 0, country=country)
    return place


@pytest.mark.parametrize(("text", "country", "expected"), [
    ("On 3 May 2021, in Kan Zaw Thit village (Ayadaw township, Monywa district, Sagaing region), soldiers "
     "burnt down ten houses.", "Myanmar", ("Kan Zaw Thit", "Sagaing", "Monywa")),
    ("On 4 May 2020, hundreds of farmers held a protest in Lawang Sejuk district, Muara Enim regency, South "
     "Sumatra province.", "Indonesia", ("Lawang Sejuk", "South Sumatra", "Muara Enim")),
])
def test_longer_unknown_name_is_the_place_inside_the_address(nlp, gaz: Gazetteer, text: str, country: str,
                                                             expected: tuple[str, str, str]) -> None:
    place = locate(nlp, gaz, text, country)
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == expected
    assert place.geo_precision >= 2  # the coordinates are the unit's, not the village's


def test_first_word_is_not_read_as_a_town_elsewhere(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 3 May 2021, soldiers shelled Nyaung Pin Zaw village in Shwegu township, Kachin "
                   "state, injuring a villager.", "Myanmar")
    assert place is not None
    assert place.location != "Nyaung" and place.admin1 == "Kachin"


def test_capitalised_type_word_ends_the_name(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 22 March 2021, in Kyaukkyi Township (Taungoo District, Bago Region), rebels "
                   "ambushed an army convoy.", "Myanmar")
    assert place is not None and place.location == "Kyaukkyi"


def test_known_name_followed_by_a_group_name_stays_known(nlp, gaz: Gazetteer) -> None:
    # no type word or address after the capitalised words: they are a second name, not the place's
    place = locate(nlp, gaz, "On 3 May 2021, in Mandalay, Peoples Defence Force fighters attacked a police "
                   "station.", "Myanmar")
    assert place is not None and place.location == "Mandalay"
