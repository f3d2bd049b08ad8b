"""Headline grammar the parser loses: verbs tagged as nouns ("Residents lynch robber", "MRC
kidnaps IEBC official"), verbs swallowed into a name ("Ramogi Students Protest"), and "to death"
phrases whose parse is lost ("Youth stone suspected thief to death")."""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Sentence, Token
from .context import Context
from .lexicon import NOUN, PROPN
from .vocabulary import TO_DEATH_FORMS


def ends_entity(ctx: Context, t: Token) -> bool:
    """Is ``t`` the last word of a longer entity: a headline verb swallowed into the name before
    it ("Ramogi Students Protest", tagged ORG)?"""
    for ent in ctx.analysis.entities:
        if ent.start <= t.start and t.end <= ent.end:
            return ent.end == t.end and ent.start < t.start
    return False


def misread_verb(ctx: Context, t: Token, sentence: Sentence) -> bool:
    """Is this noun-tagged verb a headline's verb ("Residents lynch robber", "MRC kidnaps IEBC
    official")? Not after a determiner ("a torch"), and followed by its object."""
    if t.pos not in (NOUN, PROPN) or t.ent_type in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART"):
        return False
    if t.i > sentence.first and ctx.tokens[t.i - 1].pos in ("DET", "ADJ", "NUM") and \
            ctx.tokens[t.i - 1].lower not in ("and",):
        return False
    if t.i == sentence.first or t.i + 1 >= sentence.last:
        return False  # a headline's verb has its subject before it
    nxt = ctx.tokens[t.i + 1]
    if nxt.lower in ("himself", "herself", "itself", "themselves", "myself"):
        return False  # "Lynch herself": a name
    return nxt.pos in ("DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON") or nxt.lower in ("and",)


def surface_to_death(tokens: Sequence[Token], i: int, last: int) -> int | None:
    """Index of "death" when ``tokens[i]`` is a violent word followed within a few words by "to death"."""
    if tokens[i].lower not in TO_DEATH_FORMS:
        return None
    for j in range(i + 1, min(i + 8, last - 1)):
        if tokens[j].lower == "to" and tokens[j + 1].lower == "death":
            return j + 1
        if tokens[j].text in (".", ";", ":") or tokens[j].lower in TO_DEATH_FORMS:
            return None
    return None
