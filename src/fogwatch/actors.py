"""Actor mentions in an article, resolved against the catalogue, and the actors of one event.

``find_actors`` finds every catalogue phrase in the text (one linear pass of the catalogue's
lexicon), composes neighbouring phrases ("Kenyan" + "police", "al-Shabaab" + "militants",
"Pokot" + "raiders") and resolves descriptive references ("the insurgents", "gunmen", "residents")
from context: the named actor of a compatible kind mentioned nearby, else the country's generic actor.

``event_actors`` applies ACLED's conventions to the mentions around an event's trigger word: actor1
initiates (subject of an active trigger, agent of a passive one, first of "between X and Y"), actor2
is the target; violence against civilians has "Civilians (X)" as actor2, protests "Protesters (X)"
and riots "Rioters (X)" as actor1, and unknown attackers are an "Unidentified Armed Group (X)"
unless the text attributes the attack to a named group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .catalogue import STATE_KINDS, Actor, ActorCatalogue, PhraseMatch
from .nlp import Analysis, Token

# Kinds of actor that take part in armed violence (ACLED inter 1-4 and 8).
_NONSTATE = frozenset({"rebel", "militia", "identity_militia", "unidentified", "gang", "communal_militia",
                       "clan_militia", "party"})
_STATE = frozenset(STATE_KINDS | {"international", "external", "private_security"})
_IDENTITY = frozenset({"identity_militia", "communal_militia", "clan_militia"})


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    sentence: int
    name: str
    inter: int
    kind: str  # "named" | "descriptive" | "generic"
    country: str | None
    category: str = ""  # the actor's kind: military | police | rebel | militia | civilians | ...
    cue: str = ""  # the descriptive class that found it ("attackers", "armed", ...), "" when named
    group: str | None = None  # social group ("Teachers") when the phrase names one


@dataclass(frozen=True, slots=True)
class ActorRole:
    name: str
    inter: int
    evidence: tuple[tuple[int, int], ...]  # char spans


@dataclass(frozen=True, slots=True)
class EventActors:
    actor1: ActorRole | None
    actor2: ActorRole | None
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None


# ------------------------------------------------------------------------------------ find_actors

@dataclass(slots=True)
class _Unit:
    """One span of the text with everything the lexicon says about it."""

    start: int
    end: int
    matches: list[PhraseMatch]

    def of(self, kind: str) -> list[PhraseMatch]:
        return [m for m in self.matches if m.phrase.kind == kind]


_JOIN = re.compile(r"^(?:\s|-|–|['’]s?)*$")  # "Taliban fighters", "al-Shabaab-linked", "Taliban's fighters"
_OF = re.compile(r"^\s+(?:of|from|belonging to|linked to|loyal to|affiliated (?:with|to)|allied (?:with|to)|"
                 r"aligned with|associated with)\s+(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
_QUALIFIER = re.compile(r"(?:suspected|alleged|armed|unknown|unidentified|heavily armed|presumed)\s+$",
                        re.IGNORECASE)

# Descriptive classes that take the named actor they qualify or follow.
_ARMED_CUES = frozenset({"armed", "attackers", "any_armed", "communal", "clan", "gang", "military", "police",
                         "state", "private_security"})
_PEOPLE_CUES = frozenset({"civilians", "protesters", "rioters"})


def find_actors(
    analysis: Analysis,
    catalogue: ActorCatalogue,
    *,
    country: str | None,
    on: date | None,
    skip: Sequence[tuple[int, int]] = (),
) -> tuple[ActorMention, ...]:
    """Every actor mention in ``analysis``, in text order, resolved for a report on ``country`` at ``on``."""
    text = analysis.text
    units = _units(catalogue.lexicon.find(text, skip))
    mentions: list[ActorMention] = []
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        # "<descriptive> of/from <named>": "fighters of the NRF", "militants from al-Shabaab",
        # "bandits from Pokot", "armed men from Somalia"
        cue = _descriptive_cue(unit)
        if nxt is not None and cue in _ARMED_CUES and _OF.match(text[unit.end : nxt.start]):
            named = _named(catalogue, nxt, country, on) or _ethnic(catalogue, nxt, country)
            if named is None and nxt.of("demonym"):
                nation = nxt.of("demonym")[0].phrase.target
                kind = _generic_kind(cue or "", catalogue, nation)
                if cue in ("military", "police", "state", "any_armed"):  # "the military forces of Russia"
                    named = catalogue.generic(kind or "military", nation, on=on)
                elif cue in ("armed", "attackers", "communal", "gang") and nation != country:
                    named = catalogue.generic("unidentified", nation, on=on)  # "armed men from Somalia"
            if named is not None:
                mentions.append(_mention(analysis, unit.start, nxt.end, named, "named", country, cue=cue or ""))
                i += 2
                continue
        # a chain of neighbouring phrases: "Kenyan police", "suspected al-Shabaab militants",
        # "Ugandan Pokot raiders", "Ethiopian Dassanach", "ODM supporters"
        chain = [unit]
        while len(chain) < 3 and i + len(chain) < len(units) and \
                _JOIN.match(text[chain[-1].end : units[i + len(chain)].start]) is not None:
            chain.append(units[i + len(chain)])
        composed = None
        for size in range(len(chain), 1, -1):
            combined = _compose(catalogue, chain[:size], country, on, text)
            if combined is not None:
                composed = (combined, size)
                break
        if composed is not None:
            (actor, kind, cue, group), size = composed
            start, end, step = _extend_left(text, unit.start), chain[size - 1].end, size
            # "Toposa militia from South Sudan", "Murle militiamen from neighbouring Ethiopia"
            after = units[i + size] if i + size < len(units) else None
            if " Ethnic Militia (" in actor.name and after is not None and after.of("demonym") \
                    and _FROM.match(text[end : after.start]):
                actor = catalogue.ethnic_militia(actor.name.split(" Ethnic Militia")[0],
                                                 after.of("demonym")[0].phrase.target)
                end, step = after.end, size + 1
            mentions.append(_mention(analysis, start, end, actor, kind, country, cue=cue, group=group))
            i += step
            continue
        single = _single(catalogue, unit, country, on, mentions, analysis)
        if single is not None:
            actor, kind, cue, group = single
            start, end, step = (_extend_left(text, unit.start) if kind == "named" else unit.start), unit.end, 1
            # "government security forces (NISA)": the name in brackets says who they are
            if kind != "named" and nxt is not None and re.match(r"^\s*\($", text[unit.end : nxt.start]) \
                    and text[nxt.end : nxt.end + 1] == ")":
                named = _named(catalogue, nxt, country, on)
                if named is not None:
                    actor, kind, end, step = named, "named", nxt.end + 1, 2
            mentions.append(_mention(analysis, start, end, actor, kind, country, cue=cue, group=group))
            i += step
            continue
        i += 1
    return tuple(mentions)


def _units(matches: list[PhraseMatch]) -> list[_Unit]:
    units: list[_Unit] = []
    for m in matches:
        if units and units[-1].start == m.start and units[-1].end == m.end:
            units[-1].matches.append(m)
        else:
            units.append(_Unit(m.start, m.end, [m]))
    return units


def _extend_left(text: str, start: int) -> int:
    """Include a qualifier ("suspected", "unknown") right before a mention in its evidence span."""
    m = _QUALIFIER.search(text, max(0, start - 20), start)
    return m.start() if m and m.end() == start else start


def _descriptive_cue(unit: _Unit) -> str | None:
    for m in unit.of("descriptive"):
        if m.phrase.spec is None:
            return m.phrase.target
    return None


def _group(unit: _Unit) -> str | None:
    g = unit.of("group")
    return g[0].phrase.target if g else None


def _named(catalogue: ActorCatalogue, unit: _Unit, country: str | None, on: date | None) -> Actor | None:
    """The named actor a unit denotes through a catalogue alias or a state-forces name, if any."""
    specs = [m.phrase.spec for m in unit.of("alias")
             if m.phrase.spec is not None and (not m.phrase.strict or country in m.phrase.countries)]
    if specs:
        best = catalogue.choose(specs, country=country, on=on)
        if best is not None:
            valid = catalogue.spec_valid(best, on) or on is None
            # an alias of an actor of another country is kept only when no other reading exists
            if valid or len(specs) == 1:
                return catalogue.actor(best, on)
    state = [m for m in unit.of("state") if not m.phrase.strict or country in (None, m.phrase.countries[0])]
    if state:
        p = state[0].phrase
        return catalogue.generic(p.target, p.countries[0], on=on)
    return None


def _ethnic(catalogue: ActorCatalogue, unit: _Unit, country: str | None, *, alone: bool = False) -> Actor | None:
    """The ethnic militia a group name denotes; a name alone must be one of the report country's groups
    (a qualified one, "Toposa raiders", may come from a neighbouring country)."""
    found = unit.of("ethnic")
    if not found:
        return None
    for m in found:
        if country in m.phrase.countries:
            return catalogue.ethnic_militia(m.phrase.target, country)
    if country is not None and (alone or unit.of("demonym")):
        return None  # "Somali troops" in Kenya: a nationality, not the ethnic group
    m = found[0]
    return catalogue.ethnic_militia(m.phrase.target, m.phrase.countries[0])


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|to|into|around|outside|across|within|towards?|via)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_PLACE_AFTER = re.compile(r"^\s*(?:county|counties|town|city|village|district|sub-county|area|region|border|ward|"
                          r"constituency|division|location|province|state|road|market|municipality|valley|hills?|"
                          r"camp|river|lake|north|south|east|west|central)\b", re.IGNORECASE)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _looks_like_place(analysis: Analysis, start: int, end: int) -> bool:
    """Many group names are also place names (Samburu, Turkana, Embu, Karen): "in Samburu" is a place."""
    text = analysis.text
    if _PLACE_BEFORE.search(text[max(0, start - 30) : start]) or _PLACE_AFTER.match(text[end : end + 30]):
        return True
    for e in analysis.entities:
        if e.start <= start and end <= e.end and e.label in _PLACE_LABELS:
            return True
    return False


def _clan(catalogue: ActorCatalogue, unit: _Unit, country: str | None) -> Actor | None:
    found = unit.of("clan")
    if not found:
        return None
    for m in found:
        if country in m.phrase.countries or country is None:
            return catalogue.clan_militia(m.phrase.target, m.phrase.countries[0])
    return None


_Resolved = tuple[Actor, str, str, str | None]  # actor, mention kind, cue, social group


def _compose(catalogue: ActorCatalogue, chain: Sequence[_Unit], country: str | None,
             on: date | None, text: str) -> _Resolved | None:
    """The actor a chain of adjacent phrases denotes, read from its last (head) phrase and modifiers."""
    head, modifiers = chain[-1], chain[:-1]
    # group names count only when written as names ("Pokot raiders", not "fur traders")
    modifiers = [m for m in modifiers if not (m.of("ethnic") or m.of("clan")) or text[m.start : m.start + 1].isupper()
                 or m.of("alias") or m.of("demonym") or m.of("state")]
    if len(modifiers) != len(chain) - 1:
        return None
    cue = _descriptive_cue(head)
    named_head = _named(catalogue, head, country, on)
    group = _group(head)
    head_ethnic = head.of("ethnic") if cue is None and named_head is None and text[head.start : head.start + 1].isupper() \
        else []
    if cue is None and named_head is None and not head_ethnic:
        return None
    named_mod = next((n for n in (_named(catalogue, m, country, on) for m in modifiers) if n is not None), None)
    nations = [m.of("demonym") or m.of("nationals") for m in modifiers]
    nation = next((n[0].phrase.target for n in nations if n), None)
    if named_head is not None:
        if named_mod is None and all(m.of("demonym") or m.of("descriptive") for m in modifiers):
            return named_head, "named", "", None  # "Kenyan KDF soldiers", "suspected Al Shabaab"
        return None
    if named_mod is not None:
        # "Taliban fighters", "al-Shabaab militants", "AMISOM troops", "KDF soldiers", "ODM supporters"
        if cue in _ARMED_CUES or cue == "members" or (cue is None and head.of("descriptive")):
            return named_mod, "named", "", None
        return None
    if head_ethnic:
        if nation is not None:  # "Ethiopian Dassanach"
            return catalogue.ethnic_militia(head_ethnic[0].phrase.target, nation), "named", "", None
        return None
    ethnic_unit = next((m for m in modifiers if m.of("ethnic")), None)
    if ethnic_unit is not None and cue is not None:
        if cue in ("communal", "armed", "attackers", "clan", "any_armed", "members", "gang"):
            # "Pokot raiders", "Turkana warriors", "Garre militia", "Ugandan Pokot raiders"
            if nation is not None and nation != country:
                return catalogue.ethnic_militia(ethnic_unit.of("ethnic")[0].phrase.target, nation), "named", cue, None
            ethnic = _ethnic(catalogue, ethnic_unit, country)
            if ethnic is not None:
                return ethnic, "named", cue, None
        if cue in _PEOPLE_CUES and country:
            return catalogue.generic(cue, country, on=on), "generic", cue, group
    clan_unit = next((m for m in modifiers if m.of("clan")), None)
    if clan_unit is not None and cue in ("clan", "communal", "armed", "attackers", "any_armed", "members"):
        clan = _clan(catalogue, clan_unit, country)
        if clan is not None:
            return clan, "named", cue, None
    if nation is not None and cue is not None:
        kind = _generic_kind(cue, catalogue, nation)
        if kind is not None:
            return catalogue.generic(kind, nation, on=on), "generic", cue, group
    return None


def _generic_kind(cue: str, catalogue: ActorCatalogue, country: str | None) -> str | None:
    c = catalogue.country(country)
    return {
        "police": "police",
        "military": "military",
        "state": "military",
        "any_armed": "military",
        "armed": "unidentified",
        "attackers": "unidentified",
        "communal": "communal_militia",
        "clan": "clan_militia",
        "gang": "gang" if c is not None and c.gangs else "unidentified",
        "private_security": "private_security",
        "protesters": "protesters",
        "rioters": "rioters",
        "civilians": "civilians",
        "civilian_sites": "civilians",
    }.get(cue)


def _single(catalogue: ActorCatalogue, unit: _Unit, country: str | None, on: date | None,
            earlier: Sequence[ActorMention], analysis: Analysis) -> _Resolved | None:
    named = _named(catalogue, unit, country, on)
    if named is not None:
        return named, "named", "", None
    # a group name alone must be written as a name ("Fur", "Mon" and "Tama" are also English words)
    if analysis.text[unit.start : unit.start + 1].isupper() and not _looks_like_place(analysis, unit.start, unit.end):
        ethnic = _ethnic(catalogue, unit, country, alone=True)
        if ethnic is not None and not unit.of("demonym"):
            return ethnic, "named", "", None
        clan = _clan(catalogue, unit, country)
        if clan is not None:
            return clan, "named", "", None
    nationals = unit.of("nationals")
    if nationals:
        return catalogue.generic("civilians", nationals[0].phrase.target, on=on), "generic", "civilians", None
    cue = _descriptive_cue(unit)
    group = _group(unit)
    definite = re.search(r"\b(?:the|these|those)\s+$", analysis.text[max(0, unit.start - 8) : unit.start],
                         re.IGNORECASE) is not None
    antecedent = _antecedent(cue, earlier, unit.start, analysis, definite=definite) if cue else None
    if antecedent is not None:
        actor = Actor(antecedent.name, antecedent.inter, antecedent.country, (), None, None, antecedent.category)
        return actor, "descriptive", cue or "", group
    # an actor-specific descriptive phrase: "resistance forces" for the NRF in Afghanistan
    for m in unit.of("descriptive"):
        p = m.phrase
        if p.spec is not None and country in p.countries and catalogue.spec_valid(p.spec, on):
            return catalogue.actor(p.spec, on), "descriptive", "armed", None
    if cue is None:
        return None
    target = country or _context_country(earlier)
    if target is None:
        return None
    kind = _generic_kind(cue, catalogue, target)
    if kind is None:
        return None
    if kind == "communal_militia":
        # ACLED names local militias after their place: "Wajir herders", "pastoralists from Lagdera"
        place = _place_name(analysis, catalogue, unit.start, unit.end)
        if place:
            name = f"{place} Communal Militia ({target})"
            return Actor(name, 4, target, (), None, None, "identity_militia"), "named", cue, group
    return catalogue.generic(kind, target, on=on), "generic", cue, group


_FROM_PLACE = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s?){1,3})")
_NOT_PLACE = frozenset("""The A An Police County Village Area On In At During After Before Some Two Three Several
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split())
_NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "NORP"})


