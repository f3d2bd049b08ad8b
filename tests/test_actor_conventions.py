"""ACLED's naming conventions applied by the roles stage (``fogwatch.actor_roles``) and the catalogue:
named communities over unnamed ones, owners of destroyed homes as civilians, the police as the force
of a protest, context-named unidentified attackers, armed suspects only as a fighting side. All texts
are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_roles import event_actors
from fogwatch.actors import find_actors
from fogwatch.catalogue import ActorCatalogue

pytestmark = pytest.mark.slow

ON = dt.date(2015, 3, 10)
PH = dt.date(2017, 5, 2)


@pytest.fixture(scope="module")
def cat() -> ActorCatalogue:
    return ActorCatalogue.load()


@pytest.fixture(scope="module")
def nlp(cat: ActorCatalogue):  # type: ignore[no-untyped-def]
    from fogwatch.nlp import load_nlp

    return load_nlp(entity_patterns=cat.entity_patterns())


def pair(nlp, cat: ActorCatalogue, text: str, trigger: str, event_type: str, sub: str,  # type: ignore[no-untyped-def]
         country: str = "Kenya", on: dt.date = ON) -> tuple[str | None, str | None]:
    analysis = nlp.analyse(text)
    index = next(t.i for t in analysis.tokens if t.text == trigger)
    mentions = find_actors(analysis, cat, country=country, on=on)
    result = event_actors(analysis, mentions, cat, trigger=index, event_type=event_type, sub_event_type=sub,
                          country=country, on=on)
    return (result.actor1.name if result.actor1 else None, result.actor2.name if result.actor2 else None)


def test_conjoined_ethnic_communities_are_both_sides(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Pokot and Marakwet ethnic communities clash in Kerio Valley over pasture. One herder died."
    assert set(pair(nlp, cat, text, "clash", "Battles", "Armed clash")) == \
        {"Pokot Ethnic Militia (Kenya)", "Marakwet Ethnic Militia (Kenya)"}


def test_unnamed_communities_take_the_names_given_later(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Rival communities clashed in Moyale on Sunday. The fighting pitted Borana against Gabra herders."
    assert set(pair(nlp, cat, text, "clashed", "Battles", "Armed clash")) == \
        {"Borana Ethnic Militia (Kenya)", "Gabra Ethnic Militia (Kenya)"}


def test_destroyed_homes_belong_to_civilians(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Unknown arsonists burned down twelve houses in a village near Molo."
    sub = "Looting/property destruction"
    assert pair(nlp, cat, text, "burned", "Strategic developments", sub) == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    text = "Militants destroyed a telecommunications mast near Elwak."
    assert pair(nlp, cat, text, "destroyed", "Strategic developments", sub)[1] is None


def test_the_police_intervene_before_the_army(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Traders protested in Eldoret over new levies. Soldiers and police dispersed them with tear gas."
    assert pair(nlp, cat, text, "protested", "Protests", "Protest with intervention") == \
        ("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_the_force_denounced_by_protesters_is_not_the_one_intervening(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Students marched in Kisumu denouncing the military takeover. Police fired tear gas at them."
    assert pair(nlp, cat, text, "marched", "Protests", "Protest with intervention", country="Kenya") == \
        ("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_mob_met_by_police_elsewhere_in_the_text(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "A mob stoned a polling station in Homa Bay. Police later restored order."
    assert pair(nlp, cat, text, "stoned", "Riots", "Mob violence") == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")
    # people the mob attacked are the other side, not the police who came later
    text = "A mob beat two traders in Homa Bay. Police later restored order."
    assert pair(nlp, cat, text, "beat", "Riots", "Mob violence") == ("Rioters (Kenya)", "Civilians (Kenya)")


def test_unnamed_gunmen_of_the_drug_war_are_vigilantes(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "A tricycle driver on the local drug watch list was shot dead by unidentified gunmen in Cebu City."
    assert pair(nlp, cat, text, "shot", "Violence against civilians", "Attack", country="Philippines", on=PH) == \
        ("Anti-Drug Vigilantes (Philippines)", "Civilians (Philippines)")
    text = "A fisherman was shot dead by unidentified gunmen in Cebu City."
    assert pair(nlp, cat, text, "shot", "Violence against civilians", "Attack", country="Philippines", on=PH)[0] == \
        "Unidentified Armed Group (Philippines)"


def test_armed_suspects_fight_but_arrested_suspects_are_civilians(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "A drug suspect was killed in a shootout with police in Iloilo City."
    assert pair(nlp, cat, text, "shootout", "Battles", "Armed clash", country="Philippines", on=PH) == \
        ("Police Forces of the Philippines (2016-2022)", "Armed Drug Suspects (Philippines)")
    text = "Police arrested fourteen drug suspects in raids across Bulacan."
    assert pair(nlp, cat, text, "arrested", "Strategic developments", "Arrests", country="Philippines", on=PH) == \
        ("Police Forces of the Philippines (2016-2022)", "Civilians (Philippines)")


def test_unidentified_as_reads_the_catalogue(cat: ActorCatalogue) -> None:
    found = cat.unidentified_as("Philippines", "He had surrendered to police under the drug campaign.", on=PH)
    assert found is not None and found.name == "Anti-Drug Vigilantes (Philippines)"
    assert cat.unidentified_as("Philippines", "He was a farmer.", on=PH) is None
    assert cat.unidentified_as("Kenya", "a drug dealer", on=ON) is None


def test_a_communal_clash_names_the_other_community_before_a_force(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = ("Six died in clashes between members of the Pokot and Tugen communities near Marigat. "
            "The army said it would deploy to the area.")
    assert set(pair(nlp, cat, text, "clashes", "Battles", "Armed clash")) == \
        {"Pokot Ethnic Militia (Kenya)", "Tugen Ethnic Militia (Kenya)"}


def test_a_force_believed_responsible_is_the_perpetrator(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "The body of a missing trader was found in a river near Garissa. Police are believed to be responsible."
    assert pair(nlp, cat, text, "found", "Violence against civilians", "Attack")[0] == \
        "Police Forces of Kenya (2013-2022)"
