"""Sense checks of territory, bases, displacement and property: "captured the town" (territory) vs
"the commander" (arrest) vs "the imagination" (nothing); "fell to the rebels", "pushed back",
"withdrew from", "set up a base", "destroyed homes"."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, args, head_of, kid_lemmas, kids, objects, place_or_person, sent
from ..lexicon import LEXICON, NOUN, PROPN
from ..vocabulary import ARMED, BASE_OBJECTS, BUSINESS, CROWDS, NATURAL_DEATH, PROPERTY


def sense_capture(ctx: Context, t: Token, cls: str) -> str | None:
    kind = place_or_person(ctx, objects(ctx, t))
    if kind == "place":
        return cls
    if kind == "weapon":
        # a weapon noun in the lexicon ("seized a bomb") carries the trigger itself
        return None if any(o.lemma.lower() in LEXICON for o in objects(ctx, t)) else "weapons_seizure"
    if kind == "person":
        return "arrest" if cls == "territory_gain" else None
    if kind == "property":
        return "looting" if t.lemma.lower() == "seize" else None
    if kind == "none":
        return cls if sent(ctx, t).armed else None
    return None  # "captured the imagination", "regained consciousness", "seized power"


def sense_take(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t)
    prts = kid_lemmas(ctx, t, "prt")
    if any(o.lemma.lower() == "control" for o in kids(ctx, t, "dobj")):
        of_objs = [p2 for p in kids(ctx, t, "prep") if p.lemma.lower() == "of" for p2 in kids(ctx, p, "pobj")]
        for ctrl in kids(ctx, t, "dobj"):
            for p in kids(ctx, ctrl, "prep"):
                if p.lemma.lower() == "of":
                    of_objs.extend(kids(ctx, p, "pobj"))
        if of_objs and place_or_person(ctx, of_objs) not in ("place", None):
            return None
        if of_objs and any(o.lemma.lower() in BUSINESS for o in of_objs):
            return None
        return cls if sent(ctx, t).armed or place_or_person(ctx, of_objs) == "place" else None
    if "over" in prts and place_or_person(ctx, objs) == "place":
        return cls
    return None


def sense_fall(ctx: Context, t: Token, cls: str) -> str | None:
    subj = kids(ctx, t, "nsubj")
    if not subj or place_or_person(ctx, subj) != "place" or not sent(ctx, t).armed:
        return None
    if kid_lemmas(ctx, t, "attr", "oprd", "acomp", "dobj") & {"victim", "prey", "silent", "short"}:
        return None  # "fell victim to"
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() in ("to", "into"):
            pobj = kids(ctx, prep, "pobj")
            if pobj and all(p.pos != "NUM" for p in pobj):
                return cls
    return None


def sense_push(ctx: Context, t: Token, cls: str) -> str | None:
    prts = kid_lemmas(ctx, t, "prt", "advmod")
    if not prts & {"back", "out"}:
        return None
    objs = objects(ctx, t)
    if any(o.lemma.lower() in ("deadline", "date", "vote", "plan", "election", "meeting", "price", "agenda")
           for o in objs):
        return None
    return cls if sent(ctx, t).armed else None


def sense_withdraw(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    from_place = any(p.lemma.lower() == "from" for p in kids(ctx, t, "prep"))
    subj = {k.lemma.lower() for k in kids(ctx, t, "nsubj")}
    if (subj & ARMED or s.armed) and (from_place or t.pos == NOUN) and not kids(ctx, t, "dobj"):
        return cls
    return None


def sense_base(ctx: Context, t: Token, cls: str) -> str | None:
    objs = {o.lemma.lower() for o in objects(ctx, t)}
    return cls if objs & BASE_OBJECTS and sent(ctx, t).armed else None


def sense_set(ctx: Context, t: Token, cls: str) -> str | None:
    words = kid_lemmas(ctx, t, "oprd", "acomp", "advmod", "xcomp", "prt", "dobj", "ccomp", "amod")
    if words & {"ablaze", "alight", "afire"} or any(
        p.lemma.lower() == "on" and kid_lemmas(ctx, p, "pobj") & {"fire"} for p in kids(ctx, t, "prep")
    ):
        return "arson"  # "set a suspected thief alight", "set the houses on fire"
    return sense_base(ctx, t, cls) if "up" in kid_lemmas(ctx, t, "prt") else None


def sense_overtake(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t)
    kind = place_or_person(ctx, objs)
    if kind == "place" or kind == "none" and sent(ctx, t).armed:
        return cls
    if kid_lemmas(ctx, t, "nsubj") & ARMED and any(o.pos == PROPN and o.ent_type != "PERSON" for o in objs):
        return cls  # "Al Shabaab overtakes Bula Golol"
    return None


def sense_property(ctx: Context, t: Token, cls: str) -> str | None:
    objs = args(ctx, t) or kids(ctx, t, "nsubjpass")
    lemmas = {o.lemma.lower() for o in objs}
    for o in objs:
        lemmas |= kid_lemmas(ctx, o, "compound")
    if lemmas & BASE_OBJECTS and sent(ctx, t).armed:
        return "weapons_seizure"  # "destroyed a militant camp"
    of_armed = {g.lemma.lower() for o in objs for p in kids(ctx, o, "prep") if p.lemma.lower() == "of"
                for g in kids(ctx, p, "pobj")}
    if t.lemma.lower() == "destroy" and (lemmas | of_armed) & (ARMED | {"tank", "convoy", "column", "position"}):
        return "attack"  # "destroyed a column of Russian forces": an attack on the forces
    if not lemmas & PROPERTY:
        return None
    subj = kid_lemmas(ctx, t, "nsubj") | {k.lemma.lower() for p in kids(ctx, t, "agent") for k in kids(ctx, p, "pobj")}
    return None if subj & NATURAL_DEATH else cls  # "floods destroyed homes"


def sense_evict(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t) or kids(ctx, t, "nsubjpass")
    if t.pos in (NOUN, PROPN):
        return cls if sent(ctx, t).lemmas & (CROWDS | {"family", "tenant", "squatter", "settler", "trader"}) else None
    return cls if objs and place_or_person(ctx, objs) in ("person", None) else None


def sense_dismantle(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if {o.lemma.lower() for o in objects(ctx, t)} & (BASE_OBJECTS | {"hideout", "cell", "network"}) else None


def sense_occupy(ctx: Context, t: Token, cls: str) -> str | None:
    """Forces occupying a place; not "occupies one of the key positions of power"."""
    return sense_capture(ctx, t, cls) if sent(ctx, t).armed else None


def sense_gain(ctx: Context, t: Token, cls: str) -> str | None:
    """"gained control of the village", "claimed to gain the territory of Terny"."""
    objs = {o.lemma.lower() for o in kids(ctx, t, "dobj")}
    if objs & {"control", "territory", "ground"} and sent(ctx, t).armed:
        return cls
    return None


def sense_displace(ctx: Context, t: Token, cls: str) -> str | None:
    """People evacuated or displaced by conflict; not by floods or a fire drill."""
    s = sent(ctx, t)
    if not s.lemmas.isdisjoint(NATURAL_DEATH | {"drill", "fire", "storm", "hurricane", "wildfire"}):
        return None
    people = args(ctx, t) or kids(ctx, t, "nsubjpass")
    if t.pos in (NOUN, PROPN):
        return cls if s.armed or s.violent_besides(t) else None
    return cls if place_or_person(ctx, people) == "person" or any(
        o.lemma.lower() in ("family", "household", "resident", "civilian", "local", "villager") for o in people
    ) else None


def sense_movement(ctx: Context, t: Token, cls: str) -> str | None:
    """Armed groups seen moving or entering a place ("militants were spotted in the forest")."""
    subj = kids(ctx, t, "nsubj", "nsubjpass")
    if not subj and t.dep in ("xcomp", "advcl", "acl"):
        subj = kids(ctx, head_of(ctx, t), "nsubj", "nsubjpass")  # "were witnessed crossing into Kenya"
    lemmas = {k.lemma.lower() for k in subj}
    for k in subj:
        lemmas |= kid_lemmas(ctx, k, "compound", "prep")
        lemmas |= {g.lemma.lower() for p in kids(ctx, k, "prep") for g in kids(ctx, p, "pobj")}
    if not lemmas & ARMED:
        return None
    if t.lemma.lower() == "enter" and not (objects(ctx, t) or kids(ctx, t, "prep")):
        return None
    return cls
