"""``fogwatch export``: from extraction results (``--input``) or from the store (``--db``), each format,
filters, and clear errors. All articles and results are invented."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner

from fogwatch.cli_export import export, export_clusters, reports_from_results
from fogwatch.export import write
from fogwatch.export.filters import ClusterFilter
from fogwatch.records import Article, ArticleInfo, ArticleResult, Claim, Event, Quantity, Speaker, TextSpan, to_dict

DAY = dt.date(2022, 3, 14)


def event(event_id: str = "e1", **fields) -> Event:
    base = dict(
        id=event_id, event_date=DAY, time_precision=1, event_type="Battles", sub_event_type="Armed clash",
        actor1="Green Front", inter1=2, actor2="Military Forces of Freedonia (2020-)", inter2=1, country="Kenya",
        admin1="Mombasa", admin2="Likoni", location="Likoni", latitude=-4.08, longitude=39.66, geo_precision=1,
        fatalities=3, fatalities_low=3, fatalities_best=3, fatalities_high=3,
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


def claim(cid: str, party: str, text: str, value: int | None) -> Claim:
    quantity = Quantity(value, None, None, None, "people killed", "Green Front") if value is not None else None
    return Claim(cid, TextSpan(text, 0, len(text)), None, Speaker("a spokesman", 0, 11, None, None, party, "person"),
                 "indirect", party, None, (), "none_stated", "casualties", quantity, "e1")  # fmt: skip


ARMY = "Military Forces of Freedonia (2020-)"


def results() -> list[ArticleResult]:
    return [
        ArticleResult(ArticleInfo("a1", "T1", DAY, "Coast Times", None), events=(event(),),
                      claims=(claim("c1", ARMY, "30 Green Front fighters were killed", 30),)),
        ArticleResult(ArticleInfo("a2", "T2", DAY + dt.timedelta(days=1), "Nation Wire", None), events=(event(),),
                      claims=(claim("c1", "Green Front", "Green Front said it suffered no casualties", None),)),
        ArticleResult(ArticleInfo("a3", "T3", DAY, "Coast Times", None),
                      events=(event(admin1="Nairobi", admin2="Westlands", location="Westlands", latitude=-1.26,
                                    longitude=36.8),)),
        ArticleResult(ArticleInfo("a4", "T4", DAY, "Coast Times", None)),  # no event
    ]  # fmt: skip


@pytest.fixture
def results_file(tmp_path):
    path = tmp_path / "results.jsonl"
    path.write_text("".join(json.dumps(to_dict(r)) + "\n" for r in results()) + "\n", encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(export, list(args))


@pytest.mark.parametrize("fmt", ["acled-csv", "ucdp-csv", "geojson", "jsonl"])
def test_every_format_from_extraction_results(results_file, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    result = run("--format", fmt, "--input", str(results_file), "--output", str(out))
    assert result.exit_code == 0, result.output
    assert "2 records from 3 event reports" in result.output
    text = out.read_text(encoding="utf-8")
    if fmt.endswith("csv"):
        assert len(list(csv.DictReader(io.StringIO(text)))) == 2
    elif fmt == "geojson":
        assert len(json.loads(text)["features"]) == 2
    else:
        assert len(text.splitlines()) == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]  # no temporary file left


def test_filters_and_stdout(results_file):
    result = run("--format", "jsonl", "--input", str(results_file), "--admin1", "mombasa", "--contested",
                 "--min-sources", "2")  # fmt: skip
    assert result.exit_code == 0, result.output
    [line] = [x for x in result.stdout.splitlines() if x.startswith("{")]
    cluster = json.loads(line)
    assert cluster["members"] == ["a1:e1", "a2:e1"] and cluster["n_sources"] == 2 and cluster["contested"]
    none = run("--format", "jsonl", "--input", str(results_file), "--date-from", "2022-03-15")
    assert none.exit_code == 0 and "0 records" in none.output


def test_bad_input_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"article": {"id": "x"}}\nnot json\n', encoding="utf-8")
    result = run("--format", "jsonl", "--input", str(bad))
    assert result.exit_code == 1
    assert "line 2: not an extraction result" in result.output


def test_export_clusters_function_filters():
    reports = list(reports_from_results(json.dumps(to_dict(r)) for r in results()))
    out = io.StringIO()
    assert export_clusters(reports, "geojson", out, ClusterFilter(actor="green", event_type="armed clash")) == 2
    assert export_clusters(reports, "geojson", io.StringIO(), ClusterFilter(country="Somalia")) == 0


def _store_with(db, given):
    from fogwatch.store import Store

    with Store.open(str(db)) as store:
        for r in given:
            text = f"Invented article {r.article.id} about a clash."
            article = Article(r.article.id, text, r.article.title, r.article.published, r.article.outlet)
            store.add_result(article, r)


def test_export_from_the_store(tmp_path):
    db = tmp_path / "fogwatch.db"
    _store_with(db, results())
    result = run("--format", "jsonl", "--db", str(db))
    assert result.exit_code == 0, result.output
    clusters = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert sorted(c["n_sources"] for c in clusters) == [1, 2]
    assert {s["article_id"] for c in clusters for s in c["sources"]} == {"a1", "a2", "a3"}
    assert "from 3 event reports" in result.stderr


def test_store_export_reads_kept_clusters_equal_to_a_full_reconcile(tmp_path):
    """Export reads the stored clusters (completing unclustered events first); the result must be
    what reconciling every stored report from scratch gives."""
    from fogwatch.reconcile import as_report, reconcile
    from fogwatch.store import Store

    db = tmp_path / "fogwatch.db"
    _store_with(db, results()[:2])
    assert run("--format", "jsonl", "--db", str(db)).exit_code == 0  # clusters now stored
    _store_with(db, results()[2:])  # stored without clusters, as a library caller would
    exported = run("--format", "jsonl", "--db", str(db)).stdout
    with Store.open(str(db)) as store:
        full = reconcile(as_report(r) for r in store.event_reports())
    expected = io.StringIO()
    write("jsonl", full, expected)
    assert exported == expected.getvalue()