def _place_name(analysis: Analysis, catalogue: ActorCatalogue, start: int, end: int) -> str | None:
    """A place name right before ("Wajir herders") or after "from" ("herders from Lagdera") a mention."""
    text = analysis.text

    def acceptable(words: list[str], at: int) -> bool:
        if not words or words[0] in _NOT_PLACE or catalogue.country(" ".join(words)) is not None:
            return False
        span_end = at + len(" ".join(words))
        return not any(e.start < span_end and at < e.end and e.label in _NOT_PLACE_LABELS
                       for e in analysis.entities)

    before = re.search(r"((?:[A-Z][\w'’-]+\s){1,2})$", text[max(0, start - 40) : start])
    if before:
        words = before.group(1).split()
        at = start - len(before.group(1))
        first = analysis.token_at(at)
        if first is not None and first.pos == "PROPN" and not _sentence_initial(analysis, first) \
                and acceptable(words, at):
            return " ".join(words)
    after = _FROM_PLACE.match(text[end : end + 60])
    if after:
        words = after.group(1).split()
        if acceptable(words, end + after.start(1)):
            return " ".join(words)
    return None


def _sentence_initial(analysis: Analysis, token: Token) -> bool:
    return analysis.sentences[token.sent].first == token.i


def _context_country(earlier: Sequence[ActorMention]) -> str | None:
    for m in reversed(earlier):
        if m.kind == "named" and m.country:
            return m.country
    return None


