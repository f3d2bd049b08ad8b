"""Haiti's arrondissements as admin2 (ACLED's names) with the communes inside them. Sentences written for
these tests."""

from __future__ import annotations

from functools import partial

import pytest
from place_helpers import locate_in, town_in

from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv
from fogwatch.nlp import load_nlp
from fogwatch.places import event_place, find_places
from fogwatch.unlisted_places import unlisted_location

_DEPARTMENTS = frozenset({
    "Ouest", "Artibonite", "Centre", "Nord", "Nord-Est", "Nord-Ouest", "Sud", "Sud-Est", "Grande-Anse", "Nippes",
})


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _rows() -> list[list[str]]:
    return [r + [""] * (5 - len(r)) for r in _read_tsv(DATA_DIR / "ht_places.tsv")]


_town = partial(town_in, country="HT")


locate = partial(locate_in, country="Haiti")


def test_file_lists_the_42_arrondissements_once_under_a_department() -> None:
    rows = _rows()
    assert len(rows) == 42
    assert {r[0] for r in rows} == _DEPARTMENTS
    shown = [r[3] or r[1] for r in rows]
    assert len(set(shown)) == len(shown)


def test_communes_take_their_arrondissement_in_acleds_spelling(gaz: Gazetteer) -> None:
    for town, department, arrondissement in (
            ("Tabarre", "Ouest", "Port-au-Prince"), ("Ganthier", "Ouest", "Croix Des Bouquets"),
            ("Cabaret", "Ouest", "Archaie"), ("Verrettes", "Artibonite", "Saint Marc"),
            ("Petite Riviere de l'Artibonite", "Artibonite", "Dessalines"), ("Saut-d'Eau", "Centre", "Mirebalais"),
            ("Torbeck", "Sud", "Cayes"), ("Dame-Marie", "Grande-Anse", "Anse-d'Hainault")):
        place = _town(gaz, town)
        assert (place.admin1, place.admin2) == (department, arrondissement), town
        assert place.latitude is not None, town


def test_a_commune_named_in_a_sentence_is_the_event_place(nlp, gaz: Gazetteer) -> None:
    place = locate(nlp, gaz, "On 3 March 2024, gang members burned two houses in Ganthier, Ouest.")
    assert place is not None
    assert (place.location, place.admin2, place.admin1) == ("Ganthier", "Croix Des Bouquets", "Ouest")
    place = locate(nlp, gaz, "On 9 May 2023, police clashed with armed men in Liancourt, Artibonite.")
    assert place is not None
    assert (place.location, place.admin2) == ("Liancourt", "Saint Marc")


def test_a_neighbourhood_keeps_acleds_town_dash_part_form_with_the_arrondissement(nlp, gaz: Gazetteer) -> None:
    # neighbourhoods are not in the file: the text's "Town - Part" is the location, the town gives the units
    a = nlp.analyse("On 2 June 2024, in Port-au-Prince - Solino, Ouest, gang members shot a man.")
    mentions = find_places(a, gaz, country_hint="Haiti")
    place, evidence = event_place(a, mentions, 0, country="Haiti")
    place, _ = unlisted_location(a, place, evidence, mentions, 0)
    assert place is not None
    assert (place.location, place.admin2, place.admin1) == ("Port-au-Prince - Solino", "Port-au-Prince", "Ouest")


@pytest.mark.parametrize("part", ["Champs de Mars", "Morne a Tuf", "Christ-Roi", "Delmas 30"])
def test_a_part_of_a_town_keeps_its_particles_tight_hyphens_and_number(nlp, gaz: Gazetteer, part: str) -> None:
    a = nlp.analyse(f"On 2 June 2024, in Delmas - {part}, Ouest, gang members shot a man.")
    mentions = find_places(a, gaz, country_hint="Haiti")
    place, evidence = event_place(a, mentions, 0, country="Haiti")
    place, _ = unlisted_location(a, place, evidence, mentions, 0)
    assert place is not None
    assert (place.location, place.admin2) == (f"Delmas - {part}", "Port-au-Prince")


def test_a_spaced_hyphen_between_two_towns_is_not_a_part(nlp, gaz: Gazetteer) -> None:
    # a road between two towns names two places, not a town and a part of it
    a = nlp.analyse("On 2 June 2024, traffic on the Saint-Marc - Gonaives road was blocked by protesters.")
    spans = [m.text for m in find_places(a, gaz, country_hint="Haiti")]
    assert "Saint-Marc - Gonaives" not in spans


@pytest.mark.parametrize(("written", "commune"), [("Tabarre", "Tabarre"), ("Petion Ville", "Petionville")])
def test_a_commune_written_as_a_part_of_the_capital_is_the_commune(nlp, gaz: Gazetteer, written: str,
                                                                   commune: str) -> None:
    place = locate(nlp, gaz, f"On 2 June 2024, in Port-au-Prince - {written}, Ouest, gang members shot a man.")
    assert place is not None
    assert (place.location, place.admin2) == (commune, "Port-au-Prince")
