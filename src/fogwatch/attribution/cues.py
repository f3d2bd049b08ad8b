"""Attribution candidates from the dependency parse: cue verbs, "according to", and quotations.

A candidate is one cue with its content span and the token heading its speaker's noun phrase; the
speaker itself (name, role, side, antecedent) is built later by ``speakers``. Rules work on the
parse of the shared ``Analysis`` only (no second parse) and visit each token a bounded number of
times, so the stage stays linear in the length of the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..nlp import Token
from .lexicon import (
    CUE_FRAMES,
    NON_SPEAKERS,
    PREP_CONTENT,
    SPEECH_LEMMAS,
    cue_lemma,
)
from .quotes import Quote, find_quotes
from .view import EDGE_PUNCT, QUOTE_CHARS, View

# Verbs that introduce a direct quotation ("he said:", "“...,” she added").
QUOTE_VERBS = frozenset(
    """say tell add state write explain insist reply respond answer assert contend stress emphasize
    reiterate repeat recall remark comment observe note argue warn announce declare claim deny
    confirm tweet post conclude predict joke ask continue shout yell chant quip acknowledge admit
    concede boast complain lament testify counter retort caution vow promise pledge threaten
    describe""".split()
)

# Cue verbs whose clause the parser may hang inside the statement it introduces (", CNN reported").
_PARENTHETICAL_CUES = QUOTE_VERBS | {"report"}

# Nouns of documents through which a speaker speaks ("a statement from the ministry said").
DOCUMENT_NOUNS = frozenset(
    "statement report post message video interview tweet communique communiqué release figures data tally".split()
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
    relayed_by: int | None = None  # "SANA reported, citing a military source": SANA relays the source


def _cue_span(view: View, t: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out") and preposition ("called for")."""
    end = t.end
    for k in view.kids[t.i]:
        c = view.tokens[k]
        if c.dep == "prt" and c.i == t.i + 1:
            end = c.end
    return t.start, end


def _document_source(view: View, tok: Token) -> Token:
    """'a statement from the ministry' -> the ministry: who speaks through a document."""
    if tok.lemma.lower() not in DOCUMENT_NOUNS:
        return tok
    for k in view.kids[tok.i]:
        c = view.tokens[k]
        if c.dep == "prep" and c.lower in ("from", "by", "of"):
            obj = view.child_with(c.i, ("pobj",))
            if obj is not None and (obj.pos in ("PROPN", "NOUN") and obj.lemma.lower() not in DOCUMENT_NOUNS):
                return obj
    return tok


def _subject(view: View, t: Token) -> tuple[int | None, int | None]:
    """(speaker head, relative-clause head) of cue verb ``t``, climbing shared-subject relations."""
    # "with each side accusing the other": the subject of an absolute clause is the object of "with"
    if t.tag == "VBG" and t.dep in ("advcl", "acl", "pcomp") and t.i > 0:
        prev = view.tokens[t.i - 1]
        if prev.dep == "pobj" and prev.sent == t.sent and view.tokens[prev.head].lower == "with":
            return prev.i, None
    seen = 0
    cur = t
    while seen < 6:
        subj = view.child_with(cur.i, SUBJECT_DEPS)
        if subj is not None:
            if subj.lower in ("who", "which", "that") and cur.dep == "relcl":
                return view.tokens[cur.head].i, cur.i
            return _document_source(view, subj).i, None
        if cur.dep in SHARED_SUBJECT_DEPS and cur.head != cur.i:
            cur = view.tokens[cur.head]
            seen += 1
            continue
        return None, None
    return None, None


def _is_passive(view: View, t: Token) -> bool:
    return any(view.tokens[k].dep in ("auxpass", "nsubjpass") for k in view.kids[t.i])


def _content_subtree(view: View, i: int) -> list[int]:
    """Subtree of a content head without a cue clause parsed into it (", CNN reported")."""
    exclude = set()
    for k in view.subtree(i):
        t = view.tokens[k]
        if k != i and t.dep == "parataxis" and cue_lemma(t.lemma) in _PARENTHETICAL_CUES:
            exclude.add(k)
    return view.subtree(i, frozenset(exclude)) if exclude else view.subtree(i)


