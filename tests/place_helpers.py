"""Helpers shared by the tests of the hand-written place tables (one country each)."""

from __future__ import annotations

from fogwatch.gazetteer import Gazetteer, Place
from fogwatch.places import PlaceMention, country_hints, event_place, find_places, main_country


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


def locate_with_evidence(nlp, gaz: Gazetteer, text: str, country: str) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """The place of the event in the first sentence of ``text`` and its evidence, in the country the text's
    places point to, else ``country``."""
    a = nlp.analyse(text)
    mentions = find_places(a, gaz, country_hint=country)
    return event_place(a, mentions, 0, country=main_country(mentions, country_hints(a, gaz)) or country)
