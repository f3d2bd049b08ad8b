"""Actor naming for Somalia: the target named by "targeting" after the act, units named in brackets after
unnamed state forces, AU mission contingents, federal member state forces. All sentences are written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.pipeline import Pipeline
from fogwatch.records import Article

ON_2025 = dt.date(2025, 6, 2)
ON_2019 = dt.date(2019, 3, 4)
SNA = "Military Forces of Somalia (2022-)"
AUSSOM = "AUSSOM: Africa Union Support and Stabilisation Mission in Somalia (2025-)"


def actors(pipeline: Pipeline, text: str, on: dt.date = ON_2025) -> tuple[str | None, str | None]:
    result = next(pipeline.extract_many([Article(id="t", text=text, published=on, country="Somalia")]))
    assert result.events, "the test text must make an event"
    e = result.events[0]
    return e.actor1, e.actor2


# ------------------------------------------------------------------ "an airstrike targeting X"


def test_partner_in_coordination_is_not_the_target(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, foreign forces (coded as Unidentified Military Forces), in coordination with "
            "government security forces (SNA), carried out an airstrike targeting Al Shabaab near Jilib town "
            "(Jilib, Middle Juba). No casualties were reported.")
    assert actors(pipeline, text) == ("Unidentified Military Forces", "Al Shabaab")


def test_conjoined_partner_is_not_the_target(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, US forces and government security forces (SNA) carried out an airstrike targeting "
            "an Al Shabaab hideout near Jilib town (Jilib, Middle Juba). Five militants were killed.")
    assert actors(pipeline, text) == ("Military Forces of the United States (2025-)", "Al Shabaab")


def test_target_named_by_its_facility(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, foreign forces (coded as Unidentified Military Forces), in coordination with "
            "government security forces (NISA), carried out an airstrike targeting an Al Shabaab training "
            "center near Kunyo Barrow village (Jilib, Middle Juba). Three militants were killed.")
    assert actors(pipeline, text) == ("Unidentified Military Forces", "Al Shabaab")


# ------------------------------------------------------------------ units named in brackets


def test_first_unit_in_brackets_is_the_actor(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, government security forces (NISA and SNA) clashed with Al Shabaab near Balcad "
            "town (Balcad, Middle Shabelle). Casualties unknown.")
    assert actors(pipeline, text)[0] == f"{SNA} National Intelligence and Security Agency"


def test_single_bracketed_acronym_keeps_the_army(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, government security forces (SNA) clashed with Al Shabaab near Balcad "
            "town (Balcad, Middle Shabelle). Casualties unknown.")
    assert actors(pipeline, text) == (SNA, "Al Shabaab")


# ------------------------------------------------------------------ AU mission contingents


@pytest.mark.parametrize(("force", "country"), [("UPDF", "Uganda"), ("ENDF", "Ethiopia"), ("KDF", "Kenya"),
                                                 ("BNDF", "Burundi"), ("DNDF", "Djibouti")])
def test_aussom_contingent(pipeline: Pipeline, force: str, country: str) -> None:
    text = (f"On 1 June 2025, Al Shabaab clashed with AUSSOM {force} troops at a base near Marka town "
            "(Marka, Lower Shabelle). Casualties unknown.")
    assert actors(pipeline, text) == ("Al Shabaab", f"{AUSSOM} ({country})")


def test_aussom_without_contingent(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, Al Shabaab clashed with AUSSOM troops at a base near Marka town "
            "(Marka, Lower Shabelle). Casualties unknown.")
    assert actors(pipeline, text) == ("Al Shabaab", AUSSOM)


def test_amisom_contingent_by_date(pipeline: Pipeline) -> None:
    text = ("On 2 March 2019, Al Shabaab attacked AMISOM UPDF troops near Marka town (Marka, Lower Shabelle). "
            "Casualties unknown.")
    assert actors(pipeline, text, ON_2019)[1] == "AMISOM: African Union Mission in Somalia (2007-2022) (Uganda)"


# ------------------------------------------------------------------ member state forces


def test_southwest_special_police_is_police(pipeline: Pipeline) -> None:
    text = ("On 1 June 2025, Southwest Special Police Forces (SWSPF) clashed with Al Shabaab near Baidoa town "
            "(Baydhaba, Bay). Casualties unknown.")
    assert actors(pipeline, text) == ("Police Forces of Somalia (2022-) Southwest Special Police Forces",
                                      "Al Shabaab")


@pytest.mark.parametrize(("phrase", "name"), [
    ("Puntland Dervish soldiers", f"{SNA} Puntland Dervish Force"),
    ("Puntland Darawish forces", f"{SNA} Puntland Dervish Force"),
    ("Galmudug security forces", f"{SNA} Galmudug Security Force"),
    ("Hirshabelle police", "Police Forces of Somalia (2022-) Hirshabelle Police Forces"),
    ("Jubaland Intelligence and Security Agency (JISA) forces", f"{SNA} Jubaland Intelligence and Security Agency"),
])
def test_member_state_units(pipeline: Pipeline, phrase: str, name: str) -> None:
    text = f"On 1 June 2025, {phrase} clashed with Al Shabaab near Buulo Mareer village. Casualties unknown."
    assert actors(pipeline, text) == (name, "Al Shabaab")
