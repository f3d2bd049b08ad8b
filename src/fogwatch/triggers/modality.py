"""Negation and modality of a trigger, read from the governors above it in the parse.

* negation: "no clashes", "did not attack", "no one was killed", "failed to capture", "foiled";
* modality: "denied carrying out the attack" (denied), "threatened to attack", "could attack",
  "if talks fail" (hypothetical), "plans to", "will protest", "planned protest" (future); an
  attempt at violence is an act ("tried to lynch"), and a phrase of time presupposes its event
  ("feared dead after an attack").
"""

from __future__ import annotations

from ..nlp import Token
from .context import Context, head_of, kid_lemmas, kids, sent
from .record import ASSERTED, DENIED, FUTURE, HYPOTHETICAL
from .vocabulary import (
    ATTEMPT_GOVERNORS,
    CROWDS,
    DENIAL,
    FUTURE_AUX,
    FUTURE_GOVERNORS,
    FUTURE_MODIFIERS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_GOVERNORS,
    HYPOTHETICAL_MODIFIERS,
    NEGATING_GOVERNORS,
    NEGATIVE_SUBJECTS,
    PRESUPPOSING_PREPS,
)

ATTEMPTABLE = frozenset(
    """attack killing clash abduction mob riot arson explosion ied grenade sexual_violence shelling
    airstrike suicide_bomb protest looting""".split()
)


# Dependencies through which a governor's modality reaches the trigger ("threatened [to attack]",
# "plans for [an attack]", "denied [carrying out] the attack"); an adverbial or relative clause,
# a subject or a parenthetical clause is outside the governor's scope.
SCOPE_DEPS = frozenset(
    "xcomp ccomp dobj pobj prep pcomp acl attr oprd conj compound amod".split()
)


# Negation reaches through fewer links: "did not carry out [the attack]", but "did not say that
# militants attacked" does not deny the attack.
NEGATION_DEPS = frozenset("xcomp dobj nsubjpass attr pobj prep compound".split())


MAX_HOPS = 6


def negated(ctx: Context, t: Token) -> bool:
    node, hops = t, 0
    while True:
        for k in kids(ctx, node):
            lemma = k.lemma.lower()
            if k.dep == "neg" or (k.dep == "det" and lemma == "no"):
                return True
            if k.dep in ("nsubj", "nsubjpass") and (
                lemma in NEGATIVE_SUBJECTS or (lemma == "one" and "no" in kid_lemmas(ctx, k, "det"))
            ):
                return True
        head = head_of(ctx, node)
        if head.i == node.i or node.dep not in NEGATION_DEPS or hops >= MAX_HOPS:
            return False
        if node.dep == "pobj" and head.lemma.lower() == "without":
            return True
        if head.lemma.lower() in NEGATING_GOVERNORS and node.dep in ("xcomp", "dobj"):
            return True
        node, hops = head, hops + 1


def modality(ctx: Context, t: Token, cls: str = "") -> str:
    mods = {w for k in kids(ctx, t, "amod", "compound") for w in (k.lemma.lower(), k.lower)}
    if mods & FUTURE_MODIFIERS and "well" not in {k.lemma.lower() for m in kids(ctx, t, "amod") for k in kids(ctx, m)}:
        return FUTURE
    if mods & HYPOTHETICAL_MODIFIERS:
        return HYPOTHETICAL
    node, hops = t, 0
    presupposed = False  # passed a phrase of time: governors above no longer reach the trigger
    while True:
        for k in kids(ctx, node):
            lemma = k.lemma.lower()
            if k.dep == "aux" and k.tag == "MD":
                if lemma in FUTURE_AUX:
                    return FUTURE
                if lemma in HYPOTHETICAL_AUX:
                    return HYPOTHETICAL
            if k.dep == "mark" and lemma in ("if", "unless", "whether"):
                return HYPOTHETICAL
        head = head_of(ctx, node)
        if head.i == node.i or node.dep not in SCOPE_DEPS or hops >= MAX_HOPS:
            return ASSERTED
        lemma = head.lemma.lower()
        if node.dep in ("pobj", "pcomp") and lemma in PRESUPPOSING_PREPS or (
            node.dep == "dobj" and lemma == "follow" and head.tag == "VBG"
        ):
            presupposed = True  # "after the attack", "following an attack" (parsed as a verb)
        if lemma == "fear" and node.lemma.lower() in ("dead", "kill") and node.dep in ("oprd", "xcomp", "acomp"):
            presupposed = True  # "are feared dead": ACLED codes the feared toll
        if not presupposed:
            if lemma in DENIAL:
                return DENIED
            if lemma in ATTEMPT_GOVERNORS and not (
                node.i == t.i and node.dep in ("xcomp", "dobj") and real_attempt(ctx, head, cls)
            ):
                return HYPOTHETICAL
            if lemma in HYPOTHETICAL_GOVERNORS and not (lemma == "call" and node.dep == "dobj"):
                return HYPOTHETICAL
            if lemma in FUTURE_GOVERNORS or (lemma == "go" and head.tag == "VBG" and node.dep == "xcomp"):
                return FUTURE
        node, hops = head, hops + 1


def real_attempt(ctx: Context, attempt: Token, cls: str) -> bool:
    """Is "tried to attack" an attempted act ACLED codes (an attack, abduction, lynching or
    demonstration someone set out to do), rather than a figure of speech ("trying to kill them"
    of a politician) or an attempt at something else ("attempted to seize property")?"""
    if cls not in ATTEMPTABLE:
        return False
    s = sent(ctx, attempt)
    subj = kid_lemmas(ctx, attempt, "nsubj")
    return s.armed or s.violent_besides(attempt) or not subj.isdisjoint(CROWDS | {"voter", "mob", "youth"})
