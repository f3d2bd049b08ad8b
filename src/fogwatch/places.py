"""Place mentions in an ``Analysis``, resolved against the gazetteer, and the location of an event.

Three steps, all pure functions over an ``Analysis`` and a loaded ``Gazetteer``:

1. ``find_places``: capitalised spans (and "X district" / "province of X" patterns) that the gazetteer
   knows are read, country first: the article's country is voted from country names, country
   adjectives ("Afghan"), admin1 names and large towns; then each span takes its best reading in that
   country, helped by its type word ("district" -> admin2, "county"/"province" -> admin1) and by the
   admin1 names around it ("Kutu, Kirinyaga County").
2. ``main_country``: the article's dominant country.
3. ``event_place``: where an event happened, not every place named: the place a coder's note says it
   coded ("coded as X", "LOCATION: X"); else a locative mention ("in/at/near X") in the trigger's
   sentence, the most specific first (the ends of a road and the places people came from count less);
   else nearby sentences; else the article's dominant place; else a town named only in an organisation's
   name or by a weak name (a known name the tagger read as a person: "militia attacked Garba Tula");
   else its country.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from .admin_history import admin1_on
from .calendar_words import MONTH_NUMBERS, WEEKDAY_NAMES
from .gazetteer import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    GENERIC_NAMES,
    Candidate,
    Gazetteer,
    Place,
    compact_key,
    name_key,
    variant_key,
)
from .nlp import Analysis, Token

__all__ = [
    "Place", "PlaceMention", "PlaceScan", "ScannedName", "country_hints", "event_place", "find_places", "main_country",
    "resolve_places", "scan_places",
]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int  # character offsets into the article text
    end: int
    text: str
    sentence: int
    place: Place
    trigger: str | None = None  # the type word with it: "district", "province", "county", "valley", ...
    locative: str | None = None  # the preposition before it: "in", "near", ...
    in_name: bool = False  # inside an organisation's name ("Kenya Police"): says little about where
    cue: str | None = None  # a word around it that makes it a place: "residents of X", "X police station"
    weak: bool = False  # a known name the text does not make a place ("attack Witu" read as a person's name)
    road: bool = False  # an end of a road ("the Nairobi-Mombasa highway", "a Mombasa-bound bus"): not where
    origin: bool = False  # after "from": where people came from ("riders from Murang'a rode to Meru")


# prepositions that put an event at a place; the "near" ones make its coordinates approximate
LOCATIVES = frozenset("in at near outside inside around across within into throughout on along off".split())
NEAR_WORDS = frozenset("near outside around off".split())
# type words that follow a name ("Shotul district") or precede it ("the district of Shotul")
TOWN_WORDS = frozenset("city town village area locality suburb estate neighbourhood neighborhood".split())
# words for a part of a town ("Recoleta neighbourhood, Santiago")
PART_WORDS = frozenset("area locality suburb estate neighbourhood neighborhood".split())
# units below ACLED's admin2 named after their seat town ("Gurudaspur upazila", "Tongomayel subdistrict")
SUBDISTRICT_WORDS = frozenset("upazila upazilla thana subdistrict sub-district sadar".split())
TRIGGERS = ADMIN1_WORDS | ADMIN2_WORDS | TOWN_WORDS | SUBDISTRICT_WORDS | {"valley"}
# lower-case words allowed inside a name: "Sar-e Pul", "Republic of the Congo", "Bosnia and Herzegovina",
# "Port-au-Prince", "Mar del Plata", "Shakhta imeni Gagarina" (the Russian "named after" of mines and farms)
CONNECTORS = frozenset(
    "- ' e i al el ad as ash ar ya wa de du des la le les au aux sur en del di of the and da do dos das "
    "imeni".split()
)
INNER_ONLY = frozenset("of the and - imeni".split())
# entity labels of spans that are not places unless a type word or a preposition says so
NOT_PLACE_LABELS = frozenset(
    "PERSON ORG DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY WORK_OF_ART LAW EVENT PRODUCT LANGUAGE".split()
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# words after a name that make it a place whatever the tagger says ("Garissa police station",
# "Kakuma refugee camp", "Muhoroni residents")
PLACE_NOUNS = frozenset(
    "residents villagers inhabitants town township village market police station camp estate slum slums suburb border "
    "trading centre center stadium hospital prison barracks airport".split()
)
# the people of a place: "X residents" makes X a place even where the tagger reads it as a common noun
DWELLERS = frozenset({"residents", "villagers", "inhabitants"})
# "residents of X", "the streets of X", "the outskirts of X": words before "of" that make X a place
OF_PLACE = frozenset(
    "residents inhabitants people streets outskirts town village parts part suburbs border centre center city region "
    "area county district villages towns environs heart coast shores".split()
)
# words after a name that make it a people, not a place ("Pokot raiders", "Kikuyu tribesmen")
PEOPLE_NOUNS = frozenset(
    "tribe tribes tribesmen tribesman community communities clan clans militia militias militiamen raiders "
    "herders herdsmen warriors morans elders ethnic fighters bandits rustlers pastoralists families "
    "people speakers".split()
)
NUMERIC_LABELS = frozenset("DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY".split())
MAX_SPAN_TOKENS = 6
BIG_TOWN = 100_000  # towns this large are read in any country; smaller ones only in the article's countries
HAMLET = 10_000  # a place this small named like its own province is not what a bare mention of the name means

_SPECIFICITY = {"city": 3.0, "admin2": 2.5, "admin1": 2.0, "region": 1.0, "country": 0.0}

# Facts about where a country's fighting is, for villages that share a name across the country: the
# admin1 units of its fronts (ACLED's names), the long-standing ones first. Ukraine: the Donbas front since
# 2014 (where the OSCE mission reported), then the oblasts the front crossed after February 2022.
_FRONT_ADMIN1: Mapping[str, tuple[frozenset[str], ...]] = MappingProxyType({
    "UA": (frozenset({"Donetsk", "Luhansk"}), frozenset({"Kharkiv", "Zaporizhia", "Kherson"})),
})
_FRONT_BONUS = (0.8, 0.4)  # per tier: above a namesake's larger population, below an admin1 the text names
_PINNED_FRONT_BONUS = 0.65  # a written-down front village ranks as a town of ~20,000: over villages, not cities
_NEAR_BONUS = 1.0  # the namesake nearest the other places the text names
_NEAR_REACH2 = 1.0  # squared degrees (about 100 km): farther, the other places say nothing about which
_NEAR_MARGIN = 0.5  # the nearest must be clearly nearer (squared distance at most half the next one's)


@dataclass(frozen=True, slots=True)
class _Span:
    first: int  # token indices [first, last)
    last: int
    key: str
    trigger: str | None
    locative: str | None
    label: str
    sentence: int
    known: bool = True  # False: not in the gazetteer as written, only fuzzy matching can read it
    partial: bool = False  # the start of a longer name ("Dara" of "Dara-i-Sufi Bala"): main country only
    listed: bool = False  # an unknown name kept only because a list of names follows it ("Tem, Sahel, ...")
    weak_only: bool = False  # an unknown name kept only because a place word is next to it ("X villagers")


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _startable(tok: Token) -> bool:
    # a capitalised article starts a name only when a longer known name follows ("El Wak", "Al Shabaab"
    # is left to the gazetteer, which does not know it): see ``_spans``; "Sadar upazila" names no place
    return _capitalised(tok) and tok.text.lower() not in SUBDISTRICT_WORDS


def _continues(tok: Token) -> bool:
    # "Cox's Bazar": a possessive inside a name (the longest known name wins, so "Dhaka's Paltan" is Dhaka)
    return _capitalised(tok) or tok.text.lower() in CONNECTORS or tok.text in ("'s", "’s")


# months, which open notes ("09 Sep. Muranga residents ...") and are not the head of a place's name
_MONTHS = frozenset(MONTH_NUMBERS)
_WEEKDAYS = frozenset(WEEKDAY_NAMES)


def _calendar(tok: Token) -> bool:
    """A month or a weekday ("Sep.", "Monday")."""
    word = tok.text.lower().rstrip(".")
    return word in _MONTHS or word in _WEEKDAYS


def _dating(tok: Token) -> bool:
    """A month or a date word, whose capital says nothing about the name after it."""
    return tok.text.lower().rstrip(".") in _MONTHS or tok.ent_type in NUMERIC_LABELS


def _bare_possessive(toks: Sequence[Token], j: int) -> bool:
    """A possessive whose apostrophe the source dropped ("Nairobis Uhuru Park", "Kiberas Olympic stage"):
    a capitalised word ending in "s" that a noun phrase follows (the tagger often calls it a people); a
    plural people ("the Turkanas attacked") is followed by a verb or a conjunction instead."""
    word = toks[j].text
    if len(word) < 4 or not word.endswith("s") or word.isupper():
        return False
    return j + 1 < len(toks) and toks[j + 1].pos in {"NOUN", "PROPN", "ADJ"}


def _known_from(toks: Sequence[Token], first: int, limit: int, gazetteer: Gazetteer, text: str) -> bool:
    """Does a name the gazetteer knows start at ``toks[first]`` (and end by ``toks[limit]``)?"""
    return any(gazetteer.has_key(name_key(text[toks[first].start : toks[j].end])) for j in range(limit, first - 1, -1))


def _in_skip(start: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in skip)


def _label(analysis: Analysis, first: int, last: int) -> str:
    labels = {analysis.tokens[i].ent_type for i in range(first, last)} - {""}
    if not labels:
        return ""
    if labels & PLACE_LABELS:
        return next(iter(labels & PLACE_LABELS))
    return sorted(labels)[0]


def _locative_before(tokens: Sequence[Token], pos: int) -> str | None:
    """The preposition governing the name at ``pos`` (skipping "the", "a" and words like "northern")."""
    j = pos - 1
    steps = 0
    while j >= 0 and steps < 4:
        low = tokens[j].text.lower()
        if low in LOCATIVES:
            return low
        if low in {"the", "a", "an", ","} or tokens[j].pos in {"ADJ", "DET"} or low.endswith("ern"):
            j -= 1
            steps += 1
            continue
        if low in {"of"} and j >= 1 and tokens[j - 1].text.lower() in TRIGGERS:
            j -= 2  # "in the district of X"
            steps += 2
            continue
        if _capitalised(tokens[j]) or low in {"and", "&"}:  # "in Watamu, Dabaso, Kilifi": the list's preposition
            j -= 1
            steps += 1
            continue
        return None
    return None


def _between(toks: Sequence[Token], first: int, last: int, label: str) -> str | None:
    """"between" for the first name of "between X and Y" (``toks[first:last + 1]``, type words included):
    an ambush on the road joining two villages, which ACLED codes at the first. The small model reads many
    such village names as persons, organisations or peoples, so without a preposition they lose to any
    other place. Only before "and" and another capitalised name; the second name gets nothing
    (``_locative_before`` stops at "between"). An unknown name passes its ``label``, and only a place's or a
    person's counts (not "clashes between Shabaab and ..."); a name the gazetteer knows passes none."""
    if first == 0 or toks[first - 1].text.lower() != "between" or label not in PLACE_LABELS | {"PERSON", ""}:
        return None
    k = last + 1
    if k < len(toks) and toks[k].text == "(":  # "between X (Commune, Province) and Y": the coder's address of X
        while k < len(toks) and toks[k].text != ")" and k - last < 12:
            k += 1
        k += 1
    # the tagger reads many villages as common nouns ("and Dablo (Dablo, Sanmatenga)"): the capital decides
    if not (k + 1 < len(toks) and toks[k].text.lower() == "and"
            and toks[k + 1].pos in {"PROPN", "NOUN", "ADJ"} and _capitalised(toks[k + 1])):
        return None
    k += 1
    while k < len(toks) and _capitalised(toks[k]):
        k += 1
    while k < len(toks) and toks[k].text.lower() in TRIGGERS:
        k += 1
    if k < len(toks) and toks[k].text == "(" or first >= 2 and toks[first - 2].text == "(":
        # "between X and Y town (District, Region)": the coder's address follows the name coded; "(between X
        # and Y)": an aside on where the named place lies
        return None
    # "between Somali and Afar ethnic militias", "Dinka and Nuer youths": peoples, whose fight is no road
    after = toks[k] if k < len(toks) else None
    if after is not None and after.pos in {"NOUN", "ADJ"} and after.text.islower() \
            and after.text not in TRIGGERS and after.text not in ROAD_WORDS:
        return None
    return "between"


