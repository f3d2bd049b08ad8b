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

Coders' notes are terse and often misparsed, so the victims are also looked for where the parser
hangs them elsewhere ("a man believed to be a member of X was shot dead", "On 5 May, in Town, a
farmer was shot dead", "arrested six men and executed them") and in slips of the pen ("A members of
the unit is killed", "at lesast 2"); a one-line present-tense headline ("Police shoot man") reports
a fatal shooting, as ACLED codes such notes.

A figure is marked ``background`` when its deaths belong to another event (recalled: "protested
the killing of two", dated earlier: "two weeks before") or to no violence ("a road accident
killing two"), and ``disputed`` when the report says a claim was denied or unproven. Coders' notes
on how a toll was coded ("10 fatalities split across 2 events", "coded as 5", "3 fatalities coded
here", a closing "1 fatality.", "14 fatalities divided for the days of Jun 4 to June 6", "This was one
of three related attacks") become a revised figure for this event's share, marked ``note``.

``estimate_fatalities`` turns the killed figures of one event into ACLED's conservative
``fatalities`` and UCDP-style low / best / high, keeping partisan figures (claimed by a party to the
fight) out of everything but ``high``, and out of ``fatalities`` too unless they are the only,
undisputed figures.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

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
    # True when the deaths belong to another event the sentence recalls ("protested the killing of
    # two", "after gunmen killed a chief", "who had killed five", "two weeks before") or to no
    # violence at all ("a road accident killing two", "collapsed and died")
    background: bool = False
    # True for part of a group already counted ("four of the villagers", "one of the victims")
    subset: bool = False
    # True when no number is written and one person is implied ("a man", "his son", "him")
    implied: bool = False
    # True for a revised toll ("the death toll rose to 12"), which supersedes earlier figures
    revised: bool = False
    # True when the article says a claim was denied or unverified ("rejected as fabricated",
    # "neither side provided evidence"): a party's figure alone is then not coded
    disputed: bool = False
    # True for a coder's note on how the report's event was coded ("3 fatalities coded here", "FATALITIES:
    # 15", "2 fatalities." closing the note): it is the count of the event the note is about, wherever
    # in the note it stands
    note: bool = False


@dataclass(frozen=True, slots=True)
class FatalityEstimate:
    fatalities: int  # ACLED: the lowest non-partisan figure, else the lowest claim; 0 when none
    low: int | None
    best: int | None
    high: int | None
    evidence: tuple[tuple[int, int], ...]


# --------------------------------------------------------------------------- vocabulary

_KILL_VERBS = frozenset(
    "kill murder slay execute behead decapitate massacre slaughter assassinate lynch butcher martyr "
    "eliminate neutralise neutralize strangle electrocute immolate "
    "killle kile killie".split()  # coders' typos "killled", "kiled", "killied", as the parser lemmatises them
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
# Modals that make the outcome a possibility, not a report ("may have been killed").
_SPECULATIVE_MODALS = frozenset("may might could can would should will shall 'll".split())
# Verbs that report their complement as done ("reported to be lynched", "believed to be dead").
_REPORTING_RAISERS = frozenset("report believe say understand know confirm presume fear feared".split())
# Verbs whose complement is only intended or feared, not done ("threatened to kill").
_UNREALISED = frozenset("threaten vow plan try attempt want intend seek plot warn promise".split())
# Verbs whose infinitive says the deed was done ("proceeded to kill him", "went on to kill", "managed
# to kill two", "were used by a mob to kill 8", "claim to kill three").
_DONE_WITH = frozenset("proceed manage succeed continue go use claim".split())

_NON_HUMAN = frozenset(
    """cattle cow cows goat sheep camel donkey livestock animal dog chicken horse elephant lion ox oxen bull
    bulls calf calves pig pigs mule buffalo conflict war feud brawl standoff mutiny
    head vehicle car bus truck lorry motorcycle house home hut shop building school church mosque
    property crop acre hectare km kilometre kilometer metre meter mile hour minute day week month
    year time round bullet shell rocket mortar bomb device ied weapon gun rifle ammunition tank
    machete panga arrow spear knife stick stone club axe fight protest demonstration riot row dispute
    percent per cent dollar shilling rupee afghani naira euro pound village district province county
    area town city case incident attack operation raid clash checkpoint post base explosion blast fire
    violence fighting battle ambush bombing accident crash shooting gunfire crossfire skirmish report
    source account figure estimate total toll""".split()
)
# Victim words that say nothing about who the victims were: a figure with them restates, or is
# restated by, a more specific one in another sentence.
_GENERIC_VICTIMS = frozenset(
    "people person persons individual individuals victim victims other others dead body bodies "
    "one ones man men woman women old year-old month-old".split()
)
# Partitive heads that point back at victims already counted ("one of the victims").
_SUBSET_OF = frozenset("victim victims dead deceased injured wounded casualties them those these bodies".split())

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
    "countless": (3, 3, 999), "both": (2, 2, 2),
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
    r"km|kilomet\w+|miles?|metres?|meters?|kg|kilos?|tonnes?|tons?|litres?|acres?|hectares?|"
    r"mm|cm|millimet\w+|calibre|caliber)\b|\b\d+mm\b|[%$£€]",  # "a 122 mm howitzer", "120mm mortars"
    re.IGNORECASE,
)
_VETO_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_SINGULAR_PRONOUNS = frozenset("he him she her".split())
# Nouns that name a person even without an article ("Lawyer killed", "the MP was shot dead"); with
# "a", "an" or a possessive any concrete noun is taken as one person ("a Kipsigis", "his son").
_PERSON_NOUNS = frozenset(
    """man woman boy girl child baby infant son daughter father mother husband wife brother sister
    uncle aunt cousin nephew niece relative friend neighbour neighbor colleague person individual
    civilian resident villager farmer herder herdsman herdboy pastoralist fisherman trader businessman
    businesswoman shopkeeper vendor hawker driver rider motorist motorcyclist passenger pedestrian
    student pupil teacher lecturer principal doctor nurse paramedic worker labourer employee official
    officer policeman policewoman constable sergeant inspector commander soldier trooper guard reservist
    ranger warden chief elder leader politician legislator mp mca senator governor mayor councillor
    minister candidate aspirant activist journalist reporter photographer cameraman cleric imam
    pastor priest bishop sheikh preacher lawyer attorney judge magistrate suspect thief robber bandit
    raider rustler gangster militant fighter insurgent rebel gunman assailant attacker terrorist
    militiaman jihadist commander refugee migrant tourist foreigner engineer contractor tout operator
    watchman ally supporter member follower convict prisoner detainee inmate hostage victim bodyguard
    butcher conductor mechanic cook miner porter""".split()
)
_PERSON_SUFFIXES = ("man", "men", "woman", "er", "or", "ist", "ian", "ant", "ent", "ee")
_ABSTRACT_SUFFIXES = ("ence", "ance", "tion", "sion", "ment", "ity", "ness", "ing", "ism", "ship", "hood")
_RELATIVE_PRONOUNS = frozenset("who whom that which".split())
_MONTH_BEHIND = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|\b(?:january|february|march|april|may|june|"
    r"july|august|september|october|november|december))\s+$",
    re.IGNORECASE,
)
_MONTH_AHEAD = re.compile(
    r"\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)


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
        approx_word = {"dozen": "a dozen", "both": None}.get(key, key)
        return _Count(first, last, value, low, high, approx_word)
    return None


def _vetoed(analysis: Analysis, tok: Token) -> bool:
    """Is this number an age, a time, a date, money, a share or a measure rather than a headcount?"""
    text = analysis.text
    after = text[tok.end : tok.end + 14].lower()
    before = text[max(0, tok.start - 12) : tok.start].lower()
    if re.match(r"\s*-?\s*(?:years?|yrs?)[\s-]*old|\s*-?\s*(?:%|percent|per cent|am\b|pm\b|a\.m|p\.m|:\d)", after):
        return True
    if re.search(r"(?:[$£€]|\bksh\.?|\bsh\.?|\brs\.?|\busd|\baged)\s*$", before):
        return True
    if tok.text[:1].isdigit() and (_MONTH_AHEAD.match(after) or _MONTH_BEHIND.search(before)):
        # "25 Aug.", "on March 3": a date; but in "12 Sep. 4 killed" the month already has its day
        if not re.search(r"\d\s*(?:[a-z]+)\.?\s+$", before, re.IGNORECASE):
            return True
    if tok.text[:1].isdigit() and tok.i > 0 and tok.head == tok.i - 1:
        name = analysis.tokens[tok.i - 1]
        if name.tag == "NNP" and name.dep == "pobj" and name.text[:1].isupper():
            return True  # part of a name: "an officer of Densus 88", "a chair of Ward 4"
    if tok.ent_type in _VETO_LABELS:
        for ent in analysis.entities:
            if ent.start <= tok.start and tok.end <= ent.end:
                # Only the number and the words after it inside the entity decide: spaCy runs a
                # date into the count that follows it ("26th of Sep. two people killed").
                tail = text[tok.start : ent.end]
                if ent.label == "DATE" and _YEAR.match(tok.text):
                    return True
                return bool(_NOT_A_HEADCOUNT.search(tail))
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
    if i - 2 >= floor and tokens[i - 2].lower == "at" and _AT_LEAST_TYPO.match(tokens[i - 1].lower):
        return "at least"  # a coder's typo: "at lesast 2", "at leat 3"
    return None


_AT_LEAST_TYPO = re.compile(r"^(?!last$|lat$)(?:l[ea]{1,3}s?a?s?t|lesat)$")


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


# Verbs whose object or complement is a death recalled, not one happening in this event.
_RECALLING_VERBS = frozenset(
    """protest demonstrate condemn mourn avenge revenge investigate probe demand decry denounce accuse
    charge blame suspect convict arraign prosecute commemorate""".split()
)
_BELIEVING = frozenset("believe suspect think say allege accuse claim".split())
# "because" gives a reason: "the man was arrested because his motorbike hit and killed a person".
# "before" and "until" are not here: their clause tells what happened next ("shot a trader before he
# was attacked and killed by a mob"); a death dated before the event ("two days before") is caught
# by its time phrase.
_BACKGROUND_MARKS = frozenset("after since following once because".split())
_REVISING_VERBS = frozenset("rise raise climb increase jump reach hit mount grow go revise update swell".split())
_RECALLING_NOUNS = frozenset("response retaliation revenge reprisal protest reaction anger outrage".split())
# Modifiers that make an attack a reprisal ("a revenge attack for", "a retaliatory raid over").
_RECALLING_MODIFIERS = frozenset("revenge retaliation retaliatory reprisal vengeance".split())
# Verbs whose agent is what set a demonstration off ("the riots were sparked by the killing of").
_PROVOKING_VERBS = frozenset("precipitate spark trigger prompt provoke cause fuel ignite".split())
_DEMONSTRATION_NOUNS = frozenset("protest demonstration riot rally march unrest strike demo sit-in".split())


def _recalling_noun(s: _Sentence, t: Token) -> bool:
    return t.lemma.lower() in _RECALLING_NOUNS or (
        t.lemma.lower() in _EVENT_NOUNS
        and any(c.lemma.lower() in _RECALLING_MODIFIERS for c in s.kids(t, "compound", "amod"))
    )
# Nouns whose "of" / "in" / "for" phrase is a deed someone is held to have done ("on allegations of
# killing a teacher", "a suspect in the murder of").
_ACCUSING_NOUNS = frozenset("allegation accusation suspicion charge suspect culprit perpetrator accused".split())
_BACKGROUND_PREPS = frozenset("after following since before".split())
# Those who mourn a death ("the family of", "colleagues of"): at a demonstration, its grievance.
_MOURNER_NOUNS = frozenset("family relative colleague friend parent widow mourner classmate kin".split())
# A sentence about a demonstration: a death it is "over" is what people demonstrate about.
_DEMONSTRATION = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|riot\w*|march\w*|rall(?:y|ies|ied)|strike|took\s+to\s+the\s+streets|"
    r"block(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:main\s+|busy\s+)?(?:roads?|highway|street|police))\b",
    re.IGNORECASE,
)
# Bodies and what is done with them at a funeral or a protest ("took away the body of", "exhume").
_BODY_NOUNS = frozenset("body corpse remains".split())
_HANDLING_VERBS = frozenset("remove collect exhume ferry carry take bury transport snatch move".split())


def _demonstration(s: _Sentence) -> bool:
    return _DEMONSTRATION.search(s.analysis.text[s.tokens[s.first].start : s.tokens[s.last - 1].end]) is not None


_AUX_WORDS = frozenset(
    "was were is are be been being has have had also reportedly allegedly later then all both confirmed "
    "reported feared believed said on in the at yesterday today overnight early late morning afternoon "
    "evening night monday tuesday wednesday thursday friday saturday sunday "
    # how badly: "6 seriously injured and 1 killed" must read 6 as injured
    "seriously critically severely slightly badly gravely fatally mortally".split()
)
# Surface cues for sentences the parser gets wrong ("One dead, two injured.", "kills 4")
_AFTER_NUMBER = {
    "killed": KILLED, "dead": KILLED, "died": KILLED, "murdered": KILLED, "slain": KILLED, "lynched": KILLED,
    "executed": KILLED, "beheaded": KILLED, "massacred": KILLED, "assassinated": KILLED, "kia": KILLED,
    "perished": KILLED, "drowned": KILLED, "killled": KILLED, "kiled": KILLED, "killied": KILLED,
    "gunned": KILLED,  # "one person has been gunned": "gunned down" with the particle dropped
    "injured": WOUNDED, "wounded": WOUNDED, "hurt": WOUNDED,
    "abducted": ABDUCTED, "kidnapped": ABDUCTED, "arrested": ARRESTED, "detained": ARRESTED,
    "missing": MISSING,
}
_BEFORE_NUMBER = {
    "kill": KILLED, "kills": KILLED, "killed": KILLED, "killing": KILLED, "murdered": KILLED,
    "murdering": KILLED, "massacred": KILLED, "lynched": KILLED, "beheaded": KILLED, "executed": KILLED,
    "injuring": WOUNDED, "wounding": WOUNDED, "injured": WOUNDED, "wounded": WOUNDED, "abducting": ABDUCTED,
    "abducted": ABDUCTED, "kidnapping": ABDUCTED, "kidnapped": ABDUCTED, "arresting": ARRESTED,
    "arrested": ARRESTED, "detained": ARRESTED,
}


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
    # "burnt to death", "hacked to death", "shot dead", "gunned down", "shot the suspect dead"
    for c in kids:
        if c.dep == "prep" and c.lower == "to" and any(g.lower == "death" for g in s.kids(c, "pobj")):
            return KILLED
        if lemma == "leave" and c.dep == "prep" and c.lower == "for" and any(g.lower == "dead" for g in s.kids(c)):
            return KILLED  # "attacked and left for dead": ACLED codes the victims as killed
        if c.lower == "dead" and c.dep in ("oprd", "acomp", "advmod", "xcomp", "dobj", "ccomp"):
            return KILLED
        if c.dep in ("dobj", "obj") and any(a.lower == "dead" for a in s.kids(c, "amod")):
            return KILLED
        if c.dep == "advmod" and c.lower in _FATALLY and lemma in _WOUND_VERBS and not _negated_adverb(s, c):
            return KILLED  # "fatally shot", "mortally wounded"
    if lemma == "gun" and any(c.lower == "down" for c in kids):
        return KILLED
    if lemma == "set" and _set_on_fire(s, v):
        return KILLED
    if lemma == "shoot" and v.lower in ("shoot", "shoots") and _headline_shooting(s, v):
        return KILLED
    # "shot dead", "hacked to death" written out even where the parse hangs "dead" elsewhere
    nxt = s.tokens[v.i + 1 : min(v.i + 4, s.last)]
    if nxt and (nxt[0].lower == "dead" or len(nxt) > 1 and nxt[0].lower == "to" and nxt[1].lower == "death"):
        return KILLED
    return _VERB_OUTCOME.get(lemma)


def _companions(s: _Sentence, v: Token) -> list[Token]:
    """Who shared the fate: "died along with his wife", "died together with his passenger", however
    the parser hangs "along" / "together" and "with"."""
    kids = s.kids(v)
    near = any(c.lower in ("along", "together") for c in kids)
    out: list[Token] = []
    for c in kids:
        if c.lower in ("along", "together"):
            out += [o for w in s.kids(c, "prep") if w.lower == "with" for o in s.kids(w, "pobj")]
        elif c.lower == "with" and c.dep == "prep" and (
            near or any(a.lower in ("along", "together") for a in s.kids(c))
        ):
            out += s.kids(c, "pobj")
    return out


def _caused_death(s: _Sentence, death: Token) -> bool:
    """"leading to her death", "which resulted in his death", "causing his death": the harm just told
    killed one person."""
    if not any(c.lower in ("his", "her") for c in s.kids(death, "poss")):
        return False
    head = s.head(death)
    if death.dep == "dobj":
        return head.lemma.lower() == "cause"
    if death.dep == "pobj" and head.lower in ("to", "in"):
        return s.head(head).lemma.lower() in ("lead", "result")
    return False


_HURT_WORDS = re.compile(r"injur|wound|hurt|hospital|surviv|treat|critical|stable|condition", re.IGNORECASE)
_HEADLINE_TOKENS = 25


def _headline_shooting(s: _Sentence, v: Token) -> bool:
    """A one-line headline note in the present tense, "Police shoot man during protest", "Gangsters
    shoot police officer": headlines say "shoot" for a fatal shooting and "wound" for the rest, and
    ACLED codes such notes with a death (Kenya 22 of 33 rows, the global file 11 of 14); the past
    "shot" of a report ("a man was shot in the leg") stays a wounding. Only a named person or a
    counted group is the victim, and only where the note says nothing of injuries."""
    analysis = s.analysis
    if len(analysis.sentences) != 1 or s.last - s.first > _HEADLINE_TOKENS or _HURT_WORDS.search(analysis.text):
        return False
    for o in s.kids(v, "dobj", "obj"):
        if o.lemma.lower() in _PERSON_NOUNS or o.lower in _PERSON_NOUNS or o.ent_type == "PERSON":
            return True
        if _count_of(s, o) is not None and _person_like(s, o):
            return True
    return False


def _set_on_fire(s: _Sentence, v: Token) -> bool:
    """"set him on fire", "were set ablaze", "sets alight four robbery suspects": people burned, which
    ACLED codes as killed; not "set a house ablaze"."""
    kids = s.kids(v)
    if not any(c.lower in ("ablaze", "alight") or c.lower == "on" and any(g.lower == "fire" for g in s.kids(c, "pobj"))
               for c in kids):
        if not any(t.lower in ("ablaze", "alight") for t in s.tokens[v.i + 1 : min(v.i + 3, s.last)]):
            return False
    people = s.kids(v, "dobj", "nsubjpass")
    if not people and v.dep == "conj":
        people = s.kids(s.head(v), "nsubjpass", "dobj")
    return any(
        p.tag in ("PRP",) and p.lower in ("him", "her", "them", "he", "she", "they")
        or p.lemma.lower() in _PERSON_NOUNS or p.lower in _PERSON_NOUNS
        for p in people
    )


def _unrealised(s: _Sentence, v: Token) -> bool:
    if any(c.dep == "neg" for c in s.kids(v)):
        return True
    head = s.head(v)
    if v.dep == "xcomp" and head.lemma.lower() in _UNREALISED:
        return True
    if any(c.lower in ("nearly", "almost") for c in s.kids(v, "advmod")):
        return True  # "nearly killed"
    if v.dep == "acl" and any(c.dep == "aux" and c.lower == "to" for c in s.kids(v)):
        return True  # "in a bid to lynch", "a plan to kill"
    if any(c.dep == "aux" and c.tag == "MD" and c.lower in _SPECULATIVE_MODALS for c in s.kids(v)):
        return True  # "may have been killed", "can be assassinated", "would kill"
    if v.dep in ("xcomp", "advcl") and any(c.dep == "aux" and c.lower == "to" for c in s.kids(v)):
        if any(c.dep == "aux" and c.lemma.lower() == "have" for c in s.kids(v)):
            return False  # "claimed to have killed two": a report of a done deed
        if v.dep == "xcomp" and head.lemma.lower() in _REPORTING_RAISERS:
            return False  # "1 reported to be lynched", "are believed to be dead": reported as done
        if v.dep == "xcomp" and head.lemma.lower() in _DONE_WITH and head.tag != "VBG":
            return False  # "then proceed to kill him"; not "are going to kill"
        return True  # "tried to kill", "stormed the hospital to kill a patient": an aim, not a report
    return False


def _background(s: _Sentence, cue: Token) -> bool:
    """Does the outcome word report another event the sentence recalls?

    "protested the killing of two", "after gunmen killed a chief", "revenge for two herders killed on
    20/12", "fighters who were accused of killing five": the deaths are not this event's.
    """
    node = cue
    prev = cue
    coordinated = False  # has the walk come up through a coordination ("... and kill three")?
    first_verb = -1  # the clause the outcome word is in
    for _ in range(40):
        if _time_before(s, node):
            return True
        if node.pos in ("VERB", "AUX"):
            if first_verb < 0:
                first_verb = node.i
            if node.i != cue.i and node.lemma.lower() in _RECALLING_VERBS and not (
                node.tag == "VBN" and prev.dep == "xcomp" and coordinated
            ):
                # "accused of killing five", "suspected to have killed two"; not "gunmen suspected to
                # be Al Shabaab attack and kill three", where "suspected to be" says who they are
                return True
            if _same_agent_sequence(s, node):
                return False  # "abducted two doctors after killing their guard": one incident
            # a subordinate clause ("after gunmen killed a chief"); a mark on the root is a misparse
            if node.dep != "ROOT" and any(c.dep == "mark" and c.lower in _BACKGROUND_MARKS for c in s.kids(node)):
                return True
            if (node.dep == "relcl" and s.kids(node, "nsubj") and s.kids(node, "nsubj")[0].tag in ("WP", "WDT")
                    and not (s.kids(node, "nsubj")[0].lower == "which" and node.i == first_verb)
                    and node.lemma.lower() not in _DIE_VERBS and cue.lower not in _STATE_WORDS
                    and s.head(node).lemma.lower() not in _EVENT_NOUNS and not _narrating_relative(s, node)):
                # "militants who had killed five"; not "two men who were killed", "who died", nor
                # "an attack which killed 11" (the relative clause tells this event's toll; "which"
                # stands for an event or a place far more often than for a killer: "an attack
                # took place at Kaben area, which killed one man")
                return True
        if node.dep in ("pobj", "pcomp"):
            prep = s.head(node)
            if prep.lower in _BACKGROUND_PREPS:
                return True
            if prep.lower == "for" and (node.dep == "pcomp" or node.lemma.lower() in _DEATH_NOUNS) and not (
                s.head(prep).lemma.lower() == "responsibility"
                and s.head(s.head(prep)).lemma.lower() in ("claim", "admit", "accept")
            ):
                # "lynched for killing his daughter", "arrested for the murder of"; not "claimed
                # responsibility for the killing of two", which tells this event's toll
                return True
            if prep.lower in ("to", "for", "against", "of", "over") and _recalling_noun(s, s.head(prep)):
                # "in response to the killing of", "in retaliation for an attack that killed", "a
                # revenge attack for two herders killed on 20/12"
                return True
            if (prep.dep == "agent" and s.head(prep).lemma.lower() in _PROVOKING_VERBS
                    and any(c.lemma.lower() in _DEMONSTRATION_NOUNS for c in s.kids(s.head(prep), "nsubjpass"))):
                return True  # "the protests were precipitated by the killing of a man": what they were about
            if prep.lower == "of" and s.head(prep).lemma.lower() in _MOURNER_NOUNS and _demonstration(s):
                # "relatives of three young men who died in custody held a protest": the deaths the
                # mourners demonstrate about (gold 0 in all 16 such Kenya and global rows)
                return True
            if prep.lower in ("of", "in", "for") and s.head(prep).lemma.lower() in _ACCUSING_NOUNS:
                return True  # "on allegations of killing a teacher", "a suspect in the murder of"
            if prep.lower in ("over", "against") and node.lemma.lower() in _DEATH_NOUNS and _demonstration(s):
                # "a protest was held over the death of a motorist", "demonstrated against the murder of"
                return True
        if (node.i == cue.i and node.lemma.lower() in _BODY_NOUNS and node.dep in ("dobj", "nsubjpass")
                and s.head(node).lemma.lower() in _HANDLING_VERBS and _demonstration(s)):
            # "residents blocked police from removing the body of a man": a body people handle at a
            # demonstration is a death the protest is about, coded as its own event
            return True
        if node.dep == "ccomp" and s.head(node).dep == "relcl" and s.head(node).lemma.lower() in _BELIEVING:
            return True  # "a police officer who they believe killed two": what he is held to have done
        if node.dep in ("ccomp", "acl") and _denied(s, s.head(node)):
            return True  # "dismissed reports that 14 people were shot dead": a toll someone rejected
        if node.head == node.i or node.dep in ("ccomp", "parataxis"):
            return False  # the content of a report ("police said five were killed") is this event
        coordinated = coordinated or node.dep == "conj"
        prev, node = node, s.head(node)
    return False


_DENYING = frozenset("deny dismiss refute reject discount debunk dispute".split())
_REPORT_NOUNS = frozenset("report claim rumour rumor allegation account".split())


def _denied(s: _Sentence, head: Token) -> bool:
    """Is ``head`` a denial ("denied that ...") or a report someone denied ("dismissed reports that
    ...")?"""
    if head.lemma.lower() in _DENYING and head.pos in ("VERB", "AUX"):
        return True
    return head.lemma.lower() in _REPORT_NOUNS and head.dep in ("dobj", "nsubjpass") and (
        s.head(head).lemma.lower() in _DENYING
    )


def _same_agent_sequence(s: _Sentence, node: Token) -> bool:
    """A subjectless gerund after "after" / "before" ("abducted two doctors after killing their
    guard", "demanded his camera before shooting him dead"): the main clause's actors did it as part
    of the same incident; a clause with its own subject ("after gunmen killed a chief") recalls one."""
    if node.tag != "VBG" or s.kids(node, "nsubj", "nsubjpass"):
        return False
    if node.dep == "pcomp":
        return s.head(node).lower in ("after", "before")
    return node.dep == "advcl" and any(
        c.dep in ("mark", "prep") and c.lower in ("after", "before") for c in s.kids(node)
    )


def _narrating_relative(s: _Sentence, relcl: Token) -> bool:
    """A relative clause that carries the story on rather than recalling a deed: on the agent of a
    passive ("were attacked by vigilantes, who killed one") or marked as the next step ("a group who
    then burned his house, killing two")."""
    if any(c.lower in ("then", "later", "subsequently") for c in s.kids(relcl, "advmod")):
        return True
    antecedent = s.head(relcl)
    return antecedent.dep == "pobj" and s.head(antecedent).dep == "agent"


# Nouns naming a violent event: a relative clause on one tells its outcome ("clashes which resulted
# in six deaths", "an attack that killed 11").
_EVENT_NOUNS = frozenset(
    """attack raid clash clashes fighting fight violence explosion blast ambush incident shooting bombing
    operation riot protest battle skirmish assault strike airstrike shelling massacre confrontation
    firefight gunfight shootout encounter unrest rampage""".split()
)


# Causes of death that are no act of violence (a stampede of fleeing rioters is part of the riot).
# Vehicles count only as the agent ("knocked down by a vehicle"): as a subject the parser confuses
# them with the target ("militia attacks vehicle, kills civilian").
_ACCIDENT_CAUSES = frozenset(
    """accident crash collision flood floods landslide mudslide lightning illness disease
    complication complications negligence drowning electrocution outbreak cholera malaria heatwave
    earthquake""".split()
)
_VEHICLES = frozenset("vehicle car truck lorry bus matatu train motorcycle motorbike tractor".split())
_ACCIDENT_VERBS = frozenset("collapse collide crash overturn capsize knock drown electrocute".split())


def _accidental(s: _Sentence, cue: Token) -> bool:
    """Are these deaths an accident, not violence ("collided ..., killing two", "died after a
    collision", "a part of the school collapsed killing eight", "collapsed and died")?"""
    node = cue
    for _ in range(3):
        lemma = node.lemma.lower()
        if lemma in _ACCIDENT_VERBS and (node.i != cue.i or lemma in ("drown", "electrocute")):
            return True
        for c in s.kids(node):
            cl = c.lemma.lower()
            if c.dep == "conj" and cl in _ACCIDENT_VERBS:
                return True  # "collapsed and died"
            if c.dep in ("nsubj", "nsubjpass") and cl in _ACCIDENT_CAUSES:
                return True  # "the crash killed two"
            if c.dep in ("prep", "agent") and c.lower in ("in", "after", "following", "from", "by", "of", "due"):
                for o in s.kids(c, "pobj"):
                    ol = o.lemma.lower()
                    if ol in _ACCIDENT_CAUSES or c.lower == "by" and ol in _VEHICLES:
                        return True  # "killed in a road accident", "died after a collision"
        if node.head == node.i or node.dep not in ("xcomp", "advcl", "conj", "acl", "amod"):
            return False
        node = s.head(node)
    return False


_TIME_UNITS = frozenset("day days week weeks month months year years".split())
_EARLIER_WORDS = frozenset("before earlier ago prior".split())
_PAST_MODIFIERS = frozenset("previous last past preceding prior".split())


def _time_before(s: _Sentence, node: Token) -> bool:
    """Does ``node`` carry a phrase placing it days or more before the report's event?

    "beaten to death by police two weeks before", "had died at the hospital in the previous month",
    "killed last year", "who was killed previously": deaths of an earlier event. "Earlier this week"
    or "earlier on Monday" are not: they date the event itself.
    """
    for c in s.kids(node, "advmod", "npadvmod", "prep"):
        lemma = c.lemma.lower()
        if c.dep == "advmod" and (lemma in _EARLIER_WORDS or c.lower in _EARLIER_WORDS):
            if any(u.lemma.lower() in _TIME_UNITS or u.lower in _TIME_UNITS for u in s.kids(c, "npadvmod")):
                return True  # "two weeks before", "days earlier", "a month ago"
            if c.lower in ("before", "earlier") and any(
                u.lower in _TIME_UNITS and u.i == c.i - 1 for u in s.kids(node, "dobj", "npadvmod")
            ):
                return True  # "a man killed the day before": the parser hangs "the day" on the verb
        elif c.dep == "advmod" and lemma in ("previously", "formerly"):
            return True
        elif c.dep == "npadvmod" and c.lower in _TIME_UNITS and any(
            m.lower in _PAST_MODIFIERS and (m.lower not in ("last", "past") or lemma in ("month", "year"))
            for m in s.kids(c, "amod", "det")
        ):
            return True  # "last year", "the previous week"; "last week" may date the news itself
        elif c.dep == "prep" and lemma in ("in", "during", "over"):
            for o in s.kids(c, "pobj"):
                if o.lower in _TIME_UNITS and any(m.lower in _PAST_MODIFIERS for m in s.kids(o, "amod", "det")):
                    if not any(d.lower in ("the", "this") for d in s.kids(o, "det")) or any(
                        m.lower in ("previous", "preceding", "prior") for m in s.kids(o, "amod")
                    ):
                        return True  # "in the previous month", "during last year", not "over the past week"
    return False


@dataclass(frozen=True, slots=True)
class _Patient:
    token: Token  # head of the victim phrase (or the number itself: "killing three")
    outcome: str
    cue: Token  # the outcome word
    additional: bool
    count: _Count | None = None  # set when the count was read off the surface, not the parse
    # a surface reading with the outcome word right after the count ("4 dead", "2 were shot dead"):
    # more reliable than a parse that hangs "dead" or "injured" on the wrong word
    adjacent: bool = False
    revised: bool = False


def _conjuncts(s: _Sentence, t: Token) -> list[Token]:
    """``t`` and the nouns coordinated with it ("two soldiers and three civilians").

    A chain without "and"/"or" is an apposition the parser took for a coordination ("the MP, Ilmi
    Gelle"): one person, counted once.
    """
    out = [t]
    stack = [t]
    while stack:
        cur = stack.pop()
        for c in s.kids(cur, "conj"):
            if _same_person(s, t, c):
                continue
            if c.pos in ("NOUN", "PROPN", "NUM", "PRON") or _is_number_token(c):
                out.append(c)
                stack.append(c)
    if len(out) > 1 and not any(c.dep == "cc" for m in out for c in s.kids(m)):
        return [t]
    return out


# Nouns that name a different person even without a determiner of their own ("a man and woman",
# "a mother and child").
_PAIR_NOUNS = frozenset(
    """man woman boy girl child baby infant son daughter husband wife father mother brother sister uncle
    aunt nephew niece cousin grandson granddaughter grandfather grandmother friend""".split()
)


def _same_person(s: _Sentence, first: Token, conj: Token) -> bool:
    """Two descriptions of one person: "an outspoken cleric and al Shabaab critic", "businessman and
    prominent critic of the government Jacob Juma". The second singular noun has no determiner,
    number or possessive of its own and is a role, not a kin or gender word, and the first has "a" /
    "an" or a name in apposition; otherwise the pair is read as two people ("the driver and
    conductor", "Matatu driver and conductor killed")."""
    if first.tag != "NN" or conj.tag != "NN" or conj.lemma.lower() in _PAIR_NOUNS:
        return False
    if s.kids(conj, "det", "poss", "nummod") or first.lemma.lower() in _PAIR_NOUNS:
        return False
    if s.kids(first, "poss", "nummod"):
        return False
    dets = s.kids(first, "det")
    if dets:
        return all(d.lower in ("a", "an") for d in dets)
    # no determiner at all ("Matatu driver and conductor killed" is two people) unless a name follows
    return any(k.pos == "PROPN" for k in s.kids(first, "appos") + s.kids(conj, "appos"))


def _patients(s: _Sentence) -> list[_Patient]:
    found: list[_Patient] = []

    def add(t: Token, outcome: str, cue: Token, additional: bool = False) -> None:
        if t.i == cue.i:
            # the outcome noun is its own figure ("no fatalities", "15 deaths"): the nouns it is
            # coordinated with ("three injuries and no fatalities") are other outcomes
            found.append(_Patient(t, outcome, cue, additional))
            return
        # the verb may hang on the last member of a coordination ("Two gunmen and a police officer
        # killed"): count the whole coordination from its first member
        while t.dep == "conj" and s.head(t).pos in ("NOUN", "PROPN", "NUM") and t.pos in ("NOUN", "PROPN", "NUM"):
            t = s.head(t)
        if t.lemma.lower() in _COLLECTIVES:
            # "killing a group of five police officers": the counted members are the victims
            members = [o for p in s.kids(t, "prep") if p.lower == "of" for o in s.kids(p, "pobj")]
            if members and _count_of(s, members[0]) is not None:
                t = members[0]
        if t.lower in _RELATIVE_PRONOUNS:
            node = t
            while node.dep not in ("relcl", "acl") and node.head != node.i:
                node = s.head(node)
            if node.dep not in ("relcl", "acl"):
                return
            t = s.head(node)  # "a gang member, who died later": the member
        for c in _conjuncts(s, t):
            found.append(_Patient(c, outcome, cue, additional))
            # "Kingara was killed along with his coordinator"
            for p in s.kids(c, "prep", "advmod"):
                if p.lower in ("along", "together"):
                    for w in s.kids(p, "prep"):
                        if w.lower == "with":
                            for o in s.kids(w, "pobj"):
                                for oc in _conjuncts(s, o):
                                    found.append(_Patient(oc, outcome, cue, additional))

    for v in s.tokens[s.first : s.last]:
        lemma = v.lemma.lower()
        low = v.lower
        # --- verbs: "were killed", "killed three", "three police officers killed"
        outcome = _verb_outcome(s, v)
        if outcome is not None and not _unrealised(s, v):
            also = any(c.lower in ("also", "too") for c in s.kids(v, "advmod"))
            subj = s.kids(v, "nsubjpass")
            # "killed a short time later", "one man killed rioting": not the people the verb acted on
            objs = [o for o in s.kids(v, "dobj", "obj") if _can_be_people(s, o) and o.lower not in ("ablaze", "alight")]
            if not objs:
                # "guns down two police officers", parsed as "down" with an object of its own
                objs = [o for d in s.kids(v, "advmod", "prt", "prep") if d.lower == "down"
                        for o in s.kids(d, "pobj") if _can_be_people(s, o)]
            own_subj = s.kids(v, "nsubj")
            # a conjoined verb shares an object or passive subject ("shoot and kill civilians",
            # "were shot and killed", "lynched and burned three men")
            first = s.head(v) if v.dep == "conj" else None
            # up a chain of conjoined verbs to the one with the arguments ("were shot, hacked and
            # decapitated": "decapitated" hangs on "hacked", which hangs on "shot")
            while first is not None and first.dep == "conj" and first.tag == v.tag and not (
                s.kids(first, "nsubjpass", "nsubj", "dobj", "obj")
            ) and s.head(first).pos in ("VERB", "AUX"):
                first = s.head(first)
            later = [c for c in s.kids(v, "conj") if c.pos in ("VERB", "AUX")]
            if not objs and not subj:
                if first is not None and not own_subj:
                    subj = s.kids(first, "nsubjpass")
                    # a passive verb of its own does not share the first verb's object ("exchanged
                    # gunfire ... and a herdsman was killed")
                    objs = [] if subj or s.kids(v, "auxpass") else s.kids(first, "dobj", "obj")
                    if not subj and not objs and (first.tag == "VBN" or v.tag == "VBN"):
                        # "1 priest dragged from his car and killed"
                        subj = s.kids(first, "nsubj")
                if not subj and not objs:
                    for c in later:
                        objs = s.kids(c, "dobj", "obj")
                        if objs:
                            break
                if not subj and not objs and s.kids(v, "auxpass") and not own_subj:
                    # "a man believed to be a member of the front was shot dead": the parser hangs
                    # the passive subject on the clause that describes it
                    for c in s.kids(v, "ccomp", "csubj"):
                        if c.i < v.i and c.lemma.lower() in _BELIEVING | _REPORTING_RAISERS:
                            subj = [k for k in s.kids(c, "nsubj") if k.pos in ("NOUN", "PROPN")]
                            break
                    if not subj:
                        # "On 5 May, in Cebu City, a former soldier was shot dead": the parser hangs
                        # the subject on the place before it as an apposition
                        subj = [t for t in s.tokens[s.first : v.i] if t.tag == "NN" and t.dep in ("appos", "conj")
                                and (t.lemma.lower() in _PERSON_NOUNS or t.lower in _PERSON_NOUNS
                                     or t.lower.endswith(_PERSON_SUFFIXES) and not t.lower.endswith(_ABSTRACT_SUFFIXES))
                                and s.head(t).pos == "PROPN"
                                and any(d.lower in ("a", "an", "the") for d in s.kids(t, "det"))][-1:]
            if subj:
                _add_first(s, add, subj, outcome, v, also)  # a second passive subject is a parse error
            elif objs:
                _add_first(s, add, objs, outcome, v, also)
            elif v.dep in ("acl", "amod") and (v.tag == "VBN" or v.dep == "acl" and v.tag == "VBD"):
                # "three police officers killed" (the participle sometimes tagged as a past tense)
                add(s.head(v), outcome, v, also)
            elif v.dep in ("xcomp", "oprd", "acomp", "ccomp", "advcl") and v.tag in ("VBN", "VBD") \
                    and not own_subj and (
                        v.dep != "advcl" or s.head(v).lemma.lower() in ("be", "leave", "find", "discover")):
                # "11 reported to have been killed", "is discovered murdered", "was on Friday killed",
                # "left the son of a business owner shot dead"
                gov = s.head(v)
                target = (
                    [o for o in s.kids(gov, "dobj") if _can_be_people(s, o)]
                    or s.kids(gov, "nsubjpass")
                    or s.kids(gov, "nsubj")
                )
                if target:
                    add(target[0], outcome, v, also)
            elif own_subj and v.tag in ("VBN", "VBD") and _transitive_left_bare(s, v):
                # an outcome verb with a subject and no object is a headline passive: "two
                # killed", "Lawyer killed at her home by gunmen", "another wounded"
                add(own_subj[0], outcome, v, also)
            # "was shot dead along with two bodyguards", "killed together with his wife"; "is shot and
            # killed, along with his companion" (the phrase hangs on the first verb)
            shared = s.kids(v, "prep", "advmod", "prt")
            if v.dep == "conj" and s.head(v).pos in ("VERB", "AUX"):
                shared += [p for p in s.kids(s.head(v), "prep", "advmod") if p.lower in ("along", "together")]
            for p in shared:
                if p.lower in ("along", "together"):
                    withs = [w for w in s.kids(p, "prep") if w.lower == "with"]
                    if p.dep == "prt":
                        withs += [w for w in s.kids(v, "prep") if w.lower == "with"]
                    for w in withs:
                        for t in s.kids(w, "pobj"):
                            add(t, outcome, v, also)
            # "was killed by armed men with his wife and son": kin or companions who shared the fate
            if _is_passive(s, v) and subj:
                for w in s.kids(v, "prep") + [w for a in s.kids(v, "agent") for o in s.kids(a, "pobj")
                                             for w in s.kids(o, "prep")]:
                    if w.lower == "with":
                        for t in s.kids(w, "pobj"):
                            if t.lemma.lower() in _PAIR_NOUNS and any(c.tag == "PRP$" for c in s.kids(t, "poss")):
                                add(t, outcome, v, also)
            # "in addition to 12 assailants, seven police officers were killed"
            for p in s.kids(v, "prep"):
                if p.lower == "in":
                    for a in s.kids(p, "pobj"):
                        if a.lower == "addition":
                            for to in s.kids(a, "prep"):
                                for t in s.kids(to, "pobj"):
                                    add(t, outcome, v)
        # --- "died", "were caught in the fighting and died"
        if lemma in _DIE_VERBS and v.pos in ("VERB", "AUX") and not _unrealised(s, v):
            subj = s.kids(v, "nsubj")
            if not subj and v.dep in ("conj", "xcomp"):
                # "were caught in the fighting and died", "were reported to have died"
                first = s.head(v)
                subj = s.kids(first, "nsubj") or s.kids(first, "nsubjpass")
            if subj:
                add(subj[0], KILLED, v)
                # "died on the spot together with his passenger" ("together" hangs on "with" or
                # "with" on "together")
                for t in _companions(s, v):
                    add(t, KILLED, v)
        # --- "lost 40 of their members", "five people lost their lives", "claimed the lives of three"
        if lemma == "lose" and v.pos == "VERB":
            objs = s.kids(v, "dobj")
            if any(o.lemma.lower() in ("life", "lives") for o in objs):
                for t in s.kids(v, "nsubj")[:1]:
                    add(t, KILLED, v)
            else:
                for o in objs[:1]:
                    if _count_of(s, o) is not None and _person_like(s, o):
                        add(o, KILLED, v)
        if lemma == "claim" and v.pos == "VERB":
            for o in s.kids(v, "dobj"):
                if o.lemma.lower() in ("life", "lives"):
                    for p in s.kids(o, "prep"):
                        for t in s.kids(p, "pobj"):
                            add(t, KILLED, v)
        # --- states: "are dead", "left 5 dead", "reported dead", "two others missing"
        state = _STATE_WORDS.get(low)
        if state is not None and v.pos in ("ADJ", "VERB", "NOUN") and v.dep in (
            "acomp", "oprd", "xcomp", "ccomp", "advcl", "attr"
        ):
            gov = s.head(v)
            if not _unrealised(s, gov):
                target = s.kids(gov, "dobj") or s.kids(gov, "nsubjpass") or s.kids(gov, "nsubj")
                if target:
                    add(target[0], state, v)
        # --- nouns: "the bodies of four people", "15 deaths", "the death toll rose to 12"
        if v.pos in ("NOUN", "ADJ") and (lemma in _DEATH_NOUNS or low == "dead") and not any(
            c.lower in ("attempted", "failed", "foiled", "planned", "alleged") for c in s.kids(v, "amod")
        ):
            if s.kids(v, "nummod") or any(c.lower in _VAGUE or c.lower == "no" for c in s.kids(v, "amod", "det")):
                add(v, KILLED, v)  # "15 deaths", "one death reported", "three bodies", "no deaths"
            else:
                of_objects = [t for p in s.kids(v, "prep") if p.lower == "of" for t in s.kids(p, "pobj")]
                for t in of_objects:
                    add(t, KILLED, v)  # "the bodies of four people", "the death of a teacher"
                if not of_objects and lemma in ("body", "corpse") and v.tag == "NN" and any(
                    c.lower in ("a", "an") or c.dep == "poss" and c.lower != "their" for c in s.kids(v, "det", "poss")
                ):
                    add(v, KILLED, v)  # "a body was found", "his body was dumped": one person dead
                if not of_objects and lemma == "death" and v.tag == "NN" and _caused_death(s, v):
                    add(v, KILLED, v)  # "hit him with stones, which led to his death"
        elif v.pos == "NOUN" and lemma in ("casualty", "fatality") and v.dep == "attr" and any(
            c.lower in ("only", "sole") for c in s.kids(v, "amod")
        ):
            for t in s.kids(s.head(v), "nsubj")[:1]:
                add(t, KILLED, v)  # "the assailant was the only casualty": the bomber died
        elif v.pos == "NOUN" and lemma in ("casualty", "fatality") and any(c.lower == "no" for c in s.kids(v, "det")):
            add(v, KILLED, v)  # "no casualties": nobody was killed
        elif v.pos == "NOUN" and (lemma == "toll" or lemma == "total" and any(
            c.lower == "death" for c in s.kids(v, "compound", "amod"))) and not any(
            c.lower in ("injury", "wound") for c in s.kids(v, "compound")):
            revised = v.dep in ("nsubj", "nsubjpass") and s.head(v).lemma.lower() in _REVISING_VERBS
            found.extend(_Patient(x, KILLED, v, False, revised=revised) for x in _toll_figure(s, v)[:1])
    return found


def _transitive_left_bare(s: _Sentence, v: Token) -> bool:
    """No object, clause or infinitive follows the verb: it is used as a (headline) passive."""
    if any(_can_be_people(s, o) for o in s.kids(v, "dobj", "obj", "dative")):
        return False
    # a clause before the verb is another clause of a headline ("Police and suspect engage in gun
    # battle; terror suspect killed"), not its complement
    return not any(c.i > v.i for c in s.kids(v, "ccomp", "xcomp", "attr", "oprd"))


def _add_first(
    s: _Sentence, add: Callable[..., None], candidates: Sequence[Token], outcome: str, cue: Token, also: bool
) -> None:
    """Add the first candidate that can be people: the parser sometimes gives a verb two objects
    ("shoot Al Shabaab suspect dead" -> "Shabaab", "suspect")."""
    for t in candidates:
        if t.pos == "PROPN" and t.ent_type not in ("PERSON", "") and len(candidates) > 1:
            continue
        add(t, outcome, cue, also)
        return


def _surface_patients(s: _Sentence) -> list[_Patient]:
    """Counts the parse missed, read off the word order: "One dead, two injured.", "kills 4",
    "two Kenyan soldiers are killed", "Twelve reportedly KIA"."""
    tokens = s.tokens
    out: list[_Patient] = []
    i = s.first
    while i < s.last:
        t = tokens[i]
        if not (_is_number_token(t) or t.lower in _VAGUE):
            i += 1
            continue
        count = _count_at(s.analysis, t)
        if count is None or count.first < 0 or t.dep == "pobj" and s.head(t).lower == "of":
            i += 1
            continue
        # to the right: victim words, auxiliaries, then the outcome word
        j = count.last
        if j < s.last and tokens[j].text == "(":
            # an aside on the figure: "At least 20 (some reports 30) have been killed"
            close = next((k for k in range(j + 1, min(j + 9, s.last)) if tokens[k].text == ")"), None)
            if close is not None:
                j = close + 1
        victim = None
        while j < s.last and j - count.last < 4 and (
            tokens[j].pos in ("ADJ", "NOUN", "PROPN") or tokens[j].tag == "HYPH" or tokens[j].lower in _SUSPECTED
            # an acronym the tagger took for a verb: "7 IS militants were killed"
            or len(tokens[j].text) > 1 and tokens[j].text.isupper() and tokens[j].text.isalpha()
        ) and _bare(tokens[j]) not in _AFTER_NUMBER and tokens[j].lower != "shot":
            if tokens[j].pos in ("NOUN", "PROPN"):
                victim = tokens[j]
            j += 1
        if count.first <= s.first or tokens[count.first - 1].pos not in ("VERB", "AUX"):
            # not after a verb: "arrested 25 protesters and two officers are missing" has two outcomes
            j = _skip_coordinated_counts(s, j)
        while j < s.last and tokens[j].lower in _AUX_WORDS:
            j += 1
        outcome = None
        cue = None
        adjacent = True
        if j < s.last and _bare(tokens[j]) in _AFTER_NUMBER:
            cue = tokens[j]
            outcome = _AFTER_NUMBER[_bare(cue)]
            if cue.lower == "shot":
                outcome = WOUNDED
            if outcome == WOUNDED and tokens[j - 1].lower in _FATALLY and not _negated_adverb(s, tokens[j - 1]):
                outcome = KILLED  # "three were fatally shot"
        elif j + 1 < s.last and tokens[j].lower == "shot" and tokens[j + 1].lower == "dead":
            cue, outcome = tokens[j], KILLED
        before = count.first - 1
        if (outcome is None and before - 1 >= s.first and tokens[before].lower == "dead"
                and tokens[before - 1].lower in ("shot", "shooting", "shoot", "shoots")):
            cue, outcome, adjacent = tokens[before - 1], KILLED, False  # "shooting dead 2"
        if (outcome is None and before - 1 >= s.first and tokens[before].lower == "death"
                and tokens[before - 1].lower == "to"):
            cue, outcome, adjacent = tokens[before], KILLED, False  # "stone to death two drivers"
        if outcome is None and before >= s.first and tokens[before].lower in _BEFORE_NUMBER:
            cue = tokens[before]
            outcome = _BEFORE_NUMBER[cue.lower]
            adjacent = False
        if cue is not None and cue.i > count.first and not s.kids(cue, "auxpass") and any(
            _can_be_people(s, o) and tokens[o.i - 1].text != "(" for o in s.kids(cue, "dobj", "obj")
        ):
            outcome = None  # "Three militants shot dead a driver": the number names the killers
        if outcome is not None and cue is not None and not _unrealised(s, cue):
            patient = victim if victim is not None else t
            if victim is None or _person_like(s, victim):
                out.append(_Patient(patient, outcome, cue, False, count, adjacent))
        i = max(i + 1, count.last)
    return out


# Words between a number and its outcome word that qualify the victims ("8 suspected militants
# shot dead"), tagged as verbs.
# Nouns for a set of people whose "of" phrase counts them ("a group of five officers").
_COLLECTIVES = frozenset("group batch party band team".split())
# Adverbs that make a wounding a killing.
_FATALLY = frozenset("fatally mortally".split())
_SUSPECTED = frozenset("suspected alleged presumed".split())


def _skip_coordinated_counts(s: _Sentence, j: int) -> int:
    """Past "and one raider" in "three police officers and one raider were killed": the outcome
    word after a coordination of counted groups applies to each of them."""
    tokens = s.tokens
    while j + 1 < s.last and tokens[j].lower == "and" and (
        _is_number_token(tokens[j + 1]) or tokens[j + 1].lower in ("a", "an")
    ):
        k = j + 2
        while k < s.last and k - j < 6 and (tokens[k].pos in ("ADJ", "NOUN", "PROPN") or tokens[k].tag == "HYPH"):
            k += 1
        if k == j + 2:
            return j  # "and two were injured": a number standing alone is its own figure
        j = k
    return j


def _negated_adverb(s: _Sentence, adverb: Token) -> bool:
    """ "non-fatally", "not fatally" """
    before = s.analysis.text[max(0, adverb.start - 5) : adverb.start].lower()
    return before.endswith(("non-", "non ", "not "))


def _bare(t: Token) -> str:
    """The word without the slash a coder's list glues to it ("6 killed/ 70 houses razed")."""
    return t.lower.rstrip("/")


_KILL_FORMS = frozenset(
    "kill kills killed killing lynch lynches lynched lynching murder murders murdered murdering behead beheads "
    "beheaded execute executes executed assassinate assassinates assassinated".split()
)
_KILLED_FORMS = frozenset("killed lynched murdered beheaded executed assassinated slain".split())
_TO_DEATH = frozenset("shot hacked beaten stabbed burnt burned stoned clubbed slashed".split())


def _surface_singulars(s: _Sentence) -> list[_Patient]:
    """One person killed, read off the word order where the parse failed ("Mob lynches murder
    suspect", "residents lynch a suspected coffee thief", "a herder was shot dead")."""
    tokens = s.tokens
    out: list[_Patient] = []
    for i in range(s.first, s.last):
        t = tokens[i]
        # verb first: "kills elder", "lynch a suspected coffee thief"
        if t.lower in _KILL_FORMS and (t.tag.startswith("VB") or t.lower not in ("murder", "murders", "killing")):
            j = i + 1
            if j + 1 < s.last and tokens[j].lower == "and" and tokens[j + 1].tag in ("VBZ", "VBP", "VBD", "NNS"):
                j += 2  # "lynches and burns a suspected thief"
            if j < s.last and tokens[j].lower in ("a", "an", "one", "the", "his", "her"):
                j += 1
            k = j
            while (k < s.last and k - j < 4 and tokens[k].pos in ("ADJ", "NOUN", "PROPN", "VERB")
                   and tokens[k].lower not in _PERSON_NOUNS):
                k += 1
            if k < s.last and tokens[k].lower in _PERSON_NOUNS and not _unrealised(s, t):
                out.append(_Patient(tokens[k], KILLED, t, False))
                continue
        # object then "to death": "Youth stone suspected thief to death", "beat a man to death"
        if (t.lower in _PERSON_NOUNS and i + 2 < s.last and tokens[i + 1].lower == "to"
                and tokens[i + 2].lower == "death" and i > s.first and tokens[i - 1].pos != "NUM"
                and tokens[i - 1].lower not in ("one", "another", "the")):
            out.append(_Patient(t, KILLED, tokens[i + 2], False))
            continue
        # a person noun and a name: "Newly elected legislator Melitus Were was shot dead"
        if t.tag == "NN" and t.lower in _PERSON_NOUNS and (i == s.first or tokens[i - 1].pos != "NUM"):
            k = i + 1
            # the name's words: proper nouns, or a capitalised word the tagger took for a verb but the
            # entity tagger kept in the name ("Melitus Were")
            while k < s.last and k - i < 4 and (
                tokens[k].tag == "NNP" or tokens[k].text[:1].isupper() and tokens[k].ent_type == "PERSON"
            ):
                k += 1
            if k > i + 1:
                j = k
                while j < s.last and tokens[j].lower in _AUX_WORDS:
                    j += 1
                if k < j < s.last and (tokens[j].lower in _KILLED_FORMS or tokens[j].lower in _TO_DEATH
                                       and j + 1 < s.last and tokens[j + 1].lower in ("dead", "to")):
                    out.append(_Patient(tokens[i], KILLED, tokens[j], False))
                    continue
        # subject first: "a man ... was shot dead", "A thief is lynched"
        if t.lower in ("a", "an", "one"):
            k = i + 1
            while k < s.last and k - i < 5 and tokens[k].lower not in _PERSON_NOUNS and tokens[k].pos in (
                "ADJ", "NOUN", "PROPN", "NUM", "PUNCT"
            ):
                k += 1
            if k >= s.last or tokens[k].lower not in _PERSON_NOUNS:
                continue
            j = k + 1
            if j < s.last and tokens[j].text == ",":
                # an apposition between commas: "a herdsman, 16-year-old John Doe, was killed"
                close = next((x for x in range(j + 1, min(j + 10, s.last)) if tokens[x].text == ","), None)
                if close is not None:
                    j = close + 1
            while j < s.last and tokens[j].lower in _AUX_WORDS:
                j += 1
            if j < s.last and (tokens[j].lower in _KILLED_FORMS or tokens[j].lower in _TO_DEATH and j + 1 < s.last
                               and tokens[j + 1].lower in ("dead", "to")):
                out.append(_Patient(tokens[k], KILLED, tokens[j], False))
    return out


_PASSIVE_AUX = frozenset("was is".split())


def _subjectless_passive(s: _Sentence) -> list[_Patient]:
    """One person killed when the parser lost the subject of a main-clause passive: "A drug suspect
    said to belong to a gang was shot and killed" (the subject hung on "belong"), "On 2 May, in
    Town, Region, a village chair of Ward 4 was shot dead" (the subject taken for an apposition of
    the place). The victim is the first singular person noun with an article before the verb."""
    tokens = s.tokens
    for i in range(s.first + 1, s.last):
        v = tokens[i]
        nxt = tokens[i + 1].lower if i + 1 < s.last else ""
        after = tokens[i + 2].lower if i + 2 < s.last else ""
        if not (v.lower in _KILLED_FORMS or v.lower in _TO_DEATH and (
                nxt == "dead" or nxt == "to" and after == "death" or nxt == "and" and after in _KILLED_FORMS)):
            continue
        j = i - 1
        while j > s.first and tokens[j].pos == "ADV":
            j -= 1
        if tokens[j].lower not in _PASSIVE_AUX or tokens[j].dep != "auxpass" or tokens[j].head != v.i:
            continue
        if v.dep != "ROOT" or s.kids(v, "nsubjpass", "nsubj") or _unrealised(s, v):
            continue
        for t in tokens[s.first : j]:
            if t.tag not in ("NN", "NNP") or t.dep in ("pobj", "compound", "poss", "npadvmod"):
                continue
            dets = [d for d in s.kids(t, "det") if d.lower in ("a", "an", "the")]
            if not dets:
                continue
            lemma = t.lemma.lower()
            # what was "shot dead" or "killed" is someone: any concrete common noun ("a village
            # chair"), a title ("an Inspector"), not a thing or an event ("the attack", "a cow")
            if lemma in _PERSON_NOUNS or t.lower in _PERSON_NOUNS or lemma in _ROLE_NOUNS or (
                (t.tag == "NN" or lemma.endswith(_PERSON_SUFFIXES)) and t.ent_type in ("", "PERSON", "NORP")
                and not lemma.endswith(_ABSTRACT_SUFFIXES) and lemma not in _NON_HUMAN
                and lemma not in _EVENT_NOUNS and lemma not in _BODY_NOUNS
            ):
                return [_Patient(t, KILLED, v, False)]
            break  # the first noun with an article is the subject or nothing is
        return []
    return []


def _toll_figure(s: _Sentence, toll: Token) -> list[Token]:
    """The number a toll is given as: "a death toll of 12", "the toll rose to 12", "the toll is 12"."""
    nums = [x for p in s.kids(toll, "prep") if p.lower in ("of", "at") for x in s.kids(p, "pobj")]
    if toll.dep in ("nsubj", "nsubjpass"):
        gov = s.head(toll)
        preps = s.kids(gov, "prep")
        preps += [q for p in preps if p.lower == "from" for q in s.kids(p, "prep")]  # "from 1 to 4"
        nums += [x for p in preps if p.lower in ("to", "at") for x in s.kids(p, "pobj")]
        nums += s.kids(gov, "dobj", "attr")
    return [x for x in nums if _is_number_token(x) or _count_of(s, x) is not None]


def _can_be_people(s: _Sentence, t: Token) -> bool:
    """Could this object of an outcome verb be its victims (not "a short time", "rioting")?"""
    if not _person_like(s, t):
        return False
    if t.pos == "NOUN" and t.lemma.lower() not in _PERSON_NOUNS and t.lemma.lower().endswith(_ABSTRACT_SUFFIXES):
        return False
    return True


def _person_like(s: _Sentence, t: Token) -> bool:
    """Not a thing, animal or unit ("30 goats", "three vehicles", "12 km")."""
    if t.lower == "head" and any(d.lower in ("the", "a") for d in s.kids(t, "det")) and any(
        p.lower == "of" and not any(o.lemma.lower() in _NON_HUMAN for o in s.kids(p, "pobj")) for p in s.kids(t, "prep")
    ):
        return True  # "shot dead the head of the forestry office": a person, not a head of cattle
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
    # the number nearest the noun among the words before it in its phrase: "Five Kenyan policemen",
    # "Seven Kenyan fishermen" (parsed as "Seven" -> "Kenyan")
    lo, _ = s.analysis.subtree_span(t) if s.kids(t) else (t.start, t.end)
    j = t.i
    while j > s.first:
        j -= 1
        c = s.tokens[j]
        if c.start < lo:
            break
        if c.text in (")", "]"):
            # an acronym or aside inside the phrase: "Two Kenya Defence Forces (KDF) soldiers"
            opening = "(" if c.text == ")" else "["
            k = j - 1
            while k > s.first and s.tokens[k].text != opening and j - k < 8:
                k -= 1
            if s.tokens[k].text == opening:
                j = k
                continue
            break
        if c.dep == "prep" and c.head == t.i or c.text in (",", "(", "[", ";", ":"):
            break
        if (_is_number_token(c) or c.lower in _VAGUE) \
                and c.dep in ("nummod", "quantmod", "amod", "det", "compound", "nmod"):
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
                return s.analysis.subtree_span(p)
        return None
    if t.pos == "PRON":
        return t.start, t.end
    # the noun and the modifiers before it, after the number: "23 year - old university student"
    floor = count.last if count is not None and 0 <= count.last <= t.i else s.first
    first = t.i
    for c in s.kids(t, "compound", "amod", "nmod"):
        if floor <= c.i < t.i:
            lo, _ = s.analysis.subtree_span(c)
            while first > floor and tokens[first - 1].start >= lo:
                first -= 1
    while first < t.i and (tokens[first].dep == "punct" or count is not None and _is_number_token(tokens[first])):
        first += 1
    return tokens[first].start, t.end


def _additional(s: _Sentence, t: Token, count: _Count | None) -> bool:
    words = {c.lower for c in s.kids(t, "amod", "det", "advmod")}
    if t.lower in ("others", "other", "another"):
        words.add("others")
    if count is not None and 0 <= count.last < s.last and s.tokens[count.last].lower in ("more", "other", "others"):
        words.add("more")
    if count is not None and count.first > s.first and s.tokens[count.first - 1].lower == "the":
        return False  # "the six other dead": the rest of a group already given, not more of it
    return bool(words & _ADDITIVE)


def _remainder(s: _Sentence, count: _Count | None) -> bool:
    """"the six other dead", "the other two": the rest of a group already counted."""
    if count is None or count.first <= s.first:
        return False
    before = s.tokens[count.first - 1].lower
    if before in ("other", "remaining") and count.first - 2 >= s.first:
        return s.tokens[count.first - 2].lower == "the"  # "the other two"
    return before == "the" and count.last < s.last and s.tokens[count.last].lower in ("other", "others", "remaining")


def _of_the_wounded(s: _Sentence, t: Token) -> bool:
    return any(
        o.lower in ("injured", "wounded")
        for prep in s.kids(t, "prep") if prep.lower == "of" for o in s.kids(prep, "pobj")
    )


def _subset(s: _Sentence, t: Token) -> bool:
    """"one of the victims", "including three children": part of a group already counted.

    "four of the villagers" is only a subset if villagers were counted; ``estimate_fatalities``
    decides that from the victim words ("of the villagers").
    """
    for prep in s.kids(t, "prep"):
        if prep.lower == "of":
            for o in s.kids(prep, "pobj"):
                if o.lower in _SUBSET_OF:
                    return True
    while t.dep == "conj":
        t = s.head(t)
    if t.dep == "dobj" and s.head(t).lemma.lower() == "include":
        return True  # "the dead included a boy and four herders"
    return t.dep == "pobj" and s.head(t).lower in ("including", "among", "like")


@dataclass(frozen=True, slots=True)
class _Figure:
    value: int
    low: int
    high: int
    start: int
    end: int
    approximate: str | None
    count: _Count | None  # None when one person is implied


def _figure(s: _Sentence, p: _Patient) -> _Figure | None:
    """How many the victim phrase counts, and the span that says so; None if it is not people."""
    t = p.token
    if not _person_like(s, t):
        return None
    # "no one was killed", "no casualties"
    if t.lower in ("nobody", "none") or any(c.lower == "no" for c in s.kids(t, "det")):
        return _Figure(0, 0, 0, t.start, t.end, None, None)
    count = p.count or _count_of(s, t)
    if count is not None:
        start, end = s.tokens[count.first].start, s.tokens[count.last - 1].end
        return _Figure(count.value, count.low, count.high, start, end, count.approximate, count)
    if t.lower in _RELATIVE_PRONOUNS and t.dep in ("nsubjpass", "nsubj", "dobj"):
        # "a man who was killed": the victim is the noun the clause describes
        node = t
        while node.dep not in ("relcl", "acl") and node.head != node.i:
            node = s.head(node)
        if node.dep in ("relcl", "acl") and s.head(node).i != t.i:
            return _figure(s, _Patient(s.head(node), p.outcome, p.cue, p.additional))
        return None
    if t.lower == "them" and t.dep in ("dobj", "obj"):
        # "arrested six farmers and executed them": the group the first verb counted
        verb = s.head(t)
        while verb.dep == "conj" and verb.head != verb.i:
            verb = s.head(verb)
            for o in s.kids(verb, "dobj", "obj"):
                count = _count_of(s, o)
                if count is not None and o.i < t.i and _person_like(s, o):
                    start, end = s.tokens[count.first].start, s.tokens[count.last - 1].end
                    return _Figure(count.value, count.low, count.high, start, end, count.approximate, count)
    if t.pos == "PRON" or t.tag in ("DT", "PRP"):
        if t.lower in _SINGULAR_PRONOUNS or t.lower == "another":
            return _Figure(1, 1, 1, t.start, t.end, None, None)
        return None
    dets = s.kids(t, "det", "poss")
    if t.lower in ("old", "year-old", "month-old") and any(
        c.lemma.lower() in ("year", "month") for c in s.kids(t, "npadvmod", "compound", "nmod")
    ) or t.lower in ("year-old", "month-old"):
        # "a 21-year-old", "a 14 year old": the age names one person (the number is the age)
        if any(d.lower in ("a", "an", "the") or d.dep == "poss" for d in dets):
            start = dets[0].start if dets[0].i < t.i else t.start
            return _Figure(1, 1, 1, start, t.end, None, None)
        return None
    # a person noun the tagger took for an adjective ("A paramedic tending the injured ... was shot")
    if t.tag in ("NN", "NNP") or t.pos == "PROPN" and t.tag != "NNPS" or t.tag == "JJ" and t.lower in _PERSON_NOUNS:
        if not _one_person(s, t, dets):
            return None
        start = dets[0].start if dets and dets[0].i < t.i else t.start
        return _Figure(1, 1, 1, start, t.end, None, None)
    if (t.tag == "NNS" and t.lemma.lower() != t.lower and len(dets) == 1 and dets[0].lower in ("a", "an")
            and dets[0].i < t.i and not s.kids(t, "conj")
            and (_one_person(s, t, dets) or t.lemma.lower() in _PERSON_NOUNS)):
        # "A members of the intelligence service is killed", "An unidentified gunmen is killed": the
        # article is a coder's slip for one person (a real plural form, not a singular the tagger
        # took for one: "a party mla")
        return _Figure(1, 1, 1, dets[0].start, t.end, None, None)
    # A bare plural ("gunmen kill civilians") gives no number. ACLED's files code such reports
    # anywhere from 1 to 13; guessing 3 lost more rows than it won on both evaluation sets.
    return None


def _one_person(s: _Sentence, t: Token, dets: Sequence[Token]) -> bool:
    """Is this singular noun one person ("a Kipsigis", "his son", "Lawyer", "Robert Barasa")?"""
    lemma = t.lemma.lower()
    if t.ent_type == "PERSON" or t.lower in _PERSON_NOUNS or lemma in _PERSON_NOUNS:
        return True  # includes capitalised headline nouns: "Officer killed", "kills Civilian"
    if t.pos == "PROPN" and t.ent_type != "NORP":
        # a name the model did not tag as a person, but described as one ("Bacha, an imam,", "Arif,
        # a local council head,") or named in full as a person elsewhere ("Jamil Parvani ...
        # Parvani was killed")
        if any(
            a.lemma.lower() in _PERSON_NOUNS or a.lemma.lower() in _ROLE_NOUNS
            or a.lemma.lower().endswith(_PERSON_SUFFIXES)
            for a in s.kids(t, "appos")
        ):
            return True
        return t.ent_type in ("", "PERSON", "ORG", "GPE") and _named_person(s.analysis, t)
    if t.pos == "PROPN" and t.ent_type not in ("", "NORP"):
        return False  # "Taliban" alone names a group, not one person
    if lemma in _PERSON_NOUNS or t.lower in _PERSON_NOUNS:
        return True
    if t.pos == "PROPN":
        return t.ent_type == "NORP" and any(d.lower in ("a", "an") for d in dets)  # "a Kipsigis"
    # a concrete common noun: "the bodyguard", "a civilian"; not "violence", "the attack"
    if lemma == "head":
        return _person_like(s, t)
    return not (lemma.endswith(_ABSTRACT_SUFFIXES) or lemma in _NON_HUMAN or t.lower in _NON_HUMAN)


# Roles an apposition gives a named person ("Noorzai, a district governor,", "the head of").
_ROLE_NOUNS = frozenset("head chief governor scholar envoy director deputy member secretary chairman mayor".split())


def _named_person(analysis: Analysis, t: Token) -> bool:
    """Is ``t`` (a surname) a word of a PERSON entity elsewhere in the report?"""
    word = t.text
    if len(word) < 3 or not word[:1].isupper():
        return False
    for ent in analysis.entities:
        if ent.label == "PERSON" and not (ent.start <= t.start < ent.end) and word in ent.text.split():
            return True
    return False


# Nouns of materiel: a side "losing" or "destroying" these reports equipment losses, not deaths.
_MATERIEL = frozenset(
    "equipment weaponry weapon weapons vehicle vehicles tank tanks truck trucks car cars aircraft "
    "helicopter helicopters drone drones artillery gun guns rifle rifles ammunition arms boat boats "
    "building buildings house houses shop shops property livestock cattle goats camels item items "
    "belongings possessions valuables goods phones documents".split()
)


def _is_materiel(victim: str) -> bool:
    # the head of the phrase decides: "heavy equipment" is materiel, "cattle rustlers" are people
    words = [w.strip(".,;:'\"").lower() for w in victim.split()]
    words = [w for w in words if w]
    return bool(words) and words[-1] in _MATERIEL


_SURVIVED = re.compile(r"\b(?:rescued|survived|saved|escaped\s+death|before\s+(?:his\s+|her\s+)?death)\b",
                       re.IGNORECASE)
# A report that a claim was denied or is unproven ("rejected as fabricated", "provided no evidence")
_DISPUTE = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|reject(?:s|ed|ing)?|refut\w*|fabricat\w*|"
    r"(?:no|without)\s+(?:\w+\s+){0,2}evidence|neither\b[^.]{0,60}\bevidence|unverified|unconfirmed|"
    r"(?:could|can|cannot|could\s+not|was\s+not|were\s+not)\s*(?:not\s+)?(?:be\s+)?(?:independently\s+)?"
    r"(?:verif|confirm)\w*|not\s+possible\s+to\s+(?:verify|confirm))",
    re.IGNORECASE,
)


def find_casualties(analysis: Analysis, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[Casualty, ...]:
    """Every casualty figure in the article: who, how many, and what happened to them."""
    out: list[Casualty] = []
    disputed = _DISPUTE.search(analysis.text) is not None
    # a mob's victim who was "rescued before death" or "survived" was beaten, not killed
    survived = _SURVIVED.search(analysis.text) is not None
    for index in range(len(analysis.sentences)):
        sent = analysis.sentences[index]
        if any(a <= sent.start and sent.end <= b for a, b in skip):
            continue
        s = _Sentence(analysis, index)
        chosen: dict[int, tuple[_Patient, _Figure]] = {}
        used: set[int] = set()
        for p in _patients(s):
            fig = _figure(s, p)
            if fig is None:
                continue
            key = fig.count.first if fig.count is not None else p.token.i
            prev = chosen.get(key)
            if prev is None or _GRAVITY[p.outcome] > _GRAVITY[prev[0].outcome]:
                chosen[key] = (p, fig)
            used.add(p.token.i)
        for p in _surface_patients(s):
            fig = _figure(s, p)
            if fig is None or fig.count is None:
                continue
            key = fig.count.first
            if p.adjacent or (key not in chosen and p.token.i not in used):
                chosen[key] = (p, fig)
        if not chosen:
            for p in (_surface_singulars(s) or _subjectless_passive(s))[:1]:
                fig = _Figure(1, 1, 1, p.token.start, p.token.end, None, None)
                chosen[p.token.i] = (p, fig)
        # a body counts a victim of its own unless someone else's killing is told ("His body and the
        # body of a woman were found" are two deaths)
        killed_here = sum(1 for q, _ in chosen.values()
                          if q.outcome == KILLED and q.cue.lemma.lower() not in ("body", "corpse"))
        for p, fig in sorted(chosen.values(), key=lambda x: x[1].start):
            if any(a < fig.end and fig.start < b for a, b in skip):
                continue
            if killed_here >= 1 and p.token.i == p.cue.i and p.cue.lemma.lower() in ("body", "corpse") and any(
                c.tag in ("PRP$", "PRP") for c in s.kids(p.token, "poss")
            ):
                continue  # "was killed and his body dumped": the body is the victim already counted
            # "three of the injured died": deaths added to the toll, not a part of it
            died_of_wounds = p.outcome == KILLED and _of_the_wounded(s, p.token)
            vspan = _victim_phrase(s, p.token, fig.count)
            if vspan is not None and _is_materiel(analysis.text[vspan[0] : vspan[1]]):
                continue  # "lost a number of heavy equipment": materiel, not people
            out.append(
                Casualty(
                    start=fig.start,
                    end=fig.end,
                    text=analysis.text[fig.start : fig.end],
                    sentence=index,
                    value=fig.value,
                    low=fig.low,
                    high=fig.high,
                    approximate=fig.approximate,
                    outcome=(WOUNDED if survived and p.outcome == KILLED and p.cue.lemma.lower() == "lynch"
                             else p.outcome),
                    victim=analysis.text[vspan[0] : vspan[1]] if vspan else None,
                    victim_span=vspan,
                    additional=p.additional or _additional(s, p.token, fig.count) or died_of_wounds,
                    background=_background(s, p.cue) or _accidental(s, p.cue)
                    or _coded_elsewhere(analysis.text, fig.end, analysis.sentences[index].end),
                    subset=not died_of_wounds and (_subset(s, p.token) or _remainder(s, fig.count)),
                    implied=fig.count is None and fig.value != 0,  # "no one was killed" is a figure
                    revised=p.revised,
                    disputed=disputed,
                )
            )
        out.extend(_own_lives(s, out, index))
        out.extend(_captives_found_dead(s, out, index))
    out = _set_aside(analysis, out)
    out.extend(_coded_shares(analysis, out, skip))
    return tuple(out)


_REFLEXIVES = frozenset("himself herself themselves".split())
_WEAPONS = frozenset("gun weapon rifle pistol firearm".split())


def _suicide(s: _Sentence, v: Token) -> Token | None:
    """The last word of "committing suicide", "turning the gun on himself", "killed himself"."""
    lemma = v.lemma.lower()
    objects = s.kids(v, "dobj")
    if lemma == "commit":
        return next((o for o in objects if o.lower == "suicide"), None)
    if lemma == "turn" and any(o.lemma.lower() in _WEAPONS for o in objects):
        return next((o for prep in s.kids(v, "prep") if prep.lower == "on"
                     for o in s.kids(prep, "pobj") if o.lower in _REFLEXIVES), None)
    if lemma in ("kill", "shoot"):
        return next((o for o in objects if o.lower in _REFLEXIVES), None)
    return None


def _own_lives(s: _Sentence, found: Sequence[Casualty], index: int) -> list[Casualty]:
    """A killer who then takes his own life ("shot dead his boss before turning the gun on himself",
    "killed two and then killed himself") adds one death to the toll of the killing he ends."""
    if not any(c.sentence == index and c.outcome == KILLED and not c.background and c.value > 0 for c in found):
        return []
    out = []
    for v in s.tokens[s.first : s.last]:
        if v.pos != "VERB":
            continue
        end = _suicide(s, v)
        if end is None or any(c.start <= end.start < c.end for c in found if c.sentence == index):
            continue
        head = s.head(v)
        if v.dep == "pcomp" and head.lower in ("before", "after", "then"):
            head = s.head(head)
        elif v.dep not in ("conj", "advcl"):
            continue
        if head.lemma.lower() not in ("kill", "shoot", "murder", "stab", "hack") or head.i == v.i:
            continue
        out.append(Casualty(
            start=v.start, end=end.end, text=s.analysis.text[v.start : end.end], sentence=index, value=1, low=1,
            high=1, approximate=None, outcome=KILLED, victim=None, victim_span=None, additional=True, implied=True,
        ))
    return out


_CAPTIVE_WORDS = frozenset("arrested abducted captured kidnapped detained detainee hostage captive".split())


def _refers_to_captives(s: _Sentence, t: Token) -> bool:
    """"they", "their bodies", "the bodies of the arrested", "the captured policemen": the people a
    previous clause says were taken, with no number of their own."""
    if any(k.dep == "nummod" for k in s.kids(t)):
        return False
    if t.lower == "they":
        return True
    if t.lemma.lower() in ("body", "corpse"):
        if any(k.lower == "their" for k in s.kids(t, "poss")):
            return True
        return any(o.lower in _CAPTIVE_WORDS or o.lower == "them"
                   for prep in s.kids(t, "prep") if prep.lower == "of" for o in s.kids(prep, "pobj"))
    return t.lemma.lower() in _CAPTIVE_WORDS or any(k.lower in _CAPTIVE_WORDS for k in s.kids(t, "amod"))


def _captives_found_dead(s: _Sentence, found: Sequence[Casualty], index: int) -> list[Casualty]:
    """People arrested or abducted and then found dead ("two men were detained ... Their bodies were
    found days later", "abducting two others. Later the captured policemen were found dead"): the
    deaths are the captives the report counted, added to any other toll."""
    out = []
    for v in s.tokens[s.first : s.last]:
        if v.lemma.lower() not in ("find", "discover", "recover") or v.pos != "VERB":
            continue
        subjects = s.kids(v, "nsubjpass")
        if not subjects and v.dep == "conj":
            subjects = s.kids(s.head(v), "nsubjpass")
        dead = any(k.lower == "dead" for k in s.kids(v, "oprd", "acomp", "advmod"))
        subject = subjects[0] if subjects else None
        if subject is None or not (dead or subject.lemma.lower() in ("body", "corpse")):
            continue
        if not _refers_to_captives(s, subject):
            continue
        if any(c.outcome == KILLED and c.sentence == index and not c.background for c in found):
            continue  # the sentence gives its own count
        captives = [c for c in found if c.outcome in (ARRESTED, ABDUCTED) and not c.background
                    and index - 1 <= c.sentence <= index and c.start < v.start]
        if not captives:
            continue
        last = max(c.sentence for c in captives)
        taken = [c for c in captives if c.sentence == last]
        start = min([subject.start] + [k.start for k in s.kids(subject) if k.i < subject.i])
        out.append(Casualty(
            start=start, end=v.end, text=s.analysis.text[start : v.end], sentence=index,
            value=sum(c.value for c in taken), low=sum(c.low for c in taken), high=sum(c.high for c in taken),
            approximate=None, outcome=KILLED, victim=None, victim_span=None, additional=True,
            implied=all(c.implied for c in taken),
        ))
        break
    return out


# A coder's bracketed aside ("12 killed *[mortuary count = 6]*", "1 shot dead [possibly included in
# the 5 reported killed]"), another source's figure in brackets after the count, and a toll the
# report calls unconfirmed ("7 other deaths are feared but unconfirmed") qualify the coded figure;
# they are not added to it.
_BRACKETS = re.compile(r"\[[^\]]*\]")
_PARENS = re.compile(r"\([^()]*\)")
_UNCONFIRMED = re.compile(
    r"\bunconfirmed\b|\bnot\s+(?:been\s+)?confirmed\b|\byet\s+to\s+be\s+confirmed\b", re.IGNORECASE
)


def _set_aside(analysis: Analysis, found: list[Casualty]) -> list[Casualty]:
    """Deaths in an aside are background when the report gives other deaths outside any aside."""
    killed = [c for c in found if c.outcome == KILLED and not c.background and c.value > 0]
    if len(killed) < 2:
        return found
    brackets = [m.span() for m in _BRACKETS.finditer(analysis.text)]
    # a parenthesis right after a figure gives another source's figure: "At least 12 (one report
    # says 15) were killed"
    ends = {c.end for c in killed}
    brackets += [m.span() for m in _PARENS.finditer(analysis.text) if any(0 <= m.start() - e <= 1 for e in ends)]
    aside = {
        id(c) for c in killed
        if any(a < c.start and c.end < b for a, b in brackets)
        or _UNCONFIRMED.search(analysis.sentence_text(c.sentence))
    }
    if not aside or len(aside) == len(killed):
        return found
    return [replace(c, background=True) if id(c) in aside else c for c in found]


_ESTIMATE_NOTE = re.compile(
    r"\b(?:est(?:imate[sd]?)?\.?(?:\s+only)?\s*"
    r"(?:[:=]\s*|at\s+|of\s+|to\s+be\s+(?:over\s+|about\s+|around\s+|at\s+least\s+)?)"
    r"|coded\s+at\s+(?:an?\s+)?(?:low\s+)?estimate\s+of\s+|estimates?\s+include\s+)(\d{1,5})\b(?![,.]?\d)"
    r"(?!\s*(?:%|percent|km|kilomet\w*|houses|homes|animals|cattle|goats|sheep|camels|livestock|"
    r"displaced|families|"
    r"protesters|demonstrators|participants|people\s+(?:displaced|attended|gathered|marched)))"
    r"|\b(\d{1,5})\s+unconfirmed\s+deaths\b",
    re.IGNORECASE,
)
# An estimate counts as a death toll only with a word for deaths shortly before it or in it.
_DEATH_WORDS = re.compile(r"death|dead|killed|died|fatal|casualt|causalt|bod(?:y|ies)", re.IGNORECASE)
_ESTIMATE_REACH = 150
# ... and not when it sizes a crowd ("a crowd estimated at 2,000 protested the killing")
_CROWD_WORDS = re.compile(r"crowd|size|turnout|gathering|protesters|demonstrators|people", re.IGNORECASE)

# A coder's aside that a figure's deaths are coded as another event: "2 killed (coded separately)",
# "police intervened killing 4 (coded seperately)", "the killing of 18 - coded separately".
_ELSEWHERE_NOTE = re.compile(
    r"\bcoded\s+(?:sep[ae]rately|elsewhere|(?:in|as)\s+(?:a\s+)?(?:separate|other|another)\s+event"
    # "(fatalities coded to Horlivka event)", "(fatalities coded to Donetsk - Kyivskyi event)"
    r"|to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:-\s+)?){1,4}event)",
    re.IGNORECASE,
)
# How far after the figure the aside may stand, and what may not come between: another number, or
# a place ("several were killed in Marassa (coded separately)" says the place is another event).
_ELSEWHERE_REACH = 45
_DEATHS_CODED = re.compile(r"(?:fatalit(?:y|ies)|deaths?)\s+(?:were\s+|was\s+)?$", re.IGNORECASE)
_PLACE_BETWEEN = re.compile(r"\b(?:in|at|near|to|and)\s+[A-Z]|\d")


def _coded_elsewhere(text: str, end: int, sentence_end: int) -> bool:
    match = _ELSEWHERE_NOTE.search(text, end, min(len(text), max(sentence_end, end) + 40))
    if match is None:
        return False
    if _DEATHS_CODED.search(text, max(end, match.start() - 16), match.start()):
        return True  # "one civilian was killed and eight wounded (fatalities coded to Horlivka event)"
    if match.start() - end > _ELSEWHERE_REACH:
        return False
    return _PLACE_BETWEEN.search(text[end : match.start()]) is None


# Coders' notes on how a toll was coded ("10 fatalities split across 2 locations, coded as 5",
# "FATALITIES: 15"); news prose does not have them, so they cost nothing there.
_NUMBER_WORD = r"(?:\d{1,5}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPLIT_NOTE = re.compile(
    r"\b(?:split|divided|spread|distributed|coded)\s+(?:evenly\s+|equally\s+)?(?:over|across|between|among(?:st)?)"
    r"\s+(?:the\s+)?\(?(" + _NUMBER_WORD + r")\)?\s+(?:separate\s+|different\s+)?"  # "split between (3) events"
    r"(?:events?|locations?|days?|incidents?|villages?|places?)\b",
    re.IGNORECASE,
)
_GIVEN_SHARE = re.compile(r"\s*\((\d{1,5})\)")
_CODED_NOTE = re.compile(
    r"\b(?:coded\s+as|fatalit(?:y|ies)\s+(?:were\s+|was\s+)?coded\s+to(?=\s+\d+\s*(?:[.,;)\]]|$)))\s+("
    + _NUMBER_WORD + r")\b"
    r"(?!\s*(?:[a-z]+\s+)?(?:km|kilomet|%|percent|events?|locations?|incidents?))"
    r"|\b(" + _NUMBER_WORD + r")\s+(?:fatalit(?:y|ies)\s+|deaths?\s+)?(?:were\s+|was\s+|are\s+|is\s+)?"
    r"(?:coded|recorded)"
    r"(?:\s+(?:in|for)\s+(?:this|the\s+present)\s+(?:event|location|incident)|\s+here\b)"
    # "3 fatalities coded." closing a note: the count this event was given; not "8 fatalities coded
    # for May 12", a share of another event
    r"|\b(" + _NUMBER_WORD + r")\s+fatalit(?:y|ies)\s+coded(?=\s*(?:[.,;)\]]|$))",
    re.IGNORECASE,
)
# A toll divided among the coded events, one share each ("15 killed (8 fatalities coded for May 12, 7
# coded for May 14)"): the report does not say which share is this event's; the first listed is the
# one ACLED's notes most often belong to (the note is repeated on every event, the first written
# first), and any share is nearer than the whole toll.
_SHARE_LIST = re.compile(
    r"\b(" + _NUMBER_WORD + r")\s+(?:fatalit(?:y|ies)\s+|deaths?\s+)?(?:were\s+|was\s+)?coded\s+(?:for|to|on|in|at)\s+"
    r"(?!this\b|the\s+present\b)[^,;()\[\]]{1,40}[,;]\s*(?:and\s+)?" + _NUMBER_WORD
    + r"\s+(?:fatalit(?:y|ies)\s+|deaths?\s+|dead\s+|killed\s+)?(?:were\s+|was\s+)?(?:coded\s+)?(?:for|to|on|in|at)\b",
    re.IGNORECASE,
)
# A note's closing count: "... shot and killed a driver. 1 fatality." (the sentence is the number alone)
_CLOSING_COUNT = re.compile(
    r"(?:^|(?<=[.!?\]])\s+)(" + _NUMBER_WORD + r")\s+fatalit(?:y|ies)\s*\.?\s*(?:\[[^\]]*\]\s*)?$",
    re.IGNORECASE,
)
# A toll shared out by day: "(14 fatalities have been divided for the days from Jun 4 to June 6.)";
# the days are counted from the dates that follow (a range, or a list)
_DAYS_SPLIT = re.compile(
    r"\b(\d{1,5})\s+fatalit(?:y|ies)\s+(?:have\s+been\s+|were\s+)?(?:equally\s+|evenly\s+)?"
    r"(?:divided|split|distributed|spread)\s+(?:for|among|across|between|over)\s+(?:the|each)\s+days?\s+"
    r"(?:of\s+|from\s+|between\s+)?([^.)\]]{0,80})",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY_OF_MONTH = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})\b|\b(\d{1,2})\s+" + _MONTH, re.IGNORECASE)
_RANGE_WORD = re.compile(r"\bto\b|\buntil\b|[-–]")


def _days_listed(span: str) -> int | None:
    """How many days "Jun 4 to June 6" (3) or "August 8, August 9 and August 10" (3) name."""
    days = [int(m.group(1) or m.group(2)) for m in _DAY_OF_MONTH.finditer(span)]
    if len(days) == 2 and _RANGE_WORD.search(span):
        return days[1] - days[0] + 1 if days[1] >= days[0] else None
    return len(days) or None


# "This was one of three related attacks ...": a toll given after it covers all of them
_ONE_OF_NOTE = re.compile(
    r"\bone\s+of\s+(?:at\s+least\s+)?(" + _NUMBER_WORD + r")\s+(?:related\s+|coordinated\s+|similar\s+|separate\s+)?"
    r"(?:attacks|assaults|raids|events|incidents|explosions|bombings|clashes)\b",
    re.IGNORECASE,
)
_ACROSS_NOTE = re.compile(
    r"\bacross\s+(?:the\s+|all\s+)?(" + _NUMBER_WORD + r"|both)\s+(?:related\s+)?"
    r"(?:attacks|assaults|raids|events|incidents|explosions|bombings|clashes|locations)\b",
    re.IGNORECASE,
)
_FATALITIES_FIELD = re.compile(r"\bfatalit(?:y|ies|is)\s*[:=]\s*(\d{1,5})\b(?!\s*[-–]\s*\d|\s+others?\b)",
                               re.IGNORECASE)


def _coded_shares(
    analysis: Analysis, found: Sequence[Casualty], skip: Sequence[tuple[int, int]]
) -> list[Casualty]:
    """A figure for a coder's note that says how the toll was coded, as a revised toll.

    "coded as 5" / "5 coded in this event" / "FATALITIES: 15" give the figure; "split across 3
    events" alone divides the last toll given before it (rounded down, as ACLED's shares are).
    """
    text = analysis.text
    lowered = text.lower()
    if not any(w in lowered for w in ("coded", "split", "divided", "fatalit", "across", "one of", "est")):
        return []  # the common case: no note, no regex work
    out: list[Casualty] = []
    coded = list(_CODED_NOTE.finditer(text))
    # "unspecified fatalities coded as 10, 8 fatalities coded here": the count for this event wins;
    # of several, the last sums up ("9 coded here ... 5 coded here. 14 fatalities coded here")
    here = [m for m in coded if m.group(2) is not None]
    for match in here[-1:] or coded:
        group = next(g for g in (1, 2, 3) if match.group(g) is not None)
        out.extend(_note_figure(analysis, match, group, _word_value(match.group(group)), skip))
    if not out:
        for match in _SHARE_LIST.finditer(text):
            out.extend(_note_figure(analysis, match, 1, _word_value(match.group(1)), skip))
            break
    if not out:
        for match in _FATALITIES_FIELD.finditer(text):
            out.extend(_note_figure(analysis, match, 1, _word_value(match.group(1)), skip))
    if not out:
        for match in _CLOSING_COUNT.finditer(text):
            out.extend(_note_figure(analysis, match, 1, _word_value(match.group(1)), skip))
    if not out:
        for match in _DAYS_SPLIT.finditer(text):
            days = _days_listed(match.group(2))
            if days and days > 1:
                # rounded half up: measured on the global file's by-day shares, 78 of 108 (floor 74)
                share = (2 * int(match.group(1)) + days) // (2 * days)
                out.extend(_note_figure(analysis, match, 1, share, skip))
                break
    if not out and not any(c.outcome == KILLED and not c.background and c.value > 0 for c in found):
        # a coder's estimate where the note gives no count of its own ("many casualties. Exact
        # number not known - est at 10", "FATALITIES: Estimate of 3 people")
        for match in _ESTIMATE_NOTE.finditer(text):
            group = 1 if match.group(1) is not None else 2
            if _DEATH_WORDS.search(text, max(0, match.start() - _ESTIMATE_REACH), match.end()) and not (
                _CROWD_WORDS.search(text, max(0, match.start() - 40), match.start())
            ):
                out.extend(_note_figure(analysis, match, group, _word_value(match.group(group)), skip)[:1])
                break
    if not out:
        for match in _SPLIT_NOTE.finditer(text):
            given = _GIVEN_SHARE.match(text, match.end())
            if given is not None:
                # "Fatalities are split across 3 events (5)": the coder wrote this event's share
                out.extend(_note_figure(analysis, given, 1, int(given.group(1)), skip))
                break
            parts = _word_value(match.group(1))
            totals = _tolls(found, 0, match.start())
            if parts and parts > 1 and totals:
                share = max(_toll_of(totals) // parts, 1)
                out.extend(_note_figure(analysis, match, 0, share, skip))
    if not out:
        # "killed across the three events"; "This was one of three related attacks. Six ... were
        # killed": a toll shared by several coded events, divided evenly (rounded half up, as GTD
        # shares a remainder)
        for match in _ACROSS_NOTE.finditer(text):
            parts = 2 if match.group(1).lower() == "both" else _word_value(match.group(1))
            sentence = _sentence_at(analysis, match.start())
            totals = [c for c in _tolls(found, 0, match.end()) if c.sentence == sentence]
            if parts and parts > 1 and totals:
                share = max((2 * _toll_of(totals) + parts) // (2 * parts), 1)
                out.extend(_note_figure(analysis, match, 0, share, skip))
        if not out:
            for match in _ONE_OF_NOTE.finditer(text):
                parts = _word_value(match.group(1))
                totals = _tolls(found, match.end(), len(text))
                if parts and parts > 1 and totals:
                    first = totals[0].sentence
                    totals = [c for c in totals if c.sentence == first]
                    share = max((2 * _toll_of(totals) + parts) // (2 * parts), 1)
                    out.extend(_note_figure(analysis, match, 0, share, skip))
    return out


def _tolls(found: Sequence[Casualty], start: int, end: int) -> list[Casualty]:
    return [
        c for c in found
        if c.outcome == KILLED and not c.background and not c.subset and start <= c.start < end and c.value > 0
    ]


def _toll_of(figures: Sequence[Casualty]) -> int:
    """The toll the last sentence with figures gives: its victim groups added up."""
    last = figures[-1].sentence
    return sum(c.value for c in figures if c.sentence == last)


def _sentence_at(analysis: Analysis, offset: int) -> int | None:
    return next((i for i, s in enumerate(analysis.sentences) if s.start <= offset < s.end), None)


def _note_figure(
    analysis: Analysis, match: re.Match[str], group: int, value: int | None, skip: Sequence[tuple[int, int]]
) -> list[Casualty]:
    if value is None:
        return []
    start, end = match.span(group)
    if any(a < end and start < b for a, b in skip):
        return []
    sentence = _sentence_at(analysis, start)
    if sentence is None:
        return []
    return [
        Casualty(
            start=start, end=end, text=analysis.text[start:end], sentence=sentence, value=value, low=value,
            high=value, approximate=None, outcome=KILLED, victim=None, victim_span=None, revised=True, note=True,
        )
    ]


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

    @property
    def implied(self) -> bool:
        return all(c.implied for c in self.members)


def _victim_kind(c: Casualty) -> str | None:
    """The victims' category ("soldier", "civilian"), None when the words do not say."""
    if not c.victim:
        return None
    words = [w for w in re.findall(r"[a-z]+", c.victim.lower()) if w not in ("of", "the", "their", "his", "her", "its")]
    if not words or words[-1] in _GENERIC_VICTIMS or words[-1] in _SINGULAR_PRONOUNS or words[-1] == "them":
        return None
    if c.implied and c.victim.split()[-1][:1].isupper():
        return None  # a person's name says who, not what kind of victim
    if c.approximate == "unspecified":
        return None
    return words[-1].rstrip("s")


def _partitive(c: Casualty) -> bool:
    return bool(c.victim) and re.match(r"of\s+(?:the|these|those)\s", c.victim or "", re.IGNORECASE) is not None


def _reports(casualties: Sequence[Casualty], partisan: Callable[[Casualty], bool]) -> list[_Report]:
    """Group figures into reports of the whole toll: victim groups of one sentence add up; a later
    sentence restates the toll unless it says it adds to it ("another two") or names other victims."""
    by_sentence: dict[tuple[int, bool, bool], list[Casualty]] = {}
    for c in sorted(casualties, key=lambda c: c.start):
        # a revised toll is the whole toll: it does not add to the figures beside it
        by_sentence.setdefault((c.sentence, partisan(c), c.revised), []).append(c)
    reports: list[_Report] = []
    for (_, is_partisan, _), members in sorted(by_sentence.items(), key=lambda kv: kv[1][0].start):
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

    Only this event's deaths count: figures for deaths the text recalls from another event
    (``background``) are left out, and a part of a group ("four of the villagers") only stands in
    when nothing else is given. A person implied without a number ("a man was killed") is narrative
    detail once a number is given elsewhere.

    ``fatalities`` is the lowest non-partisan report of the toll (ACLED's conservative rule), or the
    lowest partisan claim when only parties to the fight gave figures. ``low`` is the lowest
    non-partisan figure read at its lower bound, ``best`` the toll non-partisan reports give most often (the first
    one on a tie: news leads with its current figure), ``high`` the highest figure of anyone, partisan claims included.
    """
    killed = [c for c in casualties if c.outcome == KILLED and not c.background]
    kinds = {_victim_kind(c) for c in killed if not _partitive(c)} - {None}
    # "four of the villagers" after "four villagers and six thieves were killed" restates a part
    whole = [c for c in killed if not c.subset and not (_partitive(c) and _victim_kind(c) in kinds)]
    killed = whole or killed
    if not killed:
        return FatalityEstimate(0, None, None, None, ())
    reports = _reports(killed, partisan)
    if any(not r.implied and not r.partisan for r in reports):
        reports = [r for r in reports if not r.implied]
    elif any(not r.implied for r in reports):
        # only a party's claim gives a number ("a soldier was killed ... the militants claim eight
        # dead"): the independent report of one death is the toll, the claim only raises ``high``
        reports = [r for r in reports if not r.implied or not r.partisan]
    neutral = [r for r in reports if not r.partisan]
    high = max(r.high for r in reports)
    if not neutral:
        # Only a party to the fight gave a figure. ACLED codes it when nothing contradicts it (its
        # Kenya, Africa and global files agree with the claimed figure in about 3 of 4 such rows),
        # taking the lowest claim, but not when the report says it was denied or unproven; low and
        # best stay empty: no independent figure supports them.
        lowest = min(reports, key=lambda r: (r.value, r.members[0].start))
        coded = 0 if any(c.disputed for c in killed) else lowest.value
        return FatalityEstimate(coded, None, None, high, tuple((c.start, c.end) for c in lowest.members))
    revised = [r for r in neutral if any(c.revised for c in r.members)]
    if revised:
        # "the death toll rose to six": the latest revision replaces the earlier figures
        lowest = best = revised[-1]
    else:
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
