"""Who is actor1 and actor2 of an event (``fogwatch.actor_roles``). All texts are written for these tests;
they need the spaCy parse: conftest.py's `actor_pair` loads the model once for the session."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actors import find_actors

pytestmark = pytest.mark.slow

KENYA = dt.date(2015, 3, 10)


def test_a_group_named_for_the_victims_is_not_the_attacker(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Six Kikuyu were killed in Naivasha.", "killed") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    text = "Gunmen killed a cleric who allegedly supported al-Shabaab in Mombasa."
    assert actor_pair(text, "killed") == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_the_act_is_read_where_the_trigger_names_none(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday police shot dead a man in Kisumu, sparking protests."
    assert actor_pair(text, "protests") == ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")


def test_suspects_shot_by_police_are_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Police shot dead two robbery suspects in Mombasa.", "shot") == \
        ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")


def test_foreign_visitors_are_international_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    assert actor_pair("Gunmen attacked two German tourists in Mombasa.", "attacked") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (International)")
    assert actor_pair("Gunmen kidnapped two Ethiopian nationals in Moyale.", "kidnapped") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Ethiopia)")  # a neighbour keeps its country


def test_a_person_of_another_nationality(catalogue_nlp, catalogue, actor_pair) -> None:  # type: ignore[no-untyped-def]
    analysis = catalogue_nlp.analyse("Gunmen shot a Briton in Laikipia.")
    mentions = find_actors(analysis, catalogue, country="Kenya", on=KENYA)
    assert ("Briton", "Civilians (United Kingdom)") in [(m.text, m.name) for m in mentions]
    assert actor_pair("Gunmen shot a Briton in Laikipia.", "shot") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (International)")


def test_word_order_where_the_parse_fails(actor_pair) -> None:  # type: ignore[no-untyped-def]
    actor1, actor2 = actor_pair("Prison warders attack journalist for filming inmate", "attack")
    assert actor1 is not None and actor1.startswith("Police Forces of Kenya") and actor2 == "Civilians (Kenya)"


def test_between_takes_the_other_conjunct(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting broke out between government forces backed by Ethiopian troops and al-Shabaab in Galgaduud."
    assert actor_pair(text, "Fighting", "Battles", "Armed clash", "Somalia", dt.date(2016, 5, 1)) == \
        ("Military Forces of Somalia (2012-2017)", "Al Shabaab")


def test_a_battle_read_from_a_later_act(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan forces said they killed three al-Shabaab fighters after being ambushed near Kiunga."
    assert actor_pair(text, "ambushed", "Battles", "Armed clash") == \
        ("Military Forces of Kenya (2013-2022)", "Al Shabaab")


def test_clan_lineage_in_a_battle(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Hawadle clan militia clashed with Al Shabaab near Bulo Burto."
    assert actor_pair(text, "clashed", "Battles", "Armed clash", "Somalia", dt.date(2025, 5, 1)) == \
        ("Hawiye-Hawadle Sub-Clan Militia (Somalia)", "Al Shabaab")


def test_police_as_grievance_or_as_party_of_a_riot(actor_pair) -> None:  # type: ignore[no-untyped-def]
    riot = ("Riots", "Violent demonstration")
    assert actor_pair("Traders rioted in Kisumu over police harassment.", "rioted", *riot) == \
        ("Rioters (Kenya)", None)
    assert actor_pair("Youths rioted in Kibera and police fired tear gas to disperse them.", "rioted", *riot) == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_grenade_with_no_named_target_hits_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A grenade attack on a bus station in Garissa wounded five."
    assert actor_pair(text, "attack", "Explosions/Remote violence", "Grenade") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_coded_as_takes_the_role_of_the_words_it_codes(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("On 16 January, international forces (coded as Unidentified Military Forces) and government "
            "forces launched an airstrike against Al Shabaab positions near Jamaame.")
    assert actor_pair(text, "airstrike", "Explosions/Remote violence", "Air/drone strike", "Somalia",
                dt.date(2026, 1, 16)) == ("Unidentified Military Forces", "Al Shabaab")


def test_two_crowds_fighting_each_other_are_rioters_on_both_sides(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Supporters of the two candidates threw stones at each other in Marsabit. "
            "Police are investigating the clash.")
    assert actor_pair(text, "threw", "Riots", "Mob violence") == ("Rioters (Kenya)", "Rioters (Kenya)")
    text = "A crowd gathered in Kisumu. The youths clashed with police near the market."
    assert actor_pair(text, "gathered", "Riots", "Mob violence") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_violent_demonstration_that_burns_property_has_no_civilian_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Students burned the house of a teacher in Kisii."
    assert actor_pair(text, "burned", "Riots", "Violent demonstration") == ("Rioters (Kenya)", None)


def test_security_forces_facing_a_crowd_are_the_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Rioters blocked the road in Kisumu and security forces fired tear gas to disperse them."
    assert actor_pair(text, "blocked", "Riots", "Violent demonstration") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_party_is_not_the_other_side_of_a_riot(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Police dispersed ODM supporters who had looted shops in Mombasa."
    assert actor_pair(text, "looted", "Riots", "Violent demonstration") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_change_of_activity_has_no_second_actor(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "The army deployed troops to Lamu to hunt al-Shabaab militants."
    actor1, actor2 = actor_pair(text, "deployed", "Strategic developments", "Change to group/activity")
    assert actor2 is None and actor1 is not None


def test_foreign_victims_name_the_civilian_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Bandits attacked a camp in Kakuma. Two Somali refugees were killed."
    assert actor_pair(text, "attacked") == ("Unidentified Armed Group (Kenya)", "Civilians (Somalia)")


def test_a_counted_nationality_is_a_person_before_a_group(catalogue_nlp, catalogue) -> None:  # type: ignore[no-untyped-def]
    # "Somali" is also one of Kenya's groups: counted, it is a person of that nationality
    mentions = find_actors(catalogue_nlp.analyse("One Somali was shot in Garissa."), catalogue, country="Kenya",
                           on=KENYA)
    assert ("Somali", "Civilians (Somalia)") in [(m.text, m.name) for m in mentions]


PEACEFUL = ("Protests", "Peaceful protest")
POLICE = "Police Forces of Kenya (2013-2022)"


def test_a_force_acting_on_a_peaceful_protest_is_its_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders in Nakuru protested over new market fees. Police broke up the march."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", POLICE)
    text = "Hawkers marched to the county offices in Nyeri but were repulsed by police."
    assert actor_pair(text, "marched", *PEACEFUL) == ("Protesters (Kenya)", POLICE)


def test_counted_arrests_make_the_police_the_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Nurses in Kisii protested over unpaid salaries. Eight arrests reported."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", POLICE)
    text = "Students in Njoro rioted over water shortages and burned a hostel. Several arrests were made."
    assert actor_pair(text, "rioted", "Riots", "Violent demonstration") == ("Rioters (Kenya)", POLICE)
    text = "Teachers in Kericho protested over delayed pay. Twelve teachers were arrested."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", POLICE)


def test_an_arrest_that_is_the_grievance_adds_no_force(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Villagers in Kitui protested to demand the release of a chief who was arrested last week."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)
    text = "Residents of Voi protested the arrests made by police officers on Sunday."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)
    text = "Farmers in Eldoret protested. No arrests were made."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)
    text = "Mourners in Embu protested the killing of a man. The suspect was arrested."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)


def test_tear_gas_as_grievance_and_arrests_of_suspects_add_no_force(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Students in Kakamega protested to denounce the use of tear gas on their colleagues."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)
    text = "Teachers in Meru protested an assault on a colleague. Police arrested two suspects."
    assert actor_pair(text, "protested", *PEACEFUL) == ("Protesters (Kenya)", None)
