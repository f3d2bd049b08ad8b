"""ACLED readers (every shipped schema variant, built by hand), scoring, the streaming harness,
the CLI with a fake pipeline, and a read check of the team's real files when they are present.

All CSV rows here are invented; no evaluation data is copied into the repository.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from fogwatch.errors import DataFileError, FogwatchError
from fogwatch.evaluate import NO_EVENT, GoldRow, Selection, evaluate, run, select
from fogwatch.evaluate.acled import open_acled, parse_date, score_acled
from fogwatch.evaluate.report import render, to_json
from fogwatch.records import Article, ArticleInfo, ArticleResult, Event

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = next(
    (p for p in (REPO.parent / "shared" / "eval", Path("/work/shared/eval")) if p.is_dir()), None
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def event(**fields) -> Event:
    base = dict(
        id="e1", event_date=dt.date(2019, 12, 30), time_precision=1, event_type="Riots",
        sub_event_type="Mob violence", actor1="Rioters (Kenya)", inter1=5, actor2="Civilians (Kenya)",
        inter2=7, country="Kenya", admin1="Nairobi", admin2="Starehe", location="Nairobi - Central",
        latitude=-1.283, longitude=36.817, geo_precision=1, fatalities=0, fatalities_low=0,
        fatalities_best=0, fatalities_high=0,
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


# --------------------------------------------------------------------------- readers

HEADER_2020 = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
    "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
    "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
    "notes,fatalities,timestamp\n"
)
ROW_2020 = (
    '1,404,XKE1,1,30-12-19,2019,1,Riots,Mob violence,Rioters (Kenya),,5,Civilians (Kenya),,7,57,'
    'Eastern Africa,Kenya,Nairobi,Starehe,,Nairobi - Central,-1.2833,36.8167,1,Paper,National,'
    '"A crowd beat a man, accused of theft, in the city centre.",0,1\n'
)


def test_reads_the_2020_schema(tmp_path):
    source = open_acled(write(tmp_path / "a.csv", HEADER_2020 + ROW_2020))
    assert source.schema == "ACLED 2020 export" and source.notes == ()
    (row,) = list(source.rows())
    assert row.id == "XKE1"
    assert row.text.startswith("A crowd beat a man, accused")
    assert row.gold["event_date"] == dt.date(2019, 12, 30)
    assert row.published == dt.date(2019, 12, 31)  # the day after the event
    assert row.gold["actor2"] == "Civilians (Kenya)" and row.gold["fatalities"] == 0
    assert row.gold["latitude"] == pytest.approx(-1.2833) and row.country == "Kenya"


def test_reads_the_newest_schema_without_actor2(tmp_path):
    text = (
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
        "actor1,assoc_actor_1,inter1,interaction,civilian_targeting,iso,region,country,admin1,"
        "admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
        "fatalities,tags,timestamp\n"
        "XBD9,5-Aug-24,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Bangladesh),,"
        "Protesters,Protesters only,,50,Southern Asia,Bangladesh,Dhaka,Dhaka,,Dhaka,23.7,90.4,1,"
        "Daily,National,Students marched to demand reforms.,0,crowd size=no report,1\n"
    )
    source = open_acled(write(tmp_path / "new.csv", text))
    assert "no actor2" in source.schema
    assert any("actor set is not scored" in n for n in source.notes)
    (row,) = list(source.rows())
    assert row.gold["event_date"] == dt.date(2024, 8, 5)
    assert "actor2" not in row.gold
    names = {j.field for j in score_acled(row, event())}
    assert "actor1" in names and "actors" not in names


def test_reads_the_2016_api_schema_and_maps_old_types(tmp_path):
    text = (
        ",actor1,actor2,admin1,admin2,admin3,ally_actor_1,ally_actor_2,country,data_id,event_date,"
        "event_id_cnty,event_id_no_cnty,event_type,fatalities,geo_precision,gwno,inter1,inter2,"
        "interaction,latitude,location,longitude,notes,source,time_precision,year\n"
        "0,Militia A,Militia B,North,Town,,,,Testland,7,2016-07-02,1TST,,"
        "Battle-No change of territory,2,1,999,3,3,33,1.0,Town,2.0,Two militias fought.,Paper,1,2016\n"
        "1,Rioters (Testland),,North,Town,,,,Testland,8,2016-07-01,2TST,,Riots/Protests,0,1,999,5,0,"
        "50,1.0,Town,2.0,Traders rioted.,Paper,1,2016\n"
        "2,Militia A,Civilians (Testland),North,Town,,,,Testland,9,2016-07-01,3TST,,"
        "Violence against civilians,1,1,999,3,7,37,1.0,Town,2.0,A man was killed.,Paper,1,2016\n"
    )
    source = open_acled(write(tmp_path / "old.csv", text))
    assert "old taxonomy" in source.schema
    battle, riot, attack = source.rows()
    assert (battle.gold["event_type"], battle.gold["sub_event_type"]) == ("Battles", "Armed clash")
    assert riot.gold["event_type"] is None  # Riots or Protests: ambiguous, not scored
    assert attack.gold["event_type"] == "Violence against civilians"
    assert attack.gold["sub_event_type"] is None  # attack, abduction or sexual violence
    assert {j.field for j in score_acled(riot, event())}.isdisjoint({"event_type", "sub_event_type"})


def test_reads_upper_case_columns_bom_quoted_newlines_and_extra_columns(tmp_path):
    text = (
        "\ufeffGWNO,EVENT_ID_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,"
        "INTER1,ACTOR2,COUNTRY,ADMIN1,ADMIN2,LOCATION,LATITUDE,LONGITUDE,GEO_PRECISION,NOTES,"
        "FATALITIES,MY_EXTRA\n"
        '771,1TST,01-January-2015,2015,1,Remote violence,Unidentified Armed Group (Testland),,3,,'
        'Testland,East,,Port,3.5,4.5,2,"A bomb went off.\nNobody was hurt.",0,x\n'
    )
    source = open_acled(write(tmp_path / "upper.csv", text))
    (row,) = list(source.rows())
    assert row.id == "1TST"
    assert row.text == "A bomb went off.\nNobody was hurt."
    assert row.gold["event_date"] == dt.date(2015, 1, 1)
    assert row.gold["event_type"] == "Explosions/Remote violence"
    assert row.gold["admin2"] is None and row.gold["geo_precision"] == 2


def test_reads_a_cp1252_file(tmp_path):
    text = HEADER_2020 + ROW_2020.replace("Nairobi,Starehe", "Nairobi,Kasaraní")
    source = open_acled(write(tmp_path / "latin.csv", text, encoding="cp1252"))
    (row,) = list(source.rows())
    assert row.gold["admin2"] == "Kasaraní"


def test_a_file_without_notes_is_refused_with_a_clear_message(tmp_path):
    path = write(tmp_path / "x.csv", "eventid,summary\n1,text\n")
    with pytest.raises(DataFileError, match="no notes or event_date column.*--format gtd"):
        open_acled(path)
    with pytest.raises(DataFileError, match="empty"):
        open_acled(write(tmp_path / "empty.csv", ""))


@pytest.mark.parametrize(
    "value,year,expected",
    [
        ("31-12-19", 2019, dt.date(2019, 12, 31)),
        ("05-03-97", None, dt.date(1997, 3, 5)),
        ("2019-12-31", None, dt.date(2019, 12, 31)),
        ("31 December 2019", None, dt.date(2019, 12, 31)),
        ("5-Aug-24", 2024, dt.date(2024, 8, 5)),
        ("01-January-2015", 2015, dt.date(2015, 1, 1)),
        ("2019-12-31T00:00:00", None, dt.date(2019, 12, 31)),
        ("not a date", None, None),
    ],
)
def test_parse_date(value, year, expected):
    assert parse_date(value, year) == expected


# --------------------------------------------------------------------------- scoring


def gold_row(**gold) -> GoldRow:
    base = dict(
        event_type="Riots", sub_event_type="Mob violence", country="Kenya", admin1="Nairobi",
        admin2="Starehe", location="Nairobi - Central", actor1="Rioters (Kenya)",
        actor2="Civilians (Kenya)", event_date=dt.date(2019, 12, 30), time_precision=1,
        geo_precision=1, fatalities=0, latitude=-1.2833, longitude=36.8167, text_fatalities=0,
    )  # fmt: skip
    base.update(gold)
    return GoldRow("r1", "invented text", dt.date(2019, 12, 31), "Kenya", base)


def verdicts(judgements) -> dict[str, bool]:
    return {j.field: j.correct for j in judgements if j.kind == "field"}


def test_a_matching_event_is_right_on_every_field():
    v = verdicts(score_acled(gold_row(), event()))
    assert v and all(v.values()), v
    assert "fatalities (gold > 0)" not in v  # gold is 0


def test_names_compare_after_normalisation_and_actor_years_are_ignored():
    row = gold_row(admin1="Murang'a", actor1="Police Forces of Kenya (2013-)", actor2=None)
    pred = event(admin1="Muranga County", actor1="police forces of kenya", actor2=None)
    v = verdicts(score_acled(row, pred))
    assert v["admin1"] and v["actors"] and v["actor1"]


def test_actor_set_is_order_free_but_actor1_is_not():
    pred = event(actor1="Civilians (Kenya)", actor2="Rioters (Kenya)")
    v = verdicts(score_acled(gold_row(), pred))
    assert v["actors"] and not v["actor1"]


def test_wrong_fields_are_wrong_and_date_confusions_group_by_offset():
    pred = event(event_type="Protests", event_date=dt.date(2019, 12, 29), latitude=-4.05, longitude=39.67)
    judgements = {j.field: j for j in score_acled(gold_row(), pred)}
    assert not judgements["event_type"].correct and judgements["event_type"].predicted == "Protests"
    assert judgements["event_date"].confusion == "off by -1 d"
    assert not judgements["coordinates <= 25 km"].correct
    assert judgements["coordinates <= 25 km"].confusion == "<= 500 km"


def test_coordinates_within_25_km_count_as_right():
    pred = event(latitude=-1.40, longitude=36.90)  # about 16 km away
    assert verdicts(score_acled(gold_row(), pred))["coordinates <= 25 km"]


def test_fatalities_scored_overall_on_coded_deaths_and_against_the_text():
    row = gold_row(fatalities=3, text_fatalities=5)
    judgements = {j.field: j for j in score_acled(row, event(fatalities=5))}
    assert not judgements["fatalities"].correct
    assert not judgements["fatalities (gold > 0)"].correct
    assert judgements["fatalities vs text number"].correct
    assert judgements["fatalities: always 0"].kind == "baseline"
    assert not judgements["fatalities (gold > 0): always 0"].correct
    assert not judgements["fatalities: text number"].correct


def test_blank_gold_fields_are_not_scored():
    names = {j.field for j in score_acled(gold_row(admin2=None, time_precision=None), event())}
    assert "admin2" not in names and "time_precision" not in names and "admin1" in names


def test_rows_whose_note_names_the_coded_place_are_also_scored_apart():
    row = dataclasses.replace(gold_row(admin1="Kisumu", admin2="Kisumu Central", location="Kondele"),
                              text="Traders marched through KONDELE on Friday.")
    judgements = {j.field: j for j in score_acled(row, event(admin1="Kisumu", admin2="Nyando"))}
    assert judgements["admin1 (place named)"].correct and judgements["admin1 (place named)"].kind == "field"
    assert not judgements["admin2 (place named)"].correct
    assert judgements["admin2 (place named)"].predicted == "Nyando"
    assert "location (place named)" not in judgements and "country (place named)" not in judgements


def test_rows_whose_note_names_no_coded_place_are_not_in_the_subset():
    row = dataclasses.replace(gold_row(admin1="Kisumu", admin2="Kisumu Central", location="Kondele"),
                              text="Traders marched through the market on Friday.")
    fields = {j.field for j in score_acled(row, event())}
    assert "admin1" in fields and "admin1 (place named)" not in fields and "admin2 (place named)" not in fields


def test_no_event_is_wrong_on_every_field_but_baselines_stand():
    judgements = score_acled(gold_row(fatalities=2, text_fatalities=2), None)
    fields = [j for j in judgements if j.kind == "field"]
    assert fields and all(not j.correct and j.predicted == NO_EVENT for j in fields)
    assert {"fatalities", "fatalities (gold > 0)", "actors", "coordinates <= 25 km"} <= {j.field for j in fields}
    baseline = {j.field: j.correct for j in judgements if j.kind == "baseline"}
    assert baseline["fatalities: text number"] and not baseline["fatalities: always 0"]


# --------------------------------------------------------------------------- harness

PEOPLE = [  # id, country, admin1, fatalities, text
    ("K1", "Kenya", "Nairobi", 0, "Traders rioted in the market."),
    ("K2", "Kenya", "Mombasa", 2, "Two men were killed by a mob."),
    ("K3", "Kenya", "Nairobi", 0, ""),
    ("U1", "Uganda", "Kampala", 0, "Students protested peacefully."),
    ("U2", "Uganda", "Gulu", 1, "A farmer was killed by raiders."),
]


def small_file(tmp_path: Path) -> Path:
    lines = [HEADER_2020]
    for i, (rid, country, admin1, deaths, text) in enumerate(PEOPLE):
        lines.append(
            f'{i},1,{rid},{i},30-12-19,2019,1,Riots,Mob violence,Rioters ({country}),,5,,,0,50,'
            f'Eastern Africa,{country},{admin1},X,,{admin1},0.0,30.0,1,Paper,National,"{text}",{deaths},1\n'
        )
    return write(tmp_path / "small.csv", "".join(lines))


def fake_extractor(answers: dict[str, Event | None]):
    """Returns the prepared event per article id; records what it was given."""
    seen: list[Article] = []

    def extract(articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for a in articles:
            seen.append(a)
            ev = answers.get(a.id)
            yield ArticleResult(ArticleInfo(a.id, None, a.published, None, None), events=(ev,) if ev else ())

    return extract, seen


def right_for(rid: str) -> Event:
    _, country, admin1, deaths, _ = next(p for p in PEOPLE if p[0] == rid)
    return event(
        country=country, admin1=admin1, admin2="X", location=admin1, actor1=f"Rioters ({country})",
        actor2=None, latitude=0.0, longitude=30.0, fatalities=deaths,
    )  # fmt: skip


def test_end_to_end_with_a_fake_extractor(tmp_path):
    answers = {"K1": right_for("K1"), "K2": dataclasses.replace(right_for("K2"), admin1="Nairobi"),
               "U1": right_for("U1"), "U2": None}  # fmt: skip
    extract, seen = fake_extractor(answers)
    report = evaluate(small_file(tmp_path), "acled", extract, errors=3)
    assert [a.id for a in seen] == ["K1", "K2", "U1", "U2"]  # K3 has no text
    assert seen[0].published == dt.date(2019, 12, 31) and seen[1].text.startswith("Two men")
    assert report.rows == 4 and report.no_text == 1 and report.no_event == 1
    assert report.overall["admin1"].correct == 2 and report.overall["admin1"].n == 4
    assert report.by_country["Kenya"]["admin1"].correct == 1
    assert report.by_country["Uganda"]["event_type"].correct == 1
    assert report.confusions["admin1"] == (("Mombasa -> Nairobi", 1),)
    assert [s.id for s in report.samples["admin1"]] == ["K2"]
    data = to_json(report)
    assert data["fields"]["admin1"]["accuracy"] == 0.5 and data["no_event"] == 1
    assert data["by_country"]["Uganda"]["rows"] == 2
    assert data["errors"]["admin1"] == [{"id": "K2", "gold": "Mombasa", "predicted": "Nairobi"}]
    json.dumps(data)  # serialisable as is


def test_rendered_report_shows_ids_and_values_but_never_the_text(tmp_path):
    from rich.console import Console

    answers = {rid: dataclasses.replace(right_for(rid), admin1="Wrongplace") for rid, *_ in PEOPLE}
    extract, _ = fake_extractor(answers)
    report = evaluate(small_file(tmp_path), "acled", extract)
    console = Console(record=True, width=200)
    render(report, console)
    out = console.export_text()
    assert "Wrongplace" in out and "K2" in out and "By country" in out
    assert not any(text and text in out for *_, text in PEOPLE)


def test_selection_filters_samples_and_limits(tmp_path):
    path = small_file(tmp_path)
    extract, seen = fake_extractor({})
    evaluate(path, "acled", extract, Selection(countries=("uganda",)))
    assert [a.id for a in seen] == ["U1", "U2"]
    rows = list(open_acled(path).rows())
    assert [r.id for r in select(rows, Selection(limit=2))] == ["K1", "K2"]
    a = [r.id for r in select(rows, Selection(sample=2, seed=7))]
    b = [r.id for r in select(rows, Selection(sample=2, seed=7))]
    assert a == b and len(a) == 2
    assert {r.country for r in select(rows, Selection(sample=2, seed=7))} == {"Kenya", "Uganda"}
    assert len(list(select(rows, Selection(sample=3, stratified=False, seed=1)))) == 3


def test_an_extractor_that_reorders_results_stops_the_run():
    rows = [(GoldRow(i, "t", None, "X", {}), lambda r, e: ()) for i in ("a", "b")]

    def backwards(articles):
        items = list(articles)
        for a in reversed(items):
            yield ArticleResult(ArticleInfo(a.id, None, None, None, None))

    with pytest.raises(FogwatchError, match="out of order"):
        list(run(rows, backwards))

    def short(articles):
        next(iter(articles))
        return iter(())

    with pytest.raises(FogwatchError, match="stopped early"):
        list(run(rows, short))


def test_a_directory_skips_unreadable_files_and_reports_per_file(tmp_path):
    small_file(tmp_path)
    write(tmp_path / "notes.csv", "a,b\n1,2\n")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "more.csv", HEADER_2020 + ROW_2020)
    extract, seen = fake_extractor({})
    report = evaluate(tmp_path, "acled", extract)
    assert len(seen) == 5 and len(report.files) == 2
    assert [p for p, _ in report.skipped] == [str(tmp_path / "notes.csv")]
    assert set(report.by_file) == {"small.csv", "more.csv"}


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def fake_pipeline(monkeypatch):
    """A stand-in ``fogwatch.pipeline`` module whose extractor returns one fixed event."""
    module = types.ModuleType("fogwatch.pipeline")

    class Pipeline:
        @classmethod
        def load(cls):
            return cls()

        def extract_many(self, articles):
            for a in articles:
                yield ArticleResult(ArticleInfo(a.id, None, a.published, None, None), events=(right_for("K1"),))

        def extract(self, text):
            return ArticleResult(ArticleInfo("x", None, None, None, None))

    module.Pipeline = Pipeline  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fogwatch.pipeline", module)
    return module


def test_cli_json_report(tmp_path, fake_pipeline):
    from fogwatch.evaluate.cli import eval_command

    result = CliRunner().invoke(
        eval_command, ["--format", "acled", str(small_file(tmp_path)), "--json", "--country", "Kenya"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["rows"] == 2 and data["rows_without_text"] == 1
    assert data["fields"]["admin1"] == {"accuracy": 0.5, "correct": 1, "n": 2, "ci95": [0.0945, 0.9055]}


def test_cli_table_report_and_limit(tmp_path, fake_pipeline):
    from fogwatch.evaluate.cli import eval_command

    result = CliRunner().invoke(eval_command, ["--format", "acled", str(small_file(tmp_path)), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "1 rows in" in result.output and "event_type" in result.output


def test_cli_reports_unreadable_input_as_an_error(tmp_path, fake_pipeline):
    from fogwatch.evaluate.cli import eval_command

    bad = write(tmp_path / "bad.csv", "a,b\n1,2\n")
    result = CliRunner().invoke(eval_command, ["--format", "acled", str(bad)])
    assert result.exit_code == 1 and "not an ACLED export" in result.output


def test_cli_polnear_calls_the_polnear_scorer_with_a_claim_finder(tmp_path, fake_pipeline, monkeypatch):
    from fogwatch.evaluate.cli import eval_command

    calls = []
    module = types.ModuleType("fogwatch.evaluate.polnear")

    def evaluate_polnear(directory, find):
        calls.append((directory, find("Some text.")))
        return {"attributions": {"recall": 0.5}}

    module.evaluate_polnear = evaluate_polnear  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fogwatch.evaluate.polnear", module)
    result = CliRunner().invoke(eval_command, ["--format", "polnear", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    assert calls == [(tmp_path, ())]
    assert json.loads(result.output) == {"attributions": {"recall": 0.5}}


# --------------------------------------------------------------------------- real files


@pytest.mark.skipif(SHARED_EVAL is None, reason="../shared/eval (evaluation data) is not present")
@pytest.mark.parametrize("name", ["acled"])
def test_every_real_acled_file_reads(name):
    files = sorted((SHARED_EVAL / name).glob("*.csv"))  # type: ignore[operator]
    assert files
    for path in files:
        source = open_acled(path)
        total = with_text = dated = 0
        for row in source.rows():
            total += 1
            with_text += bool(row.text.strip())
            dated += row.gold["event_date"] is not None
        assert total > 0, path
        assert with_text / total > 0.95, path
        assert dated == total, path  # every shipped date spelling parses
