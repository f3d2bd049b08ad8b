"""Burkina Faso's communes in the gazetteer (data/geo/bf_communes.tsv): commune seats GeoNames lacks are
known places in their province and region, in ACLED's spelling; villages in a "(Commune, Province)" bracket
take the commune's units. Texts and village names written for these tests."""

from __future__ import annotations

from collections import Counter
from functools import partial
from pathlib import Path

import pytest
from place_helpers import town_in

from fogwatch.errors import DataFileError
from fogwatch.gazetteer import DATA_DIR, Gazetteer, _commune_rows, _read_tsv
from fogwatch.places import event_place, find_places

FILE = DATA_DIR / "bf_communes.tsv"
# ACLED's admin1 of Burkina Faso: the 13 regions of 2001, accents dropped
REGIONS = {"Boucle du Mouhoun", "Cascades", "Centre", "Centre-Est", "Centre-Nord", "Centre-Ouest", "Centre-Sud",
           "Est", "Hauts-Bassins", "Nord", "Plateau-Central", "Sahel", "Sud-Ouest"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


_town = partial(town_in, country="Burkina Faso")


def test_file_lists_every_commune_once_in_its_province() -> None:
    rows = [r for r in _read_tsv(FILE) if len(r) > 2 and r[2]]
    assert {r[0] for r in rows} == REGIONS
    assert len({r[1] for r in rows}) == 45
    assert 340 <= len(rows) <= 360
    repeated = [k for k, n in Counter((r[1], r[2]) for r in rows).items() if n > 1]
    assert repeated == []
    # a province lies in one region
    assert all(len({r[0] for r in rows if r[1] == p}) == 1 for p in {r[1] for r in rows})
    # ASCII, as ACLED writes its names
    assert all(cell.isascii() for r in rows for cell in r[:3])


def test_commune_rows_group_by_province_seat_first() -> None:
    soum = [r for r in _commune_rows(FILE) if r[1] == "Soum"]
    assert len(soum) == 1 and soum[0][0] == "Sahel"
    places = soum[0][2].split("|")
    assert places[0] == "Djibo"  # the province's capital first: the overlay's seat
    assert "Djiguel" in places  # another spelling: a place of its own, kept as written
    assert "Ouaga=Ouagadougou" in next(r for r in _commune_rows(FILE) if r[1] == "Kadiogo")[2].split("|")


def test_line_without_province_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bf_communes.tsv"
    bad.write_text("Sahel\t\tDjibo\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="province"):
        _commune_rows(bad)


@pytest.mark.parametrize(("name", "admin1", "admin2"), [
    ("Baraboule", "Sahel", "Soum"),
    ("Toeni", "Boucle du Mouhoun", "Sourou"),
    ("Tangaye", "Nord", "Yatenga"),
    ("Mansila", "Sahel", "Yagha"),
    ("Tankougounadie", "Sahel", "Yagha"),
    ("Madjoari", "Est", "Kompienga"),
])
def test_commune_seat_missing_from_geonames_is_known(gaz: Gazetteer, name: str, admin1: str, admin2: str) -> None:
    town = _town(gaz, name)
    assert (town.country, town.admin1, town.admin2, town.location) == ("Burkina Faso", admin1, admin2, name)
    # located at the province's centroid, which is not the seat: precision 2
    assert town.geo_precision == 2 and town.latitude is not None


def test_commune_seat_geonames_has_keeps_its_coordinates(gaz: Gazetteer) -> None:
    djibo = _town(gaz, "Djibo")
    assert (djibo.admin1, djibo.admin2, djibo.geo_precision) == ("Sahel", "Soum", 1)
    assert djibo.latitude is not None and abs(djibo.latitude - 14.1) < 0.1


def test_other_spellings(gaz: Gazetteer) -> None:
    # a source's spelling is kept, as ACLED keeps it, in the commune's units
    djiguel = _town(gaz, "Djiguel")
    assert (djiguel.location, djiguel.admin2) == ("Djiguel", "Soum")
    assert (_town(gaz, "Barsalogo").admin2, _town(gaz, "Barsalogho").admin2) == ("Sanmatenga", "Sanmatenga")
    # a short form is read as the town it shortens
    assert _town(gaz, "Ouaga").location == "Ouagadougou"
    (province,) = [p for p in gaz.lookup("Komonjdjari", country="Burkina Faso") if p.kind == "admin2"]
    assert (province.admin1, province.admin2) == ("Est", "Komondjari")


def test_namesake_communes_in_two_provinces(gaz: Gazetteer) -> None:
    found = {(p.admin1, p.admin2) for p in gaz.lookup("Boussouma", country="Burkina Faso") if p.kind == "city"}
    assert {("Centre-Est", "Boulgou"), ("Centre-Nord", "Sanmatenga")} <= found


def test_every_town_keeps_a_province(gaz: Gazetteer) -> None:
    provinces = {r[1] for r in _read_tsv(FILE)}
    for name in ("Kaya", "Dori", "Gaoua", "Banfora", "Ouahigouya", "Gorom-Gorom", "Ziniare"):
        town = _town(gaz, name)
        assert town.admin2 in provinces, name
    assert _town(gaz, "Kaya").admin2 == "Sanmatenga"
    assert _town(gaz, "Dori").admin2 == "Seno"


def _locate(nlp, gaz: Gazetteer, text: str):
    a = nlp.analyse(text)
    place, _ = event_place(a, find_places(a, gaz, country_hint="Burkina Faso"), 0, country="Burkina Faso")
    assert place is not None
    return place


@pytest.mark.parametrize(("text", "expected"), [
    ("On 3 March 2021, gunmen attacked the army camp in Baraboule.", ("Sahel", "Soum", "Baraboule")),
    ("On 3 March 2021, gunmen attacked the gendarmerie in the village of Tangaye.", ("Nord", "Yatenga", "Tangaye")),
    # an unknown village in a coder's "(Commune, Province)" bracket takes the commune's units
    ("On 3 March 2021, gunmen killed two herders in Wendoubou (Tongomayel, Soum).", ("Sahel", "Soum", "Wendoubou")),
    ("On 3 March 2021, gunmen killed two herders in Wendoubou (Toeni, Sourou).",
     ("Boucle du Mouhoun", "Sourou", "Wendoubou")),
])
def test_event_place_in_a_commune(nlp, gaz: Gazetteer, text: str, expected: tuple[str, str, str]) -> None:
    place = _locate(nlp, gaz, text)
    assert (place.admin1, place.admin2, place.location) == expected


@pytest.mark.parametrize(("name", "label"), [("Yensogo", "NORP"), ("Boulkonde", "ORG")])
def test_bracket_head_the_tagger_mislabels_is_the_village(nlp, gaz: Gazetteer, name: str, label: str) -> None:
    text = f"On 28 October 2020, gunmen ambushed an army patrol near {name} (Kain, Yatenga)."
    assert [t.ent_type for t in nlp.analyse(text).tokens if t.text == name] == [label]
    place = _locate(nlp, gaz, text)
    assert (place.admin1, place.admin2, place.location) == ("Nord", "Yatenga", name)


def test_one_part_bracket_after_an_institution_keeps_the_town(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "Traders staged a sit-in at the Chamber of Commerce (Ouagadougou) over new taxes.")
    assert place.location == "Ouagadougou"


def test_bracket_naming_the_commune_again_after_an_earlier_mention(nlp, gaz: Gazetteer) -> None:
    place = _locate(nlp, gaz, "On 13 June 2020, gunmen killed an aide of the mayor of Solhan at his home in "
                    "Kobouna (Solhan, Yagha).")
    assert (place.admin2, place.location) == ("Yagha", "Kobouna")
