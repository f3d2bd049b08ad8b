"""Kenya's communal militias: an unnamed armed side becomes the community militia the note makes it (one
ethnic group's armed men named anywhere, cattle raiding, a fight over land since ACLED's communal class
exists), and a lake or Maa place named after a group is no group. All sentences are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_names import communal_sides
from fogwatch.actors import ActorMention, ActorRole, EventActors
from fogwatch.catalogue import ActorCatalogue
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON_2017 = dt.date(2017, 8, 9)
ON_2009 = dt.date(2009, 3, 4)
UAG = "Unidentified Armed Group (Kenya)"
CIVILIANS = "Civilians (Kenya)"


def event(pipeline: Pipeline, text: str, on: dt.date = ON_2017,
          country: str = "Kenya") -> tuple[str, str | None, str | None]:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country=country)]))
    assert result.events, "the test text must make an event"
    e = result.events[0]
    return e.event_type, e.actor1, e.actor2


# ------------------------------------------------------------------ one named group's armed men


def test_armed_men_of_one_group_named_later_are_the_attackers(pipeline: Pipeline) -> None:
    text = ("Attackers raided two homesteads near Chemolingot, killing a herder and driving away 300 goats. "
            "Elders said Samburu herders carried out the raid.")
    assert event(pipeline, text)[1:] == ("Samburu Ethnic Militia (Kenya)", CIVILIANS)


def test_a_group_named_only_as_victims_stays_unnamed(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead four traders from Marakwet at a market near Tot."
    assert event(pipeline, text)[1] == UAG


def test_a_bandit_after_named_raiders_is_of_their_group(pipeline: Pipeline) -> None:
    text = "After Tugen raiders killed two herders, one bandit was shot by police."
    assert event(pipeline, text) == ("Battles", "Police Forces of Kenya (2013-2022)", "Tugen Ethnic Militia (Kenya)")


def test_a_victims_community_is_no_armed_group(pipeline: Pipeline) -> None:
    text = "Unidentified gunmen abducted a trader from the Borana community near Moyale."
    assert event(pipeline, text)[1] == UAG


def test_two_groups_named_leave_the_attackers_unnamed(pipeline: Pipeline) -> None:
    text = ("Attackers killed a boy in Tiaty and drove away 50 camels, amid tension between Turkana and Pokot "
            "pastoralist militias.")
    assert event(pipeline, text)[1] != "Pokot Ethnic Militia (Kenya)"


# ------------------------------------------------------------------ cattle raiding and land


def test_cattle_raiders_called_a_gang_are_a_communal_militia(pipeline: Pipeline) -> None:
    text = "A gang of cattle rustlers shot dead a herdsman in Tigania West and drove off 40 cows."
    assert event(pipeline, text)[1:] == ("Unidentified Communal Militia (Kenya)", CIVILIANS)


def test_cattle_raiders_before_2015_are_an_ethnic_militia(pipeline: Pipeline) -> None:
    # ACLED's unidentified communal militia was its unidentified ethnic militia before mid-2015
    text = "A gang of cattle rustlers shot dead a herdsman in Tigania West and drove off 40 cows."
    assert event(pipeline, text, ON_2009)[1] == "Unidentified Ethnic Militia (Kenya)"


def test_a_killing_over_land_is_communal_since_2015(pipeline: Pipeline) -> None:
    text = "A farmer was hacked to death over a land dispute in Kibwezi."
    assert event(pipeline, text)[1:] == ("Unidentified Communal Militia (Kenya)", CIVILIANS)


def test_a_killing_over_land_stays_unidentified_before_2015(pipeline: Pipeline) -> None:
    text = "A farmer was hacked to death over a land dispute in Kibwezi."
    assert event(pipeline, text, ON_2009)[1] == UAG


def test_gunmen_without_raid_or_land_stay_unidentified(pipeline: Pipeline) -> None:
    text = "Gunmen shot dead a shopkeeper in Eastleigh on Tuesday night."
    assert event(pipeline, text)[1] == UAG


# ------------------------------------------------------------------ the rule itself


def _mention(name: str, cue: str, kind: str = "named") -> ActorMention:
    return ActorMention(0, 5, "x", 0, name, 4, kind, "Kenya", "identity_militia", cue)


def test_countries_without_ethnic_groups_keep_their_unnamed_side() -> None:
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole("Unidentified Armed Group (Philippines)", 3, ()),
                         ActorRole("Civilians (Philippines)", 7, ()))
    text = "Gunmen killed a farmer over a land dispute."
    assert communal_sides(actors, [], catalogue, country="Philippines", on=ON_2017, text=text) == actors


@pytest.mark.parametrize("country", ["Sri Lanka", "Somalia"])
def test_land_fights_outside_africa_or_in_clan_countries_keep_the_armed_group(country: str) -> None:
    # Sri Lanka lists ethnic groups but is not in Africa; Somalia's sides are clans
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole(f"Unidentified Armed Group ({country})", 3, ()),
                         ActorRole(f"Civilians ({country})", 7, ()))
    text = "Armed men killed a farmer over a land dispute and stole his cattle."
    assert communal_sides(actors, [], catalogue, country=country, on=ON_2017, text=text) == actors


def test_a_land_fight_in_sudan_is_communal() -> None:
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole("Unidentified Armed Group (Sudan)", 3, ()), ActorRole("Civilians (Sudan)", 7, ()))
    text = "Armed men killed a farmer over a land dispute."
    out = communal_sides(actors, [], catalogue, country="Sudan", on=ON_2017, text=text)
    assert out.actor1 is not None and out.actor1.name == "Unidentified Communal Militia (Sudan)"


def test_a_coded_as_bracket_keeps_the_coders_side() -> None:
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole(UAG, 3, ()), ActorRole(CIVILIANS, 7, ()))
    text = "Armed men (coded as an armed group) killed a farmer over a land dispute."
    assert communal_sides(actors, [], catalogue, country="Kenya", on=ON_2017, text=text) == actors


def test_two_named_groups_leave_the_unnamed_side_alone() -> None:
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole(UAG, 3, ((0, 5),)), ActorRole(CIVILIANS, 7, ()))
    mentions = [_mention("Pokot Ethnic Militia (Kenya)", "communal"),
                _mention("Turkana Ethnic Militia (Kenya)", "communal")]
    out = communal_sides(actors, mentions, catalogue, country="Kenya", on=ON_2017, text="Attackers killed a man.")
    assert out == actors


def test_one_named_group_keeps_the_sides_evidence() -> None:
    catalogue = ActorCatalogue.load()
    actors = EventActors(ActorRole(UAG, 3, ((0, 5),)), ActorRole(CIVILIANS, 7, ()))
    mentions = [_mention("Pokot Ethnic Militia (Kenya)", "communal")]
    out = communal_sides(actors, mentions, catalogue, country="Kenya", on=ON_2017, text="Attackers killed a man.")
    assert out.actor1 == ActorRole("Pokot Ethnic Militia (Kenya)", 4, ((0, 5),))
    assert out.actor2 == actors.actor2


# ------------------------------------------------------------------ places named after a group


def test_a_lake_named_after_a_group_is_a_place(pipeline: Pipeline) -> None:
    text = "Police exchanged fire with Ethiopian raiders near Lake Turkana."
    _, a1, a2 = event(pipeline, text, ON_2009)
    assert "Turkana Ethnic Militia (Kenya)" not in (a1, a2)


def test_an_ol_place_named_after_a_group_is_a_place(pipeline: Pipeline) -> None:
    # "Moran" is also a group and a word for warriors: neither a militia nor a place-named one here
    text = "Police exchanged fire with Pokot raiders at Ol Moran."
    assert event(pipeline, text)[1:] == ("Police Forces of Kenya (2013-2022)", "Pokot Ethnic Militia (Kenya)")


def test_warriors_word_alone_stays_a_communal_militia(pipeline: Pipeline) -> None:
    text = "Armed morans attacked a village in Samburu."
    assert event(pipeline, text)[1] == "Unidentified Communal Militia (Kenya)"
