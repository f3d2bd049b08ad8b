"""Speakers: the noun phrase of a cue's subject turned into name, role, affiliation, kind and side.

Pronouns ("he", "they") and definite nominals ("the spokesperson", "the NRF source", "the group")
are resolved to an earlier speaker or mention, and the antecedent's span is kept so a reader can
check the link. When nothing earlier fits, the speaker is left unresolved with a reason: a wrong
speaker in a claims ledger is worse than a missing one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from ..nlp import Entity, Token
from ..records import Speaker, TextSpan
from .lexicon import (
    ANAPHORIC_GROUPS,
    DEFINITE,
    GROUP_NOUNS,
    OUTLET_NOUNS,
    PERSONAL_PRONOUNS,
    ROLE_NOUNS,
    TITLES,
    is_outlet_name,
)
from .view import View


class ActorRef(Protocol):
    """An actor mention of the article (``fogwatch.actors.ActorMention`` satisfies it)."""

    start: int
    end: int
    text: str
    name: str
    inter: int


@dataclass(frozen=True, slots=True)
class Resolved:
    """A speaker with the side it speaks for, or the reason it could not be resolved."""

    speaker: Speaker | None
    party: str | None
    note: str | None
    identity: str | None  # what makes two mentions the same speaker (for relays and anaphora)
    sent: int
    para: int


# Determiners of a noun phrase that names several sides at once ("each side", "both groups").
_RECIPROCAL = frozenset({"each", "both", "either", "neither", "two", "all"})

CIVILIANS_INTER = 7

_POSSESSIVE_PRONOUNS = frozenset({"its", "their"})

# Sentences back in which a pronoun may find its antecedent.
PRONOUN_WINDOW = 4
# Speakers back in which a definite nominal ("the spokesperson") may find its antecedent.
NOMINAL_WINDOW = 12

_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
_FUNCTION_WORDS = frozenset({"of", "for", "and", "the", "de", "al", "in", "on"})


def acronyms(text: str) -> dict[str, str]:
    """'National Resistance Front (NRF)' -> {'NRF': 'National Resistance Front'}: definitions in text."""
    out: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()] or list(acr.upper())
        words = text[max(0, m.start() - 120) : m.start()].split()
        picked: list[str] = []
        need = len(letters)
        for w in reversed(words):
            w = w.strip(",;:")
            if w.lower() in _FUNCTION_WORDS and picked:
                picked.append(w)
                continue
            if not _NAME_WORD.fullmatch(w):
                break
            picked.append(w)
            need -= 1
            if need == 0:
                break
        if need:
            continue
        picked.reverse()
        initials = [w[0] for w in picked if w.lower() not in _FUNCTION_WORDS]
        if "".join(initials).upper() == "".join(letters):
            out.setdefault(acr, " ".join(picked))
    return out


def _strip_det(text: str) -> str:
    low = text.lower()
    for det in ("the ", "a ", "an ", "another "):
        if low.startswith(det):
            return text[len(det) :]
    return text


def _strip_titles(name: str) -> str:
    """'Superintendent Sani Garba Ahmed' -> 'Sani Garba Ahmed'."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)


def _clean_name(text: str) -> str:
    return re.sub(r"(’s|'s)$", "", text).strip(" ,")


