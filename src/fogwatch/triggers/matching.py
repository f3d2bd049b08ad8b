"""Matching words to the lexicon: multi-word phrases, forms the lemmatiser missed, skipped spans."""

from __future__ import annotations

from collections.abc import Sequence

from ..nlp import Token


def stem(word: str) -> str:
    """The bare verb of a form the lemmatiser missed ("lynches" -> lynch, "kidnaps" -> kidnap)."""
    for suffix in ("ches", "shes", "ses", "xes"):
        if word.endswith(suffix):
            return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def match_phrase(tokens: Sequence[Token], i: int, last: int, lemmas: tuple[str, ...]) -> list[int] | None:
    """Token indices of ``lemmas`` starting at ``i`` (hyphens between words skipped), or None."""
    out: list[int] = []
    j = i
    for k, want in enumerate(lemmas):
        if k and j < last and tokens[j].text in ("-", "–"):
            j += 1
        if j >= last:
            return None
        tok = tokens[j]
        if tok.lemma.lower() != want and tok.lower != want:
            return None
        out.append(j)
        j += 1
    return out


def overlaps(start: int, end: int, skip: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in skip)
