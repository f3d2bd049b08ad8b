"""Where ingest writes: the ``ResultSink`` protocol, an in-memory sink, and an adapter to the store.

Ingest needs little from a store: is this content hash stored, store this result, the near-duplicate
signatures of stored originals, and which feed entries were already read. ``MemorySink`` is the
reference implementation (tests, dry runs); ``StoreSink`` maps it onto ``fogwatch.store.Store`` and
falls back to recomputing what an older store cannot keep.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

from ..records import Article, ArticleResult
from .dedup import Signer


@runtime_checkable
class ResultSink(Protocol):
    def has_hash(self, content_hash: str) -> bool: ...

    def add_result(self, article: Article, result: ArticleResult, *, content_hash: str,
                   near_duplicate_of: str | None = None) -> str:
        """Store one article's result in one transaction; "new", or "duplicate" when already stored.

        ``near_duplicate_of`` is the content hash of the first stored copy of the same story.
        """
        ...

    def near_duplicate_signatures(self) -> Iterable[tuple[str, bytes]]:
        """(content hash, MinHash signature) of every stored original (not near-duplicate) article."""
        ...

    def add_signature(self, content_hash: str, signature: bytes) -> None: ...

    def has_seen_entry(self, feed: str, key: str) -> bool: ...

    def mark_entry_seen(self, feed: str, key: str) -> None: ...


class MemorySink:
    """Keeps everything in dicts. ``results`` maps content hash -> (article, result, near_duplicate_of)."""

    def __init__(self) -> None:
        self.results: dict[str, tuple[Article, ArticleResult, str | None]] = {}
        self.signatures: dict[str, bytes] = {}
        self.seen: set[tuple[str, str]] = set()

    def has_hash(self, content_hash: str) -> bool:
        return content_hash in self.results

    def add_result(self, article: Article, result: ArticleResult, *, content_hash: str,
                   near_duplicate_of: str | None = None) -> str:
        if content_hash in self.results:
            return "duplicate"
        self.results[content_hash] = (article, result, near_duplicate_of)
        return "new"

    def near_duplicate_signatures(self) -> Iterator[tuple[str, bytes]]:
        return iter(list(self.signatures.items()))

    def add_signature(self, content_hash: str, signature: bytes) -> None:
        self.signatures[content_hash] = signature

    def has_seen_entry(self, feed: str, key: str) -> bool:
        return (feed, key) in self.seen

    def mark_entry_seen(self, feed: str, key: str) -> None:
        self.seen.add((feed, key))


class StoreSink:
    """``ResultSink`` over ``fogwatch.store.Store``.

    Uses the store's own signature and seen-entry methods when it has them. Otherwise signatures are
    recomputed from the stored texts of originals (once per run, and only when some article is not
    an exact duplicate, so a re-ingest stays a no-op), and seen entries live for the process only
    (after a restart, entries are fetched once more and recognised by content hash).
    """

    def __init__(self, store: Any, signer: Signer | None = None) -> None:
        self.store = store
        self._signer = signer or Signer()
        self._seen: set[tuple[str, str]] = set()

    def has_hash(self, content_hash: str) -> bool:
        native = getattr(self.store, "has_hash", None)
        if native is not None:
            return bool(native(content_hash))
        return content_hash in self.store.known_hashes([content_hash])

    def add_result(self, article: Article, result: ArticleResult, *, content_hash: str,
                   near_duplicate_of: str | None = None) -> str:
        return str(self.store.add_result(article, result, content_hash=content_hash,
                                         near_duplicate_of=near_duplicate_of))

    def near_duplicate_signatures(self) -> Iterable[tuple[str, bytes]]:
        native = getattr(self.store, "near_duplicate_signatures", None)
        if native is not None:
            return native()
        return self._recomputed()

    def _recomputed(self) -> Iterator[tuple[str, bytes]]:
        articles = getattr(self.store, "articles", None)
        if articles is None:
            return
        for stored in articles(with_text=True):
            if stored.near_duplicate_of is not None or stored.error is not None or not stored.text:
                continue
            signature = self._signer.sign(stored.text)
            if signature is not None:
                yield stored.content_hash, signature.values

    def add_signature(self, content_hash: str, signature: bytes) -> None:
        native = getattr(self.store, "add_signature", None)
        if native is not None:
            native(content_hash, signature)

    def has_seen_entry(self, feed: str, key: str) -> bool:
        native = getattr(self.store, "has_seen_entry", None)
        if native is not None:
            return bool(native(feed, key))
        return (feed, key) in self._seen

    def mark_entry_seen(self, feed: str, key: str) -> None:
        native = getattr(self.store, "mark_entry_seen", None)
        if native is not None:
            native(feed, key)
        else:
            self._seen.add((feed, key))
