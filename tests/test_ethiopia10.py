"""Ethiopia actor coding: the regional police forces ACLED keeps apart (Oromia's state police beside its
special forces, the Liyu Police beside the Somali region's other special forces, "Amhara Liyu police"
as the Amhara special forces), unnamed "security forces" as the police, and a region's name at the end
of a bracketed address ("(Mekele, Tigray)") read as a place, not as an ethnic militia; unidentified men
"from an ethnic militia", prison guards as a police unit, Fano's name by date, and a town's older name
kept as written. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event, first_event_actors, mention_names

from fogwatch.pipeline import Pipeline

ON = dt.date(2021, 3, 2)
POLICE = "Police Forces of Ethiopia (2018-)"
ARMY = "Military Forces of Ethiopia (2018-)"
CIVILIANS = "Civilians (Ethiopia)"


def actors(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    return first_event_actors(pipeline, text, "Ethiopia", ON)


# ------------------------------------------------------------------ regional police forces


@pytest.mark.parametrize(("text", "force"), [
    ("On 1 March 2021, Oromia state police shot and killed a trader in Dodola town (West Arsi, Oromia).",
     f"{POLICE} Oromia State Police"),
    ("On 1 March 2021, Oromia regional state police officers beat a farmer to death in Gimbi (West Wellega, "
     "Oromia).", f"{POLICE} Oromia State Police"),
    ("On 1 March 2021, Oromia regional special police shot and killed a student in Ambo (West Shewa, Oromia).",
     f"{POLICE} Oromo Regional Special Forces"),
    ("On 1 March 2021, Amhara regional special police shot and killed a shopkeeper in Kemise (Oromia, Amhara).",
     f"{POLICE} Amhara Regional Special Forces"),
    ("On 1 March 2021, Amhara Liyu police shot and killed two herders near Ataye (North Shewa, Amhara).",
     f"{POLICE} Amhara Regional Special Forces"),
    ("On 1 March 2021, Liyu police shot and killed three herders near Gode (Shabelle, Somali).",
     f"{POLICE} Liyu Police"),
])
def test_regional_police_forces(pipeline: Pipeline, text: str, force: str) -> None:
    assert actors(pipeline, text) == (force, CIVILIANS)


def test_liyu_police_named_so_across_the_border(pipeline: Pipeline) -> None:
    text = "On 1 March 2016, Ethiopian Liyu Police crossed the border and shot a herder near Mandera town."
    names = mention_names(pipeline, text, "Kenya", dt.date(2016, 3, 2))
    assert any(n.startswith("Police Forces of Ethiopia") and n.endswith(" Liyu Police") for n in names)


# ------------------------------------------------------------------ unnamed security forces


def test_unnamed_security_forces_are_the_police(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, security forces shot and killed an unarmed man in Dodola town (West Arsi, Oromia)."
    assert actors(pipeline, text) == (POLICE, CIVILIANS)


def test_federal_security_forces_stay_the_army(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, federal security forces shot and killed a teacher in Boke (West Hararghe, Oromia)."
    assert actors(pipeline, text) == (ARMY, CIVILIANS)


def test_soldiers_stay_the_army(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, Ethiopian soldiers shot and killed an unarmed man in Dodola town (West Arsi, Oromia)."
    assert actors(pipeline, text) == (ARMY, CIVILIANS)


def test_unnamed_security_forces_elsewhere_stay_the_army(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, security forces shot and killed an unarmed man in Afgooye town (Afgooye, Lower Shabelle)."
    assert first_event_actors(pipeline, text, "Somalia", ON)[0] == "Military Forces of Somalia (2017-2022)"


# ------------------------------------------------------------------ a region's name in an address


def test_region_alone_in_brackets_is_a_place(pipeline: Pipeline) -> None:
    text = "On 3 March 2021, a military command post was established in Mekele (Tigray)."
    assert actors(pipeline, text) == (ARMY, None)


def test_region_written_with_a_slash_in_an_address_is_a_place(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, police arrested 12 youths in Gilgel Beles (Metekel, Benishangul/Gumz)."
    assert actors(pipeline, text) == (POLICE, CIVILIANS)


def test_group_named_as_attackers_is_still_the_militia(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, Amhara militias attacked a village in Dibate (Metekel, Benishangul/Gumz), killing 4."
    assert actors(pipeline, text)[0] == "Amhara Ethnic Militia (Ethiopia)"


# ------------------------------------------------------------------ unidentified men of an ethnic militia


@pytest.mark.parametrize("text", [
    "On 1 March 2021, unidentified armed men from an ethnic militia attacked ethnic minorities in Bulen "
    "(Metekel, Benishangul/Gumz), killing 5.",
    "On 1 March 2021, gunmen from an unidentified armed ethnic group opened fire on a bus near Gilgel Beles "
    "(Metekel, Benishangul/Gumz), wounding 7.",
])
def test_unidentified_men_of_an_ethnic_militia(pipeline: Pipeline, text: str) -> None:
    assert actors(pipeline, text) == ("Unidentified Ethnic Militia (Ethiopia)", CIVILIANS)


def test_unidentified_attackers_of_an_ethnic_group_stay_unidentified(pipeline: Pipeline) -> None:
    # "ethnic" describes the victims, not the attackers
    text = "On 1 March 2021, unidentified gunmen attacked ethnic Amhara farmers in Guba (Metekel, Benishangul/Gumz)."
    assert actors(pipeline, text)[0] == "Unidentified Armed Group (Ethiopia)"


def test_prison_guards_are_a_police_unit(pipeline: Pipeline) -> None:
    text = "On 1 March 2021, prison guards beat a detainee to death in Nekemte (East Wellega, Oromia)."
    assert actors(pipeline, text) == (f"{POLICE} Prison Guards", CIVILIANS)


def test_group_named_alone_in_brackets_after_a_group_is_still_a_group(pipeline: Pipeline) -> None:
    # "Merile (Dassanach)": the bracket gives the group's other name, not a place
    text = ("On 1 March 2011, 50 Ethiopian Merile (Dassanach) raiders crossed into Kenya and stole 200 goats "
            "near Todonyang.")
    names = mention_names(pipeline, text, "Kenya", dt.date(2011, 3, 2))
    assert "Dassanach Ethnic Militia (Ethiopia)" in names


# ------------------------------------------------------------------ Fano's name by date


@pytest.mark.parametrize(("on", "name"), [
    (dt.date(2020, 5, 1), "Fano Youth Militia"),
    (dt.date(2023, 9, 1), "Fano Youth Militia"),
    (dt.date(2024, 3, 1), "Fano Militia"),
])
def test_fano_name_follows_the_date(pipeline: Pipeline, on: dt.date, name: str) -> None:
    actor = pipeline.catalogue.resolve("Fano militias", country="Ethiopia", on=on)
    assert actor is not None and actor.name == name


# ------------------------------------------------------------------ a town's other name keeps its spelling


def test_older_town_name_is_kept_as_written(pipeline: Pipeline) -> None:
    # Alemaya is Haramaya's older name, not a quarter of it: the text's spelling is the location
    text = "On 1 March 2021, security forces shot and killed a student in Alemaya town (East Hararghe, Oromia)."
    ev = first_event(pipeline, text, "Ethiopia", ON)
    assert (ev.admin1, ev.admin2, (ev.location or "").strip("'")) == ("Oromia", "East Hararge", "Alemaya")
