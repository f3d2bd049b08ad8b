"""Attribution candidates from the dependency parse: cue verbs, "according to", and quotations.

A candidate is one cue with its content span and the token heading its speaker's noun phrase; the
speaker itself (name, role, side, antecedent) is built later by ``speakers``. Rules work on the
parse of the shared ``Analysis`` only (no second parse) and visit each token a bounded number of
times, so the stage stays linear in the length of the article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..nlp import Token
from .lexicon import (
    CUE_FRAMES,
    NON_SPEAKERS,
    PREP_CONTENT,
    SPEECH_LEMMAS,
    cue_lemma,
)
from .quotes import Quote, find_quotes
from .view import QUOTE_CHARS, View

# Verbs that introduce a direct quotation ("he said:", "“...,” she added").
QUOTE_VERBS = frozenset(
    """say tell add state write explain insist reply respond answer assert contend stress emphasize
    reiterate repeat recall remark comment observe note argue warn announce declare claim deny
    confirm tweet post conclude predict joke ask continue shout yell chant quip acknowledge admit
    concede boast complain lament testify counter retort caution vow promise pledge threaten
    describe""".split()
)

# A quote this short and verbless inside a sentence is a scare quote or a cited term, not a claim.
MIN_QUOTE_TOKENS = 4

# Subject relations of a cue verb.
SUBJECT_DEPS = ("nsubj", "csubj")
# Relations through which a cue verb without its own subject shares the subject of its head
# ("... and added", "..., saying that", "declined to comment").
SHARED_SUBJECT_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp"})


@dataclass(frozen=True, slots=True)
class Candidate:
    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_token: int | None
    subject: int | None  # token heading the speaker's noun phrase
    quote_type: str  # direct | indirect | mixed | according_to
    lemma: str  # cue lemma; "according to"; "" for a quotation with no cue of its own
    relcl_head: int | None = None  # "the spokesman, who said ..." -> the spokesman
    addressee: int | None = None  # "told Reuters" -> Reuters (for relays)


def _cue_span(view: View, t: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out") and preposition ("called for")."""
    end = t.end
    for k in view.kids[t.i]:
        c = view.tokens[k]
        if c.dep == "prt" and c.i == t.i + 1:
            end = c.end
    return t.start, end


def _subject(view: View, t: Token) -> tuple[int | None, int | None]:
    """(speaker head, relative-clause head) of cue verb ``t``, climbing shared-subject relations."""
    seen = 0
    cur = t
    while seen < 6:
        subj = view.child_with(cur.i, SUBJECT_DEPS)
        if subj is not None:
            if subj.lower in ("who", "which", "that") and cur.dep == "relcl":
                return view.tokens[cur.head].i, cur.i
            return subj.i, None
        if cur.dep in SHARED_SUBJECT_DEPS and cur.head != cur.i:
            cur = view.tokens[cur.head]
            seen += 1
            continue
        return None, None
    return None, None


def _is_passive(view: View, t: Token) -> bool:
    return any(view.tokens[k].dep in ("auxpass", "nsubjpass") for k in view.kids[t.i])


def _content_of_verb(view: View, t: Token, lemma: str) -> tuple[int, int] | None:
    frames = CUE_FRAMES.get(lemma, frozenset())
    kids = [view.tokens[k] for k in view.kids[t.i]]
    for dep in ("ccomp", "xcomp", "dobj"):
        if dep not in frames:
            continue
        for c in kids:
            if c.dep != dep:
                continue
            if dep == "dobj" and (lemma in SPEECH_LEMMAS or c.pos == "PRON"):
                continue  # "told reporters" names the addressee; "denied it" has no content
            if dep == "xcomp" and c.pos not in ("VERB", "AUX"):
                continue
            span = view.subtree_span(c.i)
            if span:
                return span
    preps = PREP_CONTENT.get(lemma)
    if preps:
        for c in kids:
            if c.dep == "prep" and c.lower in preps:
                obj = view.child_with(c.i, ("pobj", "pcomp"))
                if obj is not None:
                    return view.subtree_span(obj.i)
    if t.dep == "parataxis" and t.head != t.i:
        # "The attack, he said, was repelled": the statement is the head clause around the cue
        head = view.tokens[t.head]
        return view.subtree_span(head.i, exclude=frozenset({t.i}))
    return None


def _content_of_parenthetical(view: View, t: Token) -> tuple[int, int] | None:
    """Content of a cue that closes its sentence with no complement of its own ("..., he said.")."""
    sent = view.analysis.sentences[t.sent]
    subj_start = t.start
    for k in view.kids[t.i]:
        c = view.tokens[k]
        if c.dep in SUBJECT_DEPS:
            subj_start = min(subj_start, view.subtree_span(c.i, frozenset())[0] if view.subtree_span(c.i) else c.start)
    first = sent.first
    toks = [k for k in range(first, sent.last) if view.tokens[k].end <= subj_start]
    if len(toks) < 3:
        return None
    return view.span_of(toks)


