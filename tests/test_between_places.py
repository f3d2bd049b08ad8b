""""between X and Y": an ambush on the road joining two villages is coded at the first village (ACLED's
convention), which the small model often tags as a person. Texts written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.gazetteer import Gazetteer
from fogwatch.places import event_place, find_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _place(nlp, gaz: Gazetteer, text: str, country: str):
    a = nlp.analyse(text)
    place, _ = event_place(a, find_places(a, gaz, country_hint=country), 0, country=country)
    assert place is not None
    return place


@pytest.mark.parametrize(("text", "location"), [
    ("On 3 May 2021, gunmen ambushed a convoy of traders between Baraboule and Djibo.", "Baraboule"),
    ("On 3 May 2021, unidentified gunmen killed two drivers on the road between Toeni and Tougan.", "Toeni"),
    ("On 3 May 2021, an army vehicle struck a mine between Tangaye and Ouahigouya.", "Tangaye"),
    # each name with its own address: the first is coded
    ("On 3 May 2021, gunmen abducted a herder between Mansila (Mansila, Yagha) and Sebba (Sebba, Yagha).",
     "Mansila"),
    ("On 3 May 2021, gunmen abducted a herder between Tangaye (Tangaye, Yatenga) and Kain (Kain, Yatenga).",
     "Tangaye"),
])
def test_first_of_two_villages_is_the_place(nlp, gaz: Gazetteer, text: str, location: str) -> None:
    assert _place(nlp, gaz, text, "Burkina Faso").location == location


def test_an_address_after_the_second_name_codes_the_second(nlp, gaz: Gazetteer) -> None:
    # coders in Sudan and Somalia code the name their "(District, Province)" bracket follows
    text = "On 3 May 2021, gunmen looted a truck on the road between Tangaye and Ouahigouya (Ouahigouya, Yatenga)."
    assert _place(nlp, gaz, text, "Burkina Faso").location == "Ouahigouya"


def test_peoples_in_a_fight_are_no_road(nlp, gaz: Gazetteer) -> None:
    from fogwatch.places import _between

    a = nlp.analyse("Clashes between Djibo and Kaya militiamen left three dead.")
    toks = a.sentence_tokens(0)
    i = next(k for k, t in enumerate(toks) if t.text == "Djibo")
    assert _between(toks, i, i, "") is None  # a lower-case noun after the pair: its people, not a road


def test_a_named_place_with_a_preposition_still_wins(nlp, gaz: Gazetteer) -> None:
    # "in X" says where; the road's two ends only say near where
    text = "On 3 May 2021, gunmen attacked the market in Dori, on the road between Tangaye and Ouahigouya."
    assert _place(nlp, gaz, text, "Burkina Faso").location == "Dori"


def test_between_without_a_second_name_is_no_preposition(nlp, gaz: Gazetteer) -> None:
    from fogwatch.places import _between

    a = nlp.analyse("Fighting broke out between Djibo residents and soldiers.")
    toks = a.sentence_tokens(0)
    i = next(k for k, t in enumerate(toks) if t.text == "Djibo")
    assert _between(toks, i, i, "GPE") is None  # "residents" follows, not "and"
    b = nlp.analyse("Gunmen killed two traders between Baraboule and Djibo on Monday.")
    toks = b.sentence_tokens(0)
    i = next(k for k, t in enumerate(toks) if t.text == "Baraboule")
    assert _between(toks, i, i, "GPE") == "between"
    assert _between(toks, i, i, "NORP") is None  # a people's name is a party, not a place


@pytest.mark.parametrize(("town", "admin1", "admin2"), [
    # GeoNames' spelling and 2018 names of Ghana's districts, shown as ACLED names them (admin2.tsv)
    ("Takoradi", "Western", "Sekondi Takoradi"),
    ("Navrongo", "Upper East", "Kasena Nankana East"),
    ("Akropong", "Eastern", "Akwapem North"),
    ("Savelugu", "Northern", "Savelugu Nanton"),
    ("Nalerigu", "North East", "Mamprusi East"),
])
def test_ghana_districts_in_acled_names(gaz: Gazetteer, town: str, admin1: str, admin2: str) -> None:
    towns = [p for p in gaz.lookup(town, country="Ghana") if p.kind == "city"]
    assert towns and (towns[0].admin1, towns[0].admin2) == (admin1, admin2)
