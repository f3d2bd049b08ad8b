"""A read-only index over an ``Analysis`` for attribution: children, subtrees, paragraphs.

``Analysis.children`` scans a whole sentence per call; attribution asks for children of most verbs,
so the children lists are built once per article (linear in the number of tokens).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from ..nlp import Analysis, Token

# Tokens trimmed from the edges of speaker spans and of content spans that are not quotes.
EDGE_PUNCT = frozenset({",", ";", ":", "-", "--", "—", "–", "(", ")", "."})
QUOTE_CHARS = frozenset({'"', "“", "”", "''", "``", "'", "‘", "’"})


class View:
    """Children lists, subtree spans and paragraph numbers of one analysed article."""

    __slots__ = ("analysis", "text", "tokens", "kids", "_para_starts")

    def __init__(self, analysis: Analysis):
        self.analysis = analysis
        self.text = analysis.text
        self.tokens: Sequence[Token] = analysis.tokens
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        self.kids = kids
        starts = [0]
        text = self.text
        pos = text.find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        self._para_starts = starts

    def children(self, i: int) -> list[Token]:
        return [self.tokens[k] for k in self.kids[i]]

    def child_with(self, i: int, deps: Iterable[str]) -> Token | None:
        wanted = set(deps)
        for k in self.kids[i]:
            if self.tokens[k].dep in wanted:
                return self.tokens[k]
        return None

    def subtree(self, i: int, exclude: frozenset[int] = frozenset()) -> list[int]:
        """Token indices of the subtree of ``i`` (sorted), leaving out the subtrees in ``exclude``."""
        out = []
        stack = [i]
        while stack:
            k = stack.pop()
            if k in exclude:
                continue
            out.append(k)
            stack.extend(self.kids[k])
        out.sort()
        return out

    def span_of(self, indices: Sequence[int], *, trim: bool = True) -> tuple[int, int] | None:
        """Character span from the first to the last of ``indices``, edge punctuation trimmed."""
        if not indices:
            return None
        lo, hi = 0, len(indices) - 1
        if trim:
            while lo <= hi and self.tokens[indices[lo]].text in EDGE_PUNCT:
                lo += 1
            while hi >= lo and self.tokens[indices[hi]].text in EDGE_PUNCT:
                # keep the closing bracket of "Rapid Support Forces (RSF)"
                if self.tokens[indices[hi]].text == ")" and any(
                    self.tokens[indices[k]].text == "(" for k in range(lo, hi)
                ):
                    break
                hi -= 1
            if lo > hi:
                return None
        return self.tokens[indices[lo]].start, self.tokens[indices[hi]].end

    def subtree_span(self, i: int, exclude: frozenset[int] = frozenset()) -> tuple[int, int] | None:
        return self.span_of(self.subtree(i, exclude))

    def paragraph(self, char: int) -> int:
        """Index of the line (paragraph) holding character ``char``."""
        return bisect_right(self._para_starts, char) - 1

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside ``[start, end)``."""
        toks = self.tokens
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].end <= start:
                lo = mid + 1
            else:
                hi = mid
        out = []
        k = lo
        while k < len(toks) and toks[k].start < end:
            if toks[k].start >= start and toks[k].end <= end:
                out.append(toks[k])
            k += 1
        return out

    def first_token_at_or_after(self, char: int) -> int:
        toks = self.tokens
        lo, hi = 0, len(toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if toks[mid].start < char:
                lo = mid + 1
            else:
                hi = mid
        return lo
