"""Ethiopia in the gazetteer: zones, special woredas and city administrations as ACLED spells them
(data/geo/et_zones.tsv), their spelling variants, and the towns inside each. Sentences written for
these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in, town_in

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv
from fogwatch.places import Place, event_place, find_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _units(gaz: Gazetteer, name: str) -> list[Place]:
    return [p for p in gaz.lookup(name, country="ET") if p.kind == "admin2"]


_town = partial(town_in, country="ET")


def test_zone_spellings_name_one_unit_in_acleds_spelling(gaz: Gazetteer) -> None:
    for spelling in ("Kellem Wollega", "Kelem Wolega", "Qellem Wellega", "Kellem Wellega"):
        assert [(u.admin1, u.admin2) for u in _units(gaz, spelling)] == [("Oromia", "Kellem Wollega")], spelling
    for spelling, zone in (("West Gojjam", "West Gojam"), ("South Wollo", "South Wello"),
                           ("East Harerghe", "East Hararge"), ("Wolaita", "Welayta"),
                           ("North Western", "North Western Tigray"), ("Zone 3", "Gabi-Zone 3")):
        assert [u.admin2 for u in _units(gaz, spelling)] == [zone], spelling


def test_same_zone_name_in_two_regions(gaz: Gazetteer) -> None:
    assert sorted(u.admin1 for u in _units(gaz, "North Shewa")) == ["Amhara", "Oromia"]


def test_amharas_oromia_zone_does_not_take_the_regions_name(gaz: Gazetteer) -> None:
    assert {p.kind for p in gaz.lookup("Oromia", country="ET")} == {"admin1"}
    assert [(u.admin1, u.admin2) for u in _units(gaz, "Oromia Zone")] == [("Amhara", "Oromia")]


def test_towns_take_their_zone(gaz: Gazetteer) -> None:
    for name, admin1, zone in (("Dembi Dolo", "Oromia", "Kellem Wollega"), ("Kombolcha", "Amhara", "South Wello"),
                               ("Aksum", "Tigray", "Central Tigray"), ("Humera", "Tigray", "Western Tigray"),
                               ("Bahir Dar", "Amhara", "West Gojam"), ("Jijiga", "Somali", "Fafan"),
                               ("Mekelle", "Tigray", "Mekelle Tigray")):
        town = _town(gaz, name)
        assert (town.admin1, town.admin2) == (admin1, zone), name


def test_acled_town_names_over_geonames_spellings(gaz: Gazetteer) -> None:
    # GeoNames calls these Nazret and Inda Silase; ACLED codes them as Adama and Shire
    adama = _town(gaz, "Adama")
    assert (adama.admin2, adama.location) == ("East Shewa", "Adama")
    assert adama.latitude is not None and abs(adama.latitude - 8.54) < 0.1
    assert _town(gaz, "Endaselassie").location == "Shire"


def test_town_geonames_lacks_has_written_down_coordinates(gaz: Gazetteer) -> None:
    town = _town(gaz, "Hawzen")
    assert (town.admin1, town.admin2) == ("Tigray", "Eastern Tigray")
    assert town.latitude is not None and town.longitude is not None
    assert abs(town.latitude - 13.97) < 0.05 and abs(town.longitude - 39.43) < 0.05


def test_city_quarter_is_the_city(gaz: Gazetteer) -> None:
    square = _town(gaz, "Meskel Square")
    assert (square.admin2, square.location) == ("Region 14", "Addis Ababa")


def test_every_zone_seat_lies_in_its_zone(gaz: Gazetteer) -> None:
    rows = [r for r in _read_tsv(DATA_DIR / "et_zones.tsv") if len(r) >= 3]
    assert len(rows) > 80
    wrong = []
    for region, zone, places, *_ in rows:
        seat = places.split("|")[0].split("@")[0].split("=")[0]
        towns = [p for p in gaz.lookup(seat, country="ET") if p.kind == "city" and p.admin1 == region]
        if not any(p.admin2 == zone for p in towns):
            wrong.append((seat, zone, [p.admin2 for p in towns]))
    assert wrong == []


_locate = partial(locate_in, country="Ethiopia")


def test_bracketed_zone_and_region_place_the_town(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 3 May 2021, police shot a trader in Dembi Dolo town (Kelem Wolega, Oromia).")
    assert place is not None and (place.admin1, place.admin2, place.location) == ("Oromia", "Kellem Wollega",
                                                                                  "Dembi Dolo")


def test_zone_alone_gives_the_zone(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 2 June 2021, fighting was reported in rural parts of West Wolega zone, Oromia.")
    assert place is not None and (place.admin1, place.admin2) == ("Oromia", "West Wellega")


def test_closing_occurred_in_or_around_names_the_place(nlp, gaz: Gazetteer) -> None:
    # the first sentence names only the region; the coder's closing sentence says where
    a = nlp.analyse("Around 10 May 2021, fighting across Tigray went on. Soldiers and militias traded fire daily. "
                    "Event reportedly occurred in or around Hawzen (Eastern Tigray, Tigray).")
    place, _ = event_place(a, find_places(a, gaz, country_hint="Ethiopia"), 0, country="Ethiopia")
    assert place is not None and (place.admin2, place.location) == ("Eastern Tigray", "Hawzen")


def test_bare_direction_word_and_region_name_a_zone(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 4 June 2021, troops shelled the village of Mariam Dengelat (Eastern, Tigray).")
    assert place is not None and (place.admin1, place.admin2) == ("Tigray", "Eastern Tigray")
    place = _locate(nlp, gaz, "On 5 June 2021, soldiers fired on farmers near Aksum (Central, Tigray).")
    assert place is not None and (place.admin2, place.location) == ("Central Tigray", "Aksum")


def test_first_word_known_elsewhere_stays_in_the_village_name(nlp, gaz: Gazetteer) -> None:
    # "Adi" and "May" are places (and a month) elsewhere; here they open a village's name
    place = _locate(nlp, gaz, "On 2 March 2021, militias clashed with soldiers in Adi Bokren (Central Tigray, Tigray).")
    assert place is not None and (place.admin2, place.location) == ("Central Tigray", "Adi Bokren")
    place = _locate(nlp, gaz, "On 2 March 2021, soldiers killed 3 farmers in May Tsadik (Southern Tigray, Tigray).")
    assert place is not None and (place.admin2, place.location) == ("Southern Tigray", "May Tsadik")


def test_bracketed_coded_as_names_a_village_the_gazetteer_lacks(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 6 April 2021, Afar and Somali militias clashed in disputed kebeles of Gewane "
                              "woreda (Zone 3, Afar) [coded as Dulul Bera]. Ten people were killed.")
    assert place is not None and (place.admin1, place.admin2, place.location) == ("Afar", "Gabi-Zone 3",
                                                                                  "Dulul Bera")
    # an actor the note says the event was coded as is no place
    place = _locate(nlp, gaz, "On 7 April 2021, gunmen attacked a bus in Gewane (Zone 3, Afar) "
                              "[coded as Unidentified Armed Group].")
    assert place is not None and place.location != "Unidentified Armed Group"


def test_place_coded_separately_is_another_events(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 9 May 2021, a protest that began in Dessie (coded separately) spread to "
                              "Kombolcha (South Wello, Amhara).")
    assert place is not None and place.location == "Kombolcha"


def test_zone_a_town_belonged_to_before_a_split_keeps_its_present_zone(nlp, gaz: Gazetteer) -> None:
    assert gaz.older_admin2("ET", "Oromia", "West Arsi") == ("Arsi",)
    assert gaz.older_admin2("ET", "Oromia", "Arsi") == ()
    # West Arsi was carved out of Arsi, Central Gondar out of North Gondar: the note's older zone gives way
    place = _locate(nlp, gaz, "On 11 March 2021, students protested in Shashamane town (Arsi, Oromia).")
    assert place is not None and (place.admin2, place.location) == ("West Arsi", "Shashamane")
    place = _locate(nlp, gaz, "On 13 November 2020, rockets hit Gondar city (North Gondar, Amhara).")
    assert place is not None and place.admin2 == "Central Gondar"
    # a zone that never held the town's land is still read as the coder's address
    place = _locate(nlp, gaz, "On 14 March 2021, police beat traders in Shashamane town (Bale, Oromia).")
    assert place is not None and place.admin2 == "Bale"


def test_city_zone_in_a_bracket_is_the_zone_of_the_village_before_it(nlp, gaz: Gazetteer) -> None:
    # "Mekelle" in "(Mekelle, Tigray)" is the zone around the city: the village before it is the place
    place = _locate(nlp, gaz, "On 4 March 2021, soldiers raided Adi Gebru (Mekelle, Tigray).")
    assert place is not None and (place.admin2, place.location) == ("Mekelle Tigray", "Adi Gebru")
    place = _locate(nlp, gaz, "On 5 March 2021, police arrested 20 youths in Mekelle.")
    assert place is not None and (place.kind, place.location) == ("city", "Mekele")
