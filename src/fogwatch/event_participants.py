"""Who takes part in the event a trigger word reports: armed actors, crowds or civilians, and in which role.

ACLED's event types are defined by their participants as much as by the act: battles are fought
between two organised armed sides, violence against civilians is an armed actor against unarmed
people, a riot is a crowd (demonstrators, a mob, party supporters) using violence. ``participants``
reads those roles off the parse around one trigger token, cheaply (a few children of two or three
tokens), so ``fogwatch.event_types.type_event`` can apply the definitions before the actors are named:

* ``agents`` act: the subject of an active trigger, the agent of a passive one ("killed by a mob"),
  the owner of a noun trigger ("a police raid"), the subject of the verb a noun trigger is the
  object of ("gunmen launched an attack");
* ``targets`` are acted on: the object, the passive subject, "an attack on X"; a crowd that is
  acted on counts as civilians (ACLED's coding of the victims), so targets are never ``CROWD``;
* ``sides`` are parties of a mutual act: "X clashed with Y", "clashes between X and Y", "X and Y
  fought".

A participant's kind comes from its head word ("youths" is a crowd, "gunmen" armed, "a woman" a
civilian), else from the actor mention that covers it (``fogwatch.actors.ActorMention``: named
groups are known by the catalogue, not by the word). Only kinds are returned, never names: naming
the actors is ``fogwatch.actors``' job, after the type is known.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final, Protocol

from .nlp import Analysis, Token

ARMED: Final = "armed"
CROWD: Final = "crowd"
CIVILIAN: Final = "civilian"


@dataclass(frozen=True, slots=True)
class Participants:
    """The kinds (``ARMED``, ``CROWD``, ``CIVILIAN``) of the participants of one event mention."""

    agents: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()
    # the words (lower case, as written) that name the agents and their modifiers ("a vigilante group" ->
    # vigilante, group; "a group of students" -> group, students): a crowd's kind of people tells a lynch
    # mob (students, residents, a crowd) from a crowd that ACLED may code as a militia (youths)
    agent_words: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def parties(self) -> frozenset[str]:
        """Those who act: agents and the sides of a mutual act."""
        return self.agents | self.sides


class MentionLike(Protocol):
    """What ``participants`` reads of an actor mention (``fogwatch.actors.ActorMention`` has it)."""

    start: int
    end: int
    inter: int
    category: str
    cue: str


# Head words (lemmas, lower case) and the kind of participant they name. A crowd is an unarmed
# collective that ACLED codes as rioters when it uses violence and as civilians when it suffers it.
# Herders are civilians here: as victims ACLED codes them so, and as attackers the actor catalogue
# knows them as a communal militia only when the text says so ("armed herders", "Pokot raiders").
_KIND_OF_WORD: Final[Mapping[str, str]] = MappingProxyType({
    **dict.fromkeys((
        "police", "policeman", "policemen", "officer", "cop", "constable", "reservist", "soldier", "troop",
        "army", "military", "force", "gendarme", "marine", "commando", "gunman", "gunmen", "militant",
        "insurgent", "rebel", "fighter", "militia", "militiaman", "militiamen", "bandit", "raider", "attacker",
        "assailant", "terrorist", "jihadist", "gang", "gangster", "warrior", "rustler", "guard", "kidnapper",
        "abductor", "robber", "pirate", "sniper", "squad", "unit", "battalion", "regiment", "brigade", "convoy",
        "patrol", "jet", "warplane", "helicopter", "drone", "detective", "sergeant", "corporal",
        "policewoman", "ranger", "askari",
    ), ARMED),
    **dict.fromkeys((
        "mob", "crowd", "rioter", "protester", "protestor", "demonstrator", "youth", "supporter", "resident",
        "villager", "student", "pupil", "trader", "hawker", "vendor", "squatter", "local", "worker", "operator",
        "motorist", "vigilante", "fan", "mourner", "voter", "public", "rider", "driver", "teacher", "marcher",
        "striker", "activist", "follower", "loyalist", "inmate", "prisoner", "neighbour", "neighbor",
        "classmate",
    ), CROWD),
    **dict.fromkeys((
        "civilian", "man", "men", "woman", "women", "person", "people", "child", "children", "boy", "girl",
        "baby", "family", "passenger", "journalist", "reporter", "chief", "official", "politician", "mp",
        "candidate", "victim", "pastor", "priest", "imam", "businessman", "shopkeeper", "tourist", "body",
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "relative", "elder",
        "doctor", "nurse", "patient", "refugee", "farmer", "herder", "herdsman", "herdsmen", "pastoralist",
    ), CIVILIAN),
})  # fmt: skip
_KIND_OF_INTER: Final[Mapping[int, str]] = MappingProxyType(
    {1: ARMED, 2: ARMED, 3: ARMED, 4: ARMED, 8: ARMED, 5: CROWD, 6: CROWD, 7: CIVILIAN}
)
# "members of the public", "two factions of ODM": the noun after "of" says who they are
_OF_HEADS = frozenset({"member", "group", "band", "number", "faction", "wing", "side", "section", "camp", "unit"})
# heads that name people of any kind: a compound modifier says which ("gang members", "militia men")
# ("Pokot people", "Somali boys" stay civilians: a community's name is not its militia)
_MODIFIED_HEADS = frozenset({"member", "members", "suspect", "man", "men", "element", "operative", "cadre",
                             "adherent", "recruit"})
# a collective named by its modifier, a noun or (as the parser often reads "vigilante") an adjective: "a
# vigilante group" is a crowd, "a militia group" armed (Kenya's vigilante groups lynch suspects: ACLED's
# mob violence in 78 of the file's 81 notes that name vigilantes)
_GROUP_HEADS = frozenset({"group"})
# a crowd's victims called suspects are civilians to ACLED (see ``participants``)
_SUSPECTED = re.compile(r"\b(?:suspected|alleged|presumed)\b", re.I)
# ACLED: forces off duty, retired or former are civilians
_OFF_DUTY = re.compile(r"\b(?:off[- ]duty|former|retired|ex-)\b[^.,;]*$", re.I)

# triggers whose subject and object are two sides of one fight, not attacker and victim
_MUTUAL = frozenset({"clash", "fight", "fighting", "battle", "skirmish", "confrontation", "scuffle", "brawl",
                     "exchange", "feud", "confront"})
# verbs whose subject undergoes the trigger noun: "police came under attack", "they suffered an ambush"
_UNDERGO = frozenset({"come", "suffer", "face", "survive", "witness", "experience", "endure", "escape"})
_TARGET_PREPS = frozenset({"on", "against", "at", "upon", "targeting"})
_SIDE_PREPS = frozenset({"with", "between", "among", "amongst"})


def participants(analysis: Analysis, token: int, mentions: Sequence[MentionLike] = ()) -> Participants:
    """The participants of the event whose trigger is token ``token`` of ``analysis``."""
    tokens = analysis.tokens
    if not 0 <= token < len(tokens):
        return Participants()
    trig = tokens[token]
    mutual = trig.lemma.lower() in _MUTUAL
    agents: set[str] = set()
    targets: set[str] = set()
    sides: set[str] = set()
    agent_words: set[str] = set()

    def kinds(head: Token) -> set[str]:
        found = (_kind_of(analysis, t, mentions) for t in _conjuncts(analysis, head))
        return {k for k in found if k is not None}

    def agent_kinds(head: Token) -> set[str]:
        agent_words.update(w for t in _conjuncts(analysis, head) for w in _words_of(analysis, t))
        return kinds(head)

    # "residents of X (coded as Y) were assaulted": a parenthesis can make the parser hang the passive trigger
    # on another verb and give it the subject; the trigger's passive auxiliary says the subject undergoes
    passive = trig.tag == "VBN" and any(c.dep == "auxpass" for c in analysis.children(trig))
    for verb, is_trigger_verb in _governors(analysis, trig):
        for child in analysis.children(verb):
            dep = child.dep
            if dep == "nsubj" and verb.i == trig.i and _headline_passive(analysis, verb):
                targets.update(kinds(child))  # "Police detective shot dead": a headline's passive
            elif dep == "nsubj" and passive and is_trigger_verb:
                targets.update(kinds(child))
            elif dep in ("nsubj", "csubj") and (is_trigger_verb or verb.lemma.lower() not in _UNDERGO):
                if mutual:
                    sides.update(kinds(child))
                else:
                    agents.update(agent_kinds(child))
            elif dep in ("nsubj", "nsubjpass"):
                targets.update(kinds(child))
            elif dep in ("dobj", "attr") and is_trigger_verb:
                (sides if mutual else targets).update(kinds(child))
            elif dep == "agent" or (dep == "prep" and child.lower == "by"):
                agents.update(k for obj in _objects(analysis, child) for k in agent_kinds(obj))
            elif dep == "prep" and child.lower in _TARGET_PREPS:
                targets.update(k for obj in _objects(analysis, child) for k in kinds(obj))
            elif dep == "prep" and child.lower in _SIDE_PREPS and (mutual or child.lower != "with"):
                sides.update(k for obj in _objects(analysis, child) for k in kinds(obj))
            elif dep in ("poss", "compound", "nmod", "amod") and verb.i == trig.i and not is_trigger_verb:
                agents.update(agent_kinds(child))  # "a police raid", "the mob's attack"
    if trig.dep in ("acl", "relcl") and trig.head != trig.i:
        # "people killed in the attack" (the noun undergoes), "militants who attacked" (it acts)
        if trig.tag == "VBN":
            targets.update(kinds(tokens[trig.head]))
        else:
            agents.update(agent_kinds(tokens[trig.head]))
    # ACLED codes a crowd that suffers violence as civilians ("students attack six teachers", "a boda
    # boda operator killed by traders"): only a crowd that acts or fights is a crowd
    victims = {CIVILIAN if k == CROWD else k for k in targets}
    if CROWD in agents and ARMED not in agents and ARMED in victims and _names_suspects(analysis, trig):
        # a crowd that lynches suspected robbers or rustlers: mob justice on civilians, not a fight
        # with an armed group (ACLED: mob violence in all 5 such global notes and 3 Kenya ones)
        victims = (victims - {ARMED}) | {CIVILIAN}
    return Participants(frozenset(agents), frozenset(victims), frozenset(sides), frozenset(agent_words))


def _words_of(analysis: Analysis, token: Token) -> set[str]:
    """``token`` and the words that say who it is, lower case as written ("a student" is no mob, "students"
    may be): its compound and adjective modifiers ("vigilante group", "angry residents") and, for a
    collective, what it is "of" ("a group of students")."""
    words = {token.lower}
    for child in analysis.children(token):
        if child.dep in ("compound", "amod") and child.i < token.i:
            words.add(child.lower)
        elif child.dep == "prep" and child.lower == "of" and token.lemma.lower() in _OF_HEADS:
            words.update(obj.lower for obj in _objects(analysis, child))
    return words


def _headline_passive(analysis: Analysis, verb: Token) -> bool:
    """"X shot dead" with no object: a headline's passive that the parse reads as active."""
    kids = list(analysis.children(verb))
    return any(c.lower == "dead" and c.dep in ("acomp", "oprd", "xcomp", "advmod") for c in kids) \
        and not any(c.dep in ("dobj", "attr") for c in kids)


