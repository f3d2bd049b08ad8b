"""The actors of one event, coded ACLED's way: actor1 initiates, actor2 is the target.

``event_actors`` reads the actor mentions of an article (``actors.find_actors``) from the point of view
of the event's act: the subject of an active verb or the agent of a passive one initiates, the object
is the target, "between X and Y" names both sides. Violence against civilians has "Civilians (X)" as
actor2, protests "Protesters (X)" and riots "Rioters (X)" as actor1, and unknown attackers are an
"Unidentified Armed Group (X)" unless the text attributes the attack to a named group. Mentions the text
presents as victims ("six Kikuyu were killed", "a suspected al-Shabaab returnee was shot") are never
taken for the attacker.

The act is the trigger word the event was built from when that word names violence of the event's
type; otherwise (an event built from "arrested" or "said") it is the first word of the trigger's
sentence that does. Further acts of that type in the same sentence stand in when the act has no
subject or target ("police responded to the attack by beating residents").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .actor_fronts import front_on, front_sides
from .actor_names import communal_sides
from .actors import (
    ARMED_NONSTATE,
    ARMED_STATE,
    IDENTITY,
    ActorMention,
    ActorRole,
    EventActors,
    context_country,
    operation_force,
)
from .catalogue import ActorCatalogue
from .contact_line import line_side
from .doubted_authors import authors_doubted
from .nlp import Analysis, Token

_NONSTATE = ARMED_NONSTATE
_STATE = ARMED_STATE
_ARMED = _NONSTATE | _STATE
_IDENTITY = IDENTITY
# the state's armed forces (not its officials or hired guards): the side ACLED codes when they are hit
_FORCES = _STATE - {"government", "private_security"}

# Words that name the act of each violent event type (lemmas, lower case).
_VIOLENT = frozenset("""kill murder shoot stab hack beat assault attack abduct kidnap rape defile lynch injure wound
behead execute raid ambush rob torture assassinate massacre slaughter maim harass whip hit torch burn storm
killing shooting murder abduction kidnapping assassination massacre ambush raid attack assault""".split())
_ACTS: dict[str, frozenset[str]] = {
    "Violence against civilians": _VIOLENT,
    "Battles": _VIOLENT | frozenset("""clash fight fighting battle exchange engage repel repulse skirmish shootout
        gunfight firefight confront confrontation overrun capture retake recapture offensive gunbattle""".split()),
    "Explosions/Remote violence": frozenset("""explode explosion detonate bomb bombing shell shelling strike
        airstrike hurl throw plant blast grenade ied landmine mine launch drone attack hit target""".split()),
}
_FIRE = frozenset({"fire"})  # "fired mortars at X": an act of remote violence read only in earlier sentences
_MAX_ACTS = 4  # further acts looked at when the first has no subject or target: notes name few acts

# Verbs and nouns whose object (or passive subject) suffers the act: those mentions are victims.
_HARM = _VIOLENT | frozenset("""arrest detain capture nab apprehend target threaten evict displace rough""".split())
# what a force does after a mob's violence, not against the mob ("investigated", "came to his rescue",
# "handed over to the police"); arrests, and interventions that do not rescue anyone (``_RESCUE``), are
# left out: Kenya's coders make the police that arrest the youths or intervene the other side
_AFTERMATH = frozenset({"investigate", "launch", "begin", "start", "conduct", "probe", "rescue", "save", "hand",
                        "take", "bring", "report", "say", "confirm", "record", "recover", "carry", "custody", "come",
                        "arrive"})
_OFF_DUTY = re.compile(r"\boff[- ]duty\b", re.IGNORECASE)
_RESCUE = frozenset({"rescue", "save", "evacuate", "transfer", "take", "escort", "protect"})
_FORCE_PLACES = frozenset({"station", "post", "headquarters", "camp", "barracks", "compound"})
_RIOT_WORDS = frozenset({"riot", "rioting", "riots", "unrest"})
# what a crowd does to the people it turns on, told in a sentence of its own ("a teacher was assaulted");
# stoning passing motorists is not it (ACLED leaves such riots without a second actor)
_BEAT = frozenset("""assault beat attack injure stab hack lynch whip rough maim wound""".split())
# acts that count casualties without saying who caused them ("five people were injured")
_WOUND = frozenset({"injure", "wound", "kill", "hurt", "maim"})
# Verbs whose subject suffers: "three herders sustained injuries", "two Kalenjin died".
_SUFFER = frozenset({"die", "suffer", "sustain", "succumb", "perish", "lose", "receive", "escape", "survive",
                     "recuperate", "nurse"})
_OUTCOME_WORDS = frozenset({"dead", "injured", "wounded", "killed", "missing", "hurt", "hospitalised",
                            "hospitalized"})

# verbs of saying: the subject of one is the source of the clause it reports, not its agent ("two traders were
# shot dead, police said": Kenya's notes, 1 row gained; the global file's, 4 gained; none lost)
_SPEECH = frozenset({"say", "tell", "report", "confirm", "announce", "state", "add", "note", "explain", "reveal",
                     "indicate", "disclose", "allege"})
_ACTIVE_SUBJECT_PATIENT = frozenset({"come", "suffer", "face", "survive", "repel", "repulse", "foil", "thwart",
                                     "witness", "experience", "endure", "fend", "escape", "lose", "sustain"})
_ATTRIBUTION = re.compile(
    r"claim\w*\s+(?:the\s+)?(?:responsibility|credit)|claimed\s+(?:the|this|that)\s+(?:attack|killing|bombing)|"
    r"attribut\w+|blam\w+|suspected|suspects?\s+(?:that\s+)?(?:the|it|a|an|al|members|fighters|militants)\b|"
    r"believed\s+to\s+(?:be|have)|linked\s+to|accus\w+|responsible\s+for|"
    r"carried\s+out\s+by|perpetrated\s+by|behind\s+the|assumed|presumed|thought\s+to\s+(?:be|have)|"
    r"said\s+to\s+(?:be|have)|allegedly|reportedly\s+(?:by|from)|"
    # the coder's bracketed guess: "an unknown armed group (likely Al Shabaab due to similar attacks)"
    r"\(\s*(?:most\s+)?(?:likely|probably)\s",
    re.IGNORECASE,
)
# triggers of violence between two sides of equal standing ("clashed", "fights erupted between")
_MUTUAL = frozenset({"clash", "clashes", "fight", "fighting", "fights", "confrontation", "confront", "scuffle",
                     "brawl", "skirmish", "feud", "battle"})
_FIGHT_WORDS = re.compile(r"\b(?:clash(?:es|ed|ing)?|fought|fight(?:s|ing)?|fist-?fights?|brawl(?:s|ed)?|"
                          r"scuffle[sd]?|tussle[sd]?|melee|each other|one another|exchanged? blows|"
                          r"engag\w+ in blows)\b", re.IGNORECASE)
# one word of a fight that governs a side of it ("running battles with police", "battles between police
# and youths", "a confrontation with police", "confronted police"): a crowd that fights the police this
# way has them as its other side, not another crowd
_FIGHT_TOKEN = re.compile(_FIGHT_WORDS.pattern + r"|\b(?:battl(?:es?|ed|ing)|confrontations?|confront(?:ed|ing)?)\b",
                          re.IGNORECASE)
# the sides a fight word names: "clashed with those of X", "fights between supporters of ..."
_FIGHT_SIDES = frozenset({"with", "between", "among", "amongst"})
_FIGHT_REACH = 2  # sentences around the act where a fight word counts (ACLED notes run 1-4 sentences)
_CLAIM = re.compile(r"claim\w*\s+(?:the\s+)?(?:responsibility|credit)|claimed\s+(?:the|this|that)\s+"
                    r"(?:attack|killing|bombing|assault|ambush)", re.IGNORECASE)
_ACCUSATION = re.compile(r"accus\w+|blam\w+|alleg\w+|attribut\w+|responsible|suspected\s+(?:police|soldiers?)",
                         re.IGNORECASE)
# a bomb's author named after the blast ("locals said the mines were planted by the military")
_PLANTED = re.compile(r"\b(?:plant(?:ed|ing|s)?|laid|lay(?:ing|s)?|plac(?:ed|ing)|set up|detonat\w*)\b", re.IGNORECASE)
_DAMAGED = re.compile(r"\b(?:damag\w*|destroy\w*|hit|struck|target\w*|explod(?:ed|es|ing)|went off)\b", re.IGNORECASE)
# nouns of an operation whose owner is its agent: "a police raid", "an encounter with the police"
_OPERATIONS = frozenset({"raid", "operation", "encounter", "crackdown", "shootout", "shoot", "custody", "fire",
                         "gunfire", "bullet", "shooting", "ambush", "offensive", "strike",
                         "airstrike", "shelling", "assault", "clash", "firefight", "gunfight", "exchange", "attack",
                         "bombardment", "drone", "sweep", "manhunt", "pursuit", "chase", "arrest", "detention",
                         "crossfire"})
# Public utilities whose destruction ACLED codes without a civilian side (Kenya notes: masts, pylons)
_UTILITIES = re.compile(r"\b(?:masts?|pylons?|power (?:stations?|lines?|plants?)|transmission|electricity|"
                        r"telecom\w*|communications? (?:towers?|masts?)|boreholes?|pasture\w*)\b", re.IGNORECASE)
# Places and equipment that stand for their owner when attacked ("shelled Al Shabaab positions").
_HOLDINGS = frozenset("""position base camp checkpoint post station convoy vehicle patrol outpost headquarters
stronghold hideout barracks garrison truck tank aircraft helicopter drone boat ship depot trench line
fighter jet plane center centre facility gathering site cache warehouse""".split())
_SPLIT_IN_TWO = re.compile(r"\b(?:two|2|rival|both|opposing|different)\s+(?:\w+\s+)?(?:groups|factions|clans|"
                           r"sub-clans|wings|units|camps|sections|gangs|gang\s+members|commanders)\b", re.IGNORECASE)
# one force or group fighting itself, told with its members counted or set against "another" of them:
# "2 government soldiers (SNA) clashed", "two Al Shabaab groups exchanged gunfire", "clashes broke out
# between 2 groups of police", "a soldier shot and killed another soldier", "clashed with another group
# of soldiers": ACLED codes the one actor on both sides (Somalia notes: 45 such rows)
_MEMBERS = (r"(?:groups?|factions?|units?|wings?|soldiers?|officers?|forces?|troops|militias?|militiamen|members?|"
            r"fighters?|militants?|policemen|police(?:\s+officers?)?|guards?|sub-clans?|clans?)")
_COUNTED_SIDES = re.compile(
    # a number before a month is a date ("2 May 2025, Puntland forces clashed with ...")
    # nor is a count joined to another side ("police and two gang members exchanged gunfire")
    r"(?<!and )(?<!with )\b(?:two|2)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"(?:(?:groups?|factions?)\s+(?:of\s+|from\s+)?)?(?:(?:the\s+)?[\w'’:,-]+\s+){0,6}?" + _MEMBERS +
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?:from|of)\s+[^.;]{1,60}?\s+)?"
    r"(?:clash\w*|fought|exchang\w+|engag\w+|opened\s+(?:gun)?fire\s+(?:at|on)\s+each\s+other|fir\w+\s+at\s+each)\b|"
    r"\bbetween\s+(?:the\s+)?(?:two|2)\s+(?:groups?|factions?)\s+of\b",
    re.IGNORECASE)
_ANOTHER_SIDE = re.compile(r"\b(?:another|fellow)\s+(?:(?:group|unit|team)\s+of\s+)?(?:[\w'’-]+\s+){0,2}?" + _MEMBERS +
                           r"\b", re.IGNORECASE)
_DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss", "disown"})
# the group fighters go over to: "surrendered (themselves) to X", "defected to X", "joined (the) X"
_SURRENDERED_TO = re.compile(r"\b(?:surrender\w*|defect\w*)\s+(?:themselves\s+|himself\s+)?to\s+(?:the\s+)?$",
                             re.IGNORECASE)
_TAKEN_FROM = re.compile(r"\b(?:control|captur\w*|seiz\w*|took\s+over|retook|recaptur\w*)\b[^.;]{0,120}?\bfrom\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
_OPERATION_AGAINST = re.compile(r"\b(?:operations?|offensive|raids?)\s+(?:targeting|against)\s+(?:the\s+)?$",
                                re.IGNORECASE)
_JOINED_GROUP = re.compile(r"\bjoin(?:ed|s|ing)?\s+(?:the\s+)?$", re.IGNORECASE)
# gunfights a split group has with itself ("two MILF factions had a firefight")
_SPLIT_FIGHTS = frozenset({"firefight", "gunfight", "shootout", "gunbattle"})
# nouns naming a unit's members: "operatives of the CIDG" are the unit
_UNIT_MEMBERS = frozenset({"operative", "agent", "personnel", "member", "element", "officer", "team", "trooper"})

# Crowd control the text tells without naming who did it ("the rioters were later dispersed", "five
# people were arrested", "a youth was shot during the demonstration"), and tools only the state's forces
# turn on crowds: ACLED codes the police as the other side of such a riot.
_CROWD_CONTROL = frozenset({"disperse", "arrest", "detain", "shoot", "teargas", "quell"})
# what a force does to a crowd when it is the other side of a riot ("police intervened", "fired into
# the crowd", "broke up the protest", "arrested the youths"); restoring order later does not make it one
_ON_CROWD = _CROWD_CONTROL | frozenset({"intervene", "fire", "break", "stop", "prevent", "lob", "confront",
                                        "repulse"})
_CROWD_CONTROL_TOOLS = re.compile(r"\btear[\s-]?gas(?:sed|sing)?\b|\bwater[\s-]cannons?\b|\brubber bullets\b|"
                                  r"\blive (?:bullets|ammunition|rounds)\b", re.IGNORECASE)
# the same with "live fire", which a protest's note tells only of the forces ("police responded with live fire")
_CROWD_CONTROL_TOOLS_OR_FIRE = re.compile(_CROWD_CONTROL_TOOLS.pattern + r"|\blive fire\b", re.IGNORECASE)
# arrests the text counts or reports without a verb ("ten arrests", "arrests were made"); "no arrests"
# is not one
_ARRESTS_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|many|"
                              r"numerous|multiple)\s+arrests\b|(?:^|(?<=[.;:] ))arrests\s+(?:were\s+|have been\s+)?"
                              r"(?:reported|made)\b", re.IGNORECASE | re.MULTILINE)

# Words on the way from a mention to the root that make it the grievance of a protest or riot, not a
# party to it: "protesting against police brutality", "in response to a killing by police".
_GRIEVANCE_PREPS = frozenset({"against", "over", "about"})
_GRIEVANCE_WORDS = frozenset({"protest", "demonstration", "retaliation", "anger", "outrage", "grievance", "revenge",
                              "death", "killing", "murder", "harassment", "brutality", "neglect", "crackdown",
                              "shooting", "interference", "efforts", "squads", "hands", "coup", "rule",
                              "takeover", "presence", "deployment", "occupation", "abuses",
                              # what protesters hold against the police themselves ("the prosecution of a
                              # police officer", "disappointment with the police", "released from police custody")
                              "prosecution", "disappointment", "frustration", "custody", "practices", "corruption",
                              "bribery", "extortion", "inaction", "failure", "dismissal", "sacking", "hiring",
                              "recruitment", "mistreatment", "treatment", "withdrawal"})
# Verbs whose object is what protesters object to: "denouncing the military coup", "condemning police".
_GRIEVANCE_VERBS = frozenset({"denounce", "condemn", "protest", "oppose", "reject", "decry", "criticise",
                              "criticize", "demand", "accuse", "blame"})

# "no casualties", "there were no injuries or fatalities", "casualties unknown", "no one was hurt"
_NO_CASUALTIES = re.compile(r"\b(?:no|without)\s+(?:\w+\s+){0,2}(?:casualties|injuries|fatalities|victims|deaths)\b|"
                            r"\bcasualties\s+(?:are\s+|were\s+|remain\s+)?unknown\b|"
                            r"\b(?:no one|nobody|none)\s+(?:was|were)\s+(?:hurt|injured|killed|harmed)\b",
                            re.IGNORECASE)
# casualties told elsewhere in such a note ("one child was killed; further casualties unknown")
_CASUALTY_WORDS = re.compile(r"\b(?:kill\w*|die[sd]?|dead|death|injur\w*|wound\w*|hurt)\b", re.IGNORECASE)


# "blamed the attacks on", "blame the killing on the": what follows is who is blamed, not a target (Kenya's
# notes that say so: 1 row gained, none lost; the global file's: no change)
_BLAMED_ON = re.compile(r"\bblam\w*\s+(?:(?:the|this|these|those|a|an|both|two|all)\s+)?(?:[\w-]+\s+){0,3}?"
                        r"on\s+(?:the\s+)?$", re.IGNORECASE)
# victims the text calls foreigners without a nationality ("two foreigners", "foreign tourists",
# "expatriates"): a nationality word before them is read by the actor lexicon ("British tourists")
_FOREIGNERS = re.compile(r"\b(?:foreigners?|expatriates?|expats?)\b", re.IGNORECASE)
_FOREIGN_BEFORE = re.compile(r"\bforeign\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _foreigners(text: str, m: ActorMention) -> bool:
    """Whether the civilian mention names foreigners of no stated nationality."""
    return _FOREIGNERS.search(text, m.start, m.end) is not None \
        or _FOREIGN_BEFORE.search(text, max(0, m.start - 24), m.start) is not None


def _nobody_hurt(text: str) -> bool:
    """Whether the text says no one was hurt (or that casualties are unknown) and tells no casualty."""
    if _NO_CASUALTIES.search(text) is None:
        return False
    return _CASUALTY_WORDS.search(_NO_CASUALTIES.sub(" ", text)) is None


# countries whose coders leave a grenade's target blank when the note says no one was hurt or casualties
# are unknown (Myanmar's urban grenade campaign of 2021: 46 of 51 such notes; elsewhere ACLED mostly codes
# the civilians the grenade was thrown at, 11 of 15 global notes)
_GRENADE_HURT_ONLY = frozenset({"Myanmar"})

# countries whose notes tell a blast's casualties by trade or age ("a garbage collector", "a 25-year-old")
# rather than as civilians, none of them a force the text shows hit: ACLED codes them civilians
_HURT_ARE_CIVILIANS = frozenset({"Myanmar"})
_ANIMALS = re.compile(r"\b(?:cows?|cattle|buffalo(?:es)?|animals?|livestock|goats?|pigs?|dogs?|oxen|elephants?)\b",
                      re.IGNORECASE)

# warplanes and helicopters named by their model or a word actor_fronts' list lacks ("a Su-34", "a Ka-52
# helicopter", "an airplane"); drones are not here (Orlan drones and the like are read by actor_fronts)
_AIRCRAFT_MODEL = re.compile(r"\b(?:Su|Ka|K|Mi|Tu|Il|MiG|An)-\d+\w*|\bairplanes?\b|\bfighter planes?\b", re.IGNORECASE)
# aircraft words right after a nation's name ("Russian air force", "Russian airstrikes", "Russian Ka-52
# helicopters", "Russian unmanned aerial vehicles")
_AIRCRAFT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:air\s?(?:force|strike|raid|craft)\w*|aviation|aerial|"
                             r"drones?|UAVs?|helicopters?|warplanes?|(?:air)?planes?|jets?|bombers?)\b", re.IGNORECASE)
# what a strike hits of a force: its units, sites and members (not its weapons, "artillery", nor "troops"
# and "forces", which are as often the attacker's own)
_FORCE_SITE = re.compile(r"\b(?:units?|facilit(?:y|ies)|bases?|airfields?|installations?|depots?|warehouses?|"
                         r"training ground|camps?|servicem[ae]n|soldiers?|personnel)\b", re.IGNORECASE)
# ACLED's label of a note on people displaced by violence (its notes open with the label)
_DISPLACEMENT_NOTE = re.compile(r"\s*Displacement\s*:", re.IGNORECASE)
# ACLED's label of a looting note: the owners are civilians even when the note names none (global
# labelled notes: 339 of 353); its "Property destruction:" notes are not (a mast, a power station)
_LOOTING_NOTE = re.compile(r"\s*Looting\s*:", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Roled:
    mention: ActorMention
    role: str  # agent | patient | with | between1 | between2 | agent2 | other


def event_actors(
    analysis: Analysis,
    mentions: Sequence[ActorMention],
    catalogue: ActorCatalogue,
    *,
    trigger: int,
    event_type: str,
    sub_event_type: str,
    country: str | None,
    on: date | None,
) -> EventActors:
    """actor1 / actor2 (and associated actors) of the event whose trigger is token ``trigger``; an unnamed
    side the note makes a community's militia is named so (``actor_names.communal_sides``)."""
    actors = _event_actors(analysis, mentions, catalogue, trigger=trigger, event_type=event_type,
                           sub_event_type=sub_event_type, country=country, on=on)
    return communal_sides(actors, mentions, catalogue, country=country or context_country(mentions), on=on,
                          text=analysis.text)


