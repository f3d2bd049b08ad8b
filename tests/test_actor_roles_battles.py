"""Crowds that fight each other and crowds that fight the police (``fogwatch.actor_roles``): a riot
between two crowds has rioters on both sides even when a force breaks it up; a crowd that fights the
police, however the text words the fight, has the police as its other side. All texts are written for
these tests; they need the spaCy parse (conftest.py's fixtures load the model once)."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_roles import _in_fight
from fogwatch.actors import find_actors

pytestmark = pytest.mark.slow

KENYA = dt.date(2015, 3, 10)
POLICE = "Police Forces of Kenya (2013-2022)"
RIOTERS = "Rioters (Kenya)"
MOB = ("Riots", "Mob violence")


def _police_in_fight(catalogue_nlp, catalogue, text: str) -> bool:  # type: ignore[no-untyped-def]
    analysis = catalogue_nlp.analyse(text)
    mentions = [m for m in find_actors(analysis, catalogue, country="Kenya", on=KENYA) if m.category == "police"]
    assert mentions, text
    return any(_in_fight(analysis, m) for m in mentions)


@pytest.mark.parametrize("text", [
    "Youths engaged police in running battles in Kisumu.",
    "Residents had running battles with police in Kibera.",
    "Battles between police and hawkers broke out in Eldoret.",
    "Traders were involved in a confrontation with police in Nakuru.",
    "Police battled a crowd of traders in Machakos.",
    "Police intervened and clashed with the youths in Kisii.",
    "Matatu operators clashed with police enforcing the new rules in Thika.",
])
def test_wordings_of_a_crowd_fighting_the_police(catalogue_nlp, catalogue, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _police_in_fight(catalogue_nlp, catalogue, text)


@pytest.mark.parametrize("text", [
    "Police are investigating the cause of the fire in Kisii.",
    "Police dispersed the traders in Kisumu.",
])
def test_police_who_only_act_are_not_in_a_fight(catalogue_nlp, catalogue, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not _police_in_fight(catalogue_nlp, catalogue, text)


def test_two_crowds_broken_up_by_police_are_rioters_on_both_sides(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Supporters of two aspirants clashed with each other in Kakamega before police dispersed them."
    assert actor_pair(text, "clashed", *MOB) == (RIOTERS, RIOTERS)
    text = "Boda boda riders clashed with matatu touts in Kondele, forcing police to fire tear gas."
    assert actor_pair(text, "clashed", *MOB) == (RIOTERS, RIOTERS)


def test_a_crowd_fighting_the_police_has_them_as_its_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Youths looted shops in Kisumu. They engaged police in running battles for hours."
    assert actor_pair(text, "looted", *MOB) == (RIOTERS, POLICE)
    text = "Police shot a man in Nyeri after traders clashed with police over the new market fees."
    assert actor_pair(text, "clashed", *MOB) == (RIOTERS, POLICE)


def test_bare_clashes_as_police_disperse_a_crowd_are_with_the_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Police fired tear gas to disperse a crowd in Kisii, and clashes followed in the streets."
    assert actor_pair(text, "clashes", *MOB) == (RIOTERS, POLICE)
