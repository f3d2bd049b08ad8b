"""Paths, URLs, feeds and standard input -> ``Sourced`` articles or ``SourceError`` records.

Each argument of ``fogwatch ingest`` is read lazily and on its own: a missing file, a 404 or a
malformed feed becomes one ``SourceError`` with a message naming the source, and the next argument
is read as usual. Nothing here raises for bad input.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..batch import BadLine, read_articles
from ..errors import FogwatchError
from ..records import Article
from .feeds import Feed, FeedEntry, looks_like_feed, parse_feed
from .fetch import Fetcher
from .html import HtmlDoc, decode_bytes, outlet_from_url, parse_html

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | FEED_SUFFIXES
# Network failures that may pass: an entry that failed this way is tried again at the next poll.
TRANSIENT_CODES = frozenset({"timeout", "unreachable", "http_429", "http_500", "http_502", "http_503",
                             "http_504"})


@dataclass(frozen=True, slots=True)
class EntryRef:
    """A feed entry, as ``watch`` remembers it."""

    feed: str
    key: str


@dataclass(frozen=True, slots=True)
class Sourced:
    article: Article
    source: str  # the path, URL or feed it came from
    entry: EntryRef | None = None


@dataclass(frozen=True, slots=True)
class SourceError:
    source: str
    code: str
    message: str
    entry: EntryRef | None = None

    @property
    def transient(self) -> bool:
        return self.code in TRANSIENT_CODES


SourceItem = Sourced | SourceError
SkipEntry = Callable[[EntryRef], bool]


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_sources(
    specs: Iterable[str],
    *,
    fetcher: Fetcher | None = None,
    stdin: BinaryIO | None = None,
    skip_entry: SkipEntry | None = None,
) -> Iterator[SourceItem]:
    """Everything each spec holds, in order: "-" is ``stdin``; http(s) needs a ``fetcher``."""
    for spec in specs:
        if spec == "-":
            data = stdin.read() if stdin is not None else b""
            yield from items_from_bytes(data, "stdin", suffix="", fetcher=fetcher, skip_entry=skip_entry)
        elif is_url(spec):
            yield from read_url(spec, fetcher=fetcher, skip_entry=skip_entry)
        else:
            yield from read_path(Path(spec), fetcher=fetcher, skip_entry=skip_entry)


def read_path(path: Path, *, fetcher: Fetcher | None = None, skip_entry: SkipEntry | None = None
              ) -> Iterator[SourceItem]:
    name = str(path)
    if path.is_dir():
        # Sorted, so two runs over one folder see its files in the same order (same first copies).
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in KNOWN_SUFFIXES
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not files:
            yield SourceError(name, "empty_dir", f"{name}: no .txt, .html, .json, .jsonl or feed files in "
                              "this folder")
        for file in files:
            yield from read_path(file, fetcher=fetcher, skip_entry=skip_entry)
        return
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield SourceError(name, "not_found", f"{name}: no such file or folder")
        return
    except OSError as exc:
        yield SourceError(name, "unreadable", f"{name}: cannot read it ({exc.strerror or exc})")
        return
    yield from items_from_bytes(data, name, suffix=path.suffix.lower(), fetcher=fetcher, skip_entry=skip_entry)


def read_url(url: str, *, fetcher: Fetcher | None, skip_entry: SkipEntry | None = None) -> Iterator[SourceItem]:
    if fetcher is None:
        yield SourceError(url, "no_network", f"{url}: URLs cannot be read here (no HTTP client given)")
        return
    try:
        page = fetcher.get(url)
    except FogwatchError as exc:
        yield SourceError(url, exc.code, str(exc))
        return
    if looks_like_feed(page.content_type, page.body):
        yield from _feed_items(page.body, url, page.content_type, fetcher=fetcher, skip_entry=skip_entry)
        return
    try:
        doc = parse_html(decode_bytes(page.body, page.charset, name=url), url=page.url)
    except FogwatchError as exc:
        yield SourceError(url, exc.code, str(exc))
        return
    yield Sourced(_html_article(page.url, doc, page.url), url)


def items_from_bytes(data: bytes, name: str, *, suffix: str, fetcher: Fetcher | None,
                skip_entry: SkipEntry | None) -> Iterator[SourceItem]:
    kind = _kind(suffix, data)
    if kind == "json":
        yield from _json_items(data, name)
        return
    if kind == "feed":
        yield from _feed_items(data, name, "", fetcher=fetcher, skip_entry=skip_entry)
        return
    try:
        text = decode_bytes(data, name=name)
        if kind == "html":
            yield Sourced(_html_article(name, parse_html(text), None), name)
            return
    except FogwatchError as exc:
        yield SourceError(name, exc.code, str(exc))
        return
    if not text.strip():
        yield SourceError(name, "empty", f"{name}: the file is empty")
        return
    yield Sourced(Article(id=name, text=text), name)


def _kind(suffix: str, data: bytes) -> str:
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    if suffix in FEED_SUFFIXES or looks_like_feed("", head):
        return "feed"
    if head.startswith(b"{"):
        return "json"
    if head[:15].lower().startswith((b"<!doctype html", b"<html", b"<?xml")):
        return "html"
    return "text"


def _json_items(data: bytes, name: str) -> Iterator[SourceItem]:
    """A JSON object, a JSON list of objects, or JSONL (one object a line)."""
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    lines: Iterable[bytes] = stripped.splitlines()
    try:
        whole = json.loads(stripped.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        whole = None  # JSONL (or broken): read line by line, so one bad line is one error
    if isinstance(whole, dict):
        lines = [json.dumps(whole).encode("utf-8")]
    elif isinstance(whole, list):
        lines = [json.dumps(row).encode("utf-8") for row in whole]
    for item in read_articles(lines):
        if isinstance(item, BadLine):
            yield SourceError(f"{name}:{item.line}", item.problem.code, f"{name}: {item.problem.message}")
        else:
            yield Sourced(item, name)


def _feed_items(body: bytes, url: str, content_type: str, *, fetcher: Fetcher | None,
                skip_entry: SkipEntry | None) -> Iterator[SourceItem]:
    try:
        feed = parse_feed(body, url=url, content_type=content_type)
    except FogwatchError as exc:
        yield SourceError(url, exc.code, str(exc))
        return
    for entry in feed.entries:
        ref = EntryRef(url, entry.key)
        if skip_entry is not None and skip_entry(ref):
            continue
        yield _entry_item(feed, entry, ref, fetcher)


def _entry_item(feed: Feed, entry: FeedEntry, ref: EntryRef, fetcher: Fetcher | None) -> SourceItem:
    source = entry.link or f"{feed.url}#{entry.key}"
    if entry.has_full_text or entry.link is None or (fetcher is None and entry.content):
        text = entry.content or entry.summary
        return Sourced(Article(id=entry.link or entry.key, text=text, title=entry.title,
                               published=entry.published, outlet=feed.title or outlet_from_url(entry.link),
                               url=entry.link), source, ref)
    if fetcher is None:
        return SourceError(source, "no_network", f"{source}: the entry has no full text and its link "
                           "cannot be fetched here", ref)
    try:
        page = fetcher.get(entry.link)
        doc = parse_html(decode_bytes(page.body, page.charset, name=entry.link), url=page.url)
    except FogwatchError as exc:
        return SourceError(source, exc.code, str(exc), ref)
    article = _html_article(page.url, doc, page.url)
    return Sourced(
        Article(id=article.id, text=article.text, title=article.title or entry.title,
                published=article.published or entry.published,
                outlet=article.outlet or feed.title, url=article.url),
        source, ref,
    )


def _html_article(article_id: str, doc: HtmlDoc, url: str | None) -> Article:
    return Article(id=article_id, text=doc.text, title=doc.title, published=doc.published,
                   outlet=doc.outlet, url=url)


__all__ = ["EntryRef", "SourceError", "SourceItem", "Sourced", "is_url", "read_path",
           "read_sources", "read_url"]
