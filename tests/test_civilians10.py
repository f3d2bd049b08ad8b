"""Civilians and attribution in Kenya's notes: an attribution the note withdraws ("suspected, but not
confirmed", "the perpetrators remain unknown") leaves the attackers unidentified; "blamed the attack on X"
names X as the attacker; foreigners of no stated nationality are "Civilians (International)"; people that
armed men act on without violence are the other side of a strategic development; a force that only
tells of an attack ("..., police said") is not its author. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.doubted_authors import authors_doubted
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON = dt.date(2015, 6, 1)
UNIDENTIFIED = "Unidentified Armed Group (Kenya)"
CIVILIANS = "Civilians (Kenya)"
INTERNATIONAL = "Civilians (International)"
POLICE = "Police Forces of Kenya (2013-2022)"


def event(pipeline: Pipeline, text: str) -> tuple[str, str, str | None, str | None]:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=ON, country="Kenya")]))
    assert result.events, "the test text must make an event"
    e = result.events[0]
    return e.event_type, e.sub_event_type, e.actor1, e.actor2


# ------------------------------------------------------------------ doubted authors (pure)


@pytest.mark.parametrize("text", [
    "Those responsible remain unknown.",
    "The attackers have not been identified.",
    "The killers are still unknown.",
    "The assailants are yet to be identified.",
    "It was not clear who planted the device.",
    "The group was suspected, but this has not been confirmed.",
    "Militants were suspected but not confirmed.",
    "Police said the raid was not carried out by the group.",
    "The source refers to earlier raids by militants.",
    "The report made no assumption about the gunmen.",
])
def test_doubt_is_read(text: str) -> None:
    assert authors_doubted(text)


@pytest.mark.parametrize("text", [
    "The motive remains unknown.",
    "The attackers have been identified as members of the group.",
    "Unknown gunmen, believed to be militants, attacked the bus.",
    "No group claimed responsibility.",
    # a suspicion voiced after the doubt keeps the attribution
    "The perpetrator is unknown yet the police suspect the group.",
])
def test_no_doubt_is_read(text: str) -> None:
    assert not authors_doubted(text)


# ------------------------------------------------------------------ doubted authors (pipeline)


def test_a_withdrawn_suspicion_leaves_the_attackers_unidentified(pipeline: Pipeline) -> None:
    text = ("Gunmen shot dead a cleric outside a mosque in Mombasa. Al Shabaab was suspected of the killing, "
            "but this has not been confirmed.")
    assert event(pipeline, text)[2:] == (UNIDENTIFIED, CIVILIANS)


def test_a_suspicion_that_stands_names_the_group(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a cleric outside a mosque in Mombasa. Al Shabaab was suspected of the killing."
    assert event(pipeline, text)[2] == "Al Shabaab"


def test_a_group_in_the_victims_story_is_not_the_attacker_when_the_authors_are_unknown(pipeline: Pipeline) -> None:
    text = ("A preacher who had spoken out against al Shabaab was stabbed to death in Malindi. "
            "Those responsible are still unknown.")
    assert event(pipeline, text)[2:] == (UNIDENTIFIED, CIVILIANS)


def test_unknown_yet_suspected_names_the_group(pipeline: Pipeline) -> None:
    text = ("A grenade was hurled into a hotel in Garissa town, injuring four people. The perpetrator is "
            "unknown yet police suspect al Shabaab.")
    assert event(pipeline, text)[2:] == ("Al Shabaab", CIVILIANS)


# ------------------------------------------------------------------ blamed on


def test_blamed_the_attack_on_names_the_attacker(pipeline: Pipeline) -> None:
    text = ("A tanker driver was killed when his truck hit a buried explosive near Wajir. Police blamed the "
            "attack on Al Shabaab militants.")
    assert event(pipeline, text)[2:] == ("Al Shabaab", CIVILIANS)


def test_no_one_blamed_leaves_the_bomber_unidentified(pipeline: Pipeline) -> None:
    text = "A tanker driver was killed when his truck hit a buried explosive near Wajir."
    assert event(pipeline, text)[2] == UNIDENTIFIED


# ------------------------------------------------------------------ foreigners


def test_foreigners_killed_are_international_civilians(pipeline: Pipeline) -> None:
    assert event(pipeline, "Gunmen shot dead two foreigners in Mombasa.")[2:] == (UNIDENTIFIED, INTERNATIONAL)


def test_foreign_tourists_attacked_are_international_civilians(pipeline: Pipeline) -> None:
    text = "Robbers attacked foreign tourists near Malindi and stole their cameras."
    assert event(pipeline, text)[3] == INTERNATIONAL


def test_tourists_of_no_stated_origin_are_the_countrys_civilians(pipeline: Pipeline) -> None:
    text = "Robbers attacked tourists near Malindi and stole their cameras."
    assert event(pipeline, text)[3] == CIVILIANS


def test_foreigners_who_are_not_the_victims_change_nothing(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a shopkeeper in Mombasa. Police said the shop was popular with foreigners."
    assert event(pipeline, text)[3] == CIVILIANS


# ------------------------------------------------------------------ people acted on (strategic "Other")


def test_people_evicted_by_police_are_the_other_side(pipeline: Pipeline) -> None:
    text = "Police evicted hundreds of families from a settlement in Eldoret."
    assert event(pipeline, text) == ("Strategic developments", "Other", POLICE, CIVILIANS)


# ------------------------------------------------------------------ the force that tells of the attack


def test_police_who_tell_of_a_shooting_did_not_shoot(pipeline: Pipeline) -> None:
    text = "Two traders were shot dead in Mandera town on Friday, police said."
    assert event(pipeline, text)[2:] == (UNIDENTIFIED, CIVILIANS)


def test_police_who_tell_of_a_blast_did_not_set_it_off(pipeline: Pipeline) -> None:
    text = "A bus driver was killed when a bomb hidden under a culvert exploded near Elwak, police said."
    assert event(pipeline, text)[2] == UNIDENTIFIED


def test_police_who_say_they_shot_are_the_shooters(pipeline: Pipeline) -> None:
    assert event(pipeline, "Police said they shot dead two robbers in Nairobi.")[2:] == (POLICE, CIVILIANS)


def test_protesters_of_another_nationality_are_named_by_it(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Somali residents of Eastleigh in Nairobi protested against a police raid on a home.")
    assert ev[2] == "Protesters (Somalia)"


def test_protesters_of_the_report_country_keep_it(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Traders in Mombasa protested over the closure of the market.")
    assert ev[2] == "Protesters (Kenya)"


def test_clerics_and_lawmakers_are_civilians_of_their_nationality(pipeline: Pipeline) -> None:
    assert event(pipeline, "Gunmen attacked a Somali sheikh in Garissa on Friday.")[3] == "Civilians (Somalia)"
    assert event(pipeline, "Unknown attackers shot two Somali MPs at a hotel in Nairobi.")[3] == "Civilians (Somalia)"
