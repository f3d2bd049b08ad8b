"""Haiti: the home police acting with a foreign force is the actor, also when the parse leaves the
sides to be read from the text ("police forces and agents from the MSS") and when both nations are
written as one force ("Haitian and Kenyan police"). All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from event_helpers import first_event

from fogwatch.pipeline import Pipeline

ON = dt.date(2024, 12, 3)
HOME_POLICE = "Police Forces of Haiti (2024-)"


def event(pipeline: Pipeline, text: str, country: str = "Haiti"):  # type: ignore[no-untyped-def]
    return first_event(pipeline, text, country, ON)


def test_police_and_agents_of_a_mission_are_the_home_police(pipeline: Pipeline) -> None:
    text = ("On 1 December 2024, in Tabarre, Ouest, police forces and agents from the Multinational Security "
            "Support Mission (MMSS) fought gang members near the market. Casualties unknown.")
    ev = event(pipeline, text)
    assert ev.actor1 == HOME_POLICE
    assert ev.actor2 == "Unidentified Gang (Haiti)"


def test_joint_force_of_two_nations_is_the_home_police(pipeline: Pipeline) -> None:
    text = ("On 2 December 2024, in Ganthier, Ouest, Haitian and Kenyan police forces fought gang members "
            "near the market. Casualties unknown.")
    assert event(pipeline, text).actor1 == HOME_POLICE


def test_joint_force_named_by_country_names(pipeline: Pipeline) -> None:
    text = ("On 2 December 2024, in Ganthier, Ouest, Haiti and Kenya police forces fought gang members "
            "near the market.")
    assert event(pipeline, text).actor1 == HOME_POLICE


def test_foreign_police_alone_stay_foreign(pipeline: Pipeline) -> None:
    text = ("On 2 December 2024, in Ganthier, Ouest, Kenyan police forces fought gang members "
            "near the market. Casualties unknown.")
    ev = event(pipeline, text)
    assert ev.actor1 is not None and "Kenya" in ev.actor1


def test_country_name_before_a_comma_is_no_joint_force(pipeline: Pipeline) -> None:
    text = ("On 2 December 2024, near the border with Haiti, Dominican soldiers fought gang members "
            "near the market. Casualties unknown.")
    assert event(pipeline, text).actor1 == "Military Forces of the Dominican Republic (2020-)"
