"""Event-trigger words ("clashes", "shot dead", "air strike", "took control of") and their class.

``find_triggers`` walks the tokens of an ``Analysis`` once. A token whose lemma is in the lexicon
(or that starts a multi-word trigger such as "suicide bomber" or "peace deal") becomes a candidate;
only candidates pay for the checks that follow, all of them local to the token's sentence:

* sense: "fighting corruption", "heart attack", "shoot a film", "prices rallied", "March 3",
  a sports report's "attack", a labour "strike" vs an air "strike", "capture" of a town (territory)
  vs of a person (arrest) vs of attention (nothing);
* negation: "no clashes", "did not attack", "no one was killed", "failed to capture", "foiled";
* modality: "denied carrying out the attack" (denied), "threatened to attack", "could attack",
  "if talks fail" (hypothetical), "plans to", "will protest", "planned protest" (future).

Classes (``Trigger.cls``) are coarse and say what happened, not the ACLED sub-event type (which
``fogwatch.event_types.type_event`` decides from the class and the sentence):

clash, attack, killing, violence, explosion, airstrike, shelling, suicide_bomb, grenade, ied,
protest, riot, mob, arson, abduction, sexual_violence, arrest, looting, territory_gain (an actor takes
a place: captured, took control of, overran, fell to), territory_loss (an actor is driven from a
place or leaves it: recaptured, regained, pushed back, withdrew from), agreement,
negotiation_failure, base, weapons_seizure (seized, defused or intercepted weapons), group_change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from .nlp import Analysis, Token


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int  # character offsets of the whole trigger phrase
    end: int
    text: str
    token: int  # index of the trigger's head token in Analysis.tokens
    sentence: int
    cls: str
    negated: bool
    modality: str  # "asserted" | "hypothetical" | "future" | "denied"


ASSERTED: Final = "asserted"
HYPOTHETICAL: Final = "hypothetical"
FUTURE: Final = "future"
DENIED: Final = "denied"

# --------------------------------------------------------------------------- lexicon

_N, _V, _A, _P = "NOUN", "VERB", "ADJ", "PROPN"
_NV = frozenset({_N, _V, _P})
_NVA = frozenset({_N, _V, _A, _P})
_NOUNS = frozenset({_N, _P})
_VERBS = frozenset({_V, _A})  # participles ("the abducted girls") are often tagged ADJ

# lemma -> (class, parts of speech, sense check or "")
_LEXICON: Final[Mapping[str, tuple[str, frozenset[str], str]]] = MappingProxyType({
    "clash": ("clash", _NV, "clash"),
    "firefight": ("clash", _NOUNS, ""),
    "gunfight": ("clash", _NOUNS, ""),
    "gunbattle": ("clash", _NOUNS, ""),
    "shootout": ("clash", _NOUNS, ""),
    "skirmish": ("clash", _NV, ""),
    "fighting": ("clash", _NOUNS, "fight"),
    "fight": ("clash", _NV, "fight"),
    "battle": ("clash", _NV, "fight"),
    "encounter": ("clash", _NOUNS, "armed"),
    "hostility": ("clash", _NOUNS, "armed"),
    "combat": ("clash", _NOUNS, "fight"),
    "offensive": ("clash", _NOUNS, "armed"),
    "repel": ("clash", _VERBS, "armed"),
    "repulse": ("clash", _VERBS, "armed"),
    "attack": ("attack", _NV, "attack"),
    "ambush": ("attack", _NV, ""),
    "raid": ("attack", _NV, "conflict"),
    "assault": ("attack", _NV, "attack"),
    "storm": ("attack", _VERBS, "storm"),
    "shoot": ("attack", _VERBS, "shoot"),
    "shooting": ("attack", _NOUNS, "shoot"),
    "gunfire": ("attack", _NOUNS, ""),
    "stab": ("attack", _VERBS, ""),
    "hack": ("attack", _VERBS, "armed"),
    "beat": ("attack", _VERBS, "beat"),
    "torture": ("attack", _NV, ""),
    "fire": ("attack", _NV, "fire"),
    "strike": ("airstrike", _NV, "strike"),
    "kill": ("killing", _NVA, "death"),
    "killing": ("killing", _NOUNS, "death"),
    "murder": ("killing", _NV, ""),
    "behead": ("killing", _VERBS, ""),
    "decapitate": ("killing", _VERBS, ""),
    "assassinate": ("killing", _VERBS, ""),
    "assassination": ("killing", _NOUNS, ""),
    "massacre": ("killing", _NV, ""),
    "slaughter": ("killing", _NV, "conflict"),
    "slay": ("killing", _VERBS, "armed"),
    "execute": ("killing", _VERBS, "execute"),
    "execution": ("killing", _NOUNS, "execute"),
    "injure": ("injury", _VERBS, ""),
    "wound": ("injury", _VERBS, ""),
    "hijack": ("abduction", _VERBS, ""),
    "pelt": ("riot", _VERBS, ""),
    "violence": ("violence", _NOUNS, "violence"),
    "unrest": ("violence", _NOUNS, ""),
    "explosion": ("explosion", _NOUNS, "weapon"),
    "blast": ("explosion", _NV, "blast"),
    "explode": ("explosion", _VERBS, "weapon"),
    "detonate": ("explosion", _VERBS, "weapon"),
    "detonation": ("explosion", _NOUNS, "weapon"),
    "bomb": ("explosion", _NV, "weapon"),
    "bombing": ("explosion", _NOUNS, "weapon"),
    "explosive": ("explosion", _NOUNS, "weapon"),
    "ied": ("ied", _NOUNS, "weapon"),
    "landmine": ("ied", _NOUNS, "weapon"),
    "mine": ("ied", _NOUNS, "mine"),
    "airstrike": ("airstrike", _NOUNS, "weapon"),
    "drone": ("airstrike", _NOUNS, "drone"),
    "bombard": ("shelling", _VERBS, ""),
    "bombardment": ("shelling", _NOUNS, ""),
    "shell": ("shelling", _NV, "shell"),
    "shelling": ("shelling", _NOUNS, "weapon"),
    "mortar": ("shelling", _NOUNS, "projectile"),
    "artillery": ("shelling", _NOUNS, "projectile"),
    "rocket": ("shelling", _NOUNS, "projectile"),
    "missile": ("shelling", _NOUNS, "projectile"),
    "grenade": ("grenade", _NOUNS, "grenade"),
    "protest": ("protest", _NV, "protest"),
    "protester": ("protest", _NOUNS, ""),
    "protestor": ("protest", _NOUNS, ""),
    "demonstration": ("protest", _NOUNS, "demonstrate"),
    "demonstrate": ("protest", _VERBS, "demonstrate"),
    "demonstrator": ("protest", _NOUNS, ""),
    "march": ("protest", _NV, "march"),  # headlines tag it PROPN; the sense check spots the month
    "bonfire": ("riot", _NOUNS, ""),
    "block": ("protest", _VERBS, "block"),
    "disperse": ("protest", _VERBS, "disperse"),
    "confrontation": ("clash", _NOUNS, "clash"),
    "steal": ("looting", _VERBS, "armed"),
    "find": ("killing", _VERBS, "found_dead"),
    "body": ("killing", _NOUNS, "body"),
    "rally": ("protest", frozenset({_N, _V}), "rally"),
    "picket": ("protest", _NV, "picket"),
    "walkout": ("protest", _NOUNS, ""),
    "riot": ("riot", _NV, ""),
    "rioting": ("riot", _NOUNS, ""),
    "rioter": ("riot", _NOUNS, ""),
    "mob": ("mob", _NOUNS, "mob"),
    "lynch": ("mob", _VERBS, ""),
    "lynching": ("mob", _NOUNS, ""),
    "torch": ("arson", _VERBS, ""),
    "arson": ("arson", _NOUNS, ""),
    "burn": ("arson", _VERBS, "burn"),
    "abduct": ("abduction", _VERBS, ""),
    "abduction": ("abduction", _NOUNS, ""),
    "kidnap": ("abduction", _VERBS, ""),
    "kidnapping": ("abduction", _NOUNS, ""),
    "hostage": ("abduction", _NOUNS, "hostage"),
    "disappearance": ("abduction", _NOUNS, "disappear"),
    "rape": ("sexual_violence", _NV, "rape"),
    "raped": ("sexual_violence", _NVA, "rape"),  # spaCy's lemmatiser turns "raped" into "rap"
    "raping": ("sexual_violence", _NV, "rape"),
    "molest": ("sexual_violence", _VERBS, ""),
    "defile": ("sexual_violence", _VERBS, ""),
    "arrest": ("arrest", _NV, "arrest"),
    "detain": ("arrest", _VERBS, ""),
    "apprehend": ("arrest", _VERBS, ""),
    "nab": ("arrest", _VERBS, ""),
    "loot": ("looting", _VERBS, ""),
    "looting": ("looting", _NOUNS, ""),
    "plunder": ("looting", _NV, ""),
    "ransack": ("looting", _VERBS, ""),
    "pillage": ("looting", _NV, ""),
    "vandalise": ("looting", _VERBS, ""),
    "vandalize": ("looting", _VERBS, ""),
    "vandalism": ("looting", _NOUNS, ""),
    "raze": ("looting", _VERBS, ""),
    "capture": ("territory_gain", _NV, "capture"),
    "seize": ("territory_gain", _VERBS, "capture"),
    "overrun": ("territory_gain", _VERBS, "capture"),
    "take": ("territory_gain", _VERBS, "take"),
    "fall": ("territory_gain", _VERBS, "fall"),
    "recapture": ("territory_loss", _NV, "capture"),
    "retake": ("territory_loss", _VERBS, "capture"),
    "regain": ("territory_loss", _VERBS, "capture"),
    "reclaim": ("territory_loss", _VERBS, "capture"),
    "liberate": ("territory_loss", _VERBS, "capture"),
    "push": ("territory_loss", _VERBS, "push"),
    "drive": ("territory_loss", _VERBS, "push"),
    "withdraw": ("territory_loss", _VERBS, "withdraw"),
    "retreat": ("territory_loss", _NV, "withdraw"),
    "ceasefire": ("agreement", _NOUNS, ""),
    "truce": ("agreement", _NOUNS, ""),
    "armistice": ("agreement", _NOUNS, ""),
    "agreement": ("agreement", _NOUNS, "agreement"),
    "deal": ("agreement", _NOUNS, "agreement"),
    "accord": ("agreement", _NOUNS, "agreement"),
    "talk": ("negotiation_failure", _NOUNS, "talks"),
    "negotiation": ("negotiation_failure", _NOUNS, "talks"),
    "dialogue": ("negotiation_failure", _NOUNS, "talks"),
    "establish": ("base", _VERBS, "base"),
    "set": ("base", _VERBS, "set"),
    "build": ("base", _VERBS, "base"),
    "confiscate": ("weapons_seizure", _VERBS, "disrupt"),
    "impound": ("weapons_seizure", _VERBS, "disrupt"),
    "intercept": ("weapons_seizure", _VERBS, "disrupt"),
    "defuse": ("weapons_seizure", _VERBS, "disrupt"),
    "recover": ("weapons_seizure", _VERBS, "disrupt"),
    "recruit": ("group_change", _VERBS, "armed"),
    "recruitment": ("group_change", _NOUNS, "armed"),
    "defect": ("group_change", _VERBS, "armed"),
    "defection": ("group_change", _NOUNS, "armed"),
    "deploy": ("group_change", _VERBS, "armed"),
    "deployment": ("group_change", _NOUNS, "armed"),
    "reinforcement": ("group_change", _NOUNS, "armed"),
    "mobilise": ("group_change", _VERBS, "armed"),
    "mobilize": ("group_change", _VERBS, "armed"),
    "surrender": ("group_change", _NV, "armed"),
    "disband": ("group_change", _VERBS, "armed"),
    "curfew": ("group_change", _NOUNS, ""),
})

# Multi-word triggers, by first word: (lemmas, class, index of the head word). Hyphens between
# words are skipped ("air-strike", "cease-fire", "sit-in").
_PHRASES: Final[Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]] = MappingProxyType({
    "suicide": (
        (("suicide", "car", "bomb"), "suicide_bomb", 3),
        (("suicide", "bomber"), "suicide_bomb", 1),
        (("suicide", "bombing"), "suicide_bomb", 1),
        (("suicide", "attack"), "suicide_bomb", 1),
        (("suicide", "attacker"), "suicide_bomb", 1),
        (("suicide", "vest"), "suicide_bomb", 1),
        (("suicide", "blast"), "suicide_bomb", 1),
    ),
    "blow": (
        (("blow", "himself", "up"), "suicide_bomb", 0),
        (("blow", "herself", "up"), "suicide_bomb", 0),
        (("blow", "themselves", "up"), "suicide_bomb", 0),
    ),
    "self": ((("self", "detonate"), "suicide_bomb", 1),),
    "air": (
        (("air", "strike"), "airstrike", 1),
        (("air", "raid"), "airstrike", 1),
        (("air", "attack"), "airstrike", 1),
        (("air", "bombardment"), "airstrike", 1),
    ),
    "aerial": (
        (("aerial", "bombardment"), "airstrike", 1),
        (("aerial", "attack"), "airstrike", 1),
        (("aerial", "bombing"), "airstrike", 1),
    ),
    "drone": (
        (("drone", "strike"), "airstrike", 1),
        (("drone", "attack"), "airstrike", 1),
    ),
    "roadside": ((("roadside", "bomb"), "ied", 1),),
    "car": ((("car", "bomb"), "ied", 1),),
    "booby": ((("booby", "trap"), "ied", 1),),
    "improvised": ((("improvised", "explosive", "device"), "ied", 2),),
    "explosive": ((("explosive", "device"), "ied", 1),),
    "land": ((("land", "mine"), "ied", 1),),
    "rocket": ((("rocket", "propel", "grenade"), "attack", 2),),
    "hand": ((("hand", "grenade"), "grenade", 1),),
    "gang": ((("gang", "rape"), "sexual_violence", 1),),
    "sexual": (
        (("sexual", "violence"), "sexual_violence", 1),
        (("sexual", "assault"), "sexual_violence", 1),
        (("sexual", "abuse"), "sexual_violence", 1),
    ),
    "sexually": ((("sexually", "assault"), "sexual_violence", 1), (("sexually", "abuse"), "sexual_violence", 1)),
    "cease": ((("cease", "fire"), "agreement", 1),),
    "peace": (
        (("peace", "deal"), "agreement", 1),
        (("peace", "agreement"), "agreement", 1),
        (("peace", "accord"), "agreement", 1),
        (("peace", "treaty"), "agreement", 1),
    ),
    "prisoner": ((("prisoner", "exchange"), "agreement", 1), (("prisoner", "swap"), "agreement", 1)),
    "sit": ((("sit", "in"), "protest", 0),),
    "take": (
        (("take", "to", "the", "street"), "protest", 0),
        (("take", "hostage"), "abduction", 1),
        (("take", "into", "custody"), "arrest", 0),
    ),
    "hunger": ((("hunger", "strike"), "protest", 1),),
    "general": ((("general", "strike"), "protest", 1),),
    "gun": ((("gun", "down"), "killing", 0), (("gun", "battle"), "clash", 1)),
    "exchange": ((("exchange", "fire"), "clash", 0), (("exchange", "gunfire"), "clash", 0)),
    "open": ((("open", "fire"), "attack", 0),),
    "shoot": ((("shoot", "dead"), "killing", 0),),
    # headline grammar ("1 civilian shot dead"): spaCy often reads "shot" as a noun
    "shot": ((("shot", "dead"), "killing", 0),),
    "damage": ((("damage", "property"), "looting", 0),),
    "destroy": ((("destroy", "property"), "looting", 0),),
    "set": ((("set", "ablaze"), "arson", 0), (("set", "fire"), "arson", 0), (("set", "on", "fire"), "arson", 0)),
    "mob": ((("mob", "justice"), "mob", 0),),
    "round": ((("round", "up"), "arrest", 0),),
    "hold": ((("hold", "hostage"), "abduction", 1),),
    "forced": ((("forced", "disappearance"), "abduction", 1),),
    "enforce": ((("enforce", "disappearance"), "abduction", 1),),
})

# --------------------------------------------------------------------------- sense vocabularies

_ARMED = frozenset(
    "troop soldier army military militant rebel insurgent fighter militia gunman gunmen police "
    "policeman officer force jihadist terrorist bandit gang combatant guerrilla security taliban "
    "shabaab isis al-shabaab commander battalion brigade unit regiment marine commando paramilitary "
    "mujahideen nrf resistance attacker assailant raider warlord army's".split()
)
_VIOLENT = frozenset(
    "kill killed wound injure injured dead death casualty weapon gun rifle bomb attack clash fighting "
    "shoot shot fire gunfire shelling airstrike explosion blast hostage civilian victim bullet "
    "ammunition artillery mortar rocket missile".split()
)
_SPORT = frozenset(
    "match game goal league cup tournament championship season striker midfielder defender coach "
    "score team club player football soccer cricket rugby basketball tennis innings wicket penalty "
    "final semi-final quarter-final stadium fixture halftime half-time olympic medal".split()
)
_POLITICS = frozenset(
    "campaign election candidate voter vote poll senator congressman congresswoman congress "
    "republican democrat democratic gop lobbying lobby legislation bill primary nomination nominee "
    "debate caucus presidential lawmaker legislator policy twitter tweet media pundit ad "
    "advertisement rhetoric speech".split()
)
_ABSTRACT = frozenset(
    "corruption poverty crime disease cancer virus pandemic covid covid-19 coronavirus inflation "
    "wildfire blaze climate hunger malaria drug narcotic terrorism extremism impunity unemployment "
    "illiteracy racism discrimination injustice graft fraud smuggling trafficking ebola aids hiv "
    "cholera polio tuberculosis addiction obesity pollution flood fire illness infection "
    "misinformation disinformation hate desertification famine drought".split()
)
# what one "fights for/against" when the fight is a cause, not a battle
_CAUSES = frozenset(
    "right justice freedom equality survival title islamophobia rule regime oppression tyranny "
    "dictatorship independence democracy recognition".split()
)
_GENERIC_HEADS = frozenset("history tradition record culture legacy experience year decade veteran art".split())
_BATTLE_NOISE = frozenset(
    "legal court courtroom custody political electoral uphill verbal budget bidding rating ratings "
    "ideological regulatory pr election campaign lobbying nominating nomination primary partisan "
    "legislative congressional internal messaging public-relations floor turf bureaucratic policy".split()
)
_ATTACK_NOISE = frozenset(
    "heart panic asthma anxiety cyber cyber-attack ransomware hacker verbal personal rhetorical "
    "scathing blistering stinging malware phishing partisan political negative ad hominem campaign "
    "twitter media".split()
)
_CROWDS = frozenset(
    "supporter youth resident villager student crowd mob faction group rival member trader worker "
    "demonstrator protester community clan tribe".split()
)
_SPEECH = _POLITICS | frozenset(
    "remark comment statement criticism criticise criticize interview tweet article editorial "
    "column op-ed accuse rival opponent".split()
)
# a trigger noun that only modifies one of these names no event: "murder weapon", "rape case"
_MODIFIED_NOISE = frozenset(
    "weapon charge case trial suspect investigation rate statistic statistics field fence law bill "
    "apologist victim survivor threat scare drill exercise simulation movie film game novel".split()
)
_ARMED_TARGETS = frozenset(
    "position base post checkpoint outpost barracks garrison stronghold frontline trench patrol "
    "troop soldier army militant fighter rebel insurgent militia force".split()
)
_CRITICISM_OBJECTS = frozenset(
    "policy decision plan statement remark comment record proposal bill budget idea report law "
    "move stance approach handling speech claim position ruling".split()
)
_NATURAL_DEATH = frozenset(
    "accident crash collision flood landslide earthquake storm cyclone hurricane typhoon lightning "
    "drowning disease outbreak epidemic pandemic covid cholera malaria heatwave avalanche tsunami "
    "overdose stampede illness cancer virus mudslide wreck derailment".split()
)
_FILM = frozenset(
    "film video movie scene footage photo picture documentary advert commercial episode clip "
    "shoot photoshoot series pilot".split()
)
_PLACE_NOUNS = frozenset(
    "town city village district province region area base camp outpost post position checkpoint "
    "airport airfield hill valley territory stronghold bridge road highway border crossing county "
    "capital island port headquarters garrison barracks station compound settlement neighbourhood "
    "neighborhood suburb zone front frontline locality commune municipality sector control "
    "village town's ridge mountain pass height heights junction district's oblast governorate".split()
)
_PERSON_NOUNS = frozenset(
    "man woman child people person civilian soldier militant fighter suspect member leader commander "
    "boy girl student teacher journalist worker farmer villager resident official officer policeman "
    "rebel insurgent hostage prisoner trader driver pupil activist priest cleric chief elder "
    "youth herder fisherman protester demonstrator supporter crowd group thousand hundred dozen "
    "employee union nurse doctor lawyer opposition movement fan parent mother family operator "
    "vendor citizen refugee victim miner motorist".split()
)
_WEAPON_NOUNS = frozenset(
    "weapon arm ammunition rifle gun firearm pistol explosive ied bomb mine landmine grenade mortar "
    "round cache missile drone rocket device munition bullet detonator shell ordnance uxo "
    "ak-47 launcher".split()
)
_LABOUR = frozenset(
    "general hunger labor labour national nationwide worker teacher doctor nurse transport "
    "sit-down indefinite warning wildcat union day-long week-long two-day three-day one-day "
    "student trader driver".split()
)
_AIR = frozenset("air drone aerial airstrike jet warplane aircraft helicopter plane bomber".split())
_MISSILE = frozenset("missile rocket artillery".split())
_FINANCE = frozenset(
    "market stock share price index dollar currency investor oil gold bond equity rupee euro "
    "shilling naira trading".split()
)
_DISRUPT_VERBS = frozenset(
    "seize confiscate recover impound intercept defuse deactivate dismantle neutralise neutralize "
    "discover find uncover destroy shoot".split()
)
_BUSINESS = frozenset(
    "company firm contract trade investment loan billion million bank merger acquisition "
    "sponsorship broadcast licence license supplier customer".split()
)
_TALK_FAILURE = frozenset(
    "fail collapse stall deteriorate falter founder break suspend end abandon failed failing "
    "deadlock stalemate".split()
)
_BASE_OBJECTS = frozenset("base headquarters hq camp outpost garrison post".split())

# modality vocabularies: a governor word whose complement holds the trigger
_DENIAL = frozenset("deny denial reject dismiss refute disown".split())
_HYPOTHETICAL_GOVERNORS = frozenset(
    "threaten threat warn warning fear risk possibility try attempt seek want consider demand "
    "call urge ask order rumour rumor prospect danger potential".split()
)
_FUTURE_GOVERNORS = frozenset(
    "plan intend prepare vow pledge promise aim schedule announce expect decide".split()
)
_NEGATING_GOVERNORS = frozenset("fail refrain foil thwart avert prevent avoid".split())
_FUTURE_MODIFIERS = frozenset("planned upcoming forthcoming proposed impending imminent scheduled".split())
_HYPOTHETICAL_MODIFIERS = frozenset("possible potential threatened feared likely".split())
_FUTURE_AUX = frozenset("will shall 'll wo".split())
_HYPOTHETICAL_AUX = frozenset("would could might may can should must ca".split())
_NEGATIVE_SUBJECTS = frozenset("none nobody noone".split())

# Dependencies through which a governor's modality reaches the trigger ("threatened [to attack]",
# "plans for [an attack]", "denied [carrying out] the attack"); an adverbial or relative clause,
# a subject or a parenthetical clause is outside the governor's scope.
_SCOPE_DEPS = frozenset(
    "xcomp ccomp dobj pobj prep pcomp acl attr oprd conj compound amod".split()
)
# Negation reaches through fewer links: "did not carry out [the attack]", but "did not say that
# militants attacked" does not deny the attack.
_NEGATION_DEPS = frozenset("xcomp dobj nsubjpass attr pobj prep compound".split())
_MAX_HOPS = 6
_SKIP_ENTITIES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "ORG"})


# --------------------------------------------------------------------------- the pass


class _Sentence:
    """Per-sentence facts computed on first use (most sentences have no candidate)."""

    __slots__ = ("lemmas", "_armed", "_violent", "_sport", "_air")

    def __init__(self, tokens: Sequence[Token]):
        self.lemmas = frozenset(t.lemma.lower() for t in tokens) | frozenset(t.lower for t in tokens)
        self._armed: bool | None = None
        self._violent: bool | None = None
        self._sport: bool | None = None
        self._air: bool | None = None

    @property
    def armed(self) -> bool:
        if self._armed is None:
            self._armed = not self.lemmas.isdisjoint(_ARMED)
        return self._armed

    @property
    def violent(self) -> bool:
        """Armed actors or violence words in the sentence (the trigger's own word included)."""
        if self._violent is None:
            self._violent = self.armed or not self.lemmas.isdisjoint(_VIOLENT)
        return self._violent

    def violent_besides(self, t: Token) -> bool:
        """As ``violent``, not counting the trigger's own word ("attacked" is no evidence of itself)."""
        if self.armed:
            return True
        own = {t.lemma.lower(), t.lower}
        return any(w in self.lemmas for w in _VIOLENT if w not in own)

    @property
    def sport(self) -> bool:
        if self._sport is None:
            self._sport = not self.lemmas.isdisjoint(_SPORT) and not self.armed
        return self._sport

    @property
    def air(self) -> bool:
        if self._air is None:
            self._air = not self.lemmas.isdisjoint(_AIR)
        return self._air


class _Pass:
    """State of one ``find_triggers`` call: the analysis, children lists, sentence facts."""

    def __init__(self, analysis: Analysis):
        self.a = analysis
        self.tokens = analysis.tokens
        children: list[list[int]] = [[] for _ in analysis.tokens]
        for t in analysis.tokens:
            if t.head != t.i:
                children[t.head].append(t.i)
        self.children = children
        self.sentences: dict[int, _Sentence] = {}

    def sent(self, token: Token) -> _Sentence:
        facts = self.sentences.get(token.sent)
        if facts is None:
            facts = self.sentences[token.sent] = _Sentence(self.a.sentence_tokens(token.sent))
        return facts

    def kids(self, token: Token, *deps: str) -> list[Token]:
        out = [self.tokens[i] for i in self.children[token.i]]
        return [k for k in out if k.dep in deps] if deps else out

    def kid_lemmas(self, token: Token, *deps: str) -> set[str]:
        return {k.lemma.lower() for k in self.kids(token, *deps)}

    def objects(self, token: Token) -> list[Token]:
        """Direct objects, passive subjects, and objects of an attached "of" ("control of X")."""
        objs = self.kids(token, "dobj", "nsubjpass", "attr")
        for prep in self.kids(token, "prep"):
            if prep.lemma.lower() == "of":
                objs.extend(self.kids(prep, "pobj"))
        return objs

    def head(self, token: Token) -> Token:
        return self.tokens[token.head]

    def disrupted(self, t: Token) -> bool:
        """Is ``t`` (a weapon) the object of seizing, defusing, intercepting, shooting down ...?"""
        while t.dep == "conj" and t.head != t.i:
            t = self.head(t)  # "seized rifles and [grenades]"
        if t.dep not in ("dobj", "nsubjpass"):
            return False
        verb = self.head(t)
        lemma = verb.lemma.lower()
        if lemma == "shoot":
            return "down" in self.kid_lemmas(verb, "prt")
        return lemma in _DISRUPT_VERBS

    # ---- sense checks: return the class to use, or None for "not an event trigger here"

    def check(self, kind: str, t: Token, cls: str) -> str | None:
        if not kind:
            return cls
        return getattr(self, f"_sense_{kind}")(t, cls)

    def _sense_conflict(self, t: Token, cls: str) -> str | None:
        return None if self.sent(t).sport else cls

    def political_only(self, t: Token) -> bool:
        """A sentence about politics with no violence besides the trigger's word ("a partisan
        battle", "attacks on her campaign"): the trigger is a figure of speech."""
        s = self.sent(t)
        return not s.lemmas.isdisjoint(_POLITICS) and not s.violent_besides(t)

    def _sense_clash(self, t: Token, cls: str) -> str | None:
        if self.sent(t).sport:
            return None
        if self.political_only(t) and not {k.lemma.lower() for k in self.kids(t, "nsubj")} & _CROWDS:
            return None  # "the candidates clashed in the debate", but "rival supporters clashed"
        if any(p.lemma.lower() == "of" for p in self.kids(t, "prep")):
            return None  # "a clash of civilisations", "clash of personalities"
        return cls

    def _sense_violence(self, t: Token, cls: str) -> str | None:
        mods = self.kid_lemmas(t, "amod", "compound")
        if mods & {"gun", "domestic", "family", "online", "school", "gender", "intimate", "partner"}:
            return None
        # unlike "battle" or "attack", "violence" is almost never a figure of speech: "election
        # violence" and "political violence" are events, so the politics test does not apply
        return cls

    def _sense_blast(self, t: Token, cls: str) -> str | None:
        if self.kid_lemmas(t, "prt") or not self.sent(t).violent_besides(t):
            return None  # "blasted out an email", "blasted the decision"
        return self._sense_weapon(t, cls)

    def _sense_projectile(self, t: Token, cls: str) -> str | None:
        prev = self.tokens[t.i - 1] if t.i > self.a.sentences[t.sent].first else None
        if prev is not None and prev.text in ("-", "–"):
            return None  # "brick-and-mortar"
        if not self.sent(t).violent_besides(t):
            return None  # "long-range missile capacity", "rocket science"
        return self._sense_weapon(t, cls)

    def _sense_rape(self, t: Token, cls: str) -> str | None:
        topics = ("case", "result", "charge", "law", "culture", "allegation", "apologist")
        if t.pos in (_N, _P):
            if t.dep == "compound" or self.head(t).lemma.lower() in topics:
                return None  # "rape apologist", "rape charges"
            if t.dep == "pobj" and self.head(self.head(t)).lemma.lower() in topics:
                return None  # "in cases of rape"
        return cls

    def _sense_armed(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        return cls if s.violent_besides(t) and not s.sport and not self.political_only(t) else None

    def _sense_fight(self, t: Token, cls: str) -> str | None:
        if self.sent(t).sport or self.political_only(t):
            return None
        mods = self.kid_lemmas(t, "amod", "compound", "nmod")
        if mods & _BATTLE_NOISE:
            return None
        objs = {o.lemma.lower() for o in self.objects(t)}
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() in ("against", "for", "over", "with", "on"):
                objs |= self.kid_lemmas(prep, "pobj")
        if objs & (_ABSTRACT | _POLITICS | _CAUSES):
            return None
        head = self.head(t)
        if t.dep in ("pobj", "pcomp") and head.lemma.lower() == "of" and self.head(head).lemma.lower() in _GENERIC_HEADS:
            return None  # "a long history of fighting": no particular event
        if not self.sent(t).violent_besides(t) and any(p.lemma.lower() == "for" for p in self.kids(t, "prep")):
            return None  # "her fight for lower interest rates"
        if t.dep == "amod" or (t.dep == "compound" and self.head(t).lemma.lower() in ("spirit", "chance", "fit", "force")):
            return None
        return cls

    def _sense_attack(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if s.sport or self.political_only(t):
            return None
        if self.kid_lemmas(t, "amod", "compound", "nmod") & _ATTACK_NOISE:
            return None
        objs = {o.lemma.lower() for o in self.objects(t)}
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() in ("on", "against", "of"):
                objs |= self.kid_lemmas(prep, "pobj")
        if objs & _ARMED_TARGETS:
            return "clash"  # ACLED: an attack on soldiers, police or their posts is a battle
        if not s.violent_besides(t) and (objs & _CRITICISM_OBJECTS or not s.lemmas.isdisjoint(_SPEECH)):
            # "attacked the minister for his remarks": criticism, not violence
            if objs & _CRITICISM_OBJECTS or any(
                k.lemma.lower() in ("for", "over") for o in [t, *self.objects(t)] for k in self.kids(o, "prep")
            ):
                return None
        return cls

    def _sense_picket(self, t: Token, cls: str) -> str | None:
        return None if t.dep == "compound" or self.head(t).lemma.lower() == "fence" else cls

    def _sense_block(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.objects(t)}
        roads = {"road", "highway", "street", "route", "traffic", "junction", "roundabout", "bridge", "railway"}
        return cls if objs & roads and not self.sent(t).armed else None  # not a military roadblock

    def _sense_disperse(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.objects(t)}
        return cls if objs & (_CROWDS | {"protest", "demonstration", "rally", "march", "gathering"}) else None

    def _sense_found_dead(self, t: Token, cls: str) -> str | None:
        for k in self.kids(t, "oprd", "acomp", "xcomp", "advmod"):
            if k.lemma.lower() == "dead":
                return cls
        return None

    def _sense_body(self, t: Token, cls: str) -> str | None:
        finds = {"find", "discover", "recover", "dump", "retrieve", "exhume", "dispose", "bury"}
        head = self.head(t)
        if head.lemma.lower() in finds and t.dep in ("dobj", "nsubjpass"):
            return cls
        if self.kid_lemmas(t, "acl", "relcl") & finds:
            return cls  # "bodies dumped by the roadside"
        return None

    def _sense_beat(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if s.sport:
            return None
        if "up" in self.kid_lemmas(t, "prt") or self.to_death(t) is not None:
            return cls
        objs = self.objects(t)
        return cls if s.violent_besides(t) and self._place_or_person(objs) == "person" else None

    def to_death(self, t: Token) -> Token | None:
        """The "death" of "beaten/stabbed/hacked/burned to death", if any."""
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() == "to":
                for pobj in self.kids(prep, "pobj"):
                    if pobj.lemma.lower() == "death":
                        return pobj
        return None

    def _sense_storm(self, t: Token, cls: str) -> str | None:
        if self.kid_lemmas(t, "prt") & {"out", "off"}:
            return None
        return cls if self.kids(t, "dobj", "prep") else None

    def _sense_shoot(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if "back" in self.kid_lemmas(t, "prt", "advmod"):
            return None  # "shot back": retorted
        if "down" in self.kid_lemmas(t, "prt"):
            # "shot down a drone": the weapon noun carries the trigger when it is one
            objs = {o.lemma.lower() for o in self.objects(t)}
            if objs & _LEXICON.keys():
                return None
            return "weapons_seizure" if objs & (_WEAPON_NOUNS | {"helicopter", "plane", "aircraft", "jet", "warplane"}) else cls
        if s.sport or {o.lemma.lower() for o in self.objects(t)} & _FILM:
            return None
        if self.kid_lemmas(t, "compound", "amod") & (_FILM | {"photo", "star", "range"}):
            return None
        if t.pos == _N and self.head(t).lemma.lower() in ("range", "star", "schedule", "season"):
            return None
        return cls

    def _sense_fire(self, t: Token, cls: str) -> str | None:
        lemma_objs = {o.lemma.lower() for o in self.objects(t)}
        if t.pos == _V:
            if lemma_objs & {"rocket", "mortar", "shell", "missile", "artillery", "projectile"}:
                return "shelling"
            if any(p.lemma.lower() in ("on", "at", "upon", "into") for p in self.kids(t, "prep")):
                return cls
            if lemma_objs & {"shot", "bullet", "round", "gun", "weapon"} and self.sent(t).armed:
                return cls
            return None  # "fired tear gas" (an intervention, not an attack), "fired the minister"
        head = self.head(t)
        if head.lemma.lower() == "under":
            return cls  # "came under fire"
        if head.lemma.lower() == "of" and self.head(head).lemma.lower() == "exchange":
            return "clash"  # "an exchange of fire"
        return None  # "a fire broke out"; "opened fire" and "set fire" are phrases

    def _sense_strike(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        mods = self.kid_lemmas(t, "amod", "compound", "nmod")
        head = self.head(t)
        if t.pos == _V:
            subj = {k.lemma.lower() for k in self.kids(t, "nsubj")}
            if subj & _AIR:
                return "airstrike"
            if subj & _MISSILE:
                return "shelling"
            if subj & _ARMED:
                return "attack"
            if subj & (_LABOUR | _PERSON_NOUNS) and not self.objects(t):
                return "protest"  # "teachers will strike"
            return None  # "lightning struck", "struck a deal"
        if mods & _LABOUR or head.lemma.lower() in ("on", "go", "call", "stage", "hold", "declare"):
            return "protest"
        if mods & _MISSILE:
            return "shelling"
        if mods & _AIR or s.air:
            return "airstrike"
        if s.sport:
            return None
        return "airstrike" if s.violent and s.armed else None

    def _sense_death(self, t: Token, cls: str) -> str | None:
        subj = {k.lemma.lower() for k in self.kids(t, "nsubj")}
        for prep in self.kids(t, "prep", "agent"):
            if prep.lemma.lower() in ("in", "by", "during", "after"):
                subj |= self.kid_lemmas(prep, "pobj")
        if subj & _NATURAL_DEATH:
            return None
        if {o.lemma.lower() for o in self.objects(t)} & {"bill", "proposal", "time", "motion", "engine", "idea", "deal", "story"}:
            return None
        return cls

    def _sense_execute(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        if objs and not any(o.pos in ("NUM", "PRON") or o.ent_type == "PERSON" or o.lemma.lower() in _PERSON_NOUNS for o in objs):
            return None
        return cls if self.sent(t).violent or objs else None

    def _sense_weapon(self, t: Token, cls: str) -> str | None:
        head = self.head(t)
        if self.disrupted(t):
            return "weapons_seizure"  # "defused an IED", "a bomb was found"
        if self.kid_lemmas(t, "compound", "amod") & {"threat", "scare", "hoax", "box", "office", "photo", "sex"}:
            return None
        if t.dep == "compound" and head.lemma.lower() in ("threat", "scare", "hoax", "squad", "disposal", "shelter", "maker"):
            return None
        if self.sent(t).air and (
            (cls == "shelling" and t.lemma.lower() in ("rocket", "missile"))
            or (cls == "explosion" and t.lemma.lower() in ("bomb", "bombing") and t.pos == _V)
        ):
            return "airstrike"  # "a warplane fired rockets", "jets bombed the village"
        return cls

    def _sense_mine(self, t: Token, cls: str) -> str | None:
        mods = self.kid_lemmas(t, "amod", "compound", "nmod")
        if mods & {"gold", "coal", "copper", "diamond", "iron", "tin", "cobalt", "salt", "open-pit", "mining"}:
            return None
        if mods & {"anti", "anti-personnel", "anti-tank", "antipersonnel", "antitank", "land"}:
            return self._sense_weapon(t, cls)
        head = self.head(t).lemma.lower()
        if head in ("step", "hit", "strike", "detonate", "trigger", "plant", "lay", "clear", "defuse"):
            return self._sense_weapon(t, cls)
        return None

    def _sense_drone(self, t: Token, cls: str) -> str | None:
        if self.disrupted(t):
            return "weapons_seizure"
        if t.dep == "compound":
            return None  # "drone footage", "drone strike" (a phrase, matched before)
        return cls if self.sent(t).violent else None

    def _sense_shell(self, t: Token, cls: str) -> str | None:
        if t.pos == _V:
            return cls
        if t.text[:1].isupper() or t.dep == "compound":
            return None  # Shell the company; "shell company"
        if self.kid_lemmas(t, "amod", "compound") & {"artillery", "mortar", "tank", "howitzer", "mm"} or self.sent(t).armed:
            return self._sense_weapon(t, cls)
        return None

    def _sense_grenade(self, t: Token, cls: str) -> str | None:
        nxt = self.tokens[t.i + 1] if t.i + 1 < len(self.tokens) else None
        if nxt is not None and nxt.lemma.lower() == "launcher":
            return None  # launchers are fired in battles; ACLED codes those as clashes
        return self._sense_weapon(t, cls)

    def _sense_protest(self, t: Token, cls: str) -> str | None:
        if {o.lemma.lower() for o in self.objects(t)} & {"innocence"}:
            return None
        return cls

    def _sense_demonstrate(self, t: Token, cls: str) -> str | None:
        if t.pos in (_V, _A):
            if self.kids(t, "dobj", "ccomp", "xcomp"):
                return None  # "demonstrated its ability", "demonstrated that"
            subj = self.kids(t, "nsubj")
            if subj and self._place_or_person(subj) != "person" and not any(
                k.ent_type in ("ORG", "NORP") for k in subj
            ):
                return None  # "as previous campaigns have demonstrated"
            return cls
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() == "of" and self.kid_lemmas(prep, "pobj") & {
                "force", "strength", "power", "support", "solidarity", "product", "technology", "capability", "resolve", "unity",
            }:
                return None
        return cls

    def _sense_march(self, t: Token, cls: str) -> str | None:
        if t.text[:1].isupper() and t.i > self.a.sentences[t.sent].first:
            return None  # the month
        subj = {k.lemma.lower() for k in self.kids(t, "nsubj")}
        if subj & _ARMED or (t.pos == _N and self.sent(t).armed and not self.sent(t).lemmas & {"protest", "protester"}):
            return None  # troops marching is a movement of forces
        return cls

    def _sense_rally(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if s.lemmas & _FINANCE or s.sport:
            return None
        if t.pos == _V and (self.kids(t, "dobj") or any(p.lemma.lower() in ("behind", "around", "to") for p in self.kids(t, "prep"))):
            return None  # "rallied support", "rallied behind the leader"
        return cls

    def _sense_mob(self, t: Token, cls: str) -> str | None:
        if self.kid_lemmas(t, "amod", "compound") & {"flash"}:
            return None
        if t.dep == "compound" and self.head(t).lemma.lower() not in (
            "violence", "justice", "attack", "action", "killing", "lynching", "beating", "rule",
        ):
            return None  # "mob boss", "mob mentality"
        return cls

    def _sense_burn(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.objects(t)}
        if objs & {"calorie", "fat", "bridge", "cash", "money", "fuel", "candle", "incense", "effigy", "flag"}:
            return None if not objs & {"effigy", "flag"} else "protest"
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() == "to" and self.kid_lemmas(prep, "pobj") & {"death"}:
                return "killing"
        return cls if objs or self.sent(t).violent else None

    def _sense_hostage(self, t: Token, cls: str) -> str | None:
        return cls if self.head(t).lemma.lower() in ("take", "hold", "seize", "keep", "release", "free") or t.dep == "compound" else None

    def _sense_disappear(self, t: Token, cls: str) -> str | None:
        return cls if self.kid_lemmas(t, "amod", "compound") & {"forced", "enforced", "involuntary"} else None

    def _sense_arrest(self, t: Token, cls: str) -> str | None:
        return None if "cardiac" in self.kid_lemmas(t, "compound", "amod") else cls

    def _place_or_person(self, objs: list[Token]) -> str | None:
        for o in objs:
            lemma = o.lemma.lower()
            if o.ent_type in ("GPE", "LOC", "FAC") or lemma in _PLACE_NOUNS:
                return "place"
            if o.ent_type in ("PERSON", "NORP") or lemma in _PERSON_NOUNS or o.pos in ("NUM", "PRON"):
                return "person"
            if lemma in _WEAPON_NOUNS:
                return "weapon"
            if lemma in ("property", "land", "cattle", "livestock", "goat", "cow", "vehicle", "car", "goods", "cash", "money", "food", "aid", "house", "home"):
                return "property"
        return None if objs else "none"

    def _sense_capture(self, t: Token, cls: str) -> str | None:
        kind = self._place_or_person(self.objects(t))
        if kind == "place":
            return cls
        if kind == "weapon":
            # a weapon noun in the lexicon ("seized a bomb") carries the trigger itself
            return None if any(o.lemma.lower() in _LEXICON for o in self.objects(t)) else "weapons_seizure"
        if kind == "person":
            return "arrest" if cls == "territory_gain" else None
        if kind == "property":
            return "looting" if t.lemma.lower() == "seize" else None
        if kind == "none":
            return cls if self.sent(t).armed else None
        return None  # "captured the imagination", "regained consciousness", "seized power"

    def _sense_take(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        prts = self.kid_lemmas(t, "prt")
        if any(o.lemma.lower() == "control" for o in self.kids(t, "dobj")):
            of_objs = [p2 for p in self.kids(t, "prep") if p.lemma.lower() == "of" for p2 in self.kids(p, "pobj")]
            for ctrl in self.kids(t, "dobj"):
                for p in self.kids(ctrl, "prep"):
                    if p.lemma.lower() == "of":
                        of_objs.extend(self.kids(p, "pobj"))
            if of_objs and self._place_or_person(of_objs) not in ("place", None):
                return None
            if of_objs and any(o.lemma.lower() in _BUSINESS for o in of_objs):
                return None
            return cls if self.sent(t).armed or self._place_or_person(of_objs) == "place" else None
        if "over" in prts and self._place_or_person(objs) == "place":
            return cls
        return None

    def _sense_fall(self, t: Token, cls: str) -> str | None:
        subj = self.kids(t, "nsubj")
        if not subj or self._place_or_person(subj) != "place" or not self.sent(t).armed:
            return None
        if self.kid_lemmas(t, "attr", "oprd", "acomp", "dobj") & {"victim", "prey", "silent", "short"}:
            return None  # "fell victim to"
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() in ("to", "into"):
                pobj = self.kids(prep, "pobj")
                if pobj and all(p.pos != "NUM" for p in pobj):
                    return cls
        return None

    def _sense_push(self, t: Token, cls: str) -> str | None:
        prts = self.kid_lemmas(t, "prt", "advmod")
        if not prts & {"back", "out"}:
            return None
        objs = self.objects(t)
        if any(o.lemma.lower() in ("deadline", "date", "vote", "plan", "election", "meeting", "price", "agenda") for o in objs):
            return None
        return cls if self.sent(t).armed else None

    def _sense_withdraw(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        from_place = any(p.lemma.lower() == "from" for p in self.kids(t, "prep"))
        subj = {k.lemma.lower() for k in self.kids(t, "nsubj")}
        if (subj & _ARMED or s.armed) and (from_place or t.pos == _N) and not self.kids(t, "dobj"):
            return cls
        return None

    def _sense_agreement(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if s.lemmas & _BUSINESS:
            return None
        head = self.head(t).lemma.lower()
        if head in ("sign", "reach", "broker", "strike", "conclude", "agree", "seal", "implement", "negotiate") and s.armed:
            return cls
        return None

    def talk_failure(self, t: Token) -> Token | None:
        """The word saying that talks failed ("talks collapsed", "failing talks", "negotiation
        attempts deteriorated", "broke off talks"), near ``t`` in the parse, if any."""
        near = self.kids(t, "amod", "compound")
        node = t
        for _ in range(3):
            head = self.head(node)
            if head.i == node.i:
                break
            near.append(head)
            near.extend(self.kids(head, "xcomp"))
            node = head
        for r in near:
            if r.lemma.lower() in _TALK_FAILURE or r.lower in _TALK_FAILURE:
                return r
            if r.lemma.lower() in ("break", "call") and self.kid_lemmas(r, "prt") & {"off", "down"}:
                return r
        return None

    def _sense_talks(self, t: Token, cls: str) -> str | None:
        return cls if self.talk_failure(t) is not None else None

    def _sense_base(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.objects(t)}
        return cls if objs & _BASE_OBJECTS and self.sent(t).armed else None

    def _sense_set(self, t: Token, cls: str) -> str | None:
        return self._sense_base(t, cls) if "up" in self.kid_lemmas(t, "prt") else None

    def _sense_disrupt(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        if any(o.lemma.lower() in _WEAPON_NOUNS and o.lemma.lower() not in _LEXICON for o in objs):
            return cls
        return None  # weapon nouns in the lexicon ("bomb") carry the trigger themselves

    # ---- negation and modality

    def negated(self, t: Token) -> bool:
        node, hops = t, 0
        while True:
            for k in self.kids(node):
                lemma = k.lemma.lower()
                if k.dep == "neg" or (k.dep == "det" and lemma == "no"):
                    return True
                if k.dep in ("nsubj", "nsubjpass") and (
                    lemma in _NEGATIVE_SUBJECTS or (lemma == "one" and "no" in self.kid_lemmas(k, "det"))
                ):
                    return True
            head = self.head(node)
            if head.i == node.i or node.dep not in _NEGATION_DEPS or hops >= _MAX_HOPS:
                return False
            if node.dep == "pobj" and head.lemma.lower() == "without":
                return True
            if head.lemma.lower() in _NEGATING_GOVERNORS and node.dep in ("xcomp", "dobj"):
                return True
            node, hops = head, hops + 1

    def modality(self, t: Token) -> str:
        mods = {w for k in self.kids(t, "amod", "compound") for w in (k.lemma.lower(), k.lower)}
        if mods & _FUTURE_MODIFIERS and "well" not in {k.lemma.lower() for m in self.kids(t, "amod") for k in self.kids(m)}:
            return FUTURE
        if mods & _HYPOTHETICAL_MODIFIERS:
            return HYPOTHETICAL
        node, hops = t, 0
        while True:
            for k in self.kids(node):
                lemma = k.lemma.lower()
                if k.dep == "aux" and k.tag == "MD":
                    if lemma in _FUTURE_AUX:
                        return FUTURE
                    if lemma in _HYPOTHETICAL_AUX:
                        return HYPOTHETICAL
                if k.dep == "mark" and lemma in ("if", "unless", "whether"):
                    return HYPOTHETICAL
            head = self.head(node)
            if head.i == node.i or node.dep not in _SCOPE_DEPS or hops >= _MAX_HOPS:
                return ASSERTED
            lemma = head.lemma.lower()
            if lemma in _DENIAL:
                return DENIED
            if lemma in _HYPOTHETICAL_GOVERNORS and not (lemma == "call" and node.dep == "dobj"):
                return HYPOTHETICAL
            if lemma in _FUTURE_GOVERNORS or (lemma == "go" and head.tag == "VBG" and node.dep == "xcomp"):
                return FUTURE
            node, hops = head, hops + 1


def _match_phrase(tokens: Sequence[Token], i: int, last: int, lemmas: tuple[str, ...]) -> list[int] | None:
    """Token indices of ``lemmas`` starting at ``i`` (hyphens between words skipped), or None."""
    out: list[int] = []
    j = i
    for k, want in enumerate(lemmas):
        if k and j < last and tokens[j].text in ("-", "–"):
            j += 1
        if j >= last:
            return None
        tok = tokens[j]
        if tok.lemma.lower() != want and tok.lower != want:
            return None
        out.append(j)
        j += 1
    return out


def _overlaps(start: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in skip)


def find_triggers(analysis: Analysis, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[Trigger, ...]:
    """Event triggers in ``analysis``, in text order; triggers overlapping a ``skip`` range are dropped.

    ``skip`` takes character ranges that are not part of the story (boilerplate, teaser lines).
    """
    p = _Pass(analysis)
    tokens = analysis.tokens
    found: list[Trigger] = []
    consumed = -1  # last token index used by a phrase: its words are not triggers again
    for sentence_index, sentence in enumerate(analysis.sentences):
        for i in range(sentence.first, sentence.last):
            if i <= consumed:
                continue
            t = tokens[i]
            lemma = t.lemma.lower()
            match: list[int] | None = None
            cls: str | None = None
            head_pos = 0
            for lemmas, phrase_cls, head_pos in _PHRASES.get(lemma, _PHRASES.get(t.lower, ())):
                match = _match_phrase(tokens, i, sentence.last, lemmas)
                if match is not None:
                    cls = phrase_cls
                    break
            if match is not None and cls is not None:
                anchor = tokens[match[min(head_pos, len(match) - 1)]]
                if cls in ("ied", "grenade", "airstrike", "shelling"):
                    cls = p._sense_weapon(anchor, cls)
                elif cls == "agreement" and p.sent(anchor).lemmas & _BUSINESS:
                    cls = None
                if cls is None:
                    continue
                consumed = match[-1]
                start, end = tokens[match[0]].start, tokens[match[-1]].end
            else:
                entry = _LEXICON.get(lemma) or _LEXICON.get(t.lower)
                if entry is None or t.pos not in entry[1]:
                    continue
                if t.ent_type in _SKIP_ENTITIES and t.text[:1].isupper() and i > sentence.first:
                    continue
                if t.dep == "compound" and t.pos in _NOUNS and tokens[t.head].lemma.lower() in _MODIFIED_NOISE:
                    continue
                cls = p.check(entry[2], t, entry[0])
                if cls is None:
                    continue
                anchor, start, end = t, t.start, t.end
                if cls == "negotiation_failure":
                    # the failure word decides negation and modality ("if talks fail")
                    failure = p.talk_failure(t)
                    if failure is not None:
                        anchor = failure
                        if failure.i == t.head or failure.head == t.i:  # "talks collapsed", "failed talks"
                            start, end = min(start, failure.start), max(end, failure.end)
                        else:
                            start, end = failure.start, failure.end
                # "shot dead", "beaten to death": widen the span to the whole phrase
                for k in p.kids(t, "acomp", "prt", "oprd", "advmod"):
                    if k.i == t.i + 1 and k.lemma.lower() in ("dead", "down", "up", "out", "back", "over"):
                        end = max(end, k.end)
                        if k.lemma.lower() == "dead":
                            cls = "killing"
                death = p.to_death(t) if cls in ("attack", "arson", "killing", "mob") else None
                if death is not None:
                    cls, end = "killing", max(end, death.end)
            if _overlaps(start, end, skip):
                continue
            found.append(
                Trigger(
                    start=start,
                    end=end,
                    text=analysis.text[start:end],
                    token=anchor.i,
                    sentence=sentence_index,
                    cls=cls,
                    negated=p.negated(anchor),
                    modality=p.modality(anchor),
                )
            )
    return tuple(found)


CLASSES: Final[tuple[str, ...]] = (
    "clash", "attack", "killing", "violence", "explosion", "airstrike", "shelling", "suicide_bomb",
    "grenade", "ied", "protest", "riot", "mob", "arson", "abduction", "sexual_violence", "arrest",
    "looting", "territory_gain", "territory_loss", "agreement", "negotiation_failure", "base",
    "weapons_seizure", "group_change", "injury",
)  # fmt: skip

__all__ = ["ASSERTED", "CLASSES", "DENIED", "FUTURE", "HYPOTHETICAL", "Trigger", "find_triggers"]
