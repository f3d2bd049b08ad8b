"""Sri Lanka's local-government offices named after their town ("X District Secretariat", "X DS", "X Pradeshiya
Sabha") and a town's "X Junction": the event is coded at the town, never at the office word.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event_place

from fogwatch.pipeline import Pipeline
from fogwatch.places import _office, _without_office


def _place(pipeline: Pipeline, text: str) -> tuple[str | None, str | None, str | None]:
    return first_event_place(pipeline, text, "Sri Lanka", dt.date(2021, 3, 4))


@pytest.mark.parametrize(("text", "expected"), [
    # an office word alone after a known town: the town's address is the place
    ("On 3 March 2021, nurses staged a protest in front of the Badulla District Secretariat (Badulla, Uva) "
     "demanding higher pay.", ("Uva", "Badulla", "Badulla")),
    ("On 2 March 2021, in Matale DS (Matale), farmers staged a protest over the price of fertiliser.",
     ("Central", "Matale", "Matale")),
    ("On 5 March 2021, students held a protest at Kandy Junction (Kandy, Central) against higher fees.",
     ("Central", "Kandy", "Kandy")),
    # the town before the office words is a village the gazetteer lacks: it is the location
    ("On 3 March 2021, villagers staged a protest in front of the Kekirawa Pradeshiya Sabha (Anuradhapura, "
     "North Central) over garbage collection.", ("North Central", "Anuradhapura", "Kekirawa")),
])
def test_an_office_is_coded_at_its_town(pipeline: Pipeline, text: str, expected: tuple[str, str, str]) -> None:
    assert _place(pipeline, text) == expected


def test_a_village_with_a_type_word_is_still_read(pipeline: Pipeline) -> None:
    # the office rule leaves names without an office word alone
    text = ("On 3 March 2021, residents of Pahala Kumbuk village (Anuradhapura, North Central) protested "
            "against a quarry.")
    assert _place(pipeline, text)[2] == "Pahala Kumbuk"


@pytest.mark.parametrize(("name", "town"), [
    ("Vavuniya North DS", "Vavuniya"),
    ("Kalmunai Divisional Secretariat", "Kalmunai"),
    ("Point Pedro Pradeshiya Sabha", "Point Pedro"),
    ("Galaha Junction", "Galaha"),
    ("Divisional Secretariat", ""),
    ("DS", ""),
])
def test_office_words_are_stripped_to_the_town(name: str, town: str) -> None:
    assert _office(name.lower())
    assert _without_office(name) == town


@pytest.mark.parametrize("name", ["Pesalai West", "Colombo District", "Sabha Road", "Kandy"])
def test_names_without_an_office_word_are_not_offices(name: str) -> None:
    assert not _office(name.lower())


def test_the_town_is_a_prefix_of_the_written_name() -> None:
    # the span of the town is measured on the article's own text, line breaks and double spaces included
    assert _without_office("Karainagar  Pradeshiya\nSabha") == "Karainagar"
