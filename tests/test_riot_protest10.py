"""Riots versus protests: the demonstrators' acts that make a riot (break-ins, damage, two crowds that
fight each other, attacks on officials) and a crowd that storms an office only to press a demand, which
is a peaceful protest. All sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event

from fogwatch.event_types import (
    _FIREARMS,
    _PERSONAL_RIVALS,
    _RIOT_ACTS,
    _RIVAL_CROWD_FIGHT,
    _STORMING_HARM,
    EventTypeModel,
    type_event,
)
from fogwatch.taxonomy import BATTLES, PROTESTS, RIOTS
from fogwatch.triggers import Trigger


@pytest.fixture(scope="module")
def model() -> EventTypeModel:
    return EventTypeModel.load()


def trigger(cls: str, text: str = "x") -> Trigger:
    return Trigger(0, len(text), text, 0, 0, cls, False, "asserted")


# --------------------------------------------------------------------------- demonstrators' acts


@pytest.mark.parametrize(
    "text",
    [
        # break-ins, tried or done
        "The marchers tried to break into the county assembly before they were pushed back.",
        "A hardware shop was broken into during the demonstration in the market town.",
        "The crowd broke through the police cordon outside the ministry.",
        # damage by the crowd, and property destruction reported
        "The demonstrators smashed the windows of the municipal office.",
        "Witnesses said protesters damaged two buses parked at the depot.",
        "There were reports of property destruction by the marching students.",
        # barricades of burning tyres, and barricades said nothing more of
        "Demonstrators set up barricades of burning tires on the main road.",
        "Youths barricaded the highway to protest the arrest of their leader.",
        # two crowds that fight each other
        "Two groups of protesters clashed over the relocation of the bus terminus.",
        "Fights broke out between supporters of the two aspirants at the rally.",
        "Hawkers and traders clashed at the market after the eviction notice.",
        # demonstrators who attack someone, with the place between subject and verb
        "Angry demonstrators in Kibwezi, Makueni, ambushed the returning officer.",
        "Protesters abducted the water company's manager and paraded him through town.",
    ],
)
def test_demonstrators_acts_of_violence(text):
    assert _RIOT_ACTS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        # a coder's tag, not an act of the crowd
        "Property destruction: on 4 May, unknown men pulled down a fence.",
        # a clash the protest is about, and fights of gangs with the police
        "Students held a sit-in against the prior clash between supporters of two candidates.",
        "Traders marched to denounce clashes between gang members and the police.",
        # victims of an eviction, not demonstrators who evict
        "Residents who have been evicted from the estate staged a march to the lands office.",
        # the police break up the crowd, the crowd breaks nothing
        "The police broke up the demonstration outside the court.",
        # groups that are ethnic groups or militias fight battles
        "Clashes between rival ethnic groups over grazing land continued near the border.",
        "Two rival militia groups clashed at the water point.",
        # barricades whose nature or circumstances the source leaves open
        "Residents held a protest and set up barricades (nature unspecified) on the national road.",
        "Barricades were erected on several streets. There is no information on the circumstances of the "
        "barricades, which are likely part of the protest movement.",
    ],
)
def test_no_act_of_the_crowd(text):
    assert not _RIOT_ACTS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two groups of protesters clashed over the relocation of the bus terminus.",
        "Angry demonstrators in Kibwezi, Makueni, ambushed the returning officer.",
        "Teachers protested outside the school. Reports indicate the demonstrators damaged two cars.",
    ],
)
def test_a_protest_with_such_acts_is_a_riot(model, text):
    assert type_event(trigger("protest"), text, model).event_type == RIOTS


# --------------------------------------------------------------------------- storming an office


STORMINGS = [
    "Hawkers stormed the county offices demanding the return of their confiscated goods.",
    "Residents stormed the chief's office to protest against the closure of the dispensary.",
    "Retired teachers stormed the pensions office to demand payment of their arrears.",
]


@pytest.mark.parametrize("text", STORMINGS)
def test_storming_an_office_to_press_a_demand_is_a_protest(model, text):
    assert type_event(trigger("attack", "stormed"), text, model).event_type == PROTESTS
    assert type_event(trigger("protest", "protest"), text, model).event_type == PROTESTS


def test_the_rule_is_what_makes_them_protests(model, monkeypatch):
    import fogwatch.event_types as et

    monkeypatch.setattr(et, "PEACEFUL_STORMING_BONUS", 0.0)
    kinds = [type_event(trigger("attack", "stormed"), text, model).event_type for text in STORMINGS]
    assert any(kind != PROTESTS for kind in kinds)


@pytest.mark.parametrize(
    "text",
    [
        "Youths stormed the police station demanding the release of a suspect and freed him from the cells.",
        "Residents stormed the tally centre to protest the results and set the ballot boxes on fire.",
        "Traders stormed the county offices demanding compensation and beat up a clerk.",
    ],
)
def test_storming_with_harm_or_destruction_is_no_peaceful_protest(model, text):
    assert _STORMING_HARM.search(text) or _RIOT_ACTS.search(text)
    assert type_event(trigger("attack", "stormed"), text, model).event_type != PROTESTS


def test_armed_men_storming_a_village_are_untouched(model):
    text = "Gunmen stormed the village and killed four herders."
    assert type_event(trigger("attack", "stormed"), text, model).event_type != PROTESTS


# --------------------------------------------------------------------------- end to end


def test_pipeline_storming_with_a_demand(pipeline):
    text = "Boda boda riders stormed the Kitale municipal offices demanding the release of their impounded motorbikes."
    ev = first_event(pipeline, text, "Kenya", dt.date(2016, 3, 2))
    assert ev.event_type == PROTESTS
    assert ev.actor1 == "Protesters (Kenya)"


def test_pipeline_rival_crowds_riot(pipeline):
    text = "Two groups of protesters clashed in Kitale over the relocation of the bus terminus."
    ev = first_event(pipeline, text, "Kenya", dt.date(2016, 3, 2))
    assert ev.event_type == RIOTS
    assert ev.actor1 == "Rioters (Kenya)"


# --------------------------------------------------------------------------- rival crowds under a clash trigger

RIVAL_FIGHTS = [
    "Supporters of the two parliamentary aspirants clashed at the market in the evening.",
    "A clash broke out between supporters of the incumbent chairman and a ward member at the polling centre.",
    "Supporters of the incumbent mayor and those of his challenger clashed outside the tallying hall.",
    "Youths allied to two rival candidates fought near the bus park after the results were announced.",
    "Students of the engineering college clashed with students of the arts faculty over hostel seats.",
    "Rival football fans fought after the derby at the stadium.",
    "Two independent candidates and their supporters clashed in the municipality during the by-election.",
]


@pytest.mark.parametrize("text", RIVAL_FIGHTS)
def test_rival_crowds_fight(text):
    assert _RIVAL_CROWD_FIGHT.search(text)
    assert _PERSONAL_RIVALS.search(text)
    assert not _FIREARMS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        # an armed actor among the sides: a battle, an attack, or the police fighting a crowd
        "Clashes between party supporters and the police left three injured.",
        "A clash between hired goons and supporters of the candidate left one dead.",
        "Supporters of the chief and soldiers clashed at the checkpoint.",
        "Youths with machetes clashed at the border of the two villages.",
        # communities and ethnic groups fight battles
        "Clashes between youths of two clans over a borehole continued for a second day.",
        # one crowd, no rival
        "Supporters of the senator clashed with police at the rally.",
    ],
)
def test_no_rival_crowds(text):
    assert not _RIVAL_CROWD_FIGHT.search(text)


@pytest.mark.parametrize(
    "text",
    [
        # party against party: a battle of the parties for some countries' coders
        "NLP and DUF supporters clashed at the roadside rally.",
        "Clashes between rival political supporters broke out in the estate.",
    ],
)
def test_party_against_party_is_not_a_personal_rivalry(text):
    assert _RIVAL_CROWD_FIGHT.search(text)
    assert not _PERSONAL_RIVALS.search(text)


def test_firearms_make_the_rivals_armed():
    text = "Supporters of the two candidates clashed and shots were fired, injuring three."
    assert _RIVAL_CROWD_FIGHT.search(text) and _PERSONAL_RIVALS.search(text)
    assert _FIREARMS.search(text)


@pytest.mark.parametrize("text", RIVAL_FIGHTS)
def test_rival_crowds_clashing_riot(model, text):
    assert type_event(trigger("clash", "clashed"), text, model).event_type == RIOTS


def test_the_rule_is_what_makes_rival_clashes_riots(model, monkeypatch):
    import fogwatch.event_types as et

    monkeypatch.setattr(et, "RIVAL_CROWDS_BONUS", 0.0)
    kinds = [type_event(trigger("clash", "clashed"), text, model).event_type for text in RIVAL_FIGHTS]
    assert any(kind != RIOTS for kind in kinds)


def test_armed_rivals_clashing_stay_battles(model):
    text = "Militants of the two factions clashed with guns near the border post, leaving five fighters dead."
    assert type_event(trigger("clash", "clashed"), text, model).event_type == BATTLES


def test_party_rivals_clashing_are_left_to_the_model(model, monkeypatch):
    import fogwatch.event_types as et

    text = "NLP and DUF supporters clashed at the roadside rally."
    before = type_event(trigger("clash", "clashed"), text, model)
    monkeypatch.setattr(et, "RIVAL_CROWDS_BONUS", 0.0)
    assert type_event(trigger("clash", "clashed"), text, model) == before
