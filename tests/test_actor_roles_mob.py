"""The other side of a riot (``fogwatch.actor_roles``): a riot told with no one it went for has none, and
police who only come after a mob's violence (investigate it, rescue its victim) do not replace the victims.
All texts are written for these tests; conftest.py's ``actor_pair`` loads the spaCy model once."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

POLICE = "Police Forces of Kenya (2013-2022)"
CIVILIANS = "Civilians (Kenya)"
RIOTERS = "Rioters (Kenya)"
MOB = ("Riots", "Mob violence")


# ------------------------------------------------------------------ a riot with no target


def test_a_riot_that_went_for_no_one_has_no_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Riots broke out in Kisii town after the results of the party nominations were announced."
    assert actor_pair(text, "Riots", *MOB) == (RIOTERS, None)
    text = "Youths rioted in Kakamega over the late delivery of exam papers."
    assert actor_pair(text, "rioted", *MOB) == (RIOTERS, None)


def test_a_riot_that_went_for_someone_keeps_the_victims(actor_pair) -> None:  # type: ignore[no-untyped-def]
    # the riot word only describes the crowd: the act has a target
    text = "Rioting youths stoned a matatu driver in Kisumu."
    assert actor_pair(text, "Rioting", *MOB) == (RIOTERS, CIVILIANS)
    # another act of the riot's sentence has a victim
    text = "Riots erupted in Nyeri and a trader was beaten."
    assert actor_pair(text, "Riots", *MOB) == (RIOTERS, CIVILIANS)


# ------------------------------------------------------------------ police who come after


def test_police_who_only_investigate_are_not_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    # no person named, only a building: the police were the other side for want of anyone else
    text = "A group of residents torched a hotel in Eldoret. Police are investigating the incident."
    assert actor_pair(text, "torched", *MOB) == (RIOTERS, CIVILIANS)
    text = "A mob set fire to a church in Eldoret, and police came to the rescue of the pastor."
    assert actor_pair(text, "fire", *MOB) == (RIOTERS, CIVILIANS)


def test_police_who_fire_tear_gas_stay_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A group of residents torched a hotel in Eldoret. Police fired tear gas at the group."
    assert actor_pair(text, "torched", *MOB) == (RIOTERS, POLICE)


# ------------------------------------------------------------------ a community's people as a mob's victims


def test_herders_a_mob_goes_for_are_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Residents of a village in Narok beat to death two suspected cattle rustlers."
    assert actor_pair(text, "beat", *MOB) == (RIOTERS, CIVILIANS)
    text = "Villagers in Isiolo lynched a herdsman accused of stealing goats."
    assert actor_pair(text, "lynched", *MOB) == (RIOTERS, CIVILIANS)


def test_police_who_intervene_to_save_the_victim_are_not_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A mob in Thika attempted to lynch a fake gold dealer. Police officers intervened and saved the victim."
    assert actor_pair(text, "mob", *MOB) == (RIOTERS, CIVILIANS)


def test_forces_off_duty_are_a_mobs_civilian_victims(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("A police sergeant was taken to hospital after being assaulted by a group of youths in Nakuru while he "
            "was off duty. Police are investigating.")
    assert actor_pair(text, "assaulted", *MOB) == (RIOTERS, CIVILIANS)
