"""Outlet relays: "CNN reported", "told Reuters", "according to AFP", "in an interview with the BBC".

A relay is not a claim of its own when the statement it carries is attributed to someone else: the
outlet is added to that claim's ``reported_via`` chain instead, and to the statements just before it
by the same speaker in the same paragraph ("..., the NRF source said. They revealed ..., CNN
reported."), which the relay also covers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .cues import Candidate
from .lexicon import OUTLET_NOUNS, is_outlet_name
from .view import View

# Cues through which an outlet passes on what others said.
RELAY_LEMMAS = frozenset({"report", "according to", "say", "write", "cite", "quote", "add"})

_INTERVIEW_WITH = re.compile(
    r"\b(?:interview|conversation|speaking|spoke)\s+(?:with|to)\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
)


def _strip_the(text: str) -> str:
    """'the newspaper' -> 'newspaper'; a capitalised 'The' belongs to the name ('The Hill')."""
    return text[4:] if text.startswith("the ") else text


def outlet_name(view: View, head: int | None, span: tuple[int, int] | None) -> str | None:
    """The outlet a noun phrase names, when it names one ("CNN", "The Hill", "the newspaper")."""
    if head is None or span is None:
        return None
    text = view.text[span[0] : span[1]]
    tok = view.tokens[head]
    if tok.pos == "PRON":
        return None
    if is_outlet_name(text) or (tok.pos == "PROPN" and is_outlet_name(tok.text)):
        return _strip_the(text)
    if tok.lemma.lower() in OUTLET_NOUNS and len(text) < 40:
        return _strip_the(text)
    return None


def interview_outlet(sentence: str) -> str | None:
    """'in an interview with CNN' -> 'CNN'."""
    m = _INTERVIEW_WITH.search(sentence)
    if m and is_outlet_name(m.group(1)):
        return _strip_the(m.group(1))
    return None


def relay_covers(outer: Candidate, inner: Candidate) -> bool:
    """Whether ``inner``'s cue lies inside the statement that ``outer`` relays."""
    if inner is outer or inner.cue is None:
        return False
    return outer.content[0] <= inner.cue[0] and inner.cue[1] <= outer.content[1]


def nested_in(c: Candidate, others: Sequence[Candidate]) -> bool:
    """Whether ``c`` is said inside another statement (its cue, or its quote, lies in that content).

    "X said Y believes Z" is X's claim about Y, not a claim by Y; likewise words inside a quotation.
    """
    anchor = c.cue if c.cue is not None else c.content
    for o in others:
        if o is c:
            continue
        if o.content[0] <= anchor[0] and anchor[1] <= o.content[1] and o.content != c.content:
            return True
    return False