def _event_actors(
    analysis: Analysis,
    mentions: Sequence[ActorMention],
    catalogue: ActorCatalogue,
    *,
    trigger: int,
    event_type: str,
    sub_event_type: str,
    country: str | None,
    on: date | None,
) -> EventActors:
    tokens = analysis.tokens
    if not tokens:
        return EventActors(None, None)
    trig = tokens[max(0, min(trigger, len(tokens) - 1))]
    here = country or context_country(mentions)
    ev = _Event(analysis, mentions, catalogue, _acts(analysis, trig, event_type), here, on)
    if event_type == "Protests":
        return ev.protests(sub_event_type)
    if event_type == "Riots":
        return ev.riots(sub_event_type)
    if event_type == "Violence against civilians":
        return ev.violence_against_civilians()
    if event_type == "Battles":
        raw = ev.battles()
        lined = ev.across_line(raw, both=True)
        if lined is not raw:
            return lined
        suspects = frozenset(m.name for m in mentions if m.category == "suspects")
        return _nonstate_first(ev.at_front(raw, event_type, sub_event_type), here, suspects)
    if event_type == "Explosions/Remote violence":
        return ev.across_line(ev.at_front(ev.remote(sub_event_type), event_type, sub_event_type))
    return ev.at_front(ev.displaced() or ev.strategic(sub_event_type), event_type, sub_event_type)


# Countries whose ACLED coders put the non-state side of a battle with the state's forces first,
# whoever attacked: the Philippines (1,855 of its 1,956 such battles in the global file, and every year
# 1,700 of 1,728 with rebels or unidentified groups; Somalia 37 %, Haiti 27 %, Ethiopia 13 % follow who
# acted, as ``battles`` reads it). Armed suspects in a shootout are left to who acted: the coders put the
# police first until 2018 (56 of 73) and the suspects since (46 of 46).
_NONSTATE_FIRST = frozenset({"Philippines"})
_CIVILIAN_INTER = 7  # ACLED's inter code of civilians
_STATE_INTER = 1  # ACLED's inter code of state forces (8, "external/other forces", stays in place)


def _nonstate_first(actors: EventActors, country: str | None, suspects: frozenset[str] = frozenset()) -> EventActors:
    """A battle between state forces and a non-state armed side (not ``suspects``), in the country's order."""
    a1, a2 = actors.actor1, actors.actor2
    if country not in _NONSTATE_FIRST or a1 is None or a2 is None or a2.name in suspects:
        return actors
    if a1.inter == _STATE_INTER and a2.inter in (2, 3, 4):
        return EventActors(a2, a1, actors.assoc_actor_2, actors.assoc_actor_1)
    return actors


def _acts(analysis: Analysis, trig: Token, event_type: str) -> list[Token]:
    """The tokens naming the event's act: the trigger when it names an act of the event's type, else the
    first such word of its sentence; then up to ``_MAX_ACTS`` others of that sentence, in text order."""
    lemmas = _ACTS.get(event_type)
    if lemmas is None:
        return [trig]

    def fits(t: Token) -> bool:
        return t.pos in ("VERB", "NOUN", "PROPN") and (t.lemma.lower() in lemmas or t.lower in lemmas)

    found = [t for t in analysis.tokens if fits(t)]
    # the event was placed at the trigger's sentence: its act is read there (other sentences may
    # tell of other events: an arrest, a reprisal)
    primary = trig if fits(trig) else next((t for t in found if t.sent == trig.sent), None)
    if primary is None:
        # an arrest by nobody named, in a sentence with no act of the type ("The officer was arrested" after
        # "an officer shot dead a driver"): the report's first act says who did what, the arrest came after
        # ("were arrested by police ... and beaten in detention": the police who arrest are the attackers)
        after = bool(found) and event_type == "Violence against civilians" and trig.lemma.lower() in _ARREST \
            and not any(c.dep in ("nsubj", "agent") for c in analysis.children(trig))
        primary = found[0] if after else trig
    others = [t for t in found if t.i != primary.i and t.sent == primary.sent]
    return [primary] + others[:_MAX_ACTS]


