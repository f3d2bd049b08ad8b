"""Checks on what users hand in: publication dates and article texts.

Kept apart from the pipeline so that readers (JSONL batches, the CLI) can validate input without
loading any model.
"""

from __future__ import annotations

import datetime as dt

from .errors import InputError
from .language import detect_language
from .records import Article, Problem

NOT_ENGLISH = "not_english"
# Error codes that mean "not coded, on purpose" rather than "failed".
SKIPPED_CODES = frozenset({NOT_ENGLISH})


def parse_published(value: dt.date | str | None) -> dt.date | None:
    """A publication date from a ``date`` or an ISO string (``YYYY-MM-DD``, optionally with a time)."""
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise InputError(
        f"publication date {value!r} is not a date in the form YYYY-MM-DD (for example 2021-09-03)",
        code="bad_published",
    )


def check_article(article: Article) -> Problem | None:
    """Why ``article`` cannot be coded, or None when it can."""
    text = article.text
    if not isinstance(text, str) or not text.strip():
        return Problem("empty", "the article text is empty; give the full text of the report")
    if "\x00" in text[:10_000]:
        return Problem("binary", "the article text contains NUL bytes: it looks like a binary file, not text")
    guess = detect_language(text)
    if guess.code not in ("en", "und"):
        return Problem(
            NOT_ENGLISH,
            f"the article looks {guess.name}, not English; fogwatch codes English reports only "
            "(translate it first)",
        )
    return None
