"""Actor names the text itself writes the way ACLED names the actor.

ACLED names a criminal gang after the name the reports give it ("the Jamesley Gang" is "Jamesley
Gang"), and a local unit of a decentralised movement after its place ("the Pale PDF", "PDF-Launglon"
are "People's Defense Force - Pale" / "- Launglon"; "the local PDF" is "People's Defense Force - Local
Group"; a bare "the PDF group" after one named unit is that unit). Unnamed "gang members" in a report
that names a single gang are that gang; in Myanmar, a resistance group the catalogue lacks keeps the name
the text gives it ("the Dawei Guerrilla Revolution Force (DGRF)"). Force words that only describe someone
or something ("a military informer", "the military owned tower") are no actor. These rules run
over the mentions ``actors.find_actors`` found; the catalogue supplies the gang countries and the
unit templates (``branch`` / ``local_branch`` on an actor), so no name is written here.

``communal_sides`` names an event's unnamed armed side as the community militia the note makes it (one
ethnic group's armed men named elsewhere in the note; cattle raiding; a fight over land).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .catalogue import FORMER_KIND, ActorCatalogue
from .nlp import Analysis

if TYPE_CHECKING:
    from datetime import date

    from .actors import ActorMention, ActorRole, EventActors

# a proper name of up to four words right before a mention: "Jamesley", "Base 5 Secondes", "Nay Pyi Taw"
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[A-Z0-9][\w'’]*(?:[-.][\w'’]+)*\s+){1,4})$")
# a place after a unit's name: "PDF - Thayet", "People's Defense Force of Yangon"
_PLACE_AFTER = re.compile(r"\s*(?:[-–]\s*|\s+of\s+(?:the\s+)?)"
                          r"([A-Z][\w'’]*(?:-[\w'’]+)*(?:\s+[A-Z][\w'’]*(?:-[\w'’]+)*){0,2})")
# "PDF-Launglon": the lexicon reads a hyphenated word whole
_PLACE_JOINED = re.compile(r"^(.+?[A-Za-z])\s*[-–]\s*([A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)$")
_LOCAL_BEFORE = re.compile(r"\b(?:local|locally[- ]formed|local[- ]level)\s+(?:(?:joint|combined|township)\s+)?$",
                           re.IGNORECASE)
# words that open or qualify a name without being part of it
_NOT_NAME = frozenset("""the a an this that these those its their his her all both two three several some
unidentified unknown armed rival local joint combined allied powerful notorious criminal suspected alleged
members member and or of in on at by with from for to as after before during when while
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())


def names_from_text(analysis: Analysis, catalogue: ActorCatalogue, mentions: Sequence[ActorMention],
                    country: str | None) -> list[ActorMention]:
    """``mentions`` with gang names, local units and single-gang references read from the text."""
    c = catalogue.country(country)
    out = [m for m in mentions if not _attributive(analysis.text, m)
           and not (c is not None and c.name in _RIVAL_ARTILLERY and _weapon_only(m))]
    if c is not None and c.gangs:
        out = _own_gang_names(analysis, out, c.name)
    out = _local_units(analysis, catalogue, out)
    if c is not None and c.gangs:
        out = _single_gang(analysis, out)
    if c is not None and c.name in _SELF_NAMED:
        out = _self_named_groups(analysis, catalogue, out, c.name)
    return out


# "a military-owned telecom tower", "a military-appointed administrator": the force qualifies a
# thing or person and takes no part ("al-Shabaab-linked militants" was joined to its noun before)
_ATTRIBUTIVE = re.compile(r"-(?:owned|linked|run|controlled|backed|appointed|affiliated|related|operated|"
                          r"supported|allied|aligned|sponsored|installed|connected|funded|friendly)\b", re.IGNORECASE)


# the same written without the hyphen ("the Myanmar military owned company"), for the participles that
# are not also a force's own act ("the military controlled the town", "the military appointed him")
_ATTRIBUTIVE_SPACED = re.compile(r"\s+(?:owned|linked|affiliated|sponsored|funded)\s+(?!by\b)[A-Za-z]",
                                 re.IGNORECASE)
