"""Sense checks of fighting, attacks and harm to people ("clashed", "attacked", "beaten", "hit
with a rifle butt"), not debate, criticism, sport or illness ("heart attack", "fighting corruption")."""

from __future__ import annotations

from ...nlp import Token
from ..context import Context, args, head_of, kid_lemmas, kids, objects, place_or_person, sent
from ..figurative import crowd_sides, political_only
from ..lexicon import NOUN, PROPN, VERB
from ..vocabulary import (
    ABSTRACT,
    AIR,
    ARMED,
    ARMED_TARGETS,
    ASSAILANTS,
    ATTACK_NOISE,
    BATTLE_NOISE,
    BLUNT,
    CAUSES,
    COMMUNAL,
    CRITICISM_OBJECTS,
    CROWDS,
    EXECUTED_THINGS,
    GENERIC_HEADS,
    NATURAL_DEATH,
    POLITICS,
    SPEECH,
    WEAPON_NOUNS,
)


def sense_conflict(ctx: Context, t: Token, cls: str) -> str | None:
    return None if sent(ctx, t).sport else cls


def sense_clash(ctx: Context, t: Token, cls: str) -> str | None:
    if sent(ctx, t).sport:
        return None
    if political_only(ctx, t) and not crowd_sides(ctx, t):
        return None  # "the candidates clashed in the debate", but "rival supporters clashed"
    if any(p.lemma.lower() == "of" for p in kids(ctx, t, "prep")):
        return None  # "a clash of civilisations", "clash of personalities"
    return cls


def sense_violence(ctx: Context, t: Token, cls: str) -> str | None:
    mods = kid_lemmas(ctx, t, "amod", "compound")
    if mods & {"gun", "domestic", "family", "online", "school", "gender", "intimate", "partner"}:
        return None
    # unlike "battle" or "attack", "violence" is almost never a figure of speech: "election
    # violence" and "political violence" are events, so the politics test does not apply
    return cls


def sense_rape(ctx: Context, t: Token, cls: str) -> str | None:
    topics = ("case", "result", "charge", "law", "culture", "allegation", "apologist")
    if t.pos in (NOUN, PROPN):
        if t.dep == "compound" or head_of(ctx, t).lemma.lower() in topics:
            return None  # "rape apologist", "rape charges"
        if t.dep == "pobj" and head_of(ctx, head_of(ctx, t)).lemma.lower() in topics:
            return None  # "in cases of rape"
    return cls


