"""Mob violence against attacks: the words that name a lynch mob, vigilante groups, the passive of a
mob's killing, and violence over witchcraft. All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, Participants, participants
from fogwatch.event_types import (
    _BY_MOB,
    _WITCHCRAFT,
    EventTypeModel,
    _mob_violence_bonus,
    type_event,
)
from fogwatch.nlp import load_nlp
from fogwatch.triggers import Trigger


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def model() -> EventTypeModel:
    return EventTypeModel.load()


def trigger(cls: str) -> Trigger:
    return Trigger(0, 1, "x", 0, 0, cls, False, "asserted")


def roles(nlp, text: str, word: str) -> Participants:
    analysis = nlp.analyse(text)
    token = next(t for t in analysis.tokens if t.text == word)
    return participants(analysis, token.i)


# --------------------------------------------------------------------------- participants


def test_a_vigilante_group_is_a_crowd_whose_words_are_kept(nlp):
    who = roles(nlp, "A vigilante group attacked a suspected burglar near the market.", "attacked")
    assert who.agents == {CROWD}
    assert {"vigilante", "group"} <= who.agent_words


def test_a_group_of_students_names_the_students(nlp):
    who = roles(nlp, "A group of students assaulted their dormitory master.", "assaulted")
    assert "students" in who.agent_words


def test_a_militia_group_stays_armed(nlp):
    who = roles(nlp, "A militia group attacked the herders at dawn.", "attacked")
    assert who.agents == {ARMED}


def test_agent_words_are_only_the_agents(nlp):
    who = roles(nlp, "Gunmen attacked the students at their hostel.", "attacked")
    assert "students" not in who.agent_words
    assert "gunmen" in who.agent_words


def test_a_passive_hung_on_another_verb_keeps_its_subject_a_target(nlp):
    # the parenthesis makes the parser give "traders" to "coded", with "assaulted" coordinated to it
    text = "On 3 May 2019, traders of Kobala (coded as Rachuonyo for unknown Kobala) were assaulted over stolen goats."
    who = roles(nlp, text, "assaulted")
    assert CROWD not in who.agents
    assert CIVILIAN in who.targets


def test_an_active_subject_stays_the_agent(nlp):
    who = roles(nlp, "Residents beat a man they accused of theft.", "beat")
    assert who.agents == {CROWD}


# --------------------------------------------------------------------------- the rules


MOB_ON_CIVILIAN = Participants(
    agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}), agent_words=frozenset({"students"})
)
YOUTHS_ON_CIVILIAN = Participants(
    agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}), agent_words=frozenset({"youths"})
)


def test_students_who_attack_favour_mob_violence():
    assert _mob_violence_bonus(trigger("attack"), "Students beat their teacher.", MOB_ON_CIVILIAN) > 0


def test_youths_are_left_to_the_other_rules():
    assert _mob_violence_bonus(trigger("attack"), "Youths beat a shopkeeper.", YOUTHS_ON_CIVILIAN) == 0


def test_no_mob_bonus_for_supporters_or_a_demonstration():
    assert _mob_violence_bonus(trigger("attack"), "Students loyal to the party's supporters beat him.",
                               MOB_ON_CIVILIAN) == 0
    assert _mob_violence_bonus(trigger("attack"), "Students beat a guard during the protest.", MOB_ON_CIVILIAN) == 0


def test_no_mob_bonus_when_armed_people_are_attacked():
    armed_victim = Participants(
        agents=frozenset({CROWD}), targets=frozenset({ARMED}), agent_words=frozenset({"residents"})
    )
    assert _mob_violence_bonus(trigger("attack"), "Residents attacked the soldiers.", armed_victim) == 0


@pytest.mark.parametrize(
    "text",
    [
        "the burglar was beaten to death by a vigilante group",
        "he died at the hands of an angry mob",
        "two thieves were killed by suspected vigilante gangs",
    ],
)
def test_by_mob_reads_the_passive(text):
    assert _BY_MOB.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "he was shot dead in a vigilante-style attack by gunmen",
        "the shop was guarded by vigilantes",
        "at the hands of the police",
    ],
)
def test_by_mob_ignores_other_phrases(text):
    assert not _BY_MOB.search(text)


def test_witchcraft_favours_mob_violence_without_armed_people():
    text = "An old woman was killed after neighbours accused her of witchcraft."
    assert _WITCHCRAFT.search(text)
    assert _mob_violence_bonus(trigger("killing"), text, Participants(targets=frozenset({CIVILIAN}))) > 0


def test_witchcraft_by_a_gang_is_no_mob():
    text = "Gang members killed a man they accused of witchcraft."
    assert _mob_violence_bonus(trigger("killing"), text, Participants(targets=frozenset({CIVILIAN}))) == 0


def test_students_attacking_teachers_are_typed_mob_violence(model):
    text = "Pupils attack four teachers at a boarding school after a dispute over exams. Two are injured."
    assert type_event(trigger("attack"), text, model, participants=MOB_ON_CIVILIAN).sub_event_type == "Mob violence"


def test_a_killing_over_witchcraft_is_typed_mob_violence(model):
    text = "An elderly man is killed over witchcraft claims in a village near the river."
    who = Participants(targets=frozenset({CIVILIAN}))
    assert type_event(trigger("killing"), text, model, participants=who).sub_event_type == "Mob violence"


def test_a_crowd_punishing_a_suspect_gets_more():
    plain = _mob_violence_bonus(trigger("attack"), "Students beat a teacher.", MOB_ON_CIVILIAN)
    justice = _mob_violence_bonus(trigger("attack"), "Students beat a suspected thief.", MOB_ON_CIVILIAN)
    assert justice > plain > 0


@pytest.mark.parametrize(
    "text",
    [
        "Two drug peddlers were killed by vigilantes near the port.",
        "A suspected rapist was killed by suspected vigilantes in the town.",
    ],
)
def test_covert_killers_called_vigilantes_are_no_mob(text):
    vigilantes = Participants(
        agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}), agent_words=frozenset({"vigilantes"})
    )
    assert _mob_violence_bonus(trigger("killing"), text, vigilantes) == 0


def test_striking_students_are_left_to_the_demonstration_rules():
    text = "Striking students assaulted two teachers who refused to join them."
    assert _mob_violence_bonus(trigger("attack"), text, MOB_ON_CIVILIAN) == 0
