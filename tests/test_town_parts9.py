"""A part of a town written ACLED's way ("Dhaka - Paltan") is the event's location as written, whatever bracket
follows it; Bangladesh's unions are the location, its villages are coded at their upazila. All sentences are
written for these tests."""

from __future__ import annotations

import datetime as dt

from event_helpers import first_event

from fogwatch.pipeline import Pipeline
from fogwatch.records import Event

ON = dt.date(2023, 6, 1)


def event(pipeline: Pipeline, text: str, country: str = "Bangladesh") -> Event:
    return first_event(pipeline, text, country, ON)


def test_part_with_its_name_again_in_brackets(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, nurses protested in front of the city hospital, Dhaka - Paltan (Paltan), "
               "demanding higher pay.")
    assert ev.location == "Dhaka - Paltan"
    assert (ev.admin1, ev.admin2, ev.geo_precision) == ("Dhaka", "Dhaka", 1)


def test_part_is_not_the_division_named_around_it(pipeline: Pipeline) -> None:
    # "Dhaka" of the university's name gets the preposition, the part is still the coded place
    ev = event(pipeline, "On 3 May 2023, teachers protested at Dhaka university, Dhaka - Shahbagh (Shahbagh) "
               "demanding higher pay.")
    assert ev.location == "Dhaka - Shahbagh"
    assert ev.geo_precision == 1


def test_bracket_with_another_thana_does_not_replace_the_part(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, garment workers protested in Dhaka - Mirpur (Pallabi) over unpaid wages.")
    assert ev.location == "Dhaka - Mirpur"


def test_part_with_a_lower_case_particle(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, students protested near the parliament in Dhaka - Sher e Bangla Nagar "
               "(Sher-e-bangla Nagar), demanding jobs.")
    assert ev.location == "Dhaka - Sher e Bangla Nagar"


def test_part_named_by_a_coders_note(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, party activists clashed with police in Dhaka - Lalbagh (coded to "
               "Dhaka - Kotwali), during a strike.")
    assert ev.location == "Dhaka - Kotwali"


def test_road_between_two_towns_is_no_part(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, workers blocked the Dhaka - Aricha highway in Savar upazila (Dhaka), "
               "demanding wages.")
    assert ev.location != "Dhaka - Aricha"


def test_listed_commune_keeps_its_own_name(pipeline: Pipeline) -> None:
    # Haiti's overlay lists the whole written name as the commune: coded at the commune
    ev = event(pipeline, "On 2 May 2024, in Port-au-Prince - Delmas, Ouest, gang members shot and killed a "
               "street vendor.", country="Haiti")
    assert ev.location == "Delmas"


def test_union_is_the_location(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 5 May 2024, two groups clashed with sticks in Khalishpur union, Nabiganj upazila "
               "(Habiganj, Sylhet), over a land dispute.")
    assert ev.location == "Khalishpur"
    assert ev.admin2 == "Habiganj"


def test_capitalised_union_is_an_organisation(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 5 May 2024, members of Bangladesh Chhatra Union, Dhaka staged a protest against "
               "rising prices.")
    assert ev.location != "Bangladesh Chhatra"


def test_village_is_coded_at_its_upazila(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 8 January 2024, supporters of a candidate vandalized houses in Kalikapur village, "
               "Bera upazila (Pabna, Rajshahi), after the elections.")
    assert ev.location == "Bera"
    assert ev.admin2 == "Pabna"


def test_village_of_a_district_stays_the_village(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 8 January 2024, militants attacked Wardhere village (Bulo Burto, Hiraan), killing "
               "two herders.", country="Somalia")
    assert ev.location == "Wardhere"


def test_upazila_spelt_otherwise_keeps_the_notes_spelling(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 5 May 2024, demonstrators clashed with police forces in Baniachong upazila (Habiganj, "
               "Sylhet), during their march.")
    assert ev.location == "Baniachong"
    assert ev.admin2 == "Habiganj"


def test_town_spelt_otherwise_without_a_type_word_is_unchanged(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 5 May 2024, demonstrators clashed with police forces in Baniachong (Habiganj, "
               "Sylhet), during their march.")
    # only a unit's type word says the coder wrote the name: a bare name keeps the gazetteer's spelling
    assert ev.location == "Baniachang"


def test_town_named_like_one_across_the_border_is_placed_by_its_address(pipeline: Pipeline) -> None:
    # Raiganj is also a town of India: the coder's bracket puts this one in Bangladesh's Sirajganj
    ev = event(pipeline, "On 4 August 2024, students clashed with police forces in Raiganj city (Sirajganj, "
               "Rajshahi), during a march.")
    assert (ev.country, ev.admin2, ev.location) == ("Bangladesh", "Sirajganj", "Raiganj")


def test_road_named_by_its_ends_before_main_road_is_no_part(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 3 May 2023, teachers staged a protest on the Colombo - Horana main road in Piliyandala, "
               "Western, demanding higher pay.", country="Sri Lanka")
    assert ev.location == "Piliyandala"
