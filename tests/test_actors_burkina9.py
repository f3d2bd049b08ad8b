"""Burkina Faso actor coding: forest guards ("rangers") are a state police unit, and a group named with its
coalition in brackets ("<group> (JNIM)") is coded as the coalition. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event_actors, mention_names

from fogwatch.pipeline import Pipeline

ON_2019 = dt.date(2019, 8, 20)
JNIM = "JNIM: Group for Support of Islam and Muslims"
FOREST_GUARDS = "Police Forces of Burkina Faso (2015-2022) Forest Guards"


def names(pipeline: Pipeline, text: str, country: str = "Burkina Faso") -> list[str]:
    return mention_names(pipeline, text, country, ON_2019)


def actors(pipeline: Pipeline, text: str, country: str = "Burkina Faso") -> tuple[str | None, str | None]:
    return first_event_actors(pipeline, text, country, ON_2019)


# ------------------------------------------------------------------------------------ forest guards


@pytest.mark.parametrize("text", [
    "On 14 August 2019, unidentified gunmen on motorbikes raided a ranger station near Sampleville and set "
    "the buildings on fire.",
    "On 14 August 2019, unknown gunmen killed two forest guards on patrol near Sampleville.",
])
def test_rangers_are_burkina_forest_guards(pipeline: Pipeline, text: str) -> None:
    assert actors(pipeline, text) == ("Unidentified Armed Group (Burkina Faso)", FOREST_GUARDS)


def test_rangers_elsewhere_stay_private_security(pipeline: Pipeline) -> None:
    # the alias is strict: game rangers in Kenya are not Burkina's forest guards
    text = "On 14 August 2019, bandits attacked game rangers at a conservancy near Sampleville, injuring one ranger."
    found = names(pipeline, text, country="Kenya")
    assert "Private Security Forces (Kenya)" in found
    assert not any("Forest Guards" in n for n in found)


# ------------------------------------------------------------------------ a group and its coalition


@pytest.mark.parametrize("text", [
    "On 14 August 2019, presumed Katiba Macina (JNIM) militants blew up a culvert near Sampleville.",
    "On 14 August 2019, suspected Katiba Macina or Ansaroul Islam (JNIM) militants burned a school in "
    "Sampleville.",
])
def test_group_with_its_coalition_in_brackets_is_the_coalition(pipeline: Pipeline, text: str) -> None:
    found = names(pipeline, text)
    assert found[0] == JNIM
    assert "Katiba Macina" not in found and "Ansaroul Islam" not in found
    assert actors(pipeline, text)[0] == JNIM


def test_group_without_brackets_keeps_its_name(pipeline: Pipeline) -> None:
    text = "On 14 August 2019, presumed Katiba Macina militants ambushed two policemen near Sampleville."
    assert actors(pipeline, text)[0] == "Katiba Macina"


def test_acronym_of_the_same_group_in_brackets_is_one_actor(pipeline: Pipeline) -> None:
    text = ("On 14 August 2019, militants of the Group for Support of Islam and Muslims (JNIM) attacked the "
            "gendarmerie in Sampleville.")
    assert actors(pipeline, text) == (JNIM, "Police Forces of Burkina Faso (2015-2022) Gendarmerie")


# ------------------------------------------------------------------- unnamed attackers with a hedge


@pytest.mark.parametrize(("text", "group"), [
    ("On 14 August 2019, unknown gunmen (presumably JNIM and/or ISGS militants) shot dead a trader near "
     "Sampleville.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)"),
    ("On 14 August 2019, unknown gunmen (presumably Ansaroul Islam) attacked the gendarmerie in Sampleville.",
     "Ansaroul Islam"),
])
def test_bracketed_guess_names_unknown_gunmen(pipeline: Pipeline, text: str, group: str) -> None:
    found = names(pipeline, text)
    assert found[0] == group
    assert "Unidentified Armed Group (Burkina Faso)" not in found
    assert actors(pipeline, text)[0] == group


def test_bracket_without_a_hedge_leaves_unknown_gunmen(pipeline: Pipeline) -> None:
    # a bracket that is not the coder's guess about who the attackers were names no one
    text = ("On 14 August 2019, unknown gunmen (two of them on foot) killed a herder near Sampleville, where "
            "Ansaroul Islam is active.")
    assert names(pipeline, text)[0] == "Unidentified Armed Group (Burkina Faso)"
