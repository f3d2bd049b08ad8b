"""Myanmar actor coding: force words that only describe someone or something ("military owned", "a military
informer"), grenades that hurt no one, township units ACLED names its own way, and resistance groups named
in the text. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event_actors, mention_names

from fogwatch.pipeline import Pipeline

ON_2021 = dt.date(2021, 10, 20)


def names(pipeline: Pipeline, text: str, country: str = "Myanmar") -> list[str]:
    return mention_names(pipeline, text, country, ON_2021)


def actors(pipeline: Pipeline, text: str, country: str = "Myanmar") -> tuple[str | None, str | None]:
    return first_event_actors(pipeline, text, country, ON_2021)


# ------------------------------------------------------------------------ force words that describe


@pytest.mark.parametrize("text", [
    "On 18 October 2021, in Sampleton town, the military owned telecom tower was bombed and destroyed. "
    "There were no casualties.",
    "On 18 October 2021, in Sampleton town, a bomb exploded at the house of a military informer. "
    "No casualties reported.",
    "On 18 October 2021, in Sampleton town, a bomb exploded at the shop of a military veteran. "
    "No injuries reported.",
])
def test_force_word_describing_a_target_is_no_actor(pipeline: Pipeline, text: str) -> None:
    assert not any(n.startswith("Military Forces") for n in names(pipeline, text))
    assert actors(pipeline, text) == ("Unidentified Armed Group (Myanmar)", None)


def test_military_before_a_coup_is_no_actor(pipeline: Pipeline) -> None:
    found = names(pipeline, "Residents of Sampleton marched against the military coup on 18 October 2021.")
    assert not any(n.startswith("Military Forces") for n in found)


def test_military_that_acts_is_still_the_military(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, in Sampleton town, the military shelled the village. Two villagers were injured."
    assert any(n.startswith("Military Forces of Myanmar") for n in names(pipeline, text))


def test_owned_by_the_military_keeps_the_military(pipeline: Pipeline) -> None:
    # "owned by" is read elsewhere; only the participle before a noun makes the force an attribute
    text = "On 18 October 2021, in Sampleton town, the military owned by nobody attacked the village."
    assert any(n.startswith("Military Forces of Myanmar") for n in names(pipeline, text))


# ------------------------------------------------------------------------ grenades that hurt no one


def test_grenade_hurting_no_one_has_no_target_in_myanmar(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton town, a hand grenade exploded near the township office. "
            "No injuries reported.")
    assert actors(pipeline, text) == ("Unidentified Armed Group (Myanmar)", None)


def test_grenade_that_hurts_people_targets_civilians_in_myanmar(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton town, a hand grenade exploded near the township office. "
            "Two passers-by were injured.")
    assert actors(pipeline, text)[1] == "Civilians (Myanmar)"


def test_grenade_hurting_no_one_elsewhere_keeps_civilians(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Cotabato City, unidentified men threw a hand grenade at a store. "
            "No one was hurt.")
    assert actors(pipeline, text, "Philippines")[1] == "Civilians (Philippines)"


# ------------------------------------------------------------------------ township units


@pytest.mark.parametrize(("text", "unit"), [
    ("On 18 October 2021, the Gangaw PDF attacked a military convoy with mines.",
     "People's Defense Force - Gangaw Battalion"),
    ("On 18 October 2021, the Gangaw PDF battalion 3 attacked a military convoy with mines.",
     "People's Defense Force - Gangaw Battalion"),
    ("On 18 October 2021, the Kale PDF attacked a military convoy with mines.", "People's Defense Force - Kalay"),
    ("On 18 October 2021, the Kani PDF attacked a military convoy with mines.", "People's Defense Force - Kani"),
    ("On 18 October 2021, the KLG PDF attacked a military convoy with mines.", "Kani People's Defense Force - KLG"),
])
def test_township_units_as_acled_names_them(pipeline: Pipeline, text: str, unit: str) -> None:
    assert unit in names(pipeline, text)


# ------------------------------------------------------------------------ groups named in the text


def test_group_named_in_text_with_acronym(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton township, the Sampleton Guerrilla Revolution Force (SGRF) "
            "ambushed a military truck with mines.")
    assert actors(pipeline, text)[0] == "SGRF: Sampleton Guerrilla Revolution Force"


def test_group_named_in_text_without_acronym(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Mockville township, the Mockville Urban Guerrilla Group bombed a "
            "telecom tower. There were no casualties.")
    assert "Mockville Urban Guerrilla Group" in names(pipeline, text)


@pytest.mark.parametrize("text", [
    "On 18 October 2021, the Local Defense Force attacked a military truck with mines.",
    "On 18 October 2021, the Urban Guerrilla Group attacked a military truck with mines.",
])
def test_description_alone_is_no_group_name(pipeline: Pipeline, text: str) -> None:
    assert not any("Guerrilla Group" == n or n == "Local Defense Force" for n in names(pipeline, text))


def test_catalogued_group_keeps_its_acled_name(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, the Kachin Independence Army attacked a military outpost."
    assert "KIO/KIA: Kachin Independence Organization/Kachin Independence Army" in names(pipeline, text)


def test_state_force_names_are_not_read_as_groups(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, the Sampleton Border Guard Force attacked a village."
    assert not any(n.startswith("Sampleton") for n in names(pipeline, text))


def test_self_named_groups_only_where_acled_codes_them(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, the Sampleton Guerrilla Revolution Force attacked a police post in Garissa."
    assert "Sampleton Guerrilla Revolution Force" not in names(pipeline, text, "Kenya")


def test_acronym_of_a_state_force_does_not_hide_a_new_group(pipeline: Pipeline) -> None:
    # "BGF" is also the Border Guard Force's acronym; the name before it says which group this is
    text = "On 18 October 2021, the Sampleton Guerrilla Force (BGF) attacked a police post with mines."
    assert "BGF: Sampleton Guerrilla Force" in names(pipeline, text)


def test_acronym_of_a_known_group_keeps_the_catalogue_name(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, the Sampleton Guerilla Force (KIA) attacked a police post with mines."
    assert not any(n.startswith("KIA: ") for n in names(pipeline, text))


# ------------------------------------------------------------------------ allies and the same unit again


def test_group_bombing_beside_the_bomber_is_not_the_target(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton town, the Pale PDF and Ayeyar 14 threw a hand grenade at the "
            "gate while military soldiers were opening it.")
    assert actors(pipeline, text) == ("People's Defense Force - Pale", "Military Forces of Myanmar (2021-)")


def test_joint_forces_list_has_no_target_among_them(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, near Sampleton village, a telecom tower was bombed and destroyed by the joint "
            "forces of ARA and Ayeyar 14. There were no casualties.")
    assert actors(pipeline, text) == ("ARA: Ayadaw Revolutionary Alliance", None)


def test_foes_joined_by_and_stay_foes(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, near Sampleton village, the Myanmar military and KIA exchanged artillery shells. "
            "Casualties unknown.")
    pair = actors(pipeline, text)
    assert "KIO/KIA: Kachin Independence Organization/Kachin Independence Army" in pair


def test_bare_pdf_after_one_named_unit_is_that_unit(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton town, the Sampleton PDF bombed the ward office. The PDF group stated "
            "that the attack was a warning. Casualties unknown.")
    assert names(pipeline, text).count("People's Defense Force - Sampleton") == 2
    assert actors(pipeline, text) == ("People's Defense Force - Sampleton", None)


def test_bare_pdf_after_two_named_units_stays_the_movement(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, the Sampleton PDF and the Mockville PDF attacked a convoy. The PDF said that "
            "three soldiers died.")
    assert "PDF: People's Defense Force" in names(pipeline, text)


# ------------------------------------------------------------------------ artillery nobody is said to fire


def test_artillery_alone_is_an_unidentified_group_in_myanmar(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, in Sampleton village, an artillery shell exploded and injured a girl."
    assert actors(pipeline, text) == ("Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)")


def test_artillery_fired_by_the_military_is_the_military(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, in Sampleton village, the military fired artillery shells and injured a girl."
    assert actors(pipeline, text)[0] == "Military Forces of Myanmar (2021-)"


def test_artillery_alone_elsewhere_is_still_the_army(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, near Kharkiv, an artillery shell exploded and injured a girl."
    assert "Military Forces of Myanmar (2021-)" not in names(pipeline, text, "Ukraine")
    assert any(n.startswith("Military Forces of Ukraine") for n in names(pipeline, text, "Ukraine"))


# ------------------------------------------------------------------------ casualties told by trade or age


def test_blast_hurting_people_by_trade_targets_civilians(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, in Sampleton town, a bomb exploded near a garbage dump. A female cleaner was "
            "injured by the blast.")
    assert actors(pipeline, text) == ("Unidentified Armed Group (Myanmar)", "Civilians (Myanmar)")


def test_blast_hurting_no_one_has_no_civilian_target(pipeline: Pipeline) -> None:
    text = "On 18 October 2021, in Sampleton town, a bomb exploded near a garbage dump. No one was injured."
    assert actors(pipeline, text) == ("Unidentified Armed Group (Myanmar)", None)


def test_clause_after_a_comma_is_not_an_ally(pipeline: Pipeline) -> None:
    text = ("On 18 October 2021, near Sampleton village, following the fighting with the Pale PDF, the military "
            "fired artillery shells at the PDF positions. Casualties unknown.")
    assert actors(pipeline, text) == ("Military Forces of Myanmar (2021-)", "People's Defense Force - Pale")
