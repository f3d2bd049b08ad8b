"""ACLED's own parts of large admin1 units (Myanmar's Shan and Bago)."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.admin_parts import admin1_part, read_parts
from fogwatch.records import Article


def test_a_district_names_its_part(tmp_path):
    path = tmp_path / "parts.tsv"
    path.write_text("# made-up\nXX\tBig State\tHill District\tBig State-North\n", encoding="utf-8")
    parts = read_parts(path)
    assert admin1_part("XX", "Big State", "Hill District", parts) == "Big State-North"
    assert admin1_part("XX", "Big State", "Plain District", parts) == "Big State"  # not in the table
    assert admin1_part("XX", "Big State", None, parts) == "Big State"  # district unknown: the whole state


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("XX\tBig State\tHill District\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: expected 4"):
        read_parts(path)


@pytest.mark.parametrize(
    "town, part",
    [("Lashio", "Shan-North"), ("Taunggyi", "Shan-South"), ("Tachileik", "Shan-East"), ("Pyay", "Bago-West"),
     ("Taungoo", "Bago-East")],
)
def test_events_in_shan_and_bago_take_acled_part(pipeline, town, part):
    text = f"Soldiers clashed with resistance fighters near {town} on Monday, residents said."
    article = Article(id="a", text=text, published=dt.date(2021, 6, 2), country="Myanmar")
    (result,) = pipeline.extract_many([article])
    assert result.events[0].admin1 == part


def test_the_bundled_table_names_districts_the_gazetteer_gives():
    from fogwatch.gazetteer import Gazetteer

    gazetteer = Gazetteer.load()
    for (iso2, admin1, admin2), _ in read_parts().items():
        places = {(c.place.iso2, c.place.admin1, c.place.admin2) for c in gazetteer.candidates(admin2)}
        assert (iso2, admin1, admin2) in places, f"{iso2} {admin1} / {admin2} is not a district of the gazetteer"