class _Event:
    """The mentions of one article seen from one event's act, and ACLED's coding rules over them."""

    def __init__(self, analysis: Analysis, mentions: Sequence[ActorMention], catalogue: ActorCatalogue,
                 acts: list[Token], country: str | None, on: date | None):
        self.analysis = analysis
        self.mentions = list(mentions)
        self.catalogue = catalogue
        self.acts = acts
        self.country = country
        self.on = on
        self.trig = acts[0]
        self.roled = _roles(analysis, self.mentions, self.trig)
        self._other_roles: list[list[_Roled]] | None = None
        # mentions the text shows suffering violence (by identity: one name can be on both sides)
        self.suffering = frozenset(id(m) for m in self.mentions if victim_side(analysis, m))

    # ------------------------------------------------------------------ war fronts and displacement

    def at_front(self, actors: EventActors, event_type: str, sub: str) -> EventActors:
        """The unnamed side of fighting at a war front named as the front's other party (actor_fronts),
        and the air arms of the front's parties (``air_arms``)."""
        sides = front_sides(actors, self.catalogue, country=self.country, on=self.on, event_type=event_type,
                            sub_event_type=sub, text=self.analysis.text)
        return self.air_arms(sides, event_type, sub)

    def air_arms(self, actors: EventActors, event_type: str, sub: str) -> EventActors:
        """The air arms at a front whose enemy ACLED codes by its air arm (actor_fronts' ``air_unit``):

        * a drone or air strike by the host's military ("Ukrainian forces used Bayraktar drones to destroy
          a Russian column") is its Air Force's, and the aircraft the text tells of are not the enemy's:
          the target is the enemy's military (Ukraine's notes: 15 of 18 such strikes);
        * an enemy warplane or helicopter named by its model ("shot down a Russian Su-34", "a Ka-52") is the
          enemy's Air Force (11 of 11 notes), as aircraft named by a word are (actor_fronts)."""
        front = front_on(self.country, self.on)
        a1, a2 = actors.actor1, actors.actor2
        if front is None or front.air_unit is None or self.country is None or a1 is None:
            return actors
        host = self.catalogue.generic("military", self.country, on=self.on)
        enemy = self.catalogue.generic("military", front.enemy.split(":", 1)[1], on=self.on) \
            if front.enemy.startswith("military:") else None
        unit = " " + front.air_unit
        if sub == "Air/drone strike" and a1.name == host.name and not self._enemy_aircraft(front.enemy):
            a1 = ActorRole(host.name + unit, a1.inter, a1.evidence)
            if a2 is not None and enemy is not None and a2.name == enemy.name + unit:
                a2 = ActorRole(enemy.name, a2.inter, a2.evidence)
        elif event_type in ("Explosions/Remote violence", "Strategic developments") and enemy is not None \
                and a2 is not None and a2.name == enemy.name and _AIRCRAFT_MODEL.search(self.analysis.text):
            a2 = ActorRole(enemy.name + unit, a2.inter, a2.evidence)
        return EventActors(a1, a2, actors.assoc_actor_1, actors.assoc_actor_2)

    def across_line(self, actors: EventActors, *, both: bool = False) -> EventActors:
        """Fire at the Donbas contact line with no side named: the side across the line from the place
        it was observed near (``line_side``) as actor1, and with ``both`` (fire "in both directions") the
        place's holder as actor2. ``actors`` are returned when a side is named or the place is unknown."""
        unknown = self.generic("unidentified")
        if unknown is None or self.country != "Ukraine":
            return actors
        if any(a is not None and a.name != unknown.name for a in (actors.actor1, actors.actor2)):
            return actors
        if not both and (actors.actor1 is None or actors.actor2 is not None):
            return actors  # a remote strike on a named target is not a monitors' note
        seen = line_side(self.analysis.text, self.on)
        front = front_on(self.country, self.on)
        if seen is None or front is None:
            return actors
        held, span = seen
        enemy = self.catalogue.resolve(front.enemy, country=self.country, on=self.on)
        if enemy is None:
            return actors
        host = self.catalogue.generic("military", self.country, on=self.on)
        government, separatists = ActorRole(host.name, host.inter, (span,)), ActorRole(enemy.name, enemy.inter, (span,))
        firing, hit = (separatists, government) if held == "government" else (government, separatists)
        return EventActors(firing, hit if both else None, actors.assoc_actor_1, actors.assoc_actor_2)

    def _enemy_aircraft(self, enemy: str) -> bool:
        """Whether the text tells of the enemy state's aircraft ("Russian airstrikes", "a Russian
        helicopter", "Russian unmanned aerial vehicles"): the air strike is then the enemy's, or its
        aircraft the host's target, and the host's side is no air strike of its own."""
        nation = self.catalogue.country(enemy.split(":", 1)[1]) if enemy.startswith("military:") else None
        if nation is None:
            return False
        text = self.analysis.text
        return any(_AIRCRAFT_AFTER.match(text, m.end()) for d in nation.demonyms
                   for m in re.finditer(rf"\b{re.escape(d)}\b", text))

    def displaced(self) -> EventActors | None:
        """A displacement note ("Displacement: ... 300 people were evacuated from X"): ACLED codes the
        displaced civilians alone, also when the note names the fighting they fled (global notes: 225
        of 230 labelled notes)."""
        if not _DISPLACEMENT_NOTE.match(self.analysis.text):
            return None
        return EventActors(self.victims(), None)

    # ------------------------------------------------------------------ helpers

    def other_roles(self) -> list[list[_Roled]]:
        """Roles relative to the further acts (computed only when the first act says too little)."""
        if self._other_roles is None:
            self._other_roles = [_roles(self.analysis, self.mentions, a) for a in self.acts[1:]]
        return self._other_roles

    def role(self, *roles: str, categories: frozenset[str] | None = None,
             roled: list[_Roled] | None = None) -> ActorMention | None:
        pool = self.roled if roled is None else roled
        found = [r for r in pool if r.role in roles and (categories is None or r.mention.category in categories)]
        if not found:
            return None
        # roled is sorted by role, then distance to the act; a named actor beats a generic one
        chosen = min(found, key=lambda r: (r.mention.kind == "generic" or r.mention.category == "suspects",
                                           roles.index(r.role)))
        return self._home_force(chosen.mention, pool, acting=chosen.role in ("agent", "agent2"))

    def _home_force(self, pick: ActorMention, pool: list[_Roled], *, acting: bool = False) -> ActorMention:
        """The country's own force written just before a foreign force or a self-defence group it acts
        with ("police forces and the MSS", "police supported by Kenyan agents", "police and armed
        residents"): ACLED names the home force as the actor and the others only when they act alone."""
        # residents' self-defence groups fighting beside the police are likewise left to the police
        foreign = pick.category in ("international", "external", "communal_militia") or \
            (pick.category in ("military", "police") and pick.country not in (None, self.country))
        # clan and ethnic militias acting with the army ("government forces (SNA) and Hawadle clan militia
        # attacked Al Shabaab") likewise; not a side named after the forces ("clashes between police and
        # Pokot raiders")
        foreign = foreign or (acting and pick.category in _IDENTITY)
        if not foreign:
            return pick
        text = self.analysis.text
        joint = self._joint_nationality(pick)
        if joint is not None:
            return joint
        return next((r.mention for r in pool if r.mention.category in ("military", "police")
                     and r.mention.country == self.country and r.mention.sentence == pick.sentence
                     and 0 <= pick.start - r.mention.end <= 80
                     and _ALONGSIDE.search(text, r.mention.end, pick.start)), pick)

    def _joint_nationality(self, pick: ActorMention) -> ActorMention | None:
        """The home force of a foreign force written as one joint force of both nations ("Haitian and
        Kenyan police forces", "Haiti and Kenya police"): the home nation's word sits just before, so no
        mention of its own exists; the home force is the actor, as beside a foreign mission."""
        if pick.category not in ("military", "police") or pick.country in (None, self.country) \
                or not self.country:
            return None
        home = self.catalogue.country(self.country)
        words = (home.demonyms + (home.name,)) if home is not None else (self.country,)
        before = self.analysis.text[max(0, pick.start - 40) : pick.start]
        # "clashes between Kenyan and Ugandan police" are two sides, not one joint force
        if re.search(r"\b(?:between|against|versus|vs\.?)\b", before, re.IGNORECASE):
            return None
        if not any(re.search(rf"\b{re.escape(w)}\s+(?:and|&)\s+$", before, re.IGNORECASE) for w in words):
            return None
        force = self.catalogue.generic(pick.category, self.country, on=self.on)
        return replace(pick, name=force.name, inter=force.inter, country=self.country)

    def role_anywhere(self, *roles: str, categories: frozenset[str] | None = None) -> ActorMention | None:
        """``role`` relative to the first act, else to the first further act that has one."""
        found = self.role(*roles, categories=categories)
        if found is not None:
            return found
        for roled in self.other_roles():
            found = self.role(*roles, categories=categories, roled=roled)
            if found is not None:
                return found
        return None

    def generic(self, kind: str, evidence: Sequence[ActorMention] = (), *,
                span: tuple[int, int] | None = None) -> ActorRole | None:
        """The country's generic actor of ``kind``, evidenced by the mentions, the span, or the act."""
        if not self.country:
            return None
        actor = self.catalogue.generic(kind, self.country, on=self.on)
        spans = tuple((m.start, m.end) for m in evidence) or (span or (self.trig.start, self.trig.end),)
        return ActorRole(actor.name, actor.inter, spans)

    def as_role(self, m: ActorMention | None) -> ActorRole | None:
        if m is None:
            return None
        m = self._bracketed_unit(m)
        spans = [(m.start, m.end)]
        for other in self.mentions:
            if other is not m and other.name == m.name and other.sentence == self.trig.sent:
                spans.append((other.start, other.end))
        name, inter = m.name, m.inter
        if m.category == "civilians" and m.country and self.country and m.country != self.country \
                and self.catalogue.same_continent(m.country, self.country) is False:
            # foreigners from another part of the world: tourists, aid workers, expatriates
            actor = self.catalogue.generic("civilians", "International")
            name, inter = actor.name, actor.inter
        return ActorRole(name, inter, tuple(sorted(set(spans))))

    def _bracketed_unit(self, m: ActorMention) -> ActorMention:
        """Unnamed state forces followed in brackets by the units they were ("government security forces
        (NISA and SNA)"): ACLED codes the first unit named."""
        units = self.bracketed_units(m)
        return units[0] if units else m

    def bracketed_units(self, m: ActorMention) -> list[ActorMention]:
        """The distinct state units named in brackets right after unnamed state forces, in text order."""
        if m.kind != "generic" or m.category not in ("military", "police"):
            return []
        text = self.analysis.text
        gap = text[m.end : m.end + 3]
        if "(" not in gap or gap[: gap.index("(")].strip():
            return []
        opening = m.end + gap.index("(")
        closing = text.find(")", opening, opening + 80)
        if closing < 0:
            return []
        inside = sorted((o for o in self.mentions if opening < o.start and o.end <= closing
                         and o.category in ("military", "police")), key=lambda o: o.start)
        distinct: list[ActorMention] = []
        for o in inside:
            if all(o.name != d.name for d in distinct):
                distinct.append(o)
        return distinct

    def in_text(self, categories: frozenset[str], *, exclude: Sequence[str] = (), named_first: bool = True,
                sentence_first: bool = True, actors_only: bool = False) -> ActorMention | None:
        ranked = self.ranked(categories, exclude=exclude, named_first=named_first, sentence_first=sentence_first,
                             actors_only=actors_only)
        return ranked[0] if ranked else None

    def ranked(self, categories: frozenset[str], *, exclude: Sequence[str] = (), named_first: bool = True,
               sentence_first: bool = True, actors_only: bool = False) -> list[ActorMention]:
        """Mentions of ``categories``: the act's sentence first, named before generic, then by distance.
        With ``actors_only``, mentions that the text presents as victims are left out."""
        pool = [m for m in self.mentions if m.category in categories and m.name not in exclude
                and not (actors_only and id(m) in self.suffering)]
        s = self.trig.sent

        def rank(m: ActorMention) -> tuple[int, int, int]:
            # suspects are named by what they are suspected of, not by a group: a group beats them
            named = m.kind != "generic" and m.category != "suspects"
            return (0 if (m.sentence == s or not sentence_first) else 1,
                    0 if (named or not named_first) else 1,
                    abs(m.sentence - s))

        return sorted(pool, key=rank)

    def attributed(self, *, strong_only: bool = False) -> ActorMention | None:
        """A named armed group the text holds responsible ("the Taliban claimed responsibility",
        "sources attributed the attack to X", "suspected X"); with ``strong_only``, only an explicit
        claim of responsibility."""
        tokens = self.analysis.tokens
        victims = {h.i for h in (_head_token(self.analysis, v) for v in self.mentions
                                 if id(v) in self.suffering or v.category == "civilians") if h is not None}
        for m in self.mentions:
            blamed_on = _BLAMED_ON.search(self.analysis.text, max(0, m.start - 60), m.start) is not None
            if (id(m) in self.suffering or _under(self.analysis, m, victims)) and not blamed_on:
                # "a suspected al-Shabaab returnee was killed", "a cleric who allegedly supported
                # al-Shabaab": the group describes the victim, it is not the attacker ("blamed the
                # attacks on X" reads like "attacks on X" to the parse, but X is the one blamed)
                continue
            head = _head_token(self.analysis, m)
            if head is None:
                continue
            verb = _conj_root(self.analysis, tokens[head.head]) if head.dep in ("nsubj", "nsubjpass") else None
            if verb is not None and verb.lemma.lower() in _DENY_VERBS:
                continue  # "the Taliban denied involvement"
            if m.category in _STATE:
                if verb is not None and head.dep != "nsubjpass":
                    # "police believe ..." says who suspects, not who is suspected; "police are
                    # believed to be responsible" is suspected
                    continue
            elif m.kind == "generic" or m.category not in _NONSTATE - {"unidentified", "party"}:
                continue
            sent = self.analysis.sentence_text(m.sentence) if m.sentence >= 0 else ""
            # an explicit claim: the group is the subject of "claimed (responsibility)"
            strong = verb is not None and verb.lemma.lower() == "claim" and _CLAIM.search(sent) is not None
            if strong_only and not strong:
                continue
            if not strong and not _ATTRIBUTION.search(sent):
                continue
            if not strong and authors_doubted(self.analysis.text):
                continue  # "X was suspected, but this has not been confirmed": a guess withdrawn
            if m.category in _STATE and not _ACCUSATION.search(sent):
                continue  # a state actor is held responsible only by an explicit accusation
            return m
        return None

    def is_subject(self, m: ActorMention) -> bool:
        """Whether the mention acts: a subject, a passive agent, or the owner of an operation
        ("a police raid", "the army's offensive", "an encounter with the police")."""
        tokens = self.analysis.tokens
        head = _head_token(self.analysis, m)
        if head is None:
            return False
        parent = tokens[head.head]
        if head.dep in ("nsubj", "csubj") or (head.dep == "pobj" and parent.dep == "agent"):
            return True
        if head.dep in ("compound", "poss", "amod", "nmod") and parent.lemma.lower() in _OPERATIONS:
            return True
        if head.dep == "pobj" and parent.lower in ("with", "by", "from", "in") and parent.head != parent.i:
            return tokens[parent.head].lemma.lower() in _OPERATIONS
        return False

    def acting_unit(self, force: ActorMention) -> ActorMention:
        """The unit of an unnamed force that the act's sentence names as the one that acted ("killed in a
        police raid conducted by the SAF", "a raid by operatives of the CIDG"): ACLED codes the unit
        (Philippines notes with a police raid "conducted by" a named unit: 21 of 24); a unit acting with
        the force itself was made the force by ``actors``."""
        if force.kind != "generic" or force.category not in _STATE:
            return force
        tokens = self.analysis.tokens
        for m in self.mentions:
            if m.kind != "named" or m.sentence != force.sentence or not m.name.startswith(force.name + " "):
                continue
            head = _head_token(self.analysis, m)
            while head is not None and head.dep in ("compound", "amod", "nmod") and head.head != head.i:
                head = tokens[head.head]  # "the City Anti-Illegal Drugs Unit": the name's last words
            if head is None or head.dep != "pobj" or head.head == head.i:
                continue
            prep = tokens[head.head]
            if prep.lower == "of" and prep.head != prep.i and tokens[prep.head].lemma.lower() in _UNIT_MEMBERS \
                    and tokens[prep.head].dep == "pobj":
                prep = tokens[tokens[prep.head].head]  # "by operatives of the CIDG"
            if prep.lower == "by":
                return m
        return force

    def split_in_two(self, side: ActorMention) -> bool:
        """Whether the act's sentence describes ``side`` fighting itself ("two factions of X", "2 groups
        of soldiers exchanged gunfire", "a soldier shot another soldier")."""
        sentence = self.analysis.sentence_text(self.trig.sent)
        if _COUNTED_SIDES.search(sentence) is not None:
            return True
        # "another" soldier only after the side it repeats: "killed by X, another soldier was hurt" is not
        bounds = self.analysis.sentences[self.trig.sent]
        if side.sentence == self.trig.sent and \
                _ANOTHER_SIDE.search(self.analysis.text, side.end, bounds.end) is not None:
            return True
        fights = _MUTUAL | _SPLIT_FIGHTS  # "two MILF factions had a firefight"
        return (self.trig.lemma.lower() in fights or self.trig.lower in fights) and \
            _SPLIT_IN_TWO.search(sentence) is not None

    def mutual(self) -> bool:
        """Whether the act's sentence tells of two sides fighting each other ("supporters of two
        rivals clashed", "a fight broke out")."""
        trig = self.trig
        if any((t.lemma.lower() in _MUTUAL or t.lower in _MUTUAL)
               and (t.pos == "VERB" or t.i == trig.i or t.head == trig.i or trig.head == t.i)
               for t in self.analysis.sentence_tokens(trig.sent)):
            return True
        # a short mob report is about one brawl: a fight told near the act ("in a clash between
        # supporters of ...", "threw stones at each other", "broke into fistfights") makes both sides
        # crowds; a long article's background ("since fighting broke out in May") does not
        for m in _FIGHT_WORDS.finditer(self.analysis.text):
            sentence = self.analysis.sentence_of(m.start())
            if sentence is not None and abs(sentence - trig.sent) <= _FIGHT_REACH:
                return True
        return False

    def patients(self) -> list[str]:
        """Names that the act's sentence presents as targets: never the perpetrator."""
        return [r.mention.name for r in self.roled if r.role == "patient"]

    def unknown(self, m: ActorMention | None = None) -> ActorRole | None:
        """Attackers nobody named: the mention that describes them ("gunmen from Somalia"), else the
        country's unidentified armed group."""
        return self.as_role(m) if m is not None else self.generic("unidentified")

    def perpetrator(self, *, exclude: Sequence[str] = ()) -> ActorRole | None:
        exclude = list(exclude) + [n for n in self.patients() if not n.startswith("Civilians")]
        agent = self.role("agent", "between1", "agent2", categories=_ARMED)
        if agent is None or id(agent) in self.suffering or self.looks_on(agent):
            agent = self.role_anywhere("agent", "between1", "agent2", categories=_ARMED)
            if agent is not None and (id(agent) in self.suffering or self.looks_on(agent)):
                agent = None
        if agent is not None and agent.name not in exclude:
            agent = self.acting_unit(agent)
            if agent.kind == "generic" and agent.category in ("unidentified", "gang"):
                blamed = self.attributed()
                if blamed is not None:
                    return self.as_role(blamed)
            elif agent.category in _STATE:
                claimed = self.attributed(strong_only=True)  # an insider attack claimed by a group
                if claimed is not None and claimed.category in _NONSTATE:
                    return self.as_role(claimed)
            return self.as_role(agent)
        blamed = self.attributed()
        if blamed is not None:
            return self.as_role(blamed)
        # --- operation force (owner: actors.operation_force): "killed during a police raid", "by
        # undercover police agents", "in a raid (assumed police)" name the state force that acted
        for state in self.ranked(_STATE, actors_only=True):
            if operation_force(self.analysis, state, self.trig.sent) and not self.looks_on(state):
                return self.as_role(state)
        # --- end operation force
        # (suspects are never the attackers by default: "the bodies of two drug suspects were found")
        named = self.in_text(_NONSTATE - {"party", "suspects"}, exclude=exclude, actors_only=True)
        if named is not None and named.kind != "generic" and authors_doubted(self.analysis.text):
            # a group the note names though it says the attackers are unknown (a preacher who had spoken
            # against X was stabbed; those responsible are still unknown) is the victim's story or a guess
            return self.unknown()
        if named is not None and named.kind != "generic":
            return self.as_role(named)
        for state in self.ranked(_STATE, exclude=exclude, actors_only=True):
            # (a force that only tells of the attack, "two traders were shot dead, police said", is its source;
            # one that only investigates it looks on)
            if self.is_subject(state) and (named is None or state.sentence == self.trig.sent) \
                    and not _speaker(self.analysis, state) and not self.looks_on(state):
                return self.as_role(state)
        if named is not None:
            return self.as_role(named)
        return self.unknown()

    def looks_on(self, m: ActorMention) -> bool:
        """Whether a state force mention only looks into the event (``onlooker``)."""
        return m.category in _STATE and onlooker(self.analysis, m)

    def victims(self) -> ActorRole | None:
        """Civilians of the victims' nationality ("two Ethiopian nationals") or of the event country."""
        pool = [m for m in self.mentions if m.category == "civilians"]
        patient = self.role("patient", categories=frozenset({"civilians"}))
        if patient is None:
            patient = next((m for m in pool if id(m) in self.suffering), None)
        chosen = patient or (min(pool, key=lambda m: abs(m.sentence - self.trig.sent)) if pool else None)
        if chosen is not None and chosen.country == self.country:
            # ACLED names victims by their nationality when the text gives one ("two Somali refugees
            # were killed", "a British tourist and his Kenyan guide were abducted"): foreigners among
            # the victims name the civilian side
            patients = {id(r.mention) for r in self.roled if r.role == "patient"}
            foreign = [m for m in pool if m.country and m.country != self.country and m.cue != "civilian_sites"
                       and (id(m) in self.suffering or id(m) in patients)]
            if foreign:
                chosen = foreign[0]
        if chosen is not None and chosen.country == self.country and chosen.sentence == self.trig.sent \
                and (chosen is patient or id(chosen) in self.suffering) and _foreigners(self.analysis.text, chosen):
            # foreigners hurt or attacked ("two foreigners", "foreign tourists", "expatriates"): ACLED's civilians
            # of no one nationality (Kenya's file: 1 row gained; the global file's: 3 gained; none lost)
            role = self.as_role(chosen)
            if role is not None:
                intl = self.catalogue.generic("civilians", "International")
                return ActorRole(intl.name, intl.inter, role.evidence)
        if chosen is not None:
            return self.as_role(chosen)
        return self.generic("civilians")

    def people_named(self) -> bool:
        """Whether the text names people (not only buildings or places) who could be civilian victims."""
        return any(m.category == "civilians" and m.cue != "civilian_sites" for m in self.mentions)

    def assoc(self, categories: frozenset[str]) -> str | None:
        if not self.country:
            return None
        for m in self.mentions:
            if m.group and m.category in categories and m.sentence == self.trig.sent:
                return self.catalogue.social_group(m.group, self.country)
        return None

    def intervening(self, categories: frozenset[str]) -> ActorMention | None:
        """The force that acts in a protest or riot; forces named only as the grievance do not
        ("protesting against police brutality")."""
        for m in self.ranked(categories):
            if not _grievance(self.analysis, m) and not _negated(self.analysis, m) \
                    and not _bystander(self.analysis, m) and not self.looks_on(m) \
                    and not (_cause_clause(self.analysis, m) and not self.force_fights(m)):
                return m
        return None

    def mob_victim(self) -> bool:
        """Whether the act's sentence has a person the crowd went for: a civilian patient of an act that
        says who did it ("a man was lynched by a mob", "a mob beat a suspect"); not the owner of what it
        stormed ("the home of a candidate") nor people an outcome word counts ("five people were injured"
        in a stampede). ACLED codes them, not the police who intervene or rescue, as the other side of
        mob violence (global notes: a mob attacking a named person with police intervening, 23 civilians
        to 3 police)."""
        if self.trig.lemma.lower() in (_WOUND - {"kill"}) | _ARREST:
            return False  # an outcome word, or the arrest the police made, says nothing of the crowd's act
        tokens = self.analysis.tokens
        for r in self.roled:
            m = r.mention
            if r.role != "patient" or m.category != "civilians" or m.cue == "civilian_sites" \
                    or m.sentence != self.trig.sent:
                continue
            head = _head_token(self.analysis, m)
            if head is not None and head.dep == "pobj" and tokens[head.head].lower == "of":
                continue
            return True
        return False

    def riot_without_target(self) -> bool:
        """Whether the act is a riot told with no one and nothing it went for ("riots broke out after
        the results", "students rioted over exams"): the riot word heads its clause, no violence of its
        sentence has a target, and the text names no civilian the crowd could have gone for. The generic
        civilians a mob's victims default to are then a guess (Kenya's riot notes: 12 rows gained, none
        lost; the global file's: 10 gained, 2 lost)."""
        trig = self.trig
        if trig.lemma.lower() not in _RIOT_WORDS and trig.lower not in _RIOT_WORDS:
            return False
        if trig.dep in ("amod", "compound"):
            return False  # "rioting youths stoned a convoy": the main verb is the act
        for t in self.analysis.sentence_tokens(trig.sent):
            if t.pos == "VERB" and t.lemma.lower() in _VIOLENT and any(
                    c.dep in ("dobj", "nsubjpass") for c in self.analysis.children(t)):
                return False
        return not self.mob_target_named()

    def forces_only_after(self) -> bool:
        """Whether the state's forces near the act only come after the mob's violence: each of their
        mentions investigates, rescues or takes someone in ("police are investigating", "police came to his
        rescue", "intervened and saved the victim", "handed him over to the police") or names the place
        ("at the police station"), and none on duty is hurt, fights or turns tear gas on the crowd. ACLED
        codes the mob's target, not such a force, as the other side (global file's riot notes: 13 rows
        gained, none lost; Kenya's level)."""
        if _CROWD_CONTROL_TOOLS.search(self.analysis.text):
            return False
        tokens = self.analysis.tokens
        seen = False
        for m in self.mentions:
            if m.category not in _STATE or abs(m.sentence - self.trig.sent) > _FIGHT_REACH:
                continue
            if _OFF_DUTY.search(self.analysis.sentence_text(m.sentence)):
                continue  # ACLED: forces off duty are civilians, a mob's victims like any other
            if id(m) in self.suffering or _in_fight(self.analysis, m):
                return False
            head = _head_token(self.analysis, m)
            h = _conj_root(self.analysis, head) if head is not None else None
            if h is None or h.head == h.i:
                return False
            verb = tokens[h.head]
            if h.dep == "compound" and verb.lemma.lower() in _FORCE_PLACES and verb.dep == "pobj" \
                    and tokens[verb.head].lower in _PLACE_PREPS:
                continue  # "at the police station": where it happened
            if h.dep == "pobj" and verb.head != verb.i and (verb.dep == "agent" or verb.lower in ("to", "into", "of")):
                # "beaten until rescued by police", "handed over to the police", "the rescue of police"
                verb = tokens[verb.head]
            lemma = verb.lemma.lower()
            if lemma == "intervene" and any(c.dep in ("conj", "xcomp", "advcl") and c.lemma.lower() in _RESCUE
                                            for c in self.analysis.children(verb)):
                lemma = "rescue"  # "police intervened and saved the victim"
            if lemma not in _AFTERMATH:
                return False
            seen = True
        return seen

    def off_duty_hurt(self) -> bool:
        """Whether the text has forces off duty suffer violence ("assaulted an off-duty constable")."""
        return any(m.category in _STATE and id(m) in self.suffering
                   and _OFF_DUTY.search(self.analysis.sentence_text(m.sentence)) for m in self.mentions)

    def mob_target_named(self) -> bool:
        """Whether the text names anyone or anything civilian the crowd could have gone for: a civilian
        mention (people or a site) that is not the crowd itself (the subject or agent of an act)."""
        for m in self.mentions:
            if m.category != "civilians":
                continue
            if any(r.mention is m and r.role in ("agent", "agent2", "between1") for r in self.roled):
                continue
            if self.is_subject(m) and m.cue != "civilian_sites":
                continue
            return True
        return False

    def forces_attacked(self, force: ActorMention) -> bool:
        """Whether the crowd turns on the state's forces or they on it: a force suffers violence or is
        overpowered near the act ("beat up policemen", "overpowered police", "officers were injured"),
        takes part in a fight, or shoots into the crowd ("police opened fire on the group")."""
        if _in_fight(self.analysis, force):
            return True
        tokens = self.analysis.tokens
        for m in self.mentions:
            # a force hurt or shooting elsewhere in an article ("last week gunmen ambushed a patrol") is
            # another event
            if m.category not in _STATE or abs(m.sentence - self.trig.sent) > _FIGHT_REACH:
                continue
            if id(m) in self.suffering:
                return True
            head = _head_token(self.analysis, m)
            h = _conj_root(self.analysis, head) if head is not None else None
            if h is None or h.head == h.i:
                continue
            verb = tokens[h.head]
            if h.dep == "dobj" and verb.lemma.lower() in _TURN_ON_FORCE:
                return True
            if h.dep == "nsubj" and _shoots(self.analysis, verb):
                return True
            if h.dep == "pobj" and verb.dep == "agent" and verb.head != verb.i \
                    and _shoots(self.analysis, tokens[verb.head]):
                return True  # "a man was shot by police officers"
            if h.dep == "pobj" and verb.lower == "between":
                return True  # "violence erupted between police and residents"
        return False

    def people_hurt(self) -> ActorMention | None:
        """People a violent crowd beat or injured: a target of the act that the text shows suffering
        (the nearest such one, not a building named before it), else people the text has assaulted or
        beaten ("destroyed a plant and injured a journalist", "a teacher was assaulted")."""
        def person(m: ActorMention) -> bool:
            return m.category == "civilians" and m.cue != "civilian_sites" and id(m) in self.suffering \
                and not _arrested(self.analysis, m)

        if _FIGHT_WORDS.search(self.analysis.sentence_text(self.trig.sent)):
            return None  # people hurt in a fight between crowds: rioters on both sides
        for r in self.roled:
            if r.role in ("patient", "with", "between2") and person(r.mention):
                return r.mention
        tokens = self.analysis.tokens
        for m in self.mentions:
            head = _head_token(self.analysis, m)
            if head is None or not person(m):
                continue
            h = _conj_root(self.analysis, head)
            verb = tokens[h.head]
            # "protesting the driver who injured a volunteer": a clause that describes is the grievance;
            # "five people were injured in the riots" counts casualties without saying who hurt them
            lemma = verb.lemma.lower()
            if lemma in _BEAT and verb.dep not in ("relcl", "acl") and \
                    (h.dep == "dobj" or (h.dep == "nsubjpass" and lemma not in _WOUND)):
                return m
        return None

    def casualty(self, m: ActorMention) -> bool:
        """Whether a mention the text shows suffering is a casualty of this act: "an attack on police"
        counts in the act's sentence only (elsewhere it is another attack: "a similar attack against
        police occurred earlier")."""
        if m.sentence == self.trig.sent:
            return True
        head = _head_token(self.analysis, m)
        return head is not None and _conj_root(self.analysis, head).dep != "pobj"

    def force_fights(self, force: ActorMention) -> bool:
        """Whether the force takes part in a fight near the act, under any of its mentions ("police shot a
        man after rioters clashed with police")."""
        return any(m.name == force.name and abs(m.sentence - self.trig.sent) <= _FIGHT_REACH
                   and not _negated(self.analysis, m) and _in_fight(self.analysis, m) for m in self.mentions)

    def foreign_crowd(self, kind: str) -> ActorRole | None:
        """The crowd of another nationality that acts ("Somali residents protest", "Ethiopian refugees took to
        the streets"): ACLED names protesters by their nationality, as it names civilians."""
        agent = self.role("agent", categories=frozenset({"civilians"}))
        if agent is None or agent.cue != "civilians" or agent.country in (None, self.country) \
                or self.catalogue.country(agent.country) is None:
            return None
        actor = self.catalogue.generic(kind, agent.country, on=self.on)
        return ActorRole(actor.name, actor.inter, ((agent.start, agent.end),))

    def crowd_force(self, m: ActorMention) -> ActorRole | None:
        """The force facing a crowd: unnamed "security forces" there are the police in ACLED's coding
        (twice as often as the army in its notes on riots and protests), unless the text has soldiers."""
        if m.kind == "generic" and m.cue == "state" and self.country \
                and not any(x.cue == "military" for x in self.mentions):
            return self.generic("police", [m])
        return self.as_role(m)

    # ------------------------------------------------------------------ event types

    def protests(self, sub: str) -> EventActors:
        protesters = [m for m in self.mentions if m.category == "protesters"]
        a1 = self.foreign_crowd("protesters") or self.generic("protesters", protesters[:1])
        assoc = self.assoc(frozenset({"protesters", "civilians"}))
        # police before other forces: ACLED codes the police in most interventions, the army where the
        # text has only soldiers ("security forces (presumed police)", "police and army dispersed")
        police = frozenset({"police"})
        if sub == "Excessive force against protesters":
            force = self.intervening(police) or self.intervening(_STATE) or self.intervening(_NONSTATE - {"party"})
            a_force = self.crowd_force(force) if force else self.generic("police")
            return EventActors(a_force, a1, assoc_actor_2=assoc)
        if sub == "Protest with intervention":
            force = self.intervening(police) or self.intervening(_STATE) or self.intervening(_NONSTATE - {"party"})
            return EventActors(a1, self.crowd_force(force) if force else self.generic("police"), assoc)
        # a crowd the text has the state act on is no peaceful protest whatever its sub-type says: ACLED
        # codes a force as the other side of nearly every protest whose note tells of dispersal or of
        # protesters arrested ("police broke up the march", "were repulsed by police", "six arrests
        # reported"); the sub-type is often the error on short notes
        force = self.intervening(police) or self.intervening(_STATE)
        if force is not None and _force_on_protest(self.analysis, force, self.trig.sent):
            return EventActors(a1, self.crowd_force(force), assoc)
        handled = _crowd_handled(self.analysis) or _tools_on_crowd(self.analysis, self.trig.sent)
        if handled is not None:
            # the tools only the state's forces turn on crowds (tear gas, rubber bullets, live fire): ACLED
            # codes a force in 704 of 722 global protest notes that tell of them; the named force if any
            if force is not None and not _arrested(self.analysis, force):
                return EventActors(a1, self.crowd_force(force), assoc)
            return EventActors(a1, self.generic("police", span=handled), assoc)
        return EventActors(a1, None, assoc)

    def riots(self, sub: str) -> EventActors:
        rioters = [m for m in self.mentions if m.category == "rioters"]
        a1 = self.generic("rioters", rioters[:1])
        assoc = self.assoc(frozenset({"rioters", "civilians", "protesters"}))
        target = self.role("patient", "with", "between2")
        if target is not None and target.category == "party" and self.role("between2") is target:
            target = None  # "a confrontation between ODM and Jubilee supporters": rioters on both sides
        # a party is the crowd's colours or its grievance, not the other side ("police dispersed NASA
        # supporters", "youths pelted ODM rally attendees"): ACLED codes the force or the civilians
        if target is not None and sub == "Mob violence" and target.category in _IDENTITY \
                and self.role("patient") is target:
            # a mob that lynches or beats herders of a community goes for civilians: ACLED codes the
            # community's militia only when it fights (the global file's riot notes: 15 rows gained, none
            # lost; Kenya's: 2 gained, none lost)
            return EventActors(a1, self.victims(), assoc)
        if target is not None and target.category in _STATE | _NONSTATE - {"unidentified", "party"} \
                and not _grievance(self.analysis, target):
            return EventActors(a1, self.as_role(target), assoc)
        force = self.intervening(frozenset({"police"})) or self.intervening(_STATE)
        if sub == "Mob violence":
            # a force elsewhere in the text is the other side only when the text names no people the
            # mob went for: "rioters burned a station. Police dispersed them" (with no victims named
            # the civilians would be a guess, the intervening force is in the text)
            near = force is not None and (force.sentence == self.trig.sent or not self.people_named()
                                          or _acts_on_crowd(self.analysis, force) or self.forces_attacked(force))
            if self.mutual():
                # two crowds fighting each other: ACLED codes both sides as rioters, also when a force
                # breaks the fight up (global notes: 14 to 4); a force in the fight ("youths clashed with
                # police", "engaged police in running battles") is the other side
                if force is not None and self.force_fights(force):
                    return EventActors(a1, self.crowd_force(force), assoc)
                if force is not None and force.sentence == self.trig.sent \
                        and not _crowds_fight(self.analysis, self.trig.sent):
                    return EventActors(a1, self.crowd_force(force), assoc)
                return EventActors(a1, a1, assoc)
            if force is not None and near and not (self.mob_victim() and not self.forces_attacked(force)):
                if self.forces_only_after() and (self.mob_target_named() or self.off_duty_hurt()):
                    # the force only came after (investigated, rescued): the mob's target is the other side
                    return EventActors(a1, self.victims(), assoc)
                return EventActors(a1, self.crowd_force(force), assoc)
            if self.riot_without_target():
                # no victim to name: ACLED leaves the other side empty (coded as a violent demonstration
                # in Kenya's notes, as mob violence with no second actor in the global file's)
                return EventActors(a1, None, assoc)
            return EventActors(a1, self.victims(), assoc)
        if force is not None:
            # two crowds of demonstrators that fight are not coded like a mob (tried: Kenya +2 -3, a
            # violent demonstration's "clash" is more often with the force that broke it up), unless the
            # fight names two crowds as its sides ("traders and hawkers clashed", "two groups of
            # demonstrators clashed", "stoned each other") and the force only broke it up
            if self.mutual() and not self.force_fights(force) and _crowds_named(self.analysis, self.trig.sent):
                return EventActors(a1, a1, assoc)
            return EventActors(a1, self.crowd_force(force), assoc)
        if _convoy_attacked(self.analysis.text):
            return EventActors(a1, self.victims(), assoc)
        # a violent demonstration has civilians as its other side only when it beats or injures
        # people ("assaulted the official", "whipped workers"); burning a man's house or a market has none
        hurt = self.people_hurt()
        if hurt is not None:
            return EventActors(a1, self.as_role(hurt), assoc)
        unnamed = _unnamed_crowd_control(self.analysis)
        return EventActors(a1, self.generic("police", span=unnamed) if unnamed else None, assoc)

    def violence_against_civilians(self) -> EventActors:
        # the act that has civilians as its target is the one to read ("police responded to the
        # attack by beating residents"): prefer it when the trigger's own act targets no one
        if self.role("patient", categories=frozenset({"civilians"})) is None:
            for act, roled in zip(self.acts[1:], self.other_roles(), strict=False):
                if act.sent == self.trig.sent and self.role("patient", categories=frozenset({"civilians"}),
                                                             roled=roled) is not None:
                    self.trig, self.roled = act, roled
                    break
        perpetrator = self.named_unknown(self.perpetrator())
        force = None if self.civilians_hurt() else (self.forces_hurt(perpetrator) or self.forces_hit_back(perpetrator))
        return EventActors(perpetrator, self.as_role(force) if force is not None else self.victims())

    def civilians_hurt(self) -> bool:
        """Whether the text names civilians the act or any violence of the text hurt."""
        return any(m.category == "civilians" and m.cue != "civilian_sites"
                   and (id(m) in self.suffering or any(r.mention is m and r.role == "patient" for r in self.roled))
                   for m in self.mentions)

    def forces_hit_back(self, perpetrator: ActorRole | None) -> ActorMention | None:
        """State forces that shoot, kill or wound the armed group the note is about ("police shot dead two
        gang members", "14 raiders shot by police") when no civilian is hurt: ACLED codes the force as the
        group's other side (a battle the type model often reads as an attack on civilians)."""
        if perpetrator is None or perpetrator.inter not in (2, 3, 4):
            return None
        tokens = self.analysis.tokens
        armed_heads = {_conj_root(self.analysis, h).i for h in (_head_token(self.analysis, m) for m in self.mentions
                       if m.category in _NONSTATE - {"party"}) if h is not None}
        for m in self.ranked(_FORCES):
            if id(m) in self.suffering or abs(m.sentence - self.trig.sent) > _FIGHT_REACH or self.looks_on(m):
                continue
            head = _head_token(self.analysis, m)
            h = _conj_root(self.analysis, head) if head is not None else None
            if h is None or h.head == h.i:
                continue
            verb = tokens[h.head]
            if h.dep == "pobj" and verb.dep == "agent" and verb.head != verb.i:
                verb = tokens[verb.head]  # "raiders shot by police"
                roles = ("nsubjpass", "nsubj")
            elif h.dep == "nsubj":
                roles = ("dobj",)
            else:
                continue
            # "police pursued them and shot dead two gang members": the verbs coordinated with the force's
            verbs = [verb, *(c for c in self.analysis.children(verb) if c.dep == "conj" and c.pos == "VERB")]
            if any(v.lemma.lower() in _HIT_BACK and any(c.dep in roles and c.i in armed_heads
                                                       for c in self.analysis.children(v)) for v in verbs):
                return m
        return None

    def forces_hurt(self, perpetrator: ActorRole | None) -> ActorMention | None:
        """State forces on duty that the act hurt, in a text with no civilian hurt ("a gang killed police
        officers", "two policemen are in hospital after suffering injuries in a gang attack"): ACLED
        codes the force, never civilians, as the other side (the type is a battle; it is left to
        ``fogwatch.event_types``, whose model reads many such notes as attacks)."""
        if _OFF_DUTY_NOTE.search(self.analysis.text):
            return None  # ACLED: forces off duty are civilians ("presumed off-duty", "shot at his home")
        for m in self.ranked(_FORCES):
            if id(m) not in self.suffering or abs(m.sentence - self.trig.sent) > 1 or not self.casualty(m):
                continue
            if perpetrator is not None and m.name == perpetrator.name:
                continue
            if _OFF_DUTY.search(self.analysis.sentence_text(m.sentence)) or \
                    _FORMER.search(self.analysis.text, max(0, m.start - 20), m.start):
                continue  # ACLED: forces off duty, retired or former are civilians
            return m
        return None

    def named_unknown(self, perpetrator: ActorRole | None) -> ActorRole | None:
        """Unnamed attackers that ACLED names in context (the drug war's vigilantes in the Philippines):
        the catalogue says which words call for it (``unidentified_when``)."""
        if perpetrator is None or not self.country:
            return perpetrator
        unknown = self.catalogue.generic("unidentified", self.country, on=self.on)
        if perpetrator.name != unknown.name:
            return perpetrator
        known = self.catalogue.unidentified_as(self.country, self.analysis.text, on=self.on)
        return perpetrator if known is None else ActorRole(known.name, known.inter, perpetrator.evidence)

    def battles(self) -> EventActors:
        first = self.role("between1", categories=_ARMED)
        second = self.role("between2", categories=_ARMED)
        # both sides of a battle fight and suffer: no mention is left out as a mere victim here
        agent = self.role("agent", "agent2", categories=_ARMED)
        other = self.role("patient", "with", categories=_ARMED)
        a1 = first or agent
        a2 = second if first else other
        if a1 is None and a2 is None:
            # the first act names no side ("after being ambushed"): read the next act that does
            for roled in self.other_roles():
                agent = self.role("between1", "agent", "agent2", categories=_ARMED, roled=roled)
                if agent is not None:
                    a1 = agent
                    a2 = self.role("between2", "patient", "with", categories=_ARMED, roled=roled)
                    break
        if a1 is not None and a2 is not None and a1.name == a2.name and a1.kind != "generic":
            a2 = None
        if a1 is None or (a1.kind == "generic" and a1.category in ("unidentified", "gang")) or a1.category in _STATE:
            blamed = self.attributed(strong_only=a1 is not None and a1.category in _STATE) \
                if a1 is None or a1.category not in _STATE else self.attributed(strong_only=True)
            if blamed is not None and (a2 is None or blamed.name != a2.name) and blamed.category in _NONSTATE:
                if a1 is not None and a1.category in _STATE and a2 is None:
                    a2 = a1
                a1 = blamed
        if a1 is None:
            a1 = self.in_text(_ARMED, exclude=[a2.name] if a2 else [])
            # a side read from the text, not the act's grammar, may still be a foreign force written
            # beside the home force ("police forces and agents from the MSS clashed with gang members")
            a1 = None if a1 is None else self._home_force(a1, self.roled)
        if a1 is not None and a2 is None and self.split_in_two(a1):
            # "two groups of Al Shabaab clashed", "two Maasai clans clashed": one actor; "2 groups of
            # government forces (NISA and SNA) clashed": the units in brackets, in the order written; "two
            # warring groups of the MILF and the MNLF clashed" names the other group
            units = self.bracketed_units(a1)
            if len(units) >= 2:
                a1, a2 = units[0], units[1]
            else:
                a2 = next((m for m in self.mentions if m.sentence == self.trig.sent and m.kind == "named"
                           and m.category in _NONSTATE - {"party", "suspects"} and m.name != a1.name), a1)
        if a1 is not None and a2 is None and a1.category in _IDENTITY:
            # a communal clash: the other community named in the act's sentence ("clashes between
            # members of the Borana and Gabra communities") before any force named elsewhere
            a2 = next((m for m in self.ranked(_IDENTITY, exclude=[a1.name])
                       if m.kind != "generic" and m.sentence == self.trig.sent), None)
        if a1 is not None and a2 is None:
            # the other side: preferably of the other camp (state against non-state); a force that only
            # looks into the event afterwards ("police have launched an investigation") is no side: the
            # civilians the act hurt are the other side then (ACLED codes the attack on them)
            camp = _NONSTATE - {"party"} if a1.category in _STATE else _STATE
            a2 = self.in_text(camp, exclude=[a1.name]) or self.in_text(_ARMED, exclude=[a1.name])
            if a2 is not None and self.looks_on(a2) and not any(
                    x.name == a2.name and not self.looks_on(x) for x in self.mentions):
                a2 = None
                if self.civilians_hurt():
                    return EventActors(self._side(a1), self.victims())
        if a1 is not None and a2 is None and a1.category in _IDENTITY:
            a2 = a1  # "rival pastoralist communities clashed": one actor on both sides
        a1, a2 = self.named_communities(a1, a2)
        return EventActors(self._side(a1), self._side(a2))

    def named_communities(self, a1: ActorMention | None,
                          a2: ActorMention | None) -> tuple[ActorMention | None, ActorMention | None]:
        """Sides read as unnamed communities ("pastoralists", "rival communities") take the names of
        the communities the text names elsewhere ("the clashes between Borana and Gabra herders"):
        ACLED codes the named ethnic or communal militia whenever the notes name it."""
        def unnamed(m: ActorMention | None) -> bool:
            return m is not None and m.kind == "generic" and m.category in _IDENTITY

        if not (unnamed(a1) or unnamed(a2)):
            return a1, a2
        taken = {m.name for m in (a1, a2) if m is not None and not unnamed(m)}
        spare = [m for m in self.ranked(_IDENTITY) if m.kind != "generic" and m.name not in taken]
        names: list[ActorMention] = []
        for m in spare:
            if all(m.name != n.name for n in names):
                names.append(m)
        if unnamed(a1) and names:
            a1 = names.pop(0)
        if unnamed(a2) and names:
            a2 = names.pop(0)
        return a1, a2

    def _side(self, m: ActorMention | None) -> ActorRole | None:
        return self.as_role(m) if m is not None else self.unknown()

    def remote(self, sub: str) -> EventActors:
        # forces counted among the casualties do not set off the blast ("police and civilians injured");
        # casualties are told in the act's sentence or the next ones, earlier ones are another event's
        hit_forces = [m for m in self.mentions if m.category in _FORCES
                      and 0 <= m.sentence - self.trig.sent <= _FIGHT_REACH
                      and ((id(m) in self.suffering and self.casualty(m)) or _hit(self.analysis, m)
                           or (sub == "Remote explosive/landmine/IED" and _passing(self.analysis.text, m)))]
        self.suffering = self.suffering | {id(m) for m in hit_forces}
        if sub in ("Air/drone strike", "Shelling/artillery/missile attack"):
            agent = self.role("agent", "between1", categories=_STATE | _NONSTATE)
            a1 = self.as_role(agent) if agent else None
            if a1 is None:
                state = self.in_text(_STATE, actors_only=True)
                a1 = self.as_role(state) if state else self.perpetrator()
        else:
            a1 = self.bomber(self.perpetrator())
        exclude = [a1.name] if a1 else []
        # groups named beside the bomber ("the Pale PDF and the Ayeyar 14 bombed", "the joint forces of X,
        # Y and Z") bombed with it: ACLED makes them its associates, never the target (Myanmar notes)
        exclude += self.allies(a1)
        # security forces the text shows hit ("injuring three police officers", "targeting soldiers",
        # "two officers and a civilian were wounded") are the target even when civilians were hit too:
        # ACLED codes the force in 25 of 27 such global notes (98% of all notes with forces hit)
        hit = [m for m in hit_forces if m.name not in exclude]
        # the act's own sentence first, then the first named there ("military and police forces were hit")
        nearest_hit = min(hit, key=lambda m: (abs(m.sentence - self.trig.sent), m.start)) if hit else None
        turned = self.turned_force(a1) if nearest_hit is None and a1 is not None else None
        if turned is not None:
            return EventActors(a1, turned)
        # the attacker's own weapons ("fired artillery at X") are not the target, nor, for a strike from the
        # air or by artillery, the forces named with the attacker before the act ("US forces, in
        # coordination with government forces (SNA), conducted an airstrike targeting an Al Shabaab base")
        if sub in ("Air/drone strike", "Shelling/artillery/missile attack") and a1 is not None \
                and any(m.name == a1.name and m.category in _FORCES | {"external"} for m in self.mentions):
            exclude = exclude + [m.name for m in self.mentions if m.sentence == self.trig.sent
                                 and m.end <= self.trig.start and m.category in _FORCES | {"external"}]
        target = self.role("patient", "with", roled=[r for r in self.roled if r.mention.name not in exclude])
        if a1 is not None and nearest_hit is None and (target is None or target.category == "civilians"):
            earlier = self.earlier_target(a1)
            if earlier is not None:
                return EventActors(a1, self.as_role(earlier))
        if target is not None and target.name not in exclude and target.category not in ("protesters", "rioters") \
                and target.cue != "civilian_sites":
            if target.category == "civilians" and nearest_hit is not None:
                target = nearest_hit
            return EventActors(a1, self.as_role(target))
        if nearest_hit is not None:
            return EventActors(a1, self.as_role(nearest_hit))
        # civilians are the target only when people are hit: a shelled village or house alone is not,
        # nor are residents the text shows only fleeing or hiding ("locals fled", "no casualties")
        people = [m for m in self.mentions if m.category == "civilians" and m.cue != "civilian_sites"]
        # nor residents the text shows unhurt while others fled or hid ...
        if not any(id(m) in self.suffering or _hit(self.analysis, m) for m in people) \
                and _UNHURT.search(self.analysis.text) and not _people_hurt(self.analysis.text):
            people = []
        # ... nor when the note says no one was hurt ("civilian infrastructure was damaged, no casualties"):
        # of the global notes with no force hit, ACLED leaves the target blank in 2,206 of 2,353 (people
        # the act itself targets, "fired at civilians", are read above)
        if people and not _nobody_hurt(self.analysis.text):
            return EventActors(a1, self.as_role(min(people, key=lambda m: abs(m.sentence - self.trig.sent))))
        # (not the unknown planters the attacker was read into: "an unknown armed group (likely Al Shabaab)")
        other = next((m for m in self.ranked(_STATE | _NONSTATE - {"party"}, exclude=exclude)
                      if (a1 is None or m.kind != "generic" or m.category != "unidentified")
                      and not self.looks_on(m)), None)
        if other is not None and sub in ("Remote explosive/landmine/IED", "Grenade") \
                and self.after_blast(other.name, unhurt=True):
            other = None  # soldiers who came, searched or fired after the blast were not its target
        if other is not None and other.category in _NONSTATE and other.kind != "generic" \
                and id(other) not in self.suffering and authors_doubted(self.analysis.text):
            # the group the note names as a guess it sets aside (nobody knows who threw it, though X is
            # active nearby) is not the target either
            other = None
        if other is None and not people and self.country in _HURT_ARE_CIVILIANS \
                and _people_hurt(self.analysis.text) and not _nobody_hurt(self.analysis.text) \
                and not _ANIMALS.search(self.analysis.text):
            # people hurt whom the lexicon does not know as civilians ("a miner stepped on a landmine and
            # lost a leg", "a female cleaner was injured"), no armed group or force named: civilians
            return EventActors(a1, self.generic("civilians"))
        if other is None and sub == "Grenade" and not (self.country in _GRENADE_HURT_ONLY
                                                       and _nobody_hurt(self.analysis.text)):
            return EventActors(a1, self.generic("civilians"))  # a grenade thrown at a crowd, a bar, a bus
        return EventActors(a1, self.as_role(other) if other else None)

    def allies(self, a1: ActorRole | None) -> list[str]:
        """Names of the armed mentions joined to ``a1``'s own by a mere "and", comma or "together with"."""
        if a1 is None:
            return []
        text = self.analysis.text
        own = [m for m in self.mentions if m.name == a1.name]
        spans = [(m.start, m.end) for m in own]
        # (one side: "the military and the KIA exchanged fire" are foes)
        side = _STATE if any(m.category in _STATE for m in own) else _NONSTATE
        out = []
        for m in self.mentions:
            if m.name == a1.name or m.category not in side or m.kind == "generic" or id(m) in self.suffering:
                continue
            for start, end in spans:
                gap = text[end : m.start] if end <= m.start else text[m.end : start]
                if len(gap) <= 30 and _ALLIED_GAP.match(gap):
                    out.append(m.name)
                    break
        return out

    def earlier_target(self, attacker: ActorRole) -> ActorMention | None:
        """The armed side the attacker fired at a sentence or two before, when the act is told again after
        it ("X fired mortars at the positions of Y. ... As a result of shelling, two civilians were killed"):
        the strike is on Y, the casualties its outcome (Ukraine's notes: 13 such rows coded to the side fired
        at). Another side's attack told before ("rebels attacked an army post") is another event."""
        acts = _ACTS["Explosions/Remote violence"] | _FIRE
        for t in self.analysis.tokens:
            if t.sent >= self.trig.sent:
                return None
            if t.sent < self.trig.sent - _FIGHT_REACH or t.pos != "VERB" or t.lemma.lower() not in acts:
                continue
            roled = _roles(self.analysis, self.mentions, t)
            agent = self.role("agent", "between1", roled=roled)
            if agent is None or agent.name != attacker.name:
                continue
            found = self.role("patient", categories=_ARMED,
                              roled=[r for r in roled if r.mention.name != attacker.name])
            if found is not None:
                return found
        return None

    def turned_force(self, a1: ActorRole) -> ActorRole | None:
        """At a war front (actor_fronts), a force's unit, site or members the text names without a nation
        ("fired missiles at a military unit", "two servicemen were injured") that the catalogue gave the
        attacker's nation, the one the text names: the enemy does not strike its own units, they are the
        event country's (Ukraine's notes of Russian strikes on military units and facilities)."""
        if self.country is None or front_on(self.country, self.on) is None:
            return None
        for m in self.mentions:
            if m.kind != "descriptive" or m.category not in ("military", "police") or m.name != a1.name \
                    or m.country in (None, self.country) or not 0 <= m.sentence - self.trig.sent <= _FIGHT_REACH \
                    or self.is_subject(m) or not _FORCE_SITE.search(self.analysis.text, m.start, m.end):
                continue
            return self.generic(m.category, [m])

    def named_after(self, words: re.Pattern[str], r1: ActorRole | None) -> ActorMention | None:
        """The first armed actor other than actor1 whose sentence has ``words`` right before it: "took
        control of X from <actor>" (global notes of non-violent transfers saying so: 21 of 21 have it as
        actor2), "an operation targeting <actor>"."""
        text = self.analysis.text
        for m in self.mentions:
            if m.category not in _ARMED or m.category == "suspects" or (r1 is not None and m.name == r1.name) \
                    or m.sentence < 0:
                continue
            if words.search(text, self.analysis.sentences[m.sentence].start, m.start):
                return m
        return None

    def defected_to(self, r1: ActorRole | None) -> ActorMention | None:
        """The armed actor fighters surrender, defect or (for a non-state group) join: "surrendered to
        Al Shabaab", "defected to Somaliland", "joined the Taliban" (global notes of changes to a group:
        18 of 23 such notes have it as actor2)."""
        text = self.analysis.text
        for m in self.mentions:
            if m.category not in _ARMED or m.category in ("suspects", "unidentified") or m.kind == "generic" \
                    or (r1 is not None and m.name == r1.name):
                continue
            before = text[max(0, m.start - 40) : m.start]
            if _SURRENDERED_TO.search(before) or (m.category in _NONSTATE and _JOINED_GROUP.search(before)):
                return m
        return None

    def bomber(self, a1: ActorRole | None) -> ActorRole | None:
        """A state force the note names only after the blast ("After the explosion, soldiers fired shots",
        "Three men were arrested by the military afterwards") is what came of the bombing, not its author:
        ACLED codes an unidentified armed group unless the note blames the force (Myanmar notes, with the
        same reading of the target below: 66 rows gained, 1 lost)."""
        return self.unknown() if a1 is not None and self.after_blast(a1.name) else a1

    def after_blast(self, name: str, *, unhurt: bool = False) -> bool:
        """Whether the state force ``name`` appears only in sentences after the blast's, none blaming it
        (with ``unhurt``, none telling of casualties or damage either: those are the blast's targets)."""
        # (the force's mentions among the blast's casualties are no sign of its authorship)
        same = [m for m in self.mentions if m.name == name and id(m) not in self.suffering]
        if not same or any(m.category not in _STATE or m.sentence <= self.trig.sent for m in same):
            return False
        sentences = self.analysis.sentences
        said = [self.analysis.text[sentences[m.sentence].start:sentences[m.sentence].end] for m in same]
        if unhurt and any(_HURT.search(s) or _DAMAGED.search(s) for s in said):
            return False
        return not any(_ACCUSATION.search(s) or _PLANTED.search(s) for s in said)

    def strategic(self, sub: str) -> EventActors:
        if sub == "Arrests":
            agent = self.role("agent", categories=_STATE) or self.in_text(_STATE)
            a1 = self.as_role(agent) if agent else self.generic("police")
            target = self.role("patient")
            if target is not None and target.category in _ARMED - {"suspects"}:
                return EventActors(a1, self.as_role(target))
            # "arrested seven men suspected of links to al-Shabaab": the group is the arrested side
            group = self.in_text(_NONSTATE - {"party", "unidentified", "communal_militia", "clan_militia", "suspects"},
                                 exclude=[a1.name] if a1 else [])
            if group is not None and group.kind != "generic":
                return EventActors(a1, self.as_role(group))
            return EventActors(a1, self.victims())
        if sub == "Agreement":
            named = [m for m in self.mentions if m.kind == "named" and m.category in _ARMED - {"suspects"}]
            first = named[0] if named else None
            second = next((m for m in named if first and m.name != first.name), None)
            # --- surrenders (Philippines notes): rebels who surrender "to the military" have the state
            # force as the other side, however generic; drug suspects who surrender are civilians
            # before the police
            state = next((m for m in self.mentions if m.category in _STATE), None)
            if second is None and state is not None and first is not None and first.category in _NONSTATE:
                second = state
            force = state if first is None else first if first.category in _STATE and second is None else None
            if force is not None and (any(m.category in ("suspects", "civilians") for m in self.mentions)
                                      or "surrender" in self.analysis.text.lower()):
                return EventActors(self.as_role(force), self.generic("civilians"))
            # --- end surrenders
            return EventActors(self.as_role(first), self.as_role(second))
        agent = self.role("agent", "between1", categories=_ARMED)
        # (a force the note has only stand by, "the police was on site, but no action was reported", is
        # not the author of the gunshots or roadblock it came to)
        roadblock = sub == "Other" and _ROADBLOCK.search(self.analysis.text) is not None
        a1 = agent or next((m for m in self.ranked(_ARMED) if not _bystander(self.analysis, m)
                            and not (roadblock and _warded_off(self.analysis.text, m))), None)
        if agent is None and sub == "Other" and _NO_AUTHOR.search(self.analysis.text):
            # the note says nobody knows who fired or set it up: the forces and gangs it names are the
            # scene ("near the Police Academy") or a guess; ACLED codes an unidentified armed group (Haiti's
            # "Other" notes saying so: 414 of 427), or the residents of a roadblock (below)
            a1 = None
        target = self.role("patient", "with", "between2", categories=_ARMED)
        r1 = self.as_role(a1) if a1 else self.generic("unidentified")
        if a1 is None and sub == "Other" and _ROADBLOCK.search(self.analysis.text) \
                and not _GUNFIRE.search(self.analysis.text):
            # a roadblock or barricade of unknown authors: ACLED codes the people who set it up as
            # civilians (armed men named as its authors were read above; gunfire heard is armed men's)
            r1 = self.generic("civilians")
        if r1 is not None and a1 is not None and a1.kind == "generic" and a1.category == "unidentified":
            blamed = self.attributed()
            if blamed is not None:
                r1 = self.as_role(blamed)
        if sub in ("Change to group/activity", "Headquarters or base established"):
            # a deployment, a recruitment drive, a new base: one actor's activity (ACLED leaves actor2
            # blank in 96% of them), even when the text names whom it is aimed at; but the group that
            # fighters surrender or defect to is the other side ("soldiers defected to Al Shabaab")
            return EventActors(r1, self.as_role(self.defected_to(r1)))
        if target is None and sub == "Non-violent transfer of territory":
            target = self.named_after(_TAKEN_FROM, r1)
        if target is None and sub == "Looting/property destruction":
            # "an operation targeting Al Shabaab ... destroyed hideouts": the group whose property it was
            # (global notes: 9 of 9)
            target = self.named_after(_OPERATION_AGAINST, r1)
        if target is not None and (r1 is None or target.name != r1.name):
            return EventActors(r1, self.as_role(target))
        if sub == "Looting/property destruction" and (any(m.category == "civilians" for m in self.mentions)
                                                       or _LOOTING_NOTE.match(self.analysis.text)
                                                       or not _UTILITIES.search(self.analysis.text)):
            # ACLED codes the owners of looted or destroyed homes, shops, villages and company equipment
            # as civilians (global notes: 918 of 1,000 such events; "burned a police post" was handled
            # above as the target), and a coder's "Looting:" note always; public utilities alone (a mast,
            # a power line) have no owner side
            return EventActors(r1, self.victims())
        if sub == "Other" and r1 is not None and r1.inter != _CIVILIAN_INTER:
            patient = self.role("patient", categories=frozenset({"civilians"}))
            if patient is not None and patient.cue != "civilian_sites":
                # armed men who act on people without violence ACLED types ("evicted families", "forced
                # the residents out"): those people are the other side (Kenya's notes: 2 rows gained, none
                # lost; the global sample's: no change)
                return EventActors(r1, self.victims())
        if sub == "Disrupted weapons use":
            # a seized cache or defused bomb: the force that disrupted it and the side whose weapons they
            # were; ACLED names the police and an unidentified armed group where the text names neither
            if a1 is None:
                return EventActors(self.generic("police"), r1)
            camp = _NONSTATE - {"party"} if a1.category in _STATE else _STATE
            other = self.in_text(camp, exclude=[a1.name])
            if other is not None:
                return EventActors(r1, self.as_role(other))
            if a1.category in _STATE:
                return EventActors(r1, self.generic("unidentified"))
        return EventActors(r1, None)