def _antecedent(cue: str, earlier: Sequence[ActorMention], at: int, analysis: Analysis, *,
                definite: bool = False) -> ActorMention | None:
    """The named actor a descriptive reference points back to, by the kind the cue allows
    ("the attackers", "the suspects" point back; "gunmen" alone introduces someone unknown)."""
    if cue == "armed" or (cue == "attackers" and definite):
        allowed = _NONSTATE - {"party", "unidentified", "communal_militia", "clan_militia", "gang"}
    elif cue == "any_armed":
        allowed = _NONSTATE - {"party"} | _STATE
    elif cue == "military":
        allowed = frozenset({"military", "international", "external"})
    else:
        return None
    here = analysis.sentence_of(at)
    for m in reversed(earlier):
        if m.kind == "generic" or m.category not in allowed:
            continue
        if here is not None and here - m.sentence > 6:
            break
        if cue == "military" and m.category == "military" and m.kind != "named":
            continue
        return m
    return None


def _mention(analysis: Analysis, start: int, end: int, actor: Actor, kind: str, country: str | None, *,
             cue: str = "", group: str | None = None) -> ActorMention:
    sentence = analysis.sentence_of(start)
    inter = actor.inter
    # state forces acting outside their own country are "external/other forces" in ACLED
    if actor.kind in STATE_KINDS and country and actor.country and actor.country != country:
        inter = 8
    return ActorMention(
        start=start,
        end=end,
        text=analysis.text[start:end],
        sentence=sentence if sentence is not None else -1,
        name=actor.name,
        inter=inter,
        kind=kind,
        country=actor.country,
        category=actor.kind,
        cue=cue,
        group=group,
    )


