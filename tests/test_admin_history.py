"""Admin1 units as they were on the event date."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.admin_history import admin1_on, read_history
from fogwatch.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("history") / "history.tsv"
    path.write_text(
        "# a made-up country whose north was split twice\n"
        "XX\tNorth\t2010-01-01\tOld Realm\n"
        "XX\tFar North\t2020-06-01\tNorth\n",
        encoding="utf-8",
    )
    return read_history(path)


@pytest.mark.parametrize(
    "admin1, on, expected",
    [
        ("North", dt.date(2009, 12, 31), "Old Realm"),
        ("North", dt.date(2010, 1, 1), "North"),
        ("Far North", dt.date(2015, 1, 1), "North"),  # split out of a unit that was split out itself
        ("Far North", dt.date(2005, 1, 1), "Old Realm"),
        ("Far North", dt.date(2021, 1, 1), "Far North"),
        ("South", dt.date(2005, 1, 1), "South"),  # no history: as the gazetteer has it
    ],
)
def test_admin1_on_the_event_date(history, admin1, on, expected):
    assert admin1_on("XX", admin1, on, history) == expected


def test_without_a_date_the_admin1_stays(history):
    assert admin1_on("XX", "Far North", None, history) == "Far North"


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("XX\tNorth\t2010-01-01\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1: expected 4"):
        read_history(path)


def test_the_bundled_table_names_admin1_units_the_gazetteer_knows():
    gazetteer = Gazetteer.load()
    for (iso2, admin1), origin in read_history().items():
        for name in (admin1, origin.predecessor):
            kinds = {(c.place.iso2, c.place.kind, c.place.admin1) for c in gazetteer.candidates(name)}
            assert (iso2, "admin1", name) in kinds, f"{iso2} {name!r} is not an admin1 name of the gazetteer"


def test_papua_before_and_after_the_2022_split():
    assert admin1_on("ID", "Highland Papua", dt.date(2020, 5, 1)) == "Papua"
    assert admin1_on("ID", "Highland Papua", dt.date(2023, 5, 1)) == "Highland Papua"
