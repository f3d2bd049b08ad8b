"""ACLED's event taxonomy (6 event types, 25 sub-event types) and actor ``inter`` codes.

Names are spelled exactly as in ACLED exports (the output contract compares them as strings).
Source: ACLED Codebook (2019 onward, the taxonomy still current); "Chemical weapon" is in the
codebook even though it is rare in exports.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

BATTLES: Final = "Battles"
EXPLOSIONS: Final = "Explosions/Remote violence"
VIOLENCE_AGAINST_CIVILIANS: Final = "Violence against civilians"
PROTESTS: Final = "Protests"
RIOTS: Final = "Riots"
STRATEGIC_DEVELOPMENTS: Final = "Strategic developments"

# event type -> its sub-event types, in the codebook's order
SUB_EVENT_TYPES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        BATTLES: (
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ),
        EXPLOSIONS: (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        VIOLENCE_AGAINST_CIVILIANS: (
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ),
        PROTESTS: (
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ),
        RIOTS: (
            "Violent demonstration",
            "Mob violence",
        ),
        STRATEGIC_DEVELOPMENTS: (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)

EVENT_TYPES: Final[tuple[str, ...]] = tuple(SUB_EVENT_TYPES)

ALL_SUB_EVENT_TYPES: Final[tuple[str, ...]] = tuple(
    sub for subs in SUB_EVENT_TYPES.values() for sub in subs
)

EVENT_TYPE_OF: Final[Mapping[str, str]] = MappingProxyType(
    {sub: event_type for event_type, subs in SUB_EVENT_TYPES.items() for sub in subs}
)

# ACLED actor type codes (inter1 / inter2)
INTER_NAMES: Final[Mapping[int, str]] = MappingProxyType(
    {
        1: "State Forces",
        2: "Rebel Groups",
        3: "Political Militias",
        4: "Identity Militias",
        5: "Rioters",
        6: "Protesters",
        7: "Civilians",
        8: "External/Other Forces",
    }
)

# ACLED's "demonstration events": protests and riots, as opposed to political violence and
# strategic developments
_DEMONSTRATION_TYPES: Final = frozenset({PROTESTS, RIOTS})


def event_type_of(sub_event_type: str) -> str:
    """The event type of an ACLED sub-event type; ``KeyError`` with the valid names if unknown."""
    try:
        return EVENT_TYPE_OF[sub_event_type]
    except KeyError:
        raise KeyError(
            f"unknown ACLED sub-event type {sub_event_type!r}; expected one of: "
            + ", ".join(ALL_SUB_EVENT_TYPES)
        ) from None


def is_demonstration(event_type: str) -> bool:
    """Protests and riots (ACLED's "demonstration events")."""
    return event_type in _DEMONSTRATION_TYPES


def _check_inter(code: int | None, name: str) -> None:
    if code is not None and code not in INTER_NAMES:
        raise ValueError(f"{name} must be an ACLED inter code 1-8 or None, got {code!r}")


def interaction(inter1: int | None, inter2: int | None = None) -> int | None:
    """ACLED's two-digit interaction code of an event's two actor types.

    The lower code comes first ("17" for state forces against civilians, whichever is actor 1);
    an event with one actor has ``inter * 10`` ("60" for protesters alone). ``None`` when neither
    actor type is known.
    """
    _check_inter(inter1, "inter1")
    _check_inter(inter2, "inter2")
    if inter1 is None and inter2 is None:
        return None
    if inter1 is None or inter2 is None:
        only = inter1 if inter1 is not None else inter2
        assert only is not None
        return only * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


__all__ = [
    "ALL_SUB_EVENT_TYPES",
    "BATTLES",
    "EVENT_TYPES",
    "EVENT_TYPE_OF",
    "EXPLOSIONS",
    "INTER_NAMES",
    "PROTESTS",
    "RIOTS",
    "STRATEGIC_DEVELOPMENTS",
    "SUB_EVENT_TYPES",
    "VIOLENCE_AGAINST_CIVILIANS",
    "event_type_of",
    "interaction",
    "is_demonstration",
]
