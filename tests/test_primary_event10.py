"""``fogwatch.primary_event`` and its use in ``fogwatch.events``: which event is an article's first.

All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.event_types import TypePrediction
from fogwatch.events import _Located, _primary_first
from fogwatch.nlp import Analysis
from fogwatch.primary_event import in_background_frame
from fogwatch.records import Article
from fogwatch.triggers import ASSERTED, Trigger


def trigger_at(analysis: Analysis, word: str, cls: str = "riot") -> Trigger:
    """A trigger on the first token spelled ``word``."""
    t = next(t for t in analysis.tokens if t.text == word)
    return Trigger(t.start, t.end, t.text, t.i, t.sent, cls, False, ASSERTED)


@pytest.mark.parametrize(
    "text, word, act, framed",
    [
        # a campaign the reported incident belongs to
        ("Third day of riots in Kisumu over the price of maize flour.", "riots", None, True),
        ("Continuation of rioting in the estate after the vote count.", "rioting", None, True),
        ("More than 300 victims of the ethnic clashes held a demonstration in Nakuru.", "clashes", None, True),
        # an antecedent of another event word: what happened before the reported event
        ("Following the arrest of a trader, residents gathered at the police station.", "arrest", "gathered", True),
        # ... but not when what follows it is no event: then it is the event
        ("Following the arrest of a trader, residents gathered at the police station.", "arrest", None, False),
        ("Families are fleeing the town following heavy fighting at the border.", "fighting", None, False),
        # the event itself
        ("Riots broke out in Kisumu over the price of maize flour.", "Riots", None, False),
        ("Residents held a demonstration in Nakuru over the land.", "demonstration", None, False),
        # a verb in an "after" clause is no noun phrase of the frame
        ("Police fired tear gas after students rioted in the town.", "rioted", "fired", False),
        # "of" after a noun that is no campaign
        ("A video of the clashes was shared widely in Nakuru.", "clashes", None, False),
    ],
)
def test_background_frame(nlp, text, word, act, framed):
    analysis = nlp.analyse(text)
    acts = frozenset({trigger_at(analysis, act).token}) if act else frozenset()
    assert in_background_frame(analysis, trigger_at(analysis, word), acts) is framed


# ------------------------------------------------------------------------------------- in the pipeline


def events_of(pipeline, text: str):
    article = Article(id="t", text=text, published=dt.date(2015, 6, 3), country="Kenya")
    return next(pipeline.extract_many([article])).events


def test_framed_first_event_is_not_primary(pipeline):
    events = events_of(pipeline, "Kenya: More than 300 victims of the ethnic clashes held a demonstration in Nakuru "
                                 "town on 2 June to demand resettlement.")
    assert events, "the text must make an event"
    assert events[0].event_type == "Protests"


def test_events_of_other_places_stay(pipeline):
    # several events an article reports keep their own records (GUIDE: one per day, place and type)
    events = events_of(pipeline, "On 2 June, protesters marched peacefully in Nairobi against the tax. On 2 June, "
                                 "Al Shabaab militants attacked a police post in Mandera, killing two officers.")
    assert [e.event_type for e in events][:1] == ["Protests"]
    assert len(events) >= 2


# ------------------------------------------------------------------------ the order of assembled events


def located(analysis: Analysis, word: str, cls: str, event_type: str):
    return _Located(trigger=trigger_at(analysis, word, cls), kind=TypePrediction(event_type, "", 1.0),
                    date=dt.date(2015, 6, 2), precision=1, date_evidence=(), date_note=None, place=None,
                    place_evidence=())


def test_text_order_stays_when_the_first_act_is_first(nlp):
    analysis = nlp.analyse("Militants ambushed a bus and killed three people. Police later arrested two suspects.")
    ambush = [located(analysis, "ambushed", "attack", "Violence against civilians")]
    arrest = [located(analysis, "arrested", "arrest", "Strategic developments")]
    assert _primary_first(analysis, [ambush, arrest]) == [ambush, arrest]


def test_framed_first_act_gives_way(nlp):
    analysis = nlp.analyse("Second day of riots in the town. Militia members killed a trader in the market.")
    riots = [located(analysis, "riots", "riot", "Riots")]
    killing = [located(analysis, "killed", "attack", "Violence against civilians")]
    assert _primary_first(analysis, [riots, killing]) == [killing, riots]
