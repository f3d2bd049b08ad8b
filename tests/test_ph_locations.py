"""Philippine locations as ACLED codes them (``ph_places``): the town table, ACLED's spelling of cities,
and the address reading (a barangay of a municipality, a city for its barangays). Texts and barangay
names written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from place_helpers import locate_in, locate_with_evidence

from fogwatch.errors import DataFileError
from fogwatch.gazetteer import Gazetteer
from fogwatch.ph_places import Town, acled_town_name, province_key, read_table, town_key
from fogwatch.places import Place, PlaceMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def locate(nlp, gaz: Gazetteer, text: str) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    return locate_with_evidence(nlp, gaz, text, "Philippines")


def _table(tmp_path: Path, psgc: object, lies_in: str = ""):
    path = tmp_path / "psgc.json"
    path.write_text(json.dumps(psgc), encoding="utf-8")
    lies_in_path = tmp_path / "lies_in.tsv"
    lies_in_path.write_text(lies_in, encoding="utf-8")
    return read_table(path, None, lies_in_path)


def test_table_reads_towns_and_provinces(tmp_path: Path) -> None:
    psgc = {
        "National Capital Region (NCR)": {"City of Pasig": ["Kapitolyo"], "Pateros": ["Aguho"]},
        "Region X (Northern Mindanao)": {"Bukidnon": {"Quezon": ["Butong"], "City of Valencia": ["Lumbo"]},
                                         "City of Cagayan De Oro": ["Carmen"]},
        "Region IV-A (CALABARZON)": {"Laguna": {"City of Sta. Rosa": ["Balibago"], "San Pedro City": ["Landayan"]}},
    }
    table = _table(tmp_path, psgc, "City of Cagayan De Oro\tMisamis Oriental\n")
    assert table.towns["pasig"] == (Town("Pasig", True, "Metro Manila"),)
    assert table.towns["pateros"] == (Town("Pateros", False, "Metro Manila"),)
    assert table.towns["quezon"] == (Town("Quezon", False, "Bukidnon"),)
    assert table.towns["santa rosa"] == (Town("Santa Rosa", True, "Laguna"),)  # "City of Sta. Rosa"
    assert table.towns["san pedro"] == (Town("San Pedro", True, "Laguna"),)  # "San Pedro City"
    assert table.towns["cagayan de oro"] == (Town("Cagayan de Oro", True, "Misamis Oriental"),)
    assert "bukidnon" in table.provinces and "laguna" in table.provinces


def test_table_needs_the_province_of_a_city_filed_under_a_region(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="no province for the PSGC's Baguio"):
        _table(tmp_path, {"Cordillera Administrative Region (CAR)": {"City of Baguio": ["Irisan"]}})


def test_table_rejects_a_malformed_psgc_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="not a table of regions"):
        _table(tmp_path, ["Pasig"])
    with pytest.raises(DataFileError, match="not a table of towns"):
        _table(tmp_path, {"Region I (Ilocos Region)": {"Pangasinan": ["Dagupan"]}})


def test_bundled_table_knows_cities_and_municipalities() -> None:
    table = read_table()
    assert [t.city for t in table.towns["tagum"]] == [True]
    assert any(not t.city and t.province == "Camarines Sur" for t in table.towns["balatan"])
    assert len(table.towns["san jose"]) > 5  # many provinces have a San Jose: the province tells them apart


@pytest.mark.parametrize(("town", "name"), [
    (Town("Pasig", True, "Metro Manila"), "Pasig"),  # a city is named without "City"
    (Town("Quezon", True, "Metro Manila"), "Quezon City"),  # unless a province has its name
    (Town("Davao", True, "Davao del Sur"), "Davao City"),  # or a province's first word
    (Town("Roxas", True, "Capiz"), "Roxas City"),  # or ACLED tells it from namesake towns so
    (Town("Quezon", False, "Bukidnon"), "Quezon"),  # a municipality keeps its name
])
def test_acled_town_name(tmp_path: Path, town: Town, name: str) -> None:
    table = _table(tmp_path, {"Region XI (Davao Region)": {"Davao del Sur": {"Sta. Cruz": []}},
                              "Region IV-A (CALABARZON)": {"Quezon": {"Lucban": []}}})
    assert acled_town_name(town, table) == name


def test_keys_spell_out_abbreviations_and_merge_provinces() -> None:
    assert town_key("Sta. Rosa") == town_key("Santa Rosa") == "santa rosa"
    assert town_key("Gen. Santos") == "general santos"
    assert province_key("Maguindanao del Sur") == province_key("Maguindanao province") == "maguindanao"
    assert province_key("North Cotabato") == "cotabato"


@pytest.mark.parametrize(("text", "location", "admin2"), [
    # a barangay of a municipality is the location, typed or in an address governed by "in"
    ("Gunmen shot dead a farmer in Brgy. Tabing Ilog, Balatan town, Camarines Sur on 3 May 2019.",
     "Tabing Ilog", "Camarines Sur"),
    ("Soldiers clashed with rebels in Sitio Lantaw, Barangay Maligaya, San Jose town, Batangas province on Monday.",
     "Maligaya", "Batangas"),
    ("Unidentified men killed a teacher in Kapayapaan, Datu Paglas, Maguindanao on 4 May 2017.",
     "Kapayapaan", None),
    # a barangay of a city is coded at the city, said "City" or not, in ACLED's spelling
    ("Police killed a drug suspect in Barangay San Roque, Tagum, Davao del Norte on 4 June 2018.",
     "Tagum", "Davao del Norte"),
    ("Unidentified men killed a councilor in Barangay Malinis, Pasig City, Metro Manila on 3 March 2017.",
     "Pasig", "Metro Manila"),
    ("A drug suspect was shot dead in Barangay Malinta, Sta. Rosa City, Laguna on 3 May 2017.",
     "Santa Rosa", "Laguna"),
    ("Activists held a rally in Davao City, Davao del Sur on 5 May 2017.", "Davao City", "Davao del Sur"),
    # a town named like its province: the province after another town, the city after a barangay alone
    ("Two men were found dead in Barangay Kalinisan, Baliuag, Bulacan on 25 Oct 2016.", "Kalinisan", "Bulacan"),
    ("A bomb exploded at a cemetery in Barangay Liwayway, Masbate on 15 March 2016.", "Masbate City", "Masbate"),
    # a part of a city listed before it: the city
    ("Police killed a suspect in Barangay Bagong Silang, Novaliches district, Quezon City, Metro Manila on 2 May "
     "2017.", "Quezon City", "Metro Manila"),
    # a numbered barangay is coded at its town
    ("A drug suspect was killed in a police raid at Barangay 4, Rosario town, Agusan del Sur on 2 May 2017.",
     "Rosario", "Agusan del Sur"),
])
def test_address_reading(nlp, gaz: Gazetteer, text: str, location: str, admin2: str | None) -> None:
    place, evidence = locate(nlp, gaz, text)
    assert place is not None and place.country == "Philippines"
    assert place.location == location
    if admin2 is not None:
        assert place.admin2 == admin2
    assert any(m.place.location == location and m.text == text[m.start : m.end] for m in evidence)


def test_a_province_the_gazetteer_lacks_takes_acleds_units(nlp, gaz: Gazetteer) -> None:
    # the gazetteer knows Maguindanao only as its two halves: the address's units come from the table
    place, _ = locate(nlp, gaz, "A bomb exploded in Barangay Kalawag, Datu Salibo, Maguindanao on 3 March 2017.")
    assert place is not None
    assert (place.location, place.admin2, place.admin1) == ("Kalawag", "Maguindanao", "BARMM")
    assert place.geo_precision >= 2  # the coordinates are not the barangay's


def test_bundled_province_units() -> None:
    units = read_table().units
    assert units["Maguindanao del Sur"] == ("Maguindanao", "BARMM")
    assert units["Metro Manila"] == ("Metro Manila", "NCR")
    assert len(units) == 83  # 82 provinces and the capital region


def test_other_countries_untouched(nlp, gaz: Gazetteer) -> None:
    place = locate_in(nlp, gaz, "Police killed two robbers in Barangay Estate, Kisumu County on 3 May 2017.", "Kenya")
    assert place is not None and place.country == "Kenya"
