"""Contradictions between claims: competing values for the same slot, stated by different sides.

``compare_claims`` looks at two ``Claim`` records only (content text, side, topic, quantity), so the
cross-article reconciliation can compare claims from different reports with the same function.
Slots compared:

- ``territory``: each side says it holds or gained the ground (a place both name, or a
  vague "some areas" that cannot be told apart from the other's place);
- ``casualties``: the losses of one actor as stated by each side (different figures, or a
  figure against a denial);
- ``mutual_blame``: each side blames the other for the same failure (talks, a ceasefire);
- ``responsibility``: one side claims an attack that another side denies or claims too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .records import Claim, Contradiction

__all__ = ["compare_claims", "find_contradictions", "reciprocal_blame"]

_GAIN = re.compile(
    r"\b(took|taken|take|taking|seized?|seizing|captur\w+|overr[au]n|gained|entered|advanced|took over|"
    r"taken over|control(s|led)?|holds?|holding|held|storm(ed|ing)?)\b",
    re.I,
)
_REPEL = re.compile(
    r"\b(push(ed|ing)?\s+(back|out)|pushed\s+[\w\s'’-]{1,40}?\s+(back|out)|repel\w*|repuls\w*|drove\s+\w+\s+out|"
    r"driven out|reclaim\w*|recaptur\w*|retake|retook|retaken|regain\w*|liberat\w*|cleared|held|"
    r"hold(s|ing)?\s+(its|their|our)\s+"
    r"(ground|positions))",
    re.I,
)
_TERRITORY_WORDS = re.compile(
    r"\b(push(ed)?\s+back|repel\w*|reclaim\w*|recaptur\w*|retook|took|taken|seiz\w*|captur\w*|control|withdr\w*|"
    r"retreat\w*)\b",
    re.I,
)
_ENEMY = re.compile(r"\b(the enemy|the other side|militants|rebels|insurgents|terrorists|attackers|they)\b", re.I)
_OWN = re.compile(r"\b(we|our|us)\b", re.I)
_LOSS_OF_GROUND = re.compile(r"\b(withdr[ae]w\w*|retreat\w*|lost control|fell to|abandon\w*|fled)\b", re.I)
_ATTEMPT = re.compile(
    r"\b(try|trying|tried|attempt\w*|sought|seeking|plan\w*|intend\w*|aim\w*|will|would)\s+(to\s+)?",
    re.I,
)
_VAGUE_PLACE = re.compile(
    r"\b(some|several|many|few|the|other|three|two|four|five)?\s*"
    r"(areas?|regions?|parts?|positions?|districts?|villages?|territor\w+|ground)\b",
    re.I,
)
_PLACE_WORD = re.compile(
    r"\b([A-Z][\w'’-]+)(?:\s+(?:district|province|valley|village|city|town|region|area|pass|county))?\b"
)
_BLAME = re.compile(
    r"\b(fail\w*|refus\w*|reject\w*|blam\w*|did not want|didn['’]t want|not want|walked away|walk away|sabotag\w*|"
    r"violat\w*|broke|breach\w*|unwilling|obstruct\w*|derail\w*|accus\w*)\b",
    re.I,
)
_OTHER_SIDE = re.compile(r"\b(the other( side)?|each other|the enemy|the opposing side)\b", re.I)
_DENIAL = re.compile(
    r"\b(no|zero|not any|none|never|denied|deny|denies|false|baseless|lies?)\b[\w\s,'’-]{0,40}?"
    r"\b(casualt\w*|loss(es)?|killed|dead|deaths?|wounded|responsib\w*|involve\w*|behind)\b",
    re.I,
)
_CLAIMS_RESPONSIBILITY = re.compile(
    r"\b(claim\w*\s+responsibility|carried out|was behind|were behind|responsible for)\b",
    re.I,
)

_CONTROL_TOPICS = frozenset({"territorial_control"})
_CONTROL_WORDS = re.compile(
    r"\b(in control|control of|took control|taken control|captur\w+|seiz\w+|overr[au]n|recaptur\w+|retook|storm\w*|"
    r"liberat\w*|controll?(ed|s)|retake|"
    r"push(ed)? back|repel\w*|withdr[ae]w\w*|retreat\w*)\b",
    re.I,
)
_LOSS_TOPICS = frozenset({"casualties", "equipment_losses"})
_STRIKE_TOPICS = frozenset({"attack", "casualties", "equipment_losses", "other"})


def _side(c: Claim) -> str | None:
    return c.party


def _names(party: str | None, c: Claim) -> list[str]:
    """Surface forms by which a side may be named in a claim's text."""
    forms: set[str] = set()
    if party:
        forms.add(party)
        bare = re.sub(r"\s*\([^)]*\)", "", party).strip()
        forms.add(bare)
        forms.update(f for f in re.findall(r"\(([^)]+)\)", party) if f[:1].isalpha())
        if ":" in bare:  # ACLED's "NRF: National Resistance Front"
            forms.update(part.strip() for part in bare.split(":"))
        words = [w for w in re.findall(r"[A-Za-z]+", bare.split(":")[-1]) if w[0].isupper()]
        if len(words) >= 2:  # "Rapid Support Forces" is also "RSF"
            forms.add("".join(w[0] for w in words))
    sp = c.speaker
    if sp is not None and c.party == party:
        # the words the article itself uses for the side ("Taliban" for an ACLED catalogue name)
        if sp.affiliation:
            forms.add(sp.affiliation)
        if sp.name and sp.kind in ("organization", "outlet"):
            forms.add(sp.name)
    return [f for f in forms if f and len(f) > 1]


