"""Actor naming for Myanmar and Haiti: gang names read from the text, single-gang references, local
PDF units, attributive force words, civilians of remote violence, home forces beside a foreign mission.
All sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from fogwatch.actors import find_actors
from fogwatch.catalogue import ActorCatalogue
from fogwatch.errors import DataFileError
from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON_2021 = dt.date(2021, 10, 1)
ON_2025 = dt.date(2025, 1, 8)


def names(pipeline: Pipeline, text: str, country: str, on: dt.date | None) -> list[tuple[str, str]]:
    analysis = pipeline.nlp.analyse(text)
    return [(m.text, m.name) for m in find_actors(analysis, pipeline.catalogue, country=country, on=on)]


def event(pipeline: Pipeline, text: str, country: str, on: dt.date):  # type: ignore[no-untyped-def]
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country=country)]))
    assert result.events, "the test text must make an event"
    return result.events[0]


# ------------------------------------------------------------------------------------ gangs


def test_capitalised_gang_name_is_the_acled_name(pipeline: Pipeline) -> None:
    found = names(pipeline, "Members of the Zorbalo Gang attacked residents of Carrefour.", "Haiti", ON_2025)
    assert ("Zorbalo Gang", "Zorbalo Gang") in found


def test_gang_name_skips_opening_words(pipeline: Pipeline) -> None:
    found = names(pipeline, "The Krik Krak Gang shot two men near the market.", "Haiti", ON_2025)
    assert ("Krik Krak Gang", "Krik Krak Gang") in found


def test_lower_case_gang_after_a_place_is_not_a_name(pipeline: Pipeline) -> None:
    found = names(pipeline, "Carrefour gang members shot two men near the market.", "Haiti", ON_2025)
    assert all(not name.startswith("Carrefour") for _, name in found)


def test_gang_name_needs_a_gang_country(pipeline: Pipeline) -> None:
    found = names(pipeline, "Members of the Zorbalo Gang attacked residents of Mombasa.", "Kenya", ON_2025)
    assert all(name != "Zorbalo Gang" for _, name in found)


def test_catalogue_knows_the_full_acled_gang_name(pipeline: Pipeline) -> None:
    found = names(pipeline, "The Baz Gran Grif de Savien Gang attacked a police base.", "Haiti", ON_2025)
    assert [n for _, n in found if "Gang" in n] == ["Baz Gran Grif de Savien Gang"]


def test_unnamed_gang_members_take_the_only_named_gang(pipeline: Pipeline) -> None:
    text = ("Police clashed with gang members in Solino. The attackers were affiliates of the "
            "Viv Ansanm Gang, according to residents.")
    found = dict(names(pipeline, text, "Haiti", ON_2025))
    assert found["gang members"] == "Viv Ansanm Gang"


def test_rival_gang_members_are_not_the_named_gang(pipeline: Pipeline) -> None:
    text = "Members of the Belair Gang clashed with rival gang members in Solino."
    found = dict(names(pipeline, text, "Haiti", ON_2025))
    assert found["gang members"] == "Unidentified Gang (Haiti)"


def test_two_named_gangs_leave_unnamed_members_unidentified(pipeline: Pipeline) -> None:
    text = "Gang members burned houses. The Canaan Gang and the Taliban Gang were blamed."
    found = dict(names(pipeline, text, "Haiti", ON_2025))
    assert found["Gang members"] == "Unidentified Gang (Haiti)"


# ------------------------------------------------------------------------------------ Myanmar PDF units


@pytest.mark.parametrize(("text", "unit"), [
    ("The Sample PDF attacked a military convoy with mines.", "People's Defense Force - Sample"),
    ("PDF-Exampleton launched a mine attack on the military.", "People's Defense Force - Exampleton"),
    ("The People's Defense Force - Test Town attacked a police post.", "People's Defense Force - Test Town"),
    ("The People's Defense Force of Mockville claimed the bombing.", "People's Defense Force - Mockville"),
    ("The local PDF attacked two military trucks.", "People's Defense Force - Local Group"),
])
def test_pdf_units_are_named_after_their_place(pipeline: Pipeline, text: str, unit: str) -> None:
    assert unit in [n for _, n in names(pipeline, text, "Myanmar", ON_2021)]


@pytest.mark.parametrize("text", [
    "A PDF attacked two military trucks.",
    "The Myanmar PDF attacked two military trucks.",
])
def test_pdf_without_a_place_stays_the_movement(pipeline: Pipeline, text: str) -> None:
    found = [n for _, n in names(pipeline, text, "Myanmar", ON_2021)]
    assert "PDF: People's Defense Force" in found
    assert not any(n.startswith("People's Defense Force -") for n in found)


def test_catalogue_branch_name() -> None:
    cat = ActorCatalogue.load()
    assert cat.branch_name("PDF: People's Defense Force", "Foo") == "People's Defense Force - Foo"
    assert cat.branch_name("PDF: People's Defense Force", None) == "People's Defense Force - Local Group"
    assert cat.branch_name("KIO/KIA: Kachin Independence Organization/Kachin Independence Army", "Foo") is None


def test_branch_template_needs_a_place(tmp_path: Path) -> None:
    path = tmp_path / "actors.toml"
    path.write_text('schema = 1\n[[actor]]\nname = "X Front"\ninter = 2\nbranch = "X Front unit"\n', encoding="utf-8")
    with pytest.raises(DataFileError, match="branch"):
        ActorCatalogue.load(path)


def test_shan_state_armies_take_the_name_of_the_date() -> None:
    cat = ActorCatalogue.load()
    recent = cat.resolve("RCSS", country="Myanmar", on=ON_2021)
    older = cat.resolve("RCSS", country="Myanmar", on=dt.date(2015, 5, 1))
    assert recent is not None and recent.name.startswith("RCSS/SSA-S:")
    assert older is not None and older.name == "SSA-S: Shan State Army-South"


def test_region_name_is_not_an_ethnic_militia(pipeline: Pipeline) -> None:
    found = names(pipeline, "In Kalaw town (Taunggyi district, Shan-South), two bombs exploded.", "Myanmar",
                  ON_2021)
    assert not any("Ethnic Militia" in n for _, n in found)


# ------------------------------------------------------------------------------------ attributive forces


def test_military_owned_property_is_not_the_military(pipeline: Pipeline) -> None:
    found = names(pipeline, "Unknown men bombed a military-owned telecom tower in the town.", "Myanmar", ON_2021)
    assert not any(n.startswith("Military Forces") for _, n in found)


def test_military_troops_are_still_the_military(pipeline: Pipeline) -> None:
    found = names(pipeline, "Military troops raided the village at night.", "Myanmar", ON_2021)
    assert any(n.startswith("Military Forces of Myanmar") for _, n in found)


# ------------------------------------------------------------------------------------ event actors


def test_shelling_with_fleeing_villagers_and_no_casualties_has_no_civilians(pipeline: Pipeline) -> None:
    text = ("On 3 September 2021, in Sample village (Sample township, Sagaing region), the military fired "
            "artillery shells at the village. Villagers fled their homes. There were no casualties.")
    ev = event(pipeline, text, "Myanmar", ON_2021)
    assert ev.actor1 == "Military Forces of Myanmar (2021-)"
    assert ev.actor2 is None


def test_shelling_that_injures_villagers_has_civilians(pipeline: Pipeline) -> None:
    text = ("On 3 September 2021, in Sample village (Sample township, Sagaing region), the military fired "
            "artillery shells at the village. Villagers fled their homes and two villagers were injured.")
    ev = event(pipeline, text, "Myanmar", ON_2021)
    assert ev.actor2 == "Civilians (Myanmar)"


def test_home_police_beside_a_foreign_mission_are_the_actor(pipeline: Pipeline) -> None:
    text = ("On 7 January 2025, in Port-au-Prince, police forces and the Multinational Security Support Mission "
            "clashed with the Viv Ansanm Gang in the Solino neighbourhood. Two gang members were killed.")
    ev = event(pipeline, text, "Haiti", ON_2025)
    assert {ev.actor1, ev.actor2} == {"Police Forces of Haiti (2024-)", "Viv Ansanm Gang"}


def test_foreign_mission_acting_alone_stays(pipeline: Pipeline) -> None:
    text = ("On 7 January 2025, in Port-au-Prince, the Multinational Security Support Mission clashed with "
            "the Viv Ansanm Gang in the Solino neighbourhood. Two gang members were killed.")
    ev = event(pipeline, text, "Haiti", ON_2025)
    assert ev.actor1 is not None and ev.actor1.startswith("MSS:")


def test_police_with_armed_residents_are_the_actor(pipeline: Pipeline) -> None:
    text = ("On 7 January 2025, in Port-au-Prince, police forces and armed residents clashed with the "
            "Viv Ansanm Gang in the Solino neighbourhood. Two gang members were killed.")
    ev = event(pipeline, text, "Haiti", ON_2025)
    assert {ev.actor1, ev.actor2} == {"Police Forces of Haiti (2024-)", "Viv Ansanm Gang"}


def test_self_defence_group_alone_is_a_communal_militia(pipeline: Pipeline) -> None:
    found = dict(names(pipeline, "A self-defense group lynched two suspected gang members.", "Haiti", ON_2025))
    assert found["self-defense group"] == "Unidentified Communal Militia (Haiti)"


@pytest.mark.parametrize(("text", "actor1"), [
    ("Other: On 7 January 2025, in Sample town, Ouest, roadblocks were erected on the national road, "
     "blocking traffic for hours. There is no information on who set them up.", "Civilians (Haiti)"),
    ("Other: On 7 January 2025, in Sample town, Ouest, gunshots were heard and a roadblock was set up on "
     "the national road. There is no information on who set it up.", "Unidentified Armed Group (Haiti)"),
])
def test_roadblock_of_unknown_authors(pipeline: Pipeline, text: str, actor1: str) -> None:
    assert event(pipeline, text, "Haiti", ON_2025).actor1 == actor1
