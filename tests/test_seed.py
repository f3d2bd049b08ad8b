"""The seed report (../shared/seed/panjshir-clashes.txt) through the CLI, when it is present."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from fogwatch.cli import main


@pytest.fixture(scope="module")
def seed(shared_dir):
    path = shared_dir / "seed" / "panjshir-clashes.txt"
    if not path.exists():
        pytest.skip("seed article not present")
    return path


@pytest.fixture(scope="module")
def output(seed, pipeline):
    result = CliRunner().invoke(main, ["extract", str(seed), "--published", "2021-09-03"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_primary_event_is_the_panjshir_battle(output):
    event = output["events"][0]
    assert event["event_type"] == "Battles"
    assert event["sub_event_type"] == "Armed clash"
    # From 15 August 2021 ACLED codes the Taliban as Afghanistan's state forces (the name carries the
    # date range); the catalogue applies that convention by event date.
    taliban = {"Taliban", "Military Forces of Afghanistan (2021-)"}
    assert event["actor2"] == "NRF: National Resistance Front" or event["actor1"] == "NRF: National Resistance Front"
    assert ({event["actor1"], event["actor2"]} - {"NRF: National Resistance Front"}) <= taliban
    assert event["country"] == "Afghanistan"
    assert event["admin1"] == "Panjshir"
    assert event["event_date"] == "2021-09-02"
    assert event["time_precision"] == 1


def test_teaser_line_never_becomes_an_event(output, seed):
    text = seed.read_text(encoding="utf-8")
    start = text.index("Read Also:")
    end = text.index("\n", start)
    for event in output["events"]:
        assert event["country"] != "United Kingdom"
        for ev in event["evidence"]:
            assert not (start <= ev["start"] < end), f"event {event['id']} cites the teaser line"


def test_partisan_figure_is_not_counted_as_best(output):
    event = output["events"][0]
    assert event["fatalities_high"] is not None and event["fatalities_high"] >= 40
    assert event["fatalities_best"] is None or event["fatalities_best"] < 40
    assert event["fatalities"] < 40


def test_evidence_slices_the_text(output, seed):
    text = seed.read_text(encoding="utf-8")
    for event in output["events"]:
        for ev in event["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]
