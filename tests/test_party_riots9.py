"""Party workers' violence is a riot (``PARTISAN_RIOT_BONUS``): ACLED codes activists and supporters of a
political party who fight or attack as rioters, with the party as associated actor, unless an armed
wing fights. All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from fogwatch.actors import ActorMention
from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, Participants
from fogwatch.event_types import _CRUDE_BOMBS, EventTypeModel, type_event
from fogwatch.events import Mentions, _partisans
from fogwatch.taxonomy import RIOTS
from fogwatch.triggers import Trigger


@pytest.fixture(scope="module")
def model() -> EventTypeModel:
    return EventTypeModel.load()


def trigger(cls: str) -> Trigger:
    return Trigger(0, 1, "x", 0, 0, cls, False, "asserted")


CROWDS_FIGHT = Participants(sides=frozenset({CROWD}))
CROWD_ON_CIVILIAN = Participants(agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}))
GUNMEN_ON_CIVILIAN = Participants(agents=frozenset({ARMED}), targets=frozenset({CIVILIAN}))

# --------------------------------------------------------------------------- the rule in type_event

NOBODY_READ = Participants()  # the parse found no one ("assaulted and injured" joined wrongly)
PARTY_FIGHTS = [
    ("clash", "two factions of the ruling party's youth wing clashed with sticks over control of a bus stand",
     CROWDS_FIGHT),
    ("injury", "members of the ruling party assaulted and injured members of the opposition party in the village",
     NOBODY_READ),
    ("attack", "supporters of the opposition party attacked the convoy of a ruling party leader and injured him",
     NOBODY_READ),
    ("killing", "activists of the student wing hacked and killed a rival activist at the campus", NOBODY_READ),
]


@pytest.mark.parametrize(("cls", "text", "who"), PARTY_FIGHTS)
def test_party_workers_who_fight_or_beat_riot(model, cls, text, who):
    kind = type_event(trigger(cls), text, model, participants=who, partisans=True)
    assert kind.event_type == RIOTS


def test_the_bonus_is_what_makes_them_riot(model):
    # the model alone reads some of them as an armed clash or an attack
    without = [type_event(trigger(cls), text, model, participants=who) for cls, text, who in PARTY_FIGHTS]
    assert any(kind.event_type != RIOTS for kind in without)


def test_armed_men_alone_are_not_made_rioters_by_a_party_name(model):
    text = "gunmen shot dead a local leader of the opposition party at his home"
    kind = type_event(trigger("killing"), text, model, participants=GUNMEN_ON_CIVILIAN, partisans=True)
    assert kind.event_type != RIOTS


# --------------------------------------------------------------------------- end to end (party in the catalogue)


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2023, members of Awami League assaulted and injured members of BNP in Barura upazila "
        "(Comilla) while they handed out leaflets.",
        "On 3 May 2023, BNP activists attacked a Jubo League leader in Feni town, injuring him.",
    ],
)
def test_party_violence_is_coded_as_rioters(pipeline, text):
    res = pipeline.extract(text, published=dt.date(2023, 5, 4))
    assert res.events
    event = res.events[0]
    assert event.event_type == RIOTS
    assert event.actor1 == "Rioters (Bangladesh)"


def test_police_fighting_party_supporters_is_a_riot_against_the_police(pipeline):
    res = pipeline.extract("On 3 May 2023, police clashed with BNP supporters in Dhaka; 20 were injured.",
                           published=dt.date(2023, 5, 4))
    event = res.events[0]
    assert event.event_type == RIOTS
    assert event.actor1 == "Rioters (Bangladesh)"
    assert event.actor2 is not None and event.actor2.startswith("Police Forces of Bangladesh")


def test_a_short_report_is_partisan_when_its_lede_names_the_party(pipeline):
    # the event is typed from the second sentence's killing; the party is named in the first
    text = ("On 3 May 2023, two factions of Awami League clashed with sticks and machetes in Kalia upazila "
            "(Narail, Khulna) over control of a ferry ghat. One person was killed in the clash.")
    event = pipeline.extract(text, published=dt.date(2023, 5, 4)).events[0]
    assert event.event_type == RIOTS
    assert event.actor1 == "Rioters (Bangladesh)"


@pytest.mark.parametrize("text", ["exploded cocktail bombs", "hurled crude bombs", "threw a petrol bomb",
                                  "two country-made bombs"])
def test_home_made_bombs_are_read(text):
    assert _CRUDE_BOMBS.search(text)


@pytest.mark.parametrize("text", ["a roadside bomb", "a car bomb exploded", "bombed the market"])
def test_other_bombs_are_not_home_made(text):
    assert not _CRUDE_BOMBS.search(text)


def test_party_workers_home_made_bombs_are_part_of_their_riot(model):
    text = "members of the ruling party's student wing exploded cocktail bombs and vandalised the house of a rival"
    kind = type_event(trigger("explosion"), text, model, participants=Participants(), partisans=True)
    assert kind.event_type == RIOTS


def test_a_bomb_at_a_party_office_stays_an_explosion(model):
    text = "a bomb exploded near the office of the ruling party, injuring two"
    kind = type_event(trigger("explosion"), text, model, participants=Participants(), partisans=True)
    assert kind.event_type != RIOTS


# --------------------------------------------------------------------------- which parties count (events._partisans)


def _party(country: str, sentence: int) -> ActorMention:
    return ActorMention(0, 3, "xyz", sentence, "XYZ: Some Party", 3, "named", country, category="party")


def _mentions(*actors: ActorMention) -> Mentions:
    return Mentions(triggers=(), actors=actors, places=(), dates=(), casualties=())


def _analysis(sentences: int) -> SimpleNamespace:
    return SimpleNamespace(sentences=[None] * sentences)


@pytest.mark.parametrize("country", ["Bangladesh", "India", "Pakistan"])
def test_south_asian_parties_make_partisans(country):
    assert _partisans(_analysis(2), _mentions(_party(country, 0)), trigger("clash"))


def test_kenyan_parties_do_not():
    # Kenya's coders name the party or an unidentified armed group for its supporters' violence
    assert not _partisans(_analysis(2), _mentions(_party("Kenya", 0)), trigger("clash"))


def test_a_short_report_counts_a_party_in_another_sentence_a_long_article_does_not():
    mentions = _mentions(_party("Bangladesh", 5))
    assert _partisans(_analysis(6), mentions, trigger("clash"))
    assert not _partisans(_analysis(40), mentions, trigger("clash"))


def test_a_civilian_mention_is_no_party():
    civilians = ActorMention(0, 3, "xyz", 0, "Civilians (Bangladesh)", 7, "generic", "Bangladesh",
                             category="civilians")
    assert not _partisans(_analysis(2), _mentions(civilians), trigger("clash"))
