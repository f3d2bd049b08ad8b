"""Philippines actors: manner words ("vigilante-style") that name no one, unnamed gunmen outside the drug
war, units acting with the police, the unit that conducted a raid, police and military units the catalogue
knows, and the non-state side first in battles with the state's forces. All sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_roles import _nonstate_first
from fogwatch.actors import ActorRole, EventActors, find_actors
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON = dt.date(2017, 5, 10)
PH = "Philippines"


def names(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    analysis = pipeline.nlp.analyse(text)
    return [(m.text, m.name) for m in find_actors(analysis, pipeline.catalogue, country=PH, on=ON)]


def pair(pipeline: Pipeline, text: str, country: str = PH) -> tuple[str | None, str | None]:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=ON, country=country)]))
    assert result.events, "the test text must make an event"
    return result.events[0].actor1, result.events[0].actor2


def bare(name: str | None) -> str:
    """The name without the bracketed years of a state force's period."""
    return "" if name is None else name.replace(" (2016-2022)", "")


# ------------------------------------------------------------------------------------ drug-war vigilantes


def test_vigilante_style_names_no_actor(pipeline: Pipeline) -> None:
    found = names(pipeline, "A shopkeeper was killed in a vigilante-style attack by unidentified gunmen in Tondo.")
    assert not any("Vigilantes" in name for _, name in found)


def test_vigilante_style_killing_without_drugs_is_unidentified(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A shopkeeper was killed in a vigilante-style attack by unidentified gunmen in "
                           "Tondo, Manila on 3 May 2017.")
    assert a1 == "Unidentified Armed Group (Philippines)"


def test_vigilante_style_killing_of_a_drug_pusher_is_the_vigilantes(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A tricycle driver listed as a drug pusher was killed in a vigilante-style attack by "
                           "unidentified gunmen in Tondo, Manila on 3 May 2017.")
    assert a1 == "Anti-Drug Vigilantes (Philippines)"


def test_vigilante_style_killing_of_an_informant_on_drugs_is_the_vigilantes(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A police informant on drug activities was killed in a vigilante-style attack by "
                           "unidentified gunmen in Tondo, Manila on 3 May 2017.")
    assert a1 == "Anti-Drug Vigilantes (Philippines)"


def test_vigilantes_by_name_are_still_the_vigilantes(pipeline: Pipeline) -> None:
    found = names(pipeline, "Vigilantes shot dead a shopkeeper in Tondo.")
    assert ("Vigilantes", "Anti-Drug Vigilantes (Philippines)") in found


def test_motorcycle_riding_gunmen_without_drugs_are_unidentified(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "A village councilor was shot dead by motorcycle-riding gunmen in Bacolod City, "
                            "Negros Occidental on 4 May 2017.")
    assert (a1, a2) == ("Unidentified Armed Group (Philippines)", "Civilians (Philippines)")


def test_motorcycle_riding_gunmen_who_kill_a_drug_suspect_are_the_vigilantes(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A drug suspect was shot dead by motorcycle-riding gunmen in Bacolod City, "
                           "Negros Occidental on 4 May 2017.")
    assert a1 == "Anti-Drug Vigilantes (Philippines)"


# ------------------------------------------------------------------------------------ joint units


def test_agents_of_a_unit_with_the_police_are_the_police(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A drug suspect was killed during a raid by police and agents of the Philippine Drug "
                           "Enforcement Agency in Tondo, Manila on 3 May 2017.")
    assert bare(a1) == "Police Forces of the Philippines"


# ------------------------------------------------------------------------------------ the unit that acted


def test_police_raid_conducted_by_a_unit_is_the_unit(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A drug suspect was killed during a police raid conducted by the Criminal "
                           "Investigation and Detective Group in Tondo, Manila on 3 May 2017.")
    assert bare(a1) == "Police Forces of the Philippines Criminal Investigation and Detection Group"


def test_police_raid_by_operatives_of_a_unit_is_the_unit(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A drug suspect was killed during a police raid conducted by operatives of the Special "
                           "Action Force in Tondo, Manila on 3 May 2017.")
    assert bare(a1) == "Police Forces of the Philippines Special Action Force"


def test_police_raid_alone_is_the_police(pipeline: Pipeline) -> None:
    a1, _ = pair(pipeline, "A drug suspect was killed during a police raid in Tondo, Manila on 3 May 2017.")
    assert bare(a1) == "Police Forces of the Philippines"