class SpeakerResolver:
    """Builds speakers in text order, keeping the history that anaphora resolve against."""

    def __init__(
        self,
        view: View,
        actors: Sequence[ActorRef],
        resolve_party: Callable[[str], str | None],
        quote_spans: Sequence[tuple[int, int]],
    ):
        self.view = view
        self.actors = sorted(actors, key=lambda a: a.start)
        self._actor_starts = [a.start for a in self.actors]
        self.resolve_party = resolve_party
        self.acronyms = acronyms(view.text)
        self.history: list[Resolved] = []
        self.quote_spans = sorted(quote_spans)
        self._quote_starts = [s for s, _ in self.quote_spans]
        ents = view.analysis.entities
        # lookups by position (bisect, dict) keep the stage linear on very long articles
        self._entity_at: dict[int, Entity] = {k: e for e in ents for k in range(e.first, e.last)}
        self.persons = [e for e in ents if e.label == "PERSON"]
        self.groups = [e for e in ents if e.label in ("ORG", "NORP")]
        self._person_ends = [e.end for e in self.persons]
        self._group_ends = [e.end for e in self.groups]
        self._full_names: dict[str, str] = {}
        for e in self.persons:
            parts = _clean_name(e.text).split()
            if len(parts) >= 2:
                self._full_names.setdefault(parts[-1], " ".join(parts))

    # ----------------------------------------------------------------- helpers

    def _span(self, start: int, end: int) -> TextSpan:
        return TextSpan(self.view.text[start:end], start, end)

    def _full_name(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1 and parts[0] in self._full_names:
            return self._full_names[parts[0]]
        return name

    def _entity_of(self, tok: Token, labels: tuple[str, ...]) -> Entity | None:
        e = self._entity_at.get(tok.i)
        return e if e is not None and e.label in labels else None

    def _party_for(self, start: int, end: int, *surfaces: str | None) -> str | None:
        k = bisect_left(self._actor_starts, start)
        while k < len(self.actors) and self.actors[k].start < end:
            # a civilian (ACLED inter code 7: a doctor, a resident) speaks for no side of the conflict
            if self.actors[k].end <= end and self.actors[k].inter != CIVILIANS_INTER:
                return self.actors[k].name
            k += 1
        for s in surfaces:
            if not s:
                continue
            bare = _strip_det(s)
            # "Sudanese Armed Forces (SAF)": the name without its acronym, and the acronym alone
            unbracketed = re.sub(r"\s*\([^)]*\)", "", bare).strip()
            inner = re.findall(r"\(([^)]+)\)", bare)
            for form in (s, bare, unbracketed, *inner, self.acronyms.get(bare, "")):
                if form:
                    found = self.resolve_party(form)
                    if found:
                        return found
        return None

    def party_of(self, start: int, end: int) -> str | None:
        """The side named by the text ``[start, end)``: an actor mention in it, or its surface."""
        return self._party_for(start, end, self.view.text[start:end])

    def _in_quote(self, char: int) -> bool:
        k = bisect_right(self._quote_starts, char) - 1
        return k >= 0 and char < self.quote_spans[k][1]

    # ----------------------------------------------------------------- affiliation

    def _affiliation(self, head: Token, exclude: frozenset[int]) -> tuple[str | None, tuple[int, int] | None]:
        """'NRF spokesperson', 'Mandera County Police Commander', 'the group's spokesman',
        'a spokesperson for the NRF'."""
        view = self.view
        mods: list[tuple[int, int]] = []
        for k in view.kids[head.i]:
            c = view.tokens[k]
            if k in exclude or k > head.i:
                continue
            if c.dep == "poss":
                span = view.subtree_span(k)
                if span:
                    return _clean_name(view.text[span[0] : span[1]]), span
            if c.dep in ("compound", "amod", "nmod") and (
                c.pos == "PROPN" or c.ent_type in ("ORG", "NORP", "GPE") or c.lemma.lower() in GROUP_NOUNS
            ) and c.lemma.lower() not in ROLE_NOUNS and c.lower not in TITLES and c.ent_type != "PERSON":
                span = view.subtree_span(k)
                if span:
                    mods.append(span)
        if mods:  # the run of modifiers before the role noun, taken whole
            span = (mods[0][0], mods[-1][1])
            return view.text[span[0] : span[1]], span
        for k in view.kids[head.i]:
            c = view.tokens[k]
            if c.dep == "prep" and c.lower in ("for", "of", "from", "with", "at", "within"):
                obj = view.child_with(k, ("pobj",))
                if obj is None:
                    inner = view.child_with(k, ("prep",))
                    obj = view.child_with(inner.i, ("pobj",)) if inner is not None else None
                if obj is not None:
                    span = view.subtree_span(obj.i, exclude)
                    if span:
                        return view.text[span[0] : span[1]], span
        return None, None

    def _possessor(self, sent: int) -> Resolved | None:
        """'Its spokesman': the organisation that spoke just before."""
        return self._previous(
            sent,
            lambda r: r.speaker is not None and r.party is not None and (
                r.speaker.kind == "organization" or (r.speaker.role or "") in GROUP_NOUNS),
            PRONOUN_WINDOW,
        )

    def _expand(self, affiliation: str | None) -> str | None:
        if affiliation is None:
            return None
        bare = _strip_det(affiliation)
        if bare in self.acronyms:
            return self.acronyms[bare]
        # "the NRF" -> "NRF", but "the group" stays a description, not a name
        return bare if bare[:1].isupper() else affiliation

    # ----------------------------------------------------------------- antecedents

    def _previous(self, sent: int, accept: Callable[[Resolved], bool], window: int) -> Resolved | None:
        for r in reversed(self.history[-NOMINAL_WINDOW:]):
            if r.speaker is None:
                continue
            if sent - r.sent > window:
                return None
            if accept(r):
                return r
        return None

    def _recent_entity(self, before: int, entities: Sequence[Entity], sent: int) -> Entity | None:
        ends = self._person_ends if entities is self.persons else self._group_ends
        k = bisect_right(ends, before) - 1
        while k >= 0 and self._in_quote(entities[k].start):
            k -= 1
        if k < 0:
            return None
        best = entities[k]
        if sent - self.view.tokens[best.first].sent > PRONOUN_WINDOW:
            return None
        return best

    def _recent_actor(self, before: int, sent: int) -> tuple[str, int, int, str | None] | None:
        """The closest group mentioned before ``before``: (text, start, end, catalogue name)."""
        best: tuple[str, int, int, str | None] | None = None
        k = bisect_left(self._actor_starts, before) - 1
        while k >= 0:
            a = self.actors[k]
            # a descriptive mention ("the group") is itself an anaphor: only a name can be an antecedent
            if a.end <= before and getattr(a, "kind", "named") == "named":
                best = (a.text, a.start, a.end, a.name)
                break
            if before - a.start > 5000:
                break
            k -= 1
        # without actor mentions (a bare analysis), organisations found by the parser stand in
        ent = self._recent_entity(before, self.groups, sent) if not self.actors else None
        if ent is not None and not is_outlet_name(ent.text) and (best is None or ent.start > best[1]):
            best = (ent.text, ent.start, ent.end, None)
        if best is None:
            return None
        tok = self.view.analysis.token_at(best[1])
        if tok is not None and sent - tok.sent > PRONOUN_WINDOW:
            return None
        return best

    def _from_antecedent(self, own: Speaker, ante: Resolved, kind: str | None = None) -> Speaker:
        sp = ante.speaker
        assert sp is not None
        target = self._span(sp.start, sp.end)  # the nearest mention: a reader can follow the chain
        return replace(
            own,
            name=sp.name,
            role=own.role or sp.role,
            affiliation=own.affiliation or sp.affiliation,
            kind=kind or own.kind,
            antecedent=target,
        )

    # ----------------------------------------------------------------- building

    def implicit(self, sent: int, para: int) -> Resolved:
        """The speaker of a quotation with no cue: the speaker of the claim just before it."""
        prev = next((r for r in reversed(self.history)), None)
        if prev is None or prev.speaker is None or para - prev.para > 1:
            r = Resolved(None, None, "quotation with no speaker in it or just before it", None, sent, para)
        else:
            r = replace(prev, sent=sent, para=para)
        self.history.append(r)
        return r

    def build(self, head_i: int, span: tuple[int, int], exclude: frozenset[int] = frozenset()) -> Resolved:
        view = self.view
        head = view.tokens[head_i]
        sent, para = head.sent, view.paragraph(head.start)
        r = self._build(head, span, exclude, sent, para)
        self.history.append(r)
        return r

    def _build(
        self, head: Token, span: tuple[int, int], exclude: frozenset[int], sent: int, para: int
    ) -> Resolved:
        view = self.view
        text = view.text[span[0] : span[1]]
        base = Speaker(text, span[0], span[1], None, None, None, "anonymous")
        low = head.lower

        # -- pronouns
        if head.pos == "PRON" or low in PERSONAL_PRONOUNS:
            return self._pronoun(base, head, sent, para)

        # -- a person named in the phrase (the head, an apposition or a compound chain)
        person = self._entity_of(head, ("PERSON",))
        role_tok: Token | None = None
        name: str | None = None
        appos = [view.tokens[k] for k in view.kids[head.i] if view.tokens[k].dep == "appos"]
        if person is not None:
            name = self._full_name(_strip_titles(_clean_name(person.text)))
            # "Army spokesman Brigadier General Hashim Osman": the function, not the rank, is the role
            chain = [view.tokens[k] for k in view.subtree(head.i) if k < head.i and view.tokens[k].dep == "compound"]
            roles = [c for c in chain if c.lemma.lower() in ROLE_NOUNS and c.lower not in TITLES]
            if roles:
                role_tok = roles[0]
            for a in appos:
                if a.lemma.lower() in ROLE_NOUNS:
                    role_tok = a
        elif head.lemma.lower() in ROLE_NOUNS or low in ROLE_NOUNS:
            role_tok = head
            for a in appos:
                if a.pos == "PROPN" or a.ent_type == "PERSON":
                    ent = self._entity_of(a, ("PERSON", "ORG", "NORP", "GPE"))
                    name = self._full_name(_strip_titles(_clean_name(ent.text if ent else a.text)))
                    break
            if name is None:
                # "The governor of Kassala, Ahmed Musa,": the parser hangs the name on "Kassala"
                for k in view.subtree(head.i):
                    a = view.tokens[k]
                    if a.dep == "appos" and a.ent_type == "PERSON":
                        ent = self._entity_of(a, ("PERSON",))
                        name = self._full_name(_clean_name(ent.text if ent else a.text))
                        exclude = exclude | frozenset({a.i})
                        break
        elif head.pos == "PROPN" and head.ent_type in ("", "PERSON") and not is_outlet_name(text):
            name = self._full_name(_clean_name(_strip_det(text) if len(text) < 60 else head.text))
            base = replace(base, kind="person")

        if role_tok is not None:
            aff, aff_span = self._affiliation(role_tok, exclude)
            if aff is None and role_tok is not head:
                aff, aff_span = self._affiliation(head, exclude)
            role = role_tok.text.lower()
            party = None
            if aff is not None and aff.lower() in _POSSESSIVE_PRONOUNS:
                owner = self._possessor(sent)  # "Its spokesman": the organisation just named
                aff, aff_span = None, None
                if owner is not None and owner.speaker is not None:
                    aff, party = owner.speaker.name or owner.speaker.text, owner.party
            sp = replace(base, name=name, role=role, affiliation=self._expand(aff))
            sp = replace(sp, kind="person" if name else "anonymous")
            party = party or self._party_for(
                *(aff_span or (0, 0)), aff, self.acronyms.get(_strip_det(aff or ""), None))
            if party is None and name is None:
                party = self._party_for(*span)  # "Local militia leaders": an actor inside the phrase
            det = next((view.tokens[k].lower for k in view.kids[role_tok.i] if view.tokens[k].dep == "det"), "")
            if name is None and det in DEFINITE:
                # "the spokesperson" / "the NRF source": the same speaker as before
                ante = self._previous(sent, lambda r: r.speaker is not None and r.speaker.role == role, NOMINAL_WINDOW)
                if ante is not None:
                    sp = self._from_antecedent(sp, ante, kind=ante.speaker.kind if ante.speaker else None)
                    return Resolved(sp, party or ante.party, None, ante.identity, sent, para)
            if det == "another" and aff is None:
                # "Another spokesperson": a different person of the same side
                prev = self._previous(sent, lambda r: r.speaker is not None and r.speaker.role == role, NOMINAL_WINDOW)
                if prev is not None and prev.speaker is not None:
                    sp = replace(sp, affiliation=prev.speaker.affiliation)
                    party = party or prev.party
            identity = (name or f"{role}|{sp.affiliation or ''}|{span[0]}").lower()
            return Resolved(sp, party, None, identity, sent, para)

        if name is not None:
            sp = replace(base, name=name, kind="person")
            if appos:
                aff, aff_span = self._affiliation(appos[0], exclude)
                sp = replace(sp, affiliation=self._expand(aff))
            party = self._party_for(span[0], span[1], sp.affiliation)
            return Resolved(sp, party, None, name.lower(), sent, para)

        # -- an organisation, an outlet, or a collective noun
        org = self._entity_of(head, ("ORG", "NORP", "GPE"))
        if org is not None or head.pos == "PROPN" or low in OUTLET_NOUNS:
            name = _clean_name(_strip_det(org.text if org is not None else text))
            kind = "outlet" if is_outlet_name(name) or low in OUTLET_NOUNS else "organization"
            sp = replace(base, name=name, kind=kind)
            party = None if kind == "outlet" else self._party_for(span[0], span[1], name)
            return Resolved(sp, party, None, name.lower(), sent, para)
        if head.lemma.lower() in GROUP_NOUNS or low in GROUP_NOUNS:
            dets = {view.tokens[k].lower for k in view.kids[head.i]
                    if view.tokens[k].dep in ("det", "predet", "nummod")}
            aff, aff_span = self._affiliation(head, exclude)
            sp = replace(base, kind="organization", affiliation=self._expand(aff), name=_strip_det(text))
            if dets & _RECIPROCAL:
                # "each side", "both sides", "the two groups": several sides speaking, none of them alone
                return Resolved(sp, None, None, text.lower(), sent, para)
            if dets & DEFINITE and aff is None and head.lemma.lower() in ANAPHORIC_GROUPS:
                # "the group said": the group last named before it ("the army" names an actor itself)
                found = self._recent_actor(span[0], sent)
                if found is not None:
                    ftext, fs, fe, fname = found
                    fparty = fname or self._party_for(fs, fe, ftext)
                    sp = replace(sp, name=_strip_det(ftext), antecedent=self._span(fs, fe))
                    return Resolved(sp, fparty, None, (fname or ftext).lower(), sent, para)
            party = self._party_for(span[0], span[1], aff, text)
            return Resolved(sp, party, None, text.lower(), sent, para)
        # -- anything else: an unnamed source ("analysts", "a poll", "witnesses")
        aff, _ = self._affiliation(head, exclude)
        sp = replace(base, affiliation=self._expand(aff))
        return Resolved(sp, self._party_for(span[0], span[1], aff), None, text.lower(), sent, para)

    def _is_subject(self, ent: Entity) -> bool:
        """Whether a name stands as a subject (or beside one, in apposition)."""
        root = self.view.tokens[ent.last - 1]
        return root.dep in ("nsubj", "nsubjpass", "appos")

    def _sentence_subject(self, pronoun: Token) -> tuple[str, int, int] | None:
        """'The militia released a video it said ...': a group subject earlier in the same sentence."""
        view = self.view
        s = view.analysis.sentences[pronoun.sent]
        for k in range(pronoun.i - 1, s.first - 1, -1):
            t = view.tokens[k]
            if t.dep != "nsubj" or t.pos == "PRON":
                continue
            if t.lemma.lower() in GROUP_NOUNS or t.ent_type in ("ORG", "NORP"):
                span = view.subtree_span(k)
                if span is not None and not self._in_quote(span[0]):
                    return view.text[span[0] : span[1]], span[0], span[1]
            return None
        return None

    def _pronoun(self, base: Speaker, head: Token, sent: int, para: int) -> Resolved:
        low = head.lower
        kind = PERSONAL_PRONOUNS.get(low)
        base = replace(base, kind="pronoun")
        if kind == "first":
            return Resolved(None, None, f"first-person speaker '{head.text}' outside a quotation", None, sent, para)
        if kind in ("male", "female"):
            def accept(r: Resolved) -> bool:
                return r.speaker is not None and r.speaker.kind in ("person", "pronoun", "anonymous") and (
                    r.speaker.role is not None or r.speaker.name is not None)
            ante = self._previous(sent, accept, PRONOUN_WINDOW)
            ent = self._recent_entity(head.start, self.persons, sent)
            if ante is not None and ante.speaker is not None:
                # the last speaker stays the topic unless a person since then is a subject in turn
                # (a name inside what was said, or a misread place, does not take over)
                if ent is None or ent.start < ante.speaker.end or not self._is_subject(ent):
                    sp = self._from_antecedent(base, ante)
                    return Resolved(sp, ante.party, None, ante.identity, sent, para)
            if ent is not None:
                name = self._full_name(_clean_name(ent.text))
                sp = replace(base, name=name, antecedent=self._span(ent.start, ent.end))
                party = self._party_for(ent.start, ent.end)
                # the antecedent may have been a speaker earlier, with a side
                for r in reversed(self.history):
                    if r.identity == name.lower():
                        sp = replace(sp, role=r.speaker.role if r.speaker else None,
                                     affiliation=r.speaker.affiliation if r.speaker else None)
                        party = party or r.party
                        break
                return Resolved(sp, party, None, name.lower(), sent, para)
            return Resolved(None, None, f"pronoun '{head.text}' has no antecedent in the preceding text",
                            None, sent, para)
        # they / it: a group, an unnamed source, or an organisation
        local = self._sentence_subject(head)
        if local is not None:
            sp = replace(base, name=_strip_det(local[0]), antecedent=self._span(local[1], local[2]))
            party = self._party_for(local[1], local[2], local[0])
            return Resolved(sp, party, None, local[0].lower(), sent, para)
        kinds = ("organization", "outlet") if low == "it" else ("organization", "anonymous", "outlet")
        def accept(r: Resolved) -> bool:
            return r.speaker is not None and (r.speaker.kind in kinds or (low != "it" and r.speaker.role is not None))
        ante = self._previous(sent, accept, PRONOUN_WINDOW)
        if ante is not None and ante.sent >= sent - 1:
            return Resolved(self._from_antecedent(base, ante), ante.party, None, ante.identity, sent, para)
        found = self._recent_actor(head.start, sent)
        if found is not None:
            ftext, fs, fe, fname = found
            sp = replace(base, name=fname or _strip_det(ftext), antecedent=self._span(fs, fe))
            return Resolved(sp, fname or self._party_for(fs, fe, ftext), None, (fname or ftext).lower(), sent, para)
        if ante is not None:
            return Resolved(self._from_antecedent(base, ante), ante.party, None, ante.identity, sent, para)
        return Resolved(None, None, f"pronoun '{head.text}' has no antecedent in the preceding text", None, sent, para)
