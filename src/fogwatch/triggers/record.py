"""What the trigger pass finds: ``Trigger``, its modalities, and the classes it can have.

Classes (``Trigger.cls``) are coarse and say what happened, not the ACLED sub-event type (which
``fogwatch.event_types.type_event`` decides from the class and the sentence):

clash, attack, killing, violence, explosion, airstrike, shelling, suicide_bomb, grenade, ied,
protest, riot, mob, arson, abduction, sexual_violence, arrest, looting, territory_gain (an actor takes
a place: captured, took control of, overran, fell to), territory_loss (an actor is driven from a
place or leaves it: recaptured, regained, pushed back, withdrew from), agreement,
negotiation_failure, base, weapons_seizure (seized, defused or intercepted weapons), group_change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int  # character offsets of the whole trigger phrase
    end: int
    text: str
    token: int  # index of the trigger's head token in Analysis.tokens
    sentence: int
    cls: str
    negated: bool
    modality: str  # "asserted" | "hypothetical" | "future" | "denied"


ASSERTED: Final = "asserted"
HYPOTHETICAL: Final = "hypothetical"
FUTURE: Final = "future"
DENIED: Final = "denied"

CLASSES: Final[tuple[str, ...]] = (
    "clash", "attack", "killing", "violence", "explosion", "airstrike", "shelling", "suicide_bomb",
    "grenade", "ied", "protest", "riot", "mob", "arson", "abduction", "sexual_violence", "arrest",
    "looting", "territory_gain", "territory_loss", "agreement", "negotiation_failure", "base",
    "weapons_seizure", "group_change", "injury",
)  # fmt: skip