def _mentions(text: str, forms: Sequence[str]) -> int | None:
    """Offset of the first mention of any of ``forms`` in ``text``."""
    found = [m.start() for f in forms for m in re.finditer(r"\b" + re.escape(f) + r"\b", text, re.I)]
    return min(found) if found else None


def _gainer(c: Claim, other: Claim) -> str | None:
    """The side a territorial claim says holds or gained the ground."""
    text = c.content.text
    own, rival = _side(c), _side(other)
    if _REPEL.search(text):
        return own
    gain = _GAIN.search(text)
    if gain:
        before = text[: gain.start()]
        if _ATTEMPT.search(before):
            return None  # "were trying to take control" is not a claim of control
        rival_at = _mentions(before, _names(rival, other))
        own_at = _mentions(before, _names(own, c))
        if rival_at is not None and (own_at is None or rival_at > own_at):
            return rival
        return own
    loss = _LOSS_OF_GROUND.search(text)
    if loss:
        # "the enemy fled" is a gain for the speaker's side, "our forces withdrew" a loss
        before = text[max(0, loss.start() - 60) : loss.start()]
        if _mentions(before, _names(rival, other)) is not None or _ENEMY.search(before):
            return own
        if _mentions(before, _names(own, c)) is not None or _OWN.search(before):
            return rival
    return None


def _places(text: str, exclude: Sequence[str]) -> set[str]:
    """Proper names of places in a claim's content, or an empty set when it names none."""
    skip = {w.lower() for f in exclude for w in f.split()}
    out = set()
    for m in _PLACE_WORD.finditer(text):
        word = m.group(1)
        if m.start() == 0 or word.lower() in skip:
            continue
        out.add(word.lower())
    return out