def _spans(analysis: Analysis, gazetteer: Gazetteer, skip: Sequence[tuple[int, int]]) -> list[_Span]:
    text = analysis.text
    out: list[_Span] = []
    for s_index in range(len(analysis.sentences)):
        toks = analysis.sentence_tokens(s_index)
        n = len(toks)
        i = 0
        while i < n:
            tok = toks[i]
            if not _startable(tok) or _in_skip(tok.start, tok.end, skip):
                i += 1
                continue
            limit = i
            while limit + 1 < n and limit + 1 - i < MAX_SPAN_TOKENS and _continues(toks[limit + 1]):
                limit += 1
            found: tuple[int, str] | None = None
            article = tok.text.lower() in CONNECTORS
            for j in range(limit, i if article else i - 1, -1):
                if toks[j].text.lower() in INNER_ONLY or not _capitalised(toks[j]):
                    continue
                key = name_key(text[tok.start : toks[j].end])
                # another romanisation reads a whole name only: "Nyzhnye" of "Nyzhnye Lozove" is no "Nyzhnie"
                if key and gazetteer.has_key(key, variants=j == limit):
                    found = (j, key)
                    break
                if _bare_possessive(toks, j) and gazetteer.has_key(key[:-1]) \
                        and not gazetteer.demonym_key(key[:-1]):
                    found = (j, key[:-1])  # "in Nairobis central business district": "Nairobi's"
                    break
            trigger_before = None
            if i >= 2 and toks[i - 1].text.lower() == "of" and toks[i - 2].text.lower() in TRIGGERS:
                trigger_before = toks[i - 2].text.lower()
            if found is None and (article or _calendar(tok)
                                  or (i == 0 and _known_from(toks, 1, limit, gazetteer, text))):
                # "Sep. Gatundu County residents", "Striking Mombasa county workers": a month or a capitalised
                # first word of the sentence is no part of the name after it
                i += 1
                continue
            if found is None:
                # an unknown name with a type word ("Dashti Archi district") is kept for fuzzy matching
                j = i
                while j + 1 < n and _capitalised(toks[j + 1]) and toks[j + 1].text.lower() not in TRIGGERS:
                    j += 1
                after = toks[j + 1].text.lower() if j + 1 < n else ""
                typed = (after in TRIGGERS and after not in TOWN_WORDS) or (
                    trigger_before is not None and trigger_before not in TOWN_WORDS)
                label = _label(analysis, toks[i].i, toks[j].i + 1)
                locative = _locative_before(toks, i) or _between(toks, i, j, label)
                located = bool(locative and label in PLACE_LABELS | {"PERSON", ""} and tok.pos == "PROPN")
                # "Tem, Sahel, Burkina Faso", "Baraigram upazila (Natore, Rajshahi)": a name that starts a
                # list of names may be a village the gazetteer lacks; ``_address_lists`` decides
                listed = (after in {",", "("} and j + 2 < n and _capitalised(toks[j + 2]) and tok.pos == "PROPN"
                          and label not in NUMERIC_LABELS)
                # "Sosio villagers", "Kamirithu village", "residents of Ngumu": a place word makes it a
                # village, perhaps one the gazetteer spells otherwise ("Mukutan" market, Mukutani)
                cued = tok.pos == "PROPN" and label not in NUMERIC_LABELS | {"ORG"} and (
                    after in PLACE_NOUNS or after in TOWN_WORDS
                    or (i >= 2 and toks[i - 1].text.lower() == "of" and toks[i - 2].text.lower() in OF_PLACE))
                if typed or located or listed or cued:
                    key = name_key(text[tok.start : toks[j].end])
                    trig = after if after in TRIGGERS else trigger_before
                    out.append(_Span(toks[i].i, toks[j].i + 1, key, trig, locative, label, s_index,
                                     known=False, listed=not (typed or located or cued),
                                     weak_only=cued and not (typed or located)))
                    i = j + 1
                else:
                    i += 1
                continue
            j, key = found
            j = _town_part(toks, j, text)
            trigger = trigger_before
            nxt = j + 1
            # "Panjshir Valley province": every type word after the name is its trigger, the last one wins
            while nxt < n and toks[nxt].text.lower() in TRIGGERS:
                trigger = toks[nxt].text.lower()
                nxt += 1
            partial = j < limit and (toks[j + 1].text in {"-", "'"} or (
                _capitalised(toks[j + 1]) and toks[j + 1].text.lower() not in TRIGGERS))
            if partial and toks[j + 1].text == "-" and j + 2 < n and _capitalised(toks[j + 2]) \
                    and gazetteer.has_key(name_key(toks[j + 2].text)):
                partial = False  # "the Eldoret-Kitale road", "Mombasa-Malindi highway": two places
            longer = _compound_end(toks, j, limit) if partial else None
            if longer is not None:
                # "Kan Thit village", "Gunung Meriah town": a known first word ("Kan", "Gunung") opens a longer
                # name the gazetteer lacks; the whole name is the place, read as an unknown typed name
                k, after = longer
                out.append(_Span(toks[i].i, toks[k].i + 1, name_key(text[tok.start : toks[k].end]),
                                 after if after in TRIGGERS else None, _locative_before(toks, i),
                                 _label(analysis, toks[i].i, toks[k].i + 1), s_index, known=False))
                i = k + 1
                continue
            if i > 0 and _capitalised(toks[i - 1]) and toks[i - 1].text.lower() not in CONNECTORS \
                    and toks[i - 1].end + 1 >= tok.start and i - 1 > 0 and not _dating(toks[i - 1]):
                partial = True  # the tail of a name we could not read ("Egerton University")
            label = _label(analysis, toks[i].i, toks[j].i + 1)
            out.append(_Span(toks[i].i, toks[j].i + 1, key, trigger,
                             _locative_before(toks, i) or _between(toks, i, nxt - 1, ""),
                             label, s_index, partial=partial))
            i = nxt
    return out


# lower-case particles inside the name of a part of a town ("Champs de Mars", "Morne a Tuf", "Bas Peu de Choses")
_PART_PARTICLES = frozenset("de du des a la le e".split())


# type words after a compound name that make the whole of it one small place ("Kan Thit village"); not a part
# of a town ("Abu Hujara area" is coded at the town), and a bracketed address alone is left to
# ``_place_by_address``, which reads the name as written there ("Abu Surug (Sirba, West Darfur)")
COMPOUND_TYPES = (TOWN_WORDS - PART_WORDS) | SUBDISTRICT_WORDS | ADMIN2_WORDS
# capitalised type words that end a name rather than continue it ("Kyaukkyi Township (Taungoo District)")
_NAME_ENDS = TRIGGERS | frozenset(
    "township townships ward wards tract hamlet camp settlement kebele barangay sitio".split()
)


def _compound_end(toks: Sequence[Token], j: int, limit: int) -> tuple[int, str] | None:
    """The last token and type word of a longer unknown name opened by a known name ending at toks[j], or None.

    Only capitalised words continue it (no month, no type word, no connector: "Kachin Independence Army" has
    no type word after it and stays two readings), and a type word must follow: without one the capitalised
    words may be a second name ("Mandalay Tatmadaw troops").
    """
    k = j
    while k < limit and _capitalised(toks[k + 1]) and toks[k + 1].text.lower() not in _NAME_ENDS \
            and not _calendar(toks[k + 1]) and toks[k + 1].ent_type not in NUMERIC_LABELS:
        k += 1
    if k == j or k + 1 >= len(toks):
        return None
    after = toks[k + 1].text.lower()
    if after in COMPOUND_TYPES:
        return k, after
    return None


def _town_part(toks: Sequence[Token], j: int, text: str) -> int:
    """The last token of "Donetsk - Petrovskyi", "Kyiv - Podilskyi" when ``toks[j]`` ends "Donetsk": ACLED's
    notes write a part of a large town after the town and a spaced hyphen; ``j`` when no part follows, or
    when the hyphen joins the two ends of a road ("the Donetsk - Horlivka highway")."""
    n = len(toks)
    if j + 2 >= n or toks[j + 1].text != "-" or not _capitalised(toks[j + 2]) or toks[j].text.isupper():
        return j  # an upper-case town before a hyphen is a dateline ("BEIRUT - Syrian troops clashed")
    hyphen = toks[j + 1]
    if text[hyphen.start - 1 : hyphen.start] != " " or text[hyphen.end : hyphen.end + 1] != " ":
        return j
    last = j + 2
    inner: set[int] = set()  # "Champs de Mars", "Christ-Roi", "Delmas 30": a particle, tight hyphen or number
    while last + 1 < n:
        nxt = toks[last + 1]
        if _capitalised(nxt) and nxt.text.lower() not in TRIGGERS:
            last += 1
        elif nxt.text == "/" and last + 2 < n and nxt.start == toks[last].end and toks[last + 2].start == nxt.end \
                and (_capitalised(toks[last + 2]) or toks[last + 2].text.isdigit()):
            # "Delmas - Delmas 19/Mackandal", "Tabarre - Clercine II/Carrefour Clercine": coders join two names
            # of one quarter with a tight slash; the part is the whole written name
            inner.update((last + 1, last + 2))
            last += 2
        elif nxt.text.isdigit() and len(nxt.text) <= 3 and text[toks[last].end : nxt.start] == " " \
                and last + 2 < n and toks[last + 2].text == "/" and toks[last + 2].start == nxt.end:
            inner.add(last + 1)  # "Delmas 19/Mackandal": the number goes on into a slashed name
            last += 1
        elif nxt.text.isdigit() and len(nxt.text) <= 3 and text[toks[last].end : nxt.start] == " " \
                and last + 2 < n and toks[last + 2].text in (",", "(", ")", "."):
            inner.add(last + 1)  # a numbered quarter ends the part: "Delmas 30, Ouest"
            last += 1
            break
        elif last + 2 < n and _capitalised(toks[last + 2]) and (
                nxt.text in _PART_PARTICLES or (nxt.text == "-" and nxt.start == toks[last].end
                                                and toks[last + 2].start == nxt.end)):
            inner.add(last + 1)
            last += 1
        else:
            break
    # the joints of a slashed second name ("Bizoton/Mont-Carmel-Diquini") add no length: count the other words
    joints = sum(1 for k in inner if toks[k].text in ("/", "-") or toks[k - 1].text == "/")
    if last - j - joints > 5 or toks[j + 2].text.lower() in TRIGGERS \
            or any(t.pos != "PROPN" for k, t in enumerate(toks[j + 2 : last + 1], j + 2) if k not in inner) \
            or (last + 1 < n and toks[last + 1].text.lower() in ROAD_WORDS | {"border", "boundary", "line"}):
        return j
    return last


def _part_written(text: str, key: str) -> bool:
    """Is ``text`` a town and a part of it written ACLED's way ("Dhaka - Paltan", ``_town_part``), the town's
    key being ``key``? Not a whole name the gazetteer lists as written, whose key is the whole text."""
    return " - " in text and name_key(text) != key


