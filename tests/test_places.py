"""Place mentions and event locations, on short texts written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import Gazetteer
from fogwatch.nlp import Analysis
from fogwatch.places import Place, PlaceMention, country_hints, event_place, find_places, main_country


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def analyse(nlp, text: str) -> Analysis:
    return nlp.analyse(text)


def locate(nlp, gaz, text: str, sentence: int = 0) -> tuple[Place | None, tuple[PlaceMention, ...], str | None]:
    a = analyse(nlp, text)
    mentions = find_places(a, gaz)
    country = main_country(mentions, country_hints(a, gaz))
    place, evidence = event_place(a, mentions, sentence, country=country)
    return place, evidence, country


def test_valley_province_and_district(nlp, gaz) -> None:
    text = ("Heavy fighting broke out on Thursday in the Panjshir Valley of Afghanistan. "
            "Resistance commanders said they pushed the militants back from Shotul district.")
    a = analyse(nlp, text)
    mentions = find_places(a, gaz)
    by_text = {m.text: m for m in mentions}
    assert by_text["Panjshir"].place.admin1 == "Panjshir"
    assert by_text["Panjshir"].trigger == "valley"
    assert by_text["Shotul"].place.admin2 == "Shutul"
    assert by_text["Afghanistan"].place.kind == "country"
    assert main_country(mentions) == "Afghanistan"
    place, evidence = event_place(a, mentions, 1, country="Afghanistan")
    assert place is not None and (place.admin1, place.admin2) == ("Panjshir", "Shutul")
    assert evidence[0].text == "Shotul"


def test_town_county_list_takes_the_town(nlp, gaz) -> None:
    place, evidence, country = locate(nlp, gaz,
                                      "Police shot dead two robbery suspects in Watamu, Kilifi County on Monday.")
    assert country == "Kenya"
    assert place is not None
    assert (place.location, place.admin1, place.admin2, place.geo_precision) == ("Watamu", "Kilifi", "Kilifi North", 1)
    assert {m.text for m in evidence} == {"Watamu", "Kilifi County"}


def test_offsets_point_at_the_name(nlp, gaz) -> None:
    text = "Protesters gathered in Kisumu on Friday."
    a = analyse(nlp, text)
    (mention,) = [m for m in find_places(a, gaz) if m.place.location == "Kisumu"]
    assert text[mention.start : mention.end] == "Kisumu" == mention.text
    assert mention.locative == "in"


def test_skip_ranges_hide_boilerplate(nlp, gaz) -> None:
    text = "Read Also: Floods hit Mombasa\nTraders protested in Nakuru on Monday."
    a = analyse(nlp, text)
    line_end = text.index("\n")
    found = {m.place.location for m in find_places(a, gaz, skip=[(0, line_end)])}
    assert "Nakuru" in found and "Mombasa" not in found
    assert "Mombasa" in {m.place.location for m in find_places(a, gaz)}


def test_near_makes_precision_two(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "A roadside bomb exploded near Jalalabad, Nangarhar province, killing two soldiers.")
    assert place is not None and place.admin1 == "Nangarhar"
    assert place.location == "Jalalabad" and place.geo_precision == 2


def test_district_then_province_reads_the_province(nlp, gaz) -> None:
    text = "Gunmen attacked a checkpoint in Baghlani Jadid district, Baghlan, Afghanistan."
    a = analyse(nlp, text)
    mentions = find_places(a, gaz)
    kinds = {m.text: m.place.kind for m in mentions}
    assert kinds.get("Baghlan") == "admin1"
    place, _ = event_place(a, mentions, 0, country="Afghanistan")
    assert place is not None and place.admin1 == "Baghlan" and place.kind == "admin2"


def test_country_adjective_is_a_hint(nlp, gaz) -> None:
    a = analyse(nlp, "Afghan forces clashed with fighters overnight.")
    assert country_hints(a, gaz) == ("Afghanistan",)
    assert main_country([], country_hints(a, gaz)) == "Afghanistan"


def test_common_words_and_acronyms_are_not_places(nlp, gaz) -> None:
    a = analyse(nlp, "Security officers said the NRF and the police were ready.")
    assert find_places(a, gaz) == ()


def test_sentence_without_place_borrows_the_nearest(nlp, gaz) -> None:
    text = "Clashes erupted in Garissa town on Tuesday. Two people were killed, officials said."
    place, _, _ = locate(nlp, gaz, text, sentence=1)
    assert place is not None and place.location == "Garissa" and place.admin1 == "Garissa"


def test_specific_place_beats_the_country(nlp, gaz) -> None:
    text = "Fighting in Afghanistan spread to the northern Kunduz province on Sunday."
    place, _, _ = locate(nlp, gaz, text)
    assert place is not None and place.admin1 == "Kunduz"


def test_hyphenated_pair_of_towns(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "Demonstrators blocked the Eldoret-Kitale road on Monday.")
    assert place is not None and place.country == "Kenya"
    assert place.location in {"Eldoret", "Kitale"}


def test_no_place_and_no_country(nlp, gaz) -> None:
    a = analyse(nlp, "Nobody said anything.")
    assert event_place(a, find_places(a, gaz), 0, country=None) == (None, ())


def test_main_country_counts_country_names_most() -> None:
    ke = Place("Kenya", "KE", "Nairobi", "Starehe", "Nairobi", -1.28, 36.8, 1, "city")
    so = Place("Somalia", "SO", None, None, "Somalia", None, None, 3, "country")
    mentions = [PlaceMention(0, 7, "Nairobi", 0, ke), PlaceMention(10, 17, "Somalia", 0, so)]
    assert main_country(mentions) == "Somalia"
    assert main_country(mentions[:1]) == "Kenya"
    assert main_country([]) is None


def locate_in(nlp, gaz, text: str, country: str, sentence: int = 0) -> Place | None:
    """The event place as the pipeline reads it for an article whose country is known."""
    a = analyse(nlp, text)
    place, _ = event_place(a, find_places(a, gaz, country_hint=country), sentence, country=country)
    return place


def test_place_named_through_its_residents(nlp, gaz) -> None:
    # the small model often labels such a town a person; "residents of" says it is a place
    place = locate_in(nlp, gaz, "Residents of Muhoroni took to the streets on Monday to protest.", "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Kisumu", "Muhoroni")


def test_place_opening_a_sentence_before_its_residents(nlp, gaz) -> None:
    # the small model tags a name that opens a sentence as a common noun; "residents" after it, or a
    # month before it, does not make it the tail of a longer name
    for text in ("Migori residents protested over rising insecurity.",
                 "14 Oct. Migori residents protested over rising insecurity."):
        place = locate_in(nlp, gaz, text, "Kenya")
        assert place is not None and place.admin1 == "Migori", text
    place = locate_in(nlp, gaz, "The inhabitants of Eldama Ravine blocked the road.", "Kenya")
    assert place is not None and place.admin1 == "Baringo"
    # a common word opening the sentence stays a word
    place = locate_in(nlp, gaz, "Village residents protested over rising insecurity.", "Kenya")
    assert place is None or place.kind == "country"


def test_name_starting_with_an_article(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Gunmen attacked a police post in El Wak, killing two officers.", "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Mandera", "El Wak")


def test_bare_county_name_is_its_town(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "Police dispersed protesters in Mandera, Kenya on Monday.")
    assert place is not None and (place.kind, place.location, place.geo_precision) == ("city", "Mandera", 1)


def test_province_after_its_district_stays_the_province(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "Gunmen attacked a checkpoint in Bala Buluk, Farah, Afghanistan.")
    assert place is not None and (place.admin1, place.admin2) == ("Farah", "Bala Buluk")


def test_people_named_like_a_town_are_not_a_place(nlp, gaz) -> None:
    a = analyse(nlp, "Kikuyu tribesmen and police clashed on Sunday.")
    assert not [m for m in find_places(a, gaz, country_hint="Kenya") if m.place.location == "Kikuyu"]


def test_container_named_in_the_text_wins(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "Students at Moi University's campus in Mombasa rioted over fees in Kenya.")
    assert place is not None and place.admin1 == "Mombasa"


def test_misspelt_estate_after_a_preposition(nlp, gaz) -> None:
    place, _, _ = locate(nlp, gaz, "Youths rioted in Dandorra, Kenya, after a man was shot.")
    assert place is not None and (place.admin1, place.location) == ("Nairobi", "Dandora")


def test_village_placed_by_its_address(nlp, gaz) -> None:
    # a village the gazetteer lacks takes its name, and the coordinates of the unit its address names
    place = locate_in(nlp, gaz, "Gunmen raided Zorokaba, Extreme-North, Cameroon, and burned houses.", "Cameroon")
    assert place is not None
    assert (place.location, place.admin1, place.geo_precision) == ("Zorokaba", "Extreme-Nord", 2)
    assert place.latitude is not None


def test_village_in_a_bracketed_address(nlp, gaz) -> None:
    text = "Two groups clashed at Dhulkandi village, Gurudaspur upazila (Natore, Rajshahi), over land."
    place = locate_in(nlp, gaz, text, "Bangladesh")
    assert place is not None and (place.admin1, place.admin2) == ("Rajshahi", "Natore")
    assert place.location in {"Dhulkandi", "Gurudaspur"}


def test_bare_governorate_word_in_an_address(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "A bomb exploded in Zarqaya, Northern, Bahrain, on Friday.", "Bahrain")
    assert place is not None and (place.location, place.admin1) == ("Zarqaya", "Northern")


def test_namesake_in_another_district_is_placed_by_its_address(nlp, gaz) -> None:
    # the gazetteer knows one Kaliganj (in Khulna); the address names another one
    place = locate_in(nlp, gaz, "Villagers beat a man in Kaliganj upazila (Lalmonirhat, Rangpur) on Monday.",
                      "Bangladesh")
    assert place is not None and (place.location, place.admin2, place.admin1) == ("Kaliganj", "Lalmonirhat",
                                                                                   "Rangpur")


def test_place_of_the_next_clause_is_no_container(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Police fired on a march in Dhaka; buses were torched in Chittagong.", "Bangladesh")
    assert place is not None and (place.location, place.admin1) == ("Dhaka", "Dhaka")


def test_large_city_beats_the_province_named_after_it(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Assailants fired at a party office in Buenos Aires, Argentina.", "Argentina")
    assert place is not None and place.location == "Buenos Aires" and place.admin1 != "Buenos Aires"


def test_middle_of_a_persons_name_is_no_place(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Gunmen shot Maria Pureza Santos at her home in Anapolis, Goias, Brazil.", "Brazil")
    assert place is not None and (place.location, place.admin1) == ("Anapolis", "Goias")


def test_resolving_a_scan_again_equals_finding_anew(nlp, gaz) -> None:
    from fogwatch.places import resolve_places, scan_places

    a = analyse(nlp, "Militants attacked Mandera on Monday. Police in Garissa town said two were killed.")
    scan = scan_places(a, gaz)
    assert scan.hints == country_hints(a, gaz)
    for hint in (None, "Kenya", "Somalia"):
        assert resolve_places(scan, gaz, country_hint=hint) == find_places(a, gaz, country_hint=hint)


def test_province_after_its_town_is_the_province_not_a_village(nlp, gaz) -> None:
    # Philippine provinces are admin2 units; a village elsewhere shares the province's name
    place = locate_in(nlp, gaz, "Gunmen shot dead a village councillor at Bacoor, Cavite on Monday.", "Philippines")
    assert place is not None and (place.admin1, place.admin2, place.location) == ("Calabarzon", "Cavite", "Bacoor")


def test_a_coders_placement_is_the_events_place(nlp, gaz) -> None:
    text = "Herders clashed with farmers in Kiboko village (coded as Makindu) on Monday."
    place = locate_in(nlp, gaz, text, "Kenya")
    assert place is not None and place.location == "Makindu"
    text = "Raiders attacked herders near the border (coordinates for Lokichar, Turkana, used)."
    place = locate_in(nlp, gaz, text, "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Turkana", "Lokichar")



def test_possessive_without_its_apostrophe(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Police dispersed hawkers in Nairobis central business district on Monday.", "Kenya")
    assert place is not None and place.admin1 == "Nairobi"


def test_a_name_the_tagger_takes_for_a_person_places_an_event_with_no_other_place(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Auliyan militia attacked Garba Tula, killing an elderly herder.", "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Isiolo", "Garba Tula")


def test_a_town_inside_an_organisations_name_beats_the_country(nlp, gaz) -> None:
    place = locate_in(nlp, gaz, "Striking Kisumu county workers took to the streets over unpaid salaries.", "Kenya")
    assert place is not None and place.admin1 == "Kisumu"


def test_the_ends_of_a_road_are_not_the_place(nlp, gaz) -> None:
    text = "Youths lit bonfires on the Nairobi-Mombasa highway at Voi to protest against job losses."
    place = locate_in(nlp, gaz, text, "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Taita Taveta", "Voi")


def test_a_coders_placement_at_an_unknown_village_falls_back_on_its_county(nlp, gaz) -> None:
    text = ("Police clashed with cattle raiders near the Isiolo border "
            "(coordinates for Kabonyoiwe, Meru county, used).")
    place = locate_in(nlp, gaz, text, "Kenya")
    assert place is not None and place.admin1 == "Meru"


def test_an_old_notes_location_section_and_its_capital_fallback(nlp, gaz) -> None:
    known = "Raiders torched houses in the night. LOCATION: Kipkelion in Kericho District (district capital = Kericho)"
    place = locate_in(nlp, gaz, known, "Kenya")
    assert place is not None and place.location == "Kipkelion"
    unknown = ("Raiders torched houses in the night. "
               "LOCATION: Chemwokikwe Village, Nandi District (district capital = Kapsabet)")
    place = locate_in(nlp, gaz, unknown, "Kenya")
    assert place is not None and (place.admin1, place.location) == ("Nandi", "Kapsabet")


def test_a_foreign_country_the_sentence_only_names_yields_to_the_articles_places(nlp, gaz) -> None:
    text = "Police arrested nine men travelling to Somalia to join militants. The arrests took place in Kasarani."
    place = locate_in(nlp, gaz, text, "Kenya")
    assert place is not None and (place.country, place.admin1) == ("Kenya", "Nairobi")
