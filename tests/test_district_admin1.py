"""The admin1 ACLED codes a district in (Myanmar's state halves, Philippine provinces)."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.district_admin1 import admin1_of_district, read_table
from fogwatch.records import Article


def test_a_district_names_its_admin1(tmp_path):
    path = tmp_path / "table.tsv"
    path.write_text("# made-up\nXX\tHill District\tBig State-North\n", encoding="utf-8")
    table = read_table(path)
    assert admin1_of_district("XX", "Big State", "Hill District", table) == "Big State-North"
    assert admin1_of_district("XX", "Big State", "Plain District", table) == "Big State"  # not in the table
    assert admin1_of_district("XX", "Big State", None, table) == "Big State"  # district unknown: the whole state
    assert admin1_of_district("YY", "Big State", "Hill District", table) == "Big State"  # another country


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("XX\tBig State\tHill District\tBig State-North\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: expected 3"):
        read_table(path)


@pytest.mark.parametrize(
    "country, town, admin1",
    [
        ("Myanmar", "Lashio", "Shan-North"),
        ("Myanmar", "Taunggyi", "Shan-South"),
        ("Myanmar", "Tachileik", "Shan-East"),
        ("Myanmar", "Pyay", "Bago-West"),
        ("Myanmar", "Taungoo", "Bago-East"),
        ("Philippines", "General Santos", "Soccsksargen"),
        ("Philippines", "Iligan", "Northern Mindanao"),
    ],
)
def test_events_take_the_admin1_of_their_district(pipeline, country, town, admin1):
    text = f"Soldiers clashed with rebels near {town} on Monday, residents said."
    article = Article(id="a", text=text, published=dt.date(2021, 6, 2), country=country)
    (result,) = pipeline.extract_many([article])
    assert result.events[0].admin1 == admin1


def test_the_bundled_table_names_districts_the_gazetteer_gives():
    from fogwatch.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    for iso2, admin2 in read_table():
        places = {(c.place.iso2, c.place.admin2) for c in gazetteer.candidates(admin2)}
        assert (iso2, admin2) in places, f"{iso2} {admin2} is not a district of the gazetteer"