def sense_armed(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    return cls if s.violent_besides(t) and not s.sport and not political_only(ctx, t) else None


def sense_fight(ctx: Context, t: Token, cls: str) -> str | None:
    if sent(ctx, t).sport or political_only(ctx, t):
        return None
    mods = kid_lemmas(ctx, t, "amod", "compound", "nmod")
    if mods & BATTLE_NOISE:
        return None
    objs = {o.lemma.lower() for o in objects(ctx, t)}
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() in ("against", "for", "over", "with", "on"):
            objs |= kid_lemmas(ctx, prep, "pobj")
    if objs & (ABSTRACT | POLITICS | CAUSES):
        return None
    head = head_of(ctx, t)
    if t.dep in ("pobj", "pcomp") and head.lemma.lower() == "of" and head_of(ctx, head).lemma.lower() in GENERIC_HEADS:
        return None  # "a long history of fighting": no particular event
    if not sent(ctx, t).violent_besides(t) and any(p.lemma.lower() == "for" for p in kids(ctx, t, "prep")):
        return None  # "her fight for lower interest rates"
    if t.dep == "amod" or (t.dep == "compound"
                           and head_of(ctx, t).lemma.lower() in ("spirit", "chance", "fit", "force")):
        return None
    return cls


def sense_attack(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if s.sport:
        return None
    if t.lemma.lower() == "assault" and t.pos == VERB and place_or_person(ctx, args(ctx, t)) == "person":
        return cls  # "charged with assaulting a fellow student": physical, whatever the topic
    if political_only(ctx, t) and not crowd_sides(ctx, t):
        return None
    if kid_lemmas(ctx, t, "amod", "compound", "nmod") & ATTACK_NOISE:
        return None
    objs = {o.lemma.lower() for o in objects(ctx, t)}
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() in ("on", "against", "of"):
            objs |= kid_lemmas(ctx, prep, "pobj")
    if objs & ARMED_TARGETS:
        return "clash"  # ACLED: an attack on soldiers, police or their posts is a battle
    if not s.violent_besides(t) and not crowd_sides(ctx, t) and (
        objs & CRITICISM_OBJECTS or not s.lemmas.isdisjoint(SPEECH)
    ):
        # "attacked the minister for his remarks": criticism, not violence
        if objs & CRITICISM_OBJECTS or any(
            k.lemma.lower() in ("for", "over") for o in [t, *objects(ctx, t)] for k in kids(ctx, o, "prep")
        ):
            return None
    return cls


def sense_beat(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if s.sport:
        return None
    if "up" in kid_lemmas(ctx, t, "prt") or to_death(ctx, t) is not None:
        return cls
    if kids(ctx, t, "nsubjpass") and place_or_person(ctx, kids(ctx, t, "nsubjpass")) == "person" and (
        any(p.lemma.lower() in ("with", "by") for p in kids(ctx, t, "prep", "agent"))
    ):
        return cls  # "was beaten with wooden rods by four goons"
    objs = args(ctx, t)
    return cls if s.violent_besides(t) and place_or_person(ctx, objs) == "person" else None


def to_death(ctx: Context, t: Token) -> Token | None:
    """The "death" of "beaten/stabbed/hacked/burned to death", if any."""
    for prep in kids(ctx, t, "prep"):
        if prep.lemma.lower() == "to":
            for pobj in kids(ctx, prep, "pobj"):
                if pobj.lemma.lower() == "death":
                    return pobj
    return None


def sense_execute(ctx: Context, t: Token, cls: str) -> str | None:
    objs = objects(ctx, t)
    if {o.lemma.lower() for o in objs} & EXECUTED_THINGS:
        return None  # "executed the plan", "executed a search warrant"
    return cls if sent(ctx, t).violent or objs else None


def sense_hostage(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if (head_of(ctx, t).lemma.lower() in ("take", "hold", "seize", "keep", "release", "free")
                   or t.dep == "compound") else None


def sense_disappear(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if kid_lemmas(ctx, t, "amod", "compound") & {"forced", "enforced", "involuntary"} else None


def sense_arrest(ctx: Context, t: Token, cls: str) -> str | None:
    return None if "cardiac" in kid_lemmas(ctx, t, "compound", "amod") else cls


def sense_stone(ctx: Context, t: Token, cls: str) -> str | None:
    if t.pos in (NOUN, PROPN):
        head = head_of(ctx, t)
        # "threw stones at police", "pelted with rocks", "armed with stones"
        if head.lemma.lower() in ("throw", "hurl", "pelt", "fling", "hurled", "use", "with"):
            return "riot"
        return None
    return cls if objects(ctx, t) or to_death(ctx, t) is not None else None


def sense_person_object(ctx: Context, t: Token, cls: str) -> str | None:
    if sent(ctx, t).sport:
        return None
    objs = args(ctx, t) or kids(ctx, t, "nsubjpass")
    return cls if place_or_person(ctx, objs) == "person" else None


def sense_rough_up(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if "up" in kid_lemmas(ctx, t, "prt", "advmod") and not sent(ctx, t).sport else None


def sense_acid(ctx: Context, t: Token, cls: str) -> str | None:
    head = head_of(ctx, t)
    return cls if head.lemma.lower() in ("pour", "throw", "splash", "douse", "spray", "attack", "with") else None


def sense_spray(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if sent(ctx, t).lemmas & {"bullet", "bullets", "acid", "gunfire", "teargas"} else None


def sense_invade(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    if s.sport or political_only(ctx, t):
        return None
    subj = kid_lemmas(ctx, t, "nsubj") | {k.lemma.lower() for p in kids(ctx, t, "agent") for k in kids(ctx, p, "pobj")}
    if subj & (ARMED | CROWDS) or s.armed:
        return cls
    return None


def sense_engage(ctx: Context, t: Token, cls: str) -> str | None:
    """"the army engaged the militants", "engaged police in running battles"; not "engaged in
    talks" or "engaged voters"."""
    objs = kids(ctx, t, "dobj")
    if not objs or not sent(ctx, t).armed:
        return None
    if any(o.lemma.lower() in ARMED or o.lemma.lower() in CROWDS | {"protester", "demonstrator", "rioter"}
           for o in objs):
        if any(p.lemma.lower() == "in"
               and kid_lemmas(ctx, p, "pobj") & {"talk", "dialogue", "negotiation", "discussion"}
               for p in kids(ctx, t, "prep")):
            return None
        return cls
    return None


def sense_communal(ctx: Context, t: Token, cls: str) -> str | None:
    """"inter-tribal conflict", "clan conflict": fighting; "conflict of interest" is not."""
    mods = kid_lemmas(ctx, t, "amod", "compound", "nmod")
    words = {w for m in mods for w in m.replace("-", " ").split()}
    return cls if words & COMMUNAL else None


def sense_vanish(ctx: Context, t: Token, cls: str) -> str | None:
    subj = kids(ctx, t, "nsubj")
    if place_or_person(ctx, subj) != "person":
        return None
    mods = kid_lemmas(ctx, t, "advmod")
    return cls if (mods & {"mysteriously", "forcibly"}
                   or sent(ctx, t).lemmas & {"abduct", "kidnap", "abduction"}) else None


def sense_recruit(ctx: Context, t: Token, cls: str) -> str | None:
    """Recruitment by an armed group, or of youths and children into one ("recruiting youth in
    its secession drive"); not a campaign recruiting volunteers."""
    if sense_armed(ctx, t, cls) is not None:
        return cls
    if political_only(ctx, t) or sent(ctx, t).sport:
        return None
    objs = {o.lemma.lower() for o in objects(ctx, t)}
    return cls if objs & {"youth", "child", "fighter", "militant", "recruit", "boy", "teenager"} else None


def sense_hit(ctx: Context, t: Token, cls: str) -> str | None:
    """A person hit with something or by someone ("was hit in the head by a police officer", "hit
    him with a microphone"); not "hit the campaign trail", "hit by a car", "hit hard"."""
    s = sent(ctx, t)
    if s.sport or s.lemmas & ({"car", "vehicle", "truck", "lorry", "bus", "motorcycle"} | NATURAL_DEATH):
        return None
    victims = kids(ctx, t, "nsubjpass") or kids(ctx, t, "dobj")
    if place_or_person(ctx, victims) != "person":
        return None
    for prep in kids(ctx, t, "prep", "agent"):
        objs = kid_lemmas(ctx, prep, "pobj")
        if prep.lemma.lower() == "with" and objs & (WEAPON_NOUNS | BLUNT):
            return cls  # "hit with a microphone", "hit with a rifle butt"
        if prep.lemma.lower() == "by" and objs & (ARMED | CROWDS | ASSAILANTS | {"supporter", "man", "officer"}):
            return cls  # "hit by a police officer"
    return None


def sense_abuse(ctx: Context, t: Token, cls: str) -> str | None:
    s = sent(ctx, t)
    return cls if s.armed and place_or_person(ctx, args(ctx, t)) == "person" else None


def sense_inflict(ctx: Context, t: Token, cls: str) -> str | None:
    """"inflicted injuries on a thief": harm done to a person."""
    objs = {o.lemma.lower() for o in objects(ctx, t)}
    victims = [o for p in kids(ctx, t, "prep") if p.lemma.lower() == "on" for o in kids(ctx, p, "pobj")]
    return cls if objs & {"injury", "wound", "harm", "beating", "burn"} and (
        not victims or place_or_person(ctx, victims) == "person") else None


def sense_target(ctx: Context, t: Token, cls: str) -> str | None:
    """"artillery targeted the outskirts", "militants targeted a convoy"; not "ads targeted voters"."""
    subj = kid_lemmas(ctx, t, "nsubj") | {k.lemma.lower() for p in kids(ctx, t, "agent") for k in kids(ctx, p, "pobj")}
    if subj & (ARMED | WEAPON_NOUNS | AIR | {"artillery", "shelling", "airstrike", "strike"}):
        return cls
    return None


def sense_warring(ctx: Context, t: Token, cls: str) -> str | None:
    return cls if crowd_sides(ctx, t) or sense_communal(ctx, t, cls) else None
