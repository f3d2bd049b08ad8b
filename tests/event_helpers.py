"""Shared helpers of the per-country pipeline tests: a text's first event, its actors, and the names of
the text's actor mentions, for a report on one country at one date."""

from __future__ import annotations

import datetime as dt

from fogwatch.actors import find_actors
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article, Event


def first_event(pipeline: Pipeline, text: str, country: str, on: dt.date) -> Event:
    """The first event extracted from ``text`` (which must make one)."""
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country=country)]))
    assert result.events, "the test text must make an event"
    return result.events[0]


def first_event_actors(pipeline: Pipeline, text: str, country: str, on: dt.date) -> tuple[str | None, str | None]:
    """actor1 and actor2 of the first event extracted from ``text``."""
    ev = first_event(pipeline, text, country, on)
    return ev.actor1, ev.actor2


def mention_names(pipeline: Pipeline, text: str, country: str, on: dt.date) -> list[str]:
    """The catalogue names of the actor mentions in ``text``, in text order."""
    analysis = pipeline.nlp.analyse(text)
    return [m.name for m in find_actors(analysis, pipeline.catalogue, country=country, on=on)]


def first_event_place(pipeline: Pipeline, text: str, country: str,
                      on: dt.date) -> tuple[str | None, str | None, str | None]:
    """admin1, admin2 and location of the first event extracted from ``text``."""
    ev = first_event(pipeline, text, country, on)
    return ev.admin1, ev.admin2, ev.location
