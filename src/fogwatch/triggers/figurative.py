"""Figures of speech: war words in a sports, business or political report ("a derby battle", "a
price war", "attacks on her campaign") and particles that make them so in any report ("shares shot
up", "killed off")."""

from __future__ import annotations

from ..nlp import Token
from .context import Context, head_of, kid_lemmas, kids, objects, place_or_person, sent
from .headlines import misread_verb
from .lexicon import NOUN, PROPN
from .vocabulary import ASSAILANTS, CROWDS, LITERAL_VIOLENCE, MARKETS, POLITICS, SPORT

# classes whose words double as figures of speech in sport and business reports
FIGURATIVE_CLASSES = frozenset(
    "clash attack killing explosion shelling airstrike ied grenade looting violence".split()
)


def domain(ctx: Context) -> str | None:
    """"sport" or "business" when the whole report is about one (computed once, on demand)."""
    found = ctx.memo.get("domain")
    if found is None:
        lemmas = {t.lemma.lower() for t in ctx.tokens}
        if len(lemmas & SPORT) >= 3:
            found = "sport"
        elif len(lemmas & MARKETS) >= 4:
            found = "business"
        else:
            found = ""
        ctx.memo["domain"] = found
    return found or None


def figurative(ctx: Context, t: Token) -> bool:
    """In a sports or business report, war words without armed actors or other violence in
    their sentence are figures of speech ("a derby battle", "a price war killed off three
    start-ups", "investors raiding the sector"); particles say so in any report ("shares shot
    up", "killed off", "bombing out of banks")."""
    lemma = t.lemma.lower()
    prts = kid_lemmas(ctx, t, "prt")
    if lemma in ("kill", "shoot", "bomb", "blast") and prts & {"off", "up", "out"} and not any(
        place_or_person(ctx, [o]) == "person" for o in objects(ctx, t)
    ):
        return True
    if domain(ctx) is None:
        return False
    s = sent(ctx, t)
    # war words lend each other no weight here ("the battle ... its attack on fees")
    return not s.armed and s.lemmas.isdisjoint(LITERAL_VIOLENCE) and not crowd_sides(ctx, t)


def crowd_sides(ctx: Context, t: Token) -> bool:
    """Are the sides of ``t`` crowds ("rival supporters clashed", "clashes between supporters",
    "youths attacked officials", "was attacked by voters")? Then a political sentence's clash or
    attack is physical, not a debate."""
    sides = kid_lemmas(ctx, t, "nsubj")
    if t.dep == "conj" and not sides:
        sides = kid_lemmas(ctx, head_of(ctx, t), "nsubj")  # "disrupted ... and attacked the journalists"
    if t.dep in ("pobj", "dobj"):
        verb = head_of(ctx, head_of(ctx, t)) if t.dep == "pobj" else head_of(ctx, t)
        sides |= kid_lemmas(ctx, verb, "nsubj")  # "supporters engaged in a street fight"
    preps = kids(ctx, t, "prep", "agent")
    if t.dep == "nsubj":
        # "a clash broke out between supporters": the sides hang from the verb
        preps += [p for p in kids(ctx, head_of(ctx, t), "prep") if p.lemma.lower() in ("between", "among")]
    for prep in preps:
        if prep.lemma.lower() in ("between", "among", "with", "by", "of"):
            pobjs = kids(ctx, prep, "pobj")
            sides |= {o.lemma.lower() for o in pobjs}
            for o in pobjs:
                sides |= kid_lemmas(ctx, o, "conj")
    if t.dep == "compound" or t.pos in (NOUN, PROPN) and misread_verb(ctx, t, ctx.analysis.sentences[t.sent]):
        first = ctx.analysis.sentences[t.sent].first
        sides |= {w.lemma.lower() for w in ctx.tokens[max(first, t.i - 6) : t.i]}
    return not sides.isdisjoint(CROWDS | ASSAILANTS)


def political_only(ctx: Context, t: Token) -> bool:
    """A sentence about politics with no violence besides the trigger's word ("a partisan
    battle", "attacks on her campaign"): the trigger is a figure of speech."""
    s = sent(ctx, t)
    return not s.lemmas.isdisjoint(POLITICS) and not s.violent_besides(t)
