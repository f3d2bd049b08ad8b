"""The claims ledger: every attributed statement of an article as a ``Claim`` record.

``find_claims`` works over the shared ``Analysis`` (no second parse): cue candidates from the parse
and the quotation marks (``attribution.cues``), speakers with their side and antecedents
(``attribution.speakers``), outlet relays (``attribution.relays``), then channel, evidence status,
topic and quantity of each claim (``attribution.context``, ``attribution.topics``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .attribution.context import (
    blank,
    channel_of,
    evidence_offered,
    explicitly_none,
    scope_topics,
    verified,
)
from .attribution.cues import Candidate, find_candidates
from .attribution.quotes import find_quotes
from .attribution.relays import RELAY_LEMMAS, interview_outlet, nested_flags, outlet_name
from .attribution.speakers import ActorRef, Resolved, SpeakerResolver
from .attribution.topics import quantity_of, topic_of
from .attribution.view import View
from .nlp import Analysis
from .records import Claim, TextSpan

__all__ = ["ActorRef", "find_claims", "link_claims"]

_LOSS_LEMMAS = frozenset({"lose", "suffer", "sustain", "incur"})
_FIRST_PERSON = frozenset({"we", "our", "us"})


@dataclass(frozen=True, slots=True)
class _Draft:
    cand: Candidate
    speaker_span: tuple[int, int] | None
    outlet: str | None  # the speaker names an outlet


def _no_resolution(_: str) -> str | None:
    return None


def _span(text: str, s: tuple[int, int]) -> TextSpan:
    return TextSpan(text[s[0] : s[1]], s[0], s[1])


def _speaker_span(view: View, c: Candidate, quotes: _Quotes) -> tuple[int, int] | None:
    if c.subject is None:
        return None
    exclude = frozenset({c.cue_token}) if c.relcl_head is not None and c.cue_token is not None else frozenset()
    head = c.subject
    # "Al Shabaab, in taking credit, claims ...": a phrase set off by commas is no part of the name
    exclude |= {k for k in view.kids[head] if view.tokens[k].dep == "prep" and k > 0 and view.tokens[k - 1].text == ","}
    # a direct quotation's content runs around its cue ('"A," he said, "B."'): only the quoted words
    # are off limits to the speaker; otherwise the whole content is
    lo, hi = c.content
    if c.quote_type == "direct":
        blocked = quotes.within(lo, hi)
    elif lo <= view.tokens[head].start < hi:
        blocked = []  # "The attack, he said, was repelled": the statement runs around its speaker
    else:
        blocked = [c.content]
    if c.cue is not None:
        blocked.append(c.cue)
    indices = [k for k in view.subtree(head, exclude)
               if not any(s <= view.tokens[k].start < e for s, e in blocked)]
    # keep the contiguous run around the head: a subject subtree never spans the content
    if not indices:
        return None
    pos = indices.index(head) if head in indices else 0
    a = b = pos
    while a > 0 and indices[a - 1] == indices[a] - 1:
        a -= 1
    while b + 1 < len(indices) and indices[b + 1] == indices[b] + 1:
        b += 1
    return view.span_of(indices[a : b + 1])


class _Quotes:
    """Quotation spans of an article, searchable by position."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        k = bisect_left(self._starts, lo)
        out = []
        while k < len(self.spans) and self.spans[k][0] < hi:
            if self.spans[k][1] <= hi:
                out.append(self.spans[k])
            k += 1
        return out


def _in_skip(pos: int, skip: Sequence[tuple[int, int]]) -> bool:
    k = bisect_right(skip, (pos, float("inf"))) - 1  # skip is sorted by start
    return k >= 0 and skip[k][0] <= pos < skip[k][1]


def _whose(view: View, content: tuple[int, int], resolver: SpeakerResolver, party: str | None) -> str | None:
    """Whose losses a casualty claim counts: the side named as subject of "lost"/"suffered", or the
    side named in the counted phrase ("more than 100 RSF fighters")."""
    toks = view.tokens_in(*content)
    for t in toks:
        if t.lemma.lower() in _LOSS_LEMMAS and t.pos == "VERB":
            subj = view.child_with(t.i, ("nsubj", "nsubjpass"))
            if subj is None:
                continue
            if subj.lower in _FIRST_PERSON:
                return party
            span = view.subtree_span(subj.i)
            return resolver.party_of(*span) if span else None
    for t in toks:
        if t.lemma.lower() == "kill" and t.pos == "VERB":  # "killed dozens of government soldiers"
            obj = view.child_with(t.i, ("dobj",))
            span = view.subtree_span(obj.i) if obj is not None else None
            found = resolver.party_of(*span) if span else None
            if found:
                return found
    for t in toks:
        if t.dep == "nummod" and t.head != t.i:
            noun = view.tokens[t.head]
            for k in view.kids[noun.i]:
                mod = view.tokens[k]
                if mod.dep in ("compound", "amod", "nmod") and (mod.pos == "PROPN" or mod.ent_type in ("ORG", "NORP")):
                    found = resolver.party_of(mod.start, mod.end)
                    if found:
                        return found
    return None


