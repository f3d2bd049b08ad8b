"""A result written to the store and read back is equal to it, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from store_builders import articles_with_results, small_result, unique_hash

from fogwatch.records import ArticleResult, Claim, Event
from fogwatch.store import codec
from fogwatch.store.models import events


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pair=articles_with_results())
def test_any_result_round_trips(store, pair):
    article, result = pair
    digest = unique_hash()  # one database for all examples: each example is its own article
    assert store.add_result(article, result, content_hash=digest) == "new"
    assert store.result(digest) == result
    assert store.article(digest) == article


def test_event_reports_and_queries_return_the_written_records(store):
    article, result = small_result(1)
    store.add_result(article, result)
    (report,) = store.event_reports()
    assert report.event == result.events[0]
    assert report.claims == result.claims  # both claims are linked to e1, in order
    assert [c.claim for c in store.claims()] == list(result.claims)


def test_every_event_field_has_a_column():
    """Adding a field to Event needs a column and a migration, or the store would drop it."""
    names = {f.name for f in dataclasses.fields(Event)} - {"id", "evidence"}
    assert names <= set(events.c.keys())
    assert set(codec.EVENT_COLUMNS) == names


def test_every_claim_and_result_field_is_written():
    assert {f.name for f in dataclasses.fields(Claim)} == codec.CLAIM_FIELDS
    assert {f.name for f in dataclasses.fields(ArticleResult)} == codec.RESULT_FIELDS
