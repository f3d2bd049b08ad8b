"""Date mentions resolved against the publication date, and the choice of an event's date.

Every text here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.dates import DateMention, event_date, find_dates

# A Friday.
PUB = dt.date(2021, 9, 3)


def mentions(nlp, text: str, published: dt.date | None = PUB) -> tuple[DateMention, ...]:
    return find_dates(nlp.analyse(text), published)


def only(nlp, text: str, published: dt.date | None = PUB) -> DateMention:
    found = mentions(nlp, text, published)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


# --------------------------------------------------------------------------- relative days


@pytest.mark.parametrize(
    ("text", "span", "day"),
    [
        ("Rebels attacked the post on Thursday night.", "Thursday night", dt.date(2021, 9, 2)),
        ("Late on Thursday, gunmen fired on the convoy.", "Late on Thursday", dt.date(2021, 9, 2)),
        ("The army said on Monday that it had retaken the town.", "Monday", dt.date(2021, 8, 30)),
        ("Police said the market was shelled yesterday.", "yesterday", dt.date(2021, 9, 2)),
        ("Two men were arrested this morning in the capital.", "this morning", PUB),
        ("Residents fled the fighting today.", "today", PUB),
    ],
)
def test_relative_days_count_back_from_publication(nlp, text, span, day):
    m = only(nlp, text)
    assert m.text == span
    assert m.value == day
    assert m.precision == 1


def test_weekday_equal_to_publication_weekday_is_the_publication_day(nlp):
    m = only(nlp, "Troops shelled the ridge on Friday.")
    assert m.value == PUB
    assert "publication day itself" in (m.note or "")


def test_last_weekday_equal_to_publication_weekday_is_a_week_back(nlp):
    m = only(nlp, "Troops shelled the ridge last Friday.")
    assert m.value == dt.date(2021, 8, 27)


def test_overnight_is_the_night_before_publication(nlp):
    m = only(nlp, "Clashes continued overnight in the valley.")
    assert (m.value, m.earliest, m.latest, m.precision) == (dt.date(2021, 9, 2), dt.date(2021, 9, 2), PUB, 1)


def test_last_night(nlp):
    m = only(nlp, "A bomb exploded outside the station last night.")
    assert m.value == dt.date(2021, 9, 2)


# --------------------------------------------------------------------------- intervals


def test_earlier_this_week_is_the_publication_week_before_publication(nlp):
    m = only(nlp, "The two sides met earlier this week near the border.")
    assert (m.earliest, m.latest, m.precision) == (dt.date(2021, 8, 30), dt.date(2021, 9, 2), 2)


def test_last_week_is_the_previous_calendar_week(nlp):
    m = only(nlp, "Militants raided the village last week.")
    assert (m.earliest, m.latest, m.precision) == (dt.date(2021, 8, 23), dt.date(2021, 8, 29), 2)
    assert m.value == dt.date(2021, 8, 25)  # coded on the week's Wednesday


def test_the_past_two_weeks_is_a_background_span(nlp):
    m = only(nlp, "For the past two weeks, the two forces have fought sporadically.")
    assert (m.earliest, m.latest, m.precision) == (dt.date(2021, 8, 20), PUB, 3)
    assert m.background


def test_month_alone_takes_its_middle(nlp):
    m = only(nlp, "The militia first appeared in March, officials said.")
    assert (m.value, m.earliest, m.latest, m.precision) == (
        dt.date(2021, 3, 15), dt.date(2021, 3, 1), dt.date(2021, 3, 31), 3,
    )


def test_mid_month(nlp):
    m = only(nlp, "Fighting resumed in mid-June after a short truce.")
    assert m.value == dt.date(2021, 6, 15)
    assert m.precision == 3


# --------------------------------------------------------------------------- written dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The city fell on Aug. 15, 2021, after a week of fighting.", dt.date(2021, 8, 15)),
        ("On December 31 2019, protesters gathered outside the court.", dt.date(2019, 12, 31)),
        ("The ambush took place on 31/12/2019 near the bridge.", dt.date(2019, 12, 31)),
        ("On 2 September, police dispersed the march.", dt.date(2021, 9, 2)),
    ],
)
def test_written_dates(nlp, text, day):
    found = [m for m in mentions(nlp, text) if m.value is not None]
    assert [m.value for m in found] == [day]
    assert found[0].precision == 1


def test_year_less_date_is_the_occurrence_nearest_publication(nlp):
    m = only(nlp, "On 20 December, gunmen attacked a bus.", published=dt.date(2022, 1, 5))
    assert m.value == dt.date(2021, 12, 20)


def test_approximate_date_has_week_precision(nlp):
    found = mentions(nlp, "Around Oct 30th 2019 (exact date not reported), residents blocked the road.")
    dated = [m for m in found if m.value is not None]
    assert dated[0].value == dt.date(2019, 10, 30)
    assert dated[0].precision == 2


def test_two_day_span_takes_its_first_day_and_either_or_takes_the_later(nlp):
    span = only(nlp, "On 15-16 January, raiders stole cattle.", published=dt.date(2021, 1, 20))
    assert span.value == dt.date(2021, 1, 15) and span.latest == dt.date(2021, 1, 16)
    either = only(nlp, "On 11 or 12 June, a clash was reported.", published=dt.date(2021, 6, 20))
    assert either.value == dt.date(2021, 6, 12) and either.precision == 2


def test_ambiguous_numeric_date_takes_the_reading_nearest_before_publication(nlp):
    m = only(nlp, "The convoy was hit on 05/08/2021.", published=dt.date(2021, 8, 6))
    assert m.value == dt.date(2021, 8, 5)  # month/day; 5 August, not 8 May
    assert "ambiguous" in (m.note or "")


def test_ages_and_money_are_not_dates(nlp):
    found = mentions(nlp, "A 12-year-old boy was among those who received $41 million in aid.")
    assert all(m.value is None for m in found)


# --------------------------------------------------------------------------- no publication date


def test_without_publication_date_relative_dates_stay_unresolved(nlp):
    m = only(nlp, "Rebels attacked the post on Thursday night.", published=None)
    assert m.value is None and m.earliest is None
    assert "publication date" in (m.note or "")


def test_without_publication_date_full_dates_still_resolve(nlp):
    m = only(nlp, "On December 31 2019, protesters gathered.", published=None)
    assert m.value == dt.date(2019, 12, 31)


def test_without_publication_date_year_less_dates_are_not_taken_from_the_clock(nlp):
    m = only(nlp, "On 5 July, troops deployed to the coast.", published=None)
    assert m.value is None
    assert "no year" in (m.note or "")


def test_skip_spans_are_ignored(nlp):
    text = "Troops advanced on Monday.\nRead Also: Talks planned for Tuesday"
    skip = [(text.index("Read Also"), len(text))]
    found = find_dates(nlp.analyse(text), PUB, skip=skip)
    assert [m.text for m in found] == ["Monday"]


# --------------------------------------------------------------------------- event_date


STORY = (
    "Heavy fighting broke out in the northern valley on Thursday night, a local commander said.\n"
    "The valley has long resisted the group's rule.\n"
    "Many of the fighters arrived after the group took control of the capital on Aug. 15, 2021.\n"
    "Both sides reported losses."
)


def test_event_date_prefers_a_date_in_the_trigger_sentence(nlp):
    ms = mentions(nlp, STORY)
    choice = event_date(ms, 0, PUB)
    assert choice.value == dt.date(2021, 9, 2)
    assert choice.precision == 1
    assert [m.text for m in choice.evidence] == ["Thursday night"]


def test_event_date_takes_the_nearest_earlier_date_when_the_sentence_has_none(nlp):
    ms = mentions(nlp, STORY)
    choice = event_date(ms, 3, PUB)
    assert choice.value == dt.date(2021, 9, 2)
    assert "earlier" in (choice.note or "")


def test_background_date_is_not_the_event_date(nlp):
    ms = mentions(nlp, STORY)
    aug15 = next(m for m in ms if m.text.startswith("Aug"))
    assert aug15.background
    choice = event_date(ms, 2, PUB)
    assert choice.value == dt.date(2021, 9, 2)


def test_far_date_in_sentence_gives_way_to_a_nearer_governing_date(nlp):
    text = "Rebels shelled the town on Thursday.\nThe town was first shelled on 3 March 2021 by the same unit."
    ms = mentions(nlp, text)
    assert event_date(ms, 1, PUB).value == dt.date(2021, 9, 2)


def test_undated_event_falls_back_to_the_publication_date_honestly(nlp):
    ms = mentions(nlp, "Gunmen attacked a police post in the north.")
    choice = event_date(ms, 0, PUB)
    assert (choice.value, choice.precision, choice.evidence) == (PUB, 2, ())
    assert "ACLED" in (choice.note or "")
    lagged = event_date(ms, 0, PUB, undated_lag_days=1)
    assert lagged.value == dt.date(2021, 9, 2)


def test_undated_event_without_publication_date_has_no_date(nlp):
    choice = event_date(mentions(nlp, "Gunmen attacked a police post.", None), 0, None)
    assert choice.value is None and choice.precision is None
    assert choice.note


def test_announced_future_date_is_not_the_event_date(nlp):
    ms = mentions(nlp, "Protesters marched against the election set for 8 September.")
    choice = event_date(ms, 0, PUB)
    assert choice.value == PUB and not choice.evidence
