"""Per-call context of the trigger pass and the parse-tree questions every check asks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp import Analysis, Token
from .lexicon import NOUN, PROPN
from .vocabulary import AIR, ARMED, PERSON_NOUNS, PLACE_NOUNS, SEIZABLE, SPORT, VIOLENT, WEAPON_NOUNS


class SentenceFacts:
    """Per-sentence facts computed on first use (most sentences have no candidate)."""

    __slots__ = ("lemmas", "_armed", "_violent", "_sport", "_air", "_tokens", "_title")

    def __init__(self, tokens: Sequence[Token]):
        self._tokens = tokens
        self._title: bool | None = None
        self.lemmas = frozenset(t.lemma.lower() for t in tokens) | frozenset(t.lower for t in tokens)
        self._armed: bool | None = None
        self._violent: bool | None = None
        self._sport: bool | None = None
        self._air: bool | None = None

    @property
    def armed(self) -> bool:
        if self._armed is None:
            self._armed = not self.lemmas.isdisjoint(ARMED)
        return self._armed

    @property
    def violent(self) -> bool:
        """Armed actors or violence words in the sentence (the trigger's own word included)."""
        if self._violent is None:
            self._violent = self.armed or not self.lemmas.isdisjoint(VIOLENT)
        return self._violent

    def violent_besides(self, t: Token) -> bool:
        """As ``violent``, not counting the trigger's own word ("attacked" is no evidence of itself)."""
        if self.armed:
            return True
        own = {t.lemma.lower(), t.lower}
        return any(w in self.lemmas for w in VIOLENT if w not in own)

    @property
    def sport(self) -> bool:
        if self._sport is None:
            self._sport = not self.lemmas.isdisjoint(SPORT) and not self.armed
        return self._sport

    @property
    def title_case(self) -> bool:
        """A headline in Title Case ("Students Protest Over Death of Colleague"): capitals there
        do not mark names."""
        if self._title is None:
            words = [t.text for t in self._tokens if t.text.isalpha() and len(t.text) > 3]
            self._title = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
        return self._title

    @property
    def air(self) -> bool:
        if self._air is None:
            self._air = not self.lemmas.isdisjoint(AIR)
        return self._air


@dataclass(frozen=True, slots=True)
class Context:
    """One ``find_triggers`` call's view of the article: its tokens, each token's children, and
    memos of facts computed on first use (most sentences have no candidate, so nothing is computed
    ahead). The memos are per call and never outlive it."""

    analysis: Analysis
    tokens: Sequence[Token]
    children: list[list[int]]
    facts: dict[int, SentenceFacts]  # sentence index -> its facts
    memo: dict[str, str]  # report-wide facts ("domain")


def make_context(analysis: Analysis) -> Context:
    children: list[list[int]] = [[] for _ in analysis.tokens]
    for t in analysis.tokens:
        if t.head != t.i:
            children[t.head].append(t.i)
    return Context(analysis, analysis.tokens, children, {}, {})


def sent(ctx: Context, token: Token) -> SentenceFacts:
    """The facts of ``token``'s sentence (computed once per sentence)."""
    facts = ctx.facts.get(token.sent)
    if facts is None:
        facts = ctx.facts[token.sent] = SentenceFacts(ctx.analysis.sentence_tokens(token.sent))
    return facts


def kids(ctx: Context, token: Token, *deps: str) -> list[Token]:
    """The children of ``token`` in the parse, only those of ``deps`` when given."""
    out = [ctx.tokens[i] for i in ctx.children[token.i]]
    return [k for k in out if k.dep in deps] if deps else out


def kid_lemmas(ctx: Context, token: Token, *deps: str) -> set[str]:
    return {k.lemma.lower() for k in kids(ctx, token, *deps)}


def objects(ctx: Context, token: Token) -> list[Token]:
    """Direct objects, passive subjects, and objects of an attached "of" ("control of X")."""
    objs = kids(ctx, token, "dobj", "nsubjpass", "attr")
    for prep in kids(ctx, token, "prep"):
        if prep.lemma.lower() == "of":
            objs.extend(kids(ctx, prep, "pobj"))
    return objs


def head_of(ctx: Context, token: Token) -> Token:
    return ctx.tokens[token.head]


def args(ctx: Context, token: Token) -> list[Token]:
    """What a verb acts on: its objects, else those of a coordinated verb ("beat and kicked a
    journalist"), else the nouns right after it, where the parse lost them ("burn a truck
    carrying meat", "blocked the highway placing a coffin")."""
    objs = objects(ctx, token)
    if objs:
        return objs
    for other in kids(ctx, token, "conj"):
        objs = objects(ctx, other)
        if objs:
            return objs
    if token.dep == "conj":
        objs = kids(ctx, head_of(ctx, token), "dobj")
        if objs:
            return objs
    out: list[Token] = []
    last = ctx.analysis.sentences[token.sent].last
    for j in range(token.i + 1, min(token.i + 6, last)):
        w = ctx.tokens[j]
        if w.pos in (NOUN, PROPN):
            out.append(w)
        elif w.pos not in ("DET", "ADJ", "NUM", "PUNCT") or w.text in (",", ".", ";"):
            break
    return out


def place_or_person(ctx: Context, objs: list[Token]) -> str | None:
    """What the first telling noun of ``objs`` is: "place", "person", "weapon" or "property"; None
    when none tells, "none" when there are no nouns at all."""
    for o in objs:
        lemma = o.lemma.lower()
        if o.ent_type in ("GPE", "LOC", "FAC") or lemma in PLACE_NOUNS:
            return "place"
        if o.ent_type in ("PERSON", "NORP") or lemma in PERSON_NOUNS or o.pos in ("NUM", "PRON"):
            return "person"
        if lemma in WEAPON_NOUNS:
            return "weapon"
        if lemma in SEIZABLE:
            return "property"
    return None if objs else "none"
