"""Actor mentions in an article, resolved against the catalogue, and the records of an event's actors.

``find_actors`` finds every catalogue phrase in the text (one linear pass of the catalogue's
lexicon), composes neighbouring phrases ("Kenyan" + "police", "al-Shabaab" + "militants",
"Pokot" + "raiders") and resolves descriptive references ("the insurgents", "gunmen", "residents")
from context: the named actor of a compatible kind mentioned nearby, else the country's generic actor.

``actor_roles.event_actors`` turns the mentions around one event into ACLED's actor1 / actor2
(``EventActors``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .actor_names import names_from_text
from .catalogue import STATE_KINDS, Actor, ActorCatalogue, PhraseMatch
from .nlp import Analysis, Token

# Kinds of actor that take part in armed violence (ACLED inter 1-4 and 8).
# "suspects": armed criminal suspects ACLED names as an actor only when they fight ("Armed Drug Suspects
# (Philippines)" in a shootout); arrested or killed, they are civilians.
ARMED_NONSTATE = frozenset({"rebel", "militia", "identity_militia", "unidentified", "gang", "communal_militia",
                            "clan_militia", "ethnic_militia", "party", "suspects"})
ARMED_STATE = frozenset(STATE_KINDS | {"international", "external", "private_security"})
IDENTITY = frozenset({"identity_militia", "communal_militia", "clan_militia", "ethnic_militia"})
_NONSTATE, _STATE = ARMED_NONSTATE, ARMED_STATE


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


# "Taliban fighters", "al-Shabaab-linked", "Taliban's fighters", "Luo ethnic communities"
_JOIN = re.compile(r"^(?:\s|-|–|['’]s?|\b(?i:ethnic)\b)*$")
_OF = re.compile(r"^\s+(?:of|from|belonging to|linked to|loyal to|affiliated (?:with|to)|allied (?:with|to)|"
                 r"aligned with|associated with)\s+(?:the\s+)?(?:neighbou?ring\s+)?"
                 r"(?:(?:West|East|North|South|Central|Upper|Lower)\s+)?$", re.IGNORECASE)
# "gunmen (who were) suspected to be from Ethiopia", "gunmen suspected to be affiliated with al-Shabaab"
_SUSPECTED_FROM = re.compile(r"^\s*,?\s*(?:who\s+(?:were|are|was|is)\s+)?(?:suspected|believed|thought|said|"
                             r"reported|alleged|assumed)\s+to\s+(?:be|have\s+come|come|have\s+crossed)\s+"
                             r"(?:from|of|members\s+of|part\s+of|affiliated\s+(?:with|to)|linked\s+to)\s+"
                             r"(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"^\s+(?:from|of)\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
_QUALIFIER = re.compile(r"(?:suspected|alleged|armed|unknown|unidentified|heavily armed|presumed)\s+$",
                        re.IGNORECASE)

_MANNER = re.compile(r"\w-style\b", re.IGNORECASE)  # the lexicon matches the whole hyphenated word


def _without_manner(text: str, matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Matches less those that only tell the manner of an act ("a vigilante-style attack", "a
    military-style operation"), not who did it. In a report on drugs the style is the drug war's own:
    ACLED codes "vigilante-style" killings there as the drug war's vigilantes (Philippines notes: 1,724 of
    1,776 such notes mention drugs and are coded so), and the others as their unnamed authors (of 24
    "vigilante-style" killings with no word of drugs, 2 are coded as the vigilantes)."""
    if not any(_MANNER.search(text, m.start, m.end + 7) for m in matches) or _DRUG_WORDS.search(text):
        return matches
    return [m for m in matches if not _MANNER.search(text, m.start, m.end + 7)]

# Descriptive classes that take the named actor they qualify or follow.
_ARMED_CUES = frozenset({"armed", "attackers", "islamist", "any_armed", "communal", "clan", "gang", "military",
                         "police", "state", "private_security"})
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
    units = _units(_without_manner(text, catalogue.lexicon.find(text, skip)))
    mentions: list[ActorMention] = []
    i = 0
    while i < len(units):
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        # "<descriptive> of/from <named>": "fighters of the NRF", "militants from al-Shabaab",
        # "bandits from Pokot", "armed men from Somalia"
        cue = _descriptive_cue(unit)
        gap = text[unit.end : nxt.start] if nxt is not None else ""
        if nxt is not None and cue in _ARMED_CUES and (_OF.match(gap) or _SUSPECTED_FROM.match(gap)):
            nation = nxt.of("demonym")[0].phrase.target if nxt.of("demonym") else None
            named = _named(catalogue, nxt, country, on)
            if named is None and not (nation and cue in ("attackers", "gang")):
                # "bandits from Pokot"; but "assailants of Somali origin" are of a nation, not a militia
                named = _ethnic(catalogue, nxt, country, on)
            if named is None and nation is not None:
                kind = _generic_kind(cue or "", catalogue, nation)
                if cue in ("military", "police", "state", "any_armed"):  # "the military forces of Russia"
                    named = catalogue.generic(kind or "military", nation, on=on)
                elif cue in ("armed", "attackers", "gang") and nation != country:
                    named = catalogue.generic("unidentified", nation, on=on)  # "armed men from Somalia"
                elif cue == "islamist" and nation != country:
                    named = catalogue.generic("islamist", nation, on=on)  # "jihadists from Mali"
                elif cue == "communal" and nation != country:
                    named = catalogue.generic("communal_militia", nation, on=on)  # "raiders from Uganda"
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
                                                 after.of("demonym")[0].phrase.target, on=on)
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
    label = _NOTE_LABEL.match(text)
    if label is not None:
        # "Movement of forces: ..." labels the note; its "forces" are nobody
        mentions = [m for m in mentions if m.start >= label.end()]
    mentions = _hedged_bracket(analysis, _umbrella(analysis, _coded_as(analysis, mentions)))
    mentions = _suspects_as_victims(analysis, catalogue, _named_unit_members(text, mentions), on)
    # names the text writes ACLED's way: "the Jamesley Gang", "the Pale PDF" (actor_names.py)
    mentions = names_from_text(analysis, catalogue, mentions, country)
    mentions = _joint_units(analysis.text, catalogue, mentions, on)
    mentions = _security_forces_as_police(analysis.text, catalogue, mentions, on)
    mentions = _civil_officers(analysis.text, catalogue, mentions, on)
    return tuple(_named_victims(analysis, catalogue, mentions, country, on))


