import pytest

from fogwatch.taxonomy import (
    ALL_SUB_EVENT_TYPES,
    EVENT_TYPE_OF,
    EVENT_TYPES,
    INTER_NAMES,
    SUB_EVENT_TYPES,
    event_type_of,
    interaction,
    is_demonstration,
)


def test_six_event_types_and_twenty_five_sub_event_types():
    assert EVENT_TYPES == (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    )
    assert len(ALL_SUB_EVENT_TYPES) == 25
    assert len(set(ALL_SUB_EVENT_TYPES)) == 25
    assert [len(SUB_EVENT_TYPES[t]) for t in EVENT_TYPES] == [3, 6, 3, 3, 2, 8]


@pytest.mark.parametrize(
    "sub, event_type",
    [
        ("Armed clash", "Battles"),
        ("Non-state actor overtakes territory", "Battles"),
        ("Chemical weapon", "Explosions/Remote violence"),
        ("Air/drone strike", "Explosions/Remote violence"),
        ("Remote explosive/landmine/IED", "Explosions/Remote violence"),
        ("Abduction/forced disappearance", "Violence against civilians"),
        ("Excessive force against protesters", "Protests"),
        ("Mob violence", "Riots"),
        ("Disrupted weapons use", "Strategic developments"),
        ("Other", "Strategic developments"),
    ],
)
def test_event_type_of(sub, event_type):
    assert EVENT_TYPE_OF[sub] == event_type
    assert event_type_of(sub) == event_type


def test_unknown_sub_event_type_names_the_valid_ones():
    with pytest.raises(KeyError, match="Armed clash"):
        event_type_of("Armed Clash")


def test_mappings_are_read_only():
    with pytest.raises(TypeError):
        EVENT_TYPE_OF["Armed clash"] = "Riots"  # type: ignore[index]


def test_inter_codes():
    assert sorted(INTER_NAMES) == list(range(1, 9))
    assert INTER_NAMES[1] == "State Forces"
    assert INTER_NAMES[6] == "Protesters"
    assert INTER_NAMES[7] == "Civilians"


@pytest.mark.parametrize(
    "inter1, inter2, expected",
    [(1, 7, 17), (7, 1, 17), (2, 1, 12), (4, 4, 44), (6, None, 60), (None, 3, 30), (None, None, None)],
)
def test_interaction_puts_the_lower_code_first(inter1, inter2, expected):
    assert interaction(inter1, inter2) == expected


@pytest.mark.parametrize("bad", [0, 9, -1])
def test_interaction_rejects_codes_outside_1_to_8(bad):
    with pytest.raises(ValueError, match="inter"):
        interaction(bad, 1)


def test_is_demonstration():
    assert is_demonstration("Protests") and is_demonstration("Riots")
    assert not is_demonstration("Battles")