def _verb_candidates(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    for t in view.tokens:
        if t.pos != "VERB":
            continue
        lemma = cue_lemma(t.lemma)
        if lemma not in CUE_FRAMES and lemma not in PREP_CONTENT:
            continue
        if _is_passive(view, t):
            continue
        subject, relcl = _subject(view, t)
        if subject is None:
            continue
        subj_tok = view.tokens[subject]
        if subj_tok.lower in NON_SPEAKERS and relcl is None:
            if not (subj_tok.lower == "it" and lemma in QUOTE_VERBS):
                continue
        content = _content_of_verb(view, t, lemma)
        if content is None and lemma in QUOTE_VERBS and view.tokens[subject].i > t.i - 4:
            # "..., the NRF source said." parsed without a ccomp: the clause before the subject
            content = _content_of_parenthetical(view, t)
        if content is None:
            continue
        addressee = None
        if lemma == "tell":
            obj = view.child_with(t.i, ("dobj", "dative"))
            addressee = obj.i if obj is not None else None
        out.append(Candidate(content, _cue_span(view, t), t.i, subject, "indirect", lemma, relcl, addressee))
    return out


def _according_to(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    toks = view.tokens
    for t in toks:
        if t.lower != "according" or t.i + 1 >= len(toks) or toks[t.i + 1].lower != "to":
            continue
        to = toks[t.i + 1]
        obj = view.child_with(to.i, ("pobj",))
        if obj is None:
            obj = next((toks[k] for k in view.kids[t.i] if toks[k].dep == "pobj"), None)
        if obj is None:
            continue
        pp = frozenset({t.i})
        sent = view.analysis.sentences[t.sent]
        head = toks[t.head] if t.head != t.i else None
        # the statement is the clause the phrase modifies; climb to its verb
        while head is not None and head.pos not in ("VERB", "AUX") and head.head != head.i:
            head = toks[head.head]
        if head is None or head.i == t.i:
            indices = [k for k in range(sent.first, sent.last) if k not in view.subtree(t.i)]
        else:
            indices = view.subtree(head.i, exclude=pp | {to.i})
        content = view.span_of(indices)
        if content is None:
            continue
        out.append(Candidate(content, (t.start, to.end), t.i, obj.i, "according_to", "according to"))
    return out


def _quote_tokens(view: View, q: Quote) -> list[Token]:
    return [t for t in view.tokens_in(q.start, q.end) if t.text not in QUOTE_CHARS]


def _is_claim_quote(view: View, q: Quote, toks: Sequence[Token]) -> bool:
    """A quotation long enough and verbal enough to be a statement rather than a cited term."""
    if len(toks) < MIN_QUOTE_TOKENS:
        return False
    return any(t.pos in ("VERB", "AUX") for t in toks)


def _cue_after(view: View, q: Quote, verbs: dict[int, Candidate]) -> Token | None:
    """'"...," he said' / '"...," said the spokesman': a quote verb within a few tokens after."""
    k = view.first_token_at_or_after(q.end)
    for j in range(k, min(k + 7, len(view.tokens))):
        t = view.tokens[j]
        if t.pos == "VERB" and cue_lemma(t.lemma) in QUOTE_VERBS:
            return t
        if t.text in (".", "!", "?", "“", '"') or "\n" in view.text[q.end : t.start]:
            return None
    return None


def _cue_before(view: View, q: Quote) -> Token | None:
    """'He said: "..."' / 'She told reporters that "..."': a quote verb just before the opening mark."""
    k = view.first_token_at_or_after(q.start) - 1
    if k < 0:
        return None
    last = view.tokens[k]
    if "\n" in view.text[last.end : q.start] and last.text != ":":
        return None
    sent = view.analysis.sentences[last.sent]
    for j in range(k, max(sent.first - 1, k - 12), -1):
        t = view.tokens[j]
        if t.pos == "VERB" and cue_lemma(t.lemma) in QUOTE_VERBS:
            between = view.text[t.end : q.start].strip()
            # the quote must follow the cue directly, through "that", a colon or a comma
            if len(between) <= 40 and not any(p in between for p in (".", "“", '"')):
                return t
            return None
        if t.text in (".", "!", "?", ";"):
            return None
    return None


def _quote_candidates(view: View, quotes: Sequence[Quote]) -> tuple[list[Candidate], set[int]]:
    out: list[Candidate] = []
    used_cues: set[int] = set()
    by_cue: dict[int, list[Quote]] = {}
    bare: list[Quote] = []
    for q in quotes:
        toks = _quote_tokens(view, q)
        if not _is_claim_quote(view, q, toks):
            continue
        cue = _cue_after(view, q, {}) or _cue_before(view, q)
        if cue is None:
            bare.append(q)
            continue
        by_cue.setdefault(cue.i, []).append(q)
    for cue_i, qs in by_cue.items():
        cue = view.tokens[cue_i]
        subject, relcl = _subject(view, cue)
        content = (qs[0].start, qs[-1].end)
        used_cues.add(cue_i)
        out.append(
            Candidate(content, _cue_span(view, cue), cue_i, subject, "direct", cue_lemma(cue.lemma), relcl)
        )
    for q in bare:
        # a quotation standing as its own sentence or paragraph: the speaker is carried over
        before = view.text[: q.start].rstrip(" \t")
        if before and before[-1] not in ".!?\n:”\"" and not before.endswith(("—", "-")):
            continue
        out.append(Candidate((q.start, q.end), None, None, None, "direct", ""))
    return out, used_cues


def find_candidates(view: View) -> list[Candidate]:
    """All attribution candidates of an article, in text order, nested ones included."""
    quotes = find_quotes(view.text)
    quoted, used = _quote_candidates(view, quotes)
    verbs = [c for c in _verb_candidates(view) if c.cue_token not in used]
    cands = quoted + verbs + _according_to(view)
    # an indirect statement carrying a quotation inside is a mixed quote
    spans = [(q.start, q.end) for q in quotes]
    marked = []
    for c in cands:
        if c.quote_type == "indirect" and any(c.content[0] <= s and e <= c.content[1] for s, e in spans):
            c = Candidate(c.content, c.cue, c.cue_token, c.subject, "mixed", c.lemma, c.relcl_head, c.addressee)
        marked.append(c)
    marked.sort(key=lambda c: (c.content[0] if c.cue is None else min(c.cue[0], c.content[0]), c.content[1]))
    return marked
