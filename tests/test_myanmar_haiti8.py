"""Myanmar and Haiti actor rules: forces named only after a blast, forces a mine went off under, Haiti's
police leading joint operations and standing for unnamed "security forces", bystander force mentions at
a crowd. All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt

from fogwatch.pipeline import Pipeline
from fogwatch.records import Article, Event

ON_2021 = dt.date(2021, 9, 1)
ON_2025 = dt.date(2025, 3, 1)
MILITARY_MM = "Military Forces of Myanmar (2021-)"
UNKNOWN_MM = "Unidentified Armed Group (Myanmar)"
POLICE_HT = "Police Forces of Haiti (2024-)"


def event(pipeline: Pipeline, text: str, country: str, on: dt.date) -> Event:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country=country)]))
    assert result.events, "the test text must make an event"
    return result.events[0]


# ------------------------------------------------------------------------------ Myanmar: blasts


def test_force_that_fired_after_the_blast_is_not_the_bomber(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Kale town (Kale District, Sagaing Region), a bomb exploded near a "
               "school. After the explosion, Myanmar military forces opened fire in the ward. Casualties unknown.",
               "Myanmar", ON_2021)
    assert ev.sub_event_type == "Remote explosive/landmine/IED"
    assert (ev.actor1, ev.actor2) == (UNKNOWN_MM, None)


def test_force_that_arrested_people_after_the_blast_is_not_the_target(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Pathein town (Pathein District, Ayeyarwady Region), two bombs "
               "exploded in a market. No casualties reported. Following the blast, four youths were arrested by "
               "security forces.", "Myanmar", ON_2021)
    assert ev.actor1 == UNKNOWN_MM
    assert ev.actor2 is None


def test_force_blamed_after_the_blast_stays_the_bomber(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Monywa town (Monywa District, Sagaing Region), a bomb exploded on "
               "a road, killing two civilians. Residents said the bomb was planted by the military.",
               "Myanmar", ON_2021)
    assert ev.actor1 == MILITARY_MM


def test_force_hurt_after_the_blast_is_the_target(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Myingyan town (Myingyan District, Mandalay Region), a bomb "
               "exploded at a checkpoint. Three soldiers were injured.", "Myanmar", ON_2021)
    assert ev.actor1 == UNKNOWN_MM
    assert ev.actor2 == MILITARY_MM


def test_military_trucks_that_hit_mines_are_the_target(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, near Kyauk Ka village (Tabayin Township, Shwebo District, Sagaing "
               "Region), two military trucks hit landmines. The troops fired into the fields afterwards. Casualties "
               "unknown.", "Myanmar", ON_2021)
    assert (ev.actor1, ev.actor2) == (UNKNOWN_MM, MILITARY_MM)


def test_military_passing_when_the_mine_exploded_is_the_target(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Mansi town (Bhamo District, Kachin State), a bomb exploded as a "
               "Myanmar military truck drove back to its base. No casualties reported.", "Myanmar", ON_2021)
    assert (ev.actor1, ev.actor2) == (UNKNOWN_MM, MILITARY_MM)


def test_informant_of_the_military_is_no_force_on_the_move(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 20 August 2021, in Ah Sin village (Ye Township, Mawlamyine District, Mon State), a bomb "
               "exploded at the house of a villager who worked as a military informant. The blast injured his wife.",
               "Myanmar", ON_2021)
    assert ev.actor2 == "Civilians (Myanmar)"


# ------------------------------------------------------------------------------ Haiti: forces


def test_haiti_police_lead_joint_operations(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Delmas, Ouest, police and military forces clashed with the "
               "Viv Ansanm Gang during an operation in Delmas 2. Casualties unknown.", "Haiti", ON_2025)
    assert ev.actor1 == POLICE_HT
    assert ev.actor2 == "Viv Ansanm Gang"


def test_haiti_security_forces_are_the_police(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Tabarre, Ouest, members of the Viv Ansanm Gang clashed with "
               "security forces near the bridge. Casualties unknown.", "Haiti", ON_2025)
    assert {ev.actor1, ev.actor2} == {"Viv Ansanm Gang", POLICE_HT}


def test_elsewhere_joint_operations_stay_the_military(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Jolo, Sulu, police and military forces clashed with the Abu "
               "Sayyaf Group. Two soldiers were wounded.", "Philippines", ON_2025)
    # (the Philippines' coders put the non-state side first in battles with state forces)
    assert "Military Forces of the Philippines" in (ev.actor2 or "")
    assert ev.actor1 == "ASG: Abu Sayyaf"


# ------------------------------------------------------------------------------ crowds: bystander forces


def test_former_police_officer_is_no_force_at_the_riot(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Jacmel, Sud-Est, residents held a demonstration and erected "
               "barricades of burning tires. They answered the call of Jean Paul (a former police officer and "
               "senator).", "Haiti", ON_2025)
    assert ev.event_type == "Riots"
    assert ev.actor2 is None


def test_police_present_without_action_is_no_side(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Jacmel, Sud-Est, residents set up barricades of burning tires "
               "to protest against insecurity. The police was present, but no specific activity was reported.",
               "Haiti", ON_2025)
    assert ev.actor2 is None


def test_police_that_dispersed_the_riot_remain_the_other_side(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Jacmel, Sud-Est, residents erected barricades of burning tires "
               "and threw stones. The police dispersed them with tear gas.", "Haiti", ON_2025)
    assert ev.actor2 == POLICE_HT


def test_police_on_site_without_action_are_not_the_authors_of_gunshots(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Other: On 10 February 2025, in Cite Soleil, Ouest, gunshots were heard in Boston. The "
               "police were on site, but no specific action was mentioned. The authorship of the gunshots is "
               "unknown.", "Haiti", ON_2025)
    assert ev.event_type == "Strategic developments"
    assert ev.actor1 == "Unidentified Armed Group (Haiti)"


# ------------------------------------------------------------------------------ battles: rival gangs


def test_rival_gangs_clashing_are_one_actor_on_both_sides(pipeline: Pipeline) -> None:
    ev = event(pipeline, "On 10 February 2025, in Port-au-Prince, Ouest, members of rival gangs clashed in the "
               "Solino neighborhood. Casualties unknown.", "Haiti", ON_2025)
    assert ev.event_type == "Battles"
    assert (ev.actor1, ev.actor2) == ("Unidentified Gang (Haiti)", "Unidentified Gang (Haiti)")


# ------------------------------------------------------------------------------ Haiti: roadblocks


def test_barricades_against_gangs_are_the_residents(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Other: On 10 February 2025, in Terre Neuve, Artibonite, residents set up barricades near "
               "the market to prevent gang members from entering their neighborhood.", "Haiti", ON_2025)
    assert ev.event_type == "Strategic developments"
    assert ev.actor1 == "Civilians (Haiti)"


def test_barricades_gang_members_set_up_are_the_gang(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Other: On 10 February 2025, in Terre Neuve, Artibonite, gang members set up barricades "
               "near the market and blocked traffic.", "Haiti", ON_2025)
    assert ev.actor1 == "Unidentified Gang (Haiti)"


# ------------------------------------------------------------------------------ catalogue: mixed-case acronyms


def test_mixed_case_acronym_does_not_match_an_ordinary_word(pipeline: Pipeline) -> None:
    found = pipeline.catalogue.lexicon.find("On 5 May 2021, in Let Pan village, a bomb exploded.")
    assert all(m.phrase.text != "LeT" for m in found)
    ev = event(pipeline, "On 20 August 2021, in Let Pan village (Singu Township), a bomb exploded at the office.",
               "Myanmar", ON_2021)
    assert "Lashkar" not in f"{ev.actor1} {ev.actor2}"


def test_mixed_case_acronym_matches_as_written(pipeline: Pipeline) -> None:
    assert pipeline.catalogue.resolve("LeT", country="India") is not None
    assert pipeline.catalogue.resolve("Let", country="India") is None


def test_barricades_keeping_gangs_out_of_their_communities_are_the_residents(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Other: On 10 February 2025, in Delmas, Ouest, residents set up roadblocks in the Delmas 40 "
               "neighborhood to prevent gang members from entering their communities.", "Haiti", ON_2025)
    assert ev.actor1 == "Civilians (Haiti)"


def test_gunshots_of_unknown_authorship_near_a_police_building(pipeline: Pipeline) -> None:
    ev = event(pipeline, "Other: On 10 February 2025, in Petionville, Ouest, gunshots were heard near the Police "
               "Academy. There is no information on the circumstances or the authorship of the gunshots.",
               "Haiti", ON_2025)
    assert ev.event_type == "Strategic developments"
    assert ev.actor1 == "Unidentified Armed Group (Haiti)"