# ------------------------------------------------------------------------------------ event_actors

_ACTIVE_SUBJECT_PATIENT = frozenset({"come", "suffer", "face", "survive", "repel", "repulse", "foil", "thwart",
                                     "witness", "experience", "endure", "fend", "escape", "lose"})
_ATTRIBUTION = re.compile(
    r"claim\w*\s+(?:the\s+)?(?:responsibility|credit)|claimed\s+(?:the|this|that)\s+(?:attack|killing|bombing)|"
    r"attribut\w+|blam\w+|suspect\w*|believed\s+to\s+(?:be|have)|linked\s+to|accus\w+|responsible\s+for|"
    r"carried\s+out\s+by|perpetrated\s+by|behind\s+the",
    re.IGNORECASE,
)
# triggers of violence between two sides of equal standing ("clashed", "fights erupted between")
_MUTUAL = frozenset({"clash", "clashes", "fight", "fighting", "fights", "confrontation", "confront", "scuffle",
                     "brawl", "skirmish", "feud", "battle"})
_CLAIM = re.compile(r"claim\w*\s+(?:the\s+)?(?:responsibility|credit)|claimed\s+(?:the|this|that)\s+"
                    r"(?:attack|killing|bombing|assault|ambush)", re.IGNORECASE)
_ACCUSATION = re.compile(r"accus\w+|blam\w+|alleg\w+|attribut\w+|responsible|suspected\s+(?:police|soldiers?)",
                         re.IGNORECASE)