# a force word naming who someone works for or what something was, not a force at the scene: "a military
# informer's house", "a police informant", "a military veteran's shop", "against the military coup"
# (Myanmar notes: the bombed house of a "military informer" has no second actor)
_FORCE_OF_SOMEONE = re.compile(r"(?:'s)?\s+(?:informers?|informants?|veterans?|coup|takeover)\b", re.IGNORECASE)


def _attributive(text: str, m: ActorMention) -> bool:
    if m.category in ("military", "police", "government", "state") and (
            _ATTRIBUTIVE_SPACED.match(text, m.end) or _FORCE_OF_SOMEONE.match(text, m.end)):
        return True
    tail = _ATTRIBUTIVE.match(text, m.end)
    if tail is None:
        inner = _ATTRIBUTIVE.search(m.text)
        if inner is None or inner.end() != len(m.text):
            return False
        end = m.start + len(m.text)
    else:
        end = tail.end()
    # "pro-military", "anti-junta" and the named-actor compounds were read as phrases of their own
    return m.category in ("military", "police", "government", "state") and not text[end : end + 1].isalpha()


def _name_before(text: str, start: int, floor: int) -> tuple[int, str] | None:
    """The capitalised name right before ``start`` (not reaching back past ``floor``), without the
    words that only open or qualify it."""
    m = _NAME_BEFORE.search(text, max(floor, start - 60), start)
    if m is None:
        return None
    words = m.group(1).split()
    at = m.start(1)
    while words and words[0].lower().strip(".") in _NOT_NAME:
        at = text.index(words[0], at) + len(words[0])
        words.pop(0)
    if not words or any(w.lower() in _NOT_NAME for w in words) or not any(ch.isalpha() for ch in "".join(words)):
        return None
    return text.index(words[0], at), " ".join(words)


# countries where armed groups fire artillery as the army does: a shell nobody is said to have fired is
# an unidentified armed group's (Myanmar notes naming only the artillery: 14 of 15), not the army's as
# elsewhere (Ukraine, Lebanon, Palestine: all 49 such global notes)
_RIVAL_ARTILLERY = frozenset({"Myanmar"})
_WEAPON_ONLY = re.compile(r"(?:heavy\s+)?artillery$", re.IGNORECASE)


def _weapon_only(m: ActorMention) -> bool:
    return m.kind == "generic" and m.category == "military" and _WEAPON_ONLY.match(m.text) is not None


def _own_gang_names(analysis: Analysis, mentions: list[ActorMention], country: str) -> list[ActorMention]:
    """"the Jamesley Gang": a capitalised "Gang" closing a proper name is that gang's ACLED name."""
    text = analysis.text
    out: list[ActorMention] = []
    for m in mentions:
        word = text[m.start : m.start + 5]
        if m.kind == "generic" and m.category == "gang" and word.startswith("Gang") and not word[4:].isalpha():
            floor = out[-1].end if out else 0
            found = _name_before(text, m.start, floor)
            if found is not None:
                start, name = found
                end = m.start + 4
                out.append(dataclasses.replace(m, start=start, end=end, text=text[start:end], name=f"{name} Gang",
                                               inter=3, kind="named", country=country, category="militia", cue=""))
                continue
        out.append(m)
    return out


