"""Villages and other small places the gazetteer lacks, named by the text as the event's place.

ACLED's location is the most specific place its source names: "in the village of X (Tongomayel, Soum)"
is coded at X, not at Tongomayel. ``places.event_place`` chooses a place the gazetteer knows (the
village's district, a nearby town, or only the country); ``unlisted_location`` then looks at the text
around that choice for a name the gazetteer does not know that the text marks as a place inside it:

- the head of an address ending in the chosen place: "X village (Bulo Burto, Hiraan)", "X (Jebel
  Awlia, Khartoum)", "Barangay X, Tagbina, Surigao del Sur", "near X, Luhansk" (an admin unit after a
  bare name makes it an address only when a preposition or a verb governs the name); not a village near
  a town ("X village near Qandala town (Qandala, Bari)") nor a barangay of a city ("Barangay X, Calamba
  City"), which coders code at the town;
- a part of the chosen town in ACLED's own "Town - Part" form: "in Port-au-Prince - Solino, Ouest";
- a typed name in the same clause: "the village of X, some 40 km north of Djibo, Soum province";
- with only the country chosen, a typed name of the trigger's sentence: "attacked the village of X", else
  a bare name a locative governs: "killed a man in X", "clashes in the area of X";
- the unknown first end of a road between two places, the second one chosen: "between X and Djibo".
- an Indonesian address's smallest unit ACLED codes: "X sub-district, Y district, Z city" and "X district,
  Y regency" at X, with the admin fields and coordinates of Z or Y (``_id_address``).

The village takes the chosen place's country, admin1, admin2 and coordinates: the admin fields never
change, only the location and its evidence span. Its geo_precision is at least 2, ACLED's code for
coordinates of a containing or nearby place, because that is what they are. (Coders who geocoded the
village itself give precision 1 more often, so this loses 140 of 2,000 rows of the global sample's
geo_precision against keeping the container's precision; a user filtering on precision must be able to
trust it.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .calendar_words import MONTH_NUMBERS, WEEKDAY_NAMES
from .gazetteer import GENERIC_NAMES, Place, name_key
from .nlp import Analysis, Token
from .places import CONNECTORS, LOCATIVES, PEOPLE_NOUNS, PlaceMention, _coded_place, _office, _without_office

__all__ = ["unlisted_location"]

# type words after a name that make it a place below the gazetteer's reach ("X village", "X township")
TYPE_WORDS = frozenset(
    "village villages hamlet town locality settlement camp area township subdistrict sub-district ward kebele "
    "commune neighbourhood neighborhood quarter district".split()
)
# type words that mark a place only in lower case: Bangladesh's "X union" (a union parishad, the rural unit below
# the upazila, which ACLED codes as the location) but not "Chhatra Union", "the European Union"
LOWER_TYPE_WORDS = frozenset({"union"})
# type words before "of" ("the village of X"); "district of X" is left to the gazetteer's district reading
TYPE_OF_WORDS = frozenset("village villages hamlet town locality settlement camp township commune".split())
# words that open the name of a barangay, the Philippines' village: the name is what follows
PREFIX_WORDS = frozenset({"barangay", "brgy", "brgy."})
# a part of a town named as the town's area is coded at the town ("Kibera area, Nairobi"), as coders do
PART_WORDS = frozenset("area neighbourhood neighborhood quarter".split())
# words that end names of organisations and armed groups, never of villages ("Al Shabaab", "Hawadle
# clan militia" are lower case or known; "Puntland Dervish Force", "Islamic State Somalia Province" are not)
ACTOR_WORDS = frozenset(
    "force forces army police militia militias group brigade battalion regiment division command committee "
    "committees council union front movement party government ministry authority state province commission "
    "university college school hospital church mosque company corporation association network "
    "park road street avenue bridge stadium station airport base hall square".split()
)
_BEARING = re.compile(r"(?:\d+)?(?:km|kms|kilomet|mile|north|south|east|west)")
_CALENDAR = frozenset(MONTH_NUMBERS) | frozenset(WEEKDAY_NAMES)
_MAX_RUN = 6  # tokens of a name
_MAX_LINKS = 4  # names of an address before the chosen place
_NO_NAME_LABELS = frozenset("ORG NORP DATE TIME MONEY PERCENT CARDINAL ORDINAL QUANTITY LAW EVENT".split())


def _cap(tok: Token) -> bool:
    # "l'Artibonite" of "Petite Riviere de l'Artibonite"
    return tok.text[:1].isupper() or (tok.text[1:2] in ("'", "’") and tok.text[2:3].isupper())


def _run_back(tokens: Sequence[Token], end: int, first: int) -> int | None:
    """Start index of the capitalised name that ends at token ``end`` (inclusive), or None."""
    if end < first or not _cap(tokens[end]):
        return None
    j = end
    while j - 1 >= first and end - j + 1 < _MAX_RUN:
        prev = tokens[j - 1]
        if _cap(prev) and prev.text.lower() not in PREFIX_WORDS and not _open(prev):
            j -= 1
        elif prev.text.lower() in CONNECTORS and prev.text != "'" and j - 2 >= first and _cap(tokens[j - 2]) \
                and prev.text.lower() not in ("of", "the", "and") and _tight(tokens[j - 2], prev, tokens[j]):
            j -= 2  # "Ceel-Cali-Axmed", "Dar es Salaam"
        else:
            break
    return j


def _open(tok: Token) -> bool:
    """A token that opens a sentence's frame rather than a name ("On", "In", a month)."""
    return tok.text.lower().rstrip(".") in _CALENDAR or tok.text in ("On", "In", "At", "Near", "The")


