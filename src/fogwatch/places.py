"""Place mentions in an ``Analysis``, resolved against the gazetteer, and the location of an event.

Three steps, all pure functions over an ``Analysis`` and a loaded ``Gazetteer``:

1. ``find_places``: capitalised spans (and "X district" / "province of X" patterns) that the gazetteer
   knows are read, country first: the article's country is voted from country names, country
   adjectives ("Afghan"), admin1 names and large towns; then each span takes its best reading in that
   country, helped by its type word ("district" -> admin2, "county"/"province" -> admin1) and by the
   admin1 names around it ("Kutu, Kirinyaga County").
2. ``main_country``: the article's dominant country.
3. ``event_place``: where an event happened, not every place named: a locative mention ("in/at/near
   X") in the trigger's sentence, the most specific first; else nearby sentences; else the article's
   dominant place; else its country.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from .gazetteer import (
    ADMIN1_WORDS,
    ADMIN2_WORDS,
    GENERIC_NAMES,
    Candidate,
    Gazetteer,
    Place,
    name_key,
)
from .nlp import Analysis, Token

__all__ = ["Place", "PlaceMention", "country_hints", "event_place", "find_places", "main_country"]


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


# prepositions that put an event at a place; the "near" ones make its coordinates approximate
LOCATIVES = frozenset("in at near outside inside around across within into throughout on along off".split())
NEAR_WORDS = frozenset("near outside around off".split())
# type words that follow a name ("Shotul district") or precede it ("the district of Shotul")
TRIGGERS = ADMIN1_WORDS | ADMIN2_WORDS | frozenset("city town village valley area locality suburb estate".split())
TOWN_WORDS = frozenset("city town village area locality suburb estate".split())
# lower-case words allowed inside a name: "Sar-e Pul", "Republic of the Congo", "Bosnia and Herzegovina"
CONNECTORS = frozenset("- ' e i al el ad as ash ar ya wa de du la le of the and da do dos das".split())
INNER_ONLY = frozenset("of the and -".split())
# entity labels of spans that are not places unless a type word or a preposition says so
NOT_PLACE_LABELS = frozenset(
    "PERSON ORG DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY WORK_OF_ART LAW EVENT PRODUCT LANGUAGE".split()
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# words after a name that make it a place whatever the tagger says ("Garissa police station",
# "Kakuma refugee camp", "Muhoroni residents")
PLACE_NOUNS = frozenset(
    "residents villagers town township village market police station camp estate slum slums suburb border "
    "trading centre center stadium hospital prison barracks airport".split()
)
# "residents of X", "the streets of X", "the outskirts of X": words before "of" that make X a place
OF_PLACE = frozenset(
    "residents people streets outskirts town village parts part suburbs border centre center city region "
    "area county district villages towns environs heart".split()
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

_SPECIFICITY = {"city": 3.0, "admin2": 2.5, "admin1": 2.0, "region": 1.0, "country": 0.0}


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


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _startable(tok: Token) -> bool:
    # a capitalised article starts a name only when a longer known name follows ("El Wak", "Al Shabaab"
    # is left to the gazetteer, which does not know it): see ``_spans``
    return _capitalised(tok)


def _continues(tok: Token) -> bool:
    return _capitalised(tok) or tok.text.lower() in CONNECTORS


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
                if key and gazetteer.has_key(key):
                    found = (j, key)
                    break
            trigger_before = None
            if i >= 2 and toks[i - 1].text.lower() == "of" and toks[i - 2].text.lower() in TRIGGERS:
                trigger_before = toks[i - 2].text.lower()
            if found is None and article:
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
                locative = _locative_before(toks, i)
                label = _label(analysis, toks[i].i, toks[j].i + 1)
                if typed or (locative and label in PLACE_LABELS | {"PERSON", ""} and tok.pos == "PROPN"):
                    key = name_key(text[tok.start : toks[j].end])
                    trig = after if after in TRIGGERS else trigger_before
                    out.append(_Span(toks[i].i, toks[j].i + 1, key, trig, locative, label, s_index,
                                     known=False))
                    i = j + 1
                else:
                    i += 1
                continue
            j, key = found
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
            if i > 0 and _capitalised(toks[i - 1]) and toks[i - 1].text.lower() not in CONNECTORS \
                    and toks[i - 1].end + 1 >= tok.start and i - 1 > 0:
                partial = True  # the tail of a name we could not read ("Egerton University")
            out.append(_Span(toks[i].i, toks[j].i + 1, key, trigger, _locative_before(toks, i),
                             _label(analysis, toks[i].i, toks[j].i + 1), s_index, partial=partial))
            i = nxt
    return out


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
    if span.label in ("PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "") and span.known and not span.partial \
            and not span.trigger \
            and span.locative is None and toks[0].pos == "PROPN" and _place_cue(analysis, span):
        return True  # the small model calls "Muhoroni" in "residents of Muhoroni" a person
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


def find_places(analysis: Analysis, gazetteer: Gazetteer, *, skip: Sequence[tuple[int, int]] = (),
                country_hint: str | None = None) -> tuple[PlaceMention, ...]:
    """Place mentions of the article, each resolved to its best reading in the article's context."""
    spans = [s for s in _spans(analysis, gazetteer, skip) if _plausible(analysis, s)]
    cues = [_place_cue(analysis, s) for s in spans]
    # an organisation's name says little about where ("Kenya Police"), unless a place word follows
    # it or a preposition governs it ("Garissa police station", "in Kisii University")
    org = [s.label == "ORG" and s.locative is None and cue is None for s, cue in zip(spans, cues, strict=True)]
    # 1. the article's countries, voted cheaply (no Place is built for towns of other countries)
    votes: Counter[str] = Counter()
    named: set[str] = set()
    hint_iso = gazetteer.country_code(country_hint) if country_hint else None
    if hint_iso:
        votes[hint_iso] += 5
    for name in country_hints(analysis, gazetteer, skip=skip):
        iso = gazetteer.country_code(name)
        if iso:
            votes[iso] += 1
    for span, in_name in zip(spans, org, strict=True):
        if not span.known or span.partial:
            continue
        kinds_by_country = gazetteer.countries_of_key(span.key)
        share = 1.0 / max(1, len(kinds_by_country))
        for iso, kinds in kinds_by_country.items():
            if "country" in kinds:
                # "in Somalia" places the story; "from Somalia", "Somali militants" only point at it
                votes[iso] += 1 if in_name else (3 if span.locative else 2)
                if not in_name:
                    named.add(iso)
            elif kinds & {"admin1", "region"} and span.key not in GENERIC_NAMES:
                votes[iso] += share * (2 if span.trigger in ADMIN1_WORDS else 1)
            elif kinds & {"admin2"} and span.trigger in ADMIN2_WORDS:
                votes[iso] += share
            elif (span.label in PLACE_LABELS or span.locative or in_name) and "city" in kinds:
                votes[iso] += 0.5 * share
    main = max(votes, key=lambda k: votes[k]) if votes else None
    if main is not None and votes[main] < 0.5:
        main = None  # one small town of some country is no evidence that the story is there
    # towns and districts are read in the article's country and in countries it names outright;
    # elsewhere only large towns count ("Temple", "Independence", "Salo" are towns somewhere)
    countries = set(named)
    if main:
        countries.add(main)

    # 2. each span's readings in those countries (plus big towns anywhere)
    readings: list[list[Candidate]] = []
    spelt: list[bool] = []  # read by similar spelling only (``Gazetteer.fuzzy``)
    for span, in_org in zip(spans, org, strict=True):
        cands: list[Candidate] = []
        if span.partial or (in_org and not span.trigger):
            cands = gazetteer.candidates_for_key(span.key, country=main) if main else []
        elif span.known:
            cands = gazetteer.candidates_for_key(span.key, countries=countries) if countries else []
            if not cands and span.label in PLACE_LABELS:
                cands = gazetteer.candidates_for_key(span.key, kinds=("country", "admin1", "region", "city"),
                                                     min_population=BIG_TOWN)
                cands = [c for c in cands if c.place.kind != "admin1" or span.label in PLACE_LABELS or span.trigger]
        if not cands and main and (span.trigger or not span.known):
            surface = analysis.text[analysis.tokens[span.first].start : analysis.tokens[span.last - 1].end]
            # a misspelt town ("Kawangwere", "Dandorra") is only looked for after a preposition
            kinds = _fuzzy_kinds(span.trigger) if span.trigger else (
                ("admin1", "admin2", "city") if span.locative else ("admin1", "admin2"))
            cands = gazetteer.fuzzy(surface, country=main, kinds=kinds,
                                    cutoff=0.8 if span.trigger else 0.85)
            spelt.append(True)
        else:
            spelt.append(False)
        readings.append(cands)

    # admin units named in the article (and in each sentence) disambiguate the names around them:
    # a town in a named county, the county of a named district ("Baghlani Jadid district, Baghlan")
    admin1_of: list[set[tuple[str, str]]] = []
    for cands in readings:
        admin1_of.append({(c.place.iso2, c.place.admin1) for c in cands
                          if c.place.kind in ("admin1", "admin2") and c.place.admin1})
    children_of: list[set[tuple[str, str]]] = []
    for cands in readings:
        children_of.append({(c.place.iso2, c.place.admin1) for c in cands
                            if c.place.kind in ("admin2", "city") and c.place.admin1})
    context = _Context(spans, admin1_of, children_of, main)
    context.own_admin1 = [{(c.place.iso2, c.place.admin1) for c in cands if c.place.kind == "admin1"}
                          for cands in readings]

    mentions: list[PlaceMention] = []
    for k, (span, cands) in enumerate(zip(spans, readings, strict=True)):
        if not cands:
            continue
        best = max(cands, key=lambda c: _score(c, k, context))
        if spelt[k] and best.place.kind == "city" and context.a1_all and \
                context.a1_all[(best.place.iso2, best.place.admin1)] == 0:
            continue  # a town read by its spelling only, in a county the article does not name
        if not (best.place.admin1 and context.has_child(k, (best.place.iso2, best.place.admin1))):
            # "Bala Buluk, Farah": a province named after a place of it stays the province
            best = _town_for_capital(best, cands, span)
        if _people(analysis, span) and best.place.kind == "city" and name_key(best.place.location) != name_key(
                best.place.admin1 or ""):
            continue  # "Kikuyu tribesmen", "Pokot raiders": a people; "Wajir herders" keeps its county
        start = analysis.tokens[span.first].start
        end = analysis.tokens[span.last - 1].end
        mentions.append(PlaceMention(start, end, analysis.text[start:end], span.sentence, best.place,
                                     span.trigger, span.locative, org[k], cues[k]))
    return tuple(mentions)