def _local_units(analysis: Analysis, catalogue: ActorCatalogue, mentions: list[ActorMention]) -> list[ActorMention]:
    text = analysis.text
    out: list[ActorMention] = []
    for i, m in enumerate(mentions):
        if m.kind != "named" or catalogue.branch_name(m.name, "_") is None:  # an actor without local units
            out.append(m)
            continue
        start, end, place = m.start, m.end, None
        joined = _PLACE_JOINED.match(m.text)
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        after = _PLACE_AFTER.match(text, m.end, nxt)
        floor = out[-1].end if out else 0
        before = _name_before(text, m.start, floor)
        head = catalogue.resolve(joined.group(1)) if joined is not None else None
        if joined is not None and head is not None and head.name == m.name and _place(catalogue, joined.group(2)):
            place = joined.group(2)
        elif after is not None and _place(catalogue, after.group(1)):
            place, end = after.group(1), after.end(1)
        elif before is not None and _place(catalogue, before[1]):
            start, place = before
        elif not _LOCAL_BEFORE.search(text, max(0, m.start - 30), m.start):
            # "the Yenangyaung PDF bombed ... The PDF group stated": the one unit named before, again
            out.append(_same_unit(catalogue, m, out))
            continue
        name = catalogue.branch_name(m.name, place)
        if name is None:
            out.append(m)
            continue
        out.append(dataclasses.replace(m, start=start, end=end, text=text[start:end], name=name))
    return out


# Countries where ACLED codes each small armed group under the name it gives itself, however local:
# Myanmar's post-coup resistance cells ("the Wakema Guerrilla Group", "the Dawei Guerrilla Revolution
# Force (DGRF)" are "Wakema Guerrilla Group", "DGRF: Dawei Guerrilla Revolution Force"), too many and
# too short-lived for the catalogue
_SELF_NAMED = frozenset({"Myanmar"})
# a run of capitalised words ("of" may join them): "Urban Guerrilla Group - Naung Yeo" is read up to its head
_CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z0-9][\w'’]*(?:-[\w'’]+)*(?:\s+(?:of\s+)?[A-Z0-9][\w'’]*(?:-[\w'’]+)*)*")
# the last word of such a group's name
_GROUP_HEADS = frozenset("""Force Forces Group Army Team Network Guerrilla Guerrillas Warriors Organization
Organisation Alliance Front Comrades Rangers""".split())
# words of a name that say what the group is, not which one it is: a name of these alone ("Local Defense
# Force", "Urban Guerrilla Group") is a description
_GROUP_WORDS = frozenset("""defense defence force forces group groups army team network guerrilla guerrillas
warriors organization organisation alliance front movement comrades rangers people's people peoples revolution
revolutionary urban special task liberation resistance armed anti-coup anti-junta anti-military youth youths
underground joint combined allied local township district region regional civil guerrilla-style of""".split())
# names of state forces and their militias, never a resistance group's own name; nor are the media
_STATE_WORDS = frozenset("""military police government tatmadaw junta militia border security myanmar burmese
sac regime air navy infantry media news""".split())
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\)")


def _self_named_groups(analysis: Analysis, catalogue: ActorCatalogue, mentions: list[ActorMention],
                       country: str) -> list[ActorMention]:
    """Capitalised names ending in a group word that no mention covers (or only a generic one does):
    the group under its own name, with the acronym the text gives in brackets first, as ACLED writes it."""
    from .actors import ActorMention  # (actors imports this module)

    text = analysis.text
    found: list[ActorMention] = []
    for run in _CAPITAL_RUN.finditer(text):
        words = run.group(0).split()
        if words[-1] not in _GROUP_HEADS or len(words) < 2 or text[run.start() - 1 : run.start()] == ".":
            continue  # (the tail of a dotted abbreviation, "H.T.Y Region Defense Force", is not the name)
        start = run.start()
        while words and words[0].lower().strip(".") in _NOT_NAME:
            start = text.index(words[0], start) + len(words[0])
            while text[start].isspace():
                start += 1
            words.pop(0)
        lowered = [w.lower() for w in words]
        if len(words) < 2 or all(w in _GROUP_WORDS for w in lowered) or any(w in _STATE_WORDS for w in lowered):
            continue
        end = run.end()
        if any(m.kind != "generic" and m.start < end and start < m.end for m in mentions):
            continue  # the catalogue knows it ("Kachin Independence Army", "Pale Guerrilla Force")
        name = " ".join(words)
        if catalogue.resolve(name, country=country) is not None:
            continue
        acronym = _ACRONYM_AFTER.match(text, end)
        if acronym is not None:
            known = catalogue.resolve(acronym.group(1), country=country)
            if known is not None and known.kind in ("rebel", "militia"):
                continue  # a known group spelled otherwise: "the Pauk Guerilla Force (SPGF)"
            name, end = f"{acronym.group(1)}: {name}", acronym.end()
        sentence = analysis.sentence_of(start)
        found.append(ActorMention(start=start, end=end, text=text[start:end],
                                  sentence=sentence if sentence is not None else -1, name=name, inter=3,
                                  kind="named", country=country, category="militia"))
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start < m.end and m.start < f.end for f in found)]
    return sorted(kept + found, key=lambda m: m.start)