# ------------------------------------------------------------------------------------ syntax


def _unnamed_crowd_control(analysis: Analysis) -> tuple[int, int] | None:
    """The span of the first act of crowd control whose agent the text leaves out (a passive with no
    "by ...") or of a tool of crowd control (tear gas, water cannon); None when there is none."""
    tool = _CROWD_CONTROL_TOOLS.search(analysis.text) or _ARRESTS_COUNTED.search(analysis.text)
    for t in analysis.tokens:
        if tool is not None and t.start >= tool.end():
            break
        if t.lemma.lower() not in _CROWD_CONTROL or t.pos != "VERB":
            continue
        deps = {c.dep for c in analysis.sentence_tokens(t.sent) if c.head == t.i and c.i != t.i}
        if deps & {"nsubjpass", "auxpass"} and "agent" not in deps:
            return (t.start, t.end)
    return tool.span() if tool is not None else None


# violence a force turns on protesters in the main clause ("were assaulted by riot police", "police beat
# the marchers", "were threatened by the police"): ACLED codes the force (12 of 14 global notes; the
# rest tell it as the grievance, which the main-clause test leaves out)
_FORCE_ON_PEOPLE = frozenset({"assault", "beat", "attack", "injure", "wound", "whip", "harass", "threaten",
                              "kill", "shoot", "teargas", "chase", "cane", "flog"})
