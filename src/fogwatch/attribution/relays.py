"""Outlet relays: "CNN reported", "told Reuters", "according to AFP", "in an interview with the BBC".

A relay is not a claim of its own when the statement it carries is attributed to someone else: the
outlet is added to that claim's ``reported_via`` chain instead, and to the statements just before it
by the same speaker in the same paragraph ("..., the NRF source said. They revealed ..., CNN
reported."), which the relay also covers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
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
    """The outlet a noun phrase names, when it names one ("CNN", "The Hill", "the newspaper").

    A descriptive phrase with a name in it gives the name: "the state news agency RIA Novosti" is
    "RIA Novosti" (and so is the parser's split "State news agency | SANA reported").
    """
    if head is None or span is None:
        return None
    text = view.text[span[0] : span[1]]
    tok = view.tokens[head]
    if tok.pos == "PRON":
        return None
    names = [t for t in view.tokens_in(*span) if t.pos == "PROPN"]
    after = head + 1
    while after < len(view.tokens) and view.tokens[after].end <= span[1]:
        after += 1
    if after < len(view.tokens) and view.tokens[after].pos == "PROPN":
        first = last = view.tokens[after]
        while last.dep == "compound" and last.head > last.i:
            last = view.tokens[last.head]
        if last.pos == "PROPN" and last.dep == tok.dep and last.head == tok.head and last.i != tok.head:
            names = [first, last]
    descriptive = tok.lemma.lower() in OUTLET_NOUNS
    if names and (descriptive or is_outlet_name(text)):
        name = view.text[names[0].start : names[-1].end]
        if descriptive or is_outlet_name(name):
            return _strip_the(name)
    if is_outlet_name(text) or (tok.pos == "PROPN" and is_outlet_name(tok.text)):
        return _strip_the(text)
    if descriptive and len(text) < 40:
        return _strip_the(text)
    return None


def interview_outlet(sentence: str) -> str | None:
    """'in an interview with CNN' -> 'CNN'."""
    m = _INTERVIEW_WITH.search(sentence)
    if m and is_outlet_name(m.group(1)):
        return _strip_the(m.group(1))
    return None


def nested_flags(cands: Sequence[Candidate]) -> list[bool]:
    """For each candidate, whether it is said inside another one's content (its cue, or for a bare
    quotation its content, lies in that content).

    "X said Y believes Z" is X's claim about Y, not a claim by Y; likewise words inside a quotation.
    Candidates are swept in order of content start with a running maximum of content ends, so a
    long article costs little more than a short one.
    """
    order = sorted(range(len(cands)), key=lambda i: cands[i].content[0])
    starts = [cands[i].content[0] for i in order]
    reach: list[int] = []
    for i in order:
        reach.append(max(reach[-1], cands[i].content[1]) if reach else cands[i].content[1])
    flags = []
    for c in cands:
        anchor = c.cue if c.cue is not None else c.content
        j = bisect_right(starts, anchor[0]) - 1
        nested = False
        while j >= 0 and reach[j] >= anchor[1]:
            o = cands[order[j]]
            if o is not c and o.content[1] >= anchor[1] and o.content != c.content:
                nested = True
                break
            j -= 1
        flags.append(nested)
    return flags
