"""The whole pipeline on small hand-written reports: classes of errors that stages only show together."""

from __future__ import annotations


def test_a_foreign_force_does_not_move_the_article_to_its_country(pipeline):
    text = (
        "A Russian missile hit a school building in the Ukrainian city of Kharkiv on Tuesday, killing two "
        "teachers, the mayor said. Russia's defence ministry said its forces had struck a Ukrainian "
        "army depot. Russia has denied targeting civilians."
    )
    event = pipeline.extract(text, published="2024-05-15").events[0]
    assert event.country == "Ukraine"
    assert event.actor1 is not None and "Russia" in event.actor1
    assert event.actor2 == "Civilians (Ukraine)"


def test_no_publication_date_leaves_relative_dates_unresolved(pipeline):
    result = pipeline.extract("Gunmen attacked a village near Jos on Monday, killing three farmers, police said.")
    assert [w.code for w in result.warnings] == ["no_published_date"]
    assert all(e.event_date is None for e in result.events)


def test_one_failing_article_does_not_empty_the_batch(pipeline):
    from fogwatch.records import Article

    articles = [Article(id="a", text="Troops clashed with rebels in Goma on Monday."), Article(id="b", text="")]
    results = list(pipeline.extract_many(articles))
    assert [r.article.id for r in results] == ["a", "b"]
    assert results[0].error is None and results[1].error.code == "empty"
