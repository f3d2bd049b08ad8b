"""Sense checks of weapons, fire and strikes: an air "strike" vs a labour one, "fired on the crowd" vs
"fired the minister", a bomb that exploded vs one that was defused (a weapons seizure)."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, head_of, kid_lemmas, kids, objects, sent
from ..lexicon import LEXICON, NOUN, VERB
from ..vocabulary import AIR, ARMED, DISRUPT_VERBS, FILM, LABOUR, MISSILE, PERSON_NOUNS, WEAPON_NOUNS


def disrupted(ctx: Context, t: Token) -> bool:
    """Is ``t`` (a weapon) the object of seizing, defusing, intercepting, shooting down ...?"""
    while t.dep == "conj" and t.head != t.i:
        t = head_of(ctx, t)  # "seized rifles and [grenades]"
    if t.dep not in ("dobj", "nsubjpass"):
        return False
    verb = head_of(ctx, t)
    lemma = verb.lemma.lower()
    if lemma == "shoot":
        return "down" in kid_lemmas(ctx, verb, "prt")
    return lemma in DISRUPT_VERBS


def sense_blast(ctx: Context, t: Token, cls: str) -> str | None:
    if kid_lemmas(ctx, t, "prt") or not sent(ctx, t).violent_besides(t):
        return None  # "blasted out an email", "blasted the decision"
    return sense_weapon(ctx, t, cls)


def sense_projectile(ctx: Context, t: Token, cls: str) -> str | None:
    prev = ctx.tokens[t.i - 1] if t.i > ctx.analysis.sentences[t.sent].first else None
    if prev is not None and prev.text in ("-", "–"):
        return None  # "brick-and-mortar"
    if not sent(ctx, t).violent_besides(t):
        return None  # "long-range missile capacity", "rocket science"
    return sense_weapon(ctx, t, cls)


def sense_shoot(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if "back" in kid_lemmas(ctx, t, "prt", "advmod"):
        return None  # "shot back": retorted
    if "down" in kid_lemmas(ctx, t, "prt"):
        # "shot down a drone": the weapon noun carries the trigger when it is one
        objs = {o.lemma.lower() for o in objects(ctx, t)}
        if objs & LEXICON.keys():
            return None
        return ("weapons_seizure" if objs & (WEAPON_NOUNS | {"helicopter", "plane", "aircraft", "jet", "warplane"})
                else cls)
    if s.sport or {o.lemma.lower() for o in objects(ctx, t)} & FILM:
        return None
    if kid_lemmas(ctx, t, "compound", "amod") & (FILM | {"photo", "star", "range"}):
        return None
    if t.pos == NOUN and head_of(ctx, t).lemma.lower() in ("range", "star", "schedule", "season"):
        return None
    return cls


def sense_fire(ctx: Context, t: Token, cls: str) -> str | None:
    lemma_objs = {o.lemma.lower() for o in objects(ctx, t)}
    if t.pos == VERB:
        if lemma_objs & {"rocket", "mortar", "shell", "missile", "artillery", "projectile"}:
            return "shelling"
        if lemma_objs & {"gas", "teargas", "canister", "cannister"}:
            return None  # tear gas fired at a crowd: the "tear gas" trigger says so
        if any(p.lemma.lower() in ("on", "at", "upon", "into") and not any(
            o.ent_type in ("DATE", "TIME") for o in kids(ctx, p, "pobj")
        ) for p in kids(ctx, t, "prep")):
            return cls  # "fired on the crowd"; not "fired on Monday"
        if lemma_objs & {"shot", "bullet", "round", "gun", "weapon"} and sent(ctx, t).armed:
            return cls
        return None  # "fired tear gas" (an intervention, not an attack), "fired the minister"
    head = head_of(ctx, t)
    if head.lemma.lower() in ("under", "open"):
        return cls  # "came under fire", "opened small arms fire on"
    if head.lemma.lower() == "of" and head_of(ctx, head).lemma.lower() in ("burst", "round", "volley", "shot"):
        return "clash"  # "six bursts of fire"
    if head.lemma.lower() == "of" and head_of(ctx, head).lemma.lower() == "exchange":
        return "clash"  # "an exchange of fire"
    return None  # "a fire broke out"; "opened fire" and "set fire" are phrases


def sense_strike(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    mods = kid_lemmas(ctx, t, "amod", "compound", "nmod")
    head = head_of(ctx, t)
    if t.pos == VERB:
        subj = {k.lemma.lower() for k in kids(ctx, t, "nsubj")}
        if subj & AIR:
            return "airstrike"
        if subj & MISSILE:
            return "shelling"
        if subj & ARMED:
            return "attack"
        if subj & (LABOUR | PERSON_NOUNS) and not objects(ctx, t):
            return "protest"  # "teachers will strike"
        return None  # "lightning struck", "struck a deal"
    # "stag": the tagger's lemma of "staged"
    if mods & LABOUR or head.lemma.lower() in ("on", "go", "call", "stage", "stag", "hold", "declare", "begin",
                                               "continue", "launch", "observe"):
        return "protest"
    if mods & MISSILE:
        return "shelling"
    if mods & AIR or s.air:
        return "airstrike"
    if s.sport:
        return None
    return "airstrike" if s.violent and s.armed else None


def sense_weapon(ctx: Context, t: Token, cls: str) -> str | None:
    head = head_of(ctx, t)
    if disrupted(ctx, t):
        return "weapons_seizure"  # "defused an IED", "a bomb was found"
    if kid_lemmas(ctx, t, "compound", "amod") & {"threat", "scare", "hoax", "box", "office", "photo", "sex"}:
        return None
    if t.dep == "compound" and head.lemma.lower() in (
        "threat", "scare", "hoax", "squad", "disposal", "shelter", "maker",
    ):
        return None
    if sent(ctx, t).air and (
        (cls == "shelling" and t.lemma.lower() in ("rocket", "missile"))
        or (cls == "explosion" and t.lemma.lower() in ("bomb", "bombing") and t.pos == VERB)
    ):
        return "airstrike"  # "a warplane fired rockets", "jets bombed the village"
    return cls


def sense_mine(ctx: Context, t: Token, cls: str) -> str | None:
    mods = kid_lemmas(ctx, t, "amod", "compound", "nmod")
    if mods & {"gold", "coal", "copper", "diamond", "iron", "tin", "cobalt", "salt", "open-pit", "mining"}:
        return None
    if mods & {"anti", "anti-personnel", "anti-tank", "antipersonnel", "antitank", "land"}:
        return sense_weapon(ctx, t, cls)
    head_token = head_of(ctx, t)
    if head_token.dep == "prep" and head_token.lemma.lower() in ("on", "onto", "upon", "over"):
        head_token = head_of(ctx, head_token)  # "stepped on a mine"
    head = head_token.lemma.lower()
    if head in ("step", "hit", "strike", "detonate", "trigger", "plant", "lay", "clear", "defuse", "tread", "drive"):
        return sense_weapon(ctx, t, cls)
    return None


def sense_drone(ctx: Context, t: Token, cls: str) -> str | None:
    if disrupted(ctx, t):
        return "weapons_seizure"
    if t.dep == "compound":
        return None  # "drone footage", "drone strike" (a phrase, matched before)
    return cls if sent(ctx, t).violent else None


def sense_shell(ctx: Context, t: Token, cls: str) -> str | None:
    if t.pos == VERB:
        return cls
    if t.text[:1].isupper() or t.dep == "compound":
        return None  # Shell the company; "shell company"
    if kid_lemmas(ctx, t, "amod", "compound") & {"artillery", "mortar", "tank", "howitzer", "mm"} or sent(ctx, t).armed:
        return sense_weapon(ctx, t, cls)
    return None


def sense_grenade(ctx: Context, t: Token, cls: str) -> str | None:
    nxt = ctx.tokens[t.i + 1] if t.i + 1 < len(ctx.tokens) else None
    if nxt is not None and nxt.lemma.lower() == "launcher":
        return None  # launchers are fired in battles; ACLED codes those as clashes
    return sense_weapon(ctx, t, cls)


def sense_disrupt(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t)
    if any(o.lemma.lower() in WEAPON_NOUNS and o.lemma.lower() not in LEXICON for o in objs):
        return cls
    return None  # weapon nouns in the lexicon ("bomb") carry the trigger themselves


def sense_gunshot(ctx: Context, t: Token, cls: str) -> str | None:
    """Gunshots heard or fired at someone; not shots fired in the air to disperse a crowd."""
    head = head_of(ctx, t)
    if any(p.lemma.lower() == "in" and kid_lemmas(ctx, p, "pobj") & {"air"} for p in kids(ctx, head, "prep")):
        return None
    if kid_lemmas(ctx, t, "amod", "compound") & {"warning"}:
        return None
    return cls


def sense_teargas(ctx: Context, t: Token, cls: str) -> str | None:
    head = head_of(ctx, t)
    if head.lemma.lower() in ("canister", "cannister", "shell"):
        head = head_of(ctx, head)  # "threw teargas canisters"
    return cls if head.lemma.lower() in ("fire", "use", "lob", "throw", "shoot", "hurl", "with", "of") else None