def _summary(c: Claim, focus: re.Pattern[str] | None = None, limit: int = 90) -> str:
    """The claim's words, cut to ``limit`` characters around the part that ``focus`` matches."""
    text = " ".join(c.content.text.split())
    if text.lower().startswith("that "):
        text = text[5:]
    if len(text) <= limit:
        return text
    m = focus.search(text) if focus is not None else None
    start = 0 if m is None or m.end() <= limit - 10 else max(0, m.start() - limit // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < (m.start() if m else start) else start
    piece = text[start : start + limit - 2]
    if start + len(piece) >= len(text):
        return "…" + piece.strip(" ,;")
    cut = piece.rfind(" ")
    piece = (piece[:cut] if cut > limit // 2 else piece).strip(" ,;")
    return ("…" if start else "") + piece + "…"


def _who(c: Claim) -> str:
    if c.party:
        return c.party
    if c.speaker is not None and c.speaker.name:
        return c.speaker.name
    return "unknown side"


def _explain(a: Claim, b: Claim, what: str, focus: re.Pattern[str] | None = None) -> str:
    return (
        f"{what}: {a.id} ({_who(a)}) says “{_summary(a, focus)}”; "
        f"{b.id} ({_who(b)}) says “{_summary(b, focus)}”"
    )


def _range(c: Claim) -> tuple[float, float] | None:
    q = c.quantity
    if q is None:
        return None
    if q.value is not None:
        lo = q.low if q.low is not None else q.value
        hi = q.high if q.high is not None else (q.value if q.low is None else float("inf"))
        return float(lo), float(hi)
    if q.low is not None or q.high is not None:
        return float(q.low or 0), float(q.high if q.high is not None else float("inf"))
    return None


def _territory(a: Claim, b: Claim) -> Contradiction | None:
    ga, gb = _gainer(a, b), _gainer(b, a)
    if ga is None or gb is None or ga == gb:
        return None
    pa = _places(a.content.text, _names(a.party, a) + _names(b.party, b))
    pb = _places(b.content.text, _names(a.party, a) + _names(b.party, b))
    if pa and pb and not (pa & pb):
        return None  # control of two different places can both be true
    return Contradiction((a.id, b.id), "territory", _explain(a, b, "competing control of ground", _TERRITORY_WORDS))


def _losses(a: Claim, b: Claim) -> Contradiction | None:
    whose_a = a.quantity.whose if a.quantity else None
    whose_b = b.quantity.whose if b.quantity else None
    denial_a = _DENIAL.search(a.content.text) is not None
    denial_b = _DENIAL.search(b.content.text) is not None
    if whose_a is None and denial_a:
        whose_a = a.party
    if whose_b is None and denial_b:
        whose_b = b.party
    if whose_a is None or whose_a != whose_b:
        return None
    ra, rb = _range(a), _range(b)
    if denial_a != denial_b and (ra is not None or rb is not None or a.quantity or b.quantity):
        return Contradiction((a.id, b.id), "casualties", _explain(a, b, f"losses of {whose_a}"))
    if ra is not None and rb is not None and (ra[1] < rb[0] or rb[1] < ra[0]):
        return Contradiction((a.id, b.id), "casualties", _explain(a, b, f"losses of {whose_a}"))
    return None


def _blames(c: Claim, other: Claim) -> bool:
    text = c.content.text
    if not _BLAME.search(text):
        return False
    return _OTHER_SIDE.search(text) is not None or _mentions(text, _names(other.party, other)) is not None


def _blame(a: Claim, b: Claim) -> Contradiction | None:
    if _blames(a, b) and _blames(b, a):
        return Contradiction((a.id, b.id), "mutual_blame", _explain(a, b, "each side blames the other"))
    return None


def _responsibility(a: Claim, b: Claim) -> Contradiction | None:
    ca = _CLAIMS_RESPONSIBILITY.search(a.content.text) is not None and not _DENIAL.search(a.content.text)
    cb = _CLAIMS_RESPONSIBILITY.search(b.content.text) is not None and not _DENIAL.search(b.content.text)
    da, db = bool(_DENIAL.search(a.content.text)), bool(_DENIAL.search(b.content.text))
    if (ca and cb) or (ca and db) or (da and cb):
        return Contradiction((a.id, b.id), "responsibility", _explain(a, b, "competing responsibility"))
    return None


def _about(c: Claim, topics: frozenset[str], words: re.Pattern[str]) -> bool:
    """Whether a claim speaks to a slot: its topic, or words of that slot in a claim on another topic
    ("captured the town and killed 40" is about casualties and about control)."""
    return c.topic in topics or words.search(c.content.text) is not None


_MILITARY_TARGET = re.compile(
    r"\b(camps?|bases?|positions?|militants?|fighters?|mercenaries|military (target|objects?|facilit\w+)|"
    r"headquarters|(ammunition|weapons?|arms) depots?|barracks|command (post|centre|center)|weapons?|launchers?|"
    r"terrorists?|hideouts?)\b",
    re.I,
)
_CIVILIAN_TARGET = re.compile(
    r"\b(schools?|hospitals?|clinics?|markets?|civilians?|civilian (objects?|areas?|buildings?|homes?)|homes?|"
    r"houses?|residential|mosques?|churches?|monaster\w+|students?|children|shelters?|camps? for (the )?displaced)\b",
    re.I,
)


def _same_slot_speakers(a: Claim, b: Claim) -> bool:
    """Two different sources, at least one of them a side of the conflict."""
    if a.party is None and b.party is None:
        return False
    if a.party is not None and b.party is not None:
        return a.party != b.party
    sa, sb = a.speaker, b.speaker
    if sa is not None and sb is not None and (sa.name or sa.text) == (sb.name or sb.text):
        return False
    return True


_HIT = re.compile(
    r"\b(hit|hits|struck|strikes?|targeted|targeting|bombed|bombing|shelled|shelling|attacked|attacks? on|"
    r"raids? on)\b([^.;]{0,60})",
    re.I,
)


def _target_kind(text: str) -> str | None:
    """'military' or 'civilian': what a claim says a strike hit, from the words right after the hit."""
    kinds = set()
    for m in _HIT.finditer(text):
        after = m.group(2)
        civ = _CIVILIAN_TARGET.search(after)
        mil = _MILITARY_TARGET.search(after)
        if civ and (not mil or civ.start() < mil.start()):
            kinds.add("civilian")
        elif mil:
            kinds.add("military")
    return kinds.pop() if len(kinds) == 1 else None


def _target(a: Claim, b: Claim) -> Contradiction | None:
    """One source says a strike hit a military target, the other that it hit civilians."""
    ka, kb = _target_kind(a.content.text), _target_kind(b.content.text)
    if ka is not None and kb is not None and ka != kb:
        return Contradiction((a.id, b.id), "target", _explain(a, b, "what was hit", _HIT))
    return None


def compare_claims(a: Claim, b: Claim) -> Contradiction | None:
    """The contradiction between two claims that compete for one slot.

    Control of ground, blame and responsibility are compared between two sides of the conflict; a
    casualty figure or the nature of a target also between a side and an independent source (a
    side's figure against a hospital's count is the dispute analysts look for).
    """
    if a.event_id is not None and b.event_id is not None and a.event_id != b.event_id:
        return None  # different events: different places or days
    if not _same_slot_speakers(a, b):
        return None
    if a.topic in _LOSS_TOPICS or b.topic in _LOSS_TOPICS:
        found = _losses(a, b)
        if found is not None:
            return found
    if a.topic in _STRIKE_TOPICS and b.topic in _STRIKE_TOPICS:
        found = _target(a, b)
        if found is not None:
            return found
    if a.party is None or b.party is None:
        return None
    if _about(a, _CONTROL_TOPICS, _CONTROL_WORDS) and _about(b, _CONTROL_TOPICS, _CONTROL_WORDS):
        found = _territory(a, b)
        if found is not None:
            return found
    if a.topic == "negotiations" and b.topic == "negotiations":
        found = _blame(a, b)
        if found is not None:
            return found
    if a.topic == "responsibility" or b.topic == "responsibility":
        return _responsibility(a, b)
    return None


_RECIPROCAL_SPEAKER = re.compile(r"^(each|both|the two|either)\b", re.I)


def reciprocal_blame(c: Claim) -> Contradiction | None:
    """'Each side accuses the other of blocking a ceasefire': the writer reports mutual blame in one
    claim; the contradiction names that claim twice."""
    if c.speaker is None or not _RECIPROCAL_SPEAKER.match(c.speaker.text):
        return None
    text = c.content.text
    if _BLAME.search(text) is None and (c.cue is None or _BLAME.search(c.cue.text) is None):
        return None
    if _OTHER_SIDE.search(text) is None:
        return None
    return Contradiction((c.id, c.id), "mutual_blame",
                         f"each side blames the other: {c.id} ({c.speaker.text}) says “{_summary(c)}”")


def find_contradictions(claims: Sequence[Claim]) -> tuple[Contradiction, ...]:
    """Every contradicting pair of claims of one article, in claim order, then the claims in which
    the writer reports that the sides blame each other."""
    out = []
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            found = compare_claims(a, b)
            if found is not None:
                out.append(found)
    out.extend(x for x in map(reciprocal_blame, claims) if x is not None)
    return tuple(out)