# nouns over a tool that make it what the protest is about ("the use of tear gas"); the protest itself
# is no grievance here ("the march, which police broke up with tear gas")
_TOOL_GRIEVANCE = (_GRIEVANCE_WORDS - {"protest", "demonstration"}) | {"use", "firing"}
_TOOLS_REACH = 12  # ancestors looked at above a tool of crowd control: a note's sentence is short


def _tools_on_crowd(analysis: Analysis, sentence: int) -> tuple[int, int] | None:
    """The span of the first tool of crowd control the text has used on the protest of sentence
    ``sentence`` (``_CROWD_CONTROL_TOOLS``, or "live fire"): told there or in the next sentences ("...
    protested. Police responded with tear gas"), not one the protest is about ("condemning the use of
    tear gas") nor one used on another crowd earlier in an article."""
    for match in _CROWD_CONTROL_TOOLS_OR_FIRE.finditer(analysis.text):
        t = analysis.token_at(match.start())
        if t is None or not 0 <= t.sent - sentence <= _FIGHT_REACH:
            continue
        grievance = False
        for _ in range(_TOOLS_REACH):
            if t.head == t.i:
                break
            t = analysis.tokens[t.head]
            lemma = t.lemma.lower()
            if (t.pos == "VERB" and lemma in _GRIEVANCE_VERBS) or (t.pos == "ADP" and t.lower in _GRIEVANCE_PREPS) \
                    or (t.pos == "NOUN" and lemma in _TOOL_GRIEVANCE):
                grievance = True
                break
        if not grievance:
            return match.span()
    return None