# a named person is an armed or state actor when a title of theirs is a mention of that kind right
# before the name ("police commander John Doe", "al-Shabaab leader X"): those titles end this close
_TITLE_GAP = re.compile(r"^[\s,'’s-]{0,3}(?:(?:deputy|senior|top|former|regional|county|district|station|"
                        r"commander|officer|leader|chief|spokesman|spokesperson|head|boss|commandant|inspector|"
                        r"sergeant|corporal|captain|major|colonel|general|lieutenant|constable|superintendent|"
                        r"commissioner|fighter|militant|member)\s+){0,3}$", re.IGNORECASE)
# missiles and stones thrown or shots fired "at" a person: the person is the target
_AIM = frozenset({"throw", "hurl", "fire", "shoot", "lob", "aim", "pelt"})
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Hon|Prof)\.?\s+$")


def _named_victims(analysis: Analysis, catalogue: ActorCatalogue, mentions: list[ActorMention],
                   country: str | None, on: date | None) -> list[ActorMention]:
    """A named person the text shows suffering violence ("a mob threw stones at Mudavadi", "gunmen shot
    businessman John Doe") is a civilian in ACLED's coding (global notes: mayors, MPs and governors
    attacked or harmed are civilians about two times in three) unless a title right before
    the name makes them an armed or state actor, which is then the mention that counts."""
    from .actor_roles import victim_side  # imported here: actor_roles imports this module

    persons = [e for e in analysis.entities if e.label == "PERSON"]
    if not persons:
        return mentions
    out = list(mentions)
    country = country or context_country(mentions)
    for e in persons:
        if any(m.start < e.end and e.start < m.end for m in mentions):
            continue
        title = max((m for m in mentions if m.end <= e.start), key=lambda m: m.end, default=None)
        titled = title is not None and _TITLE_GAP.match(analysis.text[title.end : e.start]) is not None
        if titled and title is not None and title.category != "civilians":
            continue
        # the tagger takes many single capitalised words for persons ("an attack on Odesa"): a one-word
        # name counts only with a title or honorific before it, or as the surname of a full name given;
        # a longer one unless it reads as a place ("attacked in ...")
        person = titled or _HONORIFIC.search(analysis.text, max(0, e.start - 6), e.start) is not None
        if e.last - e.first == 1:
            person = person or any(p.last - p.first > 1 and p.text.endswith(" " + e.text) for p in persons)
        elif not person:
            person = not _looks_like_place(analysis, e.start, e.end)
        if not person:
            continue
        sentence = analysis.sentence_of(e.start)
        probe = ActorMention(e.start, e.end, e.text, -1 if sentence is None else sentence, "", 0, "generic",
                             None, "civilians", "civilians")
        if not victim_side(analysis, probe) and not _aimed_at(analysis, e.first, e.last):
            continue
        if country is None:
            continue
        civilians = catalogue.generic("civilians", country, on=on)
        out.append(ActorMention(e.start, e.end, e.text, probe.sentence, civilians.name, civilians.inter,
                                "generic", civilians.country, "civilians", "civilians"))
    out.sort(key=lambda m: m.start)
    return out


def _aimed_at(analysis: Analysis, first: int, last: int) -> bool:
    """Whether the tokens [first, last) are what stones or shots were aimed at ("threw stones at X")."""
    tokens = analysis.tokens
    for t in tokens[first:last]:
        if t.dep != "pobj" or tokens[t.head].lower != "at" or not first <= t.i < last:
            continue
        prep = tokens[t.head]
        if prep.head == prep.i:
            continue
        verb = tokens[prep.head]
        if verb.dep == "dobj" and verb.head != verb.i:  # "at" hung on the missile: "threw [stones at X]"
            verb = tokens[verb.head]
        if verb.lemma.lower() in _AIM:
            return True
    return False


_SUSPECTS = re.compile(r"\b(?:suspects?|criminals?|robbers?|thie(?:f|ves)|thugs?)\b", re.IGNORECASE)


def _suspects_as_victims(analysis: Analysis, catalogue: ActorCatalogue, mentions: list[ActorMention],
                         on: date | None) -> list[ActorMention]:
    """Unnamed suspects or criminals whom the text shows being shot, killed or lynched are civilians
    in ACLED's coding ("police shot dead two robbery suspects", "a mob lynched a suspected thief")."""
    from .actor_roles import victim_side  # imported here: actor_roles imports this module

    out = []
    for m in mentions:
        if m.kind == "generic" and m.category == "unidentified" and m.country and _SUSPECTS.search(m.text) \
                and victim_side(analysis, m):
            civilians = catalogue.generic("civilians", m.country, on=on)
            m = ActorMention(m.start, m.end, m.text, m.sentence, civilians.name, civilians.inter, "generic",
                             civilians.country, "civilians", "civilians", m.group)
        out.append(m)
    return out


# "police and PDEA", "a joint police-PDEA raid", "PDEA agents and the police": the two forces act as one
# (a comma is left out: "police, the General Service Unit" is an apposition naming the unit)
# ("police and agents of the PDEA": the unit's members stand for the unit)
_JOINED = re.compile(r"^\s*(?:-|/|and|&|with)\s*(?:the\s+)?(?:joint\s+)?(?:(?:agents|operatives|personnel|members|"
                     r"elements|officers)\s+(?:of|from)\s+(?:the\s+)?)?$", re.IGNORECASE)
_JOINED_IN_ONE = re.compile(r"^(?:police|PNP|army|military|troops)\s*[-/]\s*\S|"
                            r"\S\s*[-/]\s*(?:police|PNP|army|military)$", re.IGNORECASE)


