"""Myanmar in the gazetteer: districts as ACLED spells and cuts them (data/geo/mm_townships.tsv), the
townships inside each, and Shan and Bago coded in parts. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from place_helpers import town_in

from fogwatch.district_admin1 import admin1_of_district, read_table
from fogwatch.gazetteer import DATA_DIR, Gazetteer, _read_tsv
from fogwatch.places import Place
from fogwatch.records import Article


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


_town = partial(town_in, country="MM")


def _units(gaz: Gazetteer, name: str) -> list[Place]:
    return [p for p in gaz.lookup(name, country="MM") if p.kind == "admin2"]


def test_townships_take_their_district_in_acleds_cut(gaz: Gazetteer) -> None:
    # after 2022 Pale is in Yinmarbin district and Wuntho in Kawlin, not in the older Monywa and Katha
    for name, admin1, district in (("Pale", "Sagaing", "Yinmarbin"), ("Wuntho", "Sagaing", "Kawlin"),
                                   ("Ayadaw", "Sagaing", "Monywa"), ("Yesagyo", "Magway", "Pakokku"),
                                   ("Shwegu", "Kachin", "Bhamo"), ("Hpakant", "Kachin", "Mohnyin"),
                                   ("Demoso", "Kayah", "Loikaw"), ("Pyinmana", "Nay Pyi Taw", "Det Khi Na")):
        town = _town(gaz, name)
        assert (town.admin1, town.admin2, town.location) == (admin1, district, name), name


def test_yangon_townships_in_their_quarter_of_the_city(gaz: Gazetteer) -> None:
    for name, district in (("Hlaing", "Yangon-West"), ("Kamaryut", "Yangon-West"), ("Thaketa", "Yangon-East"),
                           ("Insein", "Yangon-North"), ("Thanlyin", "Yangon-South")):
        assert _town(gaz, name).admin2 == district, name


def test_shan_and_bago_are_coded_in_parts(gaz: Gazetteer) -> None:
    # the gazetteer gives the whole state; ACLED's part follows from the district
    for name, admin1, district in (("Namhsan", "Shan-North", "Pa Laung Self-Administered Zone"),
                                   ("Kutkai", "Shan-North", "Muse"), ("Kalaw", "Shan-South", "Taunggyi"),
                                   ("Mongyawng", "Shan-East", "Tachileik"),
                                   ("Letpadan", "Bago-West", "Thayarwady"), ("Kyaukkyi", "Bago-East", "Taungoo")):
        town = _town(gaz, name)
        assert town.admin2 == district, name
        assert admin1_of_district("MM", town.admin1, town.admin2) == admin1, name


def test_district_spellings_name_one_unit(gaz: Gazetteer) -> None:
    for spelling, district in (("Yinmabin", "Yinmarbin"), ("Mu Se", "Muse"), ("Loilem", "Loilen"),
                               ("Pyin Oo Lwin", "Pyinoolwin")):
        assert [u.admin2 for u in _units(gaz, spelling)] == [district], spelling


def test_other_spellings_read_as_the_township(gaz: Gazetteer) -> None:
    assert _town(gaz, "Kalay").location == "Kale"
    assert _town(gaz, "Toungoo").location == "Taungoo"


def test_table_rows_are_well_formed() -> None:
    rows = list(_read_tsv(DATA_DIR / "mm_townships.tsv"))
    assert len(rows) >= 70
    admin1s = {"Sagaing", "Magway", "Mandalay", "Nay Pyi Taw", "Kachin", "Kayah", "Kayin", "Mon", "Chin", "Rakhine",
               "Tanintharyi", "Ayeyarwady", "Bago", "Yangon", "Shan"}
    parts = read_table()
    seen: set[str] = set()
    for row in rows:
        assert row[0] in admin1s, row[:2]
        assert row[1] not in seen, row[1]
        seen.add(row[1])
        assert 3 <= len(row) <= 5 and row[2], row[:2]
        if row[0] in ("Shan", "Bago"):  # every district of the split states has its part written down
            assert parts.get(("MM", row[1]), "").startswith(row[0] + "-"), row[1]


@pytest.mark.parametrize(
    "text, admin1, admin2, location",
    [
        ("On 3 March 2022, soldiers shelled Kutkai town in Shan State, residents said.",
         "Shan-North", "Muse", "Kutkai"),
        ("On 3 March 2022, a bomb exploded near a market in Hlaing township, Yangon Region.",
         "Yangon", "Yangon-West", "Hlaing"),
        ("On 3 March 2022, a local defence force ambushed a convoy near Pale town in Sagaing Region.",
         "Sagaing", "Yinmarbin", "Pale"),
    ],
)
def test_events_are_coded_to_the_township_and_its_district(pipeline, text, admin1, admin2, location):
    article = Article(id="a", text=text, published=dt.date(2022, 3, 4), country="Myanmar")
    (result,) = pipeline.extract_many([article])
    event = result.events[0]
    assert (event.admin1, event.admin2, event.location) == (admin1, admin2, location)
