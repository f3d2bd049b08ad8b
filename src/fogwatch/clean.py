"""Mark the lines of an article that are not part of its story; never delete anything.

News pages come with headline and sub-head lines, teasers for other stories ("Read Also: ..."),
bylines and datelines. Extracting events from them produces false events (a teaser about refugee
funding is not a battle), so they are marked here and later stages skip the marked ranges. The text is
left untouched, so every offset stays valid in the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

HEADLINE = "headline"
TEASER = "teaser"
BYLINE = "byline"
DATELINE = "dateline"

_TEASER = re.compile(
    r"^\s*(?:read\s+(?:also|more)|also\s+read|see\s+also|related(?:\s+(?:stories|articles|news))?|"
    r"recommended|more\s+on\s+this|you\s+may\s+also\s+like|watch|listen|advertisement|sponsored|"
    r"subscribe|sign\s+up|follow\s+us|click\s+here|share\s+this|copyright|©)\b[\s:\-–—]*",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^\s*(?:(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s*$|"
    r"(?i:reporting|writing|editing|additional\s+reporting)\s+(?i:by)\b.*$)",
)
# "NAIROBI, Kenya (Reuters) - ", "KABUL (AP) —", "MOGADISHU, Somalia, March 3 (AFP) -"
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][\w .'’-]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\((?:[A-Za-z .&]{2,20})\))?\s*[-–—]+\s*"
)
_SENTENCE_END = re.compile(r"[.!?\"'”’:;)]\s*$")


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str  # headline | teaser | byline | dateline
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    marks: tuple[Mark, ...]

    def skip(self, kinds: Iterable[str] = (HEADLINE, TEASER, BYLINE, DATELINE)) -> tuple[tuple[int, int], ...]:
        """Character ranges of the marked kinds, for stages that must ignore them."""
        wanted = set(kinds)
        return tuple((m.start, m.end) for m in self.marks if m.kind in wanted)

    def is_marked(self, start: int, end: int, kinds: Iterable[str] = (HEADLINE, TEASER, BYLINE)) -> bool:
        return any(a < end and start < b for a, b in self.skip(kinds))


def _lines(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each non-blank line, without its line break or surrounding spaces."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            yield pos + lead, pos + lead + len(stripped)
        pos += len(raw)


def _is_headline(line: str, is_last: bool) -> bool:
    """A short line without sentence-final punctuation, followed by more text: a (sub)headline."""
    words = line.split()
    if is_last or not 1 <= len(words) <= 14 or _SENTENCE_END.search(line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    # title case, or a short line that cannot be a sentence of body text (no final stop)
    return capitalised / len(words) >= 0.6 or len(words) <= 8


def clean(text: str) -> Cleaned:
    marks: list[Mark] = []
    lines = list(_lines(text))
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        if _TEASER.match(line):
            marks.append(Mark(TEASER, start, end))
        elif _BYLINE.match(line):
            marks.append(Mark(BYLINE, start, end))
        elif _is_headline(line, is_last=index == len(lines) - 1):
            marks.append(Mark(HEADLINE, start, end))
        else:
            dateline = _DATELINE.match(line)
            if dateline and dateline.end() < len(line):
                marks.append(Mark(DATELINE, start, start + dateline.end()))
    return Cleaned(text=text, marks=tuple(marks))
