"""Sense checks: what a trigger word means in its sentence.

Each ``sense_NAME(ctx, token, cls)`` returns the class to use, or None for "not an event trigger
here"; ``data/triggers.toml`` names the check of each word (``sense = "NAME"``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Final

from ...errors import DataFileError
from ...nlp import Token
from ..context import Context
from ..figurative import FIGURATIVE_CLASSES, figurative
from . import agreements, crowds, deaths, fighting, territory, weapons

SenseCheck = Callable[[Context, Token, str], str | None]


# sense name in data/triggers.toml -> its check: every ``sense_NAME`` function of the modules above
SENSE_CHECKS: Final[Mapping[str, SenseCheck]] = MappingProxyType({
    name.removeprefix("sense_"): function
    for module in (agreements, crowds, deaths, fighting, territory, weapons)
    for name, function in vars(module).items()
    if name.startswith("sense_") and callable(function)
})


def check(ctx: Context, kind: str, t: Token, cls: str) -> str | None:
    """The class a one-word trigger of ``cls`` takes after its sense check ``kind`` ("" for none),
    or None when the word is not an event trigger here."""
    if kind:
        try:
            sense = SENSE_CHECKS[kind]
        except KeyError:
            raise DataFileError(f"the trigger lexicon names sense {kind!r}, which has no check; "
                                f"known: {', '.join(sorted(SENSE_CHECKS))}") from None
        found = sense(ctx, t, cls)
    else:
        found = cls
    if found in FIGURATIVE_CLASSES and figurative(ctx, t):
        return None
    return found
