"""Villages the gazetteer lacks, named by the text as the event's place (``unlisted_places``).
Texts and village names written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import Gazetteer
from fogwatch.nlp import Analysis
from fogwatch.places import Place, PlaceMention, country_hints, event_place, find_places, main_country


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str, country: str | None = None
           ) -> tuple[Place | None, tuple[PlaceMention, ...], str]:
    a: Analysis = nlp.analyse(text)
    mentions = find_places(a, gaz, country_hint=country)
    country = country or main_country(mentions, country_hints(a, gaz))
    place, evidence = event_place(a, mentions, 0, country=country)
    return place, evidence, text


def _evidence_of(place: Place, evidence: tuple[PlaceMention, ...], text: str) -> str:
    """The text of the evidence span that carries the location."""
    spans = [text[m.start : m.end] for m in evidence if m.place.location == place.location]
    assert spans
    return spans[0]


@pytest.mark.parametrize("text", [
    "On 2 May 2025, militants clashed with the army in Qoorilaawe village (Jowhar, Middle Shabelle).",
    "On 2 May 2025, militants clashed with the army in the vicinity of Qoorilaawe village (Jowhar, Middle "
    "Shabelle).",
    "On 2 May 2025, militants clashed with the army in Dhuubley area near Qoorilaawe village (Jowhar, "
    "Middle Shabelle).",
])
def test_village_before_a_coders_address_is_the_location(nlp, gaz: Gazetteer, text: str) -> None:
    place, evidence, text = locate(nlp, gaz, text, "Somalia")
    assert place is not None
    assert (place.location, place.admin1) == ("Qoorilaawe", "Middle Shabelle")
    assert _evidence_of(place, evidence, text) == "Qoorilaawe"
    assert place.geo_precision >= 2  # the coordinates are the container's, not the village's


def test_bracket_address_without_type_word(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 4 June 2022, students staged a protest in Um Taribat (Jebel Awlia, Khartoum).",
                         "Sudan")
    assert place is not None and (place.location, place.admin1) == ("Um Taribat", "Khartoum")


def test_village_of_x_with_only_the_country(nlp, gaz: Gazetteer) -> None:
    place, evidence, text = locate(nlp, gaz, "Suspected militants attacked the village of Toumbagou and burnt "
                                   "the granaries.", "Burkina Faso")
    assert place is not None
    assert (place.country, place.location, place.admin1) == ("Burkina Faso", "Toumbagou", None)
    assert _evidence_of(place, evidence, text) == "Toumbagou"


@pytest.mark.parametrize(("text", "country", "town"), [
    # coders code a village near a town, or a barangay of a city, at the town
    ("On 3 March 2021, militants killed three herders in Sabouyiri village near Ouahigouya.", "Burkina Faso",
     "Ouahigouya"),
    ("A drug suspect was shot dead in a police raid at Barangay Malinawon, Calamba City, Laguna province on "
     "May 4, 2019.", "Philippines", "Calamba"),
])
def test_village_near_a_town_or_in_a_city_is_coded_at_the_town(nlp, gaz: Gazetteer, text: str, country: str,
                                                                 town: str) -> None:
    place, _, _ = locate(nlp, gaz, text, country)
    assert place is not None and place.location == town


def test_bare_name_before_a_province_after_a_preposition(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 5 April 2022, artillery shelled positions near Zhovtokamianka, Luhansk.",
                         "Ukraine")
    assert place is not None and (place.location, place.admin1) == ("Zhovtokamianka", "Luhansk")


def test_barangay_at_the_head_of_an_address(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "A farmer was shot dead by gunmen in Barangay Malisbong, Tagbina, Surigao del "
                         "Sur on 12 Feb 2016.", "Philippines")
    assert place is not None and (place.location, place.admin2) == ("Malisbong", "Surigao del Sur")


def test_part_of_a_town_in_acleds_form(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 11 November 2024, in Port-au-Prince - Bois Lavande, Ouest, police forces "
                         "clashed with gang members.", "Haiti")
    assert place is not None and (place.location, place.admin1) == ("Port-au-Prince - Bois Lavande", "Ouest")


@pytest.mark.parametrize("text", [
    # a part of a town is coded at the town
    "On 3 May 2015, police shot dead a man in Mbogonyi area, Nairobi.",
    # an organisation's name, and a person's, before a place are not villages
    "On 3 May 2015, the Mwangaza Youth Group, Nairobi, held a protest in Nairobi.",
    "On 3 May 2015, a statement by Kamau Wanjiku, Nairobi, condemned the killing in Nairobi.",
])
def test_no_village_without_a_place_cue(nlp, gaz: Gazetteer, text: str) -> None:
    place, _, _ = locate(nlp, gaz, text, "Kenya")
    assert place is not None and place.location == "Nairobi"


def test_known_town_keeps_its_reading(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 3 May 2015, police shot dead a robbery suspect in Garissa town.", "Kenya")
    assert place is not None and place.location == "Garissa" and place.geo_precision == 1


def test_address_after_a_groups_name_that_names_the_province(nlp, gaz: Gazetteer) -> None:
    # "Luhansk" twice: in the militia's name and as the village's province; the second is the address
    place, _, _ = locate(nlp, gaz, "On 3 March 2022, troops fired mortars at the positions of the Luhansk People's "
                         "Militia near Zhovtokamianka, Luhansk. There were no casualties.", "Ukraine")
    assert place is not None and (place.location, place.admin1) == ("Zhovtokamianka", "Luhansk")


def test_capitalised_type_word_is_not_part_of_the_name(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 3 May 2015, a mob lynched a man in Gesarara Village (Nyaribari Chache, "
                         "Kisii).", "Kenya")
    assert place is not None and place.location == "Gesarara"


def test_area_of_a_county_is_coded_at_the_county(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 3 May 2015, militants planted landmines in Dhererey area, Wajir County.",
                         "Kenya")
    assert place is not None and place.location != "Dhererey"


def test_name_with_an_elided_article(nlp, gaz: Gazetteer) -> None:
    place, _, _ = locate(nlp, gaz, "On 4 May 2024, near Grande Savane de l'Estere, Artibonite, police clashed with "
                         "gang members.", "Haiti")
    assert place is not None and (place.location, place.admin1) == ("Grande Savane de l'Estere", "Artibonite")