def _trimmed(view: View, indices: list[int]) -> tuple[int, int] | None:
    """Span of ``indices`` without edge punctuation or a dangling conjunction ("..., and")."""
    while indices and (view.tokens[indices[-1]].pos == "CCONJ" or view.tokens[indices[-1]].text in EDGE_PUNCT):
        if view.tokens[indices[-1]].text == ")" and any(view.tokens[k].text == "(" for k in indices):
            break  # the closing bracket of "(VDP)"
        indices = indices[:-1]
    return view.span_of(indices)


def _that_clause(view: View, t: Token, kids: Sequence[Token]) -> tuple[int, int] | None:
    """'said in a statement that ...': a that-clause the parser hung on a noun next to the cue."""
    for c in kids:
        nouns = []
        if c.dep == "prep":
            nouns = [view.tokens[k] for k in view.kids[c.i] if view.tokens[k].dep == "pobj"]
        elif c.dep in ("dobj", "dative", "npadvmod"):
            nouns = [c]
        for n in nouns:
            for k in view.kids[n.i]:
                clause = view.tokens[k]
                if clause.dep not in ("acl", "relcl", "ccomp"):
                    continue
                marks = [view.tokens[m] for m in view.kids[k]]
                if any(m.dep == "mark" and m.lower == "that" for m in marks) or (
                    # "in an audio message that the base had fallen", with "that" misread as a
                    # relative pronoun: a content clause still has a subject of its own
                    any(m.lower == "that" and m.i == n.i + 1 for m in marks)
                    and any(m.dep in ("nsubj", "nsubjpass") and m.lower != "that" for m in marks)
                ):
                    return _trimmed(view, _content_subtree(view, k))
    return None


def _content_of_verb(view: View, t: Token, lemma: str) -> tuple[int, int] | None:
    frames = CUE_FRAMES.get(lemma, frozenset())
    kids = [view.tokens[k] for k in view.kids[t.i]]
    dobj = next((c for c in kids if c.dep == "dobj" and c.pos != "PRON"), None)
    preps = PREP_CONTENT.get(lemma, frozenset())
    prep_obj = None
    # "accused the police of ...": the parser may hang the preposition on the object
    places = list(kids) + ([view.tokens[k] for k in view.subtree(dobj.i)] if dobj is not None else [])
    for c in places:
        if c.dep == "prep" and c.lower in preps:
            if view.child_with(c.i, ("pobj", "pcomp")) is not None:
                prep_obj = c  # the preposition: its subtree holds "of A and of B"
                break
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
            indices = _content_subtree(view, c.i)
            if dep == "ccomp":
                # "said that A and that B": a second that-clause the parser coordinated with the cue
                for k in view.kids[t.i]:
                    other = view.tokens[k]
                    if k > c.i and other.dep in ("conj", "ccomp") and k != c.i and any(
                        view.tokens[m].dep == "mark" and view.tokens[m].lower == "that" for m in view.kids[k]
                    ):
                        indices = sorted(set(indices) | set(_content_subtree(view, k)))
                indices = list(range(indices[0], indices[-1] + 1))
            if dep == "xcomp" and dobj is not None and dobj.i < c.i and lemma not in SPEECH_LEMMAS:
                indices = sorted(set(indices) | set(view.subtree(dobj.i)))  # "urged voters to ..."
            if dep == "dobj" and prep_obj is not None and prep_obj.i > c.i:
                indices = sorted(set(indices) | set(view.subtree(prep_obj.i)[1:]))  # "criticized X for Y"
            if dep == "dobj" and lemma == "call":
                oprd = view.child_with(t.i, ("oprd",))
                if oprd is not None:  # "called the claim a lie"
                    indices = sorted(set(indices) | set(view.subtree(oprd.i)))
            span = _trimmed(view, indices)
            if span:
                return span
    if "dobj" in frames and lemma not in SPEECH_LEMMAS:
        oprd = view.child_with(t.i, ("oprd",))
        if oprd is not None and any(view.tokens[k].pos == "NUM" for k in view.subtree(oprd.i)):
            # "claims eight dead": the parser reads the count as a predicate
            span = _trimmed(view, view.subtree(oprd.i))
            if span:
                return span
    if prep_obj is not None:
        indices = view.subtree(prep_obj.i)[1:]  # without the preposition itself
        if dobj is not None and dobj.i < prep_obj.i:
            # "accused X of Y": from the word after the cue to the end of Y
            lo = min(view.subtree(dobj.i)[0], t.i + 1)
            indices = list(range(lo, indices[-1] + 1)) if indices else []
        return _trimmed(view, indices)
    that_clause = _that_clause(view, t, kids)
    if that_clause is not None and "ccomp" in frames:
        return that_clause
    if t.dep == "parataxis" and t.head != t.i:
        # "The attack, he said, was repelled": the statement is the head clause around the cue
        head = view.tokens[t.head]
        return _trimmed(view, view.subtree(head.i, exclude=frozenset({t.i})))
    return None


