"""Exports of reconciled clusters: ACLED CSV (read back by fogwatch's own ACLED reader), UCDP GED CSV,
GeoJSON validated against an RFC 7946 schema, and JSON Lines. Clusters are built from invented
reports; the team's evaluation files, when present, are read for their header only."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from fogwatch.errors import InputError
from fogwatch.evaluate.acled import open_acled
from fogwatch.export import WRITERS, write
from fogwatch.export.acled_csv import COLUMNS as ACLED_COLUMNS
from fogwatch.export.acled_csv import acled_row, disorder_type
from fogwatch.export.countries import country_info
from fogwatch.export.geojson import feature_collection, write_geojson
from fogwatch.export.jsonl import read_jsonl, write_jsonl
from fogwatch.export.ucdp_csv import COLUMNS as UCDP_COLUMNS
from fogwatch.export.ucdp_csv import priogrid_gid, type_of_violence, ucdp_row, write_ucdp_csv
from fogwatch.reconcile import Cluster, EventReport, reconcile
from fogwatch.records import Claim, Event, Quantity, Speaker, TextSpan

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = next((p for p in (REPO.parent / "shared" / "eval", Path("/work/shared/eval")) if p.is_dir()), None)
DAY = dt.date(2021, 9, 2)
TALIBAN, NRF = "Taliban", "NRF: National Resistance Front"


def event(**fields) -> Event:
    base = dict(
        id="e1", event_date=DAY, time_precision=1, event_type="Battles", sub_event_type="Armed clash",
        actor1=TALIBAN, inter1=2, actor2=NRF, inter2=3, country="Afghanistan", admin1="Panjshir",
        admin2="Shutul", location="Shutul", latitude=35.2811, longitude=69.4983, geo_precision=2,
        fatalities=4, fatalities_low=4, fatalities_best=6, fatalities_high=40, notes="Invented note, not a real event.",
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


def speaker_claim(cid: str, name: str, party: str | None, text: str, whose: str | None = None,
                  value: int | None = None) -> Claim:
    quantity = Quantity(value, None, None, None, "people killed", whose) if value is not None else None
    speaker = Speaker(name, 0, len(name), name, "spokesman", party, "person")
    return Claim(cid, TextSpan(text, 0, len(text)), None, speaker, "indirect", party, None, (), "none_stated",
                 "casualties", quantity, "e1")


@pytest.fixture(scope="module")
def clusters() -> list[Cluster]:
    claims = (
        speaker_claim("c1", "Zabihullah Example", TALIBAN, "40 NRF fighters were killed", NRF, 40),
        speaker_claim("c2", "Fahim Example", NRF, "we lost 2 fighters, killed in the fighting", NRF, 2),
    )
    reports = [
        EventReport(event(), "a1", "Kabul Daily", DAY + dt.timedelta(days=1), claims=claims),
        EventReport(event(actor2=None, inter2=None), "a2", "Wire Service", DAY + dt.timedelta(days=2)),
        EventReport(event(actor2=None, inter2=None), "a3", "Reprint Post", DAY + dt.timedelta(days=2), "a2"),
        EventReport(
            event(event_type="Violence against civilians", sub_event_type="Attack", actor2="Civilians (Afghanistan)",
                  inter2=7, admin2="Bazarak", location="Bazarak", latitude=35.3129, longitude=69.5152, fatalities=2,
                  fatalities_low=2, fatalities_best=2, fatalities_high=2),
            "a4", "Kabul Daily", DAY + dt.timedelta(days=1)),
        EventReport(
            event(event_type="Protests", sub_event_type="Peaceful protest", actor1="Protesters (Afghanistan)", inter1=6,
                  actor2=None, inter2=None, admin1="Kabul", admin2="Kabul", location="Kabul", latitude=34.5253,
                  longitude=69.1783, geo_precision=1, fatalities=0, fatalities_low=None, fatalities_best=None,
                  fatalities_high=None),
            "a5", "Kabul Daily", DAY),
        EventReport(
            event(admin1="Baghlan", admin2=None, location=None, latitude=None, longitude=None, geo_precision=3),
            "a6", None, None),
    ]  # fmt: skip
    return reconcile(reports)


def by_type(clusters: list[Cluster], sub_event_type: str, located: bool = True) -> Cluster:
    return next(c for c in clusters if c.sub_event_type == sub_event_type and (c.latitude is not None) == located)


# --------------------------------------------------------------------------- ACLED CSV


def test_acled_columns_in_acled_order(clusters):
    out = io.StringIO()
    assert write("acled-csv", clusters, out) == len(clusters)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(header) == ACLED_COLUMNS
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    assert ACLED_COLUMNS.index("actor2") == ACLED_COLUMNS.index("inter1") + 1


@pytest.mark.skipif(SHARED_EVAL is None, reason="../shared/eval (evaluation data) is not present")
def test_acled_layout_matches_the_real_exports_header():
    """Only the header line of the team's files is read: their columns appear in ours in their order."""
    for name, missing in (("bangladesh-2022-2024.csv", {"actor2", "assoc_actor_2", "inter2"}),
                          ("global-merged-1997-2026.csv", {"disorder_type", "civilian_targeting", "iso", "tags",
                                                           "timestamp"})):  # fmt: skip
        path = SHARED_EVAL / "acled" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8-sig", newline="") as fh:
            theirs = [c for c in next(csv.reader(fh)) if c != "source_file"]
        assert [c for c in ACLED_COLUMNS if c in theirs] == theirs
        assert set(ACLED_COLUMNS) - set(theirs) == missing


