"""Philippine addresses (``ph_places``): ACLED's geo_precision of the place an address names, and barangays
written as "the village of X", "Barangay (village) X" or with a hyphenated name. Texts and barangay names
written for these tests."""

from __future__ import annotations

import pytest
from place_helpers import locate_with_evidence

from fogwatch.gazetteer import Gazetteer
from fogwatch.places import Place, PlaceMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    return locate_with_evidence(nlp, gaz, text, "Philippines")


@pytest.mark.parametrize(("text", "location", "precision"), [
    # a barangay of a municipality is the place the note names, whatever coordinates stand for it
    ("Soldiers clashed with rebels in Barangay Malusog, Talavera, Nueva Ecija on 2 May 2017.", "Malusog", 1),
    ("A farmer was shot dead in Barangay Bagong Buhay, Pikit town, Cotabato on 3 June 2018.", "Bagong Buhay", 1),
    # a town named alone is the place; a town written as an area is a part of it
    ("A grenade exploded in Talavera, Nueva Ecija on 4 May 2017.", "Talavera", 1),
    ("Rebels ambushed soldiers in Talipao area, Sulu on 5 May 2017.", "Talipao", 2),
    ("Rebels ambushed soldiers in Pikit town area, Cotabato on 5 May 2017.", "Pikit", 2),
    ("A bomb exploded near Talavera, Nueva Ecija on 5 May 2017.", "Talavera", 2),
    # a barangay of a municipality written as "Barangay X area" is still the barangay
    ("Rebels fired at soldiers in Barangay Malusog area, Talavera, Nueva Ecija on 2 May 2017.", "Malusog", 1),
])
def test_address_precision(nlp, gaz: Gazetteer, text: str, location: str, precision: int) -> None:
    place, _ = locate(nlp, gaz, text)
    assert place is not None and place.location == location
    assert place.geo_precision == precision


@pytest.mark.parametrize(("text", "location", "admin2"), [
    ("Rebels attacked an army patrol in the village of Dalisay in Asipulo town in Ifugao province on 2 May 2017.",
     "Dalisay", "Ifugao"),
    ("Gunmen killed a councilor in the remote village of Malakas, Aroroy town, Masbate on 7 May 2017.",
     "Malakas", "Masbate"),
    ("Rebels ambushed troops at Barangay (village) Mabait in Manay town in Davao Oriental on 1 Feb 2017.",
     "Mabait", "Davao Oriental"),
    ("A bomb went off in Barangay Tam-ak, Pikit, Cotabato on 2 March 2017.", "Tam-ak", "Cotabato"),
    ("Gunmen shot a farmer in Brgy. Ili-og, Balasan, Iloilo on 9 May 2016.", "Ili-og", "Iloilo"),
])
def test_barangay_spellings(nlp, gaz: Gazetteer, text: str, location: str, admin2: str) -> None:
    place, evidence = locate(nlp, gaz, text)
    assert place is not None and place.country == "Philippines"
    assert (place.location, place.admin2) == (location, admin2)
    assert place.geo_precision == 1
    assert any(m.place.location == location and m.text == text[m.start : m.end] for m in evidence)


def test_a_village_of_a_city_is_still_the_city(nlp, gaz: Gazetteer) -> None:
    # "the village of X" reads X as a barangay, but a city's barangays are coded at the city
    place, _ = locate(nlp, gaz, "Police killed a suspect in the village of Mabuhay in Tagum City, Davao del Norte "
                                "on 4 June 2018.")
    assert place is not None and place.location == "Tagum"


@pytest.mark.parametrize(("text", "location", "admin2"), [
    ("A drug suspect was killed in a police raid in Pangasinan province on 3 July 2016.", "Lingayen", "Pangasinan"),
    ("Farmers marched against land grabbing in Albay on 3 July 2016.", "Legazpi", "Albay"),
    ("Rebels burned a construction firm's equipment in Surigao del Sur on 3 July 2016.", "Tandag", "Surigao del Sur"),
])
def test_a_province_alone_is_coded_at_its_capital(nlp, gaz: Gazetteer, text: str, location: str, admin2: str) -> None:
    place, _ = locate(nlp, gaz, text)
    assert place is not None and (place.location, place.admin2, place.geo_precision) == (location, admin2, 2)
    assert place.latitude is not None and place.longitude is not None


def test_a_town_of_the_province_is_not_moved_to_the_capital(nlp, gaz: Gazetteer) -> None:
    place, _ = locate(nlp, gaz, "A drug suspect was killed in a police raid in Bayambang, Pangasinan on 3 July 2016.")
    assert place is not None and place.location == "Bayambang"


def test_the_city_named_like_its_province_is_not_moved_to_the_capital(nlp, gaz: Gazetteer) -> None:
    place, _ = locate(nlp, gaz, "A drug suspect was killed in a police raid in Cotabato City, Cotabato on 3 July "
                                "2016.")
    assert place is not None and place.location != "Kidapawan"


def test_capitals_table_reads_acled_spellings() -> None:
    from fogwatch.ph_places import province_key, read_table

    capitals = read_table().capitals
    assert capitals[province_key("Cebu")][0] == "Cebu City"  # named like its province
    assert capitals[province_key("Davao del Norte")][0] == "Tagum"  # a city without "City"
    assert capitals[province_key("Antique")][0] == "San Jose de Buenavista"  # as ACLED writes it
    assert capitals[province_key("Davao de Oro")][0] == "Nabunturan"  # the renamed province
