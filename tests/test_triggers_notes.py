"""Trigger words of coders' notes that name an event without the usual word: ceasefire monitors'
shot counts, a mine stepped on, a blockade, a gathering that demands, an "action", a clash whose
sides hang from its verb. Sentences written for these tests."""

from __future__ import annotations

import pytest

from fogwatch.triggers import find_triggers


def classes(nlp, text: str) -> list[tuple[str, str]]:
    return [(t.cls, t.text) for t in find_triggers(nlp.analyse(text)) if not t.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Monitors observed a total of 12 shots involving small arms near Marinka.", "clash"),
        ("Monitors observed a total of 4 shots involving heavy machine guns near Marinka.", "shelling"),
    ],
)
def test_monitors_shot_counts_name_their_fire(nlp, text, expected):
    assert [c for c, _ in classes(nlp, text)] == [expected]


def test_shots_without_the_weapon_are_no_trigger_phrase(nlp):
    assert classes(nlp, "The photographer took a total of 12 shots of the bridge.") == []


def test_a_mine_stepped_on_is_an_explosive(nlp):
    assert ("ied", "mine") in classes(nlp, "A farmer stepped on a mine near his field in Tanai village.")
    assert classes(nlp, "A farmer stepped into a gold mine near Tanai.") == []


def test_workers_blockading_an_entrance_protest(nlp):
    assert ("protest", "blockaded") in classes(nlp, "Hundreds of dock workers blockaded the entrance to the harbour.")
    assert classes(nlp, "Soldiers blockaded the entrance to the harbour.") == []


def test_anyone_gathered_demanding_something_protests(nlp):
    text = "Representatives of a veterans' union gathered outside the council, demanding the permits be withdrawn."
    assert ("protest", "gathered") in classes(nlp, text)
    assert ("protest", "gathered") in classes(nlp, "People gathered near the station to express solidarity with them.")
    assert classes(nlp, "Representatives of a veterans' union gathered in the council for the annual meeting.") == []


def test_a_blockade_people_put_up_is_a_protest_a_siege_is_not(nlp):
    assert ("protest", "blockade") in classes(nlp, "Activists staged a blockade at the entrance of an oil refinery.")
    assert classes(nlp, "The navy maintained its blockade of the port city.") == []
    assert classes(nlp, "Soldiers set up a blockade on the road to Tamsa.") == []


def test_an_action_held_is_a_demonstration(nlp):
    assert [c for c, _ in classes(nlp, "About 50 people held an action of thanks in Lutsk to the volunteers.")] == [
        "protest"
    ]


def test_a_clash_between_supporters_hanging_from_its_verb_is_physical(nlp):
    assert ("clash", "clash") in classes(nlp, "A clash broke out between supporters of the two candidates in Tanda.")
    assert classes(nlp, "A clash broke out between the two candidates over the budget in parliament.") == []
