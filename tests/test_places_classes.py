"""Classes of place errors: towns on a constituency's or county's border. Texts written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import Gazetteer
from fogwatch.nlp import Analysis
from fogwatch.places import Place, country_hints, event_place, find_places, main_country


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str, sentence: int = 0) -> Place | None:
    a: Analysis = nlp.analyse(text)
    mentions = find_places(a, gaz)
    country = main_country(mentions, country_hints(a, gaz))
    place, _evidence = event_place(a, mentions, sentence, country=country)
    return place


def _town(gaz: Gazetteer, name: str) -> Place:
    towns = [p for p in gaz.lookup(name, country="KE") if p.kind == "city"]
    assert towns, name
    return towns[0]


# --------------------------------------------------------------------------- border towns ("~Migori")

@pytest.mark.parametrize(("name", "admin1", "admin2"), [
    ("Migori", "Migori", "Suna West"),
    ("Bomet", "Bomet", "Bomet East"),
    ("Githurai", "Kiambu", "Ruiru"),
])
def test_border_town_is_on_the_side_written_down(gaz: Gazetteer, name: str, admin1: str, admin2: str) -> None:
    town = _town(gaz, name)
    assert (town.admin1, town.admin2) == (admin1, admin2)


def test_border_town_listed_in_another_county_takes_that_county(gaz: Gazetteer) -> None:
    # GeoNames files Keroka under Nyamira; the town straddles the Kisii border and is written down in Kisii
    assert (_town(gaz, "Keroka").admin1, _town(gaz, "Keroka").admin2) == ("Kisii", "Nyaribari Masaba")


def test_border_marker_is_not_part_of_the_name(gaz: Gazetteer) -> None:
    assert not gaz.lookup("~Migori", country="KE") or _town(gaz, "~Migori").location == "Migori"
    flagged = {name for name, _aid, _lesser, border in gaz.ov_place[1:] if border}
    assert "Migori" in flagged and "Kondele" not in flagged
    assert not any(name.startswith("~") for name, *_ in gaz.ov_place)


def test_unlisted_village_near_a_border_town_is_not_pulled_across(gaz: Gazetteer) -> None:
    # the county's own place (a fallback for its unlisted villages) follows its capital; a town of the
    # other constituency keeps its own
    assert _town(gaz, "Silibwet").admin2 == "Bomet Central"
    assert _town(gaz, "Kakrao").admin2 == "Suna East"


# --------------------------------------------------------------------------- a province named like a hamlet

def test_bare_county_name_is_the_county_not_a_hamlet_named_like_it(nlp, gaz: Gazetteer) -> None:
    # GeoNames has a small place "Baringo" inside Baringo county, whose capital is Kabarnet
    place = locate(nlp, gaz, "Bandits drove away two hundred goats from herders in Baringo on Sunday.")
    assert place is not None and (place.admin1, place.location, place.kind) == ("Baringo", "Kabarnet", "admin1")


def test_the_hamlet_stays_a_town_with_a_town_word(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "Bandits drove away two hundred goats from herders in Baringo village on Sunday.")
    assert place is not None and (place.admin1, place.location, place.kind) == ("Baringo", "Baringo", "city")


def test_a_county_named_like_its_capital_is_still_the_capital_town(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "Traders in Mandera closed their shops on Monday.")
    assert place is not None and (place.location, place.kind) == ("Mandera", "city")


@pytest.mark.parametrize(("county", "seat"), [("Tharaka-Nithi", "Kathwana"), ("Kirinyaga", "Kutus")])
def test_county_headquarters(gaz: Gazetteer, county: str, seat: str) -> None:
    (unit,) = [p for p in gaz.lookup(county, country="KE") if p.kind == "admin1"]
    assert unit.location == seat
