"""India Police Events scoring: reading the corpus layout (hand-written stand-in files), turning
events into document labels, per-label counts, and the CLI with a fake pipeline.

No document of the corpus is copied here; the texts below are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from fogwatch.errors import InputError
from fogwatch.evaluate.police_events import (
    LabelScore,
    evaluate_police_events,
    load_documents,
    predicted_labels,
    score,
)
from fogwatch.records import Article, ArticleInfo, ArticleResult, Event

POLICE = "Police Forces of India (2014-)"


def event(**fields) -> Event:
    base = dict(
        id="e1", event_date=dt.date(2002, 3, 2), time_precision=1, event_type="Riots",
        sub_event_type="Mob violence", actor1="Rioters (India)", inter1=5, actor2="Civilians (India)",
        inter2=7, country="India", admin1="Gujarat", admin2="Ahmadabad", location="Ahmedabad",
        latitude=23.03, longitude=72.58, geo_precision=1, fatalities=0, fatalities_low=0,
        fatalities_best=0, fatalities_high=0,
    )  # fmt: skip
    base.update(fields)
    return Event(**base)


def write_corpus(directory: Path) -> Path:
    docs = [
        {"doc_id": 1, "doc_text": "police opened fire on a mob in the old city, killing two men.",
         "doc_labels": ["KILL", "FORCE", "ANY_ACTION"]},
        {"doc_id": 2, "doc_text": "the municipal budget was passed on tuesday.", "doc_labels": []},
        {"doc_id": 3, "doc_text": "police arrested eleven people after the clashes.",
         "doc_labels": ["ARREST", "ANY_ACTION", "FAIL"]},
    ]  # fmt: skip
    (directory / "docs.jsonl").write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    (directory / "metadata.csv").write_text(
        ",doc_id,date,url,full_text\n0,1,2002-03-02,http://example.org/1,\"x\"\n"
        "1,2,2002-03-05,http://example.org/2,x\n2,3,2002-03-07,http://example.org/3,x\n",
        encoding="utf-8",
    )
    return directory


def test_load_documents_joins_dates_and_labels(tmp_path):
    docs = load_documents(write_corpus(tmp_path))
    assert [d.id for d in docs] == ["1", "2", "3"]
    assert docs[0].published == dt.date(2002, 3, 2)
    assert docs[2].labels == frozenset({"ARREST", "ANY_ACTION", "FAIL"})
    assert load_documents(tmp_path / "docs.jsonl", limit=2)[-1].id == "2"


def test_load_documents_reports_a_broken_line(tmp_path):
    (tmp_path / "docs.jsonl").write_text('{"doc_id": 1, "doc_text": "x"}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"docs.jsonl:2"):
        load_documents(tmp_path)
    with pytest.raises(InputError, match="not found"):
        load_documents(tmp_path / "elsewhere")


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (dict(actor1=POLICE, event_type="Violence against civilians", sub_event_type="Attack",
              fatalities=2), {"KILL", "FORCE", "ANY_ACTION"}),
        (dict(actor1=POLICE, event_type="Strategic developments", sub_event_type="Arrests"),
         {"ARREST", "ANY_ACTION"}),
        # Rioters attacking the police: the police are involved but used no force.
        (dict(actor2=POLICE, fatalities=1), {"ANY_ACTION"}),
        (dict(actor1="Protesters (India)", actor2=POLICE, event_type="Protests",
              sub_event_type="Protest with intervention"), {"FORCE", "ANY_ACTION"}),
        (dict(actor1="Protesters (India)", actor2=None, event_type="Protests",
              sub_event_type="Peaceful protest"), set()),
    ],
)  # fmt: skip
def test_predicted_labels(fields, expected):
    assert predicted_labels([event(**fields)]) == frozenset(expected)


def test_score_counts_per_label():
    scores = {s.label: s for s in score([
        (frozenset({"KILL", "ANY_ACTION"}), frozenset({"ANY_ACTION"})),
        (frozenset(), frozenset({"KILL", "ANY_ACTION"})),
    ])}  # fmt: skip
    assert scores["KILL"] == LabelScore("KILL", gold=1, predicted=1, correct=0)
    assert scores["ANY_ACTION"].precision == 0.5 and scores["ANY_ACTION"].recall == 1.0
    assert LabelScore("X", 0, 0, 0).f1 == 0.0


def fake_extractor(articles: Iterable[Article]) -> Iterator[ArticleResult]:
    """Police fire in any text that says 'opened fire': enough to exercise the harness."""
    for article in articles:
        events = ()
        if "opened fire" in article.text:
            events = (event(actor1=POLICE, event_type="Violence against civilians",
                            sub_event_type="Attack", fatalities=2),)  # fmt: skip
        assert article.country == "India" and article.published is not None
        info = ArticleInfo(id=article.id, title=None, published=article.published, outlet=None, url=None)
        yield ArticleResult(article=info, events=events, claims=(), contradictions=())


def test_evaluate_and_cli(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path)
    report = evaluate_police_events(corpus, fake_extractor)
    kill = next(s for s in report.scores if s.label == "KILL")
    assert (kill.gold, kill.predicted, kill.correct) == (1, 1, 1)
    assert dict(report.unscored) == {"FAIL": 1}

    from fogwatch.cli import main
    from fogwatch.evaluate import cli as eval_cli

    monkeypatch.setattr(eval_cli, "_extractor", lambda: fake_extractor)
    out = CliRunner().invoke(main, ["eval", "--format", "police-events", str(corpus), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert data["documents"] == 3 and data["labels"]["ARREST"]["gold"] == 1
    text = CliRunner().invoke(main, ["eval", "--format", "police-events", str(corpus)])
    assert "KILL" in text.output and "FAIL" in text.output
