"""Sense checks of deaths: a violent death or a toll ("four people died in clashes", "left three dead",
"caused six deaths"), not a natural one ("died of cancer", "a road accident") or one recalled."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, head_of, kid_lemmas, kids, objects, sent
from ..vocabulary import CONFLICT_WORDS, GENERIC_PRONOUNS, NATURAL_DEATH, PERSON_NOUNS, VIOLENT_CAUSES


def sense_found_dead(ctx: Context, t: Token, cls: str) -> str | None:
    for k in kids(ctx, t, "oprd", "acomp", "xcomp", "advmod"):
        if k.lemma.lower() == "dead":
            return cls
    return None


def sense_body(ctx: Context, t: Token, cls: str) -> str | None:
    finds = {"find", "discover", "recover", "dump", "retrieve", "exhume", "dispose", "bury"}
    head = head_of(ctx, t)
    if head.lemma.lower() in finds and t.dep in ("dobj", "nsubjpass"):
        return cls
    if kid_lemmas(ctx, t, "acl", "relcl") & finds:
        return cls  # "bodies dumped by the roadside"
    return None


def sense_death(ctx: Context, t: Token, cls: str) -> str | None:
    subj = {k.lemma.lower() for k in kids(ctx, t, "nsubj")}
    for prep in kids(ctx, t, "prep", "agent"):
        if prep.lemma.lower() in ("in", "by", "during", "after"):
            subj |= kid_lemmas(ctx, prep, "pobj")
    if subj & NATURAL_DEATH:
        return None
    if {o.lemma.lower() for o in objects(ctx, t)} & {
        "bill", "proposal", "time", "motion", "engine", "idea", "deal", "story",
    }:
        return None
    return cls


def natural_death(ctx: Context, t: Token) -> bool:
    """"died of cancer", "died in a road accident", "five died when the bus overturned"."""
    near = [t, *kids(ctx, t, "conj")]
    for node in near:
        for prep in kids(ctx, node, "prep", "agent"):
            objs = kid_lemmas(ctx, prep, "pobj")
            if objs & NATURAL_DEATH or prep.lemma.lower() in ("of", "from") and not objs & VIOLENT_CAUSES:
                return True
        if kid_lemmas(ctx, node, "nsubj", "advcl") & (NATURAL_DEATH | {"collapse", "overturn", "collide", "capsize"}):
            return True
    return False


def sense_die(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if natural_death(ctx, t) or s.sport:
        return None
    subj = kids(ctx, t, "nsubj")
    if t.dep in ("conj", "xcomp") and not subj:
        subj = kids(ctx, head_of(ctx, t), "nsubj", "nsubjpass")
    # the dead named as people or counted ("four people died", "another person dies"); not "who
    # died" or "someone dies" (a relative or generic clause: who is not said here)
    if not any(k.pos in ("NUM", "NOUN", "PROPN") and k.tag not in ("WP", "WDT") for k in subj) or any(
        k.lower in GENERIC_PRONOUNS for k in subj
    ):
        return None
    # a death is news of violence only where the sentence says so ("died in clashes", "were shot")
    return cls if s.violent_besides(t) or not s.lemmas.isdisjoint(CONFLICT_WORDS) else None


def sense_dead(ctx: Context, t: Token, cls: str) -> str | None:
    """"Two are dead", "left three dead", "are feared dead": not "a dead end", "dead heat"."""
    if t.dep not in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "attr"):
        return None
    gov = head_of(ctx, t)
    if gov.lemma.lower() not in ("be", "leave", "fear", "report", "confirm", "remain", "lie", "believe", "presume"):
        return None  # "found dead", "shot dead" are triggers of their own; "lost 6,000 dead" is a tally
    subj = kids(ctx, gov, "nsubj", "nsubjpass", "dobj")
    if not subj or natural_death(ctx, gov):
        return None
    if any(k.pos == "NUM" or k.lemma.lower() in PERSON_NOUNS or k.ent_type == "PERSON" for k in subj):
        return cls if sent(ctx, t).violent_besides(t) or any(k.pos == "NUM" for k in subj) else None
    return None


def sense_deaths(ctx: Context, t: Token, cls: str) -> str | None:
    """"two deaths reported", "caused six deaths", "Fatalities during the raid": a toll, not a
    death recalled ("protested the death of", "following the death of")."""
    if kid_lemmas(ctx, t, "amod", "compound") & {"natural", "road", "maternal", "infant", "accidental", "penalty"}:
        return None
    counted = any(k.pos == "NUM" or k.lemma.lower() in ("several", "many", "multiple", "numerous")
                  for k in kids(ctx, t, "nummod", "amod"))
    if not counted and (t.lower.startswith("death")
                        or t.text[:1].isupper() and t.i > ctx.analysis.sentences[t.sent].first):
        return None  # "the death of", "Deaths" (a newspaper section)
    head = head_of(ctx, t)
    if t.dep == "pobj" and head.lemma.lower() in ("after", "following", "over", "against", "for", "since", "before"):
        return None
    if natural_death(ctx, t) or any(
        p.lemma.lower() in ("from", "of", "in", "due") and kid_lemmas(ctx, p, "pobj") & NATURAL_DEATH
        for p in kids(ctx, t, "prep")
    ):
        return None
    return cls