# nouns of an operation whose owner is its agent: "a police raid", "an encounter with the police"
_OPERATIONS = frozenset({"raid", "operation", "encounter", "crackdown", "shootout", "shoot", "custody", "fire",
                         "gunfire", "bullet", "shooting", "ambush", "offensive", "strike",
                         "airstrike", "shelling", "assault", "clash", "firefight", "gunfight", "exchange", "attack",
                         "bombardment", "drone", "sweep", "manhunt", "pursuit", "chase", "arrest", "detention"})
_SPLIT_IN_TWO = re.compile(r"\b(?:two|2|rival|both|opposing|different)\s+(?:\w+\s+)?(?:groups|factions|clans|"
                           r"sub-clans|wings|units|camps|sections)\b", re.IGNORECASE)
_DENY_VERBS = frozenset({"deny", "reject", "refute", "dismiss", "disown"})


@dataclass(frozen=True, slots=True)
class _Roled:
    mention: ActorMention
    role: str  # agent | patient | with | between1 | between2 | other


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
    """actor1 / actor2 (and associated actors) of the event whose trigger is token ``trigger``."""
    tokens = analysis.tokens
    if not tokens:
        return EventActors(None, None)
    trig = tokens[max(0, min(trigger, len(tokens) - 1))]
    here = country or _context_country(mentions)
    roled = _roles(analysis, mentions, trig)
    ev = _Event(analysis, mentions, catalogue, trig, here, on, roled)
    if event_type == "Protests":
        return ev.protests(sub_event_type)
    if event_type == "Riots":
        return ev.riots(sub_event_type)
    if event_type == "Violence against civilians":
        return ev.violence_against_civilians()
    if event_type == "Battles":
        return ev.battles()
    if event_type == "Explosions/Remote violence":
        return ev.remote(sub_event_type)
    return ev.strategic(sub_event_type)


