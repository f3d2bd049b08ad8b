"""``type_event``'s crowd rules: force against demonstrators, a crowd's violence without a demonstration,
and the riot sub-type of a demonstration. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, Participants
from fogwatch.event_types import (
    _FORCE_ON_PEOPLE,
    _NO_VIOLENCE,
    _PARTISANS,
    _RIOT_ACTS,
    EventTypeModel,
    _force_at_demonstration,
    type_event,
)
from fogwatch.triggers import Trigger


@pytest.fixture(scope="module")
def model() -> EventTypeModel:
    return EventTypeModel.load()


def trigger(cls: str) -> Trigger:
    return Trigger(0, 1, "x", 0, 0, cls, False, "asserted")


FORCE_ON_CROWD = Participants(agents=frozenset({ARMED}), targets=frozenset({CROWD}))
CROWD_ON_CIVILIAN = Participants(agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}))

# --------------------------------------------------------------------------- force against demonstrators


@pytest.mark.parametrize(
    "text",
    [
        "riot police opened fire on the marchers",
        "officers shot two protesters",
        "soldiers beat and injured the striking nurses",
        "three demonstrators were shot dead by police",
        "police violently dispersed the sit-in",
    ],
)
def test_force_on_people_is_read(text):
    assert _FORCE_ON_PEOPLE.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "police fired into the air to scatter the crowd",
        "officers fired shots in the air",
        "a march against the police killing of a hawker",
        "two police officers were injured",
        "police used tear gas",
    ],
)
def test_warning_shots_topics_and_injured_officers_are_no_force_on_people(text):
    assert not _FORCE_ON_PEOPLE.search(text)


@pytest.mark.parametrize(
    "text, at_demonstration",
    [
        ("Police shot a student while trying to break up a march in the town.", True),
        ("Riot police opened fire on opposition marchers, wounding four.", True),
        ("Two demonstrators were shot dead by soldiers outside the ministry.", True),
        ("Officers beat several nurses during a sit-in over unpaid wages.", True),
        # the month, not a march
        ("In March police shot a man at the market.", False),
        # the killing is what the protest is about
        ("Residents protested after police shot a hawker at the bus park.", False),
        ("Students marched in memory of a classmate who was killed by police.", False),
        # force, but at no demonstration
        ("Police shot a robbery suspect at a roadblock.", False),
    ],
)
def test_force_at_a_demonstration(text, at_demonstration):
    assert _force_at_demonstration(text) is at_demonstration


def test_police_who_open_fire_on_marchers_use_excessive_force(model):
    context = "Riot police opened fire on opposition marchers in the northern town, wounding four of them."
    assert model.predict(context).event_type != "Protests"  # the model alone reads an attack
    prediction = type_event(trigger("attack"), context, model, participants=FORCE_ON_CROWD)
    assert prediction.sub_event_type == "Excessive force against protesters"


def test_force_at_a_violent_demonstration_is_no_excessive_force(model):
    context = (
        "Riot police opened fire on opposition marchers who had pelted them with stones and set a bus "
        "ablaze, wounding four of them."
    )
    prediction = type_event(trigger("attack"), context, model, participants=FORCE_ON_CROWD)
    assert prediction.sub_event_type == "Violent demonstration"


def test_police_violence_does_not_make_the_demonstration_violent():
    assert not _RIOT_ACTS.search("police violently dispersed protesters")
    assert not _RIOT_ACTS.search("soldiers violently broke demonstrations up")
    assert _RIOT_ACTS.search("the students violently protested")


def test_tear_gas_without_violence_stays_a_protest(model):
    context = (
        "Anti-riot police fired teargas to disperse youths demonstrating against the governor in the town. "
        "No violence was reported."
    )
    assert model.predict(context).event_type == "Riots"  # the model alone reads tear gas as a riot
    prediction = type_event(trigger("protest"), context, model, participants=Participants(agents=frozenset({CROWD})))
    assert prediction.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text, says_no_violence",
    [
        ("No violence was reported.", True),
        ("The march ended without any violence.", True),
        ("There were no reports of violence.", True),
        ("Women marched against violence in the home.", False),
        ("Violence was reported in two estates.", False),
    ],
)
def test_no_violence_is_read(text, says_no_violence):
    assert bool(_NO_VIOLENCE.search(text)) is says_no_violence


# --------------------------------------------------------------------------- a crowd's violence


def test_villagers_who_kill_someone_are_a_mob(model):
    context = "Villagers killed two men in the market on Sunday."
    assert model.predict(context).sub_event_type != "Mob violence"  # the model alone reads an attack
    prediction = type_event(trigger("killing"), context, model, participants=CROWD_ON_CIVILIAN)
    assert prediction.sub_event_type == "Mob violence"
    # an armed actor among those who act is no mob
    armed_too = Participants(agents=frozenset({CROWD, ARMED}), targets=frozenset({CIVILIAN}))
    assert type_event(trigger("killing"), context, model, participants=armed_too).sub_event_type != "Mob violence"


def test_partisans_get_no_mob_bonus():
    assert _PARTISANS.search("supporters of the senator attacked a rival aspirant")
    assert not _PARTISANS.search("members of the public beat a suspected thief")
    assert _PARTISANS.search("party members assaulted an official")


def test_a_riot_at_a_demonstration_is_a_violent_demonstration(model):
    context = "Youths protesting the closure of a market smashed shop windows and attacked a passer-by."
    prediction = type_event(trigger("attack"), context, model, participants=CROWD_ON_CIVILIAN)
    assert prediction.sub_event_type == "Violent demonstration"
