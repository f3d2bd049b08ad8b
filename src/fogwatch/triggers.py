"""Event-trigger words ("clashes", "shot dead", "air strike", "took control of") and their class.

``find_triggers`` walks the tokens of an ``Analysis`` once. A token whose lemma is in the lexicon
(``data/triggers.toml``, read once) or that starts a multi-word trigger ("suicide bomber", "peace
deal") becomes a candidate; only candidates pay for the checks that follow, local to the token's
sentence (a report's domain, sport or business, is computed once and only when asked):

* sense: "fighting corruption", "heart attack", "shoot a film", "prices rallied", "March 3",
  a sports report's "attack", a labour "strike" vs an air "strike", "capture" of a town (territory)
  vs of a person (arrest) vs of attention (nothing), a business report's "price war";
* headline grammar: verbs the parser tags as nouns ("Residents lynch robber", "MRC kidnaps IEBC
  official") and "to death" phrases whose parse is lost ("Youth stone suspected thief to death");
* negation: "no clashes", "did not attack", "no one was killed", "failed to capture", "foiled";
* modality: "denied carrying out the attack" (denied), "threatened to attack", "could attack",
  "if talks fail" (hypothetical), "plans to", "will protest", "planned protest" (future); an
  attempt at violence is an act ("tried to lynch"), and a phrase of time presupposes its event
  ("feared dead after an attack").

Weak words (tear gas, gunshots, deaths, a sighting) are triggers only where nothing stronger in
their sentence reports the event.

Classes (``Trigger.cls``) are coarse and say what happened, not the ACLED sub-event type (which
``fogwatch.event_types.type_event`` decides from the class and the sentence):

clash, attack, killing, violence, explosion, airstrike, shelling, suicide_bomb, grenade, ied,
protest, riot, mob, arson, abduction, sexual_violence, arrest, looting, territory_gain (an actor takes
a place: captured, took control of, overran, fell to), territory_loss (an actor is driven from a
place or leaves it: recaptured, regained, pushed back, withdrew from), agreement,
negotiation_failure, base, weapons_seizure (seized, defused or intercepted weapons), group_change.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Final

from .errors import DataFileError
from .nlp import Analysis, Sentence, Token


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
_NOUNS = frozenset({_N, _P})

LEXICON_PATH: Final = Path(__file__).parent / "data" / "triggers.toml"
_POS_NAMES: Final = MappingProxyType({"noun": _N, "propn": _P, "verb": _V, "adj": _A})

# One-word triggers: lemma -> (class, parts of speech, sense check or "").
Lexicon = Mapping[str, tuple[str, frozenset[str], str]]
# Multi-word triggers by first lemma: (lemmas, class, index of the head word).
Phrases = Mapping[str, tuple[tuple[tuple[str, ...], str, int], ...]]


@functools.cache
def load_lexicon(path: Path = LEXICON_PATH) -> tuple[Lexicon, Phrases]:
    """The trigger lexicon of ``data/triggers.toml`` (read once per path)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DataFileError(f"cannot read the trigger lexicon {path}: {exc}; reinstall fogwatch") from exc
    words: dict[str, tuple[str, frozenset[str], str]] = {}
    for lemma, entry in data.get("words", {}).items():
        try:
            pos = frozenset(_POS_NAMES[name] for name in entry["pos"].split())
            words[lemma] = (entry["class"], pos, entry.get("sense", ""))
        except KeyError as exc:
            raise DataFileError(f"{path}: trigger {lemma!r} lacks or misnames {exc} (class, pos: noun propn verb adj)") from exc
    phrases: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for entry in data.get("phrases", []):
        lemmas = tuple(entry["words"].split())
        if entry["head"] not in lemmas:
            raise DataFileError(f"{path}: phrase {entry['words']!r} has head {entry['head']!r}, not one of its words")
        phrases.setdefault(lemmas[0], []).append((lemmas, entry["class"], lemmas.index(entry["head"])))
    return MappingProxyType(words), MappingProxyType({k: tuple(v) for k, v in phrases.items()})


_LEXICON, _PHRASES = load_lexicon()


# Verbs the small model tags as nouns in headline grammar ("Residents lynch robber", "Gunmen shoot
# KDF soldier"); read as verbs when no determiner precedes them and an object follows.
_VERB_ONLY: Final = frozenset(
    """lynch kidnap abduct behead decapitate assassinate injure slay ransack vandalise vandalize raze
    pelt molest defile detain apprehend disperse demonstrate hijack torch shoot stab hack spear stone
    kill attack murder massacre raid ambush loot burn rape rob storm""".split()
)

# Agent nouns the model sometimes tags as verbs ("NASA protesters light fires" -> VERB).
_ANY_POS: Final = frozenset("protester protestor demonstrator rioter".split())


# --------------------------------------------------------------------------- sense vocabularies

