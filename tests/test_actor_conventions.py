"""ACLED's naming conventions applied by the roles stage (``fogwatch.actor_roles``) and the catalogue:
named communities over unnamed ones, owners of destroyed homes as civilians, the police as the force
of a protest, context-named unidentified attackers, armed suspects only as a fighting side. All texts
are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.catalogue import ActorCatalogue

pytestmark = pytest.mark.slow

ON = dt.date(2015, 3, 10)
PH = dt.date(2017, 5, 2)


def test_conjoined_ethnic_communities_are_both_sides(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Pokot and Marakwet ethnic communities clash in Kerio Valley over pasture. One herder died."
    assert set(actor_pair(text, "clash", "Battles", "Armed clash")) == \
        {"Pokot Ethnic Militia (Kenya)", "Marakwet Ethnic Militia (Kenya)"}


def test_unnamed_communities_take_the_names_given_later(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Rival communities clashed in Moyale on Sunday. The fighting pitted Borana against Gabra herders."
    assert set(actor_pair(text, "clashed", "Battles", "Armed clash")) == \
        {"Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"}


def test_destroyed_homes_belong_to_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Unknown arsonists burned down twelve houses in a village near Molo."
    sub = "Looting/property destruction"
    assert actor_pair(text, "burned", "Strategic developments", sub) == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    text = "Militants destroyed a telecommunications mast near Elwak."
    assert actor_pair(text, "destroyed", "Strategic developments", sub)[1] is None


def test_the_police_intervene_before_the_army(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Traders protested in Eldoret over new levies. Soldiers and police dispersed them with tear gas."
    assert actor_pair(text, "protested", "Protests", "Protest with intervention") == \
        ("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_the_force_denounced_by_protesters_is_not_the_one_intervening(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Students marched in Kisumu denouncing the military takeover. Police fired tear gas at them."
    assert actor_pair(text, "marched", "Protests", "Protest with intervention", country="Kenya") == \
        ("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_mob_met_by_police_elsewhere_in_the_text(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A mob stoned a polling station in Homa Bay. Police later restored order."
    assert actor_pair(text, "stoned", "Riots", "Mob violence") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")
    # people the mob attacked are the other side, not the police who came later
    text = "A mob beat two traders in Homa Bay. Police later restored order."
    assert actor_pair(text, "beat", "Riots", "Mob violence") == ("Rioters (Kenya)", "Civilians (Kenya)")


def test_unnamed_gunmen_of_the_drug_war_are_vigilantes(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A tricycle driver on the local drug watch list was shot dead by unidentified gunmen in Cebu City."
    assert actor_pair(text, "shot", "Violence against civilians", "Attack", country="Philippines", on=PH) == \
        ("Anti-Drug Vigilantes (Philippines)", "Civilians (Philippines)")
    text = "A fisherman was shot dead by unidentified gunmen in Cebu City."
    assert actor_pair(text, "shot", "Violence against civilians", "Attack", country="Philippines", on=PH)[0] == \
        "Unidentified Armed Group (Philippines)"


def test_armed_suspects_fight_but_arrested_suspects_are_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A drug suspect was killed in a shootout with police in Iloilo City."
    assert actor_pair(text, "shootout", "Battles", "Armed clash", country="Philippines", on=PH) == \
        ("Police Forces of the Philippines (2016-2022)", "Armed Drug Suspects (Philippines)")
    text = "Police arrested fourteen drug suspects in raids across Bulacan."
    assert actor_pair(text, "arrested", "Strategic developments", "Arrests", country="Philippines", on=PH) == \
        ("Police Forces of the Philippines (2016-2022)", "Civilians (Philippines)")


def test_unidentified_as_reads_the_catalogue(catalogue: ActorCatalogue) -> None:
    found = catalogue.unidentified_as("Philippines", "He had surrendered to police under the drug campaign.", on=PH)
    assert found is not None and found.name == "Anti-Drug Vigilantes (Philippines)"
    assert catalogue.unidentified_as("Philippines", "He was a farmer.", on=PH) is None
    assert catalogue.unidentified_as("Kenya", "a drug dealer", on=ON) is None


def test_a_communal_clash_names_the_other_community_before_a_force(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Six died in clashes between members of the Pokot and Tugen communities near Marigat. "
            "The army said it would deploy to the area.")
    assert set(actor_pair(text, "clashes", "Battles", "Armed clash")) == \
        {"Pokot Ethnic Militia (Kenya)", "Tugen Ethnic Militia (Kenya)"}


def test_a_force_believed_responsible_is_the_perpetrator(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "The body of a missing trader was found in a river near Garissa. Police are believed to be responsible."
    assert actor_pair(text, "found", "Violence against civilians", "Attack")[0] == \
        "Police Forces of Kenya (2013-2022)"


def test_crowd_control_without_a_named_force_is_the_police(actor_pair) -> None:  # type: ignore[no-untyped-def]
    riot = ("Violent demonstration", "Riots")
    text = "Youths barricaded the road to Kisii and burned tyres. They were later dispersed."
    assert actor_pair(text, "barricaded", riot[1], riot[0]) == ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")
    text = "Youths barricaded the road to Kisii and burned tyres. Tear gas was used on them."
    assert actor_pair(text, "barricaded", riot[1], riot[0])[1] == "Police Forces of Kenya (2013-2022)"
    # the crowd's own violence names no force
    text = "Youths barricaded the road to Kisii and burned tyres. A trader was beaten by the youths."
    assert actor_pair(text, "barricaded", riot[1], riot[0])[1] != "Police Forces of Kenya (2013-2022)"


def test_a_force_that_acts_on_the_mob_is_its_other_side(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "A mob stormed the home of a trader in Nyeri, accusing him of theft. Police fired into the crowd."
    assert actor_pair(text, "stormed", "Riots", "Mob violence") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")
    # a force that is only mentioned stays out: the mob's victim is the other side
    text = "A mob stormed the home of a trader in Nyeri, accusing him of theft. Police said he was unhurt."
    assert actor_pair(text, "stormed", "Riots", "Mob violence")[1] == "Civilians (Kenya)"


def test_a_defused_bomb_has_a_force_and_an_unidentified_owner(actor_pair) -> None:  # type: ignore[no-untyped-def]
    sub = ("Strategic developments", "Disrupted weapons use")
    assert actor_pair("Police defused a bomb planted near a church in Mandera.", "defused", *sub) == \
        ("Police Forces of Kenya (2013-2022)", "Unidentified Armed Group (Kenya)")
    assert actor_pair("An unexploded bomb was found inside a bus in Nairobi.", "found", *sub) == \
        ("Police Forces of Kenya (2013-2022)", "Unidentified Armed Group (Kenya)")
    # a named owner stays
    assert actor_pair("Soldiers seized an al-Shabaab arms cache near Lamu.", "seized", *sub)[1] == "Al Shabaab"
