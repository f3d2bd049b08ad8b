"""Actor mentions and the actors of an event. All texts are written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fogwatch.actor_roles import event_actors
from fogwatch.actors import ActorMention, EventActors, find_actors
from fogwatch.catalogue import ActorCatalogue
from fogwatch.nlp import Analysis, Entity, Sentence, Token

KENYA_2015 = dt.date(2015, 3, 10)
AFGHANISTAN_2016 = dt.date(2016, 5, 1)
AFGHANISTAN_2021 = dt.date(2021, 9, 2)


@pytest.fixture(scope="module")
def cat(catalogue) -> ActorCatalogue:  # the session's catalogue (conftest), by a short name
    return catalogue


def plain_analysis(text: str, entities: list[tuple[str, str]] = ()) -> Analysis:  # type: ignore[assignment]
    """An Analysis without a parser: one sentence per full stop, capitalised words as proper nouns."""
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    for sm in re.finditer(r"[^.]+\.?", text):
        first = len(tokens)
        for wm in re.finditer(r"\w[\w'-]*|[^\w\s]", sm.group()):
            start = sm.start() + wm.start()
            word = wm.group()
            pos = "PROPN" if word[:1].isupper() else "NOUN"
            i = len(tokens)
            tokens.append(Token(i, word, start, start + len(word), word.lower(), pos, "NN", "dep", i, "",
                                len(sentences)))
        if len(tokens) > first:
            sentences.append(Sentence(tokens[first].start, tokens[-1].end, first, len(tokens)))
    ents = []
    for surface, label in entities:
        start = text.index(surface)
        first = next(t.i for t in tokens if t.start == start)
        last = next(t.i for t in tokens if t.end == start + len(surface))
        ents.append(Entity(surface, start, start + len(surface), label, first, last + 1))
    return Analysis(text, tuple(tokens), tuple(sentences), tuple(ents))


def names(mentions: tuple[ActorMention, ...]) -> list[tuple[str, str, str]]:
    return [(m.text, m.name, m.kind) for m in mentions]


# ------------------------------------------------------------------------------------ find_actors


def test_named_descriptive_and_generic_mentions(cat: ActorCatalogue) -> None:
    text = "Suspected al-Shabaab militants ambushed Kenyan police near Mandera. The insurgents fled. Residents said."
    found = names(find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015))
    assert ("Suspected al-Shabaab militants", "Al Shabaab", "named") in found
    assert ("Kenyan police", "Police Forces of Kenya (2013-2022)", "generic") in found
    assert ("The insurgents", "Al Shabaab", "descriptive") in found
    assert ("Residents", "Civilians (Kenya)", "generic") in found


def test_ethnic_groups_and_places(cat: ActorCatalogue) -> None:
    text = "Pokot raiders attacked herders in Samburu. The Turkana retaliated."
    found = names(find_actors(plain_analysis(text, [("Samburu", "GPE")]), cat, country="Kenya", on=KENYA_2015))
    assert ("Pokot raiders", "Pokot Ethnic Militia (Kenya)", "named") in found
    assert ("Turkana", "Turkana Ethnic Militia (Kenya)", "named") in found
    assert not any("Samburu" in name for _, name, _ in found)  # "in Samburu" is a place


def test_foreign_ethnic_militia_and_foreign_state_forces(cat: ActorCatalogue) -> None:
    text = "Toposa militia from South Sudan raided a village. Ugandan troops crossed the border."
    mentions = find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015)
    by_text = {m.text: m for m in mentions}
    assert by_text["Toposa militia from South Sudan"].name == "Toposa Ethnic Militia (South Sudan)"
    ugandan = by_text["Ugandan troops"]
    assert ugandan.name == "Military Forces of Uganda (1986-)" and ugandan.inter == 8  # state forces abroad


def test_a_security_service_named_in_common_words_is_the_report_countrys_police(cat: ActorCatalogue) -> None:
    # Nigeria's DSS is "the Department of State Services"; in a Ghanaian report the words name Ghana's own
    # service, in a Nigerian one the DSS
    text = "Officers of the Department of State Services detained two journalists."
    ghana = names(find_actors(plain_analysis(text), cat, country="Ghana", on=KENYA_2015))
    assert [name for _, name, _ in ghana][0] == "Police Forces of Ghana (2009-2017)"
    nigeria = names(find_actors(plain_analysis(text), cat, country="Nigeria", on=KENYA_2015))
    assert [name for _, name, _ in nigeria][0] == "Police Forces of Nigeria (1999-2015) Department of State Services"


def test_unknown_attackers_are_an_unidentified_armed_group(cat: ActorCatalogue) -> None:
    mentions = find_actors(plain_analysis("Unknown gunmen shot two traders."), cat, country="Kenya", on=KENYA_2015)
    first = mentions[0]
    assert (first.text, first.name, first.inter, first.cue) == \
        ("Unknown gunmen", "Unidentified Armed Group (Kenya)", 3, "attackers")


def test_party_supporters_and_gang_countries(cat: ActorCatalogue) -> None:
    kenya = find_actors(plain_analysis("ODM supporters stoned a car."), cat, country="Kenya", on=KENYA_2015)
    assert kenya[0].name == "ODM: Orange Democratic Movement"
    haiti = find_actors(plain_analysis("A gang burned houses."), cat, country="Haiti", on=KENYA_2015)
    assert haiti[0].name == "Unidentified Gang (Haiti)"
    kenya_gang = find_actors(plain_analysis("A gang burned houses."), cat, country="Kenya", on=KENYA_2015)
    assert kenya_gang[0].name == "Unidentified Armed Group (Kenya)"


def test_place_named_communal_militia(cat: ActorCatalogue) -> None:
    text = "Armed herders from Lagdera attacked the village."
    found = names(find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015))
    assert found[0][1] == "Lagdera Communal Militia (Kenya)"


def test_without_a_country_descriptive_words_follow_named_actors(cat: ActorCatalogue) -> None:
    text = "The Taliban attacked a checkpoint. Soldiers returned fire."
    mentions = find_actors(plain_analysis(text), cat, country=None, on=AFGHANISTAN_2016)
    assert mentions[0].name == "Taliban" and mentions[0].country == "Afghanistan"
    assert mentions[1].name == "Military Forces of Afghanistan (2004-2021)"


def test_skip_ranges_hide_mentions(cat: ActorCatalogue) -> None:
    text = "Read Also: Taliban seize town. Police arrested two men."
    mentions = find_actors(plain_analysis(text), cat, country="Afghanistan", on=AFGHANISTAN_2016,
                           skip=[(0, 30)])
    assert all(m.start >= 30 for m in mentions)
    assert [m.text for m in mentions][:1] == ["Police"]


_WORDS = ["the", "Taliban", "police", "gunmen", "attacked", "al-Shabaab", "residents", "in", "Mandera", "said",
          "Kenyan", "troops", "NRF", "and", "Pokot", "raiders", "mob", ".", ","]


@settings(max_examples=80, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
       cut=st.tuples(st.integers(0, 200), st.integers(0, 200)))
def test_mentions_are_ordered_in_bounds_and_outside_skip(cat: ActorCatalogue, words: list[str],
                                                         cut: tuple[int, int]) -> None:
    text = " ".join(words)
    skip = [(min(cut), max(cut))]
    mentions = find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015, skip=skip)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.text
        assert 1 <= m.inter <= 8 and m.kind in ("named", "descriptive", "generic")
        assert not (m.start < skip[0][1] and skip[0][0] < m.end) or skip[0][0] == skip[0][1]


# ------------------------------------------------------------------------------------ event_actors


@pytest.fixture(scope="module")
def nlp(catalogue_nlp):  # type: ignore[no-untyped-def]
    return catalogue_nlp  # spaCy with the catalogue's patterns (conftest)


def code(nlp, cat: ActorCatalogue, text: str, trigger: str, event_type: str, sub: str, country: str,  # type: ignore[no-untyped-def]
         on: dt.date) -> tuple[EventActors, Analysis]:
    analysis = nlp.analyse(text)
    index = next(t.i for t in analysis.tokens if t.text == trigger)
    mentions = find_actors(analysis, cat, country=country, on=on)
    return event_actors(analysis, mentions, cat, trigger=index, event_type=event_type, sub_event_type=sub,
                        country=country, on=on), analysis


def pair(result: EventActors) -> tuple[str | None, str | None]:
    return (result.actor1.name if result.actor1 else None, result.actor2.name if result.actor2 else None)


@pytest.mark.slow
def test_subject_of_active_trigger_initiates(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Taliban fighters attacked a police checkpoint in Kandahar on Monday."
    result, analysis = code(nlp, cat, text, "attacked", "Battles", "Armed clash", "Afghanistan", AFGHANISTAN_2016)
    assert pair(result) == ("Taliban", "Police Forces of Afghanistan (2004-2021)")
    assert result.actor1 is not None and result.actor1.inter == 2
    start, end = result.actor1.evidence[0]
    assert analysis.text[start:end] == "Taliban fighters"


@pytest.mark.slow
def test_agent_of_passive_trigger_initiates(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Two villagers were killed by unknown gunmen in Mandera on Sunday."
    result, _ = code(nlp, cat, text, "killed", "Violence against civilians", "Attack", "Kenya", KENYA_2015)
    assert pair(result) == ("Unidentified Armed Group (Kenya)", "Civilians (Kenya)")
    assert result.actor2 is not None and result.actor2.inter == 7


@pytest.mark.slow
def test_between_x_and_y(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Heavy fighting broke out between the Taliban and the National Resistance Front in Panjshir."
    result, _ = code(nlp, cat, text, "fighting", "Battles", "Armed clash", "Afghanistan", AFGHANISTAN_2021)
    assert pair(result) == ("Military Forces of Afghanistan (2021-)", "NRF: National Resistance Front")
    assert result.actor1 is not None and result.actor1.inter == 1


@pytest.mark.slow
def test_descriptive_references_resolve_to_the_parties(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = ("The National Resistance Front said it was holding the valley. "
            "Overnight the resistance forces clashed with the militant group near the river.")
    result, _ = code(nlp, cat, text, "clashed", "Battles", "Armed clash", "Afghanistan", AFGHANISTAN_2021)
    assert result.actor1 is not None and result.actor1.name == "NRF: National Resistance Front"
    assert result.actor2 is not None and result.actor2.name == "Military Forces of Afghanistan (2021-)"


@pytest.mark.slow
def test_claimed_responsibility_names_the_attacker(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = ("Assailants attacked a police checkpoint in Helmand province. Three officers were killed. "
            "The Taliban claimed responsibility for the attack.")
    result, _ = code(nlp, cat, text, "attacked", "Battles", "Armed clash", "Afghanistan", AFGHANISTAN_2016)
    assert pair(result) == ("Taliban", "Police Forces of Afghanistan (2004-2021)")


@pytest.mark.slow
def test_no_claim_keeps_the_attackers_unidentified(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "A roadside bomb exploded near a market in Kabul, wounding four civilians. No group claimed responsibility."
    result, _ = code(nlp, cat, text, "exploded", "Explosions/Remote violence", "Remote explosive/landmine/IED",
                     "Afghanistan", AFGHANISTAN_2016)
    assert pair(result) == ("Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)")


@pytest.mark.slow
def test_protests(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    peaceful, _ = code(nlp, cat, "Teachers protested in Nairobi over unpaid salaries.", "protested", "Protests",
                       "Peaceful protest", "Kenya", KENYA_2015)
    assert pair(peaceful) == ("Protesters (Kenya)", None)
    assert peaceful.assoc_actor_1 == "Teachers (Kenya)"
    dispersed, _ = code(nlp, cat, "Traders protested in Eldoret and police fired tear gas to disperse them.",
                        "protested", "Protests", "Protest with intervention", "Kenya", KENYA_2015)
    assert pair(dispersed) == ("Protesters (Kenya)", "Police Forces of Kenya (2013-2022)")


@pytest.mark.slow
def test_riots(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    mob, _ = code(nlp, cat, "A mob lynched a suspected thief in Kisumu.", "lynched", "Riots", "Mob violence",
                  "Kenya", KENYA_2015)
    assert pair(mob) == ("Rioters (Kenya)", "Civilians (Kenya)")
    stones, _ = code(nlp, cat, "Youths rioted in Kibera and pelted police officers with stones.", "rioted", "Riots",
                     "Violent demonstration", "Kenya", KENYA_2015)
    assert pair(stones) == ("Rioters (Kenya)", "Police Forces of Kenya (2013-2022)")
    fight, _ = code(nlp, cat, "Two groups of students clashed at a school in Isiolo.", "clashed", "Riots",
                    "Mob violence", "Kenya", KENYA_2015)
    assert pair(fight) == ("Rioters (Kenya)", "Rioters (Kenya)")


@pytest.mark.slow
def test_victims_of_another_nationality(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen kidnapped two Ethiopian nationals in Moyale."
    result, _ = code(nlp, cat, text, "kidnapped", "Violence against civilians", "Abduction/forced disappearance",
                     "Kenya", KENYA_2015)
    assert pair(result) == ("Unidentified Armed Group (Kenya)", "Civilians (Ethiopia)")


@pytest.mark.slow
def test_without_mentions_the_generic_actors_carry_the_trigger_as_evidence(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Shots were fired overnight in Garissa."
    result, analysis = code(nlp, cat, text, "fired", "Battles", "Armed clash", "Kenya", KENYA_2015)
    assert pair(result) == ("Unidentified Armed Group (Kenya)", "Unidentified Armed Group (Kenya)")
    assert result.actor1 is not None
    start, end = result.actor1.evidence[0]
    assert analysis.text[start:end] == "fired"


def test_a_name_in_brackets_says_who_the_forces_are(cat: ActorCatalogue) -> None:
    text = "Government security forces (NISA) raided a house."
    mentions = find_actors(plain_analysis(text), cat, country="Somalia", on=dt.date(2025, 1, 10))
    assert mentions[0].text == "security forces (NISA)"
    assert mentions[0].name == "Military Forces of Somalia (2022-) National Intelligence and Security Agency"


@pytest.mark.slow
def test_shelled_places_are_not_civilian_victims(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2021, 7, 1)
    empty, _ = code(nlp, cat, "The military shelled the village and destroyed a house.", "shelled",
                    "Explosions/Remote violence", "Shelling/artillery/missile attack", "Myanmar", on)
    assert pair(empty) == ("Military Forces of Myanmar (2021-)", None)
    hit, _ = code(nlp, cat, "The military shelled the village, wounding three villagers.", "shelled",
                  "Explosions/Remote violence", "Shelling/artillery/missile attack", "Myanmar", on)
    assert pair(hit) == ("Military Forces of Myanmar (2021-)", "Civilians (Myanmar)")


@pytest.mark.slow
def test_arrests_of_group_members(nlp, cat: ActorCatalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested four men suspected of links to al-Shabaab in Garissa."
    result, _ = code(nlp, cat, text, "arrested", "Strategic developments", "Arrests", "Kenya", KENYA_2015)
    assert pair(result) == ("Police Forces of Kenya (2013-2022)", "Al Shabaab")


# ------------------------------------------------------------------------------------ mentions: conventions


def test_coded_as_brackets_name_the_actor(cat: ActorCatalogue) -> None:
    text = "Gunmen (coded as Bakool communal militia) shot a trader."
    mentions = find_actors(plain_analysis(text), cat, country="Somalia", on=dt.date(2022, 5, 3))
    assert names(mentions)[0] == ("Gunmen", "Bakool Communal Militia (Somalia)", "named")
    assert len(mentions) == 2  # the bracketed name does not stay a mention of its own


def test_nationality_or_ethnic_group(cat: ActorCatalogue) -> None:
    # "Somali" is a nationality and, in Kenya, an ethnic group: before people and attackers it is the nationality
    refugees = find_actors(plain_analysis("Somali refugees were shot."), cat, country="Kenya", on=KENYA_2015)
    assert refugees[0].name == "Civilians (Somalia)"
    gunmen = find_actors(plain_analysis("Somali gunmen attacked a shop."), cat, country="Kenya", on=KENYA_2015)
    assert gunmen[0].name == "Unidentified Armed Group (Somalia)"
    militia = find_actors(plain_analysis("Somali militia attacked a shop."), cat, country="Kenya", on=KENYA_2015)
    assert militia[0].name == "Somali Ethnic Militia (Kenya)"  # Kenya's Somali community
    ugandan = find_actors(plain_analysis("Ugandan Pokot raiders stole cattle."), cat, country="Kenya", on=KENYA_2015)
    assert ugandan[0].name == "Pokot Ethnic Militia (Uganda)"


def test_attackers_from_another_country(cat: ActorCatalogue) -> None:
    raiders = find_actors(plain_analysis("Raiders from Uganda stole cattle."), cat, country="Kenya", on=KENYA_2015)
    assert raiders[0].text == "Raiders from Uganda"
    assert raiders[0].name == "Unidentified Ethnic Militia (Uganda)"  # a communal militia, as named before mid-2015
    text = "Armed men suspected to be from Ethiopia attacked herders."
    suspected = find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015)
    assert suspected[0].name == "Unidentified Armed Group (Ethiopia)"
    text = "Gunmen suspected to be affiliated with al-Shabaab attacked a bus."
    affiliated = find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015)
    assert affiliated[0].name == "Al Shabaab"


def test_ethnic_militia_words_and_place_lists(cat: ActorCatalogue) -> None:
    later = dt.date(2019, 3, 1)
    ethnic = find_actors(plain_analysis("Ethnic militiamen burned houses."), cat, country="Kenya", on=later)
    assert ethnic[0].name == "Unidentified Ethnic Militia (Kenya)"
    text = "Two men were killed in Baragoi, Samburu."
    placed = find_actors(plain_analysis(text), cat, country="Kenya", on=later)
    assert not any("Ethnic Militia" in m.name for m in placed)  # "Baragoi, Samburu" is a place


def test_one_word_naming_two_forces_reads_the_report_country_first(cat: ActorCatalogue) -> None:
    text = "Clashes between the ENDF/EDF and Tigrayan forces continued."
    mentions = find_actors(plain_analysis(text), cat, country="Ethiopia", on=dt.date(2021, 3, 1))
    assert mentions[0].name == "Military Forces of Ethiopia (2018-)"



def test_an_acronym_reads_as_the_force_of_the_report_region(cat: ActorCatalogue) -> None:
    # "UPDF" is Uganda's army and a Bangladeshi party: the report's region decides
    text = "UPDF soldiers crossed the border."
    kenya = names(find_actors(plain_analysis(text), cat, country="Kenya", on=KENYA_2015))
    assert kenya[0][1] == "Military Forces of Uganda (1986-)"
    bangladesh = names(find_actors(plain_analysis(text), cat, country="Bangladesh", on=KENYA_2015))
    assert bangladesh[0][1] == "UPDF: United People's Democratic Front"


def test_a_group_name_before_an_act_is_the_group_not_a_place(cat: ActorCatalogue) -> None:
    raid = names(find_actors(plain_analysis("Two died in Pokot raids on Monday."), cat, country="Kenya", on=KENYA_2015))
    assert ("Pokot", "Pokot Ethnic Militia (Kenya)", "named") in raid
    place = names(find_actors(plain_analysis("Two died in West Pokot on Monday."), cat, country="Kenya",
                              on=KENYA_2015))
    assert not any(name.startswith("Pokot") for _, name, _ in place)


def test_a_group_name_closing_a_person_name_is_the_person(cat: ActorCatalogue) -> None:
    text = "Mr Abed Kamau Kikuyu was found dead."
    with_person = plain_analysis(text, [("Abed Kamau", "PERSON")])
    assert not any("Kikuyu" in name for _, name, _ in names(find_actors(with_person, cat, country="Kenya",
                                                                         on=KENYA_2015)))