def _drafts(view: View, skip: Sequence[tuple[int, int]], quotes: _Quotes) -> list[_Draft]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(skip):  # overlapping ranges merged, so one bisect finds the range of a position
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    skip = merged
    cands = []
    for c in find_candidates(view):
        if c.cue is not None and _in_skip(c.cue[0], skip):
            continue
        if _in_skip(c.content[0], skip):
            # "GUSAU, Nigeria - Armed bandits ..., police said": the dateline is not part of the statement
            k = bisect_right(skip, (c.content[0], float("inf"))) - 1
            start = skip[k][1]
            while start < c.content[1] and view.text[start] in " \t\n-—–:,":
                start += 1
            if start >= c.content[1]:
                continue
            c = replace(c, content=(start, c.content[1]))
        cands.append(c)
    drafts = []
    for c in cands:
        span = _speaker_span(view, c, quotes)
        if c.subject is not None and span is None:
            continue
        outlet = outlet_name(view, c.subject, span) if c.subject is not None else None
        drafts.append(_Draft(c, span, outlet))
    return drafts


def _relay_scope(view: View, r: _Draft) -> tuple[int, int]:
    """The statement a relay carries: its content, or for a closing '..., CNN reported.' the
    whole sentence before it (the parser may hang the sentence's own cue under the relay or the
    relay under it)."""
    lo, hi = r.cand.content
    if r.speaker_span is not None and r.cand.cue_token is not None and r.cand.cue is not None:
        # ", CNN reported." / ", according to AFP.": the phrase closes the sentence after a comma
        before = view.text[: min(r.speaker_span[0], r.cand.cue[0])].rstrip()
        if before.endswith(","):
            sent = view.analysis.sentences[view.tokens[r.cand.cue_token].sent]
            lo, hi = min(lo, sent.start), max(hi, len(before) - 1)
    return lo, hi


def _select(view: View, drafts: list[_Draft]) -> tuple[list[_Draft], dict[int, list[str]]]:
    """Drop nested statements, and relays that carry someone else's statement.

    Returns the kept drafts and, per kept draft index, the outlets relaying it (innermost first).
    A statement that a relay carries loses the relay's words from its content.
    """
    drafts = sorted(drafts, key=lambda d: d.cand.cue[0] if d.cand.cue is not None else d.cand.content[0])
    cue_starts = [d.cand.cue[0] if d.cand.cue is not None else d.cand.content[0] for d in drafts]
    carried: dict[int, list[str]] = {}
    cut: dict[int, int] = {}
    relay_ids = set()
    for r in drafts:
        if r.outlet is None or r.cand.lemma not in RELAY_LEMMAS:
            continue
        lo, hi = _relay_scope(view, r)
        inner = [
            i for i in range(bisect_left(cue_starts, lo), bisect_left(cue_starts, hi))
            if drafts[i] is not r and drafts[i].outlet is None and drafts[i].cand.cue is not None
        ]
        if not inner:
            continue
        relay_ids.add(id(r))
        start = min(r.cand.cue[0] if r.cand.cue else hi, r.speaker_span[0] if r.speaker_span else hi)
        for i in inner:
            carried.setdefault(i, []).append(r.outlet or "")
            if drafts[i].cand.content[0] < start < drafts[i].cand.content[1]:
                cut[i] = start
    for i, end in cut.items():
        c = drafts[i].cand
        trimmed = view.text[c.content[0] : end].rstrip(" ,;:—-")
        if trimmed:
            drafts[i] = replace(drafts[i], cand=replace(c, content=(c.content[0], c.content[0] + len(trimmed))))
    live = [i for i, d in enumerate(drafts) if id(d) not in relay_ids]
    nested = dict(zip(live, nested_flags([drafts[i].cand for i in live]), strict=True))
    # a cue inside another statement's speaker ("Officials, who spoke on condition of anonymity,
    # said ...") describes the speaker, it is no statement of its own
    speakers = sorted(d.speaker_span for d in drafts if d.speaker_span is not None)
    starts = [s for s, _ in speakers]
    for i in live:
        cue = drafts[i].cand.cue
        if cue is None or drafts[i].cand.relcl_head is None:
            continue  # only a relative clause on the speaker ("who spoke ...") describes the speaker
        k = bisect_right(starts, cue[0]) - 1
        while k >= 0 and speakers[k][0] > cue[0] - 400:
            if speakers[k][0] <= cue[0] and cue[1] <= speakers[k][1] and speakers[k] != drafts[i].speaker_span:
                nested[i] = True
                break
            k -= 1
    kept: list[_Draft] = []
    via: dict[int, list[str]] = {}
    for i, d in enumerate(drafts):
        if id(d) in relay_ids or nested[i]:
            continue
        via[len(kept)] = list(reversed(carried.get(i, [])))
        kept.append(d)
    return kept, via


