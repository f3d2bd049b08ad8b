"""GTD reader, perpetrator and event-type mappings, scoring, and a read check of the real files.

All rows here are invented; no evaluation data is copied into the repository.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fogwatch.errors import DataFileError
from fogwatch.evaluate import NO_EVENT, evaluate
from fogwatch.evaluate.gtd import (
    gtd_event_type,
    incident_date,
    open_gtd,
    perpetrator_matches,
    perpetrator_of,
    score_gtd,
    strip_leading_date,
)
from fogwatch.records import ArticleInfo, ArticleResult, Event

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = next(
    (p for p in (REPO.parent / "shared" / "eval", Path("/work/shared/eval")) if p.is_dir()), None
)

HEADER = (
    "eventid,iyear,imonth,country_id,country_txt,region_id,region_txt,provstate,city,location,"
    "summary,success,suicide,attacktype1,attacktype1_txt,targtype1,targtype1_txt,corp1,target1,"
    "natlty1_id,natlty1_txt,gname,weaptype1,weaptype1_txt,weapdetail,nkill,nkillus,nkillter,"
    "nwound,propextent,propcomment,ishostkid,incident_id\n"
)


def gtd_line(eventid, province, city, summary, attack, target, gname, nkill, month="3", year="2016"):
    return (
        f'{eventid},{year},{month},4,Testland,6,South Asia,{province},{city},,"{summary}",1,0,2,'
        f"{attack},4,{target},,,4,Testland,{gname},5,Firearms,,{nkill},0,0,1,,,0,\n"
    )


def make_file(tmp_path: Path) -> Path:
    rows = [
        gtd_line("201603140001", "Northland", "Port Town", "03/14/2016: Assailants shot two police officers.",
                 "Armed Assault", "Police", "Taliban", "2"),
        gtd_line("201603150002", "Unknown", "Unknown", "03/15/2016:An explosive device went off.",
                 "Bombing/Explosion", "Business", "Unknown", ""),
        gtd_line("201603000003", "Southland", "Hill", "Assailants kidnapped a trader.",
                 "Hostage Taking (Kidnapping)", "Private Citizens & Property",
                 "Khorasan Chapter of the Islamic State", "0"),
    ]  # fmt: skip
    path = tmp_path / "gtd.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def event(**fields) -> Event:
    base = dict(
        id="e1", event_date=dt.date(2016, 3, 14), time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", actor1="Taliban", inter1=2,
        actor2="Police Forces of Testland (2014-)", inter2=1, country="Testland", admin1="Northland",
        admin2=None, location="Port Town", latitude=None, longitude=None, geo_precision=2,
        fatalities=2, fatalities_low=2, fatalities_best=2, fatalities_high=2,
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


@pytest.mark.parametrize(
    "summary,expected",
    [
        ("03/14/2016: Assailants attacked.", "Assailants attacked."),
        ("08/05/2018:Assailants attacked.", "Assailants attacked."),
        ("3/4/16 : Assailants attacked.", "Assailants attacked."),
        ("03/14/2016-03/15/2016: Over two days.", "Over two days."),
        ("No date stamp: kept as is.", "No date stamp: kept as is."),
        ("Assailants attacked on 03/14/2016: at night.", "Assailants attacked on 03/14/2016: at night."),
    ],
)
def test_strip_leading_date(summary, expected):
    assert strip_leading_date(summary) == expected


def test_incident_date_uses_iday_then_the_eventid_digits():
    assert incident_date({"iyear": "2016", "imonth": "3", "iday": "9",
                          "eventid": "201603140001"}) == dt.date(2016, 3, 9)
    assert incident_date({"iyear": "2016", "imonth": "3", "iday": "0",
                          "eventid": "201603140001"}) == dt.date(2016, 3, 14)
    assert incident_date({"iyear": "2016", "imonth": "3", "eventid": "201603140001"}) == dt.date(2016, 3, 14)
    assert incident_date({"iyear": "2016", "imonth": "3", "eventid": "201603000001"}) is None
    assert incident_date({"iyear": "2016", "imonth": "2", "eventid": "201602310001"}) is None


def test_reads_rows(tmp_path):
    source = open_gtd(make_file(tmp_path))
    first, second, third = source.rows()
    assert first.id == "201603140001" and first.text == "Assailants shot two police officers."
    assert first.published == dt.date(2016, 3, 14)  # GTD: the incident date itself
    assert first.gold["province"] == "Northland" and first.gold["killed"] == 2
    assert first.gold["event_type"] == "Battles" and first.country == "Testland"
    assert second.text == "An explosive device went off."
    assert second.gold["province"] is None and second.gold["city"] is None  # "Unknown"
    assert second.gold["killed"] is None  # blank nkill
    assert third.published is None and third.gold["event_type"] == "Violence against civilians"


def test_a_file_without_summary_is_refused(tmp_path):
    path = tmp_path / "nosummary.csv"
    path.write_text("eventid,iyear,imonth,provstate\n201603140001,2016,3,North\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="no 'summary' column"):
        open_gtd(path)


@pytest.mark.parametrize(
    "gname,actor,expected",
    [
        ("Unknown", "Unidentified Armed Group (Afghanistan)", True),
        ("Unknown", "Taliban", False),
        ("Taliban", "Taliban", True),
        ("Taliban", "Islamic State (Afghanistan)", False),
        ("Khorasan Chapter of the Islamic State", "Islamic State (Afghanistan)", True),
        ("Khorasan Chapter of the Islamic State", "Islamic State Khorasan Province", True),
        ("Islamic State of Iraq and the Levant (ISIL)", "Islamic State (Iraq)", True),
        ("Haqqani Network", "Taliban", True),
        ("Tehrik-i-Taliban Pakistan (TTP)", "TTP: Tehreek-i-Taliban Pakistan", True),
        ("Al-Shabaab", "Al Shabaab", True),
        ("Kurdistan Workers' Party (PKK)", "PKK: Kurdistan Workers Party", True),
        ("Kurdistan Workers' Party (PKK)", "Kurdistan Workers Party", True),
        ("Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", True),
        ("Boko Haram", "Rajasthan Militia", False),
        ("Anarchists", "Unidentified Armed Group (Chile)", False),
        ("Mapuche extremists", "Mapuche Ethnic Militia (Chile)", True),
        ("Muslim extremists", "Unidentified Armed Group (Burkina Faso)", True),
        ("Muslim extremists", "Military Forces of Burkina Faso (2022-)", False),
        ("Separatists", "Ambazonian Separatists (Cameroon)", True),
        ("Separatists", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad", False),
        ("Ansar al-Islam (Burkina Faso)", "Ansaroul Islam", True),
        ("Front for the Liberation of Cabinda / Cabinda Armed Forces (FLEC-FAC)",
         "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda-Armed Forces of Cabinda", True),
        ("Taliban", None, False),
    ],
)
def test_perpetrator_mapping(gname, actor, expected):
    assert perpetrator_matches(gname, actor) is expected


@pytest.mark.parametrize(
    "attack,target,expected",
    [
        ("Bombing/Explosion", "Police", "Explosions/Remote violence"),
        ("Armed Assault", "Military", "Battles"),
        ("Assassination", "Private Citizens & Property", "Violence against civilians"),
        ("Hostage Taking (Kidnapping)", "NGO", "Violence against civilians"),
        ("Hostage Taking (Kidnapping)", "Military", None),
        ("Facility/Infrastructure Attack", "Business", None),
        ("Armed Assault", "Government (General)", None),
        ("Unknown", "Police", None),
    ],
)
def test_gtd_event_type_mapping(attack, target, expected):
    assert gtd_event_type(attack, target) == expected


def test_the_perpetrator_of_a_defused_bomb_is_its_owner_not_the_force() -> None:
    defused = event(event_type="Strategic developments", sub_event_type="Disrupted weapons use",
                    actor1="Police Forces of Testland (2014-)", inter1=1,
                    actor2="Unidentified Armed Group (Testland)", inter2=3)
    assert perpetrator_of(defused) == "Unidentified Armed Group (Testland)"
    assert perpetrator_of(event()) == "Taliban"  # elsewhere actor1 attacks
    # an armed group named as actor1 of a disrupted attack stays the perpetrator
    assert perpetrator_of(event(sub_event_type="Disrupted weapons use")) == "Taliban"


def test_scoring(tmp_path):
    first, second, third = open_gtd(make_file(tmp_path)).rows()
    v = {j.field: j.correct for j in score_gtd(first, event()) if j.kind == "field"}
    assert v == {
        "province": True, "city": True, "perpetrator": True, "event_type": True, "killed": True,
        "killed (gold > 0)": True, "killed vs text number": False,
    }  # fmt: skip
    names = {j.field for j in score_gtd(second, event())}
    assert names.isdisjoint({"province", "city", "killed"}) and "perpetrator" in names
    wrong = {j.field: j.correct for j in score_gtd(third, event(actor1="Taliban", admin1="Northland"))}
    assert not wrong["perpetrator"] and not wrong["province"] and not wrong["event_type"]
    missing = [j for j in score_gtd(first, None) if j.kind == "field"]
    assert missing and all(j.predicted == NO_EVENT and not j.correct for j in missing)


def test_end_to_end(tmp_path):
    def extract(articles):
        for a in articles:
            yield ArticleResult(ArticleInfo(a.id, None, a.published, None, None), events=(event(),))

    report = evaluate(make_file(tmp_path), "gtd", extract)
    assert report.rows == 3 and report.no_event == 0
    assert report.overall["perpetrator"].correct == 1 and report.overall["perpetrator"].n == 3
    assert report.overall["province"].n == 2
    assert ("Unknown -> Taliban", 1) in report.confusions["perpetrator"]


@pytest.mark.skipif(SHARED_EVAL is None, reason="../shared/eval (evaluation data) is not present")
def test_every_real_gtd_file_reads_or_is_refused_for_lack_of_text():
    from fogwatch.evaluate import csv_dicts

    files = sorted((SHARED_EVAL / "gtd").rglob("*.csv"))  # type: ignore[operator]
    assert files
    readable = 0
    for path in files:
        header, _ = csv_dicts(path)
        if "summary" not in header:
            with pytest.raises(DataFileError):
                open_gtd(path)
            continue
        rows = list(open_gtd(path).rows())
        assert rows, path
        assert sum(bool(r.text.strip()) for r in rows) / len(rows) > 0.95, path
        assert not any(r.text[:3].isdigit() and r.text[2:3] == "/" for r in rows), path  # date stripped
        assert sum(r.published is not None for r in rows) / len(rows) > 0.95, path
        readable += 1
    assert readable >= len(files) - 1
