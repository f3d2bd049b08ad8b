"""Helpers shared by the tests of the hand-written place tables (one country each)."""

from __future__ import annotations

from fogwatch.gazetteer import Gazetteer, Place
from fogwatch.places import event_place, find_places


def town_in(gaz: Gazetteer, name: str, *, country: str) -> Place:
    """The first town of that name the gazetteer knows in ``country`` (an ISO code or a name)."""
    towns = [p for p in gaz.lookup(name, country=country) if p.kind == "city"]
    assert towns, name
    return towns[0]


def locate_in(nlp, gaz: Gazetteer, text: str, country: str) -> Place | None:
    """The place of the event in the first sentence of ``text``, read as a report from ``country``."""
    a = nlp.analyse(text)
    place, _ = event_place(a, find_places(a, gaz, country_hint=country), 0, country=country)
    return place