def _joint_units(text: str, catalogue: ActorCatalogue, mentions: list[ActorMention],
                 on: date | None) -> list[ActorMention]:
    """A unit of a state force acting jointly with the force itself is coded as the force: ACLED codes
    "a raid by police and PDEA" as "Police Forces of the Philippines" (the unit as its associate;
    Philippines notes: 48 of 59 joint raids), while a raid by the unit alone keeps the unit's name."""
    out = list(mentions)
    for j, m in enumerate(out):
        # one composed mention: "police-PDEA", "PNP/CIDG"
        if m.kind == "named" and m.category in STATE_KINDS and m.country and _JOINED_IN_ONE.search(m.text):
            force = catalogue.generic(m.category, m.country, on=on)
            if m.name.startswith(force.name + " "):
                out[j] = ActorMention(m.start, m.end, m.text, m.sentence, force.name, force.inter, "generic",
                                      force.country, m.category, m.cue, m.group)
    # the military leads joint operations against armed groups; police before soldiers at a protest
    foe = any(m.kind == "named" and m.category in ARMED_NONSTATE - {"suspects", "party"} for m in out)
    for j, m in enumerate(out):
        # "a joint police-military raid"
        if foe and m.kind == "generic" and m.category == "police" and m.country and _MILITARY_IN_ONE.search(m.text):
            out[j] = _as_military(catalogue, m, text, on)
    for i in range(len(out) - 1):
        pair = (out[i], out[i + 1])
        if not _JOINED.match(text[pair[0].end : pair[1].start]):
            continue
        kinds = {pair[0].category, pair[1].category}
        if foe and kinds == {"police", "military"} and all(p.kind == "generic" for p in pair):
            if pair[0].country in _POLICE_LEAD:
                j = i if pair[0].category == "military" else i + 1
                out[j] = _as_police(catalogue, out[j], on)
                continue
            j = i if pair[0].category == "police" else i + 1
            out[j] = _as_military(catalogue, out[j], text, on)
            continue
        for unit, force in (pair, pair[::-1]):
            if unit.kind != "named" or force.kind != "generic" or unit.category != force.category \
                    or unit.category not in STATE_KINDS or not unit.name.startswith(force.name + " "):
                continue
            j = i if unit is pair[0] else i + 1
            out[j] = ActorMention(unit.start, unit.end, unit.text, unit.sentence, force.name, force.inter,
                                  "generic", force.country, force.category, force.cue, unit.group)
    return out


_MILITARY_IN_ONE = re.compile(r"[-/]\s*(?:military|army|soldiers|AFP)\b|\b(?:military|army|AFP)\s*[-/]", re.IGNORECASE)
# countries whose police, not the army, lead joint operations against armed groups: Haiti's army, re-formed
# in 2017, is small, and ACLED codes "police and military forces clashed with the gang" as the police
# (Haiti notes: 40 of the 41 "police and military" notes that code a force code the police); its unnamed
# "security forces" are the police too (151 notes, none coded as the army)
_POLICE_LEAD = frozenset({"Haiti"})
# countries whose unnamed "security forces" ACLED codes as the police though the army leads joint operations:
# Ethiopia's regional police and special police do the policing (Ethiopia notes: 22 police, 10 army);
# "federal" or "government" forces and troops stay the army there
_SECURITY_FORCES_POLICE = frozenset({"Ethiopia"})
_PLAIN_SECURITY = re.compile(r"\bsecurity\b", re.IGNORECASE)
_NOT_POLICE = re.compile(r"\b(?:federal|government|national|troops|soldiers|military|army|defen[cs]e)\b", re.IGNORECASE)
_DRUG_WORDS = re.compile(r"\b(?:drugs?|shabu|narcotics?|anti-drug|anti-narcotics?)\b", re.IGNORECASE)


def _as_military(catalogue: ActorCatalogue, m: ActorMention, text: str, on: date | None) -> ActorMention:
    """Police acting jointly with the military against an armed group are coded as the military
    (Philippines notes: 71 of 96 joint police and military operations), except in anti-drug operations,
    which the police lead."""
    if m.country is None or m.country in _POLICE_LEAD:
        return m
    sentence = re.split(r"(?<=[.!?])\s+", text[: m.start])[-1] + text[m.start : m.start + 200].split(". ")[0]
    if _DRUG_WORDS.search(sentence):
        return m
    army = catalogue.generic("military", m.country, on=on)
    return ActorMention(m.start, m.end, m.text, m.sentence, army.name, army.inter, "generic", army.country,
                        "military", "military", m.group)


def _as_police(catalogue: ActorCatalogue, m: ActorMention, on: date | None) -> ActorMention:
    """Soldiers acting jointly with the police where the police lead (``_POLICE_LEAD``): coded as the police."""
    if m.country is None:
        return m
    police = catalogue.generic("police", m.country, on=on)
    return ActorMention(m.start, m.end, m.text, m.sentence, police.name, police.inter, "generic", police.country,
                        "police", "police", m.group)


# ACLED notes name the coded actor in brackets: "militiamen (coded as Darfur communal militia)",
# "international forces (described as allied forces, coded as Unidentified Military Forces)"
# (a phrase on what they rode or carried may stand between: "militiamen on motorbikes (coded as ...)")
_CODED_AS = re.compile(r"^(?:\s+(?:on|in|with|riding|carrying|armed\s+with)(?:\s+[a-z][\w'’-]*){1,3})?"
                       r"\s*\((?:[^()]{0,60}?,\s*)?(?i:coded|recorded) as (?i:an?\s+|the\s+)?"
                       r"(?:[A-Z][\w'’-]*\s+){0,3}$")
_CODED_AS_BEFORE = re.compile(r"(\S)\s*\((?:[^()]{0,60}?,\s*)?(?i:coded|recorded) as (?i:an?\s+|the\s+)?"
                              r"(?:[A-Z][\w'’-]*\s+){0,3}$")


