"""Notes that say who attacked is not known, or that the group they name is only a guess.

ACLED's coders name a group as the attacker only when the source attributes the attack to it. A note
that names a group and then sets the attribution aside (the group "is suspected, but this is not
confirmed"; "those responsible are still unknown"; "it is not known who fired"; the coder "does not
speculate" on the author; "the raid was not carried out by" the group) is coded to the country's
unidentified armed group (Kenya's notes: 15 of 19 with such words; the global file's: 52 of 60). A plain
"unknown gunmen, believed to be X" sets nothing aside and is not read here.
"""

from __future__ import annotations

import re

# who did it is unknown: "the gunmen's identity ... the killers are still unknown", "the attackers have not
# been identified", "culprits are yet to be identified" (not "the motive is unknown": that is why, not who)
_AUTHORS_UNKNOWN = (
    r"\b(?:perpetrators?|attackers?|assailants?|killers?|culprits?|those responsible|responsible party)\s+"
    r"(?:remain|remained|remains|are|were|is|was|have|has|had)\s+(?:still\s+)?"
    r"(?:unknown|unidentified|yet\s+to\s+be\s+(?:identified|known|established)|"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:identified|known|established))\b"
)
# nobody can say who: "it is not clear who laid the mine", "unclear who was behind it"
_UNCLEAR_WHO = r"\b(?:not\s+(?:yet\s+)?clear|unclear|not\s+known|unknown)\s+who\b"
# the coder sets the guess aside: the report "made no assumption" or "did not speculate" about the author;
# "the source refers to" a group's past attacks
_NO_GUESS = (r"\b(?:makes?|made)\s+no\s+assumptions?\b|\b(?:does|did)\s+not\s+speculate\b|"
             r"\bsource\s+(?:alludes|references|refers|makes\s+mention|mentions)\b")
# the guess withdrawn: "X was suspected, but this has not been confirmed"; "officials said the raid was not
# carried out by X"
_WITHDRAWN = (r"\bbut\s+(?:(?:this|it|that)\s+)?(?:(?:was|is|has|had)\s+)?(?:not|never)\s+(?:been\s+)?confirmed\b|"
              r"\bnot\s+(?:been\s+)?carried\s+out\s+by\b")

_DOUBT = re.compile("|".join((_AUTHORS_UNKNOWN, _UNCLEAR_WHO, _NO_GUESS, _WITHDRAWN)), re.IGNORECASE)
# a suspicion voiced after the doubt in the same sentence keeps the attribution: "the perpetrator is
# unknown, but police suspect X" is coded to the group (Philippine notes: 2 of 2)
_YET_SUSPECTED = re.compile(r"[^.;]{0,20}\b(?:yet|but|however|though|although)\b[^.;]{0,60}?"
                            r"\b(?:suspect\w*|believ\w*|blam\w*|attribut\w*|accus\w*)", re.IGNORECASE)


def authors_doubted(text: str) -> bool:
    """Whether the note says its attackers are unknown or withdraws the attribution it makes."""
    return any(_YET_SUSPECTED.match(text, m.end()) is None for m in _DOUBT.finditer(text))
