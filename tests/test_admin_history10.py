"""Admin units as they were on the event date, keyed by district: Nepal's development regions and zones
before its provinces, Pakistan's tribal agencies before their merger, and the South Asian admin1 units
created since 2010. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from fogwatch.admin_history import DISTRICT_HISTORY_PATH, admin1_on, read_district_history, units_on
from fogwatch.errors import DataFileError
from fogwatch.gazetteer import Gazetteer

IN_2015 = dt.date(2015, 8, 20)
IN_2019 = dt.date(2019, 8, 20)


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    path = tmp_path_factory.mktemp("districts") / "districts.tsv"
    path.write_text(
        "# a made-up country that regrouped its districts in 2012\n"
        "XX\tOldtown|Old Town\t2012-01-01\tLowlands\tRiver Zone\n"
        "XX\tHill Agency|Hill\t2012-01-01\tTribal Belt\t-\n"
        "XX\tSouth Bank\t2016-01-01\t-\tRiverside\n"  # split out of Riverside, itself split out of Oldtown
        "XX\tRiverside\t2014-01-01\t-\tOldtown\n"
        "XX\tNorth Bank\t2016-01-01\t-\tRiverside Rural\n"  # whose heir took the old name again
        "XX\tRiverside Rural\t2016-01-01\t-\tRiverside\n",
        encoding="utf-8",
    )
    return read_district_history(path)


@pytest.mark.parametrize(
    "admin2, on, expected",
    [
        ("Oldtown", dt.date(2011, 12, 31), ("Lowlands", "River Zone")),
        ("Old Town", dt.date(2011, 12, 31), ("Lowlands", "River Zone")),  # another spelling of the row
        ("OLDTOWN", dt.date(2011, 12, 31), ("Lowlands", "River Zone")),  # compared by name key
        ("Oldtown", dt.date(2012, 1, 1), ("New Province", "Oldtown")),  # the reform's first day
        ("Hill", dt.date(2005, 1, 1), ("Tribal Belt", "Hill")),  # "-": the district keeps its name
        ("Elsewhere", dt.date(2005, 1, 1), ("New Province", "Elsewhere")),  # not in the table
        ("South Bank", dt.date(2015, 1, 1), ("New Province", "Riverside")),  # "-": the admin1 stays
        ("South Bank", dt.date(2013, 1, 1), ("New Province", "Oldtown")),  # walks back two splits
        ("South Bank", dt.date(2005, 1, 1), ("Lowlands", "River Zone")),  # ... and a regrouping
        ("North Bank", dt.date(2015, 1, 1), ("New Province", "Riverside Rural")),  # no loop on equal dates
    ],
)
def test_units_on_the_event_date(history, admin2, on, expected):
    assert units_on("XX", "New Province", admin2, on, history) == expected


def test_without_a_date_or_a_district_the_units_stay(history):
    assert units_on("XX", "New Province", "Oldtown", None, history) == ("New Province", "Oldtown")
    assert units_on("XX", "New Province", None, dt.date(2005, 1, 1), history) == ("New Province", None)
    assert units_on("YY", "New Province", "Oldtown", dt.date(2005, 1, 1), history) == ("New Province", "Oldtown")


def test_a_row_without_a_district_is_a_data_file_error(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("XX\t|\t2012-01-01\tLowlands\tRiver Zone\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="names no district"):
        read_district_history(path)


def test_a_malformed_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "short.tsv"
    path.write_text("XX\tOldtown\t2012-01-01\tLowlands\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"short\.tsv:1: expected 5"):
        read_district_history(path)


# ------------------------------------------------------------------------ the bundled table: Nepal


def test_nepal_has_75_districts_in_14_zones_of_5_regions():
    rows = [line.split("\t") for line in DISTRICT_HISTORY_PATH.read_text(encoding="utf-8").splitlines()
            if line.startswith("NP\t")]
    assert len(rows) == 75
    regions_of_zone: dict[str, set[str]] = defaultdict(set)
    for _iso2, _names, _until, region, zone in rows:
        regions_of_zone[zone].add(region)
    assert len(regions_of_zone) == 14
    assert all(len(regions) == 1 for regions in regions_of_zone.values())  # a zone lies in one region
    assert set().union(*regions_of_zone.values()) == {"East", "Central", "West", "Mid-West", "Far West"}


@pytest.mark.parametrize(
    "admin1, district, expected",
    [
        ("Madhesh", "Parsa", ("Central", "Narayani")),
        ("Madhesh", "Saptari", ("East", "Sagarmatha")),  # today's Madhesh took districts of two regions
        ("Bagmati", "Kathmandu", ("Central", "Bagmati")),
        ("Bagmati", "Chitwan", ("Central", "Narayani")),
        ("Lumbini", "Banke", ("Mid-West", "Bheri")),
        ("Gandaki", "Nawalparasi", ("West", "Lumbini")),  # either half of the district split in 2017
        ("Karnali", "Rukum", ("Mid-West", "Rapti")),
        ("Sudurpashchim", "Kailali", ("Far West", "Seti")),
        ("Madhesh", "Dhanusa", ("Central", "Janakpur")),  # GeoNames' spelling
    ],
)
def test_nepal_before_the_provinces(admin1, district, expected):
    assert units_on("NP", admin1, district, IN_2015) == expected
    assert units_on("NP", admin1, district, IN_2019) == (admin1, district)


def test_every_nepal_row_meets_a_district_of_the_gazetteer():
    # with 75 rows, every district the gazetteer outputs is then coded in its zone
    gazetteer = Gazetteer.load()
    unmet = []
    for line in DISTRICT_HISTORY_PATH.read_text(encoding="utf-8").splitlines():
        if not line.startswith("NP\t"):
            continue
        _iso2, names, _until, region, zone = line.split("\t")
        places = [p for name in names.split("|") for p in gazetteer.lookup(name, country="Nepal")
                  if p.kind == "admin2"]
        if not places or any(units_on("NP", p.admin1, p.admin2, IN_2015) != (region, zone) for p in places):
            unmet.append(names)
    assert not unmet


# ------------------------------------------------------------------------ Pakistan's tribal agencies


@pytest.mark.parametrize("agency", ["Khyber Agency", "North Waziristan", "Kurram", "Bajaur Agency"])
def test_tribal_agencies_were_fata_until_the_2018_merger(agency):
    fata = "Federally Administered Tribal Areas"
    assert units_on("PK", "Khyber Pakhtunkhwa", agency, IN_2015) == (fata, agency)
    assert units_on("PK", "Khyber Pakhtunkhwa", agency, dt.date(2018, 5, 30)) == (fata, agency)
    assert units_on("PK", "Khyber Pakhtunkhwa", agency, IN_2019) == ("Khyber Pakhtunkhwa", agency)


def test_a_settled_district_of_khyber_pakhtunkhwa_stays():
    assert units_on("PK", "Khyber Pakhtunkhwa", "Peshawar", IN_2015) == ("Khyber Pakhtunkhwa", "Peshawar")


# ------------------------------------------------------------------------ India's new districts


@pytest.mark.parametrize(
    "admin1, district, on, expected",
    [
        ("Manipur", "Tengnoupal", IN_2015, "Chandel"),
        ("Manipur", "Tengnoupal", IN_2019, "Tengnoupal"),
        ("Assam", "Biswanath", dt.date(2015, 8, 14), "Sonitpur"),
        ("Assam", "Biswanath", dt.date(2015, 8, 15), "Biswanath"),
        ("Telangana", "Hanamkonda", IN_2015, "Warangal"),  # 2021 out of Warangal Urban, 2016 out of Warangal
        ("Telangana", "Hanamkonda", IN_2019, "Warangal Urban"),
        ("Telangana", "Mulugu", dt.date(2018, 1, 1), "Jayashankar Bhupalapally"),
        ("West Bengal", "Paschim Bardhaman", IN_2015, "Barddhaman"),
        ("Andhra Pradesh", "NTR", IN_2019, "Krishna"),
        ("Andhra Pradesh", "NTR", dt.date(2023, 1, 1), "NTR"),
        ("Karnataka", "Mandya", IN_2015, "Mandya"),  # an old district stays
    ],
)
def test_indian_districts_before_they_were_carved_out(admin1, district, on, expected):
    assert units_on("IN", admin1, district, on) == (admin1, expected)


def test_every_new_indian_district_meets_the_gazetteer():
    # one spelling of each row must be a district the gazetteer outputs, or the row never applies
    gazetteer = Gazetteer.load()
    unmet = []
    for line in DISTRICT_HISTORY_PATH.read_text(encoding="utf-8").splitlines():
        if line.startswith("IN\t"):
            names = line.split("\t")[1]
            places = [p for name in names.split("|") for p in gazetteer.lookup(name, country="India")]
            if not any(p.kind == "admin2" for p in places):
                unmet.append(names)
    # Warangal Urban is now Hanamkonda (a step of its chain); Niuland is not in GeoNames yet
    assert unmet == ["Warangal Urban", "Niuland"]


# ------------------------------------------------------------------------ admin1 units created since 2010


@pytest.mark.parametrize(
    "iso2, admin1, before, on_before, on_after",
    [
        ("BD", "Mymensingh", "Dhaka", dt.date(2015, 9, 13), dt.date(2015, 9, 14)),
        ("BD", "Rangpur", "Rajshahi", dt.date(2009, 6, 1), dt.date(2011, 6, 1)),
        ("IN", "Telangana", "Andhra Pradesh", dt.date(2014, 6, 1), dt.date(2014, 6, 2)),
        ("IN", "Ladakh", "Jammu and Kashmir", dt.date(2019, 10, 30), dt.date(2019, 10, 31)),
    ],
)
def test_south_asian_admin1_of_the_event_date(iso2, admin1, before, on_before, on_after):
    assert admin1_on(iso2, admin1, on_before) == before
    assert admin1_on(iso2, admin1, on_after) == admin1


# ------------------------------------------------------------------------ through the pipeline


def _first_units(pipeline, text: str, published: dt.date) -> tuple[str | None, str | None]:
    result = pipeline.extract(text, published=published)
    assert result.events, "no event extracted"
    event = result.events[0]
    return event.admin1, event.admin2


def test_a_nepal_event_is_coded_in_the_units_of_its_date(pipeline):
    text = "Police fired tear gas at protesters who blocked the highway in Gaur, Rautahat district, on Monday."
    assert _first_units(pipeline, text, dt.date(2015, 9, 2)) == ("Central", "Narayani")
    assert _first_units(pipeline, text, dt.date(2019, 9, 4)) == ("Madhesh", "Rautahat")