def _coded_as(analysis: Analysis, mentions: list[ActorMention]) -> list[ActorMention]:
    """The phrase before "(coded as <actor>)" is that actor: the bracketed name takes the place (and
    the syntactic role) of the words it codes, whether or not they were a mention of their own."""
    text = analysis.text
    out: list[ActorMention] = []
    for m in mentions:
        before = _CODED_AS_BEFORE.search(text, max(0, m.start - 90), m.start)
        if before is None:
            out.append(m)
            continue
        coded = analysis.token_at(before.start(1))  # the last word before the bracket
        opening = text.rfind("(", before.start(1), m.start)
        while out and out[-1].start > opening:
            # the coder's own description inside the bracket ("(described as allied forces, coded as
            # ...)") is no actor of its own
            out.pop()
        if out and out[-1].end > before.start(1) - 40 and _CODED_AS.match(text[out[-1].end : m.start]):
            prev = out.pop()
            start, end, cue, group = prev.start, prev.end, prev.cue, prev.group
        elif coded is not None and coded.pos in ("NOUN", "PROPN"):
            start, end, cue, group = coded.start, coded.end, m.cue, m.group
        else:
            out.append(m)
            continue
        sentence = analysis.sentence_of(start)
        out.append(ActorMention(start, end, text[start:end], m.sentence if sentence is None else sentence, m.name,
                                m.inter, "named", m.country, m.category, cue, group))
    return out


# the label ACLED's coders put before some notes, then the note's date: "Movement of forces: On 3 May
# 2025, ...", "Change to armed group: Around ..."
_NOTE_LABEL = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][a-z]+){1,4}\s*:\s+(?=(?:On|Around|Between|From|During)\s)")

# the gap between a named force and the generic word for its members: "Southwest Special Police Forces
# (SWSPF) troops", "NISA) soldiers"
_UNIT_MEMBERS_GAP = re.compile(r"^\s*\)?\s*(?:\([^()]{1,20}\)\s*)?$")