def find_claims(
    analysis: Analysis,
    *,
    actors: Sequence[ActorRef] = (),
    skip: Sequence[tuple[int, int]] = (),
    resolve_party: Callable[[str], str | None] = _no_resolution,
) -> tuple[Claim, ...]:
    """Every attributed statement of the analysed article, ids "c1", "c2", ... in text order.

    ``actors`` are the article's actor mentions (their catalogue names become claim sides); ``skip``
    are character ranges (boilerplate lines) whose statements are ignored; ``resolve_party`` maps an
    affiliation surface ("NRF", "the Taliban") to a catalogue actor name.
    """
    view = View(analysis)
    text = analysis.text
    quotes = _Quotes([(q.start, q.end) for q in find_quotes(text)])
    kept, via = _select(view, _drafts(view, skip, quotes))
    resolver = SpeakerResolver(view, actors, resolve_party, quotes.spans)

    resolved: list[Resolved] = []
    for d in kept:
        c = d.cand
        if c.subject is None:
            sent = analysis.sentence_of(c.content[0]) or 0
            resolved.append(resolver.implicit(sent, view.paragraph(c.content[0])))
        else:
            assert d.speaker_span is not None
            excl = frozenset({c.cue_token}) if c.cue_token is not None else frozenset()
            head = c.relcl_head if c.relcl_head is not None else c.subject
            r = resolver.build(head, d.speaker_span, excl)
            if r.speaker is not None and (r.speaker.start, r.speaker.end) != d.speaker_span:
                r = replace(r, speaker=replace(r.speaker, text=text[d.speaker_span[0] : d.speaker_span[1]],
                                               start=d.speaker_span[0], end=d.speaker_span[1]))
            resolved.append(r)

    resolved = _unify(resolved)

    # relays cover the same speaker's statements just before them in the paragraph
    for i in range(len(kept)):
        chain = via.get(i, [])
        if not chain:
            continue
        j = i - 1
        while j >= 0 and resolved[j].identity is not None and resolved[j].identity == resolved[i].identity \
                and resolved[j].para == resolved[i].para and not via.get(j):
            via[j] = list(chain)
            j -= 1

    claims: list[Claim] = []
    sentences = analysis.sentences
    for i, (d, r) in enumerate(zip(kept, resolved, strict=True)):
        c = d.cand
        content = _span(text, c.content)
        cue = _span(text, c.cue) if c.cue is not None else None
        anchor = c.cue[0] if c.cue is not None else c.content[0]
        si = analysis.sentence_of(anchor)
        sent_text = ""
        if si is not None:
            s = sentences[si]
            sent_text = blank(text[s.start : s.end], s.start, [c.content])
        chain = list(via.get(i, []))
        if c.relayed_by is not None:
            span = view.subtree_span(c.relayed_by)
            outlet = outlet_name(view, c.relayed_by, span) or (text[span[0] : span[1]] if span else None)
            if outlet:
                chain.insert(0, outlet)
        tok = view.tokens[c.addressee] if c.addressee is not None else None
        if tok is not None:
            told = outlet_name(view, tok.i, view.subtree_span(tok.i))
            if told:
                chain.insert(0, told)
        interviewed = interview_outlet(sent_text)
        if interviewed and interviewed not in chain:
            chain.insert(0, interviewed)
        quote_type = c.quote_type
        if (d.outlet is not None or c.relayed_by is not None) and c.lemma == "report" and quote_type == "indirect":
            quote_type = "reported"
        status = "none_stated"
        full = text[sentences[si].start : sentences[si].end] if si is not None else ""
        if explicitly_none(full):
            status = "explicitly_none"
        elif evidence_offered(full):
            status = "claimed"
        topic = topic_of(content.text)
        whose = _whose(view, c.content, resolver, r.party) if topic in (
            "casualties", "equipment_losses") else None
        claims.append(
            Claim(
                id="",
                content=content,
                cue=cue,
                speaker=r.speaker,
                quote_type=quote_type,
                party=r.party,
                channel=channel_of(sent_text),
                reported_via=tuple(chain),
                evidence_status=status,
                topic=topic,
                quantity=quantity_of(content.text, whose),
                event_id=None,
                speaker_note=r.note if r.speaker is None else None,
            )
        )
    claims = _writer_evidence(analysis, claims)
    order = sorted(range(len(claims)), key=lambda k: (_start(claims[k]), claims[k].content.end))
    return tuple(replace(claims[k], id=f"c{n + 1}") for n, k in enumerate(order))


