"""Shared test fixtures.

The full pipeline is loaded once per test session (it takes about a second). Tests that read the
team's evaluation data or the seed article look for ``../shared`` next to the repository and skip
cleanly when it is absent (a user's fresh clone does not have it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/*.json from the current output (review the diff before committing)",
    )


@pytest.fixture(scope="session")
def pipeline():
    from fogwatch.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (seed article and evaluation data) is not present")
    return SHARED


@pytest.fixture(scope="session")
def catalogue():
    from fogwatch.catalogue import ActorCatalogue

    return ActorCatalogue.load()


@pytest.fixture(scope="session")
def nlp():
    """spaCy as fogwatch wraps it, without the catalogue's entity patterns."""
    from fogwatch.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def catalogue_nlp(catalogue):
    """spaCy with the catalogue's entity patterns, as the pipeline loads it."""
    from fogwatch.nlp import load_nlp

    return load_nlp(entity_patterns=catalogue.entity_patterns())


@pytest.fixture(scope="session")
def actor_pair(catalogue, catalogue_nlp):
    """``pair(text, trigger_word, event_type, sub_event_type)``: the (actor1, actor2) names the roles
    stage gives the event at the first token spelled ``trigger_word`` (Kenya, 10 March 2015 unless
    given)."""
    from fogwatch.actor_roles import event_actors
    from fogwatch.actors import find_actors

    def pair(text: str, trigger: str, event_type: str = "Violence against civilians", sub: str = "Attack",
             country: str = "Kenya", on: dt.date = dt.date(2015, 3, 10)) -> tuple[str | None, str | None]:
        analysis = catalogue_nlp.analyse(text)
        index = next(t.i for t in analysis.tokens if t.text == trigger)
        mentions = find_actors(analysis, catalogue, country=country, on=on)
        result = event_actors(analysis, mentions, catalogue, trigger=index, event_type=event_type,
                              sub_event_type=sub, country=country, on=on)
        return (result.actor1.name if result.actor1 else None, result.actor2.name if result.actor2 else None)

    return pair
