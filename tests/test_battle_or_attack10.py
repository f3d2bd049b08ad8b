"""Battle or attack: one-sided attacks by armed groups and armed men killed by the forces (own sentences)."""

from __future__ import annotations

import pytest

from fogwatch.battle_or_attack import (
    FORCES_KILL_GROUP_PENALTY,
    ONE_SIDED_PENALTY,
    battle_or_attack_bonus,
    forces_kill_group,
    one_sided_attack,
    one_sided_by_parse,
    with_battle_or_attack,
)
from fogwatch.event_participants import ARMED, CIVILIAN, CROWD, Participants
from fogwatch.taxonomy import BATTLES, SUB_EVENT_TYPES, VIOLENCE_AGAINST_CIVILIANS

ARMED_ON_CIVILIANS = Participants(agents=frozenset({ARMED}), targets=frozenset({CIVILIAN}))


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers were killed by an armed gang near the river.",
        "A trader was attacked by unknown assailants on his way home.",
        "Two herders died after an attack by suspected Samburu militia at a watering point.",
        "Raiders torched several homesteads in the valley overnight.",
        "An attack on a remote village left four dead.",
    ],
)
def test_one_sided_attack_read(text: str) -> None:
    assert one_sided_attack(text)


@pytest.mark.parametrize(
    "text",
    [
        # a fight: two sides
        "Two men were killed by a gang before villagers fought back and repulsed the attackers.",
        "Militias from two clans clashed after an attack on a village.",
        # armed victims or a second armed side
        "A police reservist was killed by bandits near the border.",
        "Bandits attacked a village; police intervened, killing three of the raiders.",
        # no attacker named
        "Four people were killed in the market.",
        # the victim is an armed man under another name
        "A traffic enforcer was shot dead by unidentified armed men near the terminal.",
    ],
)
def test_not_one_sided(text: str) -> None:
    assert not one_sided_attack(text)


def test_one_sided_by_parse_needs_armed_agent_and_civilian_victims_only() -> None:
    text = "Five people were killed by the rebels in a farming area. Officers are investigating."
    assert one_sided_by_parse(text, ARMED_ON_CIVILIANS)
    # a victim called armed, a second side that acts, or a mob are not one-sided attacks on civilians
    assert not one_sided_by_parse("Rebels killed five people, among the dead two soldiers.", ARMED_ON_CIVILIANS)
    assert not one_sided_by_parse("Rebels killed five men claimed to be armed members of a sect.", ARMED_ON_CIVILIANS)
    assert not one_sided_by_parse("A mob killed a man the rebels had freed.", ARMED_ON_CIVILIANS)
    # the parse must say so: armed targets, sides, or no armed agent
    assert not one_sided_by_parse(text, Participants(agents=frozenset({ARMED}), targets=frozenset({ARMED})))
    assert not one_sided_by_parse(text, Participants(agents=frozenset({CROWD}), targets=frozenset({CIVILIAN})))
    assert not one_sided_by_parse(text, Participants(sides=frozenset({ARMED})))
    assert not one_sided_by_parse(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead three suspected gang members in the estate.",
        "Soldiers tracked and killed four bandits near the road.",
        "Six raiders were killed by police during a recovery operation.",
        "Two sect members shot dead by security forces on the outskirts of town.",
        "Officers foiled a robbery, killing three suspected gang members.",
    ],
)
def test_forces_kill_group(text: str) -> None:
    assert forces_kill_group(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gang members shot dead a police officer.",  # the group kills, it is not killed
        "Police shot dead a boda boda rider at a roadblock.",  # no armed group among the victims
        "Raiders killed three herders.",
        "Residents protested against the police killing of two gang members.",  # a topic, not the event
    ],
)
def test_not_forces_kill_group(text: str) -> None:
    assert not forces_kill_group(text)


def test_bonus_penalises_battles_for_a_one_sided_attack() -> None:
    bonus = battle_or_attack_bonus("killing", "Three villagers were killed by an armed gang.", ARMED_ON_CIVILIANS)
    assert set(bonus) == set(SUB_EVENT_TYPES[BATTLES])
    assert all(v == -ONE_SIDED_PENALTY for v in bonus.values())


def test_bonus_penalises_civilian_violence_when_forces_kill_armed_men() -> None:
    bonus = battle_or_attack_bonus("killing", "Police shot dead three suspected gang members.", None)
    assert set(bonus) == set(SUB_EVENT_TYPES[VIOLENCE_AGAINST_CIVILIANS])
    assert all(v == -FORCES_KILL_GROUP_PENALTY for v in bonus.values())


def test_lesser_act_of_a_killing_by_the_forces_is_no_attack_on_civilians() -> None:
    text = "Police intercepted a robbery killing four suspected gang members."
    bonus = battle_or_attack_bonus("looting", text, None)
    assert set(bonus) == set(SUB_EVENT_TYPES[VIOLENCE_AGAINST_CIVILIANS])
    # the one-sided rule stays with acts of violence: a robbery by a gang is not read as one
    assert battle_or_attack_bonus("looting", "Three traders were robbed by an armed gang.", None) == {}


def test_bonus_only_for_generic_violence_and_civilian_victims() -> None:
    text = "Three villagers were killed by an armed gang."
    assert battle_or_attack_bonus("clash", text, ARMED_ON_CIVILIANS) == {}
    assert battle_or_attack_bonus("abduction", text, ARMED_ON_CIVILIANS) == {}
    armed_target = Participants(agents=frozenset({ARMED}), targets=frozenset({ARMED}))
    assert battle_or_attack_bonus("killing", text, armed_target) == {}


def test_hook_adds_to_existing_bonus_without_mutating_it() -> None:
    before = {"Armed clash": 1.0, "Attack": 0.5}
    after = with_battle_or_attack(before, "killing", "Three villagers were killed by an armed gang.", None)
    assert after["Armed clash"] == 1.0 - ONE_SIDED_PENALTY
    assert after["Attack"] == 0.5
    assert before == {"Armed clash": 1.0, "Attack": 0.5}


class _RecordingModel:
    """Stands in for the event-type model: records the evidence ``type_event`` hands it."""

    def __init__(self) -> None:
        self.bonus: dict[str, float] = {}

    def with_evidence(self, context: str, bonus: dict[str, float], forbidden: tuple[str, ...]) -> object:
        self.bonus = dict(bonus)
        return None


def test_type_event_applies_the_one_sided_penalty(monkeypatch: pytest.MonkeyPatch) -> None:
    import fogwatch.event_types as event_types
    from fogwatch.triggers import Trigger

    text = "Two farmers were killed by an armed gang in the valley."
    trigger = Trigger(18, 24, "killed", 3, 0, "killing", False, "asserted")
    model = _RecordingModel()
    event_types.type_event(trigger, text, model)  # type: ignore[arg-type]
    with_rule = dict(model.bonus)
    monkeypatch.setattr(event_types, "with_battle_or_attack", lambda bonus, *args: bonus)
    event_types.type_event(trigger, text, model)  # type: ignore[arg-type]
    for sub in SUB_EVENT_TYPES[BATTLES]:
        assert with_rule[sub] == pytest.approx(model.bonus.get(sub, 0.0) - ONE_SIDED_PENALTY)
    assert with_rule.get("Attack") == model.bonus.get("Attack")