class _Event:
    """The mentions of one article seen from one trigger, and ACLED's coding rules over them."""

    def __init__(self, analysis: Analysis, mentions: Sequence[ActorMention], catalogue: ActorCatalogue,
                 trig: Token, country: str | None, on: date | None, roled: list[_Roled]):
        self.analysis = analysis
        self.mentions = list(mentions)
        self.catalogue = catalogue
        self.trig = trig
        self.country = country
        self.on = on
        self.roled = roled

    # ------------------------------------------------------------------ helpers

    def role(self, *roles: str, categories: frozenset[str] | None = None) -> ActorMention | None:
        found = [r.mention for r in self.roled
                 if r.role in roles and (categories is None or r.mention.category in categories)]
        if not found:
            return None
        # roled is sorted by role, then distance to the trigger; a named actor beats a generic one
        return min(found, key=lambda m: (m.kind == "generic",
                                         roles.index(next(r.role for r in self.roled if r.mention is m))))

    def generic(self, kind: str, evidence: Sequence[ActorMention] = ()) -> ActorRole | None:
        if not self.country:
            return None
        actor = self.catalogue.generic(kind, self.country, on=self.on)
        spans = tuple((m.start, m.end) for m in evidence) or ((self.trig.start, self.trig.end),)
        return ActorRole(actor.name, actor.inter, spans)

    def as_role(self, m: ActorMention | None) -> ActorRole | None:
        if m is None:
            return None
        spans = [(m.start, m.end)]
        for other in self.mentions:
            if other is not m and other.name == m.name and other.sentence == self.trig.sent:
                spans.append((other.start, other.end))
        return ActorRole(m.name, m.inter, tuple(sorted(set(spans))))

    def in_text(self, categories: frozenset[str], *, exclude: Sequence[str] = (), named_first: bool = True,
                sentence_first: bool = True) -> ActorMention | None:
        pool = [m for m in self.mentions if m.category in categories and m.name not in exclude]
        if not pool:
            return None
        s = self.trig.sent

        def rank(m: ActorMention) -> tuple[int, int, int]:
            return (0 if (m.sentence == s or not sentence_first) else 1,
                    0 if (m.kind != "generic" or not named_first) else 1,
                    abs(m.sentence - s))

        return min(pool, key=rank)

    def attributed(self, *, strong_only: bool = False) -> ActorMention | None:
        """A named armed group the text holds responsible ("the Taliban claimed responsibility",
        "sources attributed the attack to X", "suspected X"); with ``strong_only``, only an explicit
        claim of responsibility."""
        tokens = self.analysis.tokens
        for m in self.mentions:
            head = _head_token(self.analysis, m)
            if head is None:
                continue
            verb = _conj_root(self.analysis, tokens[head.head]) if head.dep in ("nsubj", "nsubjpass") else None
            if verb is not None and verb.lemma.lower() in _DENY_VERBS:
                continue  # "the Taliban denied involvement"
            if m.category in _STATE:
                if verb is not None:
                    continue  # "police believe ..." says who suspects, not who is suspected
            elif m.kind == "generic" or m.category not in _NONSTATE - {"unidentified", "party"}:
                continue
            sent = self.analysis.sentence_text(m.sentence) if m.sentence >= 0 else ""
            # an explicit claim: the group is the subject of "claimed (responsibility)"
            strong = verb is not None and verb.lemma.lower() == "claim" and _CLAIM.search(sent) is not None
            if strong_only and not strong:
                continue
            if not strong and not _ATTRIBUTION.search(sent):
                continue
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
        if head.dep == "pobj" and parent.lower in ("with", "by") and parent.head != parent.i:
            return tokens[parent.head].lemma.lower() in _OPERATIONS
        return False

    def split_in_two(self) -> bool:
        """Whether the trigger's sentence describes one actor fighting itself ("two factions of X")."""
        sentence = self.analysis.sentence_text(self.trig.sent)
        return (self.trig.lemma.lower() in _MUTUAL or self.trig.lower in _MUTUAL) and \
            _SPLIT_IN_TWO.search(sentence) is not None

    def patients(self) -> list[str]:
        """Names that the trigger's sentence presents as targets: never the perpetrator."""
        return [r.mention.name for r in self.roled if r.role == "patient"]

    def perpetrator(self, *, exclude: Sequence[str] = ()) -> ActorRole | None:
        exclude = list(exclude) + [n for n in self.patients() if not n.startswith("Civilians")]
        agent = self.role("agent", "between1", "agent2", categories=_NONSTATE | _STATE)
        if agent is not None and agent.name not in exclude:
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
        named = self.in_text(_NONSTATE - {"party"}, exclude=exclude)
        if named is not None and named.kind != "generic":
            return self.as_role(named)
        state = self.in_text(_STATE, exclude=exclude)
        if state is not None and self.is_subject(state) and (named is None or state.sentence == self.trig.sent):
            return self.as_role(state)
        if named is not None:
            return self.as_role(named)
        return self.generic("unidentified")

    def victims(self) -> ActorRole | None:
        """Civilians of the victims' nationality ("two Ethiopian nationals") or of the event country."""
        pool = [m for m in self.mentions if m.category == "civilians"]
        patient = self.role("patient", categories=frozenset({"civilians"}))
        chosen = patient or (min(pool, key=lambda m: abs(m.sentence - self.trig.sent)) if pool else None)
        if chosen is not None:
            return self.as_role(chosen)
        return self.generic("civilians")

    def assoc(self, categories: frozenset[str]) -> str | None:
        if not self.country:
            return None
        for m in self.mentions:
            if m.group and m.category in categories and m.sentence == self.trig.sent:
                return self.catalogue.social_group(m.group, self.country)
        return None

    # ------------------------------------------------------------------ event types

    def protests(self, sub: str) -> EventActors:
        protesters = [m for m in self.mentions if m.category == "protesters"]
        a1 = self.generic("protesters", protesters[:1])
        assoc = self.assoc(frozenset({"protesters", "civilians"}))
        if sub == "Excessive force against protesters":
            force = self.in_text(_STATE) or self.in_text(_NONSTATE - {"party"})
            a_force = self.as_role(force) if force else self.generic("police")
            return EventActors(a_force, a1, assoc_actor_2=assoc)
        if sub == "Protest with intervention":
            force = self.in_text(_STATE) or self.in_text(_NONSTATE - {"party"})
            return EventActors(a1, self.as_role(force) if force else self.generic("police"), assoc)
        return EventActors(a1, None, assoc)

    def riots(self, sub: str) -> EventActors:
        rioters = [m for m in self.mentions if m.category == "rioters"]
        a1 = self.generic("rioters", rioters[:1])
        assoc = self.assoc(frozenset({"rioters", "civilians", "protesters"}))
        target = self.role("patient", "with", "between2")
        if target is not None and target.category in _STATE | _NONSTATE - {"unidentified"}:
            return EventActors(a1, self.as_role(target), assoc)
        force = self.in_text(frozenset({"police"})) or self.in_text(_STATE)
        if sub == "Mob violence":
            if self.trig.lemma.lower() in _MUTUAL or self.trig.lower in _MUTUAL:
                # two crowds fighting each other: ACLED codes both sides as rioters
                if force is not None and force.sentence == self.trig.sent:
                    return EventActors(a1, self.as_role(force), assoc)
                return EventActors(a1, a1, assoc)
            if force is not None and force.sentence == self.trig.sent:
                return EventActors(a1, self.as_role(force), assoc)
            return EventActors(a1, self.victims(), assoc)
        if force is not None:
            return EventActors(a1, self.as_role(force), assoc)
        if target is not None and target.category == "civilians":
            return EventActors(a1, self.as_role(target), assoc)
        return EventActors(a1, None, assoc)

    def violence_against_civilians(self) -> EventActors:
        return EventActors(self.perpetrator(), self.victims())

    def battles(self) -> EventActors:
        armed = _NONSTATE | _STATE
        first = self.role("between1", categories=armed)
        second = self.role("between2", categories=armed)
        agent = self.role("agent", "agent2", categories=armed)
        other = self.role("patient", "with", categories=armed)
        a1 = first or agent
        a2 = second if first else other
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
            a1 = self.in_text(armed, exclude=[a2.name] if a2 else [])
        if a1 is not None and a2 is None and self.split_in_two():
            a2 = a1  # "two groups of Al Shabaab clashed", "two Maasai clans clashed": one actor
        if a1 is not None and a2 is None:
            # the other side: preferably of the other camp (state against non-state)
            camp = _NONSTATE - {"party"} if a1.category in _STATE else _STATE
            a2 = self.in_text(camp, exclude=[a1.name]) or self.in_text(armed, exclude=[a1.name])
        if a1 is not None and a2 is None and a1.category in _IDENTITY:
            a2 = a1  # "rival pastoralist communities clashed": one actor on both sides
        r1 = self.as_role(a1) if a1 else self.generic("unidentified")
        r2 = self.as_role(a2) if a2 else self.generic("unidentified")
        return EventActors(r1, r2)

    def remote(self, sub: str) -> EventActors:
        if sub in ("Air/drone strike", "Shelling/artillery/missile attack"):
            agent = self.role("agent", "between1", categories=_STATE | _NONSTATE)
            a1 = self.as_role(agent) if agent else None
            if a1 is None:
                state = self.in_text(_STATE)
                a1 = self.as_role(state) if state else self.perpetrator()
        else:
            a1 = self.perpetrator()
        exclude = [a1.name] if a1 else []
        target = self.role("patient", "with")
        if target is not None and target.name not in exclude and target.category not in ("protesters", "rioters") \
                and target.cue != "civilian_sites":
            return EventActors(a1, self.as_role(target))
        # civilians are the target only when people are hit: a shelled village or house alone is not
        people = [m for m in self.mentions if m.category == "civilians" and m.cue != "civilian_sites"]
        if people:
            return EventActors(a1, self.as_role(min(people, key=lambda m: abs(m.sentence - self.trig.sent))))
        other = self.in_text(_STATE | _NONSTATE - {"party"}, exclude=exclude)
        return EventActors(a1, self.as_role(other) if other else None)

    def strategic(self, sub: str) -> EventActors:
        armed = _NONSTATE | _STATE
        if sub == "Arrests":
            agent = self.role("agent", categories=_STATE) or self.in_text(_STATE)
            a1 = self.as_role(agent) if agent else self.generic("police")
            target = self.role("patient")
            if target is not None and target.category in armed:
                return EventActors(a1, self.as_role(target))
            # "arrested seven men suspected of links to al-Shabaab": the group is the arrested side
            group = self.in_text(_NONSTATE - {"party", "unidentified", "communal_militia", "clan_militia"},
                                 exclude=[a1.name] if a1 else [])
            if group is not None and group.kind != "generic":
                return EventActors(a1, self.as_role(group))
            return EventActors(a1, self.victims())
        if sub == "Agreement":
            named = [m for m in self.mentions if m.kind == "named" and m.category in armed]
            first = named[0] if named else None
            second = next((m for m in named if first and m.name != first.name), None)
            return EventActors(self.as_role(first), self.as_role(second))
        agent = self.role("agent", "between1", categories=armed)
        a1 = agent or self.in_text(armed)
        target = self.role("patient", "with", "between2", categories=armed)
        r1 = self.as_role(a1) if a1 else self.generic("unidentified")
        if r1 is not None and a1 is not None and a1.kind == "generic" and a1.category == "unidentified":
            blamed = self.attributed()
            if blamed is not None:
                r1 = self.as_role(blamed)
        if target is not None and (r1 is None or target.name != r1.name):
            return EventActors(r1, self.as_role(target))
        if sub == "Disrupted weapons use" and a1 is not None:
            # a seized cache or defused bomb: the other side is the one whose weapons they were
            camp = _NONSTATE - {"party"} if a1.category in _STATE else _STATE
            other = self.in_text(camp, exclude=[a1.name])
            if other is not None:
                return EventActors(r1, self.as_role(other))
        return EventActors(r1, None)