def _same_unit(catalogue: ActorCatalogue, m: ActorMention, earlier: list[ActorMention]) -> ActorMention:
    """A movement's bare name ("the PDF", "the PDF group", not "PDFs") after exactly one of its local
    units was named: that unit."""
    template = catalogue.branch_name(m.name, "\0")  # the unit name around a place no name holds
    if template is None or m.text.rstrip().endswith("s"):
        return m
    head, tail = template.split("\0", 1)
    units = {e.name for e in earlier if e.name.startswith(head) and e.name.endswith(tail)
             and len(e.name) > len(head) + len(tail)}
    if len(units) != 1:
        return m
    return dataclasses.replace(m, name=units.pop())


def _place(catalogue: ActorCatalogue, words: str) -> bool:
    """Whether words next to a unit's name can be its place: not a country ("PDF of Myanmar") nor an
    actor ("People's Defense Force - PDF")."""
    return catalogue.country(words) is None and catalogue.resolve(words) is None


def _single_gang(analysis: Analysis, mentions: list[ActorMention]) -> list[ActorMention]:
    """Unnamed gang members in a report that names one gang (or gang coalition) only are that gang;
    "rival gang members" are another."""
    named = {(m.name, m.inter, m.country) for m in mentions
             if m.kind == "named" and m.category == "militia" and _GANG_NAME.search(m.name)}
    if len(named) != 1:
        return mentions
    name, inter, country = next(iter(named))
    text = analysis.text
    return [dataclasses.replace(m, name=name, inter=inter, country=country, kind="descriptive", category="militia")
            if m.kind == "generic" and m.category == "gang"
            and not _OTHER_GANG.search(text, max(0, m.start - 20), m.start) else m for m in mentions]


# ACLED's names of criminal gangs say so ("Viv Ansanm Gang"); a vigilante movement's do not
_GANG_NAME = re.compile(r"\bGangs?\b")
_OTHER_GANG = re.compile(r"\b(?:rival|other|another|opposing|enemy|different)\s+(?:armed\s+)?$", re.IGNORECASE)


# ------------------------------------------------------------------------------------ communal sides
#
# An unnamed armed side in a country whose conflicts ACLED codes by community (the catalogue lists the
# country's ethnic groups) is a community's militia when the note says so, though no word for the
# attackers does:
#
# * a note that names one ethnic group only, as armed men somewhere ("After Pokot raiders killed four,
#   one bandit was shot by police", "attackers raided ...; sources claim Turkana herders carried out the
#   attack"), codes that group for the unnamed side (Kenya's notes: 4 fixed, none broken);
# * cattle raiding and rustling is communal violence whoever the note says did it ("a gang described as
#   cattle rustlers", "cattle-raiding militants"): the unidentified communal militia (Kenya: 8 fixed,
#   2 broken);
# * a fight over land, water or pasture ("killed over a land issue", "land invaders", "squatters") is
#   communal since ACLED has had the communal militia class (``FORMER_KIND``, mid-2015); before, its
#   coders kept such attackers an unidentified armed group (Kenya after mid-2015: 10 fixed, 1 broken;
#   the same words before it: 1 fixed, 4 broken).
#
# The last two hold in Africa's notes (the global file's notes of land fights in Sudan, Ghana, Benin and
# Ethiopia code identity militias 10 to 1 over an unidentified armed group; the Philippines' and Haiti's
# mostly keep the armed group), and not where ACLED's sides are clans (Somalia). A side the coder named
# in brackets ("(coded as ...)") is left alone.

