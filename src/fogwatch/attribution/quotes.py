"""Quotation spans: paired quote marks, including quotes that run over several paragraphs.

News style continues a quotation into the next paragraph by leaving the paragraph's quote open and
starting the next paragraph with an opening mark; such a quote is one span from the first opening
mark to the last closing mark. A quote left open at the end of a paragraph that is not continued
ends there (a typo in the source must not swallow the rest of the article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = frozenset("“«")
CLOSING = frozenset("”»")
STRAIGHT = '"'
# Some outlets (and PTB-style text) write a double quote as two apostrophes or two backticks.
DOUBLED = ("''", "``")
_MARK = re.compile("''|``|[\"“«”»]")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the end of the paragraph when unclosed)
    closed: bool


def _starts_with_open_mark(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and (stripped[0] in OPENING or stripped[0] == STRAIGHT or stripped[:2] in DOUBLED)


def find_quotes(text: str) -> tuple[Quote, ...]:
    """All quotation spans of ``text`` in order."""
    quotes: list[Quote] = []
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    open_at: int | None = None
    for n, (offset, line) in enumerate(lines):
        skip = -1
        if open_at is not None:  # a continued quote: its reopening mark starts this paragraph
            skip = len(line) - len(line.lstrip())
        # only quote marks matter: jump from one to the next (a doubled mark is one two-character mark,
        # as a left-to-right walk over the characters would read it)
        for found in _MARK.finditer(line):
            k = found.start()
            width = found.end() - k
            mark = found.group() if width == 1 else STRAIGHT
            if k == skip:
                continue
            if mark in OPENING or (mark == STRAIGHT and open_at is None):
                if open_at is None:
                    open_at = offset + k
            elif mark in CLOSING or mark == STRAIGHT:
                if open_at is not None:
                    quotes.append(Quote(open_at, offset + k + width, True))
                    open_at = None
        if open_at is not None:
            following = next((ln for _, ln in lines[n + 1 :] if ln.strip()), "")
            if not _starts_with_open_mark(following):
                end = offset + len(line.rstrip())
                if end > open_at + 1:
                    quotes.append(Quote(open_at, end, False))
                open_at = None
    return tuple(quotes)