def _that_after(view: View, t: Token) -> tuple[int, int] | None:
    """'said in an audio message shared on messaging apps that ...': when the parser hangs the
    that-clause far from its cue, the first "that" after the cue (before any other clause) opens it."""
    sent = view.analysis.sentences[t.sent]
    for k in range(t.i + 1, min(t.i + 16, sent.last)):
        tok = view.tokens[k]
        if tok.text in (".", ";", '"', "“", "”") or (
            tok.pos == "VERB" and tok.dep not in ("acl", "pcomp", "amod") and not _is_citing(view, tok)
        ):
            return None
        if tok.lower != "that":
            continue
        head = view.tokens[tok.head]
        if head.pos in ("VERB", "AUX") and head.i > k and view.child_with(head.i, ("nsubj", "nsubjpass")) is not None:
            lo = k
            indices = [m for m in _content_subtree(view, head.i) if m >= lo]
            return _trimmed(view, indices)
        return None
    return None


def _content_of_parenthetical(view: View, t: Token, subject: int) -> tuple[int, int] | None:
    """Content of a cue that closes its sentence with no complement of its own ("..., he said.")."""
    sent = view.analysis.sentences[t.sent]
    subj_span = view.subtree_span(subject)
    subj_start = min(t.start, subj_span[0] if subj_span else t.start)
    toks = [k for k in range(sent.first, sent.last) if view.tokens[k].end <= subj_start]
    if len(toks) < 3:
        return None
    return _trimmed(view, toks)


def _verb_candidates(view: View) -> list[Candidate]:
    out: list[Candidate] = []
    for t in view.tokens:
        if t.pos != "VERB":
            continue
        lemma = cue_lemma(t.lemma)
        if lemma not in CUE_FRAMES and lemma not in PREP_CONTENT:
            continue
        if _is_passive(view, t) or _is_citing(view, t):
            continue
        subject, relcl = _subject(view, t)
        if subject is None:
            continue
        subj_tok = view.tokens[subject]
        if subj_tok.lower in NON_SPEAKERS and relcl is None:
            continue
        content = _content_of_verb(view, t, lemma)
        if (content is None or _cited(view, t) is not None) and "ccomp" in CUE_FRAMES.get(lemma, ()):
            content = _that_after(view, t) or content
        if content is None and lemma in QUOTE_VERBS and view.tokens[subject].i > t.i - 4:
            # "..., the NRF source said." parsed without a ccomp: the clause before the subject
            content = _content_of_parenthetical(view, t, subject)
        if content is None:
            continue
        addressee = None
        if lemma == "tell":
            obj = view.child_with(t.i, ("dobj", "dative"))
            addressee = obj.i if obj is not None else None
        cited = _cited(view, t)
        relayed_by = None
        if cited is not None:  # the outlet passes on what its source said: the source is the speaker
            subject, relcl, relayed_by = cited.i, None, subject
        for piece in _split_that_clauses(view, content):
            out.append(Candidate(piece, _cue_span(view, t), t.i, subject, "indirect", lemma, relcl, addressee,
                                 relayed_by))
    return out


def _split_that_clauses(view: View, content: tuple[int, int]) -> list[tuple[int, int]]:
    """'said that A, that B and that C': one statement per that-clause, each with its own topic.

    Only an explicit "that" opening a coordinated clause splits; "that A and B" stays whole.
    """
    toks = view.tokens_in(*content)
    cuts = [
        t.start for t in toks[1:]
        if t.lower == "that" and t.dep == "mark" and view.tokens[t.head].dep == "conj"
        and view.text[content[0] : t.start].rstrip().endswith((",", "and", "but", "or"))
    ]
    if not cuts:
        return [content]
    pieces = []
    start = content[0]
    for cut in cuts + [content[1]]:
        piece = view.text[start:cut].rstrip()
        for tail in (" and", " but", " or", ","):
            if piece.endswith(tail):
                piece = piece[: -len(tail)].rstrip(" ,")
        if piece:
            pieces.append((start, start + len(piece)))
        start = cut
    return pieces