# ------------------------------------------------------------------------------------ syntax


def _head_token(analysis: Analysis, m: ActorMention) -> Token | None:
    first = analysis.token_at(m.start)
    last = analysis.token_at(max(m.start, m.end - 1))
    if first is None or last is None:
        return None
    inside = range(first.i, last.i + 1)
    heads = [analysis.tokens[i] for i in inside if analysis.tokens[i].head not in inside or analysis.tokens[i].head == i]
    return heads[-1] if heads else last


def _roles(analysis: Analysis, mentions: Sequence[ActorMention], trig: Token) -> list[_Roled]:
    """The role of each mention of the trigger's sentence relative to the trigger."""
    out: list[_Roled] = []
    # verbs whose arguments count as the trigger's: the trigger itself, the verb a noun trigger is the
    # object of ("launched an attack"), and verbs the trigger is coordinated with ("stormed ... and killed")
    governors = _governors(analysis, trig)
    for m in mentions:
        if m.sentence != trig.sent:
            continue
        head = _head_token(analysis, m)
        if head is None:
            continue
        role = _role_of(analysis, head, trig, governors)
        out.append(_Roled(m, role or "other"))
    # "between X and Y": the second party is the conjunct of the first
    firsts = [r for r in out if r.role == "between1"]
    if firsts:
        first_head = _head_token(analysis, firsts[0].mention)
        for k, r in enumerate(out):
            if r.role != "other":
                continue
            h = _head_token(analysis, r.mention)
            if h is not None and first_head is not None and _conj_root(analysis, h).i == first_head.i and h.i != first_head.i:
                out[k] = _Roled(r.mention, "between2")
                break
    order = {"between1": 0, "agent": 1, "agent2": 2, "between2": 3, "patient": 4, "with": 5, "other": 6}
    out.sort(key=lambda r: (order.get(r.role, 9), abs(r.mention.start - trig.start)))
    return out