_ARMED = frozenset(
    "troop soldier army military militant rebel insurgent fighter militia gunman gunmen police "
    "policeman officer force jihadist terrorist bandit gang combatant guerrilla security taliban "
    "shabaab isis al-shabaab commander battalion brigade unit regiment marine commando paramilitary "
    "mujahideen nrf resistance attacker assailant raider warlord army's armed".split()
)
_VIOLENT = frozenset(
    "kill killed wound injure injured injury dead death casualty weapon gun rifle bomb attack clash fighting "
    "shoot shot fire gunfire shelling airstrike explosion blast hostage civilian victim bullet "
    "ammunition artillery mortar rocket missile".split()
)
_SPORT = frozenset(
    "match game goal league cup tournament championship season striker midfielder defender coach "
    "score team club player football soccer cricket rugby basketball tennis innings wicket penalty "
    "final semi-final quarter-final fixture halftime half-time olympic medal".split()
)
_POLITICS = frozenset(
    "campaign election candidate voter vote poll senator congressman congresswoman congress "
    "republican democrat democratic gop lobbying lobby legislation bill primary nomination nominee "
    "debate caucus presidential lawmaker legislator policy twitter tweet media pundit ad democrats republicans "
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
    "legislative congressional internal messaging public-relations floor turf bureaucratic policy "
    "land leadership ownership succession boundary power".split()
)
_ATTACK_NOISE = frozenset(
    "heart panic asthma anxiety cyber cyber-attack ransomware hacker verbal personal rhetorical "
    "scathing blistering stinging malware phishing partisan political negative ad hominem campaign "
    "twitter media".split()
)
_CROWDS = frozenset(
    "supporter youth resident villager student crowd mob faction group rival member trader worker "
    "demonstrator protester community clan tribe local voter".split()
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
    "village town's ridge mountain pass height heights junction district's oblast governorate mosque church "
    "school office farm estate building premises".split()
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
    "student trader driver employee staff".split()
)
_AIR = frozenset("air drone aerial airstrike jet warplane aircraft helicopter plane bomber".split())
_MISSILE = frozenset("missile rocket artillery".split())
_FINANCE = frozenset(
    "market stock share price index dollar currency investor oil gold bond equity rupee euro "
    "shilling naira trading".split()
)
_DISRUPT_VERBS = frozenset(
    "seize confiscate recover impound intercept defuse deactivate dismantle neutralise neutralize "
    "discover find uncover destroy shoot spot detect locate dismantle".split()
)
_BUSINESS = frozenset(
    "company firm contract trade investment loan billion million bank merger acquisition "
    "sponsorship broadcast licence license supplier customer".split()
)
# words of market and company news: four in one report make it business news
_MARKETS = _FINANCE | _BUSINESS | frozenset(
    "payment fee startup start-up shareholder revenue profit customer app price competitor rival lender".split()
)
# words that only describe real violence (unlike "attack", "battle" or "fire")
_LITERAL_VIOLENCE = frozenset(
    "dead death casualty casualties wounded injured injure wound gun rifle weapon bullet ammunition gunfire "
    "civilian victim hostage artillery mortar rocket missile gunman gunmen militant explosive".split()
)
# classes whose words double as figures of speech in sport and business reports
_FIGURATIVE_CLASSES = frozenset(
    "clash attack killing explosion shelling airstrike ied grenade looting violence".split()
)
_TALK_FAILURE = frozenset(
    "fail collapse stall deteriorate falter founder break suspend end abandon failed failing "
    "deadlock stalemate".split()
)
_BASE_OBJECTS = frozenset("base headquarters hq camp outpost garrison post".split())
# things whose blocking is a protest ("blocked the highway", "blocked access to the church")
_BLOCKABLE = frozenset(
    "road highway street route traffic junction roundabout bridge railway access entrance gate park "
    "market office assembly entry path".split()
)
_INANIMATE_DISPERSED = frozenset("fund money cash payment aid seed smoke cloud fog heat light loan grant resource".split())
# property whose destruction ACLED codes ("destroyed a communication mast", "demolished stalls")
_PROPERTY = frozenset(
    """house home hut shop stall kiosk market building office mast tower pylon station school church
    mosque vehicle car truck lorry bus matatu motorcycle property crop farm billboard poster box
    ballot infrastructure bridge pipeline gate window pane equipment plantation granary shelter
    structure facility premises hospital clinic business village homestead store warehouse factory
    villa residence dwelling camp field""".split()
)
# causes that make a death violent ("died of gunshot wounds")
_VIOLENT_CAUSES = frozenset("wound injury gunshot bullet stab burn torture beating".split())
# words that put a death in a conflict ("died in clan clashes", "land dispute", "tribal conflict")
_CONFLICT_WORDS = frozenset(
    "clash conflict fighting raid raider dispute rustling rustler violence war warring feud tension revenge "
    "mob lynch attacker bandit militia protest riot vigilante hands".split()
)
_COMMUNAL = frozenset(
    "ethnic tribal inter tribal clan communal intercommunal interethnic intertribal intercommunal inter-clan "
    "armed border land resource pastoral pastoralist herder violent deadly bloody".split()
)
# people who attack physically when the sentence is about politics ("attacked by political goons")
_ASSAILANTS = frozenset(
    "youth voter protester mob camp faction activist goon thug gang hooligan assailant attacker unknown "
    "vigilante militia raider bandit gunman".split()
)
_BLUNT = frozenset(
    "stick rod stone rock bottle club baton panga machete microphone chair object bar hammer axe knife "
    "whip butt arrow spear brick pipe cane".split()
)
_DISPUTE_WORDS = frozenset("dispute disputed border territory island peace conflict security ceasefire truce".split())
_AGREEING = frozenset(
    "sign reach broker agree declare announce implement seal accept conclude negotiate observe respect "
    "extend renew call".split()
)
_EXECUTED_THINGS = frozenset(
    """plan order strategy contract warrant deal project programme program policy transaction trade
    search operation move task mission duty will agreement payment command instruction function code
    script query drill manoeuvre maneuver swap turn play pass""".split()
)
# goods whose seizure is looting ("seized mobile phones and other valuables")
_SEIZABLE = frozenset(
    """property land cattle livestock goat cow vehicle car goods cash money food aid house home phone
    valuables belongings item truck motorcycle""".split()
)
_NOT_DEMONSTRATORS = frozenset("study result data campaign test trial experiment figure number".split())
_GENERIC_PRONOUNS = frozenset("someone anyone everyone nobody somebody anybody who whom that".split())
_DISRUPTABLE = frozenset(
    """training session meeting voting vote election exercise funeral poll polling tallying counting
    registration nomination ceremony primary campaign class lecture examination exam service""".split()
)
_DEMAND_VERBS = frozenset(
    "protest demand demonstrate petition chant picket oppose agitate complain condemn denounce ask call urge".split()
)