def test_acled_export_reads_back_with_fogwatchs_acled_reader(clusters, tmp_path):
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write("acled-csv", clusters, fh)
    source = open_acled(path)
    assert source.schema == "ACLED 2020 export"
    assert source.notes == ()  # nothing in the export is unscorable
    rows = {r.id: r for r in source.rows()}
    assert len(rows) == len(clusters)
    battle = by_type(clusters, "Armed clash")
    row = rows[acled_row(battle)["event_id_cnty"]]
    assert row.gold["event_type"] == "Battles" and row.gold["sub_event_type"] == "Armed clash"
    assert row.gold["event_date"] == DAY and row.gold["time_precision"] == 1
    assert (row.gold["actor1"], row.gold["actor2"]) == (TALIBAN, NRF)
    assert (row.gold["admin1"], row.gold["admin2"], row.gold["location"]) == ("Panjshir", "Shutul", "Shutul")
    assert row.gold["latitude"] == pytest.approx(35.2811) and row.gold["longitude"] == pytest.approx(69.4983)
    assert row.gold["fatalities"] == 4 and row.gold["geo_precision"] == 2
    assert row.text.startswith("Invented note")


def test_acled_eval_command_scores_the_export_as_gold(clusters, tmp_path, monkeypatch):
    """``fogwatch eval --format acled`` on the export, with an extractor that answers each row with
    the cluster it came from: every field read back must score as correct."""
    import sys
    import types

    from click.testing import CliRunner

    from fogwatch.records import ArticleInfo, ArticleResult

    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        write("acled-csv", clusters, fh)
    answers = {acled_row(c)["event_id_cnty"]: c for c in clusters}

    def as_event(c: Cluster) -> Event:
        names = [f.name for f in dataclasses.fields(Event) if hasattr(c, f.name) and f.name != "id"]
        return Event(id="e1", **{n: getattr(c, n) for n in names})

    class Pipeline:
        @classmethod
        def load(cls):
            return cls()

        def extract_many(self, articles):
            for a in articles:
                found = answers.get(a.id)
                yield ArticleResult(ArticleInfo(a.id, None, a.published, None, None),
                                    events=(as_event(found),) if found else ())  # fmt: skip

    module = types.ModuleType("fogwatch.pipeline")
    module.Pipeline = Pipeline  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fogwatch.pipeline", module)
    from fogwatch.evaluate.cli import eval_command

    result = CliRunner().invoke(eval_command, ["--format", "acled", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["rows"] == len(clusters)
    for name in ("event_type", "sub_event_type", "country", "admin1", "event_date", "fatalities", "actor1"):
        assert report["fields"][name]["accuracy"] == 1.0, name


def test_acled_codes():
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"


def test_acled_row_values(clusters):
    battle = by_type(clusters, "Armed clash")
    row = acled_row(battle)
    assert row["event_id_cnty"].startswith("AFG") and row["event_id_cnty"][3:].isdigit()
    assert (row["iso"], row["region"]) == ("4", "Caucasus and Central Asia")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("2", "3", "23")
    assert row["source"] == "Kabul Daily; Wire Service; Reprint Post"
    assert row["civilian_targeting"] == ""
    assert row["timestamp"] == str(int(dt.datetime(2021, 9, 4, tzinfo=dt.UTC).timestamp()))
    attack = acled_row(by_type(clusters, "Attack"))
    assert attack["civilian_targeting"] == "Civilian targeting"
    unlocated = acled_row(by_type(clusters, "Armed clash", located=False))
    assert (unlocated["latitude"], unlocated["source"], unlocated["timestamp"]) == ("", "", "")


def test_country_codes_and_regions():
    assert country_info("Democratic Republic of Congo").iso3 == "COD"
    assert country_info("KEN").acled_region == "Eastern Africa"
    assert country_info("Mexico").acled_region == "North America"
    assert country_info("Georgia").ucdp_region == "Europe"
    assert country_info("Atlantis") is None and country_info(None) is None


# --------------------------------------------------------------------------- UCDP GED CSV


def test_ucdp_columns(clusters):
    out = io.StringIO()
    n = write_ucdp_csv(clusters, out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == UCDP_COLUMNS
    assert n == len(rows) == sum(1 for c in clusters if c.event_type != "Protests")  # UCDP: organised violence


@pytest.mark.skipif(SHARED_EVAL is None, reason="../shared/eval (evaluation data) is not present")
def test_ucdp_layout_matches_the_ged_header():
    path = SHARED_EVAL / "ucdp-ged" / "ged-23.1-sample.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert tuple(next(csv.reader(fh))) == UCDP_COLUMNS


def test_ucdp_row_values(clusters):
    row = ucdp_row(by_type(clusters, "Armed clash"))
    assert (row["type_of_violence"], row["side_a"], row["side_b"]) == ("2", TALIBAN, NRF)
    assert row["dyad_name"] == f"{TALIBAN} - {NRF}"
    assert row["number_of_sources"] == "2"  # the reprint is a copy of the wire story
    assert row["source_original"] == "Fahim Example; Zabihullah Example"
    assert row["source_office"] == "Kabul Daily;Wire Service;Reprint Post"
    assert row["source_article"].startswith('"Kabul Daily,2021-09-03,a1";')
    assert (row["where_prec"], row["date_prec"]) == ("2", "1")
    assert (row["date_start"], row["date_end"]) == ("2021-09-02", "2021-09-02")
    assert row["geom_wkt"] == "POINT (69.4983 35.2811)"
    # NRF admits 2 dead (side b); the Taliban's 40 is partisan: in high, not in best
    assert (row["deaths_a"], row["deaths_b"], row["deaths_unknown"]) == ("0", "2", "4")
    assert (row["low"], row["best"], row["high"]) == ("4", "6", "40")
    assert row["region"] == "Asia"
    attack = ucdp_row(by_type(clusters, "Attack"))
    assert (attack["type_of_violence"], attack["side_b"]) == ("3", "Civilians (Afghanistan)")
    coarse = ucdp_row(by_type(clusters, "Armed clash", located=False))
    assert (coarse["where_prec"], coarse["priogrid_gid"], coarse["adm_1"]) == ("4", "", "Baghlan")


def test_ucdp_best_never_below_deaths_by_side_and_low_best_high_ordered(clusters):
    c = dataclasses.replace(by_type(clusters, "Armed clash"), deaths_a=5, deaths_b=3, fatalities_best=2,
                            fatalities_low=None, fatalities_high=None)  # fmt: skip
    row = ucdp_row(c)
    assert (row["best"], row["deaths_unknown"], row["low"], row["high"]) == ("8", "0", "8", "8")


def test_priogrid_cells():
    assert priogrid_gid(-89.9, -179.9) == 1
    assert priogrid_gid(0.25, 0.25) == 180 * 720 + 360 + 1
    assert priogrid_gid(89.99, 179.99) == 360 * 720
    assert priogrid_gid(None, 10.0) is None


def test_type_of_violence(clusters):
    battle = by_type(clusters, "Armed clash")
    assert type_of_violence(dataclasses.replace(battle, inter2=1)) == 1
    assert type_of_violence(dataclasses.replace(battle, inter2=None)) is None


def test_ucdp_lethal_only(clusters):
    out = io.StringIO()
    no_deaths = [
        dataclasses.replace(c, fatalities=0, fatalities_best=None, fatalities_low=None, deaths_a=None, deaths_b=None)
        for c in clusters
    ]
    n = write_ucdp_csv(no_deaths, out, lethal_only=True)
    assert n == 0


# --------------------------------------------------------------------------- GeoJSON (RFC 7946)

_BBOX = {"type": "array", "minItems": 4, "items": {"type": "number"}}
_POSITION = {
    "type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"},
    "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180},  # longitude first (RFC 7946 3.1.1)
        {"type": "number", "minimum": -90, "maximum": 90},
    ],
}  # fmt: skip
_POINT = {
    "type": "object", "required": ["type", "coordinates"],
    "properties": {"type": {"const": "Point"}, "coordinates": _POSITION, "bbox": _BBOX},
}  # fmt: skip
_FEATURE = {
    "type": "object", "required": ["type", "geometry", "properties"],
    "properties": {
        "type": {"const": "Feature"}, "id": {"type": ["string", "number"]},
        "geometry": {"oneOf": [{"type": "null"}, _POINT]}, "properties": {"type": ["object", "null"]}, "bbox": _BBOX,
    },
    # RFC 7946 7.1: a Feature has no "coordinates", "geometries" or "features" member
    "not": {"anyOf": [{"required": ["coordinates"]}, {"required": ["geometries"]}, {"required": ["features"]}]},
}  # fmt: skip
# No foreign members at the top level (RFC 7946 allows them, but validators and some readers reject them).
GEOJSON_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object", "required": ["type", "features"], "additionalProperties": False,
    "properties": {
        "type": {"const": "FeatureCollection"}, "features": {"type": "array", "items": _FEATURE}, "bbox": _BBOX,
    },
}  # fmt: skip


