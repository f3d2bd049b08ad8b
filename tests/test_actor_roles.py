"""Who is actor1 and actor2 of an event (``fogwatch.actor_roles``). All texts are written for these tests;
they need the spaCy parse, so the model is loaded once for the module."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_roles import event_actors
from fogwatch.actors import find_actors
from fogwatch.catalogue import ActorCatalogue

pytestmark = pytest.mark.slow

KENYA = dt.date(2015, 3, 10)
VAC, ATTACK = "Violence against civilians", "Attack"


@pytest.fixture(scope="module")
def cat() -> ActorCatalogue:
    return ActorCatalogue.load()


@pytest.fixture(scope="module")
def nlp(cat: ActorCatalogue):  # type: ignore[no-untyped-def]
    from fogwatch.nlp import load_nlp

    return load_nlp(entity_patterns=cat.entity_patterns())


def pair(nlp, cat: ActorCatalogue, text: str, trigger: str, event_type: str = VAC, sub: str = ATTACK,  # type: ignore[no-untyped-def]
         country: str = "Kenya", on: dt.date = KENYA) -> tuple[str | None, str | None]:
    analysis = nlp.analyse(text)
    index = next(t.i for t in analysis.tokens if t.text == trigger)
    mentions = find_actors(analysis, cat, country=country, on=on)
    result = event_actors(analysis, mentions, cat, trigger=index, event_type=event_type, sub_event_type=sub,
                          country=country, on=on)
    return (result.actor1.name if result.actor1 else None, result.actor2.name if result.actor2 else None)


def test_a_group_named_for_the_victims_is_not_the_attacker(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, cat, "Six Kikuyu were killed in Naivasha.", "killed") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    text = "Gunmen killed a cleric who allegedly supported al-Shabaab in Mombasa."
    assert pair(nlp, cat, text, "killed") == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_the_act_is_read_where_the_trigger_names_none(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "On Monday police shot dead a man in Kisumu, sparking protests."
    assert pair(nlp, cat, text, "protests") == ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")


def test_suspects_shot_by_police_are_civilians(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, cat, "Police shot dead two robbery suspects in Mombasa.", "shot") == \
        ("Police Forces of Kenya (2013-2022)", "Civilians (Kenya)")


def test_foreign_visitors_are_international_civilians(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    assert pair(nlp, cat, "Gunmen attacked two German tourists in Mombasa.", "attacked") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (International)")
    assert pair(nlp, cat, "Gunmen kidnapped two Ethiopian nationals in Moyale.", "kidnapped") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Ethiopia)")  # a neighbour keeps its country


def test_a_person_of_another_nationality(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    mentions = find_actors(nlp.analyse("Gunmen shot a Briton in Laikipia."), cat, country="Kenya", on=KENYA)
    assert ("Briton", "Civilians (United Kingdom)") in [(m.text, m.name) for m in mentions]
    assert pair(nlp, cat, "Gunmen shot a Briton in Laikipia.", "shot") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (International)")


def test_word_order_where_the_parse_fails(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    actor1, actor2 = pair(nlp, cat, "Prison warders attack journalist for filming inmate", "attack")
    assert actor1 is not None and actor1.startswith("Police Forces of Kenya") and actor2 == "Civilians (Kenya)"


def test_between_takes_the_other_conjunct(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting broke out between government forces backed by Ethiopian troops and al-Shabaab in Galgaduud."
    assert pair(nlp, cat, text, "Fighting", "Battles", "Armed clash", "Somalia", dt.date(2016, 5, 1)) == \
        ("Military Forces of Somalia (2012-2017)", "Al Shabaab")


def test_a_battle_read_from_a_later_act(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Kenyan forces said they killed three al-Shabaab fighters after being ambushed near Kiunga."
    assert pair(nlp, cat, text, "ambushed", "Battles", "Armed clash") == \
        ("Military Forces of Kenya (2013-2022)", "Al Shabaab")


def test_clan_lineage_in_a_battle(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "Hawadle clan militia clashed with Al Shabaab near Bulo Burto."
    assert pair(nlp, cat, text, "clashed", "Battles", "Armed clash", "Somalia", dt.date(2025, 5, 1)) == \
        ("Hawiye-Hawadle Sub-Clan Militia (Somalia)", "Al Shabaab")


def test_police_as_grievance_or_as_party_of_a_riot(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    riot = ("Riots", "Violent demonstration")
    assert pair(nlp, cat, "Traders rioted in Kisumu over police harassment.", "rioted", *riot) == \
        ("Rioters (Kenya)", None)
    assert pair(nlp, cat, "Youths rioted in Kibera and police fired tear gas to disperse them.", "rioted", *riot) == \
        ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")


def test_a_grenade_with_no_named_target_hits_civilians(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = "A grenade attack on a bus station in Garissa wounded five."
    assert pair(nlp, cat, text, "attack", "Explosions/Remote violence", "Grenade") == \
        ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")


def test_coded_as_takes_the_role_of_the_words_it_codes(nlp, cat) -> None:  # type: ignore[no-untyped-def]
    text = ("On 16 January, international forces (coded as Unidentified Military Forces) and government "
            "forces launched an airstrike against Al Shabaab positions near Jamaame.")
    assert pair(nlp, cat, text, "airstrike", "Explosions/Remote violence", "Air/drone strike", "Somalia",
                dt.date(2026, 1, 16)) == ("Unidentified Military Forces", "Al Shabaab")