# modality vocabularies: a governor word whose complement holds the trigger
_DENIAL = frozenset("deny denial reject dismiss refute disown".split())
# "tried to attack" and "attempted to abduct" are not here: an attempt is an act, and ACLED codes
# attempted attacks, abductions and lynchings as events (with no fatalities).
_HYPOTHETICAL_GOVERNORS = frozenset(
    "threaten threat warn warning fear risk possibility seek want consider demand bid effort hope "
    "call urge ask order rumour rumor prospect danger potential".split()
)
_ATTEMPT_GOVERNORS = frozenset("try attempt".split())  # hypothetical unless ``real_attempt``
_ATTEMPTABLE = frozenset(
    """attack killing clash abduction mob riot arson explosion ied grenade sexual_violence shelling
    airstrike suicide_bomb protest looting""".split()
)
# A phrase of time presupposes its event: "feared dead after an attack", "demanded money before
# shooting him": the governor's modality does not reach through it.
_PRESUPPOSING_PREPS = frozenset("after following follow during amid amidst since before despite".split())
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

    __slots__ = ("lemmas", "_armed", "_violent", "_sport", "_air", "_tokens", "_title")

    def __init__(self, tokens: Sequence[Token]):
        self._tokens = tokens
        self._title: bool | None = None
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
    def title_case(self) -> bool:
        """A headline in Title Case ("Students Protest Over Death of Colleague"): capitals there
        do not mark names."""
        if self._title is None:
            words = [t.text for t in self._tokens if t.text.isalpha() and len(t.text) > 3]
            self._title = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        return self._title

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
        self._domain: str | None = None

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

    def args(self, token: Token) -> list[Token]:
        """What a verb acts on: its objects, else those of a coordinated verb ("beat and kicked a
        journalist"), else the nouns right after it, where the parse lost them ("burn a truck
        carrying meat", "blocked the highway placing a coffin")."""
        objs = self.objects(token)
        if objs:
            return objs
        for other in self.kids(token, "conj"):
            objs = self.objects(other)
            if objs:
                return objs
        if token.dep == "conj":
            objs = self.kids(self.head(token), "dobj")
            if objs:
                return objs
        out: list[Token] = []
        last = self.a.sentences[token.sent].last
        for j in range(token.i + 1, min(token.i + 6, last)):
            w = self.tokens[j]
            if w.pos in (_N, _P):
                out.append(w)
            elif w.pos not in ("DET", "ADJ", "NUM", "PUNCT") or w.text in (",", ".", ";"):
                break
        return out

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

    def lexical(self, t: Token, sentence: Sentence) -> str | None:
        """The class of a one-word trigger at ``t``, or None."""
        entry = None
        for lemma in (t.lemma.lower(), t.lower, _stem(t.lower)):
            entry = _LEXICON.get(lemma)
            if entry is not None and (t.pos in entry[1] or lemma in _ANY_POS):
                break
            if entry is not None and lemma in _VERB_ONLY and self.misread_verb(t, sentence):
                break
            entry = None
        if entry is None:
            return None
        if t.ent_type in _SKIP_ENTITIES and t.text[:1].isupper() and t.i > sentence.first and not (
            self.sent(t).title_case and self.ends_entity(t)
        ):
            return None
        if t.dep == "compound" and t.pos in _NOUNS and self.tokens[t.head].lemma.lower() in _MODIFIED_NOISE:
            return None
        return self.check(entry[2], t, entry[0])

    def ends_entity(self, t: Token) -> bool:
        """Is ``t`` the last word of a longer entity: a headline verb swallowed into the name before
        it ("Ramogi Students Protest", tagged ORG)?"""
        for ent in self.a.entities:
            if ent.start <= t.start and t.end <= ent.end:
                return ent.end == t.end and ent.start < t.start
        return False

    def misread_verb(self, t: Token, sentence: Sentence) -> bool:
        """Is this noun-tagged verb a headline's verb ("Residents lynch robber", "MRC kidnaps IEBC
        official")? Not after a determiner ("a torch"), and followed by its object."""
        if t.pos not in (_N, _P) or t.ent_type in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"):
            return False
        if t.i > sentence.first and self.tokens[t.i - 1].pos in ("DET", "ADJ", "NUM") and \
                self.tokens[t.i - 1].lower not in ("and",):
            return False
        if t.i == sentence.first or t.i + 1 >= sentence.last:
            return False  # a headline's verb has its subject before it
        nxt = self.tokens[t.i + 1]
        if nxt.lower in ("himself", "herself", "itself", "themselves", "myself"):
            return False  # "Lynch herself": a name
        return nxt.pos in ("DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON") or nxt.lower in ("and",)

    # ---- sense checks: return the class to use, or None for "not an event trigger here"

    def check(self, kind: str, t: Token, cls: str) -> str | None:
        found = getattr(self, f"_sense_{kind}")(t, cls) if kind else cls
        if found in _FIGURATIVE_CLASSES and self.figurative(t):
            return None
        return found

    @property
    def domain(self) -> str | None:
        """"sport" or "business" when the whole report is about one (computed once, on demand)."""
        if self._domain is None:
            lemmas = {t.lemma.lower() for t in self.tokens}
            if len(lemmas & _SPORT) >= 3:
                self._domain = "sport"
            elif len(lemmas & _MARKETS) >= 4:
                self._domain = "business"
            else:
                self._domain = ""
        return self._domain or None

    def figurative(self, t: Token) -> bool:
        """In a sports or business report, war words without armed actors or other violence in
        their sentence are figures of speech ("a derby battle", "a price war killed off three
        start-ups", "investors raiding the sector"); particles say so in any report ("shares shot
        up", "killed off", "bombing out of banks")."""
        lemma = t.lemma.lower()
        prts = self.kid_lemmas(t, "prt")
        if lemma in ("kill", "shoot", "bomb", "blast") and prts & {"off", "up", "out"} and not any(
            self._place_or_person([o]) == "person" for o in self.objects(t)
        ):
            return True
        if self.domain is None:
            return False
        s = self.sent(t)
        # war words lend each other no weight here ("the battle ... its attack on fees")
        return not s.armed and s.lemmas.isdisjoint(_LITERAL_VIOLENCE) and not self.crowd_sides(t)

    def _sense_conflict(self, t: Token, cls: str) -> str | None:
        return None if self.sent(t).sport else cls

    def crowd_sides(self, t: Token) -> bool:
        """Are the sides of ``t`` crowds ("rival supporters clashed", "clashes between supporters",
        "youths attacked officials", "was attacked by voters")? Then a political sentence's clash or
        attack is physical, not a debate."""
        sides = self.kid_lemmas(t, "nsubj")
        if t.dep == "conj" and not sides:
            sides = self.kid_lemmas(self.head(t), "nsubj")  # "disrupted ... and attacked the journalists"
        if t.dep in ("pobj", "dobj"):
            verb = self.head(self.head(t)) if t.dep == "pobj" else self.head(t)
            sides |= self.kid_lemmas(verb, "nsubj")  # "supporters engaged in a street fight"
        for prep in self.kids(t, "prep", "agent"):
            if prep.lemma.lower() in ("between", "among", "with", "by", "of"):
                pobjs = self.kids(prep, "pobj")
                sides |= {o.lemma.lower() for o in pobjs}
                for o in pobjs:
                    sides |= self.kid_lemmas(o, "conj")
        if t.dep == "compound" or t.pos in (_N, _P) and self.misread_verb(t, self.a.sentences[t.sent]):
            first = self.a.sentences[t.sent].first
            sides |= {w.lemma.lower() for w in self.tokens[max(first, t.i - 6) : t.i]}
        return not sides.isdisjoint(_CROWDS | _ASSAILANTS)

    def political_only(self, t: Token) -> bool:
        """A sentence about politics with no violence besides the trigger's word ("a partisan
        battle", "attacks on her campaign"): the trigger is a figure of speech."""
        s = self.sent(t)
        return not s.lemmas.isdisjoint(_POLITICS) and not s.violent_besides(t)

    def _sense_clash(self, t: Token, cls: str) -> str | None:
        if self.sent(t).sport:
            return None
        if self.political_only(t) and not self.crowd_sides(t):
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
        if s.sport:
            return None
        if t.lemma.lower() == "assault" and t.pos == _V and self._place_or_person(self.args(t)) == "person":
            return cls  # "charged with assaulting a fellow student": physical, whatever the topic
        if self.political_only(t) and not self.crowd_sides(t):
            return None
        if self.kid_lemmas(t, "amod", "compound", "nmod") & _ATTACK_NOISE:
            return None
        objs = {o.lemma.lower() for o in self.objects(t)}
        for prep in self.kids(t, "prep"):
            if prep.lemma.lower() in ("on", "against", "of"):
                objs |= self.kid_lemmas(prep, "pobj")
        if objs & _ARMED_TARGETS:
            return "clash"  # ACLED: an attack on soldiers, police or their posts is a battle
        if not s.violent_besides(t) and not self.crowd_sides(t) and (
            objs & _CRITICISM_OBJECTS or not s.lemmas.isdisjoint(_SPEECH)
        ):
            # "attacked the minister for his remarks": criticism, not violence
            if objs & _CRITICISM_OBJECTS or any(
                k.lemma.lower() in ("for", "over") for o in [t, *self.objects(t)] for k in self.kids(o, "prep")
            ):
                return None
        return cls

    def _sense_picket(self, t: Token, cls: str) -> str | None:
        return None if t.dep == "compound" or self.head(t).lemma.lower() == "fence" else cls

    def _sense_block(self, t: Token, cls: str) -> str | None:
        if self.kid_lemmas(t, "nsubj") & _ARMED or self.political_only(t) and not self.crowd_sides(t):
            return None  # a military roadblock; "blocked the bill"
        objs = self.args(t)
        if {o.lemma.lower() for o in objs} & _BLOCKABLE:
            return cls
        if t.pos == _N and self.sent(t).lemmas & _BLOCKABLE:
            return cls  # "barricades on the main road"
        # "residents blocked the MCAs from entering": a crowd keeping people out
        if self.kid_lemmas(t, "nsubj") & _CROWDS and any(p.lemma.lower() == "from" for p in self.kids(t, "prep")):
            return cls
        return None

    def _sense_disperse(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        lemmas = {o.lemma.lower() for o in objs}
        if lemmas & (_CROWDS | {"protest", "demonstration", "rally", "march", "gathering"}):
            return cls
        # "dispersed hundreds of supporters", "dispersed angry voters": people, not funds or fog
        if objs and not lemmas & _INANIMATE_DISPERSED and (self.sent(t).armed or self._place_or_person(objs) == "person"
                                                            or any(o.tag == "NNS" for o in objs)):
            return cls
        return None

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
        if self.kids(t, "nsubjpass") and self._place_or_person(self.kids(t, "nsubjpass")) == "person" and (
            any(p.lemma.lower() in ("with", "by") for p in self.kids(t, "prep", "agent"))
        ):
            return cls  # "was beaten with wooden rods by four goons"
        objs = self.args(t)
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
            if lemma_objs & {"gas", "teargas", "canister", "cannister"}:
                return None  # tear gas fired at a crowd: the "tear gas" trigger says so
            if any(p.lemma.lower() in ("on", "at", "upon", "into") and not any(
                o.ent_type in ("DATE", "TIME") for o in self.kids(p, "pobj")
            ) for p in self.kids(t, "prep")):
                return cls  # "fired on the crowd"; not "fired on Monday"
            if lemma_objs & {"shot", "bullet", "round", "gun", "weapon"} and self.sent(t).armed:
                return cls
            return None  # "fired tear gas" (an intervention, not an attack), "fired the minister"
        head = self.head(t)
        if head.lemma.lower() in ("under", "open"):
            return cls  # "came under fire", "opened small arms fire on"
        if head.lemma.lower() == "of" and self.head(head).lemma.lower() in ("burst", "round", "volley", "shot"):
            return "clash"  # "six bursts of fire"
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
        if {o.lemma.lower() for o in objs} & _EXECUTED_THINGS:
            return None  # "executed the plan", "executed a search warrant"
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
            if self.kid_lemmas(t, "prep") & {"against", "outside", "over"} and not self.kids(t, "ccomp"):
                return cls  # "demonstrated against the demolition", whatever the parser hung on it
            subj = self.kids(t, "nsubj")
            if self.kids(t, "xcomp") and not self.kids(t, "dobj", "ccomp") and subj and (
                self._place_or_person(subj) == "person" or any(k.tag == "NNS" and k.lemma.lower() not in _NOT_DEMONSTRATORS for k in subj)
            ):
                return cls  # "sex workers demonstrate to promote awareness"
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
        objs = {o.lemma.lower() for o in self.args(t)}
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
            if lemma in _SEIZABLE:
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
        head_token = self.head(t)
        head = head_token.lemma.lower()
        if head in ("sign", "reach", "broker", "strike", "conclude", "agree", "seal", "implement", "negotiate"):
            if s.armed:
                return cls
            # states settling a dispute between them ("the governments of Kenya and Uganda signed")
            signers = self.kids(head_token, "nsubj")
            if any(k.lemma.lower() in ("government", "country", "state", "nation") or k.ent_type in ("GPE", "NORP")
                   for k in signers) and not s.lemmas.isdisjoint(_DISPUTE_WORDS):
                return cls  # about their dispute, not trade
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

    def _sense_truce(self, t: Token, cls: str) -> str | None:
        """A truce agreed, declared or in force ("signed a ceasefire", "a truce took effect", "the
        ceasefire held"), not one hoped for or judged ("a ceasefire on paper is not enough")."""
        head = self.head(t)
        lemma = head.lemma.lower()
        if t.dep in ("dobj", "nsubjpass", "pobj", "conj", "appos") and lemma in _AGREEING:
            return cls
        if t.dep == "nsubj" and lemma in ("take", "come", "hold", "begin", "start", "enter", "collapse", "break"):
            return cls
        if t.dep == "pobj" and self.head(head).lemma.lower() in _AGREEING:
            return cls  # "agreed to a ceasefire", "signed on to a truce"
        if t.dep == "compound" and head.lemma.lower() in ("agreement", "deal", "accord", "declaration"):
            return None  # the head noun carries the trigger
        if t.dep == "ROOT" or t.dep == "nsubjpass" and lemma in ("announce", "declare", "sign", "agree"):
            return cls  # a headline: "Ceasefire in Galgaduud"
        return None

    def _sense_talks(self, t: Token, cls: str) -> str | None:
        return cls if self.talk_failure(t) is not None else None

    def _sense_base(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.objects(t)}
        return cls if objs & _BASE_OBJECTS and self.sent(t).armed else None

    def _sense_set(self, t: Token, cls: str) -> str | None:
        kids = self.kid_lemmas(t, "oprd", "acomp", "advmod", "xcomp", "prt", "dobj", "ccomp", "amod")
        if kids & {"ablaze", "alight", "afire"} or any(
            p.lemma.lower() == "on" and self.kid_lemmas(p, "pobj") & {"fire"} for p in self.kids(t, "prep")
        ):
            return "arson"  # "set a suspected thief alight", "set the houses on fire"
        return self._sense_base(t, cls) if "up" in self.kid_lemmas(t, "prt") else None

    def _sense_disrupt(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        if any(o.lemma.lower() in _WEAPON_NOUNS and o.lemma.lower() not in _LEXICON for o in objs):
            return cls
        return None  # weapon nouns in the lexicon ("bomb") carry the trigger themselves

    # ---- senses of the words coders' summaries and local reports use

    def _natural_death(self, t: Token) -> bool:
        """"died of cancer", "died in a road accident", "five died when the bus overturned"."""
        near = [t, *self.kids(t, "conj")]
        for node in near:
            for prep in self.kids(node, "prep", "agent"):
                objs = self.kid_lemmas(prep, "pobj")
                if objs & _NATURAL_DEATH or prep.lemma.lower() in ("of", "from") and not objs & _VIOLENT_CAUSES:
                    return True
            if self.kid_lemmas(node, "nsubj", "advcl") & (_NATURAL_DEATH | {"collapse", "overturn", "collide", "capsize"}):
                return True
        return False

    def _sense_die(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if self._natural_death(t) or s.sport:
            return None
        subj = self.kids(t, "nsubj")
        if t.dep in ("conj", "xcomp") and not subj:
            subj = self.kids(self.head(t), "nsubj", "nsubjpass")
        # the dead named as people or counted ("four people died", "another person dies"); not "who
        # died" or "someone dies" (a relative or generic clause: who is not said here)
        if not any(k.pos in ("NUM", "NOUN", "PROPN") and k.tag not in ("WP", "WDT") for k in subj) or any(
            k.lower in _GENERIC_PRONOUNS for k in subj
        ):
            return None
        # a death is news of violence only where the sentence says so ("died in clashes", "were shot")
        return cls if s.violent_besides(t) or not s.lemmas.isdisjoint(_CONFLICT_WORDS) else None

    def _sense_dead(self, t: Token, cls: str) -> str | None:
        """"Two are dead", "left three dead", "are feared dead": not "a dead end", "dead heat"."""
        if t.dep not in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "attr"):
            return None
        gov = self.head(t)
        if gov.lemma.lower() not in ("be", "leave", "fear", "report", "confirm", "remain", "lie", "believe", "presume"):
            return None  # "found dead", "shot dead" are triggers of their own; "lost 6,000 dead" is a tally
        subj = self.kids(gov, "nsubj", "nsubjpass", "dobj")
        if not subj or self._natural_death(gov):
            return None
        if any(k.pos == "NUM" or k.lemma.lower() in _PERSON_NOUNS or k.ent_type == "PERSON" for k in subj):
            return cls if self.sent(t).violent_besides(t) or any(k.pos == "NUM" for k in subj) else None
        return None

    def _sense_deaths(self, t: Token, cls: str) -> str | None:
        """"two deaths reported", "caused six deaths", "Fatalities during the raid": a toll, not a
        death recalled ("protested the death of", "following the death of")."""
        if self.kid_lemmas(t, "amod", "compound") & {"natural", "road", "maternal", "infant", "accidental", "penalty"}:
            return None
        counted = any(k.pos == "NUM" or k.lemma.lower() in ("several", "many", "multiple", "numerous")
                      for k in self.kids(t, "nummod", "amod"))
        if not counted and (t.lower.startswith("death") or t.text[:1].isupper() and t.i > self.a.sentences[t.sent].first):
            return None  # "the death of", "Deaths" (a newspaper section)
        head = self.head(t)
        if t.dep == "pobj" and head.lemma.lower() in ("after", "following", "over", "against", "for", "since", "before"):
            return None
        if self._natural_death(t) or any(
            p.lemma.lower() in ("from", "of", "in", "due") and self.kid_lemmas(p, "pobj") & _NATURAL_DEATH
            for p in self.kids(t, "prep")
        ):
            return None
        return cls

    def _sense_stone(self, t: Token, cls: str) -> str | None:
        if t.pos in (_N, _P):
            head = self.head(t)
            # "threw stones at police", "pelted with rocks", "armed with stones"
            if head.lemma.lower() in ("throw", "hurl", "pelt", "fling", "hurled", "use", "with"):
                return "riot"
            return None
        return cls if self.objects(t) or self.to_death(t) is not None else None

    def _sense_person_object(self, t: Token, cls: str) -> str | None:
        if self.sent(t).sport:
            return None
        objs = self.args(t) or self.kids(t, "nsubjpass")
        return cls if self._place_or_person(objs) == "person" else None

    def _sense_rough_up(self, t: Token, cls: str) -> str | None:
        return cls if "up" in self.kid_lemmas(t, "prt", "advmod") and not self.sent(t).sport else None

    def _sense_acid(self, t: Token, cls: str) -> str | None:
        head = self.head(t)
        return cls if head.lemma.lower() in ("pour", "throw", "splash", "douse", "spray", "attack", "with") else None

    def _sense_spray(self, t: Token, cls: str) -> str | None:
        return cls if self.sent(t).lemmas & {"bullet", "bullets", "acid", "gunfire", "teargas"} else None

    def _sense_invade(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        if s.sport or self.political_only(t):
            return None
        subj = self.kid_lemmas(t, "nsubj") | {k.lemma.lower() for p in self.kids(t, "agent") for k in self.kids(p, "pobj")}
        if subj & (_ARMED | _CROWDS) or s.armed:
            return cls
        return None

    def _sense_gunshot(self, t: Token, cls: str) -> str | None:
        """Gunshots heard or fired at someone; not shots fired in the air to disperse a crowd."""
        head = self.head(t)
        if any(p.lemma.lower() == "in" and self.kid_lemmas(p, "pobj") & {"air"} for p in self.kids(head, "prep")):
            return None
        if self.kid_lemmas(t, "amod", "compound") & {"warning"}:
            return None
        return cls

    def _sense_rustling(self, t: Token, cls: str) -> str | None:
        return cls if self.kid_lemmas(t, "compound", "amod") & {"cattle", "livestock", "goat", "camel", "stock"} or (
            self.sent(t).violent_besides(t)) else None

    def _sense_engage(self, t: Token, cls: str) -> str | None:
        """"the army engaged the militants", "engaged police in running battles"; not "engaged in
        talks" or "engaged voters"."""
        objs = self.kids(t, "dobj")
        if not objs or not self.sent(t).armed:
            return None
        if any(o.lemma.lower() in _ARMED or o.lemma.lower() in _CROWDS | {"protester", "demonstrator", "rioter"}
               for o in objs):
            if any(p.lemma.lower() == "in" and self.kid_lemmas(p, "pobj") & {"talk", "dialogue", "negotiation", "discussion"}
                   for p in self.kids(t, "prep")):
                return None
            return cls
        return None

    def _sense_communal(self, t: Token, cls: str) -> str | None:
        """"inter-tribal conflict", "clan conflict": fighting; "conflict of interest" is not."""
        mods = self.kid_lemmas(t, "amod", "compound", "nmod")
        words = {w for m in mods for w in m.replace("-", " ").split()}
        return cls if words & _COMMUNAL else None

    def _sense_chase(self, t: Token, cls: str) -> str | None:
        if self.political_only(t) and not self.crowd_sides(t) or self.sent(t).sport:
            return None
        objs = self.args(t) or self.kids(t, "nsubjpass")
        away = self.kid_lemmas(t, "prt", "advmod") & {"away", "out", "off"} or any(
            p.lemma.lower() in ("from", "out", "off") for p in self.kids(t, "prep"))
        return cls if away and self._place_or_person(objs) in ("person", None) and objs else None

    def _sense_disrupt_crowd(self, t: Token, cls: str) -> str | None:
        """A crowd breaking up an election exercise or meeting ("youths disrupted the voting")."""
        subj = self.kid_lemmas(t, "nsubj") | {k.lemma.lower() for p in self.kids(t, "agent") for k in self.kids(p, "pobj")}
        objs = {o.lemma.lower() for o in self.objects(t) or self.kids(t, "nsubjpass")}
        objs |= {c.lemma.lower() for o in self.objects(t) for c in self.kids(o, "compound", "amod")}
        if not objs & _DISRUPTABLE:
            return None
        return cls if subj & (_CROWDS | {"youth", "mob", "protester", "rioter", "voter"}) or self.sent(t).violent_besides(t) else None

    def _sense_rampage(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        verb = self.head(self.head(t)) if t.dep == "pobj" else self.head(t)  # "went on rampage"
        subj = self.kid_lemmas(t, "nsubj") | self.kid_lemmas(verb, "nsubj")
        return cls if subj & (_CROWDS | {"youth", "mob", "rioter", "student", "soldier", "gang"}) or s.violent_besides(t) else None

    def _sense_overtake(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t)
        kind = self._place_or_person(objs)
        if kind == "place" or kind == "none" and self.sent(t).armed:
            return cls
        if self.kid_lemmas(t, "nsubj") & _ARMED and any(o.pos == _P and o.ent_type != "PERSON" for o in objs):
            return cls  # "Al Shabaab overtakes Bula Golol"
        return None

    def _sense_teargas(self, t: Token, cls: str) -> str | None:
        head = self.head(t)
        if head.lemma.lower() in ("canister", "cannister", "shell"):
            head = self.head(head)  # "threw teargas canisters"
        return cls if head.lemma.lower() in ("fire", "use", "lob", "throw", "shoot", "hurl", "with", "of") else None

    def _sense_boycott(self, t: Token, cls: str) -> str | None:
        if self.political_only(t):
            return None
        subj = self.kid_lemmas(t, "nsubj")
        return cls if subj & (_CROWDS | _LABOUR | {"farmer", "worker", "employee", "teacher", "nurse", "doctor"}) else None

    def _sense_procession(self, t: Token, cls: str) -> str | None:
        mods = self.kid_lemmas(t, "amod", "compound")
        return None if mods & {"funeral", "wedding", "religious", "royal", "carnival", "victory"} else cls

    def _sense_gather(self, t: Token, cls: str) -> str | None:
        """A crowd that gathered to protest or demand something: "farmers gathered ... demanding"."""
        subj = self.kid_lemmas(t, "nsubj")
        if not subj & (_CROWDS | _LABOUR | {"farmer", "parent", "people", "hundred", "thousand", "dozen"}):
            return None
        purpose = self.kid_lemmas(t, "xcomp", "advcl", "conj", "ccomp")
        if {o.lemma.lower() for o in self.args(t)} & {"street", "streets", "road", "town"}:
            return cls  # "thronged the streets"
        return cls if purpose & _DEMAND_VERBS else None

    def _sense_property(self, t: Token, cls: str) -> str | None:
        objs = self.args(t) or self.kids(t, "nsubjpass")
        lemmas = {o.lemma.lower() for o in objs}
        for o in objs:
            lemmas |= self.kid_lemmas(o, "compound")
        if lemmas & _BASE_OBJECTS and self.sent(t).armed:
            return "weapons_seizure"  # "destroyed a militant camp"
        of_armed = {g.lemma.lower() for o in objs for p in self.kids(o, "prep") if p.lemma.lower() == "of"
                    for g in self.kids(p, "pobj")}
        if t.lemma.lower() == "destroy" and (lemmas | of_armed) & (_ARMED | {"tank", "convoy", "column", "position"}):
            return "attack"  # "destroyed a column of Russian forces": an attack on the forces
        if not lemmas & _PROPERTY:
            return None
        subj = self.kid_lemmas(t, "nsubj") | {k.lemma.lower() for p in self.kids(t, "agent") for k in self.kids(p, "pobj")}
        return None if subj & _NATURAL_DEATH else cls  # "floods destroyed homes"

    def _sense_evict(self, t: Token, cls: str) -> str | None:
        objs = self.objects(t) or self.kids(t, "nsubjpass")
        if t.pos in (_N, _P):
            return cls if self.sent(t).lemmas & (_CROWDS | {"family", "tenant", "squatter", "settler", "trader"}) else None
        return cls if objs and self._place_or_person(objs) in ("person", None) else None

    def _sense_dismantle(self, t: Token, cls: str) -> str | None:
        return cls if {o.lemma.lower() for o in self.objects(t)} & (_BASE_OBJECTS | {"hideout", "cell", "network"}) else None

    def _sense_light_fire(self, t: Token, cls: str) -> str | None:
        objs = {o.lemma.lower() for o in self.args(t)}
        return cls if objs & {"fire", "bonfire", "tyre", "tire"} and not self.sent(t).sport else None

    def _sense_vanish(self, t: Token, cls: str) -> str | None:
        subj = self.kids(t, "nsubj")
        if self._place_or_person(subj) != "person":
            return None
        mods = self.kid_lemmas(t, "advmod")
        return cls if mods & {"mysteriously", "forcibly"} or self.sent(t).lemmas & {"abduct", "kidnap", "abduction"} else None

    def _sense_recruit(self, t: Token, cls: str) -> str | None:
        """Recruitment by an armed group, or of youths and children into one ("recruiting youth in
        its secession drive"); not a campaign recruiting volunteers."""
        if self._sense_armed(t, cls) is not None:
            return cls
        if self.political_only(t) or self.sent(t).sport:
            return None
        objs = {o.lemma.lower() for o in self.objects(t)}
        return cls if objs & {"youth", "child", "fighter", "militant", "recruit", "boy", "teenager"} else None

    def _sense_hit(self, t: Token, cls: str) -> str | None:
        """A person hit with something or by someone ("was hit in the head by a police officer", "hit
        him with a microphone"); not "hit the campaign trail", "hit by a car", "hit hard"."""
        s = self.sent(t)
        if s.sport or s.lemmas & ({"car", "vehicle", "truck", "lorry", "bus", "motorcycle"} | _NATURAL_DEATH):
            return None
        victims = self.kids(t, "nsubjpass") or self.kids(t, "dobj")
        if self._place_or_person(victims) != "person":
            return None
        for prep in self.kids(t, "prep", "agent"):
            objs = self.kid_lemmas(prep, "pobj")
            if prep.lemma.lower() == "with" and objs & (_WEAPON_NOUNS | _BLUNT):
                return cls  # "hit with a microphone", "hit with a rifle butt"
            if prep.lemma.lower() == "by" and objs & (_ARMED | _CROWDS | _ASSAILANTS | {"supporter", "man", "officer"}):
                return cls  # "hit by a police officer"
        return None

    def _sense_break_in(self, t: Token, cls: str) -> str | None:
        """"broke down a gate", "break into the office", "broke windows"."""
        prts = self.kid_lemmas(t, "prt") | {p.lemma.lower() for p in self.kids(t, "prep")}
        objs = {o.lemma.lower() for o in self.args(t)}
        if prts & {"down", "into", "through"} and (objs & _PROPERTY or prts & {"into"}) and not self.sent(t).sport:
            return cls if not prts & {"into"} or self.sent(t).violent_besides(t) or self.crowd_sides(t) else None
        return None

    def _sense_abuse(self, t: Token, cls: str) -> str | None:
        s = self.sent(t)
        return cls if s.armed and self._place_or_person(self.args(t)) == "person" else None

    def _sense_chaos(self, t: Token, cls: str) -> str | None:
        """"chaos erupted", "the meeting turned chaotic": a crowd out of control."""
        head = self.head(t)
        if t.pos == _A:
            return cls if head.lemma.lower() in ("turn", "become", "get") else None
        if head.lemma.lower() in ("erupt", "break", "ensue", "reign", "cause") or self.kid_lemmas(t, "relcl", "acl") & {"ensue", "erupt"}:
            return cls if not self.sent(t).lemmas.isdisjoint(_CROWDS | _ASSAILANTS | _VIOLENT | {"police"}) else None
        return None

    def _sense_demand(self, t: Token, cls: str) -> str | None:
        """A crowd demanding something ("Kibera residents demanded the release of"): a protest
        when nothing else in the sentence says so."""
        if self.political_only(t):
            return None
        subj = self.kids(t, "nsubj")
        return cls if any(k.lemma.lower() in _CROWDS | _LABOUR and k.tag == "NNS" for k in subj) else None

    def _sense_inflict(self, t: Token, cls: str) -> str | None:
        """"inflicted injuries on a thief": harm done to a person."""
        objs = {o.lemma.lower() for o in self.objects(t)}
        victims = [o for p in self.kids(t, "prep") if p.lemma.lower() == "on" for o in self.kids(p, "pobj")]
        return cls if objs & {"injury", "wound", "harm", "beating", "burn"} and (
            not victims or self._place_or_person(victims) == "person") else None

    def _sense_target(self, t: Token, cls: str) -> str | None:
        """"artillery targeted the outskirts", "militants targeted a convoy"; not "ads targeted voters"."""
        subj = self.kid_lemmas(t, "nsubj") | {k.lemma.lower() for p in self.kids(t, "agent") for k in self.kids(p, "pobj")}
        if subj & (_ARMED | _WEAPON_NOUNS | _AIR | {"artillery", "shelling", "airstrike", "strike"}):
            return cls
        return None

    def _sense_occupy(self, t: Token, cls: str) -> str | None:
        """Forces occupying a place; not "occupies one of the key positions of power"."""
        return self._sense_capture(t, cls) if self.sent(t).armed else None

    def _sense_gain(self, t: Token, cls: str) -> str | None:
        """"gained control of the village", "claimed to gain the territory of Terny"."""
        objs = {o.lemma.lower() for o in self.kids(t, "dobj")}
        if objs & {"control", "territory", "ground"} and self.sent(t).armed:
            return cls
        return None

    def _sense_displace(self, t: Token, cls: str) -> str | None:
        """People evacuated or displaced by conflict; not by floods or a fire drill."""
        s = self.sent(t)
        if not s.lemmas.isdisjoint(_NATURAL_DEATH | {"drill", "fire", "storm", "hurricane", "wildfire"}):
            return None
        people = self.args(t) or self.kids(t, "nsubjpass")
        if t.pos in (_N, _P):
            return cls if s.armed or s.violent_besides(t) else None
        return cls if self._place_or_person(people) == "person" or any(
            o.lemma.lower() in ("family", "household", "resident", "civilian", "local", "villager") for o in people
        ) else None

    def _sense_warring(self, t: Token, cls: str) -> str | None:
        return cls if self.crowd_sides(t) or self._sense_communal(t, cls) else None

    def _sense_movement(self, t: Token, cls: str) -> str | None:
        """Armed groups seen moving or entering a place ("militants were spotted in the forest")."""
        subj = self.kids(t, "nsubj", "nsubjpass")
        if not subj and t.dep in ("xcomp", "advcl", "acl"):
            subj = self.kids(self.head(t), "nsubj", "nsubjpass")  # "were witnessed crossing into Kenya"
        lemmas = {k.lemma.lower() for k in subj}
        for k in subj:
            lemmas |= self.kid_lemmas(k, "compound", "prep")
            lemmas |= {g.lemma.lower() for p in self.kids(k, "prep") for g in self.kids(p, "pobj")}
        if not lemmas & _ARMED:
            return None
        if t.lemma.lower() == "enter" and not (self.objects(t) or self.kids(t, "prep")):
            return None
        return cls

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

    def modality(self, t: Token, cls: str = "") -> str:
        mods = {w for k in self.kids(t, "amod", "compound") for w in (k.lemma.lower(), k.lower)}
        if mods & _FUTURE_MODIFIERS and "well" not in {k.lemma.lower() for m in self.kids(t, "amod") for k in self.kids(m)}:
            return FUTURE
        if mods & _HYPOTHETICAL_MODIFIERS:
            return HYPOTHETICAL
        node, hops = t, 0
        presupposed = False  # passed a phrase of time: governors above no longer reach the trigger
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
            if node.dep in ("pobj", "pcomp") and lemma in _PRESUPPOSING_PREPS or (
                node.dep == "dobj" and lemma == "follow" and head.tag == "VBG"
            ):
                presupposed = True  # "after the attack", "following an attack" (parsed as a verb)
            if lemma == "fear" and node.lemma.lower() in ("dead", "kill") and node.dep in ("oprd", "xcomp", "acomp"):
                presupposed = True  # "are feared dead": ACLED codes the feared toll
            if not presupposed:
                if lemma in _DENIAL:
                    return DENIED
                if lemma in _ATTEMPT_GOVERNORS and not (
                    node.i == t.i and node.dep in ("xcomp", "dobj") and self.real_attempt(head, cls)
                ):
                    return HYPOTHETICAL
                if lemma in _HYPOTHETICAL_GOVERNORS and not (lemma == "call" and node.dep == "dobj"):
                    return HYPOTHETICAL
                if lemma in _FUTURE_GOVERNORS or (lemma == "go" and head.tag == "VBG" and node.dep == "xcomp"):
                    return FUTURE
            node, hops = head, hops + 1

    def real_attempt(self, attempt: Token, cls: str) -> bool:
        """Is "tried to attack" an attempted act ACLED codes (an attack, abduction, lynching or
        demonstration someone set out to do), rather than a figure of speech ("trying to kill them"
        of a politician) or an attempt at something else ("attempted to seize property")?"""
        if cls not in _ATTEMPTABLE:
            return False
        s = self.sent(attempt)
        subj = self.kid_lemmas(attempt, "nsubj")
        return s.armed or s.violent_besides(attempt) or not subj.isdisjoint(_CROWDS | {"voter", "mob", "youth"})


# Word forms of violence done "to death" whatever part of speech the parser gives them.
_TO_DEATH_FORMS = frozenset(
    """stone stones stoned stoning hack hacks hacked hacking beat beats beaten beating club clubs
    clubbed clubbing burn burns burnt burned burning stab stabs stabbed stabbing slash slashed lynch
    lynches lynched lynching kick kicked batter battered bludgeon bludgeoned torture tortured""".split()
)


def _surface_to_death(tokens: Sequence[Token], i: int, last: int) -> int | None:
    """Index of "death" when ``tokens[i]`` is a violent word followed within a few words by "to death"."""
    if tokens[i].lower not in _TO_DEATH_FORMS:
        return None
    for j in range(i + 1, min(i + 8, last - 1)):
        if tokens[j].lower == "to" and tokens[j + 1].lower == "death":
            return j + 1
        if tokens[j].text in (".", ";", ":") or tokens[j].lower in _TO_DEATH_FORMS:
            return None
    return None


def _stem(word: str) -> str:
    """The bare verb of a form the lemmatiser missed ("lynches" -> lynch, "kidnaps" -> kidnap)."""
    for suffix in ("ches", "shes", "ses", "xes"):
        if word.endswith(suffix):
            return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


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
                cls = p.lexical(t, sentence)
                if cls is None:
                    death_at = _surface_to_death(tokens, i, sentence.last)
                    if death_at is None:
                        continue
                    # "Youth stone suspected thief to death": the parse is lost, the words are not
                    cls, anchor, start, end = "killing", t, t.start, tokens[death_at].end
                    if _overlaps(start, end, skip):
                        continue
                    found.append(Trigger(start, end, analysis.text[start:end], anchor.i, sentence_index, cls,
                                         p.negated(anchor), p.modality(anchor, cls)))
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
                    modality=p.modality(anchor, cls),
                )
            )
    return tuple(_drop_weak(found, tokens))


# Words that report an event only when nothing else in their sentence does: the police's tear gas,
# gunshots, a sighting, people dying, an eviction. Beside a stronger trigger
# ("the mob attacked ... police intervened with tear gas") they are a detail of that event, and
# coded first they would take the event's place.
_WEAK: Final = frozenset(
    """teargas gas gunshot enter sight spot infiltrate cross arm die dead death fatality evict eviction
    rustling demand target approach advance evacuate evacuation displace""".split()
)


def _drop_weak(found: Sequence[Trigger], tokens: Sequence[Token]) -> list[Trigger]:
    strong = {t.sentence for t in found if not t.negated and t.modality == ASSERTED and not _is_weak(t, tokens)}
    return [t for t in found if t.sentence not in strong or not _is_weak(t, tokens)]


def _is_weak(t: Trigger, tokens: Sequence[Token]) -> bool:
    head = tokens[t.token]
    return head.lemma.lower() in _WEAK or _stem(head.lower) in _WEAK


CLASSES: Final[tuple[str, ...]] = (
    "clash", "attack", "killing", "violence", "explosion", "airstrike", "shelling", "suicide_bomb",
    "grenade", "ied", "protest", "riot", "mob", "arson", "abduction", "sexual_violence", "arrest",
    "looting", "territory_gain", "territory_loss", "agreement", "negotiation_failure", "base",
    "weapons_seizure", "group_change", "injury",
)  # fmt: skip

__all__ = ["ASSERTED", "CLASSES", "DENIED", "FUTURE", "HYPOTHETICAL", "Trigger", "find_triggers"]
