"""The trigger pass: one walk over the tokens of an ``Analysis``, phrases first, then one-word
triggers with their sense checks, then negation and modality; weak words give way."""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Analysis, Sentence, Token
from .context import Context, kids, make_context, sent
from .headlines import ends_entity, misread_verb, surface_to_death
from .lexicon import LEXICON, NOUN_POS, PHRASES
from .matching import match_phrase, overlaps, stem
from .modality import modality, negated
from .record import ASSERTED, Trigger
from .senses import check
from .senses.agreements import talk_failure
from .senses.fighting import to_death
from .senses.weapons import sense_weapon
from .vocabulary import ANY_POS, BUSINESS, MODIFIED_NOISE, VERB_ONLY, WEAK

# a capitalised trigger word inside one of these names a film, a law or a party, not an event
SKIP_ENTITIES = frozenset({"PERSON", "WORK_OF_ART", "PRODUCT", "LAW", "ORG"})


def _entry(ctx: Context, t: Token, sentence: Sentence, lemma: str) -> tuple[str, frozenset[str], str] | None:
    """The lexicon entry of ``lemma`` when ``t``'s part of speech fits it (or the tagger misread a verb)."""
    entry = LEXICON.get(lemma)
    if entry is not None and (t.pos in entry[1] or lemma in ANY_POS
                              or (lemma in VERB_ONLY and misread_verb(ctx, t, sentence))):
        return entry
    return None


def lexical(ctx: Context, t: Token, sentence: Sentence) -> str | None:
    """The class of a one-word trigger at ``t``, or None."""
    entry = _entry(ctx, t, sentence, t.lemma.lower())
    if entry is None:
        entry = _entry(ctx, t, sentence, t.lower)
    if entry is None:  # the stem last, and only then: it costs more than the lookups
        entry = _entry(ctx, t, sentence, stem(t.lower))
    if entry is None:
        return None
    if t.ent_type in SKIP_ENTITIES and t.text[:1].isupper() and t.i > sentence.first and not (
        sent(ctx, t).title_case and ends_entity(ctx, t)
    ):
        return None
    if t.dep == "compound" and t.pos in NOUN_POS and ctx.tokens[t.head].lemma.lower() in MODIFIED_NOISE:
        return None
    return check(ctx, entry[2], t, entry[0])


def find_triggers(analysis: Analysis, *, skip: Sequence[tuple[int, int]] = ()) -> tuple[Trigger, ...]:
    """Event triggers in ``analysis``, in text order; triggers overlapping a ``skip`` range are dropped.

    ``skip`` takes character ranges that are not part of the story (boilerplate, teaser lines).
    """
    ctx = make_context(analysis)
    tokens = analysis.tokens
    found: list[Trigger] = []
    consumed = -1  # last token index used by a phrase: its words are not triggers again
    phrases = PHRASES  # a local name for the fast method call (see ``lexical``)
    for sentence_index, sentence in enumerate(analysis.sentences):
        for i in range(sentence.first, sentence.last):
            if i <= consumed:
                continue
            t = tokens[i]
            lemma = t.lemma.lower()
            match: list[int] | None = None
            cls: str | None = None
            head_pos = 0
            for lemmas, phrase_cls, phrase_head in phrases.get(lemma, phrases.get(t.lower, ())):
                match = match_phrase(tokens, i, sentence.last, lemmas)
                if match is not None:
                    cls, head_pos = phrase_cls, phrase_head
                    break
            if match is not None and cls is not None:
                anchor = tokens[match[min(head_pos, len(match) - 1)]]
                if cls in ("ied", "grenade", "airstrike", "shelling"):
                    cls = sense_weapon(ctx, anchor, cls)
                elif cls == "agreement" and sent(ctx, anchor).lemmas & BUSINESS:
                    cls = None
                if cls is None:
                    continue
                consumed = match[-1]
                start, end = tokens[match[0]].start, tokens[match[-1]].end
            else:
                cls = lexical(ctx, t, sentence)
                if cls is None:
                    death_at = surface_to_death(tokens, i, sentence.last)
                    if death_at is None:
                        continue
                    # "Youth stone suspected thief to death": the parse is lost, the words are not
                    cls, anchor, start, end = "killing", t, t.start, tokens[death_at].end
                    if overlaps(start, end, skip):
                        continue
                    found.append(Trigger(start, end, analysis.text[start:end], anchor.i, sentence_index, cls,
                                         negated(ctx, anchor), modality(ctx, anchor, cls)))
                    continue
                anchor, start, end = t, t.start, t.end
                if cls == "negotiation_failure":
                    # the failure word decides negation and modality ("if talks fail")
                    failure = talk_failure(ctx, t)
                    if failure is not None:
                        anchor = failure
                        if failure.i == t.head or failure.head == t.i:  # "talks collapsed", "failed talks"
                            start, end = min(start, failure.start), max(end, failure.end)
                        else:
                            start, end = failure.start, failure.end
                # "shot dead", "beaten to death": widen the span to the whole phrase
                for k in kids(ctx, t, "acomp", "prt", "oprd", "advmod"):
                    if k.i == t.i + 1 and k.lemma.lower() in ("dead", "down", "up", "out", "back", "over"):
                        end = max(end, k.end)
                        if k.lemma.lower() == "dead":
                            cls = "killing"
                death = to_death(ctx, t) if cls in ("attack", "arson", "killing", "mob") else None
                if death is not None:
                    cls, end = "killing", max(end, death.end)
            if overlaps(start, end, skip):
                continue
            found.append(
                Trigger(
                    start=start,
                    end=end,
                    text=analysis.text[start:end],
                    token=anchor.i,
                    sentence=sentence_index,
                    cls=cls,
                    negated=negated(ctx, anchor),
                    modality=modality(ctx, anchor, cls),
                )
            )
    return tuple(_drop_weak(found, tokens))


def _drop_weak(found: Sequence[Trigger], tokens: Sequence[Token]) -> list[Trigger]:
    strong = {t.sentence for t in found if not t.negated and t.modality == ASSERTED and not _is_weak(t, tokens)}
    return [t for t in found if t.sentence not in strong or not _is_weak(t, tokens)]


def _is_weak(t: Trigger, tokens: Sequence[Token]) -> bool:
    head = tokens[t.token]
    return head.lemma.lower() in WEAK or stem(head.lower) in WEAK