def _force_on_protest(analysis: Analysis, m: ActorMention, sentence: int) -> bool:
    """Whether the mention does something to the crowd in a main clause, as subject or as the "by ..."
    agent of a passive ("police broke up the march", "were repulsed by police"). Arrests do not count,
    as a protest's note tells of arrests of others (its grievance, the suspects it wants held) as often
    as of protesters; nor does keeping a march from a place (ACLED's notes tell it of peaceful
    protests), nor a clause that describes a noun or what is demanded ("a man who was shot by police",
    "demanding the police arrest ..."). Violence against people (``_FORCE_ON_PEOPLE``) counts in the
    protest's own sentence only: elsewhere it is often the earlier attack the protest is about."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    if head.dep == "nsubj":
        verb = analysis.tokens[head.head]
    elif head.dep == "pobj" and analysis.tokens[head.head].dep == "agent":
        verb = analysis.tokens[analysis.tokens[head.head].head]
    else:
        return False
    lemma = verb.lemma.lower()
    if verb.pos != "VERB" or lemma not in (_ON_CROWD - {"arrest", "detain", "prevent"}) | _FORCE_ON_PEOPLE:
        return False
    if lemma in _FORCE_ON_PEOPLE - _ON_CROWD and m.sentence != sentence:
        return False
    if verb.dep == "conj":
        verb = analysis.tokens[verb.head]
    return verb.dep == "ROOT"


_BARE_REACH = 3  # words between a headline passive and its subject ("31 striking teachers arrested")


def _crowd_handled(analysis: Analysis) -> tuple[int, int] | None:
    """The span of counted arrests ("six arrests reported") or of a main-clause passive act of crowd
    control on a group ("31 teachers were arrested"); None when there is none. Stricter than
    ``_unnamed_crowd_control`` because a protest's grievance is often an arrest or tear gas ("demanding
    the release of an MP who was arrested", "denouncing the use of tear gas")."""
    reported = _ARRESTS_COUNTED.search(analysis.text)
    if reported is not None:
        return reported.span()
    for t in analysis.tokens:
        if t.lemma.lower() not in _CROWD_CONTROL or t.pos != "VERB":
            continue
        if t.dep == "acl" and t.tag == "VBN" and t.head == t.i - 1 and analysis.tokens[t.head].dep == "ROOT" and \
                any(c.head == t.head and c.dep == "nummod" and c.tag == "CD" for c in analysis.sentence_tokens(t.sent)):
            return (t.start, t.end)  # a headline's counted passive: "31 teachers arrested at the site"
        if t.dep not in ("ROOT", "conj") or (t.dep == "conj" and analysis.tokens[t.head].dep != "ROOT"):
            continue
        kids = [c for c in analysis.sentence_tokens(t.sent) if c.head == t.i and c.i != t.i]
        deps = {c.dep for c in kids}
        # "31 teachers arrested." parsed as an active verb with no object or auxiliary: a passive
        bare = t.tag == "VBN" and "nsubj" in deps and not deps & {"dobj", "aux"}
        passive = bool(deps & {"auxpass", "nsubjpass"}) or bare
        # "should be arrested", "has not been arrested", "arrested by police" (told elsewhere) are not it
        if not passive or deps & {"agent", "neg"} or any(c.tag == "MD" for c in kids):
            continue
        subj = next((c for c in kids if c.dep == ("nsubj" if bare else "nsubjpass")), None)
        if subj is None and t.dep == "conj":  # "gathered and were dispersed": the subject of the first verb
            subj = next((c for c in analysis.sentence_tokens(t.sent) if c.head == t.head and c.dep == "nsubj"), None)
        if subj is None or (bare and t.i - subj.i > _BARE_REACH):
            continue  # a bare participle far from its "subject" is a parse error, not a headline passive
        counted = any(c.head == subj.i and c.dep == "nummod" for c in analysis.sentence_tokens(t.sent))
        if counted or subj.tag in ("NNS", "NNPS") or subj.lower == "they":
            return (t.start, t.end)
    return None


