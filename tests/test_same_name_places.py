"""Villages that share a name across a country: the text's other places, else the country's front, say
which one is meant; a village addressed by a city that is a province of its own is in the province around
it. Short texts written for these tests."""

from __future__ import annotations

import pytest
from place_helpers import locate_in

from fogwatch.gazetteer import Candidate, Gazetteer
from fogwatch.places import Place, ScannedName
from fogwatch.places import _front_bonus as front_bonus
from fogwatch.places import _nearest_namesakes as nearest_namesakes


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


locate = locate_in


def town(name: str, admin1: str, admin2: str, lat: float, lng: float, iso2: str = "XX") -> Candidate:
    return Candidate(Place("Testland", iso2, admin1, admin2, name, lat, lng, 1, "city"), 1000)


def scanned(k: int, key: str) -> ScannedName:
    return ScannedName(k * 10, k * 10 + 5, key.title(), 0, key, None, "in", "GPE", True, False, False, None, False)


# ------------------------------------------------------------------ the rule on hand-built readings


def test_the_namesake_nearest_the_other_named_place_is_chosen() -> None:
    west = town("Alba", "West", "W1", 10.0, 10.0)
    east = town("Alba", "East", "E1", 10.0, 14.0)
    beacon = town("Beacon", "East", "E2", 10.2, 13.8)
    names = [scanned(0, "alba"), scanned(1, "beacon")]
    assert nearest_namesakes(names, [[west, east], [beacon]]) == {0: east.place}


def test_no_choice_when_the_namesakes_are_about_as_near() -> None:
    west = town("Alba", "West", "W1", 10.0, 10.0)
    east = town("Alba", "East", "E1", 10.0, 10.6)
    beacon = town("Beacon", "East", "E2", 10.0, 10.3)
    names = [scanned(0, "alba"), scanned(1, "beacon")]
    assert nearest_namesakes(names, [[west, east], [beacon]]) == {}


def test_no_choice_when_every_namesake_is_far_from_the_other_places() -> None:
    west = town("Alba", "West", "W1", 10.0, 10.0)
    east = town("Alba", "East", "E1", 10.0, 14.0)
    beacon = town("Beacon", "North", "N1", 20.0, 14.0)
    names = [scanned(0, "alba"), scanned(1, "beacon")]
    assert nearest_namesakes(names, [[west, east], [beacon]]) == {}


def test_an_ambiguous_name_is_no_reference_point() -> None:
    west = town("Alba", "West", "W1", 10.0, 10.0)
    east = town("Alba", "East", "E1", 10.0, 14.0)
    other_west = town("Cove", "West", "W1", 10.1, 10.1)
    other_east = town("Cove", "East", "E1", 10.1, 14.1)
    names = [scanned(0, "alba"), scanned(1, "cove")]
    assert nearest_namesakes(names, [[west, east], [other_west, other_east]]) == {}


def test_front_bonus_only_in_a_country_with_a_known_front() -> None:
    donbas = town("Alba", "Donetsk", "Pokrovskyi", 48.0, 37.5, "UA").place
    west = town("Alba", "Lviv", "Lvivskyi", 49.8, 24.0, "UA").place
    elsewhere = town("Alba", "Donetsk", "X", 48.0, 37.5, "KE").place
    assert front_bonus(donbas) > front_bonus(west) == 0.0
    assert front_bonus(elsewhere) == 0.0


# ------------------------------------------------------------------ the rule in Ukraine, end to end


def test_bare_village_name_is_the_one_on_the_front(nlp, gaz) -> None:
    # the larger Shyroka Balka is near Odesa; the monitors' is the Donbas one
    place = locate(nlp, gaz, "On 3 May, monitors recorded 18 explosions near Shyroka Balka.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Shyroka Balka", "Donetsk", "Horlivskyi")


def test_village_next_to_another_named_place_is_its_neighbour(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, troops shelled Oleksandrivka and Marinka. No one was hurt.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.admin2) == ("Oleksandrivka", "Donetsk", "Donetskyi")


def test_village_with_its_oblast_is_in_that_oblast(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, artillery hit Oleksandrivka, Mykolaiv region. No one was hurt.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1) == ("Oleksandrivka", "Mykolaiv")


def test_unknown_village_addressed_by_kyiv_is_in_the_oblast(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, Russian forces shelled Zavodyanka, Kyiv on Monday.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == ("Zavodyanka", "Kyiv", 2)


def test_known_part_of_kyiv_stays_in_the_city(nlp, gaz) -> None:
    place = locate(nlp, gaz, "On 3 May, Russian forces shelled Troieshchyna, Kyiv. No one was hurt.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1) == ("Troieshchyna", "Kyiv City")


def test_namesake_from_elsewhere_addressed_by_kyiv_is_in_the_oblast(nlp, gaz) -> None:
    # the gazetteer's Shyroka Balkas are in other oblasts: this one is a village of the Kyiv oblast
    place = locate(nlp, gaz, "On 3 May, troops clashed in Shyroka Balka, Kyiv. Casualties unknown.", "Ukraine")
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == ("Shyroka Balka", "Kyiv", 2)

