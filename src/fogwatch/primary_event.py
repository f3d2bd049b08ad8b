"""Which of an article's events is the one it reports, and trigger words that are part of another's event.

``events[0]`` is the article's primary event (the output contract). Events come in text order, and the
first is nearly always the one an ACLED coder codes (Kenya's notes: in multi-event rows the first event
matched the gold actors and type better than a later one in 204 rows, a later one in 81). Two shapes
of wording break that rule, and this module recognises them from the parse:

* a **background frame**: the first event word names the campaign or the cause the story sits in,
  not the incident it reports ("Second day of riots ...", "Continuation of post-election rioting ...",
  "victims of ethnic clashes held a demonstration", "Following the arrest of a man, residents
  gathered ..."). Such an event is not primary when the article reports another.
* a **participant noun**: a word like "demonstrators" or "mob" names who took part, and the event is
  the act its clause reports ("Angry demonstrators ambushed an election official": a riot, not a
  protest beside it). ACLED codes one event per day and place: the noun joins the act's event.
"""

from __future__ import annotations

from .nlp import Analysis, Token
from .triggers import Trigger

# Nouns whose "of" phrase names a longer campaign or its aftermath rather than the incident reported
# ("the third day of protests", "a continuation of the clashes", "victims of the violence").
_CAMPAIGN_HEADS = frozenset({
    "day", "days", "night", "nights", "week", "weeks", "continuation", "continuance", "resumption",
    "victim", "victims", "survivor", "survivors", "aftermath", "wake", "anniversary",
})  # fmt: skip
# Prepositions whose object is what came before the reported event ("following the arrest of a man").
_ANTECEDENT_PREPOSITIONS = frozenset({"after", "following"})
# Trigger words that name the people taking part in an event (lemmas).
PARTICIPANT_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob"})
# How far up the parse a participant noun's governing event word is looked for: subject of the verb
# (1), of a group of them ("two groups of protesters clash": 3), of a verb's complement ("tried to
# storm": 2). A bound, not a search: notes parse shallow.
_PARTICIPANT_REACH = 4


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


def is_participant(analysis: Analysis, trigger: Trigger) -> bool:
    """``trigger`` is a noun naming the event's participants ("demonstrators", "a mob")."""
    token = analysis.tokens[trigger.token]
    return token.pos in ("NOUN", "PROPN") and token.lemma.lower() in PARTICIPANT_NOUNS


def governing_token(analysis: Analysis, trigger: Trigger, candidates: frozenset[int]) -> int | None:
    """The nearest of ``candidates`` (token indices of other event words) whose act ``trigger``'s word
    takes part in: a word it depends on in its sentence, or a verb sharing that word's subject (its
    open complement or a verb joined to it: "demonstrators tried to storm ...", "... gathered and
    attacked ..."). None if there is none."""
    token: Token = analysis.tokens[trigger.token]
    for _ in range(_PARTICIPANT_REACH):
        if token.head == token.i:
            return None
        token = analysis.tokens[token.head]
        if token.sent != trigger.sentence:
            return None
        if token.i in candidates:
            return token.i
        if token.pos in ("VERB", "AUX"):
            shared = next((c.i for c in analysis.children(token) if c.dep in _SUBJECT_SHARING and c.i in candidates),
                          None)
            if shared is not None:
                return shared
    return None


# Dependents of a verb that have its subject as theirs.
_SUBJECT_SHARING = frozenset({"xcomp", "conj"})
