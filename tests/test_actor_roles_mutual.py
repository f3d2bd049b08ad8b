"""Violent demonstrations where two crowds fight each other (``fogwatch.actor_roles``): ACLED codes
rioters on both sides even when a force breaks the fight up, but the force when the crowd fights it.
All texts are written for these tests; conftest.py's `actor_pair` loads the spaCy model once."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

RIOTERS = "Rioters (Kenya)"
POLICE = "Police Forces of Kenya (2013-2022)"


def test_two_joined_crowds_that_clash_are_rioters_on_both_sides(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Fishermen and fish traders clash in Homa Bay over the price of tilapia. "
            "Police used tear gas to disperse the groups.")
    assert actor_pair(text, "clash", "Riots", "Violent demonstration") == (RIOTERS, RIOTERS)


def test_a_crowd_split_in_two_that_clashes_is_rioters_on_both_sides(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Two groups of traders in Nyeri clashed outside the county offices over market stalls. "
            "Police fired tear gas to disperse them.")
    assert actor_pair(text, "clashed", "Riots", "Violent demonstration") == (RIOTERS, RIOTERS)


def test_a_crowd_that_clashes_with_another_crowd(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Students marched in Eldoret against fee increases and clashed with a group of boda boda riders. "
            "Police fired in the air to disperse the crowd.")
    assert actor_pair(text, "marched", "Riots", "Violent demonstration") == (RIOTERS, RIOTERS)


def test_crowds_that_stone_each_other(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Supporters of the two aspirants hurled stones at each other in Bungoma town. "
            "Police fired tear gas to disperse them.")
    assert actor_pair(text, "hurled", "Riots", "Violent demonstration") == (RIOTERS, RIOTERS)


def test_a_crowd_that_fights_the_police_has_the_police_as_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders in Nyeri clashed with police over the closure of the market."
    assert actor_pair(text, "clashed", "Riots", "Violent demonstration") == (RIOTERS, POLICE)


def test_clashes_that_follow_police_intervention_are_with_the_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Youths blocked the road in Kisumu and burned tyres. Police intervened, leading to clashes with "
            "the rioters.")
    assert actor_pair(text, "blocked", "Riots", "Violent demonstration") == (RIOTERS, POLICE)


def test_a_noun_clash_between_groups_dispersed_by_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    # a noun's sides do not make two crowds: such notes are coded with the force that dispersed them
    text = ("The protest in Garissa turned into a violent clash between traders and hawkers, causing the police "
            "to disperse the rioters with tear gas.")
    assert actor_pair(text, "protest", "Riots", "Violent demonstration") == (RIOTERS, POLICE)


def test_a_police_station_where_crowds_clash_is_no_side_of_the_fight(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Two groups of traders in Nyeri clashed outside the Nyeri police station over market stalls."
    assert actor_pair(text, "clashed", "Riots", "Violent demonstration") == (RIOTERS, RIOTERS)
