"""Crowd kinds of the participants: plural civilians acting together are a crowd, those who suffer are civilians."""

from __future__ import annotations

import pytest

from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, participants
from fogwatch.nlp import Analysis, load_nlp


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _at(nlp, text: str, word: str) -> tuple[Analysis, int]:
    analysis = nlp.analyse(text)
    for t in analysis.tokens:
        if t.text == word:
            return analysis, t.i
    raise AssertionError(f"no token {word!r} in {text!r}")


def test_pupils_who_beat_teachers_are_a_crowd_and_the_teachers_civilians(nlp):
    analysis, i = _at(nlp, "Pupils at a day school beat four teachers on Monday.", "beat")
    who = participants(analysis, i)
    assert CROWD in who.agents
    assert who.targets == frozenset({CIVILIAN})


def test_a_single_victim_of_a_crowd_word_is_a_civilian(nlp):
    analysis, i = _at(nlp, "A taxi driver was lynched by traders at the stage.", "lynched")
    who = participants(analysis, i)
    assert who.agents == frozenset({CROWD})
    assert who.targets == frozenset({CIVILIAN})


def test_an_officers_colleagues_are_no_crowd(nlp):
    # insider attacks: the colleagues of a police officer are police, not civilians
    analysis, i = _at(nlp, "A police officer opened fire on his colleagues at a checkpoint.", "fire")
    assert CIVILIAN not in participants(analysis, i).targets


def test_neighbours_are_a_crowd(nlp):
    analysis, i = _at(nlp, "Neighbours assaulted an old woman over a land row.", "assaulted")
    assert participants(analysis, i).agents == frozenset({CROWD})


def test_a_beaten_crowd_is_civilians_and_the_police_armed(nlp):
    analysis, i = _at(nlp, "Police beat hawkers in the market.", "beat")
    who = participants(analysis, i)
    assert who.agents == frozenset({ARMED})
    assert CROWD not in who.targets
    assert CIVILIAN in who.targets


def test_a_crowd_that_fights_stays_a_side(nlp):
    analysis, i = _at(nlp, "Traders clashed with county officers in the town.", "clashed")
    assert CROWD in participants(analysis, i).sides


def test_a_military_adjective_still_names_armed_agents(nlp):
    analysis, i = _at(nlp, "A military raid on the camp killed two.", "raid")
    assert ARMED in participants(analysis, i).agents


def test_suspects_lynched_by_a_crowd_are_civilians(nlp):
    analysis, i = _at(nlp, "Villagers lynched two suspected cattle rustlers at dawn.", "lynched")
    who = participants(analysis, i)
    assert who.agents == frozenset({CROWD})
    assert who.targets == frozenset({CIVILIAN})


def test_bandits_fought_by_a_crowd_stay_armed(nlp):
    analysis, i = _at(nlp, "Villagers attacked two bandits at dawn.", "attacked")
    assert ARMED in participants(analysis, i).targets


def test_suspects_shot_by_police_stay_armed(nlp):
    analysis, i = _at(nlp, "Police shot two suspected robbers in the estate.", "shot")
    who = participants(analysis, i)
    assert who.agents == frozenset({ARMED})
    assert ARMED in who.targets