def _as_written(place: Place, name: ScannedName) -> Place:
    """A town as the text writes it: "Donetsk - Petrovskyi" (a part of the town, ``_town_part``) and a town
    found under another romanisation ("Novomykhaylivka" for the gazetteer's "Novomykhailivka"), as coders
    name a place as their source does."""
    if place.kind != "city":
        return place
    written = name_key(name.text)
    if written != name.key and " - " in name.text \
            and compact_key(name_key(place.location)) != compact_key(name_key(name.text.rpartition(" - ")[2])):
        return replace(place, location=name.text)
    shown = name_key(place.location)
    if written == name.key and shown != written and compact_key(shown) != compact_key(written) \
            and variant_key(shown) == variant_key(written):
        return replace(place, location=name.text)
    return place


def _regency(analysis: Analysis, span: _Span) -> bool:
    """"Bulukumba regency" (Indonesia's kabupaten), which the tagger often labels an organisation: the type
    word makes it a unit, unless a capitalised word goes on with an institution's name ("X Regency Council")."""
    tokens = analysis.tokens
    if tokens[span.last - 1].text.lower() == "regency":
        after = span.last  # the gazetteer's own "X Regency"
    elif span.trigger != "regency":
        return False
    elif span.last >= len(tokens) or tokens[span.last].text.lower() != "regency":
        return True  # the type word before the name ("the regency of X")
    else:
        after = span.last + 1
    return after >= len(tokens) or not tokens[after].text[:1].isupper()


def _spelt_as_written(place: Place, name: ScannedName) -> Place:
    """A subdistrict's seat found by a similar spelling only ("Baniachong upazila" for the gazetteer's
    Baniachang): coders write the unit as their own gazetteer spells it, so the note's spelling is the name."""
    if place.kind != "city" or name.trigger not in SUBDISTRICT_WORDS - {"sadar"} or " " in name.text.strip():
        return place
    return replace(place, location=name.text)


def _place_cue(analysis: Analysis, span: _Span) -> str | None:
    """The word that makes a span a place whatever its entity label: "X residents", "X police station",
    "residents of X", "the town of X"; None when there is none."""
    tokens = analysis.tokens
    if span.last < len(tokens) and tokens[span.last].sent == span.sentence:
        after = tokens[span.last].text.lower()
        if after in PLACE_NOUNS:
            return after
    if span.first >= 2 and tokens[span.first - 1].text.lower() == "of":
        before = tokens[span.first - 2].text.lower()
        if before in OF_PLACE:
            return before
    return None


def _people(analysis: Analysis, span: _Span) -> bool:
    """A name used for a people ("Pokot raiders", "Kikuyu tribesmen")."""
    if span.trigger:
        return False
    tokens = analysis.tokens
    return span.last < len(tokens) and tokens[span.last].text.lower() in PEOPLE_NOUNS


def _plausible(analysis: Analysis, span: _Span) -> bool:
    """Is this capitalised span a place name at all (not a person, an organisation, a common word)?"""
    toks = analysis.tokens[span.first : span.last]
    tokens = analysis.tokens
    if _part_written(analysis.text[toks[0].start : toks[-1].end], span.key):
        return True  # "Dhaka - Shahbagh": ACLED's own name of a part of a town, whatever the tagger says
    if span.label == "PERSON" and 0 < span.first and span.last < len(tokens) \
            and _capitalised(tokens[span.first - 1]) and _capitalised(tokens[span.last]) \
            and tokens[span.first - 1].sent == tokens[span.last].sent == span.sentence:
        return False  # the middle of a person's name ("Jefferson Pureza Lopes")
    if span.label in ("PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "") and span.known and not span.partial \
            and not span.trigger \
            and span.locative is None and (cue := _place_cue(analysis, span)) \
            and (toks[0].pos == "PROPN" or (toks[0].pos == "NOUN" and cue in DWELLERS)
                 or (toks[0].pos == "ADJ" and cue in DWELLERS and span.label != "NORP")):
        # the small model calls "Muhoroni" in "residents of Muhoroni" a person, and a name that opens a
        # sentence ("Migori residents protested") a common noun or an adjective
        return True
    if len(toks) == 1 and span.key in GENERIC_NAMES and not span.trigger:
        return False  # "Islands", "Central": only with a type word
    if span.trigger or span.label in PLACE_LABELS or not span.known:
        return True
    if span.locative and toks[0].pos == "PROPN" and span.label not in NUMERIC_LABELS:
        return True  # "in Mathare": the small model often labels such names ORG, PRODUCT or PERSON
    if span.label == "ORG":
        return True  # "Kisii University": kept, but only read in the article's country (see find_places)
    if span.label in NOT_PLACE_LABELS and span.label != "PERSON":
        return False
    if span.label == "PERSON" and span.locative is None:
        return False
    if len(toks) == 1:
        tok = toks[0]
        if tok.text.isupper() and len(tok.text) <= 5:
            return False  # acronyms (NRF, ODM, KDF) are organisations far more often than places
        if tok.pos not in {"PROPN"} and span.locative is None:
            return False  # "Police said", "Security forces": a capitalised common word
        if span.key in GENERIC_NAMES:
            return False
    return True


def _weak_name(analysis: Analysis, span: _Span, gazetteer: Gazetteer) -> bool:
    """A known name that ``_plausible`` turned down but that may still be the only place a short report
    names: the small model tags many East African towns as persons ("attack Witu", "Garba Tula") and
    reads a name before a noun as a modifier ("Mombasa county workers", "their Ol Kalou school"). Not
    a person's name (a capitalised word or title before it: "Maina Njenga", "Governor Joho"), an
    acronym, a generic word, a people ("Pokot raiders", "Somali"), a date or a number; the tagger's
    dates swallow names ("in Moyale Monday") and its peoples towns ("the Msambweni polling station")."""
    tokens = analysis.tokens
    toks = tokens[span.first : span.last]
    if not span.known or _people(analysis, span):
        return False
    if span.label in NUMERIC_LABELS - {"DATE", "TIME"} or (span.label in ("DATE", "TIME") and (
            toks[0].pos != "PROPN" or any(_calendar(t) for t in toks))):
        return False
    if span.label == "NORP" and gazetteer.demonym_key(span.key):
        return False
    if toks[0].pos not in {"PROPN", "ADJ", "NOUN"} or (len(toks) == 1 and span.key in GENERIC_NAMES):
        return False
    if len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) <= 5:
        return False
    if span.first > 0 and tokens[span.first - 1].sent == span.sentence and _capitalised(tokens[span.first - 1]) \
            and not _dating(tokens[span.first - 1]):
        return False  # the surname of "Maina Njenga", the name of "Governor Joho"
    return not (span.last < len(tokens) and tokens[span.last].text in ("'s", "’s") and span.label == "PERSON")


# words after the towns a road joins ("the Garsen-Lamu road", "Mombasa Road", "a Mombasa-bound bus")
ROAD_WORDS = frozenset("road highway bypass route bound".split())


def _after_from(analysis: Analysis, span: _Span) -> bool:
    """Is the name governed by "from" ("youths from Kibera", "from the town of X")?"""
    j = span.first - 1
    tokens = analysis.tokens
    while j >= 0 and tokens[j].text.lower() in {"the", "of", "town", "village", "county", "area"}:
        j -= 1
    return j >= 0 and tokens[j].text.lower() == "from"


def _road_end(analysis: Analysis, span: _Span) -> bool:
    """Is the name one end of a road's name ("Nairobi" and "Mombasa" of "the Nairobi-Mombasa highway")?
    Only hyphens and other capitalised names may stand between the name and the road word."""
    tokens = analysis.tokens
    k = span.last
    while k < len(tokens) and k < span.last + 5 and tokens[k].sent == span.sentence:
        word = tokens[k].text
        if word.lower() in ROAD_WORDS:
            return True
        if word != "-" and (not _capitalised(tokens[k]) or word.lower() in TRIGGERS):
            return False
        k += 1
    return False