def _is_citing(view: View, t: Token) -> bool:
    """'..., citing a military source, ...': a participle naming a cue's source, not a cue."""
    return t.tag == "VBG" and cue_lemma(t.lemma) in ("cite", "quote") and t.dep in ("advcl", "xcomp", "conj")


def _cited(view: View, t: Token) -> Token | None:
    """The source named by a "citing ..." participle right after cue ``t`` (the parser may hang the
    participle on the cue or on the statement's verb)."""
    sent = view.analysis.sentences[t.sent]
    for k in range(t.i + 1, min(t.i + 4, sent.last)):
        c = view.tokens[k]
        if _is_citing(view, c):
            obj = view.child_with(c.i, ("dobj",))
            return _document_source(view, obj) if obj is not None else None
    return None


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
        obj = _document_source(view, obj)
        pp = frozenset({t.i})
        sent = view.analysis.sentences[t.sent]
        head = toks[t.head] if t.head != t.i else None
        # the statement is the clause the phrase modifies; climb to its verb
        while head is not None and head.pos not in ("VERB", "AUX") and head.head != head.i:
            head = toks[head.head]
        if head is None or head.i == t.i:
            phrase = set(view.subtree(t.i))
            indices = [k for k in range(sent.first, sent.last) if k not in phrase]
        else:
            indices = view.subtree(head.i, exclude=pp | {to.i})
        content = view.span_of(indices)
        if content is None:
            continue
        out.append(Candidate(content, (t.start, to.end), t.i, obj.i, "according_to", "according to"))
    return out


def _quote_tokens(view: View, q: Quote) -> list[Token]:
    return [t for t in view.tokens_in(q.start, q.end) if t.text not in QUOTE_CHARS]


def _is_statement(toks: Sequence[Token]) -> bool:
    """A quotation long enough and verbal enough to be a statement rather than a cited term."""
    if len(toks) < MIN_QUOTE_TOKENS:
        return False
    return any(t.pos in ("VERB", "AUX") for t in toks)


def _cue_after(view: View, q: Quote) -> Token | None:
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
    """'He said: "..."' / 'She said that "..."': a quote verb just before the opening mark.

    Words of the statement between the cue and the quote ('said that Trump "may have ..."') make
    it a mixed quote, which the verb rules handle, so such a cue is not taken here.
    """
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
            if between.endswith("that"):
                between = between[:-4].strip()
            if len(between) <= 60 and (not between or between[-1] in ":,") and not any(
                p in between for p in (".", "“", '"')
            ):
                return t
            return None
        if t.text in (".", "!", "?", ";"):
            return None
    return None


def _adjacent_speaker(view: View, q: Quote, cue: Token) -> int | None:
    """'"...," a teacher said': the parser left the cue without a subject; the noun phrase between
    the quote and the cue (or right after the cue: '"...," said Ahmed') is the speaker."""
    k = view.first_token_at_or_after(q.end)
    between = [view.tokens[j] for j in range(k, cue.i) if view.tokens[j].pos in ("NOUN", "PROPN", "PRON")]
    if between:
        return between[-1].i
    for j in range(cue.i + 1, min(cue.i + 4, len(view.tokens))):
        if view.tokens[j].pos in ("PROPN", "NOUN"):
            return j
    return None


def _continues(view: View, prev: Candidate, q: Quote) -> bool:
    """Whether quote ``q`` carries on the direct quotation ``prev`` ('"A," he said. "B."').

    It does when nothing but ``prev``'s own attribution sentence lies between them, in one paragraph.
    """
    gap = view.text[prev.content[1] : q.start]
    if not gap.strip():
        return True
    if "\n" in gap or prev.cue_token is None:
        return False
    cue_sent = view.tokens[prev.cue_token].sent
    if prev.content[1] > view.analysis.sentences[cue_sent].end:
        return False  # the cue sits before the quotation: 'He said: "A." Then ... "B."'
    nxt = view.analysis.sentence_of(q.start)
    return nxt is not None and nxt in (cue_sent, cue_sent + 1)