def validate_geojson(data: object) -> list[str]:
    validator = Draft202012Validator(GEOJSON_SCHEMA)
    return [e.message for e in validator.iter_errors(data)]


def test_geojson_is_valid_rfc7946(clusters):
    out = io.StringIO()
    n = write_geojson(clusters, out)
    data = json.loads(out.getvalue())
    assert validate_geojson(data) == []
    assert set(data) == {"type", "features"}
    assert n == len(data["features"]) == sum(1 for c in clusters if c.latitude is not None)
    battle = by_type(clusters, "Armed clash")
    feature = next(f for f in data["features"] if f["id"] == battle.id)
    assert feature["geometry"]["coordinates"] == [69.4983, 35.2811]  # [longitude, latitude]
    assert feature["properties"]["n_sources"] == 2 and feature["properties"]["outlets"][0] == "Kabul Daily"


def test_geojson_schema_rejects_what_rfc7946_forbids(clusters):
    data = feature_collection(clusters)
    swapped = json.loads(json.dumps(data))
    swapped["features"][0]["geometry"]["coordinates"] = [35.0, 120.0]  # latitude out of range
    assert validate_geojson(swapped)
    foreign = dict(data, crs={"type": "name"})
    assert validate_geojson(foreign)


def test_geojson_unlocated_and_out_of_range(clusters):
    with_null = feature_collection(clusters, include_unlocated=True)
    assert validate_geojson(with_null) == []
    assert len(with_null["features"]) == len(clusters)
    broken = [dataclasses.replace(clusters[0], latitude=95.0), dataclasses.replace(clusters[0], longitude=float("nan"))]
    assert feature_collection(broken)["features"] == []


# --------------------------------------------------------------------------- JSON Lines


def test_jsonl_round_trip(clusters):
    out = io.StringIO()
    assert write_jsonl(clusters, out) == len(clusters)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(clusters)
    assert list(read_jsonl(lines + [""])) == clusters


def test_jsonl_bad_line():
    with pytest.raises(InputError, match="line 1"):
        list(read_jsonl(["{not json"]))
    with pytest.raises(InputError, match="JSON object"):
        list(read_jsonl(["[1, 2]"]))


def test_unknown_format():
    assert set(WRITERS) == {"acled-csv", "ucdp-csv", "geojson", "jsonl"}
    with pytest.raises(InputError, match="unknown export format"):
        write("shapefile", [], io.StringIO())
