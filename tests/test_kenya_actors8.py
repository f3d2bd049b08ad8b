"""Kenya's actors: what the police did before a riot is its cause, not its other side; a crowd that stones
an official's convoy goes for civilians; communities written the way Kenyan reports spell them ("Wordei",
"Kisiis", "Karamojong"). All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_roles import _convoy_attacked
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON_2014 = dt.date(2014, 5, 6)
ON_2021 = dt.date(2021, 7, 6)
ON_2001 = dt.date(2001, 3, 8)
POLICE_2014 = "Police Forces of Kenya (2013-2022)"


def event(pipeline: Pipeline, text: str, on: dt.date = ON_2014) -> tuple[str, str | None, str | None]:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country="Kenya")]))
    assert result.events, "the test text must make an event"
    e = result.events[0]
    return e.event_type, e.actor1, e.actor2


# ------------------------------------------------------------------ the force in a cause clause


def test_police_in_an_after_clause_are_the_cause(pipeline: Pipeline) -> None:
    text = "Hawkers rioted in Thika town after police ordered them to vacate the bus stage."
    kind, a1, a2 = event(pipeline, text)
    assert (kind, a1) == ("Riots", "Rioters (Kenya)")
    assert a2 != POLICE_2014


def test_police_as_agent_of_an_after_clause_are_the_cause(pipeline: Pipeline) -> None:
    text = "Youths lit bonfires on the Eldoret road after a boda boda rider was shot by police the previous day."
    assert event(pipeline, text) == ("Riots", "Rioters (Kenya)", None)


def test_police_who_intervene_stay_the_other_side(pipeline: Pipeline) -> None:
    # the clause of crowd control is the intervention: no cause clause here
    text = "Students looted shops and barricaded the road in Nyeri town before police intervened."
    assert event(pipeline, text) == ("Riots", "Rioters (Kenya)", POLICE_2014)


def test_police_fighting_the_crowd_stay_the_other_side(pipeline: Pipeline) -> None:
    text = ("Residents engaged police in running battles in Kisumu town after police shot a hawker dead. "
            "Several people were injured.")
    assert event(pipeline, text)[1:] == ("Rioters (Kenya)", POLICE_2014)


# ------------------------------------------------------------------ convoys


@pytest.mark.parametrize("text", [
    "Youths pelted the governor's convoy with stones in Kakamega town.",
    "The crowd threw stones at the motorcade of the cabinet secretary near the market.",
])
def test_an_officials_convoy_attacked(text: str) -> None:
    assert _convoy_attacked(text)


@pytest.mark.parametrize("text", [
    "Youths pelted a police convoy with stones in Kakamega town.",
    "Residents blocked the road as the governor's convoy passed.",
    "Youths stoned passing motorists in Kakamega town.",
])
def test_no_civilian_convoy_attacked(text: str) -> None:
    assert not _convoy_attacked(text)


def test_stoned_convoy_makes_civilians_the_other_side(pipeline: Pipeline) -> None:
    text = ("On 3 May 2014, local youths demonstrated and pelted stones at the convoy of the area member of "
            "parliament in Ndhiwa town. Two vehicles were damaged.")
    assert event(pipeline, text) == ("Riots", "Rioters (Kenya)", "Civilians (Kenya)")


# ------------------------------------------------------------------ community names as reports spell them


def test_wordei_is_the_wardei(pipeline: Pipeline) -> None:
    text = "Clashes between Pokomo and Wordei ethnic groups leave four dead near Garsen."
    _, a1, a2 = event(pipeline, text, ON_2001)
    assert {a1, a2} == {"Pokomo Ethnic Militia (Kenya)", "Wardei Ethnic Militia (Kenya)"}


def test_plural_kisiis(pipeline: Pipeline) -> None:
    text = "Luos and Kisiis battle over a disputed farm near the district border."
    _, a1, a2 = event(pipeline, text, ON_2001)
    assert {a1, a2} == {"Luo Ethnic Militia (Kenya)", "Kisii Ethnic Militia (Kenya)"}


def test_karamojong_raiders_are_ugandan(pipeline: Pipeline) -> None:
    text = "Karamojong warriors raided a village in Turkana, killing four herders and stealing cattle."
    _, a1, _ = event(pipeline, text, ON_2021)
    assert a1 == "Karamajong Ethnic Militia (Uganda)"


# ------------------------------------------------------------------ a neighbour's nationality across the border


def test_somali_militia_across_the_border(pipeline: Pipeline) -> None:
    text = "Somali militiamen crossed the border and attacked a Kenyan army patrol near Mandera."
    _, a1, _ = event(pipeline, text, ON_2001)
    assert a1 == "Unidentified Armed Group (Somalia)"


def test_somali_militia_inland_stay_kenyan(pipeline: Pipeline) -> None:
    text = "Somali militia shot dead a herder in Kitui county."
    _, a1, _ = event(pipeline, text, ON_2021)
    assert a1 == "Somali Ethnic Militia (Kenya)"


# ------------------------------------------------------------------ civil servants called officers


def test_returning_officer_is_a_civilian(pipeline: Pipeline) -> None:
    text = ("A returning officer was attacked by demonstrators in Migori town on his way to the tallying "
            "centre. He sustained slight injuries.")
    assert event(pipeline, text) == ("Riots", "Rioters (Kenya)", "Civilians (Kenya)")


def test_police_officers_stay_police(pipeline: Pipeline) -> None:
    text = "Demonstrators stoned police officers in Migori town. Two officers were injured."
    assert event(pipeline, text)[2] == POLICE_2014