def _governors(analysis: Analysis, trig: Token) -> list[tuple[Token, bool]]:
    """(verb, subject_is_patient) pairs whose subjects and objects are the trigger's arguments."""
    tokens = analysis.tokens
    out: list[tuple[Token, bool]] = [(trig, False)]
    # verbs coordinated after the trigger share its subject and add objects: "beat and stoned police"
    first, last = analysis.sentences[trig.sent].first, analysis.sentences[trig.sent].last
    out += [(t, False) for t in tokens[first:last] if t.dep == "conj" and t.head == trig.i and t.pos == "VERB"]
    t = trig
    for _ in range(3):
        if t.dep in ("conj", "xcomp", "advcl", "ccomp") and t.head != t.i:
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
    # "between X and Y" under the trigger (or under a noun the trigger governs)
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
    # "killed in an attack carried out by X", "killed and cattle stolen by X": a passive agent elsewhere
    if h.dep == "pobj" and parent.dep == "agent":
        return "agent2"
    # a trigger that modifies the mention: "militants who attacked", "people killed in the attack"
    if trig.head == h.i and trig.dep in ("relcl", "acl"):
        return "patient" if trig.tag == "VBN" else "agent"
    # the subject of the verb the trigger is coordinated with: "Gunmen stormed the village, killing five"
    if h.dep == "nsubj" and trig.dep in ("advcl", "conj", "xcomp") and trig.head == parent.i:
        return "agent"
    return None


__all__ = ["ActorMention", "ActorRole", "EventActors", "event_actors", "find_actors"]
