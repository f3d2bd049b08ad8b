"""What a claim is about (topic) and the quantity it states, read from the claim's own content.

Both work on the content text alone so that cross-article reconciliation can recompute them for any
claim. The topic is the most specific class whose words appear: responsibility and equipment
losses are narrower than casualties, which are narrower than territorial control, and so on.
"""

from __future__ import annotations

import re

from ..records import Quantity

TOPICS = (
    "casualties",
    "territorial_control",
    "equipment_losses",
    "attack",
    "responsibility",
    "negotiations",
    "other",
)

_RESPONSIBILITY = re.compile(
    r"\b(claim\w* responsibility|responsib\w+ for|(was|were|is|are) behind|carried out (the|this|that|these)\b"
    r"|perpetrat\w+|ordered the (attack|strike|killing))",
    re.I,
)
_EQUIPMENT = re.compile(
    r"\b(equipment|weapon\w*|vehicles?|tanks?|armou?red|artillery|ammunition|helicopters?|aircraft|jets?|"
    r"drones?|humvees?|rifles?|materiel|munitions|arms)\b",
    re.I,
)
_LOSS_VERB = re.compile(r"\b(lost|lose|losing|losses|destroy\w*|seiz\w*|captur\w*|downed|shot down|abandon\w*)\b", re.I)
_CASUALTIES = re.compile(
    r"\b(kill\w*|dead|deaths?|died|die|fatalit\w*|casualt\w*|wounded|injur\w*|hurt|losses|martyr\w*|bodies|slain|"
    r"buried|bury|(serious|critical) condition|"
    r"massacre\w*|executed|lost (\d+|dozens|hundreds|scores|many|several)|lost [\w\s]{0,20}(members|fighters|"
    r"soldiers|men|troops|lives))\b",
    re.I,
)
_TERRITORY = re.compile(
    r"\b(control|took over|taken over|take over|captur\w*|seiz\w*|overr[au]n|retook|retaken|recaptur\w*|"
    r"reclaim\w*|liberat\w*|push(ed|ing)? back|pushed [\w\s]{1,30} back|withdr[ae]w\w*|controll?(ed|s)|"
    r"retreat\w*|reposition\w*|fell to|encircl\w*|besieg\w*|"
    r"(entered|advanced (on|into)|moved into) the (region|city|town|"
    r"district|province|village|area|valley|capital))\b",
    re.I,
)
_NEGOTIATIONS = re.compile(
    r"\b(talks?|negotiat\w*|ceasefire|cease-fire|truce|peace (deal|agreement|process|plan)|discussions?|"
    r"dialogue|mediat\w*|delegations?|proposals?|peace)\b",
    re.I,
)
_ATTACK = re.compile(
    r"\b(attack\w*|assault\w*|offensive|operations?|ambush\w*|shell\w*|strikes?|struck|bomb\w*|"
    r"fir(ed|ing) (on|at|into)|raid\w*|clash\w*|fighting|firefights?|battles?|gunfights?|invasion|invade\w*|"
    r"gunfire|gunmen|shoot\w*|shot|live (rounds|ammunition|bullets)|set fire|torch\w*|arson|storm\w*|"
    r"grenades?|explo\w*|blasts?|bombard\w*|abduct\w*|kidnap\w*|loot\w*|surround\w*|repel\w*|repuls\w*)\b",
    re.I,
)


def topic_of(content: str) -> str:
    """One of ``TOPICS`` for a claim's content text."""
    if _RESPONSIBILITY.search(content):
        return "responsibility"
    if _EQUIPMENT.search(content) and _LOSS_VERB.search(content):
        return "equipment_losses"
    if _CASUALTIES.search(content):
        return "casualties"
    if _TERRITORY.search(content):
        return "territorial_control"
    if _NEGOTIATIONS.search(content):
        return "negotiations"
    if _ATTACK.search(content):
        return "attack"
    return "other"


# ----------------------------------------------------------------------------- quantities

_UNITS = {
    "ones": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "a dozen": 12, "dozen": 12,
}
_VAGUE = ("dozens", "scores", "hundreds", "thousands", "several", "a number of", "a few", "many", "heavy",
          "numerous", "some")
_NUM = (r"(\d[\d,]*(?:\.\d+)?(?:\s+(?:million|thousand))?|"
        + "|".join(sorted((re.escape(k) for k in _UNITS), key=len, reverse=True)) + ")")
_VAGUE_RE = "(" + "|".join(re.escape(v) for v in _VAGUE) + ")"
_MOD = r"(?:(at least|more than|over|nearly|almost|about|around|some|up to|as many as|fewer than|less than)\s+)?"
_PEOPLE = (
    r"(members|fighters|soldiers|militants|troops|people|civilians|insurgents|policemen|police officers|"
    r"officers|personnel|combatants|rebels|attackers|children|women|men|guards|terrorists|commanders|"
    r"servicemen|recruits|lives|casualties|activists|students|villagers|residents|workers|journalists|passengers)"
)
_THINGS = (
    r"(equipment|weapons|weaponry|vehicles|tanks|helicopters|aircraft|drones|districts|villages|areas|checkpoints|"
    r"posts|bases|towns)"
)
_LINK = r"\s+(?:of\s+(?:their|its|his|our|the|them)\s+)?(?:[a-z-]+\s+){0,2}"