_CATTLE_RAID = re.compile(r"\b(?:rustl(?:ers?|ing)|(?:cattle|livestock|stock)[- ](?:thie(?:f|ves)|raid(?:s|ers?|ing)?)"
                          r"|(?:cattle|livestock)[- ]rustl\w*)", re.IGNORECASE)
_LAND_FIGHT = re.compile(r"\bland[- ](?:disputes?|issues?|conflicts?|rows?|invaders?|invasions?|grabbers?|grabbing|"
                         r"ownership|wrangles?)|\bover\s+(?:the\s+)?(?:right\s+to\s+|rights\s+to\s+)?"
                         r"(?:land|pasture|grazing|water)\b|\bsquatters?\b|\bcommunal\b|"
                         r"\b(?:water|grazing|pasture)\s+(?:points?|rights|disputes?)", re.IGNORECASE)
_CODED_AS = re.compile(r"\(\s*coded\s+as\b", re.IGNORECASE)
# the descriptive words that make a group name an armed side ("Pokot raiders", "Tugen militia")
_ARMED_GROUP_CUES = frozenset({"communal", "armed", "attackers", "any_armed"})
# ... but not the words for a whole people ("a farmer from the Fulani community" is a victim's people)
_PEOPLE_WORD = re.compile(r"\b(?:communit(?:y|ies)|tribes?|(?:ethnic\s+)?groups?|members|people)$", re.IGNORECASE)


def communal_sides(actors: EventActors, mentions: Sequence[ActorMention], catalogue: ActorCatalogue, *,
                   country: str | None, on: date | None, text: str) -> EventActors:
    """``actors`` with their unnamed side (the report country's unidentified armed group or unidentified
    communal/ethnic militia) named as the community's militia the note makes it (rules above)."""
    c = catalogue.country(country)
    if c is None or not c.ethnic or _CODED_AS.search(text):
        return actors
    unknown = {catalogue.generic(k, c.name, on=on).name for k in ("unidentified", "communal_militia",
                                                                  "ethnic_militia")}
    sides = [a for a in (actors.actor1, actors.actor2) if a is not None]
    if not any(a.name in unknown for a in sides):
        return actors
    taken = {a.name for a in sides}
    # the note's only ethnic group, named as armed men at least once ("tension between Turkana and
    # Pokot pastoralist militias" names two: no side is taken from it)
    named = [m for m in mentions if m.kind == "named" and " Ethnic Militia (" in m.name]
    groups = {(m.name, m.inter) for m in named}
    if len(groups) == 1 and any(m.cue in _ARMED_GROUP_CUES and not _PEOPLE_WORD.search(m.text) for m in named) \
            and not groups & {(a.name, a.inter) for a in sides}:
        name, inter = next(iter(groups))
        return _renamed(actors, unknown, name, inter)
    if c.continent != "Africa" or len(c.clans) > len(c.ethnic):
        return actors  # land and cattle: communal in Africa's notes (not where clans are the sides)
    unidentified = catalogue.generic("unidentified", c.name, on=on).name
    communal = catalogue.generic("communal_militia", c.name, on=on)
    if communal.name in taken:
        return actors
    since = FORMER_KIND["communal_militia"][0]
    if _CATTLE_RAID.search(text) or (on is not None and on >= since and _LAND_FIGHT.search(text)):
        return _renamed(actors, {unidentified}, communal.name, communal.inter)
    return actors


def _renamed(actors: EventActors, old: set[str], name: str, inter: int) -> EventActors:
    """``actors`` with every side named one of ``old`` renamed ``name``, evidence kept."""
    def one(a: ActorRole | None) -> ActorRole | None:
        return dataclasses.replace(a, name=name, inter=inter) if a is not None and a.name in old else a

    return dataclasses.replace(actors, actor1=one(actors.actor1), actor2=one(actors.actor2))


__all__ = ["communal_sides", "names_from_text"]