def _named_unit_members(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Unnamed state forces written right after a named unit of the state's forces are that unit's
    members ("Southwest Special Police Forces (SWSPF) troops clashed"): the generic word is the one the
    parse makes the subject, so it takes the unit's name."""
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and m.kind == "generic" and m.category in ("military", "police") \
                and prev.kind == "named" and prev.category in ("military", "police") and prev.end <= m.start \
                and _UNIT_MEMBERS_GAP.match(text[prev.end : m.start]):
            m = ActorMention(m.start, m.end, m.text, m.sentence, prev.name, prev.inter, "named", prev.country,
                             prev.category, m.cue, m.group)
        out.append(m)
    return out


# "Katiba Macina (JNIM)", "Katiba Macina or Ansaroul Islam (JNIM)": a group followed by another group in
# brackets is named with the coalition it belongs to, and ACLED codes the coalition in the brackets.
_BRACKET_OPEN = re.compile(r"^\s*\($")
_ALTERNATIVE = re.compile(r"^\s*(?:,|or|and/or|,\s*or)\s*$")


def _umbrella(analysis: Analysis, mentions: list[ActorMention]) -> list[ActorMention]:
    """Named armed groups followed by "(<another named armed group>)" become one mention of the bracketed one."""
    text = analysis.text
    out: list[ActorMention] = []
    for m in mentions:
        # the bracketed name may have been joined with the noun after the bracket ("JNIM) militants")
        close = text.find(")", m.start, m.end + 3)
        if close < 0 or "(" in text[m.start : close] or m.kind != "named" or m.category != "rebel" or not out \
                or not _BRACKET_OPEN.match(text[out[-1].end : m.start]):
            out.append(m)
            continue
        start = m.start
        while out and out[-1].kind == "named" and out[-1].category == "rebel" and out[-1].name != m.name \
                and (_BRACKET_OPEN.match(text[out[-1].end : m.start]) if start == m.start
                     else _ALTERNATIVE.match(text[out[-1].end : start])):
            start = out.pop().start
        if start == m.start:
            out.append(m)
            continue
        sentence = analysis.sentence_of(start)
        end = max(m.end, close + 1)
        out.append(ActorMention(start, end, text[start:end], m.sentence if sentence is None else sentence, m.name,
                                m.inter, m.kind, m.country, m.category, m.cue, m.group))
    return out


# "unknown gunmen (presumably JNIM militants)": the coder's bracket says who the unnamed attackers were
_HEDGE_OPEN = re.compile(r"^\s*\(\s*(?:presumably|presumed|believed to be|thought to be|likely|probably|possibly|"
                         r"allegedly|suspected(?: to be)?)\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_HEDGE_CLOSE = re.compile(r"[\w\s-]{0,20}\)")  # used with match(text, pos): no "^"


def _hedged_bracket(analysis: Analysis, mentions: list[ActorMention]) -> list[ActorMention]:
    """Unidentified attackers followed by "(presumably <armed group>)" become one mention of that group."""
    text = analysis.text
    out: list[ActorMention] = []
    for m in mentions:
        prev = out[-1] if out else None
        close = _HEDGE_CLOSE.match(text, m.end, m.end + 22) if prev is not None else None
        if prev is None or close is None or prev.kind != "generic" or prev.category != "unidentified" \
                or m.category == "civilians" or m.inter not in (2, 3, 4) \
                or not _HEDGE_OPEN.match(text[prev.end : m.start]):
            out.append(m)
            continue
        out.pop()
        end = close.end()
        out.append(ActorMention(prev.start, end, text[prev.start:end], prev.sentence, m.name, m.inter, m.kind,
                                m.country, m.category, m.cue, m.group))
    return out


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
    state = [m for m in unit.of("state") if not m.phrase.strict or country in (None, m.phrase.countries[0])]
    own = [m for m in state if country is not None and m.phrase.countries[0] == country]
    if own and len(unit.matches) > 1 and all(catalogue.spec_country(s) != country for s in specs):
        # one written word naming two forces ("the ENDF/EDF"): the report country's own comes first
        p = own[0].phrase
        return catalogue.generic(p.target, p.countries[0], on=on)
    if specs and state and country is not None:
        # one acronym for a state force nearby and a group far away ("UPDF": Uganda's army in East
        # Africa, a Bangladeshi party in Asia): the reading closer to the report's country wins
        near_state = min(_distance(catalogue, m.phrase.countries[0], country) for m in state)
        near_spec = min(_distance(catalogue, c, country) if c else 2
                        for s in specs for c in (catalogue.spec_countries(s) or (None,)))
        if near_state < near_spec:
            specs = []
    if specs:
        best = catalogue.choose(specs, country=country, on=on)
        if best is not None:
            valid = catalogue.spec_valid(best, on) or on is None
            if country is not None and catalogue.spec_kind(best) == "police" and not unit.of("demonym") \
                    and country not in catalogue.spec_countries(best):
                # a police or security service named in words any country uses ("the State Security
                # Service", "Civil Defence") in another country's report, with no nationality written, is
                # that country's own: a national police force does not act abroad
                return catalogue.generic("police", country, on=on)
            # an alias of an actor of another country is kept only when no other reading exists
            if valid or len(specs) == 1:
                return catalogue.actor(best, on)
    if state:
        p = min(state, key=lambda m: m.phrase.countries[0] != country).phrase
        return catalogue.generic(p.target, p.countries[0], on=on)
    return None


def _distance(catalogue: ActorCatalogue, of: str, country: str) -> int:
    """How far an actor's country is from the report's: itself 0, same continent 1, elsewhere 3."""
    if of == country:
        return 0
    return 1 if catalogue.same_continent(of, country) else 3


def _ethnic(catalogue: ActorCatalogue, unit: _Unit, country: str | None, on: date | None, *,
            alone: bool = False) -> Actor | None:
    """The ethnic militia a group name denotes; a name alone must be one of the report country's groups
    (a qualified one, "Toposa raiders", may come from a neighbouring country). A cross-border group
    takes its home country ("Toposa" in Kenya: South Sudan, Sudan before 2011)."""
    found = unit.of("ethnic")
    if not found:
        return None
    for m in found:
        if country in m.phrase.countries:
            return catalogue.group_militia(m.phrase.target, country, on=on)
    if country is not None and alone and not unit.of("demonym"):
        # a cross-border raiding group named alone in a neighbouring country's report ("Dodoth raid a
        # Kenyan village"); a home far away makes the word something else (a Chinese name "Jie")
        for m in found:
            home = catalogue.ethnic_home(m.phrase.target, on)
            if home is not None and catalogue.same_continent(home, country):
                return catalogue.ethnic_militia(m.phrase.target, home, on=on)
    if country is not None and (alone or unit.of("demonym")):
        return None  # "Somali troops" in Kenya: a nationality, not the ethnic group
    m = found[0]
    return catalogue.group_militia(m.phrase.target, m.phrase.countries[0], on=on)


_PLACE_BEFORE = re.compile(r"\b(?i:in|at|near|to|into|around|outside|across|within|towards?|via)\s+(?i:the\s+)?"
                           r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?$")  # "in Baragoi, Samburu"
_PLACE_AFTER = re.compile(r"^\s*(?:county|counties|town|city|village|district|sub-county|area|region|border|ward|"
                          r"constituency|division|location|province|state|road|market|municipality|valley|hills?|"
                          r"camp|river|lake|north|south|east|west|central)\b", re.IGNORECASE)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# a compass word or a hyphenated first half before a group name makes a county ("West Pokot",
# "Elgeyo-Marakwet"); a lake, mountain or Maa "Ol" place is named after the group too ("Lake Turkana",
# "Ol Moran")
_PLACE_HEAD = re.compile(r"\b(?:Lake|Mount|Mt\.?|Ol)\s+$")
_PLACE_PREFIX = re.compile(r"(?:\b(?:West|East|North|South|Central|Upper|Lower|Lake|Mount|Mt\.?|Ol|"
                           r"Western|Eastern|Northern|Southern)\s+|"
                           r"\b[A-Z][a-z]+-)$")


# the last part of a bracketed address is the region: "(Mekele, Tigray)", "(Bulen, Benishangul/Gumz)", "in
# Mekele (Tigray)"; a name alone in brackets after no place is another name ("Merile (Dassanach) raiders")
_ADDRESS_OPEN = re.compile(r"(?:\([^()]{0,50},\s*|\b(?:in|at|near|around|outside|of)\s+(?:the\s+)?[A-Z][\w'’-]+"
                           r"(?:\s+[A-Z][\w'’-]+){0,2}(?:\s+(?:town|city|village|kebele|woreda|district|zone))?\s*\()$")
_ADDRESS_CLOSE = re.compile(r"\s*(?:[),]|/\s*[A-Z])")

# words after a group name that make it the group, not a place, even after "in": "killed in Pokot
# raids", "injured in Toposa violence"
_GROUP_ACT_AFTER = re.compile(r"^\s+(?:raids?|raiders?|attacks?|attackers|violence|militias?|militiamen|gunmen|"
                              r"warriors|fighters|youths?|bandits|herders|herdsmen|clashes|ambush(?:es)?|"
                              r"reprisals?|retaliation)\b", re.IGNORECASE)


def _looks_like_place(analysis: Analysis, start: int, end: int) -> bool:
    """Many group names are also place names (Samburu, Turkana, Embu, Karen): "in Samburu" is a place."""
    text = analysis.text
    if _GROUP_ACT_AFTER.match(text[end : end + 30]):
        return False
    if _PLACE_BEFORE.search(text[max(0, start - 30) : start]) or _PLACE_AFTER.match(text[end : end + 30]) \
            or _PLACE_PREFIX.search(text[max(0, start - 30) : start]):
        return True
    if _ADDRESS_OPEN.search(text[max(0, start - 60) : start]) and _ADDRESS_CLOSE.match(text[end : end + 3]):
        return True
    for e in analysis.entities:
        if e.start <= start and end <= e.end and e.label in _PLACE_LABELS:
            return True
    return False


def _in_person_name(analysis: Analysis, start: int, end: int) -> bool:
    """A group name inside or closing a person's name ("Mr Abed Makau Kikuyu") names a person, not the
    group (the entity ruler may have cut the surname off the name as a group)."""
    return any(e.label == "PERSON" and ((e.start <= start and end <= e.end and (e.start < start or e.end > end))
                                        or analysis.text[e.end : start] == " ")
               for e in analysis.entities)


def _clan(catalogue: ActorCatalogue, unit: _Unit, country: str | None) -> Actor | None:
    found = unit.of("clan")
    if not found:
        return None
    for m in found:
        if country in m.phrase.countries or country is None:
            return catalogue.clan_militia(m.phrase.target, m.phrase.countries[0])
    return None


# "Hawiye-Abgal Sub-Clan Militia (Somalia)" -> "Hawiye-Abgal"
_CLAN_STEM = re.compile(r"\s+(?:Sub-)?Clan Militia \([^()]*\)$|\s+Militia \([^()]*\)$")


def _lineage(catalogue: ActorCatalogue, units: Sequence[_Unit], country: str | None) -> Actor | None:
    """The clan militia of a lineage written name by name ("Rahanweyn-Moalim Weyne sub-clan"): its last
    named branch when that branch descends from the names before it, else the first name."""
    clans = [c for c in (_clan(catalogue, u, country) for u in units) if c is not None]
    if not clans:
        return None
    deepest = max(clans, key=lambda c: c.name.count("-"))
    stems = [_CLAN_STEM.sub("", c.name) for c in clans]
    if all(_CLAN_STEM.sub("", deepest.name).startswith(stem) for stem in stems):
        return deepest
    return clans[0]


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
    capitalised = text[head.start : head.start + 1].isupper()
    head_ethnic = head.of("ethnic") if cue is None and named_head is None and capitalised else []
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
            return catalogue.ethnic_militia(head_ethnic[0].phrase.target, nation, on=on), "named", "", None
        return None
    ethnic_unit = next((m for m in modifiers if m.of("ethnic")), None)
    if ethnic_unit is not None and ethnic_unit.of("demonym") and cue in _PEOPLE_CUES | {"attackers", "gang"}:
        # a name that is both a nationality and an ethnic group ("Somali" in Kenya) reads as the
        # nationality before people and attackers ("Somali refugees", "Somali gunmen"), as the
        # group before militia words ("Somali militia")
        ethnic_unit = None
    if ethnic_unit is not None and country is not None \
            and not any(country in m.phrase.countries for m in ethnic_unit.of("ethnic")) \
            and any(country in m.phrase.countries for m in ethnic_unit.of("clan")):
        # a name that is a neighbour's ethnic group and the report country's clan ("Garre", "Issa" in
        # Somalia) names the clan: ACLED codes "Rahanweyn-Digil-Garre Sub-Clan Militia (Somalia)"
        ethnic_unit = None
    if ethnic_unit is not None and cue is not None:
        if cue in ("communal", "armed", "attackers", "clan", "any_armed", "members", "gang"):
            # "Pokot raiders", "Turkana warriors", "Garre militia", "Ugandan Pokot raiders"; a group name
            # that is also a nationality ("Somali militia" in Kenya) names the report country's group
            # unless another word gives the nation
            own = any(country in m.phrase.countries for m in ethnic_unit.of("ethnic"))
            others = [m.of("demonym") or m.of("nationals") for m in modifiers if m is not ethnic_unit]
            if own:
                nation = next((n[0].phrase.target for n in others if n), None) or _joined_nation(ethnic_unit)
                # "Somali militants" are the Islamists (al-Shabaab), not a militia from across the border
                militants = text[head.start : head.end].lower().startswith("militant")
                across = _across_border(ethnic_unit, country, text) if nation is None and not militants else None
                if across is not None:
                    return catalogue.generic("unidentified", across, on=on), "generic", cue, None
            if nation is not None:  # a written nation, even the report's, overrides a group's home
                group_name = ethnic_unit.of("ethnic")[0].phrase.target
                return catalogue.ethnic_militia(group_name, nation, on=on), "named", cue, None
            ethnic = _ethnic(catalogue, ethnic_unit, country, on)
            if ethnic is not None:
                return ethnic, "named", cue, None
        if cue in _PEOPLE_CUES and country:
            return catalogue.generic(cue, country, on=on), "generic", cue, group
    clan_units = [m for m in modifiers if m.of("clan")]
    if clan_units and cue in ("clan", "communal", "armed", "attackers", "any_armed", "members"):
        clan = _lineage(catalogue, clan_units, country)
        if clan is not None:
            return clan, "named", cue, None
    if nation is not None and cue is not None:
        kind = _generic_kind(cue, catalogue, nation)
        if kind is not None:
            return catalogue.generic(kind, nation, on=on), "generic", cue, group
    return None


# --- across the border (Kenya): a group name that is also a neighbour's nationality ("Somali militia")
# names armed men from across the border when the text tells of the border ("crossed the border", "the
# Kenya-Somalia border", "a border town"): ACLED codes them as the neighbour's unidentified armed group
# (Kenya's notes in the global file: 3 rows gained, none lost); without such words they are the report
# country's own community ("Somali militia encroached on farms in Kitui")
_BORDER_WORDS = re.compile(r"\bcross(?:ed|es|ing)?[\s-]+(?:the\s+)?border|\bborder\b", re.IGNORECASE)


def _across_border(unit: _Unit, country: str | None, text: str) -> str | None:
    """The neighbour whose nationality the group name also is, when the text tells of its border."""
    nation = next((m.phrase.target for m in unit.of("demonym") if m.phrase.target != country), None)
    if nation is None or country is None or _BORDER_WORDS.search(text) is None:
        return None
    return nation
# --- end across the border


def _joined_nation(unit: _Unit) -> str | None:
    """The nation of a hyphenated "Ugandan-Pokot": a demonym in the same written word as a group name
    that is not the group name itself ("Somali" is both a nationality and a group)."""
    groups = {m.phrase.text.lower() for m in unit.of("ethnic")}
    return next((m.phrase.target for m in unit.of("demonym") if m.phrase.text.lower() not in groups), None)


def _generic_kind(cue: str, catalogue: ActorCatalogue, country: str | None) -> str | None:
    c = catalogue.country(country)
    return {
        "police": "police",
        "military": "military",
        # unnamed "security forces" are the force that leads the state's operations
        "state": "police" if country in _POLICE_LEAD else "military",
        "any_armed": "military",
        "armed": "unidentified",
        "attackers": "unidentified",
        "islamist": "islamist",
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
    demonyms = unit.of("demonym")
    if demonyms and _COUNTED.search(analysis.text, max(0, unit.start - 12), unit.start) and _noun_use(analysis, unit):
        # "a Briton", "one Somali": a person of that nationality (before a group of the same name)
        return catalogue.generic("civilians", demonyms[0].phrase.target, on=on), "generic", "civilians", None
    # a group name alone must be written as a name ("Fur", "Mon" and "Tama" are also English words)
    if analysis.text[unit.start : unit.start + 1].isupper() and not _looks_like_place(analysis, unit.start, unit.end) \
            and not _in_person_name(analysis, unit.start, unit.end):
        ethnic = _ethnic(catalogue, unit, country, on, alone=True)
        if ethnic is not None and (not unit.of("demonym") or _noun_use(analysis, unit)):
            return ethnic, "named", "", None
        clan = _clan(catalogue, unit, country)
        if clan is not None:
            return clan, "named", "", None
    nationals = unit.of("nationals")
    if nationals:
        return catalogue.generic("civilians", nationals[0].phrase.target, on=on), "generic", "civilians", None
    if _PLACE_HEAD.search(analysis.text, max(0, unit.start - 8), unit.start) \
            and re.fullmatch(r"[A-Z][\w'’-]*", analysis.text[unit.start : unit.end]):
        return None  # "Ol Moran", "Lake Turkana": a place, though its name is also a word for warriors
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
    if cue is None and unit.of("descriptive"):
        # an actor's descriptive phrase outside its countries ("Islamist militants" in a report on
        # Mali) still describes armed men
        cue = "armed"
    if cue is None:
        return None
    target = country or context_country(earlier)
    if target is None:
        return None
    kind = _generic_kind(cue, catalogue, target)
    if kind is None:
        return None
    if kind == "communal_militia" and _ETHNIC_WORD.search(analysis.text, unit.start, unit.end):
        kind = "ethnic_militia"  # "ethnic militiamen", "tribal militia": ACLED's unidentified ethnic militia
    words = analysis.text[max(0, unit.start - 12) : unit.end]  # with the word before: "federal security forces"
    if cue == "state" and target in _SECURITY_FORCES_POLICE and _PLAIN_SECURITY.search(words) \
            and not _NOT_POLICE.search(words):
        kind = "police"
    if kind == "unidentified" and (_ETHNIC_WORD.search(analysis.text, unit.start, unit.end)
                                   or _FROM_ETHNIC.match(analysis.text, unit.end)):
        kind = "ethnic_militia"  # "unidentified men from an ethnic militia" (global notes: 13 of 14 so coded)
    if kind == "communal_militia":
        # ACLED names local militias after their place: "Wajir herders", "pastoralists from Lagdera"
        place = _place_name(analysis, catalogue, unit.start, unit.end)
        if place:
            name = f"{place} Communal Militia ({target})"
            return Actor(name, 4, target, (), None, None, "identity_militia"), "named", cue, group
    return catalogue.generic(kind, target, on=on), "generic", cue, group


# Unnamed "security forces" in a text that names the police and no soldier are the police: Kenya's notes
# code the police in 17 of 20 such rows, the army in 3; without the police named the army leads (29 to 18)
_POLICE_WORD = re.compile(r"\b(?:police\w*|policem[ae]n|constables?|gendarm\w*)\b", re.IGNORECASE)
_SOLDIER_WORD = re.compile(r"\b(?:soldiers?|military|army|armies|troops|KDF|defen[cs]e forces?|armed forces|marines?|"
                           r"navy|naval|air ?force)\b", re.IGNORECASE)
def _security_forces_as_police(text: str, catalogue: ActorCatalogue, mentions: list[ActorMention],
                               on: date | None) -> list[ActorMention]:
    """Unnamed "security forces" read as the army where the text names the police and no soldier: they
    are the police (``_POLICE_WORD``)."""
    unnamed = [k for k, m in enumerate(mentions) if m.cue == "state" and m.kind == "generic"
               and m.category == "military" and m.country is not None]
    if not unnamed or not _POLICE_WORD.search(text) or _SOLDIER_WORD.search(text):
        return mentions
    out = list(mentions)
    for k in unnamed:
        out[k] = _as_police(catalogue, out[k], on)
    return out


# "officer" after the body it works for, when that body is no force ("a Red Cross officer", "a company
# officer", "a university officer"): a civilian employee, as the catalogue's "education officer" is
_CIVIL_EMPLOYER = re.compile(r"\b(?:Red Cross|company|firm|NGO|INGO|UN|UNHCR|WFP|UNICEF|IEBC|electoral|bank|"
                             r"government|ministry|university|college|school|hospital|health|medical|agricultural|"
                             r"veterinary|fisheries|lands?|welfare|county|district|field|project|programme|program|"
                             r"relief|aid|development|information|communications?|public relations)\s+$",
                             re.IGNORECASE)
_OFFICER = re.compile(r"officers?", re.IGNORECASE)


def _civil_officers(text: str, catalogue: ActorCatalogue, mentions: list[ActorMention],
                    on: date | None) -> list[ActorMention]:
    """Generic police read off a bare "officer" that the words before name a civilian body's employee
    (``_CIVIL_EMPLOYER``): civilians of the force's country."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.kind != "generic" or m.category != "police" or m.country is None or not _OFFICER.fullmatch(m.text) \
                or not _CIVIL_EMPLOYER.search(text, max(0, m.start - 40), m.start):
            continue
        people = catalogue.generic("civilians", m.country, on=on)
        out[k] = ActorMention(m.start, m.end, m.text, m.sentence, people.name, people.inter, "generic",
                              people.country, "civilians", "civilians", m.group)
    return out


_COUNTED = re.compile(r"\b(?:a|an|one|another|[0-9]+|two|three|four|five|six|seven|eight|nine|ten)\s+$",
                      re.IGNORECASE)
_ETHNIC_WORD = re.compile(r"\b(?:ethnic|tribal)\b", re.IGNORECASE)
_FROM_ETHNIC = re.compile(r"\s+(?:from|of)\s+(?:an?\s+|the\s+)?(?:unidentified\s+|unknown\s+)?(?:armed\s+)?"
                          r"(?:ethnic|tribal)\s+(?:militias?|groups?)\b", re.IGNORECASE)


def _noun_use(analysis: Analysis, unit: _Unit) -> bool:
    """Whether a nationality or group word stands as a noun ("clashes between Somali and Samburu",
    "a Somali was shot") rather than before one ("Somali troops")."""
    last = analysis.token_at(max(unit.start, unit.end - 1))
    if last is None:
        return False
    following = analysis.tokens[last.i + 1] if last.i + 1 < len(analysis.tokens) else None
    if following is not None and following.sent == last.sent and following.pos in ("NOUN", "PROPN") \
            and following.text[:1].isalpha():
        return False
    return last.dep not in ("amod", "compound", "nmod")


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


# Nouns naming a force's own operation or its members: a state force that owns one acts in the sentence
# ("killed during a police raid", "killed by undercover police agents", "a joint team of police and PDEA").
_FORCE_OPERATIONS = frozenset({"raid", "operation", "op", "buy", "bust", "sting", "entrapment",
                               "crackdown", "drive", "encounter", "manhunt", "pursuit", "sweep", "arrest",
                               "agent", "operative", "officer", "team", "personnel", "element", "unit", "man",
                               "trooper", "member", "squad", "force", "authority", "raider"})
# (not "checkpoint": a police checkpoint is as often the target of an attack as the site of a killing)
_OPERATION_NOUNS = frozenset({"raid", "operation", "op", "buy", "bust", "sting", "entrapment",
                              "crackdown", "drive", "encounter", "manhunt", "pursuit", "sweep", "arrest", "raider"})
_KILLINGS = frozenset({"killing", "execution", "murder", "shooting", "attack", "assassination", "abduction",
                       "disappearance", "ambush", "raid", "operation"})
_KILL_VERBS = frozenset({"kill", "shoot", "murder", "gun", "stab", "abduct", "attack", "ambush", "execute", "wound",
                         "injure", "torture", "slay", "behead", "kidnap", "harass", "beat"})
# "(assumed police)", "(presumed military)": the note's coder names who acted
_ASSUMED = re.compile(r"\(\s*(?:assumed|presumed|believed|suspected|reportedly|allegedly|likely|probably)\s+"
                      r"(?:to\s+be\s+|by\s+)?(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def operation_force(analysis: Analysis, m: ActorMention, sentence: int) -> bool:
    """Whether a state force mention is the one acting through an operation or its members ("killed
    during a police raid", "shot by undercover police agents", "killed by a joint team of police and
    drug enforcement agents", "killed in a raid (assumed police)"). ACLED codes the force as the
    perpetrator of such killings (the drug war's police operations, anti-drug raids in Indonesia or
    Bangladesh), not the unidentified attackers it codes when no one is named. The force acts in the
    act's sentence ``sentence``, or anywhere as the author of killings ("a case of extrajudicial
    killings by suspected state agents") or as the coder's assumption ("(assumed police)")."""
    if m.category not in STATE_KINDS:
        return False
    text = analysis.text
    if _ASSUMED.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    first = analysis.token_at(m.start)
    last = analysis.token_at(max(m.start, m.end - 1))
    if first is None or last is None:
        return False
    tokens = analysis.tokens
    inside = range(first.i, last.i + 1)
    head = next((tokens[i] for i in reversed(inside) if tokens[i].head not in inside or tokens[i].head == i),
                last)
    if head.lemma.lower() in _FORCE_OPERATIONS and head.i != first.i:
        # a mention that names the members: "police operatives"
        return _acts_in(analysis, head, same=m.sentence == sentence)
    if head.dep == "pobj" and head.head != head.i and tokens[head.head].lower == "by":
        # "a raid by police and PDEA": the force itself is the agent
        return _acts_in(analysis, head, same=m.sentence == sentence)
    # climb from the force to the phrase it modifies: "police" -> "agents" in "undercover police agents",
    # "police" -> "team" in "a joint team of police and PDEA agents"
    t = head
    for _ in range(4):
        if t.head == t.i:
            break
        parent = tokens[t.head]
        if t.dep in ("compound", "amod", "nmod", "poss", "conj", "appos"):
            t = parent
        elif t.dep == "pobj" and parent.lower == "of" and parent.head != parent.i:
            t = tokens[parent.head]
        else:
            break
        if t.lemma.lower() in _FORCE_OPERATIONS and t.i not in inside:
            return _acts_in(analysis, t, same=m.sentence == sentence)
    return False


def _acts_in(analysis: Analysis, t: Token, *, same: bool) -> bool:
    """An operation ("raid") acts wherever it stands in the act's sentence (``same``); its members
    ("agents", "team") act as the agent of a killing ("killed by agents", "killings by agents", "a raid
    by police"), not of any act ("intercepted by army personnel"); as subjects they are the parser's to
    find ("agents said" reports). Outside the act's sentence only the authors of killings count."""
    tokens = analysis.tokens
    if t.lemma.lower() in _OPERATION_NOUNS:
        return same
    if t.dep == "pobj" and t.head != t.i:
        prep = tokens[t.head]
        if prep.lower != "by" and prep.dep != "agent":
            return False
        owner = tokens[prep.head] if prep.head != prep.i else prep
        # "the killings by state agents" (the parser often hangs "by" on the verb before the noun)
        before = tokens[prep.i - 1] if prep.i > 0 else prep
        return owner.lemma.lower() in _KILLINGS or before.lemma.lower() in _KILLINGS or \
            (owner.pos in ("VERB", "AUX") and owner.lemma.lower() in _KILL_VERBS)
    return False


def context_country(earlier: Sequence[ActorMention]) -> str | None:
    for m in reversed(earlier):
        if m.kind == "named" and m.country:
            return m.country
    return None


def _antecedent(cue: str, earlier: Sequence[ActorMention], at: int, analysis: Analysis, *,
                definite: bool = False) -> ActorMention | None:
    """The named actor a descriptive reference points back to, by the kind the cue allows
    ("the attackers", "the suspects" point back; "gunmen" alone introduces someone unknown)."""
    if cue in ("armed", "islamist") or (cue == "attackers" and definite):
        allowed = _NONSTATE - {"party", "unidentified", "communal_militia", "clan_militia", "ethnic_militia", "gang"}
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


__all__ = ["ARMED_NONSTATE", "ARMED_STATE", "IDENTITY", "ActorMention", "ActorRole", "EventActors",
           "context_country", "find_actors", "operation_force"]