def _named(affiliation: str | None) -> bool:
    return bool(affiliation) and affiliation[:1].isupper()  # type: ignore[index]


def _unify(resolved: list[Resolved]) -> list[Resolved]:
    """Give every mention of one speaker the most specific side found for any of its mentions.

    "an official source from within the group" is only known to be the NRF's when a later mention
    says "the NRF source"; both claims then carry the NRF affiliation and side.
    """
    best: dict[str, tuple[str | None, str | None]] = {}
    for r in resolved:
        if r.identity is None or r.speaker is None:
            continue
        aff, party = best.get(r.identity, (None, None))
        if _named(r.speaker.affiliation) and not _named(aff):
            aff = r.speaker.affiliation
        best[r.identity] = (aff, party or r.party)
    out = []
    for r in resolved:
        if r.identity in best and r.speaker is not None:
            aff, party = best[r.identity]
            sp = r.speaker
            if aff is not None and not _named(sp.affiliation):
                sp = replace(sp, affiliation=aff)
            r = replace(r, speaker=sp, party=r.party or party)
        out.append(r)
    return out


def _start(c: Claim) -> int:
    starts = [c.content.start]
    if c.cue is not None:
        starts.append(c.cue.start)
    if c.speaker is not None:
        starts.append(c.speaker.start)
    return min(starts)


def _writer_evidence(analysis: Analysis, claims: list[Claim]) -> list[Claim]:
    """Apply the writer's own evidence sentences ("Neither side has provided evidence ...")."""
    text = analysis.text
    claimed_sents = set()
    for c in claims:
        for pos in (c.content.start, c.cue.start if c.cue else c.content.start):
            si = analysis.sentence_of(pos)
            if si is not None:
                claimed_sents.add(si)
    out = list(claims)
    for si, s in enumerate(analysis.sentences):
        if si in claimed_sents:
            continue
        sentence = text[s.start : s.end]
        if explicitly_none(sentence):
            topics = scope_topics(sentence)
            before = [k for k, c in enumerate(out) if c.content.start < s.start]
            same = _same_speaker(analysis, si, out, before)
            for k in before:
                c = out[k]
                if c.evidence_status != "none_stated" or (same is not None and not same(c)):
                    continue
                if c.speaker is not None and c.speaker.kind == "outlet":
                    continue
                if topics is not None and c.topic not in topics:
                    continue
                out[k] = replace(c, evidence_status="explicitly_none")
        elif verified(sentence):
            # "... was independently verified by X": the statements of the sentence just before
            for k, c in enumerate(out):
                ci = analysis.sentence_of(c.content.start)
                if ci is not None and ci == si - 1 and c.evidence_status == "none_stated":
                    out[k] = replace(c, evidence_status="verified")
    return out


_EVERY_SIDE = frozenset({"neither", "none", "nobody", "both", "either", "each", "sides", "groups", "parties", "side"})


def _same_speaker(
    analysis: Analysis, si: int, claims: list[Claim], before: list[int]
) -> Callable[[Claim], bool] | None:
    """When a writer's sentence is about one speaker ("He did not provide evidence"), a test for the
    claims of the speaker just before it; None when it is about every side ("Neither side ...")."""
    sent = analysis.sentences[si]
    toks = analysis.tokens[sent.first : sent.last]
    subject = next((t for t in toks if t.dep in ("nsubj", "nsubjpass") and analysis.tokens[t.head].dep == "ROOT"),
                   None)
    if subject is None or subject.lower in _EVERY_SIDE or not before:
        return None
    last = claims[before[-1]].speaker
    if last is None:
        return None
    key = last.name or (last.antecedent.text if last.antecedent else last.text)
    return lambda c: c.speaker is not None and key in (c.speaker.name, c.speaker.text, (
        c.speaker.antecedent.text if c.speaker.antecedent else None))


def link_claims(claims: Sequence[Claim], event_spans: Sequence[tuple[str, int, int]]) -> tuple[Claim, ...]:
    """Set each claim's ``event_id`` from the events' evidence spans ``(event_id, start, end)``.

    A claim is about the event whose evidence overlaps its content most; when no evidence overlaps
    and the article has a single event, a claim on a conflict topic is about that event.
    """
    events = {e for e, _, _ in event_spans}
    out = []
    for c in claims:
        best, best_overlap = None, 0
        for event_id, s, e in event_spans:
            overlap = min(e, c.content.end) - max(s, c.content.start)
            if overlap > best_overlap:
                best, best_overlap = event_id, overlap
        if best is None and len(events) == 1 and c.topic != "other":
            best = next(iter(events))
        out.append(replace(c, event_id=best))
    return tuple(out)