def _town_for_capital(best: Candidate, cands: Sequence[Candidate], span: _Span) -> Candidate:
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


def _fuzzy_kinds(trigger: str) -> tuple[str, ...]:
    if trigger in ADMIN2_WORDS:
        return ("admin2",)
    if trigger in ADMIN1_WORDS:
        return ("admin1",)
    return ("admin1", "admin2")


class _Context:
    """Which admin1 units the article names, counted so that each look-up is O(1)."""

    def __init__(self, spans: Sequence[_Span], admin1_of: Sequence[set[tuple[str, str]]],
                 children_of: Sequence[set[tuple[str, str]]], main: str | None):
        self.spans = spans
        self.admin1_of = admin1_of
        self.children_of = children_of
        self.main = main
        self.own_admin1: list[set[tuple[str, str | None]]] = [set() for _ in spans]
        self.a1_all: Counter[tuple[str, str]] = Counter()
        self.a1_sentence: Counter[tuple[int, tuple[str, str]]] = Counter()
        self.child_sentence: Counter[tuple[int, tuple[str, str]]] = Counter()
        for span, a1, ch in zip(spans, admin1_of, children_of, strict=True):
            if len(a1) == 1:  # only unambiguous admin names count as context
                key = next(iter(a1))
                self.a1_all[key] += 1
                self.a1_sentence[(span.sentence, key)] += 1
            for key in ch:
                self.child_sentence[(span.sentence, key)] += 1

    def admin1_named(self, k: int, key: tuple[str, str], *, same_sentence: bool) -> bool:
        own = 1 if len(self.admin1_of[k]) == 1 and key in self.admin1_of[k] else 0
        if same_sentence:
            return self.a1_sentence[(self.spans[k].sentence, key)] > own
        return self.a1_all[key] > own

    def has_child(self, k: int, key: tuple[str, str]) -> bool:
        own = 1 if key in self.children_of[k] else 0
        return self.child_sentence[(self.spans[k].sentence, key)] > own


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
    if kind == "city":
        score += min(math.log10(c.population + 1), 7) * 0.15
        if any(iso == place.iso2 and a1 != place.admin1 for iso, a1 in context.own_admin1[k]):
            score -= 1.5  # "Samburu" is the county, not the small town of that name in another county
    if place.admin1:
        key = (place.iso2, place.admin1)
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
    if m.in_name:
        score -= 3.0
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


