"""Haiti's "Commune - Quarter/Other name" locations keep the whole written name, and "Carrefour" followed by
another capitalised word is one locality, not the commune Carrefour. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from event_helpers import first_event

from fogwatch.pipeline import Pipeline
from fogwatch.records import Event

ON = dt.date(2024, 6, 1)


def event(pipeline: Pipeline, text: str) -> Event:
    return first_event(pipeline, text, "Haiti", ON)


def test_slashed_part_keeps_both_names(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Tabarre - Clercine II/Carrefour Clercine, Ouest, gang members shot "
               "and killed a motorcycle driver.")
    assert ev.location == "Tabarre - Clercine II/Carrefour Clercine"
    assert ev.admin2 == "Port-au-Prince"


def test_numbered_quarter_with_slashed_name(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Delmas - Delmas 19/Mackandal, Ouest, gang members shot and killed "
               "a street vendor.")
    assert ev.location == "Delmas - Delmas 19/Mackandal"


def test_spaced_slash_is_no_part_of_the_name(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Delmas - Delmas 19 / Tabarre, Ouest, gang members shot and killed "
               "a street vendor.")
    assert "/" not in (ev.location or "")


def test_unslashed_part_unchanged(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Delmas - Delmas 30, Ouest, gang members shot and killed a driver.")
    assert ev.location == "Delmas - Delmas 30"


def test_slashed_name_with_tight_hyphens(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Carrefour - Bizoton/Mont-Carmel-Diquini, Ouest, gang members shot and "
               "killed a bus driver.")
    assert ev.location == "Carrefour - Bizoton/Mont-Carmel-Diquini"
    assert ev.admin1 == "Ouest"


def test_carrefour_locality_is_not_the_commune(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, gang members shot and killed a driver at Carrefour Zaboca, Ouest.")
    assert ev.location == "Carrefour Zaboca"
    assert ev.admin2 == "Croix Des Bouquets"


def test_bare_carrefour_is_the_commune(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 2 May 2024, in Carrefour, Ouest, gang members shot and killed a driver.")
    assert ev.location == "Carrefour"
    assert ev.admin2 == "Port-au-Prince"
