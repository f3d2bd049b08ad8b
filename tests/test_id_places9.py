"""Indonesian addresses written from the smallest unit up ("X sub-district, Y district, Z city, W province"):
the event is coded at the smallest unit ACLED codes, inside the city or regency the address ends in.
Sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in

from fogwatch.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


_locate = partial(locate_in, country="Indonesia")


@pytest.mark.parametrize(("text", "admin1", "admin2", "location"), [
    # a kelurahan the gazetteer lacks, or knows only as a namesake in another province
    ("Dozens of traders protested outside a market in Sukamaju Indah sub-district, Tampan district, "
     "Pekanbaru city, Riau province.", "Riau", "Pekanbaru", "Sukamaju Indah"),
    ("Hundreds of workers rallied in front of a factory in Kramat Raya sub-district (Cakung district, "
     "East Jakarta city, Jakarta province).", "Jakarta", "Jakarta Timur", "Kramat Raya"),
    ("Students held a protest at a campus in the Tamalanrea Jaya subdistrict, Tamalanrea district, "
     "Makassar City, South Sulawesi province.", "South Sulawesi", "Makassar", "Tamalanrea Jaya"),
])
def test_sub_district_of_a_city_is_the_location(nlp, gaz: Gazetteer, text: str, admin1: str, admin2: str,
                                                 location: str) -> None:
    place = _locate(nlp, gaz, text)
    assert place is not None
    assert (place.admin1, place.admin2, place.location) == (admin1, admin2, location)
    assert place.geo_precision == 1


def test_district_opening_an_address_before_a_regency_is_the_location(nlp, gaz: Gazetteer) -> None:
    # the regency's name alone would send the event to the province's capital (Makassar) before
    place = _locate(nlp, gaz, "A group of farmers protested in Ujung Loe district, Bulukumba regency, "
                              "South Sulawesi province.")
    assert place is not None
    assert (place.admin1, place.admin2, place.location) == ("South Sulawesi", "Bulukumba", "Ujung Loe")


def test_village_before_a_district_keeps_the_village(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Soldiers clashed with rebels in Wandai Baru village, Hitadipa district, "
                              "Intan Jaya regency, Papua province.")
    assert place is not None
    assert place.location == "Wandai Baru"


def test_village_in_a_district_is_coded_at_the_district(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Police beat a man in Wandai Baru village in Hitadipa district, Intan Jaya "
                              "regency, Papua province.")
    assert place is not None
    assert (place.admin2, place.location) == ("Intan Jaya", "Hitadipa")


def test_district_people_came_from_is_not_the_location(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Students from Ujung Loe district, Bulukumba regency, South Sulawesi province, "
                              "held a protest in Makassar city, South Sulawesi province.")
    assert place is not None
    assert place.location == "Makassar"


def test_district_near_which_it_happened_is_approximate(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Soldiers shot two men near Ujung Loe district, Bulukumba regency, "
                              "South Sulawesi province.")
    assert place is not None
    assert (place.location, place.geo_precision) == ("Ujung Loe", 2)


def test_district_before_a_city_is_left_to_the_city(nlp, gaz: Gazetteer) -> None:
    # "Y district, Z city" is coded at the city about as often as at the district: the rule leaves it
    place = _locate(nlp, gaz, "Workers protested in Tampan district, Pekanbaru city, Riau province.")
    assert place is not None
    assert place.location != "Tampan" or place.admin2 == "Pekanbaru"


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels in Intan Jaya regency, Papua province.",
    "A riot broke out between two villages of Intan Jaya regency, Papua province.",
])
def test_regency_the_tagger_calls_an_organisation_is_still_the_unit(nlp, gaz: Gazetteer, text: str) -> None:
    # without it the province's capital (Jayapura, precision 3) was coded
    place = _locate(nlp, gaz, text)
    assert place is not None
    assert place.admin2 == "Intan Jaya"  # admin1 Papua, or Central Papua (2022) for an undated report


def test_capitalised_regency_the_gazetteer_knows_whole_ends_the_address(nlp, gaz: Gazetteer) -> None:
    # "Takalar Regency" is indexed with its type word; the tagger calls it an organisation
    place = _locate(nlp, gaz, "Dozens of farmers blocked a road in Bontorita sub-district, Galesong district, "
                              "Takalar Regency, South Sulawesi province.")
    assert place is not None
    assert (place.admin2, place.location) == ("Takalar", "Bontorita")


def test_regency_office_keeps_the_organisations_reading(nlp, gaz: Gazetteer) -> None:
    # a capitalised word after the type word goes on with an institution's name: no locative, no unit
    from fogwatch.places import find_places

    a = nlp.analyse("Farmers protested in front of the Takalar Regency Council building on Monday.")
    mentions = find_places(a, gaz, country_hint="Indonesia")
    assert any(m.in_name for m in mentions if m.text.startswith("Takalar"))
