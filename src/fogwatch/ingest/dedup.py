"""Exact duplicates (content hash) and near-duplicates (MinHash LSH) of articles.

The content hash is taken over normalised text (Unicode NFKC, case, whitespace, quote and dash
variants), so the same article saved twice, re-encoded or re-wrapped, hashes the same.

Near-duplicates are syndicated wire copies: one story republished by several outlets, each adding
its own boilerplate (teasers, bylines, copyright lines, a different headline). Lines that
``fogwatch.clean`` marks as boilerplate are left out, the rest is cut into overlapping 5-word
shingles, and MinHash estimates their Jaccard similarity. Two copies of a 400-word story with 50
words of different boilerplate each share about 80% of shingles; two different reports of the same
clash, written independently, share well under 20%. A threshold of 0.5 sits between.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from ..clean import BYLINE, DATELINE, TEASER, clean

NUM_PERM = 128
THRESHOLD = 0.5
SHINGLE_WORDS = 5
# Pinned so that signatures kept in a store stay comparable across datasketch versions.
SCHEME = "affine32"
_DTYPE = np.uint32
# Short texts (ACLED-style one-paragraph notes) are formulaic: two different events can share most
# of their 5-word shingles. Below this many shingles only exact duplicates are detected.
MIN_SHINGLES = 40

_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_WORD = re.compile(r"\w+")
_BOILERPLATE = (TEASER, BYLINE, DATELINE)


def normalise(text: str) -> str:
    """The text as compared for exact duplicates."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    return "sha256:" + hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def story_words(text: str) -> list[str]:
    """Normalised words of the story, without the lines ``clean`` marks as boilerplate."""
    skip = sorted(clean(text).skip(_BOILERPLATE))
    parts: list[str] = []
    position = 0
    for start, end in skip:
        if start > position:
            parts.append(text[position:start])
        position = max(position, end)
    parts.append(text[position:])
    words = _WORD.findall(normalise(" ".join(parts)))
    everything = _WORD.findall(normalise(text)) if skip else words
    # Boilerplate is a few lines around a story; marks that cover most of the text are a misreading
    # (a teaser cue glued to the story's paragraph), and the whole text is the better signature.
    return words if 2 * len(words) >= len(everything) else everything


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature as plain bytes, so a store can keep it in a BLOB column."""

    values: bytes

    def minhash(self) -> MinHash:
        return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(self.values, dtype=_DTYPE), scheme=SCHEME)


class Signer:
    """Computes signatures; the MinHash permutations are drawn once, not per article."""

    def __init__(self) -> None:
        self._template = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)

    def sign(self, text: str) -> Signature | None:
        """The signature of ``text``'s story, or None when it is too short to judge."""
        words = story_words(text)
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
                    for i in range(max(len(words) - SHINGLE_WORDS + 1, 0))}
        if len(shingles) < MIN_SHINGLES:
            return None
        mh = MinHash(num_perm=NUM_PERM, permutations=self._template.permutations, scheme=SCHEME)
        mh.update_batch(list(shingles))
        return Signature(mh.hashvalues.astype(_DTYPE).tobytes())


class NearDuplicateIndex:
    """The signatures of stored originals, keyed by content hash (or any unique key).

    Only first copies (originals) are indexed, so every copy points at the first one seen and a
    chain of copies never forms.
    """

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._hashes: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, key: str) -> bool:
        return key in self._hashes

    def load(self, signatures: Iterable[tuple[str, Signature | bytes]]) -> None:
        for key, signature in signatures:
            self.add(key, signature if isinstance(signature, Signature) else Signature(signature))

    def add(self, key: str, signature: Signature) -> None:
        if key in self._hashes:
            return
        mh = signature.minhash()
        self._lsh.insert(key, mh)
        self._hashes[key] = mh

    def remove(self, key: str) -> None:
        if self._hashes.pop(key, None) is not None:
            self._lsh.remove(key)

    def original_of(self, signature: Signature) -> str | None:
        """The key of the indexed article ``signature`` nearly duplicates (the most similar), or None."""
        mh = signature.minhash()
        best: tuple[float, str] | None = None
        # LSH candidates include some below the threshold; the MinHash estimate confirms them.
        for candidate in self._lsh.query(mh):
            score = mh.jaccard(self._hashes[candidate])
            # highest similarity wins; ties go to the smaller key, so the answer never depends on
            # the order LSH returns candidates in
            if score >= self.threshold and (best is None or (-score, candidate) < best):
                best = (-score, candidate)
        return best[1] if best else None