def _acts_on_crowd(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention is the subject of an act of crowd control ("police fired into the crowd")."""
    head = _head_token(analysis, m)
    if head is None or head.dep != "nsubj":
        return False
    verb = analysis.tokens[head.head]
    return verb.pos == "VERB" and verb.lemma.lower() in _ON_CROWD


def _head_token(analysis: Analysis, m: ActorMention) -> Token | None:
    first = analysis.token_at(m.start)
    last = analysis.token_at(max(m.start, m.end - 1))
    if first is None or last is None:
        return None
    inside = range(first.i, last.i + 1)
    heads = [analysis.tokens[i] for i in inside
             if analysis.tokens[i].head not in inside or analysis.tokens[i].head == i]
    return heads[-1] if heads else last


def _roles(analysis: Analysis, mentions: Sequence[ActorMention], trig: Token) -> list[_Roled]:
    """The role of each mention of the act's sentence relative to the act."""
    out: list[_Roled] = []
    heads: list[Token | None] = []
    # verbs whose arguments count as the act's: the act itself, the verb a noun act is the object of
    # ("launched an attack"), and verbs the act is coordinated with ("stormed ... and killed")
    governors = _governors(analysis, trig)
    for m in mentions:
        if m.sentence != trig.sent:
            continue
        head = _head_token(analysis, m)
        if head is None:
            continue
        role = _role_of(analysis, head, trig, governors)
        out.append(_Roled(m, role or "other"))
        heads.append(head)
    _between(analysis, out, heads)
    _linear(analysis, out, trig)
    order = {"between1": 0, "agent": 1, "agent2": 2, "between2": 3, "patient": 4, "with": 5, "other": 6}
    # nearest to the act first; conjoined mentions ("international forces and government forces
    # launched") share their first conjunct's distance and keep text order
    roots = {id(r.mention): _conj_root(analysis, h).start if h is not None else r.mention.start
             for r, h in zip(out, heads, strict=True)}
    out.sort(key=lambda r: (order.get(r.role, 9), abs(roots.get(id(r.mention), r.mention.start) - trig.start),
                            r.mention.start))
    return out


def mention_roles(analysis: Analysis, mentions: Sequence[ActorMention], trig: Token) -> list[_Roled]:
    """Public form of ``_roles`` for other stages (event typing reads who acts on whom)."""
    return _roles(analysis, mentions, trig)


def _between(analysis: Analysis, out: list[_Roled], heads: list[Token | None]) -> None:
    """"between X and Y": the first party named inside the phrase is between1, the next one (another
    conjunct, not a second name of the same one: "the ENDF/EDF") between2, in text order."""
    inside = [k for k, r in enumerate(out) if r.role == "between1"]
    if not inside:
        return
    tokens = analysis.tokens
    first_head = heads[inside[0]]
    # the whole "between ..." phrase: everything under the preposition
    between = None
    if first_head is not None:
        t = _conj_root(analysis, first_head)
        if t.head != t.i and tokens[t.head].lower == "between":
            between = tokens[t.head]
    members = set(inside)
    if between is not None:
        lo, hi = analysis.subtree_span(between)
        members |= {k for k, r in enumerate(out) if lo <= r.mention.start and r.mention.end <= hi}
    ordered = sorted(members, key=lambda k: out[k].mention.start)
    first = ordered[0]
    second = None
    h1 = heads[first]
    if h1 is not None:
        root1 = _conj_root(analysis, h1).i
        rest = [k for k in ordered[1:] if heads[k] is not None and heads[k].i != h1.i]  # type: ignore[union-attr]
        # the other conjunct ("X and Y"); else a party outside the first one's phrase ("X backed by Z")
        second = next((k for k in rest if _conj_root(analysis, heads[k]).i == root1), None)  # type: ignore[arg-type]
        if second is None:
            second = next((k for k in rest if not _descends(analysis, heads[k], h1)), None)  # type: ignore[arg-type]
    for k in ordered:
        role = "between1" if k == first else "between2" if k == second else "other"
        out[k] = _Roled(out[k].mention, role)


_ADJACENT_SKIP = frozenset({"DET", "NUM", "ADJ", "ADV", "PART", "PUNCT", "AUX"})


def _descends(analysis: Analysis, t: Token, ancestor: Token) -> bool:
    tokens = analysis.tokens
    for _ in range(12):
        if t.i == ancestor.i:
            return True
        if t.head == t.i:
            return False
        t = tokens[t.head]
    return False


def _linear(analysis: Analysis, out: list[_Roled], trig: Token) -> None:
    """Word order where the parse failed (headline-like notes, "Prison warders attack journalist"):
    an active verb with no subject takes the mention right before it, and with no object the one
    right after it."""
    if trig.pos != "VERB" or trig.tag not in ("VBP", "VBZ", "VBD"):
        return
    tokens = analysis.tokens
    roles = {r.role for r in out}
    deps = {c.dep for c in analysis.children(trig)}
    if not roles & {"agent", "between1"} and not deps & {"nsubj", "nsubjpass", "agent"}:
        before = [k for k, r in enumerate(out) if r.role == "other" and r.mention.end <= trig.start]
        if before:
            k = max(before, key=lambda j: out[j].mention.end)
            last = analysis.token_at(out[k].mention.end - 1)
            if last is not None and all(tokens[i].pos in _ADJACENT_SKIP for i in range(last.i + 1, trig.i)):
                out[k] = _Roled(out[k].mention, "agent")
    if "patient" not in roles and "dobj" not in deps:
        after = [k for k, r in enumerate(out) if r.role == "other" and r.mention.start >= trig.end]
        if after:
            k = min(after, key=lambda j: out[j].mention.start)
            first = analysis.token_at(out[k].mention.start)
            if first is not None and first.i - trig.i <= 4 and \
                    all(tokens[i].pos in _ADJACENT_SKIP for i in range(trig.i + 1, first.i)):
                out[k] = _Roled(out[k].mention, "patient")


def _governors(analysis: Analysis, trig: Token) -> list[tuple[Token, bool]]:
    """(verb, subject_is_patient) pairs whose subjects and objects are the act's arguments."""
    tokens = analysis.tokens
    out: list[tuple[Token, bool]] = [(trig, False)]
    # verbs coordinated after the act share its subject and add objects: "beat and stoned police"
    first, last = analysis.sentences[trig.sent].first, analysis.sentences[trig.sent].last
    out += [(t, False) for t in tokens[first:last] if t.dep == "conj" and t.head == trig.i and t.pos == "VERB"]
    t = trig
    for _ in range(3):
        if t.dep in ("conj", "xcomp", "advcl", "ccomp") and t.head != t.i:
            if _reported_clause(analysis, t):
                break  # "a bomb killed a bus driver, police said": the speaker did not act
            t = tokens[t.head]
            out.append((t, False))
        elif t.dep in ("dobj", "nsubj", "nsubjpass", "attr", "pobj") and t.pos == "NOUN" and t.head != t.i:
            verb = tokens[t.head]
            if verb.pos == "ADP" and verb.head != verb.i:  # "came under attack", "in an attack"
                verb = tokens[verb.head]
            out.append((verb, verb.lemma in _ACTIVE_SUBJECT_PATIENT))
            t = verb
        else:
            break
    return out


def _reported_clause(analysis: Analysis, t: Token) -> bool:
    """Whether ``t`` heads a clause that a speech verb reports and that names its own subject ("two traders
    were shot dead, police said"): the speaker is its source, not its agent ("Al Shabaab said it attacked"
    names no subject of its own and still climbs to the group)."""
    if t.dep != "ccomp" or t.head == t.i:
        return False
    if analysis.tokens[t.head].lemma.lower() not in _SPEECH:
        return False
    return any(c.dep in ("nsubj", "nsubjpass") and c.pos in ("NOUN", "PROPN", "NUM") for c in analysis.children(t))


def _speaker(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention is the subject of a verb of saying ("police said", "officials confirmed")."""
    head = _head_token(analysis, m)
    if head is None or head.dep != "nsubj" or head.head == head.i:
        return False
    return analysis.tokens[head.head].lemma.lower() in _SPEECH


def _conj_root(analysis: Analysis, t: Token) -> Token:
    tokens = analysis.tokens
    for _ in range(6):
        if t.dep == "conj" and t.head != t.i:
            t = tokens[t.head]
        else:
            break
    return t


def _role_of(analysis: Analysis, head: Token, trig: Token, governors: list[tuple[Token, bool]]) -> str | None:
    tokens = analysis.tokens
    h = _conj_root(analysis, head)
    # "members of X", "a group of X": X stands for the noun it qualifies
    if h.dep == "pobj" and h.head != h.i and tokens[h.head].lower == "of":
        of = tokens[h.head]
        if of.head != of.i and tokens[of.head].pos in ("NOUN", "PROPN", "NUM"):
            h = _conj_root(analysis, tokens[of.head])
    if h.i == trig.i:
        return None
    parent = tokens[h.head] if h.head != h.i else None
    if parent is None:
        return None
    # "Al Shabaab positions", "a Taliban checkpoint", "an army base": the owner stands for the place
    if h.dep in ("compound", "poss", "amod", "nmod") and parent.lemma.lower() in _HOLDINGS and parent.i != trig.i \
            and parent.head != parent.i:
        h = _conj_root(analysis, parent)
        parent = tokens[h.head] if h.head != h.i else None
        if parent is None or h.i == trig.i:
            return None
    # "between X and Y" under the act (or under a noun the act governs)
    if h.dep == "pobj" and parent.lower == "between":
        return "between1"
    for verb, subject_is_patient in governors:
        if parent.i == verb.i:
            if h.dep in ("nsubj", "csubj"):
                return "patient" if subject_is_patient else "agent"
            if h.dep == "nsubjpass":
                return "patient"
            if h.dep in ("dobj", "attr", "oprd"):
                return "patient"
            if h.dep in ("poss", "compound", "nmod", "amod") and verb.pos == "NOUN":
                return "agent"  # "an al-Shabaab attack", "the Taliban's assault"
        if h.dep == "pobj" and parent.head == verb.i and parent.i != verb.i:
            prep = parent.lower
            if parent.dep == "agent" or prep == "by":
                return "agent"
            if prep in ("on", "against", "at", "targeting", "upon", "into"):
                return "patient"
            if prep in ("with",):
                return "with"
            if prep in ("from",) and verb.lemma in _ACTIVE_SUBJECT_PATIENT:
                return "agent"  # "came under attack from X"
    # "an airstrike targeting X", "an IED exploded, targeting X": the participle qualifying the act (or a
    # verb governing it) names its target
    if h.dep == "dobj" and parent.lemma.lower() == "target" and parent.dep in ("acl", "advcl") \
            and any(parent.head == verb.i for verb, _ in governors):
        return "patient"
    # "killed in an attack carried out by X", "killed and cattle stolen by X": a passive agent elsewhere
    if h.dep == "pobj" and parent.dep == "agent":
        return "agent2"
    # an act that modifies the mention: "militants who attacked", "people killed in the attack"
    if trig.head == h.i and trig.dep in ("relcl", "acl"):
        return "patient" if trig.tag == "VBN" else "agent"
    # the subject of the verb the act is coordinated with: "Gunmen stormed the village, killing five"
    if h.dep == "nsubj" and trig.dep in ("advcl", "conj", "xcomp") and trig.head == parent.i:
        return "agent"
    return None


def victim_side(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the text presents the mention as suffering violence anywhere: the passive subject or
    the object of a harmful act ("six Kikuyu were killed", "police arrested al-Shabaab suspects"),
    the subject of "died" / "sustained injuries" / "reported dead", the target of "an attack on X"."""
    head = _head_token(analysis, m)
    if head is not None and head.dep == "compound" and head.head != head.i \
            and analysis.tokens[head.head].lemma.lower() in _FORCE_MEMBERS:
        head = analysis.tokens[head.head]  # "a police detective was shot": the mention is "police"
    return head is not None and _suffers(analysis, _conj_root(analysis, head))


def _headline_passive(analysis: Analysis, verb: Token) -> bool:
    """A headline's passive the parse reads as active: "X shot dead", with "dead" and no object."""
    kids = list(analysis.children(verb))
    return any(c.lower == "dead" and c.dep in ("acomp", "oprd", "xcomp", "advmod") for c in kids) \
        and not any(c.dep in ("dobj", "attr") for c in kids)


# a note that says the forces hurt were off duty, in words or by where they were ("presumed off-duty",
# "unarmed at the time", "had gone AWOL", "shot dead at his home")
_OFF_DUTY_NOTE = re.compile(r"\boff[- ]duty\b|\bunarmed\b|\bAWOL\b|\bon leave\b|\bat (?:his|her|their) "
                            r"(?:own )?(?:home|house|residence|homestead)\b", re.IGNORECASE)
# what a force does to the armed group it fights back ("shot dead two raiders", "repulsed the attackers")
_HIT_BACK = _WOUND | frozenset({"shoot", "gun", "engage", "repulse", "repel"})
# members of a force named by their rank or trade, after the force's word ("police detective")
_FORCE_MEMBERS = frozenset({"detective", "inspector", "sergeant", "corporal", "constable", "officer", "commander",
                            "reservist", "ranger", "guard", "askari", "boss", "chief", "superintendent"})


def _suffers(analysis: Analysis, h: Token) -> bool:
    """``victim_side`` for the token heading a phrase (the first of its conjuncts)."""
    tokens = analysis.tokens
    if h.head == h.i:
        return False
    parent = tokens[h.head]
    lemma = parent.lemma.lower()
    if h.dep == "nsubjpass" and lemma in _HARM:
        return True
    if h.dep == "dobj" and lemma in _HARM:
        return True
    if h.dep == "nsubj" and lemma in _HARM and _headline_passive(analysis, parent):
        return True  # "Police detective shot dead while investigating": a headline's passive
    if h.dep == "nsubj" and lemma not in _HARM:  # "police shot dead a man": the shooter
        if lemma in _SUFFER:
            return True
        if any(c.lower in _OUTCOME_WORDS and c.dep in ("acomp", "oprd", "xcomp", "attr")
               for c in analysis.children(parent)):
            return True
        # "two officers are in hospital after sustaining injuries": a clause of suffering with no subject
        # of its own is the subject's
        if any(c.dep == "advcl" and c.lemma.lower() in _SUFFER - {"escape", "survive", "lose", "receive"}
               and not any(g.dep in ("nsubj", "nsubjpass") for g in analysis.children(c))
               for c in analysis.children(parent)):
            return True
    if h.dep == "pobj" and parent.lower in ("on", "against", "targeting") and parent.head != parent.i:
        return tokens[parent.head].lemma.lower() in _HARM
    return False


# what a crowd does to the forces it turns on, besides harming them: "chased the officer", "overpowered
# police", "pelted the officers with stones"
_TURN_ON_FORCE = frozenset({"chase", "overpower", "pelt", "stone", "resist", "confront", "ambush", "disarm",
                            "surround", "block"})


def _shoots(analysis: Analysis, verb: Token) -> bool:
    """Whether the verb is shooting at people: "shot", "opened fire", "fired on the crowd"; not "fired in
    the air" or "fired tear gas"."""
    lemma = verb.lemma.lower()
    kids = list(analysis.children(verb))
    if verb.dep in ("relcl", "acl") or any(c.dep == "aux" and c.lower == "had" for c in kids):
        return False  # "a man who was shot by police", "had been killed by police": the background
    if lemma in ("shoot", "kill", "wound", "injure"):
        return not any(c.dep == "prep" and c.lower == "in" for c in kids)
    if lemma == "open":
        return any(c.dep == "dobj" and c.lower == "fire" for c in kids)
    if lemma == "fire":
        aimed = [g for c in kids if c.dep == "prep" and c.lower in ("on", "at", "into")
                 for g in analysis.children(c) if g.dep == "pobj"]
        return any(g.lower not in ("air", "sky") for g in aimed) and not any(c.dep == "dobj" for c in kids)
    return False


_GUNFIRE = re.compile(r"\b(?:gun\s?shots?|gunfire|gunmen|shots?\s+(?:were\s+)?(?:fired|heard)|shooting|armed)\b",
                      re.IGNORECASE)
_ROADBLOCK = re.compile(r"\b(?:road\s?blocks?|barricades?|blockades?)\b", re.IGNORECASE)

# words joining a home force to the foreign force it acts with ("police and the MSS", "police supported
# by Kenyan agents"); "beaten by a group of Ugandan police" is the other side
# the words that join two groups acting together in one list: "X and Y", "X, Y", "X together with the Y"
# (a bare comma only inside a list: "X, Y and Z"; "fighting with a PDF, the military fired" is two clauses)
_ALLIED_GAP = re.compile(r"^\s*(?:(?:,\s*)?(?:and|as well as|together with|along with|alongside)\s+"
                         r"(?:the\s+|its\s+|their\s+)?(?:allied\s+|local\s+)?|,\s*)$", re.IGNORECASE)
_ALONGSIDE = re.compile(r"\b(?:and|as well as|together with|alongside|(?:supported|backed|assisted|accompanied|helped|"
                        r"reinforced|escorted)\s+by|with\s+(?:the\s+)?(?:support|help|backing)\s+(?:of|from))\b",
                        re.IGNORECASE)


# someone was hurt in the event ("a man stepped on a landmine and was injured"), unless the text
# says nobody was ("no one was hurt", "no injuries"); used where no people mention reads as hit
_HURT = re.compile(r"\b(?:killed|kill(?:ing|s)|injur(?:ed|ing|ies|y)|wound(?:ed|ing|s)|died|dead|deaths?|hurt|"
                   r"maimed|fatalit(?:y|ies)|lost (?:his|her|their) (?:lives|life|legs?|arms?))\b", re.IGNORECASE)
_NOBODY_HURT = re.compile(r"\b(?:no(?:\s+one|body)?\s+(?:was\s+|were\s+)?(?:reported\s+)?(?:killed|injured|hurt|"
                          r"wounded|injuries|deaths|fatalities)|without\s+(?:injur|casualt))", re.IGNORECASE)


# the text says no one was hurt, or shows the people only fleeing or hiding
_UNHURT = re.compile(r"\b(?:no\s+(?:reported\s+)?casualt|casualties\s+(?:are\s+|were\s+)?unknown|"
                     r"no\s+one\s+was|nobody\s+was|no\s+(?:injuries|deaths|fatalities)|without\s+(?:injur|casualt)|fled|flee|fleeing|displaced|"
                     r"took\s+(?:shelter|refuge)|hid\b|hide\b|hiding)", re.IGNORECASE)


def _people_hurt(text: str) -> bool:
    return any(not _NOBODY_HURT.search(text[max(0, m.start() - 30) : m.end()]) for m in _HURT.finditer(text))


def _hit(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention is among the casualties or targets in ways ``victim_side`` leaves out: part of
    a noun that suffers (people counted, a unit, a convoy or post it owns) or a noun a bare participle
    describes ("police and civilians injured", "two soldiers killed in the blast")."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    h = _conj_root(analysis, head)
    # the noun the mention is part of: "eight people including four police officers were killed", "a
    # soldier from the army was injured", "targeting a police convoy"
    for _ in range(2):
        if h.head == h.i:
            break
        parent = tokens[h.head]
        if h.dep == "pobj" and parent.lower in ("including", "among", "from") and parent.head != parent.i \
                and tokens[parent.head].pos in ("NOUN", "PROPN", "NUM", "PRON"):
            h = _conj_root(analysis, tokens[parent.head])
        elif h.dep in ("compound", "poss", "nmod", "amod") and parent.lemma.lower() in _HOLDINGS:
            h = _conj_root(analysis, parent)
        else:
            break
        if _suffers(analysis, h):
            return True
    if h.dep == "nsubj" and h.head != h.i:
        # a headline's bare participle read as an active verb with no object: "police and civilians injured"
        verb = tokens[h.head]
        if verb.tag in ("VBN", "VBD") and verb.lemma.lower() in _WOUND and \
                not any(c.dep in ("dobj", "aux", "auxpass") for c in analysis.children(verb)):
            return True
    return any(c.dep in ("acl", "amod") and (c.lower in _OUTCOME_WORDS or
                                               (c.tag == "VBN" and c.lemma.lower() in _VIOLENT))
               for c in analysis.children(h))


# a force in a clause of the moment of the blast: "a mine exploded while the military was passing", "as a
# military truck returned", "when soldiers were patrolling"
_WHILE_BEFORE = re.compile(r"\b(?:while|as|when)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# ... on the move or at work there ("was passing", "truck returned", "police arrived"; not "as a military informant")
_ON_THE_MOVE = re.compile(r"[^.;]{0,40}?\b(?:was|were|pass\w*|travel\w*|patrol\w*|mov(?:ed|ing)|march\w*|"
                          r"dr(?:ove|iving)|return\w*|cross\w*|advanc\w*|approach\w*|arriv\w*|tr(?:ied|ying)|"
                          r"search\w*|inspect\w*|clear\w*|gather\w*|stopp\w*|enter\w*|left|leaving)\b", re.IGNORECASE)
# a force (or its vehicle) that set off a mine: "three military trucks hit landmines", "soldiers stepped on a mine"
_SET_OFF_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:hit|struck|stepped\s+on|ran\s+over|drove\s+(?:over|onto)|"
                            r"triggered)\s+(?:a\s+|an\s+|the\s+|two\s+|several\s+)?(?:\w+\s+)?"
                            r"(?:(?:land)?mines?|IEDs?|explosives?|bombs?)\b", re.IGNORECASE)


def _passing(text: str, m: ActorMention) -> bool:
    """Whether a force is what a mine or bomb went off under, not its author: named in a "while/as" clause
    of the blast or as what set the mine off (Myanmar notes: the force is the target in 38 of 58 "while the
    military was passing" notes and 24 of 25 "military trucks hit landmines" notes)."""
    moving = _WHILE_BEFORE.search(text, max(0, m.start - 40), m.start) and _ON_THE_MOVE.match(text, m.end, m.end + 60)
    return bool(moving or _SET_OFF_AFTER.match(text, m.end, m.end + 90))


def _in_fight(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention takes part in a fight the text tells: a fight word governs it ("clashed
    with police", "fights between police and youths") or sits under its verb ("engaged police in
    fierce fights"); "police are investigating the clash" only reports one."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    t = _conj_root(analysis, head)
    for _ in range(_FIGHT_DEPTH):
        if t.head == t.i:
            break
        below, t = t, tokens[t.head]
        if _FIGHT_TOKEN.fullmatch(t.text):
            # "clashed outside the police station": a place of the fight, not a side of it
            return not (below.dep == "prep" and below.lower in _PLACE_PREPS)
        if t.pos == "VERB" and t.dep == "pcomp":
            continue  # "clashed with police enforcing the curfew": the force is the object of "with"
        if t.pos in ("VERB", "AUX"):
            # the verb's own phrases: "engaged police in fierce fights"
            near = [g for c in analysis.children(t) if c.dep == "prep" for g in analysis.children(c)]
            # and a fight it goes on to: "police intervened and clashed with the rioters"
            near += [c for c in analysis.children(t) if c.dep == "conj" and c.pos == "VERB"]
            return any(_FIGHT_TOKEN.fullmatch(c.text) for c in near)
    return False


_PLACE_PREPS = frozenset({"outside", "near", "at", "in", "inside", "behind", "opposite", "around", "beside", "next"})
# heads walked up from a force to the fight word that governs it: "a clash between a group of soldiers
# and residents" is four
_FIGHT_DEPTH = 5


def _crowds_fight(analysis: Analysis, sentence: int) -> bool:
    """Whether a fight near sentence ``sentence`` names its sides ("supporters clashed with those of
    X", "fights between supporters of rival candidates", "stoned each other"): then it is between the
    crowds, and a force that breaks it up is not the other side. A bare "clashes" ("pupils got caught up
    in clashes" as police dispersed a crowd) names none, and is most often with the police."""
    for s in _fight_window(analysis, sentence):
        if _EACH_OTHER.search(analysis.sentence_text(s)):
            return True
        if any(_fight_word(t) and _sides_named(analysis, t) for t in analysis.sentence_tokens(s)):
            return True
    return False


def _fight_window(analysis: Analysis, sentence: int) -> range:
    """The sentences around ``sentence`` where a fight counts (``_FIGHT_REACH`` each way)."""
    return range(max(0, sentence - _FIGHT_REACH), min(len(analysis.sentences) - 1, sentence + _FIGHT_REACH) + 1)


def _fight_word(t: Token) -> bool:
    return _FIGHT_TOKEN.fullmatch(t.text) is not None or t.lemma.lower() in _MUTUAL


def _sides_named(analysis: Analysis, t: Token) -> bool:
    """Whether the fight word has its sides after it: "clashed with ...", "fights between ..."."""
    return any(c.dep == "prep" and c.lower in _FIGHT_SIDES for c in analysis.children(t))


# a subject made of two crowds: "traders and hawkers", "two groups of youths", "rival supporters"
_TWO_SIDES = re.compile(r"\band\b|" + _SPLIT_IN_TWO.pattern, re.IGNORECASE)


def _crowds_named(analysis: Analysis, sentence: int) -> bool:
    """Whether a fight near sentence ``sentence`` has a crowd fight another: "stoned each other", a
    crowd that "clashed with" someone (not a force: the caller has ruled that out), two subjects joined
    ("traders and hawkers clashed") or one subject split in two ("two groups of demonstrators clashed").
    A noun's sides are not enough: "police intervened leading to clashes with the rioters", "a clash
    between Somali and non-Somali groups forced police to disperse them" are coded with the police."""
    for s in _fight_window(analysis, sentence):
        if _EACH_OTHER.search(analysis.sentence_text(s)):
            return True
        for t in analysis.sentence_tokens(s):
            if not _fight_word(t) or t.pos != "VERB":
                continue
            if _sides_named(analysis, t):
                return True
            for c in analysis.children(t):
                if c.dep != "nsubj":
                    continue
                # the subject's words before the verb: the parser often hangs "A and B" on a modifier
                first = c.i
                while first > 0 and _descends(analysis, analysis.tokens[first - 1], c):
                    first -= 1
                if _TWO_SIDES.search(analysis.text[analysis.tokens[first].start:t.start]):
                    return True
    return False


_EACH_OTHER = re.compile(r"\b(?:each other|one another|eachother)\b", re.IGNORECASE)
_ARREST = frozenset({"arrest", "detain", "nab", "apprehend", "capture", "round"})


def _arrested(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention is the one arrested ("five people were arrested"): held, not harmed."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    h = _conj_root(analysis, head)
    return h.head != h.i and analysis.tokens[h.head].lemma.lower() in _ARREST


def _under(analysis: Analysis, m: ActorMention, heads: set[int]) -> bool:
    """Whether the mention sits inside the phrase of one of the tokens ``heads`` (its head's ancestors,
    up to the first verb of a main clause)."""
    head = _head_token(analysis, m)
    if head is None or not heads:
        return False
    tokens = analysis.tokens
    t = head
    for _ in range(8):
        if t.head == t.i:
            return False
        t = tokens[t.head]
        if t.i in heads:
            return True
        if t.pos in ("VERB", "AUX") and t.dep in ("ROOT", "conj", "ccomp"):
            return False
    return False


def _negated(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the text says the mention did nothing: "the police did not intervene", "no reported police
    involvement" (ACLED codes no force in all 16 global protest and riot notes that say so)."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    t = head
    for _ in range(3):
        kids = list(analysis.children(t))
        if t.pos in ("VERB", "AUX"):
            return any(c.dep == "neg" for c in kids)
        if any(c.dep == "det" and c.lower == "no" for c in kids):
            return True
        if t.head == t.i:
            break
        t = tokens[t.head]
    return False


# a person's past title ("a former police officer", "ex-soldier"): the person, not a force on the scene
_FORMER = re.compile(r"\b(?:former|ex-?|retired|one-?time)\s*$", re.IGNORECASE)
# a force the note says was there doing nothing ("the police was present, but no specific activity was reported")
_IDLE = re.compile(r"\s+(?:was|were)\s+(?:also\s+)?(?:present|on\s+site|at\s+the\s+(?:location|scene))\s*,?\s*"
                   r"(?:but|although|though)\s+(?:\w+\s+){0,2}(?:no|not|unable)\b", re.IGNORECASE)


def _bystander(analysis: Analysis, m: ActorMention) -> bool:
    """Whether a force mention names no force acting at the crowd: a person's former title, or a force the
    note says stood by. ACLED leaves the other side blank there (Haiti's riot and protest notes: 134 of
    178 with a "former police officer" have no second actor; all 8 with police "present, but" no action)."""
    text = analysis.text
    return bool(_FORMER.search(text, max(0, m.start - 20), m.start) or _IDLE.match(text, m.end, m.end + 80))


# what a barricade is put up against: "to prevent gang members from entering", "to resist gang attacks"
_WARDING = re.compile(r"\b(?:prevent\w*|resist\w*|stop|against|protect\w*|keep\w*|repel\w*|deter\w*|block\w*)\b"
                      r"[^.;]{0,45}$", re.IGNORECASE)
# a note that says the authors are unknown: "There is no information on the circumstances or authorship of the
# gunshots", "The authorship of the gunshots was not clarified"
_NO_AUTHOR = re.compile(r"\bauthorship\b[^.]{0,40}\b(?:not|unknown|unclear)\b|\bno information (?:on|about) (?:the )?"
                        r"(?:circumstances (?:or|and) (?:the )?)?authorship|\b(?:no information|unknown|unclear) "
                        r"(?:on |about )?who (?:set|fired|carried|was)", re.IGNORECASE)


def _warded_off(text: str, m: ActorMention) -> bool:
    """Whether the armed mention is what residents' barricades keep out, not who put them up: ACLED codes
    such roadblocks to civilians (254 of Haiti's "Other" roadblock notes; this reading: 2 rows gained, 0 lost)."""
    return _WARDING.search(text, max(0, m.start - 60), m.start) is not None


def _grievance(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the mention is what a protest or riot is about rather than a party to it: on the way up
    to the first verb it passes "against", "over" or a grievance noun ("police harassment", "the
    killing of a student by police"). The argument of a verb acts ("police arrested", "engaged police")."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    t = head
    for step in range(10):
        if t.head == t.i:
            return False
        below = t
        t = tokens[t.head]
        if t.pos in ("VERB", "AUX"):
            # the object of "denounce", "condemn", "demand" (or its modifier: "denouncing the military
            # coup"): what the protest is about; further up, a parse error is likelier than a grievance
            return t.lemma.lower() in _GRIEVANCE_VERBS and below.dep == "dobj" and step <= 1
        if t.pos == "ADP" and t.lower in _GRIEVANCE_PREPS:
            return True
        if t.lemma.lower() in _GRIEVANCE_WORDS and t.pos == "NOUN":
            return True
    return False


# --- cause clauses (Kenya riots): what a force did before the crowd gathered is its cause, not its
# intervention ("residents rioted after police shot a trader", "hawkers riot after police order them
# to vacate the town"); a clause of crowd control is the intervention ("dispersed after police fired
# tear gas", "looted shops until police intervened"). Kenya file: 2 rows gained, its global rows: 1, none lost
_CAUSE_MARKS = frozenset({"after", "following"})
_CONTROL_ACTS = _ON_CROWD | frozenset({"arrive", "come", "respond", "deploy", "move", "use", "restore", "calm",
                                       "contain", "storm", "rush", "lob", "hurl", "throw", "chase", "clear", "engage",
                                       "clash", "fight", "battle", "attack", "open"})
# acts of crowd control that are a cause only when they fall on someone other than the crowd ("shot a
# trader", not "shot two protesters")
_CONTROL_ON_PEOPLE = frozenset({"shoot", "arrest", "detain", "kill", "beat"})
_CROWD_WORDS = frozenset({"protester", "protestor", "demonstrator", "rioter", "crowd", "mob", "youth", "student",
                          "them", "they", "resident", "trader", "hawker", "supporter", "operator", "group"})


def _cause_clause(analysis: Analysis, m: ActorMention) -> bool:
    """Whether the force acts in a clause opened by "after"/"following" that tells what it did before the
    riot or protest: the crowd's grievance, not the force facing it."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    h = _conj_root(analysis, head)
    if h.head == h.i:
        return False
    # the force does the act: its subject ("after police shot"), or its agent ("after a man was shot by police")
    if h.dep == "nsubj":
        t = tokens[h.head]
    elif h.dep == "pobj" and tokens[h.head].lower == "by" and tokens[h.head].head != h.head:
        t = tokens[tokens[h.head].head]
    else:
        return False
    if t.pos not in ("VERB", "AUX"):
        return False
    kids = list(analysis.children(t))
    if not any(c.dep == "mark" and c.lower in _CAUSE_MARKS for c in kids):
        return False
    lemma = t.lemma.lower()
    if lemma in _CONTROL_ACTS - _CONTROL_ON_PEOPLE:
        return False
    if lemma in _CONTROL_ON_PEOPLE:
        # "after police shot a trader" is a cause; "after police shot two protesters", an intervention
        return not any(c.dep in ("dobj", "nsubjpass") and c.lemma.lower() in _CROWD_WORDS for c in kids)
    return True
# --- end cause clauses

# --- convoys (Kenya riots): a crowd that stones or attacks an official's convoy or motorcade goes for the
# people in it, whom ACLED codes as civilians (global riot notes naming a convoy: 13 civilians, 2 police;
# rows gained: Kenya file 1, its global rows 5, none lost); a convoy of the state's forces is read elsewhere
_CONVOY = re.compile(r"\b(?:convoys?|motorcades?|entourages?)\b", re.IGNORECASE)
_FORCE_CONVOY = re.compile(r"\b(?:police|military|army|security|troops?|soldiers?|KDF|AMISOM|GSU|officers?)\W+"
                           r"(?:\w+\W+){0,2}$", re.IGNORECASE)
_AT_CONVOY = re.compile(r"\b(?:pelt\w*|ston(?:e|ed|es|ing)|attack\w*|hurl\w*|thr[eo]w\w*|smash\w*|damag\w*|"
                        r"torch\w*|burn\w*|ambush\w*|waylaid|heckl\w*)\b", re.IGNORECASE)


def _convoy_attacked(text: str) -> bool:
    """Whether the crowd attacks a convoy that is not the state's forces' ("pelted the governor's convoy
    with stones", "threw stones at the motorcade of the minister")."""
    for m in _CONVOY.finditer(text):
        if _FORCE_CONVOY.search(text, max(0, m.start() - 40), m.start()):
            continue
        start = text.rfind(".", 0, m.start()) + 1
        end = text.find(".", m.end())
        if _AT_CONVOY.search(text, start, len(text) if end < 0 else end):
            return True
    return False
# --- end convoys


__all__ = ["event_actors", "mention_roles", "victim_side"]


# what a force does after the fact, not in it: "police are investigating", "police have launched an
# investigation", "police said", "police believe he was kidnapped", "police found the bodies", "was
# questioned by police"; ACLED codes the attack without that force (Kenya file, with the rules that read it:
# 9 rows gained, none lost)
_ONLOOKER_VERBS = frozenset({"investigate", "probe", "suspect", "believe", "say", "confirm", "report", "find",
                             "recover", "question", "search", "hunt", "record", "state", "add", "note", "announce",
                             "identify", "urge", "appeal", "warn", "blame", "attribute", "discover",
                             "interrogate", "trace", "think", "describe", "declare", "indicate", "reveal", "tell",
                             "deploy", "remain"})
# "launched an investigation", "began a manhunt": a search for the authors, after the fact
# (not "a search" nor "a crackdown": those are operations against people, "a sweeping search for supporters")
_INQUIRY = frozenset({"investigation", "investigations", "probe", "inquiry", "enquiry", "manhunt", "inquest"})
_INQUIRY_VERBS = frozenset({"launch", "begin", "start", "open", "conduct", "carry", "commence", "initiate"})


def onlooker(analysis: Analysis, m: ActorMention) -> bool:
    """Whether a force mention only looks into the event: the subject of a verb of inquiry or report
    ("police are investigating", "police said", "police suspect", "police found the body"), the agent of
    one ("questioned by police"), or the subject of a launched inquiry ("police launched a manhunt")."""
    head = _head_token(analysis, m)
    if head is None:
        return False
    tokens = analysis.tokens
    h = _conj_root(analysis, head)
    if h.head == h.i:
        return False
    verb = tokens[h.head]
    if h.dep == "pobj" and verb.dep == "agent" and verb.head != verb.i:
        h, verb = verb, tokens[verb.head]  # "questioned by police"
    elif h.dep != "nsubj":
        return False
    elif any(c.dep == "xcomp" for c in analysis.children(verb)):
        return False  # "police said to be targeting residents", "police believed to have shot": they act
    coordinated = [c for c in analysis.children(verb) if c.dep == "conj"]
    if verb.dep == "conj" and verb.head != verb.i:
        coordinated.append(tokens[verb.head])
    if any(c.lemma.lower() in _VIOLENT for c in coordinated):
        return False  # "police searched the house and shot dead a suspect": they act too
    lemma = verb.lemma.lower()
    if lemma in _SPEECH and any(c.dep == "ccomp" and any(g.dep == "nsubj" and g.lower in ("they", "we")
                                                         for g in analysis.children(c))
                                for c in analysis.children(verb)):
        return False  # "police said they shot dead two robbers": the force tells of its own act
    if lemma in _ONLOOKER_VERBS:
        return True
    return lemma in _INQUIRY_VERBS and any(c.dep == "dobj" and c.lower in _INQUIRY for c in analysis.children(verb))
