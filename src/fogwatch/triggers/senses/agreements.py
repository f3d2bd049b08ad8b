"""Sense checks of agreements and failed talks: a truce signed or in force, a peace deal between
armed sides or states in dispute (not a trade deal), talks that collapsed."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, head_of, kid_lemmas, kids, sent
from ..vocabulary import AGREEING, BUSINESS, DISPUTE_WORDS, TALK_FAILURE


def sense_agreement(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if s.lemmas & BUSINESS:
        return None
    head_token = head_of(ctx, t)
    head = head_token.lemma.lower()
    if head in ("sign", "reach", "broker", "strike", "conclude", "agree", "seal", "implement", "negotiate"):
        if s.armed:
            return cls
        # states settling a dispute between them ("the governments of Kenya and Uganda signed")
        signers = kids(ctx, head_token, "nsubj")
        if any(k.lemma.lower() in ("government", "country", "state", "nation") or k.ent_type in ("GPE", "NORP")
               for k in signers) and not s.lemmas.isdisjoint(DISPUTE_WORDS):
            return cls  # about their dispute, not trade
    return None


def talk_failure(ctx: Context, t: Token) -> Token | None:
    """The word saying that talks failed ("talks collapsed", "failing talks", "negotiation
    attempts deteriorated", "broke off talks"), near ``t`` in the parse, if any."""
    near = kids(ctx, t, "amod", "compound")
    node = t
    for _ in range(3):
        head = head_of(ctx, node)
        if head.i == node.i:
            break
        near.append(head)
        near.extend(kids(ctx, head, "xcomp"))
        node = head
    for r in near:
        if r.lemma.lower() in TALK_FAILURE or r.lower in TALK_FAILURE:
            return r
        if r.lemma.lower() in ("break", "call") and kid_lemmas(ctx, r, "prt") & {"off", "down"}:
            return r
    return None


def sense_truce(ctx: Context, t: Token, cls: str) -> str | None:
    """A truce agreed, declared or in force ("signed a ceasefire", "a truce took effect", "the
    ceasefire held"), not one hoped for or judged ("a ceasefire on paper is not enough")."""
    head = head_of(ctx, t)
    lemma = head.lemma.lower()
    if t.dep in ("dobj", "nsubjpass", "pobj", "conj", "appos") and lemma in AGREEING:
        return cls
    if t.dep == "nsubj" and lemma in ("take", "come", "hold", "begin", "start", "enter", "collapse", "break"):
        return cls
    if t.dep == "pobj" and head_of(ctx, head).lemma.lower() in AGREEING:
        return cls  # "agreed to a ceasefire", "signed on to a truce"
    if t.dep == "compound" and head.lemma.lower() in ("agreement", "deal", "accord", "declaration"):
        return None  # the head noun carries the trigger
    if t.dep == "ROOT" or t.dep == "nsubjpass" and lemma in ("announce", "declare", "sign", "agree"):
        return cls  # a headline: "Ceasefire in Galgaduud"
    return None


def sense_talks(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if talk_failure(ctx, t) is not None else None
