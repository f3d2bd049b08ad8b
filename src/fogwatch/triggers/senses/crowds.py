"""Sense checks of crowds: protests, marches, blockades, riots and mobs ("residents blocked the
highway", "police dispersed the protesters"), not a "rally" of prices or a "march" of troops."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, args, head_of, kid_lemmas, kids, objects, place_or_person, sent
from ..figurative import crowd_sides, political_only
from ..lexicon import ADJ, NOUN, VERB
from ..vocabulary import (
    ARMED,
    ASSAILANTS,
    BLOCKABLE,
    CROWDS,
    DEMAND_VERBS,
    DISRUPTABLE,
    FINANCE,
    INANIMATE_DISPERSED,
    LABOUR,
    NOT_DEMONSTRATORS,
    PROPERTY,
    VIOLENT,
)


def sense_picket(ctx: Context, t: Token, cls: str) -> str | None:
    return None if t.dep == "compound" or head_of(ctx, t).lemma.lower() == "fence" else cls


def sense_block(ctx: Context, t: Token, cls: str) -> str | None:
    if kid_lemmas(ctx, t, "nsubj") & ARMED or political_only(ctx, t) and not crowd_sides(ctx, t):
        return None  # a military roadblock; "blocked the bill"
    objs = args(ctx, t)
    if {o.lemma.lower() for o in objs} & BLOCKABLE:
        return cls
    if t.pos == NOUN and sent(ctx, t).lemmas & BLOCKABLE:
        return cls  # "barricades on the main road"
    # "residents blocked the MCAs from entering": a crowd keeping people out
    if kid_lemmas(ctx, t, "nsubj") & CROWDS and any(p.lemma.lower() == "from" for p in kids(ctx, t, "prep")):
        return cls
    return None


def sense_disperse(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t)
    lemmas = {o.lemma.lower() for o in objs}
    if lemmas & (CROWDS | {"protest", "demonstration", "rally", "march", "gathering"}):
        return cls
    # "dispersed hundreds of supporters", "dispersed angry voters": people, not funds or fog
    if objs and not lemmas & INANIMATE_DISPERSED and (sent(ctx, t).armed or place_or_person(ctx, objs) == "person"
                                                        or any(o.tag == "NNS" for o in objs)):
        return cls
    return None


def sense_storm(ctx: Context, t: Token, cls: str) -> str | None:
    if kid_lemmas(ctx, t, "prt") & {"out", "off"}:
        return None
    return cls if kids(ctx, t, "dobj", "prep") else None


def sense_protest(ctx: Context, t: Token, cls: str) -> str | None:
    if {o.lemma.lower() for o in objects(ctx, t)} & {"innocence"}:
        return None
    return cls


# quantity heads whose "of" names who they are: "a large number of students demonstrated"
_QUANTITY_HEADS = frozenset({"number", "group", "crowd", "hundred", "dozen", "thousand", "lot", "majority"})


def _subjects(ctx: Context, t: Token) -> list[Token]:
    """The subjects of ``t``, looking through quantity heads to the people they count."""
    out = []
    for k in kids(ctx, t, "nsubj"):
        counted = [o for p in kids(ctx, k, "prep") if p.lemma.lower() == "of" for o in kids(ctx, p, "pobj")]
        out.extend(counted if k.lemma.lower() in _QUANTITY_HEADS and counted else [k])
    return out


def sense_demonstrate(ctx: Context, t: Token, cls: str) -> str | None:
    if t.pos in (VERB, ADJ):
        if kid_lemmas(ctx, t, "prep") & {"against", "outside", "over"} and not kids(ctx, t, "ccomp"):
            return cls  # "demonstrated against the demolition", whatever the parser hung on it
        subj = _subjects(ctx, t)
        if kids(ctx, t, "xcomp") and not kids(ctx, t, "dobj", "ccomp") and subj and (
            place_or_person(ctx, subj) == "person"
            or any(k.tag == "NNS" and k.lemma.lower() not in NOT_DEMONSTRATORS for k in subj)
        ):
            return cls  # "sex workers demonstrate to promote awareness"
        if kids(ctx, t, "dobj", "ccomp", "xcomp"):
            return None  # "demonstrated its ability", "demonstrated that"
        if subj and place_or_person(ctx, subj) != "person" and not any(
            k.ent_type in ("ORG", "NORP") for k in subj
        ):
            return None  # "as previous campaigns have demonstrated"
        return cls
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() == "of" and kid_lemmas(ctx, prep, "pobj") & {
            "force", "strength", "power", "support", "solidarity", "product", "technology", "capability",
            "resolve", "unity",
        }:
            return None
    return cls


def sense_march(ctx: Context, t: Token, cls: str) -> str | None:
    if t.text[:1].isupper() and t.i > ctx.analysis.sentences[t.sent].first:
        return None  # the month
    subj = {k.lemma.lower() for k in kids(ctx, t, "nsubj")}
    if subj & ARMED or (t.pos == NOUN and sent(ctx, t).armed and not sent(ctx, t).lemmas & {"protest", "protester"}):
        return None  # troops marching is a movement of forces
    return cls


def sense_rally(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if s.lemmas & FINANCE or s.sport:
        return None
    if t.pos == VERB and (kids(ctx, t, "dobj")
                          or any(p.lemma.lower() in ("behind", "around", "to") for p in kids(ctx, t, "prep"))):
        return None  # "rallied support", "rallied behind the leader"
    return cls


def sense_mob(ctx: Context, t: Token, cls: str) -> str | None:
    if kid_lemmas(ctx, t, "amod", "compound") & {"flash"}:
        return None
    if t.dep == "compound" and head_of(ctx, t).lemma.lower() not in (
        "violence", "justice", "attack", "action", "killing", "lynching", "beating", "rule",
    ):
        return None  # "mob boss", "mob mentality"
    return cls


def sense_burn(ctx: Context, t: Token, cls: str) -> str | None:
    objs = {o.lemma.lower() for o in args(ctx, t)}
    if objs & {"calorie", "fat", "bridge", "cash", "money", "fuel", "candle", "incense", "effigy", "flag"}:
        return None if not objs & {"effigy", "flag"} else "protest"
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() == "to" and kid_lemmas(ctx, prep, "pobj") & {"death"}:
            return "killing"
    return cls if objs or sent(ctx, t).violent else None


def sense_rustling(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if kid_lemmas(ctx, t, "compound", "amod") & {"cattle", "livestock", "goat", "camel", "stock"} or (
        sent(ctx, t).violent_besides(t)) else None


def sense_chase(ctx: Context, t: Token, cls: str) -> str | None:
    if political_only(ctx, t) and not crowd_sides(ctx, t) or sent(ctx, t).sport:
        return None
    objs = args(ctx, t) or kids(ctx, t, "nsubjpass")
    away = kid_lemmas(ctx, t, "prt", "advmod") & {"away", "out", "off"} or any(
        p.lemma.lower() in ("from", "out", "off") for p in kids(ctx, t, "prep"))
    return cls if away and place_or_person(ctx, objs) in ("person", None) and objs else None


def sense_disrupt_crowd(ctx: Context, t: Token, cls: str) -> str | None:
    """A crowd breaking up an election exercise or meeting ("youths disrupted the voting")."""
    subj = kid_lemmas(ctx, t, "nsubj") | {k.lemma.lower() for p in kids(ctx, t, "agent") for k in kids(ctx, p, "pobj")}
    objs = {o.lemma.lower() for o in objects(ctx, t) or kids(ctx, t, "nsubjpass")}
    objs |= {c.lemma.lower() for o in objects(ctx, t) for c in kids(ctx, o, "compound", "amod")}
    if not objs & DISRUPTABLE:
        return None
    return cls if (subj & (CROWDS | {"youth", "mob", "protester", "rioter", "voter"})
                   or sent(ctx, t).violent_besides(t)) else None


def sense_rampage(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    verb = head_of(ctx, head_of(ctx, t)) if t.dep == "pobj" else head_of(ctx, t)  # "went on rampage"
    subj = kid_lemmas(ctx, t, "nsubj") | kid_lemmas(ctx, verb, "nsubj")
    return cls if (subj & (CROWDS | {"youth", "mob", "rioter", "student", "soldier", "gang"})
                   or s.violent_besides(t)) else None


def sense_boycott(ctx: Context, t: Token, cls: str) -> str | None:
    if political_only(ctx, t):
        return None
    subj = kid_lemmas(ctx, t, "nsubj")
    return cls if subj & (CROWDS | LABOUR | {"farmer", "worker", "employee", "teacher", "nurse", "doctor"}) else None


# what people do with an agitation that is a protest under way ("continued their agitation", "launched an
# agitation"), not a mood ("agitation among the ranks"); "stag" is the tagger's lemma of "staged"
_AGITATION_VERBS = frozenset({"continue", "launch", "stage", "stag", "begin", "start", "intensify", "resume",
                              "hold", "join", "observe", "step", "carry", "announce", "end", "withdraw", "call"})


def sense_agitation(ctx: Context, t: Token, cls: str) -> str | None:
    head = head_of(ctx, head_of(ctx, t)) if t.dep == "pobj" else head_of(ctx, t)  # "went on an agitation"
    if t.dep in ("dobj", "pobj", "nsubjpass") and head.lemma.lower() in _AGITATION_VERBS | {"go"}:
        return cls
    return cls if t.dep == "nsubj" and head.lemma.lower() in ("continue", "enter", "go") else None


def sense_procession(ctx: Context, t: Token, cls: str) -> str | None:
    mods = kid_lemmas(ctx, t, "amod", "compound")
    return None if mods & {"funeral", "wedding", "religious", "royal", "carnival", "victory"} else cls


# what a gathering that is a demonstration is for ("gathered to express solidarity", "to voice
# their opposition"), besides demanding
_STANCE_VERBS = frozenset({"express", "voice", "show", "support"})


def sense_blockade(ctx: Context, t: Token, cls: str) -> str | None:
    """A blockade that people put up ("staged a blockade at the entrance"), not a state's siege
    ("the blockade of the port city")."""
    if t.pos == VERB or t.pos == ADJ:
        return sense_block(ctx, t, cls)
    head = head_of(ctx, t)
    # "stag": the tagger's lemma of "staged"
    if t.dep == "dobj" and head.lemma.lower() in ("stage", "stag", "set", "erect", "mount", "put", "form", "hold"):
        return None if kid_lemmas(ctx, head, "nsubj") & ARMED else cls
    return None


def sense_gather(ctx: Context, t: Token, cls: str) -> str | None:
    """A crowd that gathered to protest or demand something: "farmers gathered ... demanding";
    anyone but armed men who gathered demanding something ("party members gathered outside the
    court, demanding ...") protested."""
    subj = kid_lemmas(ctx, t, "nsubj")
    purpose = kid_lemmas(ctx, t, "xcomp", "advcl", "conj", "ccomp")
    against = any(p.lemma.lower() == "against" for p in kids(ctx, t, "prep"))
    if (purpose & (DEMAND_VERBS | _STANCE_VERBS) or against) and subj and not subj & ARMED:
        return cls
    if not subj & (CROWDS | LABOUR | {"farmer", "parent", "people", "hundred", "thousand", "dozen"}):
        return None
    if {o.lemma.lower() for o in args(ctx, t)} & {"street", "streets", "road", "town"}:
        return cls  # "thronged the streets"
    return cls if purpose & DEMAND_VERBS else None


def sense_light_fire(ctx: Context, t: Token, cls: str) -> str | None:
    objs = {o.lemma.lower() for o in args(ctx, t)}
    return cls if objs & {"fire", "bonfire", "tyre", "tire"} and not sent(ctx, t).sport else None


def sense_break_in(ctx: Context, t: Token, cls: str) -> str | None:
    """"broke down a gate", "break into the office", "broke windows"."""
    prts = kid_lemmas(ctx, t, "prt") | {p.lemma.lower() for p in kids(ctx, t, "prep")}
    objs = {o.lemma.lower() for o in args(ctx, t)}
    if prts & {"down", "into", "through"} and (objs & PROPERTY or prts & {"into"}) and not sent(ctx, t).sport:
        return cls if not prts & {"into"} or sent(ctx, t).violent_besides(t) or crowd_sides(ctx, t) else None
    return None


def sense_chaos(ctx: Context, t: Token, cls: str) -> str | None:
    """"chaos erupted", "the meeting turned chaotic": a crowd out of control."""
    head = head_of(ctx, t)
    if t.pos == ADJ:
        return cls if head.lemma.lower() in ("turn", "become", "get") else None
    if (head.lemma.lower() in ("erupt", "break", "ensue", "reign", "cause")
            or kid_lemmas(ctx, t, "relcl", "acl") & {"ensue", "erupt"}):
        return cls if not sent(ctx, t).lemmas.isdisjoint(CROWDS | ASSAILANTS | VIOLENT | {"police"}) else None
    return None


def sense_demand(ctx: Context, t: Token, cls: str) -> str | None:
    """A crowd demanding something ("Kibera residents demanded the release of"): a protest
    when nothing else in the sentence says so."""
    if political_only(ctx, t):
        return None
    subj = kids(ctx, t, "nsubj")
    return cls if any(k.lemma.lower() in CROWDS | LABOUR and k.tag == "NNS" for k in subj) else None