_RANGE_RE = re.compile(
    r"\b(?:between\s+)?" + _NUM + r"\s+(?:and|to|-)\s+" + _NUM + _LINK
    + r"(" + _PEOPLE[1:-1] + "|" + _THINGS[1:-1] + r")\b",
    re.I,
)
_COUNT_RE = re.compile(r"\b" + _MOD + _NUM + _LINK + r"(" + _PEOPLE[1:-1] + "|" + _THINGS[1:-1] + r")\b", re.I)
_VERB_NUM_RE = re.compile(r"\b(killed|lost|wounded|injured)\s+" + _MOD + _NUM + r"\b", re.I)
# "claims eight dead"; a year is no count ("a price war in 2021 killed off ...")
_NUM_STATE_RE = re.compile(r"\b" + _MOD + r"(?!(?:19|20)\d\d\b)" + _NUM + r"\s+(dead|killed|wounded|injured)\b", re.I)
_VAGUE_COUNT_RE = re.compile(
    r"\b" + _VAGUE_RE + _LINK + r"(" + _PEOPLE[1:-1] + "|" + _THINGS[1:-1] + r"|losses)\b",
    re.I,
)
_KILLED = re.compile(
    r"\b(kill\w*|dead|died|die|deaths?|lost|loss(es)?|casualt\w*|slain|martyr\w*|executed|bodies)\b",
    re.I,
)
_UNCOUNTED = re.compile(r"\b(losses|casualties)\b", re.I)
_WOUNDED = re.compile(r"\b(wounded|injur\w*)\b", re.I)


_SCALE = {"million": 1_000_000, "thousand": 1_000}


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "")
    parts = w.split()
    if len(parts) == 2 and parts[1] in _SCALE:  # "9 million", "1.5 million"
        try:
            return int(float(parts[0]) * _SCALE[parts[1]])
        except ValueError:
            return None
    if w.isdigit():
        return int(w)
    return _UNITS.get(w)


def _unit(noun: str, content: str) -> str:
    noun = noun.lower()
    if re.fullmatch(_THINGS, noun):
        return "equipment" if noun in ("equipment", "weapons", "weaponry", "vehicles", "tanks", "helicopters",
                                       "aircraft", "drones") else noun
    if _WOUNDED.search(content) and not _KILLED.search(content):
        return "people wounded"
    return "people killed" if _KILLED.search(content) else "people"


def _counted(mod: str | None, num: str, unit: str, whose: str | None) -> Quantity:
    """A stated count with its modifier: "at least 40" is a lower bound, "about 40" approximate."""
    n = _number(num)
    mod_l = (mod or "").lower()
    low = n if mod_l in ("at least", "more than", "over") else None
    high = n if mod_l in ("up to", "as many as", "fewer than", "less than") else None
    approx = mod_l if mod_l in ("nearly", "almost", "about", "around", "some") else None
    return Quantity(n, low, high, approx, unit, whose)


def quantity_of(content: str, whose: str | None = None) -> Quantity | None:
    """The first casualty, loss or territorial count stated in ``content``."""
    m = _RANGE_RE.search(content)
    if m:
        lo, hi = _number(m.group(1)), _number(m.group(2))
        if lo is not None and hi is not None:
            return Quantity(None, lo, hi, None, _unit(m.group(3), content), whose)
    m = _COUNT_RE.search(content)
    if m and _number(m.group(2)) is not None:
        return _counted(m.group(1), m.group(2), _unit(m.group(3), content), whose)
    m = _NUM_STATE_RE.search(content)
    if m and _number(m.group(2)) is not None:
        unit = "people wounded" if m.group(3).lower() in ("wounded", "injured") else "people killed"
        return _counted(m.group(1), m.group(2), unit, whose)
    m = _VERB_NUM_RE.search(content)
    if m:
        n = _number(m.group(3))
        if n is not None:
            verb = m.group(1).lower()
            unit = "people wounded" if verb in ("wounded", "injured") else "people killed"
            return Quantity(n, None, None, None, unit, whose)
    m = _VAGUE_COUNT_RE.search(content)
    if m:
        noun = m.group(2)
        unit = "losses" if noun.lower() == "losses" else _unit(noun, content)
        return Quantity(None, None, None, m.group(1).lower(), unit, whose)
    if whose is not None and _UNCOUNTED.search(content):
        return Quantity(None, None, None, None, "losses", whose)  # "the NRF has suffered losses"
    return None