def _names_suspects(analysis: Analysis, trig: Token) -> bool:
    """The trigger's sentence calls someone a suspect ("suspected cattle rustlers", "an alleged
    thief"): read on the text, since the parse often makes "suspected" a verb of its own."""
    sentence = analysis.sentences[trig.sent]
    return _SUSPECTED.search(analysis.text, sentence.start, sentence.end) is not None


def _governors(analysis: Analysis, trig: Token) -> list[tuple[Token, bool]]:
    """(token, is_a_trigger_verb) pairs whose arguments are the trigger's: the trigger itself, verbs
    coordinated with it, and for a noun trigger the verb it is the object of ("launched an attack")."""
    tokens = analysis.tokens
    is_verb = trig.pos in ("VERB", "AUX") or trig.tag.startswith("VB")
    out = [(trig, is_verb)]
    if is_verb:
        # coordinated verbs share their subject and agent: "stormed the village and killed",
        # "was attacked and killed by vigilantes"
        if trig.dep == "conj" and trig.head != trig.i:
            out.append((tokens[trig.head], True))
        out += [(c, True) for c in analysis.children(trig) if c.dep == "conj" and c.pos == "VERB"]
    elif trig.pos in ("NOUN", "PROPN") and trig.head != trig.i:
        head = tokens[trig.head]
        if trig.dep == "pobj" and head.head != head.i:
            head = tokens[head.head]  # "killed in clashes": the verb over the preposition
        if head.pos in ("VERB", "AUX") and trig.dep in ("dobj", "nsubj", "nsubjpass", "pobj", "attr"):
            out.append((head, False))
    return out


