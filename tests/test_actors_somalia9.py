"""Somalia actor coding, second round: one force or group fighting itself (ACLED codes it on both sides),
the units of "2 groups of government forces (NISA and SNA)", the coder's bracketed guess at the
perpetrator ("an unknown armed group (likely Al Shabaab ...)"), the Puntland Security Force apart from
the Dervish, and clan names: a clan name that is also a neighbour's ethnic group, a lineage written name
by name, spellings of sub-clans. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from event_helpers import first_event_actors

from fogwatch.pipeline import Pipeline

ON = dt.date(2025, 6, 2)
SNA = "Military Forces of Somalia (2022-)"
NISA = f"{SNA} National Intelligence and Security Agency"


def actors(pipeline: Pipeline, text: str) -> tuple[str | None, str | None]:
    return first_event_actors(pipeline, text, "Somalia", ON)


# ------------------------------------------------------------------ one actor on both sides


@pytest.mark.parametrize(("text", "actor"), [
    ("On 4 May 2025, 2 groups of government soldiers (SNA) exchanged gunfire at a checkpoint in Hodan "
     "neighborhood in Mogadishu (Banadir). One soldier was wounded.", SNA),
    ("On 4 May 2025, two Islamic State Somalia Province groups clashed in the hills near Qandala town "
     "(Qandala, Bari). One fighter died.", "Islamic State Somalia Province"),
    ("On 4 May 2025, 2 government security forces (SNA) clashed over a land dispute in Afgooye town "
     "(Afgooye, Lower Shabelle). No casualties were reported.", SNA),
    ("On 4 May 2025, a government soldier (SNA) shot and killed another soldier at a base in Baidoa town "
     "(Baydhaba, Bay). The reason is not known.", SNA),
    ("On 4 May 2025, two groups of Al Shabaab fought each other near Jilib town (Jilib, Middle Juba) over "
     "the division of zakat money. Two militants were killed.", "Al Shabaab"),
])
def test_one_actor_fighting_itself(pipeline: Pipeline, text: str, actor: str) -> None:
    assert actors(pipeline, text) == (actor, actor)


def test_two_units_in_brackets_are_the_two_sides(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, 2 groups of government security forces (NISA and SNA) clashed near the port in "
            "Marka town (Marka, Lower Shabelle). One soldier was injured.")
    assert actors(pipeline, text) == (NISA, SNA)


def test_date_number_is_not_a_count_of_sides(pipeline: Pipeline) -> None:
    # "2 May 2025, Puntland forces" is a date, not two groups of the Puntland forces
    text = ("On 2 May 2025, Puntland Dervish forces clashed with Islamic State Somalia Province fighters in "
            "the mountains near Qandala town (Qandala, Bari). Casualties unknown.")
    assert actors(pipeline, text) == (f"{SNA} Puntland Dervish Force", "Islamic State Somalia Province")


def test_counted_victims_of_another_actor_are_not_a_split(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, 2 government soldiers (SNA) were killed when Al Shabaab fighters attacked their "
            "base in Afgooye town (Afgooye, Lower Shabelle).")
    assert actors(pipeline, text) == ("Al Shabaab", SNA)


def test_another_soldier_hurt_in_a_clash_is_not_a_split(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, government soldiers (SNA) clashed with Al Shabaab in Afgooye town (Afgooye, Lower "
            "Shabelle). Two soldiers were killed and another soldier was injured.")
    assert actors(pipeline, text) == (SNA, "Al Shabaab")


# ------------------------------------------------------------------ the coder's guess at the perpetrator


def test_likely_group_in_brackets_is_the_perpetrator(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, an IED planted by an unknown armed group (likely Al Shabaab given earlier blasts "
            "there) exploded at the gate of a house in Afgooye town (Afgooye, Lower Shabelle). The gate was "
            "damaged. There were no casualties.")
    assert actors(pipeline, text) == ("Al Shabaab", None)


def test_unknown_attackers_without_a_guess_stay_unidentified(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, an IED planted by an unknown armed group exploded near a market in Afgooye town "
            "(Afgooye, Lower Shabelle). One civilian was injured.")
    assert actors(pipeline, text) == ("Unidentified Armed Group (Somalia)", "Civilians (Somalia)")


# ------------------------------------------------------------------ Puntland's forces


@pytest.mark.parametrize(("phrase", "name"), [
    ("Puntland Darwish forces", f"{SNA} Puntland Dervish Force"),
    ("Puntland Security Force (PSF) troops", f"{SNA} Puntland Security Force"),
])
def test_puntland_units(pipeline: Pipeline, phrase: str, name: str) -> None:
    text = (f"On 4 May 2025, {phrase} clashed with Islamic State Somalia Province near Balade village "
            "(Bossaso, Bari). Casualties unknown.")
    assert actors(pipeline, text) == (name, "Islamic State Somalia Province")


# ------------------------------------------------------------------ clans


def test_clan_name_that_is_also_a_neighbours_ethnic_group(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, Garre clan militia attacked a Jiido clan militia over farmland near Qoryooley town "
            "(Qoryooley, Lower Shabelle). Two people were killed.")
    assert actors(pipeline, text) == ("Rahanweyn-Digil-Garre Sub-Clan Militia (Somalia)",
                                      "Rahanweyn-Digil-Jiido Sub-Clan Militia (Somalia)")


def test_lineage_written_name_by_name_takes_its_branch(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, Rahanweyn-Moalim Weyne sub-clan militia clashed with Marehan clan militia over "
            "grazing land near Luuq town (Luuq, Gedo). Casualties unknown.")
    assert actors(pipeline, text) == ("Rahanweyn-Mirifle-Maalim Weyne Sub-Clan Militia (Somalia)",
                                      "Darod-Marehan Sub-Clan Militia (Somalia)")


@pytest.mark.parametrize(("written", "name"), [
    ("Leysaan", "Rahanweyn-Mirifle-Leeysan"),
    ("Gaaljacel", "Hawiye-Gaaljecel"),
    ("Hariin", "Rahanweyn-Mirifle-Harin"),
    ("Jareerweyne", "Bantu-Jareer-Weyne"),
])
def test_sub_clan_spellings(pipeline: Pipeline, written: str, name: str) -> None:
    text = (f"On 4 May 2025, {written} clan militia shot and killed a herder near Jowhar town (Jowhar, Middle "
            "Shabelle).")
    assert actors(pipeline, text) == (f"{name} Sub-Clan Militia (Somalia)", "Civilians (Somalia)")


# ------------------------------------------------------------------ strategic developments


@pytest.mark.parametrize(("text", "pair"), [
    ("Change to armed group: On 4 May 2025, 3 government soldiers (SNA) surrendered to Al Shabaab with their "
     "rifles in Tayeeglow town (Tayeeglow, Bakool).", (SNA, "Al Shabaab")),
    ("Change to armed group: On 4 May 2025, 6 Abgal clan militia members defected to Al Shabaab in Ceel Buur "
     "town (Ceel Buur, Galgaduud).", ("Hawiye-Abgal Sub-Clan Militia (Somalia)", "Al Shabaab")),
])
def test_group_surrendered_or_defected_to_is_actor2(pipeline: Pipeline, text: str,
                                                    pair: tuple[str, str]) -> None:
    assert actors(pipeline, text) == pair


def test_recruitment_keeps_actor2_blank(pipeline: Pipeline) -> None:
    text = ("Change to armed group: On 4 May 2025, Al Shabaab recruited 40 young men from nearby villages in "
            "Jilib town (Jilib, Middle Juba).")
    assert actors(pipeline, text) == ("Al Shabaab", None)


def test_place_taken_from_a_group_without_a_fight(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, Puntland Dervish Forces took control over a hilltop camp near Balade village "
            "(Bossaso, Bari) from Islamic State Somalia Province. There were no clashes.")
    assert actors(pipeline, text) == (f"{SNA} Puntland Dervish Force", "Islamic State Somalia Province")


# ------------------------------------------------------------------ unit names before the members' word


@pytest.mark.parametrize("text", [
    "On 4 May 2025, Southwest Special Police Forces (SWSPF) troops clashed with Al Shabaab on the outskirts of "
    "Berdaale town (Baydhaba, Bay). There were no casualties.",
])
def test_named_unit_before_troops(pipeline: Pipeline, text: str) -> None:
    assert actors(pipeline, text) == ("Police Forces of Somalia (2022-) Southwest Special Police Forces",
                                      "Al Shabaab")


def test_coders_description_in_brackets_is_no_actor(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, foreign forces (described as partner forces, coded as Unidentified Military Forces) "
            "carried out an airstrike targeting Al Shabaab near Jilib town (Jilib, Middle Juba). Four militants "
            "were killed.")
    assert actors(pipeline, text) == ("Unidentified Military Forces", "Al Shabaab")


def test_note_label_forces_are_nobody(pipeline: Pipeline) -> None:
    text = ("Movement of forces: On 4 May 2025, about 60 Al Shabaab fighters gathered at a farm near Salagle "
            "town (Saakow, Middle Juba).")
    assert actors(pipeline, text) == ("Al Shabaab", None)


@pytest.mark.parametrize(("attacker", "name"), [
    ("US forces, in coordination with government security forces (SNA),",
     "Military Forces of the United States (2025-)"),
    ("foreign forces (coded as Unidentified Military Forces) and government security forces (SNA)",
     "Unidentified Military Forces"),
])
def test_partner_named_before_a_strike_is_not_its_target(pipeline: Pipeline, attacker: str, name: str) -> None:
    text = (f"On 4 May 2025, {attacker} conducted an airstrike targeting an Al Shabaab base west of Jilib town "
            "(Jilib, Middle Juba). Casualties unknown.")
    assert actors(pipeline, text) == (name, "Al Shabaab")


def test_force_named_before_a_shelling_it_suffers_is_its_target(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, a government forces (SNA) base in Jilib town (Jilib, Middle Juba) was shelled by Al "
            "Shabaab with mortars. Two soldiers were injured.")
    assert actors(pipeline, text) == ("Al Shabaab", SNA)


def test_property_destroyed_in_an_operation_against_a_group(pipeline: Pipeline) -> None:
    text = ("Property destruction: On 4 May 2025, government security forces (SNA) conducted an operation "
            "targeting Al Shabaab near Gal-Libaax village (Ceel Dheer, Galgaduud). The soldiers burned down "
            "two hideouts and a checkpoint.")
    assert actors(pipeline, text) == (SNA, "Al Shabaab")


@pytest.mark.parametrize("forces", ["government security forces (SNA and Danab)", "government security forces (SNA)"])
def test_clan_militia_acting_with_the_army_is_left_to_the_army(pipeline: Pipeline, forces: str) -> None:
    text = (f"On 4 May 2025, {forces} and Hawadle clan militia attacked Al Shabaab in a village near Bulo Burto "
            "town (Bulo Burto, Hiraan). The forces took control of the village.")
    assert actors(pipeline, text) == (SNA, "Al Shabaab")


def test_clan_militia_named_as_the_other_side_of_a_clash_stays(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, clashes between government security forces (SNA) and Hawadle clan militia left two "
            "dead near Bulo Burto town (Bulo Burto, Hiraan).")
    assert actors(pipeline, text) == (SNA, "Hawiye-Hawadle Sub-Clan Militia (Somalia)")


def test_count_joined_to_another_side_is_not_a_split(pipeline: Pipeline) -> None:
    text = ("On 4 May 2025, police and two gang members exchanged gunfire in Hodan neighborhood in Mogadishu "
            "(Banadir). One gang member died.")
    first, second = actors(pipeline, text)
    assert first == "Police Forces of Somalia (2022-)"
    assert second != first
