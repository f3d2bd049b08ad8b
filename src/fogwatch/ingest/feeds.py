"""RSS and Atom feeds (feedparser) -> entries with a stable key, a link and any full text.

An entry's key (its guid, else its link) is what ``watch`` remembers, so an entry seen once is never
fetched again. An entry carries full text when its ``content:encoded`` / Atom ``content`` is long
enough to be the article rather than a teaser; otherwise its link is fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from ..errors import InputError
from .html import fragment_text

# Teasers are one or two sentences; a wire story is a few hundred words. 120 words sits well
# between, so a feed that ships whole articles is used as is and a teaser feed has its links fetched.
FULL_TEXT_WORDS = 120
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    key: str
    link: str | None
    title: str | None
    published: dt.date | None
    content: str  # plain text of the entry's own content, "" when it has none
    summary: str

    @property
    def has_full_text(self) -> bool:
        return len(self.content.split()) >= FULL_TEXT_WORDS


@dataclass(frozen=True, slots=True)
class Feed:
    url: str
    title: str | None
    entries: tuple[FeedEntry, ...]


def looks_like_feed(content_type: str, body: bytes) -> bool:
    """True for RSS/Atom: by media type, or for generic XML and mislabelled pages, by the root tag."""
    if content_type in _FEED_TYPES:
        return True
    head = body[:2048].lstrip()
    if content_type in ("text/html", "application/xhtml+xml") and not head.startswith(b"<?xml"):
        return False
    return bool(_FEED_ROOT.search(head))


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> Feed:
    """The feed's entries; raises ``InputError`` (``bad_feed`` / ``empty_feed``) with the reason."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(body, response_headers=headers)
    version = parsed.get("version") or ""
    problem = parsed.get("bozo_exception")
    entries = tuple(e for e in (_entry(raw) for raw in parsed.get("entries", [])) if e is not None)
    if not version and not entries:
        reason = f" ({problem})" if problem else ""
        raise InputError(f"{url}: not an RSS or Atom feed{reason}; check the feed URL", code="bad_feed")
    if not entries:
        if parsed.get("bozo") and problem is not None:
            raise InputError(f"{url}: malformed feed ({problem}); no entry could be read", code="bad_feed")
        raise InputError(f"{url}: the feed has no entries with a link or content", code="empty_feed")
    title = parsed.get("feed", {}).get("title") or None
    return Feed(url=url, title=title, entries=entries)


def _entry(raw: Any) -> FeedEntry | None:
    link = (raw.get("link") or "").strip() or None
    contents = [c.get("value", "") for c in raw.get("content", []) if c.get("value")]
    content = max((fragment_text(c) for c in contents), key=len, default="")
    summary = fragment_text(raw.get("summary") or "")
    if link is None and not content and not summary:
        return None  # nothing to read and nothing to fetch
    key = (raw.get("id") or "").strip() or link
    if key is None:
        key = "sha256:" + hashlib.sha256((content or summary).encode("utf-8")).hexdigest()[:32]
    return FeedEntry(
        key=key,
        link=link,
        title=(raw.get("title") or "").strip() or None,
        published=_date(raw.get("published_parsed") or raw.get("updated_parsed")),
        content=content,
        summary=summary,
    )


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except (AttributeError, ValueError):
        return None
