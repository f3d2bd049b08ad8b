"""Victims that are civilians in ACLED's coding: named persons harmed or targeted, and occupations from
the civilians word list. All texts are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actors import ActorMention, find_actors
from fogwatch.catalogue import ActorCatalogue

ON = dt.date(2015, 3, 9)
CIVILIANS = "Civilians (Kenya)"


@pytest.fixture(scope="module")
def cat(catalogue) -> ActorCatalogue:  # the session's catalogue (conftest), by a short name
    return catalogue


def mentions(nlp, cat: ActorCatalogue, text: str) -> list[ActorMention]:
    return list(find_actors(nlp.analyse(text), cat, country="Kenya", on=ON))


def civilian_texts(nlp, cat: ActorCatalogue, text: str) -> list[str]:
    return [m.text for m in mentions(nlp, cat, text) if m.name == CIVILIANS]


# ------------------------------------------------------------------------------------ named persons


def test_named_person_shot_is_a_civilian(nlp, cat: ActorCatalogue) -> None:
    text = "Gunmen shot dead Peter Kamau Otieno outside his shop in Eldoret on Monday."
    assert "Peter Kamau Otieno" in civilian_texts(nlp, cat, text)


def test_named_person_who_acts_is_not_a_victim(nlp, cat: ActorCatalogue) -> None:
    text = "Peter Kamau Otieno threw stones at the police."
    assert "Peter Kamau Otieno" not in civilian_texts(nlp, cat, text)


def test_stones_thrown_at_a_named_politician(nlp, cat: ActorCatalogue) -> None:
    text = "Youths hurled stones at MP Jane Achieng Wanjiru as she left the rally."
    assert "Jane Achieng Wanjiru" in civilian_texts(nlp, cat, text)


def test_surname_of_a_full_name_given_earlier(nlp, cat: ActorCatalogue) -> None:
    text = "Musalia Mudavadi addressed the rally. Later a mob threw stones at Mudavadi near the stage."
    assert "Mudavadi" in civilian_texts(nlp, cat, text)


def test_one_word_name_needs_a_title_or_honorific(nlp, cat: ActorCatalogue) -> None:
    # a bare capitalised word after a harm verb may be a place the tagger took for a person
    assert "Wafula" not in civilian_texts(nlp, cat, "A mob beat up Wafula near the market.")
    assert "Wafula" in civilian_texts(nlp, cat, "A mob beat up Mr Wafula near the market.")


def test_police_title_keeps_the_person_a_state_agent(nlp, cat: ActorCatalogue) -> None:
    text = "Police commander James Mwangi Kariuki was shot by gunmen near his home."
    assert "James Mwangi Kariuki" not in civilian_texts(nlp, cat, text)
    assert any(m.category == "police" for m in mentions(nlp, cat, text))


# ------------------------------------------------------------------------------------ occupations


@pytest.mark.parametrize("text, word", [
    ("An irate mob lynched a herbalist accused of witchcraft.", "herbalist"),
    ("Youths attacked a witch doctor at the market.", "witch doctor"),
    ("County askaris beat hawkers in the town centre.", "hawkers"),
    ("Rival touts stabbed a tout at the bus stage.", "tout"),
    ("Students assaulted the deputy principal of the school.", "deputy principal"),
])
def test_occupation_victims_are_civilians(nlp, cat: ActorCatalogue, text: str, word: str) -> None:
    assert word in civilian_texts(nlp, cat, text)


def test_a_named_official_who_is_attacked_is_a_civilian(nlp, cat: ActorCatalogue) -> None:
    found = civilian_texts(nlp, cat, "Rioters attacked Governor Jane Wanjiku Mwangi during the tour.")
    assert any("Wanjiku" in t for t in found)


def test_an_officials_title_alone_is_no_victim(nlp, cat: ActorCatalogue) -> None:
    # governors and MPs are the usual sources of a report ("the regional governor said"): their title
    # alone must not make them the civilians an attack was aimed at
    found = civilian_texts(nlp, cat, "A missile hit the city overnight, the regional governor said on Thursday.")
    assert not any("governor" in t for t in found)
