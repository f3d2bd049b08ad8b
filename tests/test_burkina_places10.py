"""Burkina Faso's places as ACLED codes them: a bare village named after a locative when the gazetteer knows
only the country, a coder's "(coded as X at geoprecision 2)", and the regions' capitals and other names.
Texts and village names written for these tests."""

from __future__ import annotations

import pytest
from place_helpers import locate_in

from fogwatch.gazetteer import Gazetteer
from fogwatch.places import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str, country: str = "Burkina Faso") -> Place | None:
    return locate_in(nlp, gaz, text, country)


@pytest.mark.parametrize("text", [
    "On 3 March 2019, suspected militants shot dead a herder in Tiambolga.",
    "On 3 March 2019, soldiers clashed with suspected militants in the area of Tiambolga, no casualties reported.",
    "On 3 March 2019, an IED exploded near Tiambolga, wounding two soldiers.",
])
def test_bare_village_after_a_locative_is_the_location(nlp, gaz: Gazetteer, text: str) -> None:
    place = locate(nlp, gaz, text)
    assert place is not None
    assert (place.country, place.admin1, place.location) == ("Burkina Faso", None, "Tiambolga")
    assert place.geo_precision == 2  # named exactly, placed only in its country


def test_bare_name_of_an_institution_is_not_a_village(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 3 March 2019, nurses held a sit-in in Wendpalogo Hospital over unpaid wages.")
    assert place is not None and place.location == "Burkina Faso"


def test_known_town_after_a_locative_keeps_its_admin_units(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 3 March 2019, suspected militants shot dead a herder in Djibo.")
    assert place is not None and (place.admin1, place.admin2, place.location) == ("Sahel", "Soum", "Djibo")


@pytest.mark.parametrize("note", ["(coded as Tinsagou at geoprecision 2)", "(coded as Tinsagou at georprecision 2)",
                                  "(coded as Tinsagou)"])
def test_coders_village_with_its_precision(nlp, gaz: Gazetteer, note: str) -> None:
    place = locate(nlp, gaz, f"On 3 March 2019, militants attacked the village of Kombiladi {note}, killing two "
                             "civilians.")
    assert place is not None and place.location == "Tinsagou"


@pytest.mark.parametrize(("name", "region", "capital"), [
    ("Sahel", "Sahel", "Dori"),
    ("Centre-Est", "Centre-Est", "Tenkodogo"),
    ("Plateau-Central", "Plateau-Central", "Ziniare"),
    ("Centre-Sud", "Centre-Sud", "Manga"),
    ("Centre-East region", "Centre-Est", "Tenkodogo"),
    ("Central Plateau", "Plateau-Central", "Ziniare"),
    ("Centre-North", "Centre-Nord", "Kaya"),
])
def test_region_located_at_its_capital(gaz: Gazetteer, name: str, region: str, capital: str) -> None:
    places = gaz.lookup(name, country="BF")
    assert places
    assert (places[0].kind, places[0].admin1, places[0].location) == ("admin1", region, capital)


def test_region_text_names_it_in_english(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 8 March 2019, the armed forces launched an operation in the Centre-East region.")
    assert place is not None and (place.admin1, place.location) == ("Centre-Est", "Tenkodogo")


@pytest.mark.parametrize("text", [
    "On 3 March 2019, an IED struck a bus between Tiambolga and Djibo (Djibo, Soum), wounding four passengers.",
    "On 3 March 2019, an IED struck a bus between the villages of Tiambolga and Djibo, wounding four passengers.",
    "On 3 March 2019, an IED struck a bus between Tiambolga (Djibo, Soum) and Djibo, wounding four passengers.",
])
def test_unknown_first_place_of_a_road_between_two(nlp, gaz: Gazetteer, text: str) -> None:
    place = locate(nlp, gaz, text)
    assert place is not None
    # the road is coded at its first end, in the admin units of the known second end
    assert (place.admin1, place.admin2, place.location) == ("Sahel", "Soum", "Tiambolga")


def test_known_town_after_and_without_between_stays(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 3 March 2019, militants attacked Tiambolga and Djibo (Djibo, Soum), burning shops.")
    assert place is not None and place.location != "Tiambolga"


@pytest.mark.parametrize(("digit", "precision"), [("2", 2), ("3", 3)])
def test_coders_stated_precision_is_kept(nlp, gaz: Gazetteer, digit: str, precision: int) -> None:
    place = locate(nlp, gaz, "On 3 March 2019, soldiers fought militants along the border with Niger (coded as "
                             f"Tinsagou at geoprecision {digit}), killing four.")
    assert place is not None and (place.location, place.geo_precision) == ("Tinsagou", precision)


def test_event_with_no_place_named_stays_in_its_country(nlp, gaz: Gazetteer) -> None:
    # no default location: a place the text does not name would carry no evidence
    place = locate(nlp, gaz, "Teachers held a sit-in to demand the payment of salary arrears.")
    assert place is not None and (place.location, place.admin1) == ("Burkina Faso", None)


@pytest.mark.parametrize(("text", "location"), [
    ("Teachers held a sit-in in Djibo to demand the payment of salary arrears.", "Djibo"),
    ("Militants shot dead a herder in Tiambolga.", "Tiambolga"),  # a village the gazetteer lacks
])
def test_named_place_is_the_location(nlp, gaz: Gazetteer, text: str, location: str) -> None:
    place = locate(nlp, gaz, text)
    assert place is not None and place.location == location


def test_road_between_two_in_sudan_keeps_the_addressed_end(nlp, gaz: Gazetteer) -> None:
    # Sudan's coders code the end their bracket addresses, the second one
    place = locate(nlp, gaz, "On 3 March 2023, militiamen ambushed a vehicle on the road between Tiambolga and Nyala "
                             "(Nyala, South Darfur).", "Sudan")
    assert place is not None and place.location == "Nyala"