def _objects(analysis: Analysis, preposition: Token) -> list[Token]:
    return [t for t in analysis.children(preposition) if t.dep == "pobj"]


def _conjuncts(analysis: Analysis, head: Token) -> list[Token]:
    """``head`` and the nouns coordinated with it ("police and hawkers")."""
    return [head, *(c for c in analysis.children(head) if c.dep == "conj")]


def _kind_of(analysis: Analysis, token: Token, mentions: Sequence[MentionLike]) -> str | None:
    word = token.lemma.lower()
    if word in _OF_HEADS:
        for child in analysis.children(token):
            if child.dep == "prep" and child.lower == "of":
                for obj in _objects(analysis, child):
                    inner = _kind_of(analysis, obj, mentions)
                    if inner is not None:
                        return inner
    if any(c.lower in ("armed", "gun-wielding", "machete-wielding") and c.dep in ("amod", "acl", "compound")
           for c in analysis.children(token)):
        # "armed men", "youths armed with machetes": ACLED codes armed people as an armed group
        return ARMED
    if word in _MODIFIED_HEADS or token.lower in _MODIFIED_HEADS or word in _GROUP_HEADS:
        # "gang members", "Al Shabaab suspects", "militia men": the modifier says who they are
        for child in analysis.children(token):
            if (child.dep == "compound" or child.dep == "amod" and word in _GROUP_HEADS) and child.i < token.i:
                inner = _KIND_OF_WORD.get(child.lemma.lower()) or _kind_of_mention(child, mentions)
                if inner is not None:
                    return inner
    kind = _KIND_OF_WORD.get(word) or _KIND_OF_WORD.get(token.lower)
    if kind == ARMED and _OFF_DUTY.search(analysis.text, max(0, token.start - 25), token.start):
        return CIVILIAN
    if kind == ARMED and _kind_of_mention(token, mentions) == CIVILIAN:
        return CIVILIAN  # "a returning officer", "a Red Cross officer": the actor lexicon knows the civilian
    if kind is not None:
        return kind
    return _kind_of_mention(token, mentions)


def _kind_of_mention(token: Token, mentions: Sequence[MentionLike]) -> str | None:
    for m in mentions:
        if m.start <= token.start < m.end and m.cue != "civilian_sites":
            if m.category == "party":
                return CROWD  # a party's supporters riot; ACLED names an armed wing as its own actor
            return _KIND_OF_INTER.get(m.inter)
    return None


__all__ = ["ARMED", "CIVILIAN", "CROWD", "MentionLike", "Participants", "participants"]
