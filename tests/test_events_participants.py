"""``fogwatch.event_participants``: the kinds of actors an event trigger's parse gives a role."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, Participants, participants
from fogwatch.nlp import Analysis


def roles(nlp, text: str, trigger: str, mentions=()) -> Participants:
    analysis: Analysis = nlp.analyse(text)
    token = next(t for t in analysis.tokens if t.text == trigger)
    return participants(analysis, token.i, mentions)


@dataclass(frozen=True)
class FakeMention:
    """The fields ``participants`` reads of an ``ActorMention``."""

    start: int
    end: int
    inter: int
    category: str
    cue: str = ""


def mention(text: str, phrase: str, inter: int, category: str, cue: str = "") -> FakeMention:
    start = text.index(phrase)
    return FakeMention(start, start + len(phrase), inter, category, cue)


@pytest.mark.parametrize(
    "text, trigger, agents, targets, sides",
    [
        ("Police shot dead two gunmen in the forest.", "shot", {ARMED}, {ARMED}, set()),
        ("A mob lynched a man accused of stealing a goat.", "lynched", {CROWD}, {CIVILIAN}, set()),
        # the agent of a coordinated passive verb is the trigger's agent too
        ("Two men were attacked and killed by vigilantes.", "attacked", {CROWD}, {CIVILIAN}, set()),
        # a mutual act has sides, whether coordinated subjects or "with"
        ("Police and hawkers clashed in the market.", "clashed", set(), set(), {ARMED, CROWD}),
        ("Protesters clashed with police outside the court.", "clashed", set(), set(), {ARMED, CROWD}),
        ("Fighting broke out between rival youths.", "Fighting", set(), set(), {CROWD}),
        # "members of the public": the noun after "of" names them
        ("Members of the public beat a suspected thief.", "beat", {CROWD}, set(), set()),
        # forces off duty are civilians (ACLED)
        ("An off-duty police officer was shot dead outside his home.", "shot", set(), {CIVILIAN}, set()),
        ("A police officer was shot dead outside the station.", "shot", set(), {ARMED}, set()),
        # people armed are an armed group (ACLED), whatever the noun
        ("Armed men attacked the village at dawn.", "attacked", {ARMED}, set(), set()),
        ("Youths armed with machetes raided a farm.", "raided", {ARMED}, set(), set()),
        # a head that names no kind of people takes its modifier's: "gang members" are armed
        ("Police shot dead two gang members in the forest.", "shot", {ARMED}, {ARMED}, set()),
    ],
)  # fmt: skip
def test_roles_and_kinds(nlp, text, trigger, agents, targets, sides):
    assert roles(nlp, text, trigger) == Participants(frozenset(agents), frozenset(targets), frozenset(sides))


def test_noun_trigger_takes_the_subject_of_its_verb(nlp):
    found = roles(nlp, "Gunmen launched an attack on the village.", "attack")
    assert found.agents == {ARMED}


def test_named_actor_mention_gives_the_kind_of_an_unknown_word(nlp):
    text = "The Brotherhood ambushed an army patrol near the river."
    assert roles(nlp, text, "ambushed").agents == frozenset()
    found = roles(nlp, text, "ambushed", [mention(text, "The Brotherhood", 2, "rebel")])
    assert found.agents == {ARMED} and found.targets == {ARMED}


def test_party_supporters_are_a_crowd(nlp):
    text = "Two factions of Umoja clashed at the meeting."
    found = roles(nlp, text, "clashed", [mention(text, "Umoja", 3, "party")])
    assert found.sides == {CROWD}


def test_places_are_not_participants(nlp):
    text = "Raiders attacked Kamkulu and burned houses."
    site = mention(text, "houses", 7, "civilians", cue="civilian_sites")
    assert CIVILIAN not in roles(nlp, text, "burned", [site]).targets


def test_out_of_range_token_gives_nobody(nlp):
    analysis = nlp.analyse("Rebels attacked.")
    assert participants(analysis, 99) == Participants()
    assert participants(analysis, -1) == Participants()


def test_parties_are_agents_and_sides():
    who = Participants(agents=frozenset({CROWD}), targets=frozenset({CIVILIAN}), sides=frozenset({ARMED}))
    assert who.parties == {CROWD, ARMED}