def country_hints(analysis: Analysis, gazetteer: Gazetteer, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """ACLED names of the countries that country adjectives point at ("Afghan forces" -> Afghanistan)."""
    out: list[str] = []
    for tok in analysis.tokens:
        if not _capitalised(tok) or _in_skip(tok.start, tok.end, skip):
            continue
        iso = gazetteer.demonym_key(name_key(tok.text))
        if iso:
            out.append(gazetteer.country_name[iso])
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ScannedName:
    """A capitalised name of the text that may be a place, with everything its reading needs from the
    text: ``resolve_places`` reads it without the ``Analysis``."""

    start: int  # character offsets into the article text
    end: int
    text: str
    sentence: int
    key: str  # ``name_key`` of the name, without its type word
    trigger: str | None
    locative: str | None
    label: str  # entity label of the tagger, "" for none
    known: bool  # False: not in the gazetteer as written, only fuzzy matching can read it
    partial: bool  # the start of a longer name: read in the main country only
    org: bool  # an organisation's name ("Kenya Police"): read in the main country only
    cue: str | None  # "residents of X", "X police station"
    people: bool  # followed by a word for a people ("Pokot raiders")
    generic: bool = False  # a word such as "Northern" that an address list makes an admin1 name
    follows: int = -1  # index of the name after it in its address list ("Kolofata, Extreme-North"), -1 for none
    address_end: bool = False  # the last name of an address ("Cameroon", "Rajshahi" of "(Natore, Rajshahi)")
    # a name of the gazetteer that ``_plausible`` does not take for a place ("militia attacked Garba Tula",
    # tagged a person; "Mombasa county workers"): read in the main country only, it places an event only
    # when nothing else does, never votes for the country and never helps to read other names
    weak: bool = False
    road: bool = False  # names a road by its ends ("the Nairobi-Mombasa highway"): a place on it, not the event's
    origin: bool = False  # after "from" ("youths from Kibera"): where the actors came from
    # the Arabic particles right before a name of an address, which the scan leaves out as articles or as
    # names of their own ("El" of "El Rahmania", "Abu" of "Abu Zerega"): part of the name of a village
    lead: str = ""
    bracketed: bool = False  # its address follows in brackets ("Um Badda (Omdurman, Khartoum)")


@dataclass(frozen=True, slots=True)
class PlaceScan:
    """The place names of one text (``scan_places``): read once, resolved under any country hint."""

    names: tuple[ScannedName, ...]
    hints: tuple[str, ...]  # ACLED names of the countries country adjectives point at ("Afghan")


def scan_places(analysis: Analysis, gazetteer: Gazetteer, *, skip: Sequence[tuple[int, int]] = ()) -> PlaceScan:
    """The capitalised names of the article that may be places, and its country adjectives."""
    raw = _spans(analysis, gazetteer, skip)
    following = _address_lists(analysis, raw)
    towns = _town_addresses(raw, following, gazetteer)
    addressed = _addressed(analysis, raw, following, gazetteer, towns)
    tokens = analysis.tokens
    keep: list[int] = []
    weak: set[int] = set()
    for index, span in enumerate(raw):
        if index in addressed:
            first = tokens[span.first]
            if first.pos == "PROPN" or span.known:
                keep.append(index)
        elif not span.listed and not span.weak_only and _plausible(analysis, span):
            keep.append(index)
        elif not span.listed and (span.weak_only or _weak_name(analysis, span, gazetteer)):
            keep.append(index)
            weak.add(index)
    position = {index: k for k, index in enumerate(keep)}
    names: list[ScannedName] = []
    for index in keep:
        span = raw[index]
        cue = _place_cue(analysis, span)
        start = tokens[span.first].start
        end = tokens[span.last - 1].end
        locative = span.locative
        if locative is None and index in addressed:
            locative = addressed[index]  # "in Bani Jamra, Northern, Bahrain": the list's preposition
        follows = position.get(following[index], -1) if index in addressed else -1
        names.append(ScannedName(
            start, end, analysis.text[start:end], span.sentence, span.key, span.trigger, locative, span.label,
            span.known, span.partial,
            # an organisation's name says little about where ("Kenya Police"), unless a place word follows
            # it or a preposition governs it ("Garissa police station", "in Kisii University"), or it is
            # the town of a "town, province" address (the tagger's "Marinka" in "shelled Marinka, Donetsk")
            span.label == "ORG" and locative is None and cue is None and index not in towns
            and not _regency(analysis, span) and not _part_written(analysis.text[start:end], span.key),
            cue, _people(analysis, span),
            generic=index in addressed and span.key in GENERIC_NAMES,
            follows=follows,
            address_end=index in addressed and following[index] < 0,
            weak=index in weak,
            road=_road_end(analysis, span),
            origin=span.locative is None and _after_from(analysis, span),
            lead=_particles_before(analysis.text, start) if index in addressed else "",
            bracketed=follows >= 0 and any(t.text == "(" for t in tokens[span.last : raw[following[index]].first]),
        ))
    return PlaceScan(tuple(names), country_hints(analysis, gazetteer, skip=skip))


_PARTICLES = re.compile(
    r"(?<![\w'-])(?:(?:Al|El|Ad|Ed|As|Es|Ar|Er|An|En|At|Et|Um|Umm|Abu|Wad|Wadi|Bir|Ain|Jebel|Jabal)[ -])+$"
)


def _particles_before(text: str, start: int) -> str:
    """The run of Arabic particles ending right at ``start`` ("Um ", "Wadi El "), or ""."""
    found = _PARTICLES.search(text, max(0, start - 24), start)
    return found.group() if found else ""


def _address_lists(analysis: Analysis, spans: Sequence[_Span]) -> list[int]:
    """For each span, the index of the span that follows it in a list of names ("Kolofata, Extreme-North,
    Cameroon", "Baraigram upazila (Natore, Rajshahi)"), or -1. Between two names of a list stand only
    commas, brackets, type words and another spelling in brackets ("Baghmara (Bagmara) upazila")."""
    tokens = analysis.tokens
    out = [-1] * len(spans)
    for a in range(len(spans) - 1):
        s, t = spans[a], spans[a + 1]
        if s.sentence != t.sentence or t.first <= s.last or t.first - s.last > 8:
            continue
        gap = [tok.text for tok in tokens[s.last : t.first]]
        if "," not in gap and "(" not in gap:
            continue
        rest: list[str] = []
        i = 0
        while i < len(gap):
            if gap[i] == "(" and ")" in gap[i + 1 : i + 5] and gap[i + 1][:1].isupper():
                i += gap[i + 1 : i + 5].index(")") + 2  # "(Bagmara)": another spelling of the name before
                continue
            rest.append(gap[i].lower())
            i += 1
        if rest and all(w in {",", "(", ")"} or w in TRIGGERS for w in rest) and rest[-1] in {",", "("}:
            out[a] = a + 1
    return out


def _town_addresses(spans: Sequence[_Span], following: Sequence[int], gazetteer: Gazetteer) -> set[int]:
    """Spans followed by the admin1 they are in, in an address that leaves the country out ("shelled
    Avdiivka, Donetsk", "Novoselivka Druha, Donetsk region"): a town the gazetteer has in a country where
    the second name is an admin1, or any name before an admin1 written with its type word."""
    out: set[int] = set()
    for a, b in enumerate(following):
        if b < 0 or following[b] >= 0 or (a > 0 and following[a - 1] == a):
            continue  # two names only: longer lists are read by ``_addressed``
        head, last = spans[a], spans[b]
        if last.trigger is not None and last.trigger not in ADMIN1_WORDS or not last.known or last.partial \
                or head.trigger is not None and head.trigger not in TOWN_WORDS:
            continue
        admin1_in = {iso for iso, kinds in gazetteer.countries_of_key(last.key).items() if "admin1" in kinds}
        if not admin1_in:
            continue
        if head.known and not head.partial:
            if any("city" in kinds for iso, kinds in gazetteer.countries_of_key(head.key).items() if iso in admin1_in):
                out.add(a)
        elif len(head.key) < 3 or head.key in TRIGGERS or head.key in GENERIC_NAMES:
            continue  # "Samogara Village, Kisii County", "South B, Nairobi": the tail of a name
        elif last.trigger is not None or head.label not in ("PERSON", "ORG", "NORP") \
                or head.label == "ORG" and head.last - head.first == 1:
            # a village the gazetteer lacks: "Qabobey, Garissa county", "Dolomytne, Donetsk" (one word the
            # tagger calls an organisation: an organisation's name is rarely a single unknown word)
            out.add(a)
    return out


def _addressed(analysis: Analysis, spans: Sequence[_Span], following: Sequence[int],
               gazetteer: Gazetteer, towns: set[int]) -> dict[int, str | None]:
    """Spans in a list of names that ends in a country, or that names an admin unit in brackets ("Tem,
    Sahel, Burkina Faso", "Gurudaspur upazila (Natore, Rajshahi)"), or a town and its admin1 (``towns``):
    addresses, whose names are places whatever the tagger says. Each maps to the list's preposition."""
    out: dict[int, str | None] = {}
    for a in towns:  # the town takes the address's preposition, the admin1 after it keeps its own
        out[a] = spans[a].locative
        out[following[a]] = spans[following[a]].locative
    tokens = analysis.tokens
    preceded = {b for b in following if b >= 0}
    for head in range(len(spans)):
        if head in preceded or following[head] < 0:
            continue
        members = [head]
        while following[members[-1]] >= 0:
            members.append(following[members[-1]])
        last = spans[members[-1]]
        if last.last < len(tokens) and tokens[last.last].text in ("'s", "’s"):
            continue  # "Kenyatta, Kenya's president": a person and a possessive, not an address
        bracketed = any(tok.text == "(" for tok in tokens[spans[head].last : last.first])
        ends_in_country = "country" in _kinds(last, gazetteer)
        if (ends_in_country or bracketed) and any(_admin_name(spans[m], gazetteer) for m in members[1:]):
            locative = next((spans[m].locative for m in members if spans[m].locative), None)
            for m in members:
                out[m] = locative
    return out


def _kinds(span: _Span, gazetteer: Gazetteer) -> set[str]:
    if not span.known or span.partial or not span.key:
        return set()
    return set().union(*gazetteer.countries_of_key(span.key).values())


def _admin_name(span: _Span, gazetteer: Gazetteer) -> bool:
    """Is this a name of a country or an admin unit anywhere ("Sahel", "Extreme-North", "Northern")?"""
    if _kinds(span, gazetteer) & {"country", "admin1", "admin2"}:
        return True
    return span.key in GENERIC_NAMES and bool(_generic_keys(span.key, gazetteer))


def _generic_keys(key: str, gazetteer: Gazetteer) -> list[str]:
    """Index keys an admin1 called by a word such as "Western" or "Capital" is found under: the word
    itself, or the word and a type word ("western province", "capital governorate")."""
    out = [key] if gazetteer.has_key(key) else []
    out += [f"{key} {w}" for w in _GENERIC_TYPES if gazetteer.has_key(f"{key} {w}")]
    return out


_GENERIC_TYPES = ("province", "region", "governorate", "state", "division", "district", "department")


def find_places(analysis: Analysis, gazetteer: Gazetteer, *, skip: Sequence[tuple[int, int]] = (),
                country_hint: str | None = None) -> tuple[PlaceMention, ...]:
    """Place mentions of the article, each resolved to its best reading in the article's context."""
    return resolve_places(scan_places(analysis, gazetteer, skip=skip), gazetteer, country_hint=country_hint)


def resolve_places(scan: PlaceScan, gazetteer: Gazetteer, *, country_hint: str | None = None
                   ) -> tuple[PlaceMention, ...]:
    """The names of ``scan`` resolved to their best readings; cheap to redo under another country hint."""
    names = scan.names
    main, countries = _vote_countries(scan, gazetteer, country_hint)
    readings, spelt = _readings(names, gazetteer, main, countries)
    found = _choose(names, readings, spelt, main)
    _place_by_address(names, readings, found, gazetteer)
    return tuple(found[k] for k in sorted(found))


def _vote_countries(scan: PlaceScan, gazetteer: Gazetteer, country_hint: str | None) -> tuple[str | None, set[str]]:
    """The article's main country (ISO2) and the countries whose towns are read: voted cheaply, no Place
    is built for towns of other countries."""
    votes: Counter[str] = Counter()
    named: set[str] = set()
    hint_iso = gazetteer.country_code(country_hint) if country_hint else None
    if hint_iso:
        votes[hint_iso] += 5
    for hint in scan.hints:
        iso = gazetteer.country_code(hint)
        if iso:
            votes[iso] += 1
    for name in scan.names:
        if not name.known or name.partial or name.weak:
            continue
        in_name = name.org
        kinds_by_country = gazetteer.countries_of_key(name.key)
        share = 1.0 / max(1, len(kinds_by_country))
        for iso, kinds in kinds_by_country.items():
            if "country" in kinds:
                # "in Somalia" places the story; "from Somalia", "Somali militants" only point at it
                votes[iso] += 1 if in_name else (3 if name.locative else 2)
                if not in_name:
                    named.add(iso)
            elif kinds & {"admin1", "region"} and name.key not in GENERIC_NAMES:
                votes[iso] += share * (2 if name.trigger in ADMIN1_WORDS else 1)
            elif kinds & {"admin2"} and name.trigger in ADMIN2_WORDS:
                votes[iso] += share
            elif (name.label in PLACE_LABELS or name.locative or in_name) and "city" in kinds:
                votes[iso] += 0.5 * share
    main = max(votes, key=lambda k: votes[k]) if votes else None
    if main is not None and votes[main] < 0.5:
        main = None  # one small town of some country is no evidence that the story is there
    # towns and districts are read in the article's country and in countries it names outright;
    # elsewhere only large towns count ("Temple", "Independence", "Salo" are towns somewhere)
    countries = set(named)
    if main:
        countries.add(main)
    return main, countries


def _readings(names: Sequence[ScannedName], gazetteer: Gazetteer, main: str | None, countries: set[str]
              ) -> tuple[list[list[Candidate]], list[bool]]:
    """Each name's readings in the article's countries (plus big towns anywhere), and whether they were
    found by similar spelling only (``Gazetteer.fuzzy``)."""
    readings: list[list[Candidate]] = []
    spelt: list[bool] = []
    for name in names:
        cands: list[Candidate] = []
        if name.generic:
            # "Bani Jamra, Northern, Bahrain": an admin1 of the article's country, by its bare word
            for key in _generic_keys(name.key, gazetteer) if main else ():
                cands = gazetteer.candidates_for_key(key, country=main, kinds=("admin1",))
                if cands:
                    break
            if not cands and main and name.follows >= 0:
                # "Hawzen (Eastern, Tigray)": an admin2 called by the word and the admin1 that follows it
                cands = gazetteer.candidates_for_key(f"{name.key} {names[name.follows].key}", country=main,
                                                     kinds=("admin2",))
        elif name.partial or name.weak or (name.org and not name.trigger):
            cands = gazetteer.candidates_for_key(name.key, country=main) if main else []
        elif name.known:
            cands = gazetteer.candidates_for_key(name.key, countries=countries) if countries else []
            if not cands and name.label in PLACE_LABELS:
                cands = gazetteer.candidates_for_key(name.key, kinds=("country", "admin1", "region", "city"),
                                                     min_population=BIG_TOWN)
        if cands and main and " - " in name.text:
            # "Port-au-Prince - Delmas": a part of a town that the gazetteer lists as written, as a place of its own
            # (a commune of the capital's area), is read as that place
            cands = gazetteer.candidates_for_key(name_key(name.text), country=main, kinds=("city",)) or cands
        if not cands and main and not name.generic and (name.trigger or not name.known):
            # a misspelt town ("Kawangwere", "Dandorra") is only looked for after a preposition
            # a weak name ("Sosio villagers") only places an event that has no other place: its town is
            # looked for too
            kinds = ("admin1", "admin2", "city") if name.weak and not name.known else (
                _fuzzy_kinds(name.trigger) if name.trigger else (
                    ("admin1", "admin2", "city") if name.locative else ("admin1", "admin2")))
            cands = gazetteer.fuzzy(name.text, country=main, kinds=kinds, cutoff=0.8 if name.trigger else 0.85)
            spelt.append(True)
        else:
            spelt.append(False)
        readings.append(cands)
    return readings, spelt


def _choose(names: Sequence[ScannedName], readings: Sequence[list[Candidate]], spelt: Sequence[bool],
            main: str | None) -> dict[int, PlaceMention]:
    """Each name's best reading, by name index: admin units named in the article (and in each sentence)
    disambiguate the names around them, a town in a named county, the county of a named district
    ("Baghlani Jadid district, Baghlan")."""
    admin1_of: list[set[tuple[str, str]]] = []
    children_of: list[set[tuple[str, str]]] = []
    for name, cands in zip(names, readings, strict=True):
        helping = () if name.weak else cands  # a weak name helps no other name's reading
        admin1_of.append({(c.place.iso2, c.place.admin1) for c in helping
                          if c.place.kind in ("admin1", "admin2") and c.place.admin1})
        children_of.append({(c.place.iso2, c.place.admin1) for c in helping
                            if c.place.kind in ("admin2", "city") and c.place.admin1})
    context = _Context(names, admin1_of, children_of, main)
    context.own_admin1 = [{(c.place.iso2, c.place.admin1) for c in cands if c.place.kind == "admin1"}
                          for cands in readings]
    # provinces of this name whose capital is another town ("Baringo" county, capital Kabarnet)
    context.seat_elsewhere = [{(c.place.iso2, c.place.admin1) for c in cands if c.place.kind == "admin1"
                               and name_key(c.place.location) != name.key}
                              for name, cands in zip(names, readings, strict=True)]
    context.nearest = _nearest_namesakes(names, readings)
    for k, (name, cands) in enumerate(zip(names, readings, strict=True)):
        context.namesakes[k] = _namesake_count(cands)
        context.own_town_admin2[k] = set() if name.weak else {
            (c.place.iso2, c.place.admin1 or "", c.place.admin2) for c in cands
            if c.place.kind == "city" and c.place.admin2}
        for key in context.own_town_admin2[k]:
            context.town_admin2[(name.sentence, key)] += 1

    found: dict[int, PlaceMention] = {}
    for k, (name, cands) in enumerate(zip(names, readings, strict=True)):
        if not cands:
            continue
        best = max(cands, key=lambda c: _score(c, k, context))
        if spelt[k] and best.place.kind == "city" and context.a1_all and \
                context.a1_all[(best.place.iso2, best.place.admin1)] == 0:
            continue  # a town read by its spelling only, in a county the article does not name
        if not (best.place.admin1 and context.has_child(k, (best.place.iso2, best.place.admin1))):
            # "Bala Buluk, Farah": a province named after a place of it stays the province
            best = _town_for_capital(best, cands, name)
        best = _town_of_part(best, cands, name)
        if name.people and best.place.kind == "city" and name_key(best.place.location) != name_key(
                best.place.admin1 or ""):
            continue  # "Kikuyu tribesmen", "Pokot raiders": a people; "Wajir herders" keeps its county
        place = _spelt_as_written(best.place, name) if spelt[k] else _as_written(best.place, name)
        found[k] = PlaceMention(name.start, name.end, name.text, name.sentence, place,
                                name.trigger, name.locative, name.org, name.cue, name.weak, name.road,
                                name.origin)
    for k in [k for k in found if spelt[k] and found[k].place.kind == "city"]:
        look_alike = found[k]
        others = [m.place.admin1 for j, m in found.items() if not spelt[j] and not m.weak
                  and m.sentence == look_alike.sentence
                  and m.place.iso2 == look_alike.place.iso2 and m.place.kind in ("city", "admin2", "admin1")]
        if others and look_alike.place.admin1 not in others:
            del found[k]  # "Mutanga neighbourhood, Bujumbura": the named town says where, not a look-alike
    return found


def _namesake_count(cands: Sequence[Candidate]) -> int:
    """How many towns of one country share the name (villages called Oleksandrivka); 0 for a name that is
    also an admin unit's ("Bulacan" province, and a hamlet elsewhere): the unit's own rules read it."""
    if any(c.place.kind in ("admin1", "admin2", "region") for c in cands):
        return 0
    towns = Counter(c.place.iso2 for c in cands if c.place.kind == "city")
    return max(towns.values(), default=0)


_Anchor = tuple[float, float, frozenset[tuple[str, str]]]


def _anchor(cands: Sequence[Candidate]) -> _Anchor | None:
    """Where a name is, when only one town of its country bears it (a reference point for its namesakes),
    with the provinces the name also reads as. A province named after its capital counts as that town:
    coders place "X, Donetsk" at the X near the city of Donetsk, but never outside the province ("X, Kyiv":
    the X of the Kyiv province, not a nearer one across its border)."""
    towns = [c.place for c in cands if c.place.kind == "city" and c.place.latitude is not None]
    if len({p.iso2 for p in towns}) != 1 or len({p.admin2 for p in towns}) != 1:
        return None
    place = towns[0]
    if place.latitude is None or place.longitude is None:
        return None
    provinces = frozenset((c.place.iso2, c.place.admin1) for c in cands if c.place.kind == "admin1" and c.place.admin1)
    return place.latitude, place.longitude, provinces


def _away(anchor: _Anchor, place: Place) -> float:
    lat, lng, provinces = anchor
    if provinces and (place.iso2, place.admin1) not in provinces:
        return math.inf
    return _distance2((lat, lng), (place.latitude or 0.0, place.longitude or 0.0))


def _nearest_namesakes(names: Sequence[ScannedName], readings: Sequence[list[Candidate]]) -> dict[int, Place]:
    """For each name shared by several towns of a country, the one clearly nearest the other places the
    text names ("Novoselivka near Avdiivka"): a text names places of one area. Names with one town only
    serve as reference points; linear in the names, times the namesakes of each."""
    # a part of a longer name ("Buhangin" of "Pulong Buhangin") is no reference point
    anchors = [(k, name.key, _anchor(cands)) for k, (name, cands) in enumerate(zip(names, readings, strict=True))
               if not (name.weak or name.partial)]
    points = [(k, key, at) for k, key, at in anchors if at is not None]
    out: dict[int, Place] = {}
    if not points:
        return out
    for k, (name, cands) in enumerate(zip(names, readings, strict=True)):
        if _namesake_count(cands) < 2:
            continue
        others = [at for j, key, at in points if j != k and key != name.key]
        if not others:
            continue
        ranked = sorted((min(_away(at, c.place) for at in others), i)
                        for i, c in enumerate(cands) if c.place.kind == "city" and c.place.latitude is not None
                        and c.place.longitude is not None)
        if not ranked or ranked[0][0] > _NEAR_REACH2:
            continue
        if len(ranked) > 1 and ranked[0][0] > _NEAR_MARGIN * ranked[1][0]:
            continue
        out[k] = cands[ranked[0][1]].place
    return out


def _distance2(a: tuple[float, float], b: tuple[float, float]) -> float:
    # squared equirectangular distance in degrees: enough to compare a few namesakes
    dx = (a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    dy = a[0] - b[0]
    return dx * dx + dy * dy


def _front_bonus(place: Place) -> float:
    for tier, admin1s in enumerate(_FRONT_ADMIN1.get(place.iso2, ())):
        if place.admin1 in admin1s:
            return _FRONT_BONUS[tier]
    return 0.0


def _place_by_address(names: Sequence[ScannedName], readings: Sequence[list[Candidate]],
                      found: dict[int, PlaceMention], gazetteer: Gazetteer) -> None:
    """Add to ``found`` the villages the gazetteer lacks, placed by the admin unit their address names
    ("Kolofata, Extreme-North, Cameroon", "Gurudaspur upazila (Natore, Rajshahi)"): the village is the
    location, at its container's coordinates (precision 2). A town the gazetteer puts in another unit
    than its address is such a village too, a namesake it lacks ("Kaliganj upazila (Lalmonirhat, ...)")."""
    for k in range(len(names) - 1, -1, -1):  # last first: an address is read from its end
        name = names[k]
        known = found.get(k)
        container = None
        step = at = name.follows
        while step >= 0 and step in found and container is None:
            at = step
            container = _as_container(found[step], names[step], readings[step])
            # an unknown name takes the unit right after it only ("Sagme, Fotokol, Extreme-North": Fotokol's);
            # a misplaced namesake looks past towns ("Durgapur village, Ashuganj upazila (Brahmanbaria, ...)")
            step = names[step].follows if known is not None else -1
        if container is None:
            continue
        outer, level = container
        if known is not None and known.place.kind in ("admin1", "admin2") and name.trigger is None:
            # "Sennar (Sennar, Sennar)", "Khartoum (Khartoum, Khartoum)": a bare name the address puts inside
            # a unit is the town of that name there, not the province or district it is also called
            town = next((c.place for c in readings[k] if c.place.kind == "city" and _inside(c.place, outer, level)),
                        None)
            if town is not None:
                found[k] = replace(known, place=_as_written(town, name))  # "Khartoum - Burri (Khartoum, ...)"
                continue
        if known is not None and known.place.kind in ("city", "admin2") and name.bracketed and level == "admin2" \
                and not _inside(known.place, outer, level) and not _formerly_in(known.place, outer, gazetteer):
            if known.place.kind == "city" and known.place.iso2 == outer.iso2:
                # the coder's own "Town (Locality, State)" names the unit the town is coded in, even where the
                # gazetteer's units were drawn otherwise (a locality split off later): the town keeps its point
                found[k] = replace(known, place=replace(known.place, admin1=outer.admin1, admin2=outer.admin2))
                continue
            # "Abu Jabra (Adila, East Darfur)": a village named like a locality it is not in; "Raiganj city
            # (Sirajganj, Rajshahi)": a village named like a town across the border
            known = None
        if known is not None and (known.place.kind != "city" or _inside(known.place, outer, level)
                                  or _names_a_unit(known.place, readings[k]) or _formerly_in(known.place, outer,
                                                                                              gazetteer)):
            continue  # a district's seat is one of a kind: an address that disagrees is the coder's slip
        if known is None and (name.trigger in PART_WORDS and outer.kind != "admin2" or _institution(name.key)):
            continue  # "Ziadia area, Constantine", "Agriculture University, Mymensingh": the town is the place
        start, text = name.start - len(name.lead), name.lead + name.text
        end = name.end
        if known is None and _office(name.key):
            # "Matale DS (Matale)", "the Kalmunai Divisional Secretariat (Ampara, Eastern)": an office of
            # local government named after its town is coded at the town; a bare office word names nothing
            text = _without_office(text)
            if not text:
                continue
            end = start + len(text)
        head = names[k - 1] if k > 0 else None
        if known is None and head is not None and head.partial and head.sentence == name.sentence \
                and head.end + 1 == name.start and (k - 1 not in found or _namesake_elsewhere(found[k - 1],
                                                                                              outer, level)):
            # "Adi Hibubla (South Eastern Tigray, Tigray)", "May Kuhili (...)": the first word is a name (or a
            # month) elsewhere, read alone as the start of a longer name, and unread here: it is the village's;
            # so is a town's name read as a namesake outside the address ("Tanjung Morawa, Deli Serdang", not
            # a Tanjung of Kalimantan: Indonesian names open with a word for cape, hill, river)
            start, text = head.start, f"{head.text} {name.text}"
            found.pop(k - 1, None)
        outer, level = _province_around(outer, level, readings[at])
        place = Place(outer.country, outer.iso2, outer.admin1, outer.admin2, text, outer.latitude,
                      outer.longitude, 2, "city")
        found[k] = PlaceMention(start, end, text, name.sentence, place, name.trigger,
                                name.locative, False, name.cue)


def _namesake_elsewhere(head: PlaceMention, outer: Place, level: str) -> bool:
    """Is a name read as a town the address after it does not contain (a namesake in another province)?"""
    return head.place.kind == "city" and not _inside(head.place, outer, level)


def _province_around(outer: Place, level: str, readings: Sequence[Candidate]) -> tuple[Place, str]:
    """A village the gazetteer lacks, addressed by a city that is a province of its own ("X village, Kyiv"
    with Kyiv City), is in the province of the same name around the city: the city's parts are known."""
    if outer.kind != "city" or level != "admin1":
        return outer, level
    for c in readings:
        if c.place.kind == "admin1" and c.place.iso2 == outer.iso2 and c.place.admin1 != outer.admin1 \
                and name_key(c.place.location) == name_key(outer.location) and c.place.latitude is not None:
            return c.place, "admin1"
    return outer, level


def _as_container(mention: PlaceMention, name: ScannedName, readings: Sequence[Candidate]
                  ) -> tuple[Place, str] | None:
    """The admin unit a mention in an address stands for, and its level ("admin1" or "admin2"): an admin
    unit, or a town also read as the province or district of its name ("(Natore, Rajshahi)", "Kilelshwa
    (Nairobi)"); None for other towns and for countries. An admin1 is located at its capital."""
    place = mention.place
    if place.latitude is None or place.kind not in ("admin1", "admin2", "city"):
        return None
    if place.kind == "admin1":
        return place, "admin1"
    levels = {c.place.kind for c in readings if _names_a_unit(place, (c,))}
    if place.kind == "admin2":
        # a district named like its province ("Barisal") may be either: only the province is sure
        return place, "admin1" if "admin1" in levels else "admin2"
    if name.trigger in TOWN_WORDS | SUBDISTRICT_WORDS:
        return None  # "Kaliganj upazila": a town
    if not levels:
        return None  # "Blama Golime neighbourhood, Kolofata": a town, where coders place what is in it
    return place, "admin1" if "admin1" in levels else "admin2"


def _names_a_unit(place: Place, readings: Sequence[Candidate]) -> bool:
    """Is the town's name also the name of its own district or province (a district seat: one of a kind)?"""
    return any(c.place.kind in ("admin1", "admin2") and c.place.iso2 == place.iso2 and c.place.admin1 == place.admin1
               and (c.place.kind == "admin1" or c.place.admin2 == place.admin2) for c in readings)


def _formerly_in(place: Place, outer: Place, gazetteer: Gazetteer) -> bool:
    """Does the address name a unit the town's own belonged to before a split ("Shashamane (Arsi, Oromia)",
    Arsi before West Arsi was carved out of it)? The town then keeps its present unit, as ACLED codes it."""
    return outer.kind == "admin2" and place.admin1 == outer.admin1 and place.iso2 == outer.iso2 \
        and outer.admin2 in gazetteer.older_admin2(place.iso2, place.admin1, place.admin2)


def _inside(place: Place, outer: Place, level: str) -> bool:
    """Does the gazetteer put ``place`` where its address says (same admin1, and same admin2 when the
    address names a district)?"""
    if place.iso2 != outer.iso2:
        return False
    if place.admin1 != outer.admin1:
        # "Wamena, Papua": Highland Papua was part of Papua, which writers still name
        return level == "admin1" and _split_from(place, outer.admin1 or "")
    return level == "admin1" or place.admin2 is None or place.admin2 == outer.admin2


# last words of names of buildings and institutions: such a name in an address is not a village
_INSTITUTION_WORDS = frozenset(
    "university college school academy institute hospital clinic mosque church temple market bazaar stadium "
    "prison jail office headquarters station camp club hotel bank factory mill ltd limited garments company "
    "party league".split()
)


def _institution(key: str) -> bool:
    return key.rsplit(" ", 1)[-1] in _INSTITUTION_WORDS


# words after a town's name for its local-government office or a spot of it, never a place ACLED codes (no
# coded location of the global file ends in one): Sri Lanka's "X District Secretariat", "X Divisional
# Secretariat", "X DS" (a divisional secretariat's division), "X Pradeshiya Sabha" (the rural council), and
# "X Junction", the crossroads that names a town's centre
_OFFICE_WORDS = frozenset("secretariat secretariats sabha ds dsd junction".split())
_OFFICE_PARTS = _OFFICE_WORDS | frozenset(
    "district divisional pradeshiya urban municipal north south east west".split())


def _office(key: str) -> bool:
    return key.rsplit(" ", 1)[-1] in _OFFICE_WORDS


def _without_office(text: str) -> str:
    """The town's name before the office words ("Vavuniya North DS" -> "Vavuniya"), "" when there is none: a
    prefix of ``text``, so that its length still measures the span in the article."""
    rest = text.rstrip()
    while rest:
        cut = max(rest.rfind(" "), rest.rfind("\n"), rest.rfind("\t"))
        if rest[cut + 1 :].lower() not in _OFFICE_PARTS:
            break
        rest = rest[: max(cut, 0)].rstrip()
    return rest


def _town_for_capital(best: Candidate, cands: Sequence[Candidate], span: ScannedName) -> Candidate:
    """A bare name shared by an admin1 and its capital ("Mandera", "Nairobi", "Kandahar") is the town, as
    coders read it (precision 1); with a type word ("Mandera county") it stays the admin1."""
    place = best.place
    if place.kind != "admin1" or span.trigger in ADMIN1_WORDS or name_key(place.location) != span.key:
        return best
    for c in cands:
        if c.place.kind == "city" and c.place.admin1 == place.admin1 and name_key(c.place.location) == span.key \
                and c.place.latitude is not None:
            return c
    return best


def _town_of_part(best: Candidate, cands: Sequence[Candidate], span: ScannedName) -> Candidate:
    """"Dhaka - Paltan", "Mogadishu - Hodan": ACLED's name of a part of a town (``_town_part``) names the
    town, never the division called like it, whatever else the sentence names inside that unit
    (the part's thana in a bracket after it); ``_as_written`` then keeps the part as the location."""
    if best.place.kind != "admin1" or not _part_written(span.text, span.key):
        return best  # a commune or district named like the town (Haiti's "Petion-Ville") keeps its own reading
    towns = [c for c in cands if c.place.kind == "city" and c.place.iso2 == best.place.iso2
             and name_key(c.place.location) == span.key and c.place.latitude is not None]
    if not towns:
        return best
    return max(towns, key=lambda c: (c.place.admin1 == best.place.admin1, c.population))


def _fuzzy_kinds(trigger: str) -> tuple[str, ...]:
    if trigger in SUBDISTRICT_WORDS:
        return ("city",)  # its seat town
    if trigger in ADMIN2_WORDS:
        return ("admin2",)
    if trigger in ADMIN1_WORDS:
        return ("admin1",)
    return ("admin1", "admin2")


def _context_admin1(a1: set[tuple[str, str]]) -> bool:
    """Whether a name's admin readings say which admin1 its neighbours are in: one reading, or a capital city
    that is an admin1 of its own and the province around it ("Kyiv": Kyiv City and Kyiv oblast), both of which
    the villages "X, Kyiv" may be in."""
    if len(a1) == 1:
        return True
    if len(a1) != 2:
        return False
    (iso_a, name_a), (iso_b, name_b) = sorted(a1)
    return iso_a == iso_b and name_b == name_a + " City"


class _Context:
    """Which admin1 units the article names, counted so that each look-up is O(1)."""

    def __init__(self, spans: Sequence[ScannedName], admin1_of: Sequence[set[tuple[str, str]]],
                 children_of: Sequence[set[tuple[str, str]]], main: str | None):
        self.spans = spans
        self.admin1_of = admin1_of
        self.children_of = children_of
        self.main = main
        self.own_admin1: list[set[tuple[str, str | None]]] = [set() for _ in spans]
        self.seat_elsewhere: list[set[tuple[str, str | None]]] = [set() for _ in spans]
        self.a1_all: Counter[tuple[str, str]] = Counter()
        self.a1_sentence: Counter[tuple[int, tuple[str, str]]] = Counter()
        self.child_sentence: Counter[tuple[int, tuple[str, str]]] = Counter()
        # (sentence, (iso2, admin1, admin2)) of the towns named: "Bacoor, Cavite" reads Cavite as the
        # province (an admin2 in the Philippines) of the town just named, not a village elsewhere
        self.town_admin2: Counter[tuple[int, tuple[str, str, str]]] = Counter()
        self.own_town_admin2: list[set[tuple[str, str, str]]] = [set() for _ in spans]
        self.namesakes: list[int] = [0 for _ in spans]  # towns of one country sharing the name
        self.nearest: dict[int, Place] = {}  # the namesake nearest the text's other places
        for span, a1, ch in zip(spans, admin1_of, children_of, strict=True):
            if _context_admin1(a1):  # only unambiguous admin names count as context
                for key in a1:
                    self.a1_all[key] += 1
                    self.a1_sentence[(span.sentence, key)] += 1
            for key in ch:
                self.child_sentence[(span.sentence, key)] += 1

    def admin1_named(self, k: int, key: tuple[str, str], *, same_sentence: bool) -> bool:
        own = 1 if key in self.admin1_of[k] and _context_admin1(self.admin1_of[k]) else 0
        if same_sentence:
            return self.a1_sentence[(self.spans[k].sentence, key)] > own
        return self.a1_all[key] > own

    def has_child(self, k: int, key: tuple[str, str]) -> bool:
        own = 1 if key in self.children_of[k] else 0
        return self.child_sentence[(self.spans[k].sentence, key)] > own

    def has_town_in(self, k: int, admin2: tuple[str, str, str]) -> bool:
        """Whether another name of the sentence has a town reading in ``admin2``."""
        own = 1 if admin2 in self.own_town_admin2[k] else 0
        return self.town_admin2[(self.spans[k].sentence, admin2)] > own


def _score(c: Candidate, k: int, context: _Context) -> float:
    place = c.place
    kind = place.kind
    span = context.spans[k]
    score = 0.0
    if place.iso2 == context.main:
        score += 3
    trigger = span.trigger
    if trigger in ADMIN2_WORDS:
        score += 4 if kind == "admin2" else 0
    elif trigger in ADMIN1_WORDS:
        score += 4 if kind in ("admin1", "region") else 0
    elif trigger in TOWN_WORDS:
        score += 2 if kind == "city" else 0
    elif trigger == "valley":
        score += 1 if kind in ("admin1", "admin2", "region") else 0
    else:
        score += {"country": 2.0, "admin1": 1.0, "region": 1.0, "city": 1.2, "admin2": 0.6}.get(kind, 0)
        if span.address_end and kind == "admin1":
            score += 1.0  # "(Comilla, Chittagong)": an address ends with the province
    if kind == "city":
        score += min(math.log10(c.population + 1), 7) * 0.15
        if c.population < BIG_TOWN and any(iso == place.iso2 and a1 != place.admin1
                                           for iso, a1 in context.own_admin1[k]):
            # "Samburu" is the county, not the small town of that name in another county; a large
            # city ("Buenos Aires") is the city, not the province named after it
            score -= 1.5
        elif c.population < HAMLET and (place.iso2, place.admin1) in context.seat_elsewhere[k] \
                and span.trigger not in TOWN_WORDS:
            # "in Baringo": the county, whose capital is Kabarnet, not the hamlet named like it inside it
            # (a real town named like its region, "Sagaing", stays a candidate on its own merits)
            score -= 1.5
        if context.namesakes[k] > 1:
            # one of several villages of that name: the one near the text's other places, else the one
            # where the country's fighting is
            if context.nearest.get(k) == place:
                score += _NEAR_BONUS
            if trigger not in ADMIN1_WORDS | ADMIN2_WORDS:
                score += _front_bonus(place)  # "Vasylivka district" names a district's seat, not a village
                if c.pinned and place.iso2 in _FRONT_ADMIN1:
                    # the front's villages are written down with their own points: the one of that name the
                    # reports mean, not a larger namesake far from the fighting (a namesake near the capital of
                    # an oblast the text names still wins: "Oleksandrivka, Donetsk" is the one by the city)
                    score += _PINNED_FRONT_BONUS
    if place.admin1:
        key = (place.iso2, place.admin1)
        if kind == "admin2" and place.admin2 and \
                context.has_town_in(k, (place.iso2, place.admin1, place.admin2)):
            score += 1.5  # "Bacoor, Cavite": the province (admin2) of the town just named
        if kind == "admin1":
            if context.has_child(k, key):
                score += 1.5  # "Watamu, Kilifi": the county of the town just named
        elif name_key(place.location) != name_key(place.admin1):
            # a town named like its own province gets no help from that province: in "X district,
            # Baghlan" the name Baghlan is the province, not the town
            if context.admin1_named(k, key, same_sentence=True):
                score += 2
            elif context.admin1_named(k, key, same_sentence=False):
                score += 1
    if not c.exact:
        score -= 0.5
    return score


def main_country(mentions: Sequence[PlaceMention], hints: Sequence[str] = (), *, text: str = "") -> str | None:
    """The article's dominant country (ACLED name): country names count most, then other places, hints.

    Given ``text``, a country name counts most only where it says where ("in Ukraine"): a possessive
    or a subject ("Russia's defence ministry", "Russia has denied") names an actor, and counts like
    any other place.
    """
    votes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    iso_to_name = {m.place.iso2: m.place.country for m in mentions}
    for m in mentions:
        if m.weak:
            continue
        possessive = text[m.end : m.end + 2] in ("'s", "’s")
        located = bool(m.locative) or not text  # without the text, every country name counts as a location
        weight = 3.0 if m.place.kind == "country" and not m.in_name and not possessive and located else 1.0
        votes[m.place.country] += weight
        first_seen.setdefault(m.place.country, m.start)
    for hint in hints:
        name = iso_to_name.get(hint, hint)
        votes[name] += 1.0
        first_seen.setdefault(name, 10**12)
    if not votes:
        return None
    return max(votes, key=lambda k: (votes[k], -first_seen[k]))


def _mention_score(m: PlaceMention) -> float:
    score = _SPECIFICITY.get(m.place.kind, 0.0)
    if m.locative:
        score += 2.0
    elif m.cue:
        score += 1.5  # "residents of X": where they live, most often where they acted
    if m.in_name or m.road:
        score -= 3.0  # "Kenya Police", "on the Nairobi-Mombasa highway": named, but not where it happened
    elif m.origin:
        score -= 1.0  # "riders from Murang'a County rode to Meru County": where they went is more likely
    return score


def _with_precision(m: PlaceMention) -> Place:
    place = m.place
    if m.locative in NEAR_WORDS and place.geo_precision == 1:
        return replace(place, geo_precision=2)
    return place


def _evidence(chosen: PlaceMention, pool: Sequence[PlaceMention]) -> tuple[PlaceMention, ...]:
    """The chosen mention and the mentions of its own admin1 / country in the same sentence."""
    out = [chosen]
    for m in pool:
        if m is chosen or m.sentence != chosen.sentence or m.place.iso2 != chosen.place.iso2:
            continue
        if m.place.kind == "country" or (m.place.admin1 and m.place.admin1 == chosen.place.admin1):
            out.append(m)
    return tuple(sorted(out, key=lambda m: m.start))


def _merge(chosen: PlaceMention, pool: Sequence[PlaceMention]) -> Place:
    """Fill the chosen place's missing admin2 from a district named with it ("X village, Y district")."""
    place = _with_precision(chosen)
    if place.admin2 is None and place.kind == "city":
        for m in pool:
            if (m.sentence == chosen.sentence and m.place.kind == "admin2"
                    and m.place.iso2 == place.iso2 and m.place.admin1 == place.admin1):
                return replace(place, admin2=m.place.admin2)
    return place


# before every admin1's creation: admin1_on then walks back to the oldest province of the land
_EARLIEST = dt.date.min


def _split_from(place: Place, admin1: str) -> bool:
    """Was ``place``'s admin1 carved out of ``admin1`` (Central Papua out of Papua in 2022)? Writers and
    coders keep naming the old province, so a town addressed by it is where the gazetteer puts it."""
    return bool(place.admin1) and admin1_on(place.iso2, place.admin1, _EARLIEST) == admin1 != place.admin1


# a place after one of these is not its container but another clause's place
_CLAUSE_ENDS = frozenset(";:.!?—–")
_NEIGHBOURHOOD = frozenset({"neighbourhood", "neighborhood"})


def _container(analysis: Analysis, chosen: PlaceMention, pool: Sequence[PlaceMention]) -> PlaceMention:
    """The place that contains ``chosen`` when the text says it does ("X campus in Mombasa", "Kibera,
    Nairobi") but the gazetteer puts ``chosen`` in another admin1: the text's container wins."""
    for m in pool:
        if m.sentence != chosen.sentence or m.start <= chosen.end or m.start - chosen.end > 40:
            continue
        if chosen.trigger in _NEIGHBOURHOOD and m.place.kind == "city" and m.place.iso2 == chosen.place.iso2 \
                and analysis.text[chosen.end : m.start].strip() in {chosen.trigger + ",", chosen.trigger + " of"}:
            return m  # "Recoleta neighbourhood, Santiago": coders place it in the town
        if m.place.iso2 != chosen.place.iso2 or not m.place.admin1 or m.place.admin1 == chosen.place.admin1:
            continue
        if _split_from(chosen.place, m.place.admin1):
            continue  # "Nabire, Papua": the town is in Central Papua, carved out of Papua; the text is not wrong
        if name_key(chosen.place.admin1 or "") == name_key(m.place.location):
            continue  # "X, Kyiv": X is in the province called Kyiv already, not in Kyiv City
        gap = [t for t in analysis.sentence_tokens(chosen.sentence) if chosen.end <= t.start and t.end <= m.start]
        while gap and gap[0].text.lower() in TOWN_WORDS | SUBDISTRICT_WORDS:
            gap = gap[1:]
        words = [t.text.lower() for t in gap]
        # "Sankuri town (Lamu East, Lamu)", "Kibera, Nairobi", "the In Salah gas plant in Krechba", "Moi
        # University's campus in Mombasa"; but in "march in Dhaka; buses torched in Chittagong" the second
        # place is another event's
        if words == [","] and _conjunction_after(analysis, m):
            continue  # "in Moyale, Wajir North and North Horr": a list of places, not an address
        if words in ([","], ["("], [",", "in"]) or (
                words and words[-1] == "in" and len(words) <= 6
                and not any(t.pos in ("VERB", "AUX") or t.text in _CLAUSE_ENDS for t in gap)):
            return m
    return chosen


# words between a town and the unit after it that make the unit the town's address: "X, Y region",
# "X in the Y region", "X (Y oblast)"
_ADDRESS_GAP = frozenset({",", "in", "the", "(", "of"})


def _inner(analysis: Analysis, chosen: PlaceMention, pool: Sequence[PlaceMention]) -> PlaceMention:
    """The town an admin unit is the address of ("evacuated from Lysychansk in the Luhansk region",
    "shelling of Avdiivka, Donetsk oblast"): the unit got the preposition, but the town is where; only a
    town the gazetteer puts inside that unit, right before it."""
    if chosen.place.kind not in ("admin1", "admin2"):
        return chosen
    for m in pool:
        if m.sentence != chosen.sentence or m.end > chosen.start or chosen.start - m.end > 20 \
                or m.place.kind != "city" or m.in_name or m.road:
            continue
        if not _inside(m.place, chosen.place, chosen.place.kind):
            continue
        gap = analysis.text[m.end : chosen.start].lower().replace("(", " ( ").replace(",", " , ").split()
        if gap and all(w in _ADDRESS_GAP for w in gap):
            return m
    return chosen


def _addressed_town(analysis: Analysis, chosen: PlaceMention, pool: Sequence[PlaceMention]) -> PlaceMention:
    """The town a coder's note gives its address to, rather than the spot in or near it the note names
    first: in "protested at Borella Junction in Colombo (Colombo, Western)", "in Kosgama locality near
    Avissawella area (Seethawaka, Colombo district)" the bracketed admin names follow the town coded."""
    if chosen.place.kind != "city":
        return chosen
    text = analysis.text
    for m in pool:
        if m.sentence != chosen.sentence or m.start <= chosen.end or m.start - chosen.end > 40 \
                or m.place.kind != "city" or m.place.iso2 != chosen.place.iso2 or m.in_name or m.road:
            continue
        after = text[m.end : m.end + 12].split()
        if after and after[0].lower() in TOWN_WORDS:
            after = after[1:]
        if not after or not after[0].startswith("("):
            continue
        gap = [t for t in analysis.sentence_tokens(chosen.sentence) if chosen.end <= t.start and t.end <= m.start]
        if gap and gap[-1].text.lower() in ("in", "near", "of") and len(gap) <= 5 \
                and not any(t.pos in ("VERB", "AUX") or t.text in _CLAUSE_ENDS for t in gap):
            return m
        return chosen
    return chosen


def _conjunction_after(analysis: Analysis, mention: PlaceMention) -> bool:
    """Is the mention followed by "and"/"or" (the end of a list of places)?"""
    rest = analysis.text[mention.end : mention.end + 6].lstrip()
    return rest.startswith(("and ", "or ", "& "))


# A coder's note may say where it placed the event ("in Wangwachi (coded as Sipili with GP2)",
# "(coordinates for Ndumuru, Meru county, used)", "the location of Hola has been used", "coordinates for
# county capital of Kathwana used", older notes' "LOCATION: Kipkelion in Kericho District (district
# capital = Kericho)", "occurred in or around Hawzen (Eastern Tigray, Tigray)"): that place is the event's,
# whatever else the note names. The clause runs to its closing bracket or full stop; a "LOCATION:" section
# to its full stop.
_CODED_MARK = re.compile(
    r"\bcoded\s+(?:as|at|to|in)\s+(?:the\s+)?"
    r"|\bcoordinates\s+(?:for|of|from)\s+(?:the\s+)?(?:(?:\w+\s+)?(?:capital|headquarters)\s+of\s+)?"
    r"|\blocation\s+of\s+(?=(?-i:[A-Z])[^()]{0,40}?\b(?:has\s+been\s+|was\s+|is\s+)?used\b)"
    r"|\bLOCATION:\s*"
    # Ethiopian notes of a long campaign: "Event reportedly occurred in or around Chekol (Southern Tigray,
    # Tigray)" closes a note whose first sentence names only the region
    r"|\boccurred\s+in\s+or\s+around\s+",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[).;]|$")
_SEPARATELY = re.compile(r"\s*[(\[]\s*coded\s+separately\s*[)\]]", re.IGNORECASE)
_MARK_REACH = 80  # characters between a marker and the clause's place ("coordinates for Ndumuru, Meru county")
_SECTION_END = re.compile(r"\.(?:\s|$)|\n|$")
# "(district capital = Hola)", "(divisional headquarters = Njoro)": the town a coder falls back on when
# the note's village is not in its gazetteer
_CAPITAL_IS = re.compile(r"(?:capital|headquarters)\s*=\s*$", re.IGNORECASE)


def _coded_place(text: str, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The place a coder's note says the event was coded at: in the clause after the marker, its first
    town (the fallback "capital = X" only when no other town is known), else its most specific unit.
    Only the text just before each mention is searched for a marker, so the cost does not grow with the
    article's length times its number of events."""
    marks: dict[int, re.Match[str]] = {}
    for m in mentions:
        if m.place.kind == "country":
            continue
        for mark in _CODED_MARK.finditer(text, max(0, m.start - _MARK_REACH), m.start + 60):
            if mark.end() <= m.start:
                marks.setdefault(mark.start(), mark)
    for _, mark in sorted(marks.items()):
        section = mark.group().strip().lower() == "location:"
        ends = (_SECTION_END if section else _CLAUSE_END).search(text, mark.end())
        end = ends.start() if ends else len(text)
        inside = [m for m in mentions if mark.end() <= m.start < end and m.place.kind != "country"]
        if not inside:
            continue
        # a town the gazetteer puts outside the unit the clause names is a namesake ("Embakasi village (near
        # Kitale), Trans Nzoia District" is not Nairobi's Embakasi)
        units = {m.place.admin1 for m in inside if m.place.kind in ("admin1", "admin2")}
        inside = [m for m in inside if m.place.kind != "city" or not units or m.place.admin1 in units]
        if not inside:
            continue
        fallback = [m for m in inside if _CAPITAL_IS.search(text, max(0, m.start - 30), m.start)]
        towns = [m for m in inside if m.place.kind == "city" and m not in fallback]
        if towns:
            return towns[0]
        if fallback:
            return fallback[0]
        return max(inside, key=lambda m: (_SPECIFICITY[m.place.kind], -m.start))
    return None


# "Tawila (Tawila, North Darfur)": a name followed by its district and province in brackets, the way
# coders write the place an event is coded at
_BRACKET_ADDRESS = re.compile(r"\s*\([^(),;]{2,40},[^(),;]{2,40}\)")


def _bracket_addressed(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions followed by a bracketed "(district, province)" the gazetteer reads as units of
    their own country: the coded place, before other towns of the sentence ("a protest in Khartoum (Khartoum,
    Khartoum) against the fighting in Kebkabiya")."""
    units: dict[int, str] = {m.start: m.place.iso2 for m in mentions if m.place.kind in ("admin1", "admin2")}
    out: set[int] = set()
    for m in mentions:
        if m.place.kind == "country":
            continue
        bracket = _BRACKET_ADDRESS.match(text, m.end)
        # the bracket is short: looking up each of its characters keeps this linear in the mentions
        if bracket is not None and any(units.get(i) == m.place.iso2 for i in range(bracket.start() + 1, bracket.end())):
            out.add(m.start)
    return out


# what follows a part of a town where a coder names the coded place: a bracket, a comma, the clause's end
_PART_END = re.compile(r"\s*(?:(?:city|town)\b\s*)?(?:[(,.;]|$)")


def _town_parts(text: str, mentions: Sequence[PlaceMention]) -> set[int]:
    """Starts of the mentions of a part of a town as ACLED's coders write it ("at the university, Dhaka -
    Shahbagh (Shahbagh)"): the coded place, before the town or division named around it. Not one inside a
    bracket (a note on another place: "near the square (Petion Ville - Sud)") nor one that a common word
    follows ("the Colombo - Horana main road", "Pugoda - Weaving Mills employees")."""
    return {m.start for m in mentions if m.place.kind == "city" and " - " in m.text and m.place.location == m.text
            and not text[: m.start].rstrip().endswith("(") and _PART_END.match(text, m.end)}


def _last_resort(mentions: Sequence[PlaceMention], sentence: int, iso2: str | None, country: str | None
                 ) -> PlaceMention | None:
    """A place named only inside an organisation's name or by a weak name ("Mombasa Women protested",
    "militia attacked Garba Tula"), in the country the article is about: better than the country alone.
    The one nearest the trigger's sentence, a name in an organisation's name before a weak one."""
    pool = [m for m in mentions if m.place.kind != "country" and (m.weak or m.in_name)
            and (m.place.iso2 == iso2 if iso2 else country is None or m.place.country == country)]
    if not pool:
        return None
    return min(pool, key=lambda m: (abs(m.sentence - sentence), m.weak, -_SPECIFICITY[m.place.kind], m.start))


def event_place(analysis: Analysis, mentions: Sequence[PlaceMention], sentence: int, *,
                country: str | None) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """Where the event whose trigger is in ``sentence`` happened, and the mentions that say so: the known
    place, narrowed to a village the gazetteer lacks when the text names one in it (``unlisted_places``), and
    in the Philippines to the barangay or town of the address as ACLED codes it (``ph_places``)."""
    from .ph_places import ph_location  # they build on this module
    from .unlisted_places import unlisted_location

    place, evidence = _known_event_place(analysis, mentions, sentence, country=country)
    # a coder's village is the location even when only the country is known: its admin fields stay empty
    named = _coded_unlisted(analysis.text, mentions) if place is not None else None
    if place is not None and named is not None:
        # "... woredas (Zone 3, Afar) [coded as Herto Bouri]": the coder's village, in the unit the note names
        start, end = named
        # a village placed in its country alone is named exactly, its coordinates unknown: precision 2, as for
        # a village placed by its container (``unlisted_places``)
        precision = 2 if place.kind == "country" else max(place.geo_precision, 2)
        stated = _CODED_PRECISION.match(analysis.text, end)
        if stated is not None and stated.group(1) in "123":  # "(coded as X at geoprecision 3)": the coder's own
            precision = int(stated.group(1))
        narrowed = replace(place, location=analysis.text[start:end], geo_precision=precision)
        s_index = analysis.sentence_of(start)
        own = PlaceMention(start, end, narrowed.location, s_index if s_index is not None else sentence, narrowed)
        return narrowed, tuple(sorted((own, *evidence), key=lambda m: m.start))
    place, evidence = unlisted_location(analysis, place, evidence, mentions, sentence)
    return ph_location(analysis, place, evidence, mentions, sentence)


# "[coded as Herto Bouri]", "(coded to Mai Tsebri)": a bracketed coder's note naming a place the gazetteer
# lacks; not an actor the note says an event was coded as ("[coded as Unidentified Military Forces]")
_CODED_UNLISTED = re.compile(
    r"[\[(]\s*(?:location\s+)?coded\s+(?:as|at|to|in)\s+(?:the\s+)?"
    r"((?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})"
    # "(coded as Nagare at geoprecision 2)": the precision the coder gave it may close the note
    r"(?:,?\s+(?:at|with)\s+(?:approximate\s+location,?\s+)?geo-?r?\s?precision\s*\d)?\s*[\])]",
    re.IGNORECASE,
)
_CODED_PRECISION = re.compile(r",?\s+(?:at|with)\s+(?:approximate\s+location,?\s+)?geo-?r?\s?precision\s*(\d)",
                               re.IGNORECASE)
_CODED_ACTOR_WORDS = frozenset("forces force militia militias group army police unidentified unknown".split())


def _coded_unlisted(text: str, mentions: Sequence[PlaceMention]) -> tuple[int, int] | None:
    """The character span of the unknown place a bracketed coder's note names, or None when the note
    names none or names a place the gazetteer knows (``_coded_place`` reads that one)."""
    if "coded" not in text:
        return None
    for mark in _CODED_UNLISTED.finditer(text):
        start, end = mark.span(1)
        words = mark.group(1).lower().split()
        if any(w in _CODED_ACTOR_WORDS for w in words) or any(m.start < end and start < m.end for m in mentions):
            continue
        return start, end
    return None


def _known_event_place(analysis: Analysis, mentions: Sequence[PlaceMention], sentence: int, *,
                       country: str | None) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """Where the event whose trigger is in ``sentence`` happened, among the places the gazetteer knows."""
    usable = [m for m in mentions if not m.weak]
    # "protests that began in Mekelle (coded separately) spread to Adigrat": that place is another event's
    elsewhere = [m for m in usable if _SEPARATELY.match(analysis.text, m.end)]
    if elsewhere and any(m.place.kind != "country" and m not in elsewhere for m in usable):
        usable = [m for m in usable if m not in elsewhere]
    coded = _coded_place(analysis.text, mentions)
    if coded is not None:
        chosen = _container(analysis, coded, usable)
        return _merge(chosen, usable), _evidence(chosen, usable)

    addressed = _bracket_addressed(analysis.text, usable) | _town_parts(analysis.text, usable)

    def rank(m: PlaceMention) -> tuple[float, int]:
        return (_mention_score(m) + (2.0 if country and m.place.country == country else 0.0)
                + (3.0 if m.start in addressed else 0.0), -m.start)

    def best_in(index: int) -> PlaceMention | None:
        here = [m for m in usable if m.sentence == index]
        return max(here, key=rank) if here else None

    chosen = best_in(sentence)
    if chosen is not None and chosen.place.kind == "country":
        # "in Afghanistan turning the Panjshir Valley into...": a named place of that country beats the country
        inner = [m for m in usable if m.sentence == sentence and m.place.kind != "country"
                 and m.place.iso2 == chosen.place.iso2 and not m.in_name]
        if inner:
            chosen = max(inner, key=rank)
    if chosen is not None and chosen.place.kind != "country":
        chosen = _container(analysis, chosen, usable)
        chosen = _inner(analysis, chosen, usable)
        chosen = _addressed_town(analysis, chosen, usable)
        return _merge(chosen, usable), _evidence(chosen, usable)

    def fits(m: PlaceMention) -> bool:
        if chosen is None:
            return True
        if chosen.locative is None and country and chosen.place.country != country:
            # "suspects travelling to Somalia ... arrested in Kasarani": a foreign country the sentence
            # only names is no reason to pass over the article's own country's places
            return m.place.country in (country, chosen.place.country)
        return m.place.iso2 == chosen.place.iso2

    # nothing specific in the sentence: the nearest sentences, then the article's dominant place
    for offset in (1, -1, 2, -2):
        near = best_in(sentence + offset)
        if near is not None and near.place.kind != "country" and fits(near):
            near = _container(analysis, near, usable)
            return _merge(near, usable), _evidence(near, usable)
    specific = [m for m in usable if m.place.kind != "country" and not m.in_name]
    if specific:
        counts = Counter(m.place for m in specific)
        top = max(specific, key=lambda m: (counts[m.place] + _SPECIFICITY[m.place.kind] * 0.1, -m.start))
        if fits(top):
            return _merge(top, usable), _evidence(top, usable)
    last = _last_resort(mentions, sentence, chosen.place.iso2 if chosen else None, country)
    if last is not None:
        return _merge(last, usable), (last,)
    if chosen is not None:
        return chosen.place, (chosen,)
    if country:
        for m in usable:
            if m.place.kind == "country" and m.place.country == country:
                return m.place, (m,)
        return Place(country, "", None, None, country, None, None, 3, "country"), ()
    return None, ()