def _quote_candidates(view: View, quotes: Sequence[Quote]) -> tuple[list[Candidate], set[int]]:
    out: list[Candidate] = []
    used_cues: set[int] = set()
    found: list[tuple[Quote, Token | None, bool]] = []
    for q in quotes:
        toks = _quote_tokens(view, q)
        found.append((q, _cue_after(view, q) or _cue_before(view, q), _is_statement(toks)))
    last: Candidate | None = None
    for q, cue, statement in found:
        if cue is not None and last is not None and last.cue_token == cue.i:
            # '"A," he said, "and B."': one statement around its cue, however short its second part
            last = replace(last, content=(last.content[0], q.end))
            out[-1] = last
            continue
        if not statement:
            continue
        if cue is not None:
            subject, relcl = _subject(view, cue)
            if subject is None:
                subject = _adjacent_speaker(view, q, cue)
            used_cues.add(cue.i)
            last = Candidate((q.start, q.end), _cue_span(view, cue), cue.i, subject, "direct",
                             cue_lemma(cue.lemma), relcl)
            out.append(last)
            continue
        if last is not None and last.quote_type == "direct" and _continues(view, last, q):
            last = replace(last, content=(last.content[0], q.end))
            out[-1] = last
            continue
        # a quotation standing as its own sentence or paragraph: the speaker is carried over
        before = view.text[: q.start].rstrip(" \t")
        if before and before[-1] not in ".!?\n:”\"'" and not before.endswith(("—", "-")):
            continue
        last = Candidate((q.start, q.end), None, None, None, "direct", "")
        out.append(last)
    return out, used_cues


_RELATIVE = frozenset({"which", "who", "that", "whom"})


def _before_attribution(view: View, c: Candidate) -> Candidate:
    """'X happened on Sunday, the government said, in the latest of ...': a statement the parser
    extends past its own attribution ends where the attribution begins."""
    if c.quote_type == "direct" or c.cue is None or not (c.content[0] < c.cue[0] < c.content[1]):
        return c
    first = view.analysis.token_at(c.content[0])
    if first is not None and first.lower in _RELATIVE and c.cue_token is not None:
        # "(the M23,) which the U.N. says is backed by Rwanda": the statement follows the cue
        after = [t for t in view.tokens_in(c.cue[1], c.content[1])]
        span = _trimmed(view, [t.i for t in after]) if after else None
        return replace(c, content=span) if span else c
    left = c.cue[0]
    if c.subject is not None:
        subj = view.subtree_span(c.subject)
        if subj is not None and c.content[0] < subj[0] < left:
            left = subj[0]
    before = view.text[c.content[0] : left].rstrip()
    if not before.endswith(",") or len(before.split()) < 4:
        return c  # "The attack, he said, was repelled": the statement runs around its cue
    before = before.rstrip(" ,")
    return replace(c, content=(c.content[0], c.content[0] + len(before)))


def find_candidates(view: View) -> list[Candidate]:
    """All attribution candidates of an article, in text order, nested ones included."""
    quotes = find_quotes(view.text)
    quoted, used = _quote_candidates(view, quotes)
    verbs = [c for c in _verb_candidates(view) if c.cue_token not in used]
    cands = quoted + verbs + _according_to(view)
    # an indirect statement carrying a quotation inside is a mixed quote; a quotation opened inside
    # a statement belongs to it up to its closing mark, even past the end of the sentence
    starts = [q.start for q in quotes]
    marked = []
    for c in cands:
        c = _before_attribution(view, c)
        if c.quote_type != "direct":
            lo, hi = c.content
            inside = quotes[bisect_left(starts, lo) : bisect_left(starts, hi)]
            if inside:
                hi = max(hi, max(q.end for q in inside))
                c = replace(c, content=(lo, hi), quote_type="mixed" if c.quote_type == "indirect" else c.quote_type)
        marked.append(c)
    marked.sort(key=lambda c: (c.content[0] if c.cue is None else min(c.cue[0], c.content[0]), c.content[1]))
    return marked
