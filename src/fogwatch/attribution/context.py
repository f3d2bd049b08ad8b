"""The circumstances of a statement: its channel and the evidence status the article gives it."""

from __future__ import annotations

import re
from collections.abc import Sequence

# (label, pattern) in order of specificity: an "audio message posted on Telegram" is an audio message.
_CHANNELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("audio message", re.compile(r"\b(audio|voice)\s+(message|recording|note|clip)", re.I)),
    ("video message", re.compile(r"\bvideo\s+(message|statement|address|clip|recording)", re.I)),
    ("press conference", re.compile(r"\b(press|news)\s+(conference|briefing)|\bbriefing\b", re.I)),
    ("interview", re.compile(r"\binterview", re.I)),
    ("post on X", re.compile(r"\b(on|to|via)\s+(X|Twitter)\b|\btweet(ed|s)?\b", re.I)),
    ("post on Telegram", re.compile(r"\b(on|to|via)\s+(its\s+|his\s+|their\s+)?Telegram", re.I)),
    ("post on Facebook", re.compile(r"\b(on|to|via)\s+(its\s+|his\s+|their\s+)?Facebook", re.I)),
    ("post on social media", re.compile(r"\b(on|to|via)\s+(social media|Instagram|YouTube|TikTok)\b", re.I)),
    ("statement", re.compile(r"\bstatement\b|\bcommuniqu[eé]\b|\bpress release\b", re.I)),
    ("speech", re.compile(r"\bspeech\b|\baddress(ed|ing)?\s+(a|the)\s+(rally|crowd|nation|parliament)", re.I)),
    ("television", re.compile(r"\b(on|to)\s+(state\s+)?(television|TV)\b", re.I)),
    ("remarks to reporters", re.compile(r"\b(told|telling)\s+reporters\b", re.I)),
    ("phone", re.compile(r"\bby\s+(tele)?phone\b", re.I)),
)


def channel_of(sentence: str) -> str | None:
    """The channel named in the part of a sentence around a cue (content blanked out by the caller)."""
    for label, pattern in _CHANNELS:
        if pattern.search(sentence):
            return label
    return None


_EXPLICIT_NONE = (
    re.compile(
        r"\b(neither|none|no one|nobody)\b[^.]{0,80}?\b(provide[sd]?|offer(ed|s)?|present(ed|s)?|gave|given|"
        r"produced?|shown|showed|shared)\b[^.]{0,40}?\b(evidence|proof)",
        re.I,
    ),
    re.compile(
        r"\b(did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|failed to)\s+"
        r"([\w\s,]{0,40}?\b(or|nor)\s+)?(provide|offer|present|give|produce|show|share|cite)\s+(any\s+)?(evidence|proof)",
        re.I,
    ),
    re.compile(
        r"\bwithout\s+(providing\s+|offering\s+|giving\s+|presenting\s+|citing\s+)?(any\s+)?(evidence|proof)",
        re.I,
    ),
    re.compile(
        r"\bno\s+(evidence|proof)\s+(was|were|has been|have been|had been)\s+(provided|offered|presented|given)",
        re.I,
    ),
    re.compile(r"\b(provided|offered|gave|presented)\s+no\s+(evidence|proof)", re.I),
)
_CLAIMED = re.compile(
    r"\b(released|shared|posted|published|showed|shown|provided|presented|offered|circulated|distributed)\b"
    r"[^.]{0,40}?\b(photos?|photographs?|videos?|footage|images?|pictures?|evidence|proof|documents?|recordings?)\b",
    re.I,
)
_UNVERIFIED = re.compile(
    r"\b(could not|couldn['’]t|cannot|can['’]t|was not able to|were not able to|unable to|not been able to|"
    r"has not been|have not been|could not be|was not)\s+(be\s+)?(independently\s+)?(verif|confirm|corroborat)",
    re.I,
)
_VERIFIED = re.compile(r"\b(independently\s+)?(verified|confirmed|corroborated|authenticated|geolocated)\b", re.I)
_NEGATION = re.compile(r"\b(no|not|never|without|neither|nor)\b", re.I)

# Words in an explicit no-evidence sentence that restrict it to claims of one topic.
_SCOPE_TOPICS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"\b(casualt\w*|loss(es)?|killed|dead|deaths?|death toll|fatalit\w*)\b", re.I),
     frozenset({"casualties", "equipment_losses"})),
    (re.compile(r"\b(control|territor\w*|captur\w*|gains?)\b", re.I), frozenset({"territorial_control"})),
    (re.compile(r"\b(attack\w*|strikes?|responsib\w*)\b", re.I), frozenset({"attack", "responsibility"})),
)


def explicitly_none(sentence: str) -> bool:
    return any(p.search(sentence) for p in _EXPLICIT_NONE)


def scope_topics(sentence: str) -> frozenset[str] | None:
    """Topics an explicit no-evidence sentence is about; None when it covers every claim."""
    found: set[str] = set()
    for pattern, topics in _SCOPE_TOPICS:
        if pattern.search(sentence):
            found |= topics
    return frozenset(found) if found else None


def evidence_offered(sentence: str) -> bool:
    m = _CLAIMED.search(sentence)
    if not m:
        return False
    return not _NEGATION.search(sentence[max(0, m.start() - 25) : m.start()])


def verified(sentence: str) -> bool:
    if _UNVERIFIED.search(sentence):
        return False
    m = _VERIFIED.search(sentence)
    if not m:
        return False
    return not _NEGATION.search(sentence[max(0, m.start() - 30) : m.start()])


def blank(text: str, start: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` (which starts at offset ``start``) with the characters of ``spans`` replaced by spaces."""
    chars = list(text)
    for s, e in spans:
        for k in range(max(s - start, 0), min(e - start, len(chars))):
            chars[k] = " "
    return "".join(chars)
