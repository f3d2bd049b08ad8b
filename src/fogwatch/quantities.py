"""Casualty counts in an article ("40 Taliban killed", "a man and his son were shot dead").

``find_casualties`` works from outcome words outward: a verb, adjective or noun that says people were
killed, wounded, abducted, arrested or went missing ("killed", "dead", "the bodies of"), then the
people it happened to (the passive subject, the object, the subject of "died", the noun after "the
death of"), then how many they were: a number ("40", "1,200", "forty-two"), a vague word coded as
ACLED codes it, or one person implied by "a man", "his son", "him" or a name. Each victim group of
a coordination is its own figure ("two soldiers and three civilians" -> 2 + 3); subsets ("including
three children", "one of the victims") are not counted again.

ACLED's codebook: "tens" = 10, "dozens" = 12, "hundreds" = 100 (and so on); a report of an unknown
number ("several", "many", "an unspecified number") is coded 3, which is also what ACLED's own
Kenya and global files show for such wording.

``estimate_fatalities`` turns the killed figures of one event into ACLED's conservative
``fatalities`` and UCDP-style low / best / high, keeping partisan figures (claimed by a party to the
fight) out of everything but ``high``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .nlp import Analysis, Token

KILLED, WOUNDED, ABDUCTED, ARRESTED, MISSING = "killed", "wounded", "abducted", "arrested", "missing"
# When one victim group is claimed by two outcome words ("shot and killed"), the graver wins.
_GRAVITY = {KILLED: 5, ABDUCTED: 4, MISSING: 3, WOUNDED: 2, ARRESTED: 1}


@dataclass(frozen=True, slots=True)
class Casualty:
    start: int  # span of the number expression ("at least 5", "a man", "him")
    end: int
    text: str
    sentence: int
    value: int  # ACLED's reading: "dozens" -> 12, "several" -> 3
    low: int
    high: int
    approximate: str | None  # the vague or hedging word, if any ("dozens", "at least")
    outcome: str  # killed | wounded | abducted | arrested | missing
    victim: str | None  # victim noun phrase ("Taliban", "police officers", "of their members")
    victim_span: tuple[int, int] | None
    # True when the figure adds to one given before ("another two", "two more", "also killed")
    additional: bool = False


@dataclass(frozen=True, slots=True)
class FatalityEstimate:
    fatalities: int  # ACLED: the lowest credible non-partisan figure; 0 when there is none
    low: int | None
    best: int | None
    high: int | None
    evidence: tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------- vocabulary

_KILL_VERBS = frozenset(
    "kill murder slay execute behead decapitate massacre slaughter assassinate lynch butcher martyr "
    "eliminate neutralise neutralize strangle electrocute immolate".split()
)
_DIE_VERBS = frozenset("die perish drown succumb starve".split())
_WOUND_VERBS = frozenset("wound injure hurt maim shoot stab hospitalise hospitalize".split())
_ABDUCT_VERBS = frozenset("abduct kidnap".split())
_ARREST_VERBS = frozenset("arrest detain apprehend nab".split())
_VERB_OUTCOME = (
    {v: KILLED for v in _KILL_VERBS}
    | {v: WOUNDED for v in _WOUND_VERBS}
    | {v: ABDUCTED for v in _ABDUCT_VERBS}
    | {v: ARRESTED for v in _ARREST_VERBS}
)
_STATE_WORDS = {"dead": KILLED, "deceased": KILLED, "lifeless": KILLED, "injured": WOUNDED, "wounded": WOUNDED,
                "missing": MISSING, "unaccounted": MISSING, "hostage": ABDUCTED, "captive": ABDUCTED}
_DEATH_NOUNS = frozenset("death fatality body corpse killing murder execution dead remains".split())
_WOUND_NOUNS = frozenset("injury".split())
# Verbs whose complement is only intended or feared, not done ("threatened to kill").
_UNREALISED = frozenset("threaten vow plan try attempt want intend seek plot warn promise".split())

_NON_HUMAN = frozenset(
    """cattle cow cows goat sheep camel donkey livestock animal dog chicken horse elephant lion
    head vehicle car bus truck lorry motorcycle house home hut shop building school church mosque
    property crop acre hectare km kilometre kilometer metre meter mile hour minute day week month
    year time round bullet shell rocket mortar bomb device ied weapon gun rifle ammunition tank
    percent per cent dollar shilling rupee afghani naira euro pound village district province county
    area town city case incident attack operation raid clash checkpoint post base""".split()
)
# Victim words that say nothing about who the victims were: a figure with them restates, or is
# restated by, a more specific one in another sentence.
_GENERIC_VICTIMS = frozenset(
    "people person persons individual individuals victim victims other others dead body bodies "
    "one ones man men woman women".split()
)
# Partitive heads that point back at victims already counted ("one of the victims").
_SUBSET_OF = frozenset("victim victims dead deceased injured wounded casualties them those bodies".split())

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# ACLED's codes for vague counts: (value, low, high)
_VAGUE = {
    "tens": (10, 10, 99), "dozens": (12, 12, 99), "dozen": (12, 12, 12), "scores": (20, 20, 99),
    "hundreds": (100, 100, 999), "thousands": (1000, 1000, 9999),
    "several": (3, 3, 9), "few": (3, 2, 5), "many": (3, 3, 99), "numerous": (3, 3, 99),
    "multiple": (3, 2, 9), "some": (3, 1, 9), "number": (3, 2, 9), "handful": (3, 2, 5),
    "unknown": (3, 1, 99), "unspecified": (3, 1, 99), "undisclosed": (3, 1, 99), "undetermined": (3, 1, 99),
    "countless": (3, 3, 999),
}  # fmt: skip
_HEDGES = (
    "at least", "at most", "more than", "less than", "fewer than", "as many as", "up to", "close to",
    "upwards of", "in excess of", "an estimated", "over", "nearly", "almost", "about", "around",
    "approximately", "roughly", "some", "some", "estimated", "only",
)
_ADDITIVE = frozenset("another more other others additional further".split())
_NUMERIC = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
# spaCy's small model labels "12 assailants" QUANTITY and "three days" DATE alike, so entity labels
# only veto a number when the entity's own words say it is a time, an age, money or a share.
_NOT_A_HEADCOUNT = re.compile(
    r"\b(?:years?|yrs?|old|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|am|pm|a\.m|p\.m|"
    r"o'clock|ago|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|"
    r"percent|per\s*cent|dollars?|shillings?|sh|ksh|rupees?|afghanis?|euros?|pounds?|naira|usd|"
    r"km|kilomet\w+|miles?|metres?|meters?|kg|kilos?|tonnes?|tons?|litres?|acres?|hectares?)\b|[%$£€]",
    re.IGNORECASE,
)
_VETO_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_SINGULAR_PRONOUNS = frozenset("he him she her".split())


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class _Count:
    first: int  # token index range of the expression
    last: int
    value: int
    low: int
    high: int
    approximate: str | None


def _word_value(word: str) -> int | None:
    w = word.lower()
    if _NUMERIC.match(w):
        return int(w.replace(",", ""))
    if w in _UNITS:
        return _UNITS[w]
    if w in _TENS:
        return _TENS[w]
    if "-" in w:
        parts = w.split("-")
        if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
            return _TENS[parts[0]] + _UNITS[parts[1]]
    return None


def _is_number_token(t: Token) -> bool:
    return _word_value(t.text) is not None or t.lower in _SCALES


def _parse_number(tokens: Sequence[Token], i: int, end: int) -> tuple[int, int] | None:
    """(value, index after) of the number written from ``tokens[i]`` ("forty - two", "one hundred")."""
    total = 0
    current = None
    j = i
    while j < end:
        t = tokens[j]
        w = t.lower
        v = _word_value(w)
        if v is not None:
            if current is not None and current % 10 == 0 and current >= 20 and v < 10 and not _NUMERIC.match(w):
                current += v  # "twenty five"
            elif current is None:
                current = v
            else:
                break
            j += 1
            # "forty - two" split by the tokenizer
            if j + 1 < end and tokens[j].text == "-" and current in _TENS.values():
                nxt = _word_value(tokens[j + 1].lower)
                if nxt is not None and 0 < nxt < 10:
                    current += nxt
                    j += 2
            continue
        if w in _SCALES and current is not None:
            total += current * _SCALES[w]
            current = None
            j += 1
            continue
        if w == "and" and current is None and total and j + 1 < end and _word_value(tokens[j + 1].lower) is not None:
            j += 1  # "one hundred and five"
            continue
        break
    if j == i:
        return None
    return total + (current or 0), j


def _count_at(analysis: Analysis, tok: Token) -> _Count | None:
    """The count expression that contains ``tok`` (a number word or digit, or a vague word)."""
    sent = analysis.sentences[tok.sent]
    tokens = analysis.tokens
    if _vetoed(analysis, tok):
        return None
    # walk back to the first number token of a multi-token number
    i = tok.i
    while i - 1 >= sent.first and (_is_number_token(tokens[i - 1]) or tokens[i - 1].text == "-" and
                                   i - 2 >= sent.first and _is_number_token(tokens[i - 2])):
        if _vetoed(analysis, tokens[i - 1]):
            break
        i -= 1
    parsed = _parse_number(tokens, i, sent.last)
    if parsed is not None:
        value, j = parsed
        low, high, approx = value, value, None
        # ranges: "30 to 50", "two or three", "30-50"
        if j + 1 < sent.last and tokens[j].lower in ("to", "or", "-", "–") and _is_number_token(tokens[j + 1]):
            other = _parse_number(tokens, j + 1, sent.last)
            if other is not None and other[0] > value:
                high = other[0]
                j = other[1]
                approx = f"{value}-{high}"
        first = i
        hedge = _hedge_before(tokens, i, sent.first)
        if hedge is not None:
            first = i - len(hedge.split())
            if hedge.startswith("between") and high == value:
                hedge = None
            approx = approx or hedge
        return _Count(first, j, value, low, high, approx)
    w = tok.lower
    if w in _VAGUE or w.rstrip("s") in ("dozen", "score"):
        key = w if w in _VAGUE else w.rstrip("s") + "s"
        value, low, high = _VAGUE[key]
        first = tok.i
        if first - 1 >= sent.first and tokens[first - 1].lower in ("a", "an", "the", "unknown", "unspecified"):
            first -= 1
            if tokens[first].lower in ("unknown", "unspecified"):
                key = tokens[first].lower
                value, low, high = _VAGUE[key]
                if first - 1 >= sent.first and tokens[first - 1].lower in ("an", "a"):
                    first -= 1
        last = tok.i + 1
        if key == "number" and (first == tok.i or tokens[tok.i - 1].lower not in ("a", "an", "unknown", "unspecified")):
            return None
        if last < sent.last and tokens[last].lower == "of":
            last += 1
        if w == "dozen" and first == tok.i:
            return None  # "dozen" alone is a number word of a larger phrase we do not handle
        return _Count(first, last, value, low, high, key if key != "dozen" else "a dozen")
    return None


def _vetoed(analysis: Analysis, tok: Token) -> bool:
    """Is this number an age, a time, a date, money, a share or a measure rather than a headcount?"""
    text = analysis.text
    after = text[tok.end : tok.end + 14].lower()
    before = text[max(0, tok.start - 6) : tok.start].lower()
    if re.match(r"\s*-?\s*(?:years?|yrs?)[\s-]*old|\s*-?\s*(?:%|percent|per cent|am\b|pm\b|a\.m|p\.m|:\d)", after):
        return True
    if re.search(r"(?:[$£€]|\bksh\.?|\bsh\.?|\brs\.?|\busd|\baged)\s*$", before):
        return True
    if tok.ent_type in _VETO_LABELS:
        for ent in analysis.entities:
            if ent.start <= tok.start and tok.end <= ent.end:
                return bool(_NOT_A_HEADCOUNT.search(ent.text))
    return False


def _hedge_before(tokens: Sequence[Token], i: int, floor: int) -> str | None:
    for hedge in _HEDGES:
        words = hedge.split()
        k = len(words)
        if i - k < floor:
            continue
        if [tokens[i - k + n].lower for n in range(k)] == words:
            return hedge
    if i - 1 >= floor and tokens[i - 1].lower == "between":
        return "between"
    return None


# --------------------------------------------------------------------------- outcome words


class _Sentence:
    """Children lists of one sentence, built once."""

    __slots__ = ("analysis", "tokens", "children", "first", "last")

    def __init__(self, analysis: Analysis, index: int):
        s = analysis.sentences[index]
        self.analysis = analysis
        self.tokens = analysis.tokens
        self.first, self.last = s.first, s.last
        self.children: dict[int, list[Token]] = {}
        for t in analysis.tokens[s.first : s.last]:
            if t.head != t.i:
                self.children.setdefault(t.head, []).append(t)

    def kids(self, t: Token, *deps: str) -> list[Token]:
        out = self.children.get(t.i, [])
        return [c for c in out if c.dep in deps] if deps else out

    def head(self, t: Token) -> Token:
        return self.tokens[t.head]


def _is_passive(s: _Sentence, v: Token) -> bool:
    if s.kids(v, "nsubjpass", "auxpass"):
        return True
    # "were shot and killed": the second verb shares the first one's passive subject
    if v.dep == "conj" and v.tag == "VBN":
        return _is_passive(s, s.head(v))
    return False


def _verb_outcome(s: _Sentence, v: Token) -> str | None:
    if v.pos not in ("VERB", "AUX") and v.tag not in ("VBN", "VBD", "VBG"):
        return None
    lemma = v.lemma.lower()
    kids = s.kids(v)
    # "burnt to death", "hacked to death", "shot dead", "gunned down"
    for c in kids:
        if c.dep == "prep" and c.lower == "to" and any(g.lower == "death" for g in s.kids(c, "pobj")):
            return KILLED
        if c.lower == "dead" and c.dep in ("oprd", "acomp", "advmod", "xcomp", "dobj", "ccomp"):
            return KILLED
    if lemma == "gun" and any(c.lower == "down" for c in kids):
        return KILLED
    if lemma in _VERB_OUTCOME:
        return _VERB_OUTCOME[lemma]
    return None


def _unrealised(s: _Sentence, v: Token) -> bool:
    if any(c.dep == "neg" for c in s.kids(v)):
        return True
    if v.dep == "xcomp" and s.head(v).lemma.lower() in _UNREALISED:
        return True
    if v.dep in ("xcomp", "advcl") and any(c.dep == "aux" and c.lower == "to" for c in s.kids(v)):
        return v.dep == "xcomp" or s.head(v).lemma.lower() in _UNREALISED
    return False


@dataclass(frozen=True, slots=True)
class _Patient:
    token: Token  # head of the victim phrase (or the number itself: "killing three")
    outcome: str
    additional: bool


def _conjuncts(s: _Sentence, t: Token) -> list[Token]:
    """``t`` and the nouns coordinated with it ("two soldiers and three civilians")."""
    out = [t]
    stack = [t]
    while stack:
        cur = stack.pop()
        for c in s.kids(cur, "conj"):
            if c.pos in ("NOUN", "PROPN", "NUM", "PRON") or _is_number_token(c):
                out.append(c)
                stack.append(c)
    return out


def _patients(s: _Sentence) -> list[_Patient]:
    found: list[_Patient] = []

    def add(t: Token, outcome: str, additional: bool = False) -> None:
        for c in _conjuncts(s, t):
            found.append(_Patient(c, outcome, additional))

    for v in s.tokens[s.first : s.last]:
        lemma = v.lemma.lower()
        low = v.lower
        # --- verbs: "were killed", "killed three", "died", "lost 40 of their members"
        outcome = _verb_outcome(s, v)
        if outcome is not None and not _unrealised(s, v):
            also = any(c.lower in ("also", "too") for c in s.kids(v, "advmod"))
            subj = s.kids(v, "nsubjpass")
            objs = s.kids(v, "dobj", "obj")
            if subj:
                for t in subj:
                    add(t, outcome, also)
            elif objs:
                for t in objs:
                    add(t, outcome, also)
            elif v.dep in ("acl", "amod") and v.tag == "VBN":
                add(s.head(v), outcome, also)  # "three police officers killed"
            elif v.dep == "conj" and (_is_passive(s, s.head(v)) or v.tag == "VBN"):
                # "were shot and killed": share the first verb's subject or object
                first = s.head(v)
                shared = s.kids(first, "nsubjpass") or s.kids(first, "dobj", "obj")
                if not shared and first.tag == "VBN":
                    shared = s.kids(first, "nsubj")
                for t in shared:
                    add(t, outcome, also)
                if not shared and v.tag == "VBN":
                    for t in s.kids(v, "nsubj"):
                        add(t, outcome, also)
            elif v.tag == "VBN" or v.tag == "VBD" and not any(c.dep == "agent" for c in s.kids(v)):
                # headline style "two killed", "one officer injured": a subject with no object
                for t in s.kids(v, "nsubj"):
                    if v.tag == "VBN" or _count_of(s, t) is not None and t.lower not in ("police",):
                        add(t, outcome, also)
            # "in addition to 12 assailants, seven police officers were killed"
            for p in s.kids(v, "prep"):
                if p.lower == "in":
                    for a in s.kids(p, "pobj"):
                        if a.lower == "addition":
                            for to in s.kids(a, "prep"):
                                for t in s.kids(to, "pobj"):
                                    add(t, outcome)
        if lemma in _DIE_VERBS and v.pos in ("VERB", "AUX") and not _unrealised(s, v):
            for t in s.kids(v, "nsubj"):
                add(t, KILLED)
        if lemma == "lose" and v.pos == "VERB":
            objs = s.kids(v, "dobj")
            if any(o.lemma.lower() in ("life", "lives") for o in objs):
                for t in s.kids(v, "nsubj"):
                    add(t, KILLED)  # "five people lost their lives"
            else:
                for o in objs:
                    if _count_of(s, o) is not None and _person_like(s, o):
                        add(o, KILLED)  # "lost 40 of their members"
        if lemma == "claim" and v.pos == "VERB":
            for o in s.kids(v, "dobj"):
                if o.lemma.lower() in ("life", "lives"):
                    for p in s.kids(o, "prep"):
                        for t in s.kids(p, "pobj"):
                            add(t, KILLED)  # "claimed the lives of three"
        # --- states: "are dead", "left 5 dead", "reported dead", "two others missing"
        state = _STATE_WORDS.get(low)
        if state is not None and v.pos in ("ADJ", "VERB", "NOUN") and v.dep in ("acomp", "oprd", "xcomp", "ccomp", "advcl", "attr", "conj"):
            gov = s.head(v)
            if v.dep == "conj":
                gov = s.head(gov) if s.head(v).lower in _STATE_WORDS else None
            if gov is not None and not _unrealised(s, gov):
                target = s.kids(gov, "dobj") or s.kids(gov, "nsubjpass") or s.kids(gov, "nsubj")
                for t in target:
                    add(t, state)
        # --- nouns: "the bodies of four people", "15 deaths", "the death toll rose to 12"
        if v.pos in ("NOUN", "ADJ") and (lemma in _DEATH_NOUNS or low == "dead"):
            if s.kids(v, "nummod") or any(c.lower in _VAGUE or c.lower == "no" for c in s.kids(v, "amod", "det")):
                add(v, KILLED)  # "15 deaths", "one death reported", "three bodies", "no deaths"
            else:
                for p in s.kids(v, "prep"):
                    if p.lower == "of":
                        for t in s.kids(p, "pobj"):
                            add(t, KILLED)  # "the bodies of four people", "the death of a teacher"
        elif v.pos == "NOUN" and lemma in ("casualty", "fatality") and any(c.lower == "no" for c in s.kids(v, "det")):
            add(v, KILLED)  # "no casualties": nobody was killed
        elif v.pos == "NOUN" and lemma == "toll" and not any(c.lower in ("injury", "wound") for c in s.kids(v, "compound")):
            found.extend(_Patient(x, KILLED, False) for x in _toll_figure(s, v)[:1])
    return found


def _toll_figure(s: _Sentence, toll: Token) -> list[Token]:
    """The number a toll is given as: "a death toll of 12", "the toll rose to 12", "the toll is 12"."""
    nums = [x for p in s.kids(toll, "prep") if p.lower in ("of", "at") for x in s.kids(p, "pobj")]
    if toll.dep in ("nsubj", "nsubjpass"):
        gov = s.head(toll)
        nums += [x for p in s.kids(gov, "prep") if p.lower in ("to", "at") for x in s.kids(p, "pobj")]
        nums += s.kids(gov, "dobj", "attr")
    return [x for x in nums if _is_number_token(x) or _count_of(s, x) is not None]


def _person_like(s: _Sentence, t: Token) -> bool:
    """Not a thing, animal or unit ("30 goats", "three vehicles", "12 km")."""
    if t.lemma.lower() in _NON_HUMAN or t.lower in _NON_HUMAN:
        return False
    if _is_number_token(t) or t.lower in _VAGUE:
        for p in s.kids(t, "prep"):
            if p.lower == "of":
                for o in s.kids(p, "pobj"):
                    return _person_like(s, o)
    return True


def _count_of(s: _Sentence, t: Token) -> _Count | None:
    """The count attached to a victim head: its number, its vague word, or the token itself."""
    if _is_number_token(t) or t.lower in _VAGUE or t.lower.rstrip("s") in ("dozen", "score"):
        c = _count_at(s.analysis, t)
        if c is not None:
            return c
    for c in s.kids(t, "nummod", "quantmod", "amod", "det", "compound"):
        if _is_number_token(c) or c.lower in _VAGUE:
            got = _count_at(s.analysis, c)
            if got is not None:
                return got
    # "dozens of people", "an unknown number of people": the count word heads the phrase
    head = s.head(t)
    if t.dep == "pobj" and head.lower == "of":
        q = s.head(head)
        if q.i != head.i and (q.lower in _VAGUE or q.lower.rstrip("s") in ("dozen", "score") or q.lower == "number"):
            return _count_at(s.analysis, q)
    return None


# --------------------------------------------------------------------------- the finder


def _victim_phrase(s: _Sentence, t: Token, count: _Count | None) -> tuple[int, int] | None:
    """Character span of the victim words: "police officers", "of their members", "man"."""
    tokens = s.tokens
    if t.lemma.lower() in _DEATH_NOUNS or t.lower in ("toll",):
        for p in s.kids(t, "prep"):
            if p.lower == "of":
                return s.analysis.subtree_span(p)
        return None
    if count is not None and count.first <= t.i < count.last:
        # the number is the head: "40 of their members", "killing three"
        for p in s.kids(t, "prep"):
            if p.lower == "of":
                lo, hi = s.analysis.subtree_span(p)
                return lo, hi
        return None
    first = t.i
    floor = count.last if count is not None and 0 <= count.last <= t.i else s.first
    while first - 1 >= floor and tokens[first - 1].head == t.i and tokens[first - 1].dep in (
        "compound", "amod", "nmod", "npadvmod"
    ):
        first -= 1
    # join compound chains such as "23 year - old university student" only from the noun side
    while first < t.i and tokens[first].dep == "punct":
        first += 1
    return tokens[first].start, t.end


def _additional(s: _Sentence, t: Token, count: _Count | None) -> bool:
    words = {c.lower for c in s.kids(t, "amod", "det", "advmod")}
    if t.lower in ("others", "other"):
        words.add("others")
    if count is not None and 0 <= count.last < s.last and s.tokens[count.last].lower in ("more", "other", "others"):
        words.add("more")
    return bool(words & _ADDITIVE)


def find_casualties(analysis: Analysis, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[Casualty, ...]:
    """Every casualty figure in the article: who, how many, and what happened to them."""
    out: list[Casualty] = []
    for index in range(len(analysis.sentences)):
        sent = analysis.sentences[index]
        if any(a < sent.end and sent.start < b for a, b in skip):
            if all(a <= sent.start and sent.end <= b for a, b in skip if a < sent.end and sent.start < b):
                continue
        s = _Sentence(analysis, index)
        chosen: dict[int, tuple[_Patient, _Count | None, int, int, str | None]] = {}
        for p in _patients(s):
            got = _figure(s, p)
            if got is None:
                continue
            count, value_span, approx = got
            prev = chosen.get(p.token.i)
            if prev is None or _GRAVITY[p.outcome] > _GRAVITY[prev[0].outcome]:
                chosen[p.token.i] = (p, count, value_span[0], value_span[1], approx)
        for p, count, start, end, approx in sorted(chosen.values(), key=lambda x: x[2]):
            if any(a < end and start < b for a, b in skip):
                continue
            if count is not None:
                value, low, high = count.value, count.low, count.high
            else:
                value = low = high = 1
            vspan = _victim_phrase(s, p.token, count)
            out.append(
                Casualty(
                    start=start,
                    end=end,
                    text=analysis.text[start:end],
                    sentence=index,
                    value=value,
                    low=low,
                    high=high,
                    approximate=approx,
                    outcome=p.outcome,
                    victim=analysis.text[vspan[0] : vspan[1]] if vspan else None,
                    victim_span=vspan,
                    additional=p.additional or _additional(s, p.token, count),
                )
            )
    return tuple(out)


def _figure(s: _Sentence, p: _Patient) -> tuple[_Count | None, tuple[int, int], str | None] | None:
    """How many the victim phrase counts, and the span that says so; None if it is not people."""
    t = p.token
    tokens = s.tokens
    if not _person_like(s, t):
        return None
    # "one of the victims": a subset of people already counted
    for prep in s.kids(t, "prep"):
        if prep.lower == "of" and any(o.lower in _SUBSET_OF for o in s.kids(prep, "pobj")):
            return None
    if t.dep == "pobj" and s.head(t).lower in ("including", "among", "like"):
        return None
    # "no one was killed", "no casualties"
    if t.lower in ("nobody", "none") or any(c.lower == "no" for c in s.kids(t, "det")):
        return _Count(-1, -1, 0, 0, 0, None), (t.start, t.end), None
    count = _count_of(s, t)
    if count is not None:
        start, end = tokens[count.first].start, tokens[count.last - 1].end
        return count, (start, end), count.approximate
    if t.pos == "PRON":
        if t.lower in _SINGULAR_PRONOUNS:
            return None, (t.start, t.end), None
        return None
    dets = [c for c in s.kids(t, "det", "poss")]
    if t.tag in ("NN", "NNP") or t.pos == "PROPN" and t.tag != "NNPS":
        if t.pos == "PROPN" and t.ent_type not in ("PERSON", ""):
            return None  # "Taliban" alone names a group, not one person
        if t.tag == "NNP" and t.ent_type == "":
            # a capitalised common noun in a headline ("Man Killed") still counts one
            pass
        start = dets[0].start if dets and dets[0].i < t.i else t.start
        if any(d.lower in ("the", "this", "that") for d in dets) and t.lemma.lower() in _GENERIC_VICTIMS:
            return None  # "the victim", "the man": someone already counted
        return _Count(-1, -1, 1, 1, 1, None), (start, t.end), None
    return None


# --------------------------------------------------------------------------- the estimate


@dataclass(frozen=True, slots=True)
class _Report:
    members: tuple[Casualty, ...]
    partisan: bool

    @property
    def value(self) -> int:
        return sum(c.value for c in self.members)

    @property
    def low(self) -> int:
        return sum(c.low for c in self.members)

    @property
    def high(self) -> int:
        return sum(c.high for c in self.members)

    @property
    def specific(self) -> bool:
        return all(_victim_kind(c) is not None for c in self.members)


def _victim_kind(c: Casualty) -> str | None:
    if not c.victim:
        return None
    words = [w for w in re.findall(r"[a-z]+", c.victim.lower()) if w not in ("of", "the", "their", "his", "her", "its")]
    if not words or words[-1] in _GENERIC_VICTIMS:
        return None
    return words[-1].rstrip("s")


def _reports(casualties: Sequence[Casualty], partisan: Callable[[Casualty], bool]) -> list[_Report]:
    """Group figures into reports of the whole toll: victim groups of one sentence add up; a later
    sentence restates the toll unless it says it adds to it ("another two") or names other victims."""
    by_sentence: dict[tuple[int, bool], list[Casualty]] = {}
    for c in sorted(casualties, key=lambda c: c.start):
        by_sentence.setdefault((c.sentence, partisan(c)), []).append(c)
    reports: list[_Report] = []
    for (_, is_partisan), members in sorted(by_sentence.items(), key=lambda kv: kv[1][0].start):
        group = _Report(tuple(members), is_partisan)
        last = next((r for r in reversed(reports) if r.partisan == is_partisan), None)
        if last is not None:
            adds = all(c.additional for c in members)
            kinds_new = {_victim_kind(c) for c in members}
            kinds_old = {_victim_kind(c) for c in last.members}
            different = group.specific and last.specific and not (kinds_new & kinds_old)
            if adds or different:
                reports[reports.index(last)] = _Report(last.members + group.members, is_partisan)
                continue
        reports.append(group)
    return reports


def estimate_fatalities(casualties: Sequence[Casualty], *, partisan: Callable[[Casualty], bool]) -> FatalityEstimate:
    """ACLED ``fatalities`` and low / best / high from the killed figures of one event.

    ``fatalities`` is the lowest non-partisan report of the toll (ACLED's conservative rule), 0 when
    only a party to the fight gave a figure. ``low`` is the lowest non-partisan figure read at its
    lower bound, ``best`` the toll non-partisan reports give most often (the first one on a tie: news
    leads with its current figure), ``high`` the highest figure of anyone, partisan claims included.
    """
    killed = [c for c in casualties if c.outcome == KILLED]
    if not killed:
        return FatalityEstimate(0, None, None, None, ())
    reports = _reports(killed, partisan)
    neutral = [r for r in reports if not r.partisan]
    high = max(r.high for r in reports)
    if not neutral:
        top = max(reports, key=lambda r: r.high)
        return FatalityEstimate(0, None, None, high, tuple((c.start, c.end) for c in top.members))
    lowest = min(neutral, key=lambda r: (r.value, r.members[0].start))
    counts = Counter(r.value for r in neutral)
    best_value = max(counts.values())
    best = next(r for r in neutral if counts[r.value] == best_value)
    return FatalityEstimate(
        fatalities=lowest.value,
        low=min(r.low for r in neutral),
        best=best.value,
        high=max(high, max(r.high for r in neutral)),
        evidence=tuple((c.start, c.end) for c in lowest.members),
    )


__all__ = ["Casualty", "FatalityEstimate", "estimate_fatalities", "find_casualties"]
