"""Which of an article's events is the one it reports.

``events[0]`` is the article's primary event (the output contract). Events come in text order, and the
first is nearly always the one an ACLED coder codes (Kenya's notes: in multi-event rows the first event
matched the gold actors and type better than a later one in 204 rows, a later one in 81). One shape of
wording breaks that rule, and this module recognises it from the parse: a **background frame**, where
the first event word names the campaign or the cause the story sits in, not the incident it reports
("Second day of riots ...", "Continuation of post-election rioting ...", "victims of ethnic clashes
held a demonstration", "Following the arrest of a man, residents gathered ..."). Such an event is not
primary when the article reports another.
"""

from __future__ import annotations

from .nlp import Analysis
from .triggers import Trigger

# Nouns whose "of" phrase names a longer campaign or its aftermath rather than the incident reported
# ("the third day of protests", "a continuation of the clashes", "victims of the violence").
_CAMPAIGN_HEADS = frozenset({
    "day", "days", "night", "nights", "week", "weeks", "continuation", "continuance", "resumption",
    "victim", "victims", "survivor", "survivors", "aftermath", "wake", "anniversary",
})  # fmt: skip
# Prepositions whose object is what came before the reported event ("following the arrest of a man").
_ANTECEDENT_PREPOSITIONS = frozenset({"after", "following"})
def in_background_frame(analysis: Analysis, trigger: Trigger, acts: frozenset[int] = frozenset()) -> bool:
    """``trigger``'s word is the object of a campaign phrase ("Nth day of riots", "victims of clashes"),
    or of an antecedent phrase ("following the arrest of a man") attached to another event word (token
    indices ``acts``) that reports what followed ("..., residents gathered at the station"): it tells
    the story's background, not its event. An antecedent of words that are no event ("families are
    fleeing following intense fighting") is the event the report has."""
    token = analysis.tokens[trigger.token]
    if token.pos not in ("NOUN", "PROPN") or token.dep != "pobj" or token.head == token.i:
        return False
    prep = analysis.tokens[token.head]
    if prep.head == prep.i:
        return False
    if prep.lower in _ANTECEDENT_PREPOSITIONS:
        return prep.head in acts
    return prep.lower == "of" and analysis.tokens[prep.head].lower in _CAMPAIGN_HEADS