def _tight(a: Token, connector: Token, b: Token) -> bool:
    """A hyphen inside a name has no spaces ("Ceel-Cali"); a spaced one joins a town and its part."""
    return connector.text != "-" or (a.end == connector.start and connector.end == b.start)


def _covered(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _name_ok(tokens: Sequence[Token], first: int, last: int, typed: bool = False, bracket: bool = False) -> bool:
    """Could tokens [first, last] be a village's name (not an organisation, a date, a people, an acronym)?
    A typed name ("Barangay X", "X village") may carry the tagger's ORG label, which the type word earned;
    the head of a coder's address ("X (Commune, Province)") its ORG or NORP label: the small model gives
    unknown West African village names either ("Yense", "Touro"), and the bracket makes them places."""
    toks = tokens[first : last + 1]
    words = [t.text.lower() for t in toks]
    if any(w.rstrip(".") in _CALENDAR for w in words) or words[-1] in ACTOR_WORDS:
        return False
    ignored = {"ORG", "NORP"} if bracket else {"ORG"} if typed else set()
    if any(t.ent_type in _NO_NAME_LABELS - ignored for t in toks):
        return False
    if len(toks) == 1 and (toks[0].text.isupper() and len(toks[0].text) <= 5 or name_key(toks[0].text)
                           in GENERIC_NAMES or toks[0].pos not in ("PROPN", "NOUN", "ADJ", "X")):
        return False
    if not any(t.pos == "PROPN" for t in toks) and toks[0].ent_type not in ("GPE", "LOC", "FAC", "PERSON"):
        return False
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return not (after is not None and after.text.lower() in PEOPLE_NOUNS)


class _Name:
    """A name found before the chosen place: token range, whether it is typed, its link to what follows."""

    __slots__ = ("first", "last", "typed", "type_word", "link", "known")

    def __init__(self, first: int, last: int, typed: bool, type_word: str | None, link: str, known: bool):
        self.first, self.last, self.typed, self.type_word, self.link, self.known = (
            first, last, typed, type_word, link, known)


def _typed_before(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """"the village of X", "Barangay X"."""
    if first - 1 >= lo and tokens[first - 1].text.lower() in PREFIX_WORDS:
        return True
    return first - 2 >= lo and tokens[first - 1].text.lower() == "of" \
        and tokens[first - 2].text.lower() in TYPE_OF_WORDS


def _governed(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Does a preposition or a verb govern the name ("near X, Luhansk", "shelled X, Donetsk")?"""
    j = first - 1
    while j >= lo and (tokens[j].text.lower() in ("the", "of") or tokens[j].text.lower() in TYPE_OF_WORDS
                       or tokens[j].text.lower() in PREFIX_WORDS):
        j -= 1
    if j < lo:
        return False
    word = tokens[j].text.lower()
    return word in LOCATIVES or word in ("of", "from", "between", "to") or tokens[j].pos == "VERB"


def _address_head(analysis: Analysis, chosen: PlaceMention, spans: Sequence[tuple[int, int]],
                  mentions: Sequence[PlaceMention]) -> tuple[int, int] | None:
    """The first name of an address that ends in the chosen place, if it is a village the text marks."""
    tokens = analysis.tokens
    at = analysis.token_at(chosen.start)
    if at is None:
        return None
    sent = analysis.sentences[at.sent]
    lo = sent.first
    k = at.i
    chain: list[_Name] = []
    for _ in range(_MAX_LINKS):
        j = k - 1
        link: list[str] = []
        while j >= lo and len(link) < 5 and tokens[j].text.lower() in (",", "(", "in", "near", "outside", "of"):
            link.append(tokens[j].text.lower())
            j -= 1
        type_word = None
        while j >= lo and (tokens[j].text.lower() in TYPE_WORDS or tokens[j].text in LOWER_TYPE_WORDS):
            # "X village", "X Village", "X union"
            type_word = type_word or tokens[j].text.lower()
            j -= 1
        if not link and type_word is None:
            break
        joined = " ".join(reversed(link))
        if joined not in (",", "(", "in", ", in", "near", "outside", "of") or (joined == "of" and type_word is None):
            break  # "of" links "X village of Pale township" only
        if joined in ("near", "outside") and chain:
            break  # "Sabow village near Balade village (Bossaso, Bari)": the bracket's village is coded
        first = _run_back(tokens, j, lo)
        if first is None:
            break
        # a known name may stand in an address ("Barangay X, Hagonoy town in Bulacan"): see ``_accept``
        known = _covered(tokens[first].start, tokens[j].end, spans)
        if known and joined == "," and not chain:
            town = _town_in(mentions, tokens[first].start, tokens[j].end, chosen)
            known = not town
        typed = type_word is not None or _typed_before(tokens, first, lo)
        chain.append(_Name(first, j, typed, type_word, joined, known))
        if analysis.text[tokens[first].start : tokens[j].end].endswith(" City"):
            break  # a city's barangays are coded at the city: no village before it
        k = first - 1 if first - 1 >= lo and tokens[first - 1].text.lower() in PREFIX_WORDS else first
    while chain:
        head = chain[-1]
        if _accept(analysis, head, chosen, chain, lo):
            if head.known and not head.typed and head.link != "(":
                return None  # a known town before the chosen place ("Djibo, Soum"): the pipeline's choice stands
            return tokens[head.first].start, tokens[head.last].end
        chain.pop()
    return None


def _accept(analysis: Analysis, head: _Name, chosen: PlaceMention, chain: Sequence[_Name], lo: int) -> bool:
    """Is the first name of the address a village the text marks as one, where coders code it?"""
    tokens = analysis.tokens
    if tokens[head.last].text.lower() in ACTOR_WORDS or (
            not _name_ok(tokens, head.first, head.last, head.typed, _address_bracket(analysis, head, chosen))
            and not (head.known and head.link == "(")):
        return False  # "Kaimosi Friends University College (Kaimosi)": an institution, not a village
    if head.type_word in PART_WORDS and head.link != "(":
        return False  # "X area, Nairobi", "X area, Wajir County": the town is coded; a coder's bracket is not
    if head.link not in (",", "(", "of"):
        # "X village near Qandala town (Qandala, Bari)", "X area in Abomey-Calavi": coders code the town
        return False
    outer = chain[-2] if len(chain) > 1 else None
    if head.type_word in ("village", "villages") and _upazila_after(analysis, outer, chosen):
        return False  # "X village, Y upazila (District, Division)": ACLED codes Bangladesh's villages at the upazila
    if _city(analysis, outer.first if outer else _tokens_of(analysis, chosen)[0],
             outer.last if outer else _tokens_of(analysis, chosen)[1]):
        return False  # "Barangay X, Calamba City": a barangay of a city is coded at the city
    if head.link == "(":
        return True  # a coder's address: "X (Admin2, Admin1)"
    if head.typed:
        return True
    # "near X, Luhansk": a bare name, made a place by the admin unit after it and the word before it (a
    # town named like its province stands for the province: "shelled X, Donetsk")
    unit = chosen.place.kind in ("admin1", "admin2") or (
        chosen.place.kind == "city" and name_key(chosen.text) == name_key(chosen.place.admin1 or ""))
    return unit and len(chain) == 1 and _governed(tokens, head.first, lo) \
        and head.link in (",", ", in")


def _upazila_after(analysis: Analysis, outer: _Name | None, chosen: PlaceMention) -> bool:
    """Is the name after the village (the next link of the address, else the chosen place) typed "upazila"?"""
    tokens = analysis.tokens
    last = outer.last if outer is not None else _tokens_of(analysis, chosen)[1]
    return last + 1 < len(tokens) and tokens[last + 1].text.lower() == "upazila"


def _address_bracket(analysis: Analysis, head: _Name, chosen: PlaceMention) -> bool:
    """Is the head followed by a coder's two-part address, "X (Commune, Province)"? A one-part bracket
    ("the Labour Exchange (Ouagadougou)") follows institutions as often as villages."""
    if head.link != "(":
        return False
    after = analysis.text[analysis.tokens[head.last].end : chosen.end + 80]
    inside = after.partition("(")[2].partition(")")[0]
    return "," in inside


def _town_in(mentions: Sequence[PlaceMention], start: int, end: int, chosen: PlaceMention) -> bool:
    """Is the name at [start, end) a town the gazetteer puts in the chosen unit, passed over by the
    choice ("evacuated from X, Luhansk", the tagger reading X as a person): read like a village, by
    its own name, and the unit keeps the admin fields."""
    if chosen.place.kind not in ("admin1", "admin2") and not (
            chosen.place.kind == "city" and name_key(chosen.text) == name_key(chosen.place.admin1 or "")):
        return False
    return any(m.start == start and m.end == end and m.place.kind == "city" and m.place.iso2 == chosen.place.iso2
               and m.place.admin1 == chosen.place.admin1 for m in mentions)


def _tokens_of(analysis: Analysis, mention: PlaceMention) -> tuple[int, int]:
    """First and last token indices of a mention."""
    first = analysis.token_at(mention.start)
    last = analysis.token_at(mention.end - 1)
    i = first.i if first else 0
    return i, last.i if last else i


def _city(analysis: Analysis, first: int, last: int) -> bool:
    """Is the name at tokens [first, last] a city by its own words ("Calamba City", "Quezon city")?"""
    tokens = analysis.tokens
    return tokens[last].text.lower() == "city" or (last + 1 < len(tokens) and tokens[last + 1].text.lower() == "city")


def _part_of_town(analysis: Analysis, chosen: PlaceMention) -> tuple[int, int] | None:
    """ACLED's "Town - Part" written out by the text ("in Port-au-Prince - Solino, Ouest")."""
    text = analysis.text
    if chosen.place.kind not in ("city", "admin2") or text[chosen.end : chosen.end + 3] != " - ":
        return None
    after = analysis.token_at(chosen.end + 3)
    if after is None or not _cap(after):
        return None
    tokens = analysis.tokens
    last = after.i
    while last + 1 < len(tokens) and tokens[last + 1].sent == after.sent and last - after.i < _MAX_RUN \
            and (_cap(tokens[last + 1]) or tokens[last + 1].text.isdigit()
                 or (tokens[last + 1].text.lower() in CONNECTORS and tokens[last + 1].text not in ("-", "and"))):
        last += 1
    while last > after.i and not (_cap(tokens[last]) or tokens[last].text.isdigit()):
        last -= 1
    nxt = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if nxt not in (",", "(", ".", ")"):
        return None
    return chosen.start, tokens[last].end


def _typed_in_clause(analysis: Analysis, sentence: int, spans: Sequence[tuple[int, int]],
                     before: int | None) -> tuple[int, int] | None:
    """A typed village of the sentence ("the village of X", "X village"); with ``before`` (a character
    offset) only one that comes before it in the same clause, nothing but a distance or a direction
    between ("the village of X, some 40 km north of Djibo, Soum province")."""
    if sentence < 0 or sentence >= len(analysis.sentences):
        return None
    tokens = analysis.tokens
    sent = analysis.sentences[sentence]
    lo, hi = sent.first, sent.last
    for i in range(lo, hi):
        tok = tokens[i]
        if not _cap(tok) or (i > lo and _cap(tokens[i - 1]) and tokens[i - 1].text.lower() not in PREFIX_WORDS):
            continue
        if tok.text.lower() in PREFIX_WORDS or _open(tok):
            continue
        last = i
        while last + 1 < hi and last - i < _MAX_RUN and _cap(tokens[last + 1]) \
                and tokens[last + 1].text.lower() not in TYPE_WORDS:
            last += 1
        if before is not None and tokens[last].end > before:
            return None
        after = tokens[last + 1].text.lower() if last + 1 < hi else ""
        typed = (after in TYPE_WORDS - {"district", "area", "town"} and after not in PART_WORDS) \
            or _typed_before(tokens, i, lo)
        if not typed or _covered(tok.start, tokens[last].end, spans) or not _name_ok(tokens, i, last, True):
            continue
        if before is not None:
            # only a distance or a direction may stand between ("X, 40 km north of Djibo"): "X village near
            # Ouahigouya" and "Barangay X, Calamba City" are coded at the town
            gap = [t for t in tokens[last + 1 : hi] if t.start < before]
            if any(t.pos in ("VERB", "AUX") or t.text in (";", ":", ".", "and") for t in gap) \
                    or not any(_BEARING.match(t.text.lower()) for t in gap):
                continue
        return tok.start, tokens[last].end
    return None


# prepositions that put an event in a bare unknown name ("killed two civilians in X"); "on" and "into" mostly
# govern dates and movements
_BARE_LOCATIVES = frozenset("in at near around outside".split())
# "in the area of X", "near the town of X": nouns between the preposition and the name
_AREA_WORDS = frozenset("area vicinity outskirts surroundings locality".split())


def _governed_in_sentence(analysis: Analysis, sentence: int, spans: Sequence[tuple[int, int]]
                          ) -> tuple[int, int] | None:
    """The first bare name of the sentence that a locative governs ("in X", "near X", "in the area of X")
    and the gazetteer does not know: with only the country chosen, the village a note names without a type
    word ("militants killed a man in X") is the most specific place the text gives, as ACLED codes it."""
    if sentence < 0 or sentence >= len(analysis.sentences):
        return None
    tokens = analysis.tokens
    sent = analysis.sentences[sentence]
    lo, hi = sent.first, sent.last
    for i in range(lo, hi - 1):
        if tokens[i].text.lower() not in _BARE_LOCATIVES:
            continue
        j = i + 1
        if tokens[j].text.lower() == "the" and j + 2 < hi and tokens[j + 1].text.lower() in _AREA_WORDS \
                and tokens[j + 2].text.lower() == "of":
            j += 3
        if j >= hi or not _cap(tokens[j]) or _open(tokens[j]):
            continue
        last = j
        while last + 1 < hi and last - j < _MAX_RUN and (
                _cap(tokens[last + 1]) and tokens[last + 1].text.lower() not in TYPE_WORDS
                or (tokens[last + 1].text == "-" and last + 2 < hi and _cap(tokens[last + 2])
                    and _tight(tokens[last], tokens[last + 1], tokens[last + 2]))):
            last += 2 if tokens[last + 1].text == "-" else 1
        after = tokens[last + 1] if last + 1 < hi else None
        if after is not None and (after.text.lower() in ACTOR_WORDS or after.text in ("'s", "’s")):
            continue  # "in Djibo prison", "in Kaya's market": not a bare village
        if _covered(tokens[j].start, tokens[last].end, spans) or not _name_ok(tokens, j, last, True):
            continue
        return tokens[j].start, tokens[last].end
    return None


# countries whose coders code "between X and Y (Commune, Province)" at X, the first end (Burkina Faso's notes: 67
# of 79 such rows at X; Mali's 7 of 8, Niger's 2 of 2); Sudan's and Somalia's code it at Y, which their bracket
# addresses (Sudan: 92 of 96 at Y)
_FIRST_END_COUNTRIES = frozenset({"BF", "ML", "NE"})


def _between_first(analysis: Analysis, chosen: PlaceMention, spans: Sequence[tuple[int, int]]
                   ) -> tuple[int, int] | None:
    """The unknown first name of "between X and <chosen>" ("an IED struck a bus between X and Djibo (Djibo,
    Soum)"): where ACLED's coders code a road between two places at its first end, the place the choice
    passed over because the gazetteer lacks it; it takes the second one's admin fields, its nearest known
    neighbour."""
    if chosen.place.iso2 not in _FIRST_END_COUNTRIES:
        return None
    tokens = analysis.tokens
    first, _ = _tokens_of(analysis, chosen)
    lo = analysis.sentences[tokens[first].sent].first
    j = first - 2
    if j < lo or tokens[first - 1].text.lower() != "and":
        return None
    if tokens[j].text == ")":  # "between X (Commune, Province) and Y": X's own address
        k = j - 1
        while k > lo and tokens[k].text != "(" and j - k < 12:
            k -= 1
        if tokens[k].text != "(":
            return None
        j = k - 1
    start = _run_back(tokens, j, lo)
    if start is None or start - 1 < lo:
        return None
    before = start - 1
    if tokens[before].text.lower() == "of" and before - 2 >= lo and tokens[before - 1].text.lower() in TYPE_OF_WORDS:
        before -= 2 + (tokens[before - 2].text.lower() == "the")  # "between the villages of X and Y"
    if tokens[before].text.lower() != "between" or _covered(tokens[start].start, tokens[j].end, spans) \
            or not _name_ok(tokens, start, j, True):
        return None
    return tokens[start].start, tokens[j].end


def _chosen_mention(place: Place, evidence: Sequence[PlaceMention]) -> PlaceMention | None:
    """The evidence mention that names the chosen place: where the text names it twice ("the Luhansk
    People's Militia near X, Luhansk"), the first one that is not in a name."""
    same = [m for m in evidence if m.place.location == place.location and m.place.kind == place.kind]
    return max(same, key=lambda m: (not m.in_name, -m.start)) if same else None


def _later_mentions(place: Place, evidence: Sequence[PlaceMention], mentions: Sequence[PlaceMention],
                    chosen: PlaceMention) -> list[PlaceMention]:
    """Mentions of the chosen place after the chosen mention, in the same sentence, that open a coder's
    bracket's content ("(Solhan, Yagha)")."""
    return [m for m in mentions if m.start > chosen.start and m.sentence == chosen.sentence
            and m.place == place and not m.in_name]


# Indonesian addresses run from the smallest unit up: "X sub-district, Y district, Z city/regency, W province"
# (kelurahan/desa, kecamatan, kota/kabupaten, provinsi). ACLED codes the smallest unit the note names: the
# sub-district (kelurahan) before a district and a city or regency; the district (kecamatan) when it opens
# the address before a regency. A village (desa) before a district is coded at either, so it is left alone,
# and so is a district before a city ("Tigaraksa district, Tangerang city"), coded at the city about as often.
_ID_NAME = r"(?-i:[A-Z0-9][\w'’.-]*)(?:\s+(?-i:[A-Z0-9][\w'’.-]*)){0,3}"
_ID_SEP = r"\s*(?:,\s*(?:in\s+)?|\(\s*)"
_ID_ADDRESS = re.compile(
    rf"(?P<head>{_ID_NAME})\s+(?:(?P<sub>sub-?district|kelurahan)(?:{_ID_SEP}(?:the\s+)?{_ID_NAME}\s+district)"
    rf"|district(?=(?:{_ID_SEP}(?:the\s+)?{_ID_NAME}\s+regency)))"
    rf"(?:{_ID_SEP}(?:the\s+)?(?P<unit>{_ID_NAME})\s+(?:city|regency|town))?",
    re.IGNORECASE,
)
_ID_OPENERS = frozenset("in at on near the of".split())
_ID_PROVINCE_REACH = 12  # characters between a unit's name and its province's: " city (", " regency, "
# "X village, Y district" is coded at either; "X village in Y district" at the district
_ID_TYPED_BEFORE = re.compile(r"(?:village|hamlet|sub-?district|kelurahan|area)\s*[,(]\s*\Z", re.IGNORECASE)
_ID_NEAR = re.compile(r"\b(?:near|outside|around)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "protesters from X district, Y regency ... protested in Z city": where they came from, not where they acted
_ID_FROM = re.compile(r"\bfrom\s+(?:the\s+)?\Z", re.IGNORECASE)


def _id_address(analysis: Analysis, sentences: Sequence[int], mentions: Sequence[PlaceMention]
                ) -> tuple[Place, PlaceMention] | None:
    """The smallest unit of an Indonesian address in one of ``sentences`` and the city or regency that
    contains it (its country, admin1, admin2 and coordinates), when the gazetteer knows that city or regency."""
    text = analysis.text
    for index in dict.fromkeys(sentences):
        if index is None or not 0 <= index < len(analysis.sentences):
            continue
        sent = analysis.sentences[index]
        for match in _ID_ADDRESS.finditer(text, sent.start, sent.end):
            if match.group("unit") is None and match.group("sub") is not None:
                continue  # a bare "X sub-district, Y district": no city to take the admin fields from
            start, end = match.span("head")
            words = text[start:end].split()
            while words and words[0].lower() in _ID_OPENERS:  # "In Gelora sub-district" opens the sentence
                start += len(words.pop(0)) + 1
                start += len(text[start:end]) - len(text[start:end].lstrip())
            if not words:
                continue
            first, last = analysis.token_at(start), analysis.token_at(end - 1)
            # the type word makes the name a place, whatever label the tagger gave it ("Sewon" as NORP)
            if first is None or last is None or not _name_ok(analysis.tokens, first.i, last.i, True, True):
                continue
            if match.group("sub") is None and _ID_TYPED_BEFORE.search(text, sent.start, start):
                continue  # "X village, Y district, Z regency": the village's address, coded at either
            if _ID_FROM.search(text, sent.start, start):
                continue
            unit_start, unit_end = match.span("unit") if match.group("unit") else match.span()
            units = [m for m in mentions if m.place.iso2 == "ID" and m.place.kind in ("city", "admin2")
                     and unit_start <= m.start < unit_end and m.end <= match.end() and m.place.admin2]
            # the province that ends the address picks among namesakes ("Bau" of "Bau-Bau city" is also a town
            # of West Nusa Tenggara); none of its own when it is the older province the unit was split from
            provinces = {m.place.admin1 for m in mentions if m.place.kind == "admin1" and m.place.iso2 == "ID"
                         and unit_end <= m.start <= unit_end + _ID_PROVINCE_REACH}
            units = [m for m in units if m.place.admin1 in provinces] or units
            if not units:
                continue
            unit = max(units, key=lambda m: (m.end - m.start, m.place.kind == "admin2"))
            # the head itself may be a town the gazetteer knows in that unit ("Sewon district, Bantul regency")
            own = [m for m in mentions if m.start == start and m.end == end and m.place.kind == "city"
                   and m.place.admin2 == unit.place.admin2]
            # ACLED gives the unit precision 1 (95% of 430 such rows). These are the coordinates of the town
            # or regency it lies in: a city's kelurahan or kecamatan is a few km from its centre, so precision
            # 1; a regency's district may lie tens of km from the regency's point, so precision 2, as for any
            # village placed by its container (the coordinates are not its own)
            precision = 2 if (unit.trigger or "").lower() in ("regency", "kabupaten") else 1
            base = own[0].place if own else replace(unit.place, geo_precision=precision)
            if _ID_NEAR.search(text, sent.start, start):
                base = replace(base, geo_precision=2)
            name = text[start:end]
            narrowed = replace(base, location=name, kind="city")
            return narrowed, PlaceMention(start, end, name, index, narrowed)
    return None


def unlisted_location(analysis: Analysis, place: Place | None, evidence: tuple[PlaceMention, ...],
                      mentions: Sequence[PlaceMention], sentence: int
                      ) -> tuple[Place | None, tuple[PlaceMention, ...]]:
    """``event_place``'s answer with its location narrowed to a village the gazetteer lacks, when the text
    names one as a place inside (or near) the chosen place; else the answer unchanged."""
    if place is None or _coded_place(analysis.text, mentions) is not None:
        return place, evidence  # "(X coded as the location)": a coder's word outranks any village named
    chosen = _chosen_mention(place, evidence)
    address = _id_address(analysis, (sentence, chosen.sentence if chosen else None), mentions)
    if address is not None:
        found_place, own = address
        kept = tuple(m for m in evidence if m.place.iso2 == "ID" and m.place.admin1 == found_place.admin1)
        return found_place, tuple(sorted((own, *kept), key=lambda m: m.start))
    spans = [(m.start, m.end) for m in mentions]
    found: tuple[int, int] | None = None
    if chosen is not None and place.kind != "country" and chosen.text.lower() in TYPE_WORDS:
        # "in X Village (A2, A1)": the address reader took the capitalised type word for the village
        first, _ = _tokens_of(analysis, chosen)
        head = _run_back(analysis.tokens, first - 1, analysis.sentences[analysis.tokens[first].sent].first)
        if head is not None:
            found = analysis.tokens[head].start, analysis.tokens[first - 1].end
    elif chosen is not None and place.kind != "country":
        found = _part_of_town(analysis, chosen) or _address_head(analysis, chosen, spans, mentions) \
            or _between_first(analysis, chosen, spans)
        for later in _later_mentions(place, evidence, mentions, chosen) if found is None else ():
            # "the mayor of Solhan ... at his residence in X (Solhan, Yagha)": the place named again at the
            # end of a coder's address, after the mention the choice rests on
            found = _address_head(analysis, later, spans, mentions)
            if found is not None and found[0] != chosen.start:
                break
            found = None  # "Sennar (Sennar, Sennar)": the address's head is the chosen town itself
        if found is None and place.kind in ("admin1", "admin2", "city"):
            found = _typed_in_clause(analysis, chosen.sentence, spans, chosen.start)
    elif place.kind == "country":
        found = _typed_in_clause(analysis, sentence, spans, None) or _governed_in_sentence(analysis, sentence, spans)
    if found is None:
        return place, evidence
    start, end = found
    name = analysis.text[start:end]
    if _office(name_key(name)):
        # "the Kekirawa Pradeshiya Sabha (Anuradhapura, ...)": a local-government office is coded at its town
        name = _without_office(name)
        if not name:
            return place, evidence
        end = start + len(name)
    # a village in its country alone: precision 2 as for any village placed by a container, not the country's 3
    precision = 2 if place.kind == "country" else max(place.geo_precision, 2)
    narrowed = replace(place, location=name, geo_precision=precision)
    s_index = analysis.sentence_of(start)
    own = PlaceMention(start, end, name, s_index if s_index is not None else sentence, narrowed)
    return narrowed, tuple(sorted((own, *evidence), key=lambda m: m.start))