def _container(analysis: Analysis, chosen: PlaceMention, pool: Sequence[PlaceMention]) -> PlaceMention:
    """The place that contains ``chosen`` when the text says it does ("X campus in Mombasa", "Kibera,
    Nairobi") but the gazetteer puts ``chosen`` in another admin1: the text's container wins."""
    for m in pool:
        if m.sentence != chosen.sentence or m.start <= chosen.end or m.start - chosen.end > 40:
            continue
        if m.place.iso2 != chosen.place.iso2 or not m.place.admin1 or m.place.admin1 == chosen.place.admin1:
            continue
        between = analysis.text[chosen.end : m.start].lower().split()
        if between and between[0] in TOWN_WORDS:
            between = between[1:]  # "Sankuri town (Lamu East, Lamu)"
        if m.locative == "in" or " ".join(between) in {",", "(", ", in"}:
            return m
    return chosen


def event_place(analysis: Analysis, mentions: Sequence[PlaceMention], sentence: int, *,
                country: str | None) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """Where the event whose trigger is in ``sentence`` happened, and the mentions that say so."""
    usable = list(mentions)

    def rank(m: PlaceMention) -> tuple[float, int]:
        return (_mention_score(m) + (2.0 if country and m.place.country == country else 0.0), -m.start)

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
        return _merge(chosen, usable), _evidence(chosen, usable)
    # nothing specific in the sentence: the nearest sentences, then the article's dominant place
    for offset in (1, -1, 2, -2):
        near = best_in(sentence + offset)
        if near is not None and near.place.kind != "country" and (
            chosen is None or near.place.iso2 == chosen.place.iso2
        ):
            return _merge(near, usable), _evidence(near, usable)
    specific = [m for m in usable if m.place.kind != "country" and not m.in_name]
    if specific:
        counts = Counter(m.place for m in specific)
        top = max(specific, key=lambda m: (counts[m.place] + _SPECIFICITY[m.place.kind] * 0.1, -m.start))
        if chosen is None or top.place.iso2 == chosen.place.iso2:
            return _merge(top, usable), _evidence(top, usable)
    if chosen is not None:
        return chosen.place, (chosen,)
    if country:
        for m in usable:
            if m.place.kind == "country" and m.place.country == country:
                return m.place, (m,)
        return Place(country, "", None, None, country, None, None, 3, "country"), ()
    return None, ()