# ------------------------------------------------------------------------------------ units in the catalogue


@pytest.mark.parametrize(("text", "unit"), [
    ("The SWAT team raided a house in Urdaneta.", "Special Weapons and Tactics"),
    ("A jail guard was wounded in Bacolod.", "Prison Guards"),
    ("A barangay peace and security officer was shot in Talisay.", "Barangay Peace and Security Officer"),
    ("Agents of the Regional Intelligence Unit raided a house in Iloilo.", "Regional Intelligence Unit"),
    ("Operatives of the CAID raided a house in Malolos.", "Anti-Illegal Drugs Special Operations Task Force"),
    ("A militiaman was shot dead by rebels in Tago.", "Citizen Armed Force Geographical Unit"),
])
def test_units_of_the_state_forces(pipeline: Pipeline, text: str, unit: str) -> None:
    assert any(name.endswith(" " + unit) for _, name in names(pipeline, text))


def test_swat_outside_the_philippines_is_no_philippine_unit(pipeline: Pipeline) -> None:
    analysis = pipeline.nlp.analyse("A SWAT team raided a house in Nairobi.")
    found = find_actors(analysis, pipeline.catalogue, country="Kenya", on=ON)
    assert not any("Philippines" in m.name for m in found)


# ------------------------------------------------------------------------------------ battle order


def test_battle_with_soldiers_has_the_rebels_first(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "Soldiers of the 4th Infantry Battalion clashed with NPA rebels in Barangay Ompao, "
                            "Tarragona, Davao Oriental on 3 May 2017.")
    assert a1 == "NPA: New People's Army"
    assert bare(a2) == "Military Forces of the Philippines"


def test_battle_with_unidentified_gunmen_has_the_gunmen_first(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "Police officers clashed with unidentified gunmen in Tondo, Manila on 3 May 2017.")
    assert a1 == "Unidentified Armed Group (Philippines)"
    assert bare(a2) == "Police Forces of the Philippines"


def test_battle_order_leaves_armed_suspects_to_who_acted() -> None:
    actors = _roles(("Police Forces of the Philippines (2016-2022)", 1), ("Armed Drug Suspects (Philippines)", 3))
    assert _nonstate_first(actors, PH, frozenset({"Armed Drug Suspects (Philippines)"})) is actors


def _roles(first: tuple[str, int], second: tuple[str, int]) -> EventActors:
    return EventActors(ActorRole(first[0], first[1], ((0, 1),)), ActorRole(second[0], second[1], ((2, 3),)))


def test_battle_order_is_the_philippines_convention_only() -> None:
    actors = _roles(("Military Forces of Kenya (2013-2022)", 1), ("Al Shabaab", 2))
    assert _nonstate_first(actors, "Kenya") is actors


def test_battle_order_leaves_two_state_sides_alone() -> None:
    actors = _roles(("Military Forces of the Philippines (2016-2022)", 1),
                    ("Police Forces of the Philippines (2016-2022)", 1))
    assert _nonstate_first(actors, PH) is actors


def test_battle_order_swaps_state_and_rebels() -> None:
    actors = _roles(("Military Forces of the Philippines (2016-2022)", 1), ("NPA: New People's Army", 2))
    swapped = _nonstate_first(actors, PH)
    assert swapped.actor1 is not None and swapped.actor1.name == "NPA: New People's Army"
    assert swapped.actor2 is not None and swapped.actor2.inter == 1


# ------------------------------------------------------------------------------------ a group split in two


def test_firefight_between_two_factions_is_one_group_on_both_sides(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "Two MILF factions had a firefight in Barangay Madia, Datu Saudi-Ampatuan, "
                            "Maguindanao on 3 May 2017.")
    assert a1 == a2 == "MILF: Moro Islamic Liberation Front"


def test_fight_between_two_commanders_of_a_group_is_the_group_on_both_sides(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "Fighting broke out between two commanders of the MILF in Barangay Madia, Datu "
                            "Saudi-Ampatuan, Maguindanao on 3 May 2017.")
    assert a1 == a2 == "MILF: Moro Islamic Liberation Front"


def test_two_groups_named_apart_are_two_sides(pipeline: Pipeline) -> None:
    a1, a2 = pair(pipeline, "Two warring groups of the MILF and the MNLF clashed in Makilala, Cotabato on "
                            "3 May 2017.")
    assert {a1, a2} == {"MILF: Moro Islamic Liberation Front", "MNLF: Moro National Liberation Front"}
