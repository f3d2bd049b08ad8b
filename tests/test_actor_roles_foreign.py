"""War fronts, displacement notes and strikes nobody was hurt by (``fogwatch.actor_fronts``,
``fogwatch.actor_roles``): at a front an unnamed side of the fighting is the front's other party;
a displacement note has the displaced civilians alone; a strike that hurt no one has no civilian
target. All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from fogwatch.actor_fronts import front_on, front_sides
from fogwatch.actor_roles import _nobody_hurt
from fogwatch.actors import ActorRole, EventActors

DONBAS = dt.date(2021, 11, 5)  # before the invasion: the separatists are the enemy
INVASION = dt.date(2022, 5, 12)
UA = "Military Forces of Ukraine (2019-)"
RU = "Military Forces of Russia (2000-)"
RU_AIR = "Military Forces of Russia (2000-) Air Force"
NAF = "NAF: United Armed Forces of Novorossiya"
UAG = "Unidentified Armed Group (Ukraine)"
CIV = "Civilians (Ukraine)"
BATTLE = ("Battles", "Armed clash")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _role(name: str | None) -> ActorRole | None:
    return ActorRole(name, 1, ((0, 1),)) if name else None


def _sides(catalogue, a1: str | None, a2: str | None, event: tuple[str, str], on: dt.date,  # type: ignore[no-untyped-def]
           text: str = "", country: str = "Ukraine") -> tuple[str | None, str | None]:
    out = front_sides(EventActors(_role(a1), _role(a2)), catalogue, country=country, on=on,
                      event_type=event[0], sub_event_type=event[1], text=text)
    return (out.actor1.name if out.actor1 else None, out.actor2.name if out.actor2 else None)


# ------------------------------------------------------------------ fronts (no parse needed)

def test_fronts_by_date_and_country() -> None:
    assert front_on("Ukraine", DONBAS) is not None and "Novorossiya" in front_on("Ukraine", DONBAS).enemy
    assert front_on("Ukraine", INVASION) is not None and front_on("Ukraine", INVASION).enemy == "military:Russia"
    assert front_on("Ukraine", dt.date(2010, 1, 1)) is None
    assert front_on("Somalia", INVASION) is None
    assert front_on("Ukraine", None) is None


def test_unknown_side_of_a_battle_is_the_other_party(catalogue) -> None:  # type: ignore[no-untyped-def]
    assert _sides(catalogue, RU, UAG, BATTLE, INVASION) == (RU, UA)
    assert _sides(catalogue, UAG, UA, BATTLE, INVASION) == (RU, UA)
    assert _sides(catalogue, NAF, UAG, BATTLE, DONBAS) == (NAF, UA)
    assert _sides(catalogue, UA, UAG, BATTLE, DONBAS) == (UA, NAF)
    # both sides unnamed ("fire in both directions of the line"): both parties
    assert _sides(catalogue, UAG, UAG, BATTLE, DONBAS) == (UA, NAF)


def test_named_sides_and_other_countries_are_left_alone(catalogue) -> None:  # type: ignore[no-untyped-def]
    assert _sides(catalogue, RU, UA, BATTLE, INVASION) == (RU, UA)
    assert _sides(catalogue, UA, NAF, BATTLE, INVASION) == (UA, NAF)
    somalia_unknown = "Unidentified Armed Group (Somalia)"
    assert _sides(catalogue, "Al Shabaab", somalia_unknown, BATTLE, INVASION, country="Somalia") == \
        ("Al Shabaab", somalia_unknown)
    # a protest or an attack on civilians is no fighting at the front
    assert _sides(catalogue, UAG, CIV, ("Violence against civilians", "Attack"), INVASION) == (UAG, CIV)


def test_shelling_fills_an_unidentified_target_but_not_a_missing_one(catalogue) -> None:  # type: ignore[no-untyped-def]
    assert _sides(catalogue, NAF, UAG, SHELLING, DONBAS) == (NAF, UA)
    assert _sides(catalogue, RU, None, SHELLING, INVASION) == (RU, None)
    # the observers' reports of the Donbas war do not say who fired
    assert _sides(catalogue, UAG, None, SHELLING, DONBAS) == (UAG, None)


def test_after_the_invasion_an_unattributed_strike_is_the_enemys(catalogue) -> None:  # type: ignore[no-untyped-def]
    assert _sides(catalogue, UAG, CIV, SHELLING, INVASION) == (RU, CIV)
    assert _sides(catalogue, None, None, SHELLING, INVASION) == (RU, None)


def test_the_host_striking_what_the_text_calls_the_enemys(catalogue) -> None:  # type: ignore[no-untyped-def]
    text = "Ukrainian artillery hit Russian trenches outside the village."
    assert _sides(catalogue, UA, None, SHELLING, INVASION, text) == (UA, RU)
    assert _sides(catalogue, UA, None, SHELLING, INVASION, "Ukrainian artillery hit a bridge.") == (UA, None)


def test_the_enemys_aircraft_are_its_air_force(catalogue) -> None:  # type: ignore[no-untyped-def]
    air = ("Explosions/Remote violence", "Air/drone strike")
    assert _sides(catalogue, RU, None, air, INVASION, "Bombs fell on the depot.") == (RU_AIR, None)
    text = "Ukrainian gunners brought down a Russian helicopter over the river."
    assert _sides(catalogue, UA, None, SHELLING, INVASION, text) == (UA, RU_AIR)
    # missiles and shells stay with the military itself, also in a strike typed as an air strike
    assert _sides(catalogue, RU, CIV, SHELLING, INVASION, "Two missiles hit a warehouse.") == (RU, CIV)
    assert _sides(catalogue, RU, CIV, air, INVASION, "Two missiles hit a warehouse.") == (RU, CIV)


def test_strategic_fronts_only_for_territory_and_weapons_and_only_for_the_military(catalogue) -> None:  # type: ignore[no-untyped-def]
    territory = ("Strategic developments", "Non-violent transfer of territory")
    assert _sides(catalogue, UA, None, territory, INVASION) == (UA, RU)
    intercepted = ("Strategic developments", "Disrupted weapons use")
    assert _sides(catalogue, UA, UAG, intercepted, INVASION) == (UA, RU)
    police = "Police Forces of Ukraine (2019-)"
    assert _sides(catalogue, police, UAG, intercepted, INVASION) == (police, UAG)
    assert _sides(catalogue, UA, None, ("Strategic developments", "Arrests"), INVASION) == (UA, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Shells hit the market. No casualties were reported.", True),
    ("Shells hit the market. There were no injuries or fatalities.", True),
    ("A school was damaged. Casualties unknown.", True),
    ("Nobody was hurt when the shell landed.", True),
    ("A shell killed one woman. Further casualties unknown.", False),
    ("Shells hit the market, wounding four traders.", False),
    ("Shells hit the market.", False),
])
def test_nobody_hurt(text: str, expected: bool) -> None:
    assert _nobody_hurt(text) is expected


# ------------------------------------------------------------------ through the parse

@pytest.mark.slow
def test_offensive_with_no_opponent_named(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops tried to advance towards Zalissia, but the attack was repelled. Losses are unknown."
    assert actor_pair(text, "attack", *BATTLE, country="Ukraine", on=INVASION) == (RU, UA)


@pytest.mark.slow
def test_clash_between_two_nations_forces(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting between Ukrainian and Russian units took place near Zalissia. Losses are unknown."
    assert set(actor_pair(text, "Fighting", *BATTLE, country="Ukraine", on=INVASION)) == {UA, RU}


@pytest.mark.slow
def test_displacement_note_has_the_civilians_alone(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Displacement: On 3 May 2022, 420 residents were evacuated from Zalissia after Russian shelling."
    assert actor_pair(text, "evacuated", "Strategic developments", "Other", country="Ukraine",
                      on=INVASION) == (CIV, None)


@pytest.mark.slow
def test_shelled_town_with_no_casualties_has_no_civilian_target(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = "Russian troops shelled Zalissia, damaging civilian infrastructure and homes of residents. No casualties."
    assert actor_pair(text, "shelled", *SHELLING, country="Ukraine", on=INVASION) == (RU, None)
    text = "Russian troops shelled Zalissia, wounding three residents."
    assert actor_pair(text, "shelled", *SHELLING, country="Ukraine", on=INVASION) == (RU, CIV)


@pytest.mark.slow
def test_the_attackers_own_weapons_are_not_the_target(actor_pair) -> None:  # type: ignore[no-untyped-def]
    text = ("Ukrainian troops fired artillery at the positions of the Donetsk People's Militia near Zalissia. "
            "Later that day two civilians were wounded elsewhere in the region.")
    assert actor_pair(text, "fired", *SHELLING, country="Ukraine", on=dt.date(2022, 3, 2)) == (UA, NAF)


@pytest.mark.slow
def test_looting_note_has_the_owners_as_civilians(actor_pair) -> None:  # type: ignore[no-untyped-def]
    looting = ("Strategic developments", "Looting/property destruction")
    text = "Looting: On 2 May 2022, Russian soldiers took tractors and fuel in Zalissia."
    assert actor_pair(text, "took", *looting, country="Ukraine", on=INVASION) == (RU, CIV)
    text = "Property destruction: On 2 May 2022, Russian soldiers blew up a power line in Zalissia."
    assert actor_pair(text, "blew", *looting, country="Ukraine", on=INVASION) == (RU, None)
