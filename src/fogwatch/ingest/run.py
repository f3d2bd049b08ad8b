"""The ingest loop: sources -> dedup -> extract -> sink, with one ``Outcome`` per source item.

Exact duplicates (content hash already stored, or seen earlier in the run) are never extracted, so
re-ingesting a batch costs one hash and one lookup per article. A near-duplicate is extracted and
stored like any article, marked with the content hash of the first stored copy, so reconciliation
counts a wire story once while each outlet's copy is kept.

Articles go to the extractor as one lazy stream (it batches them for spaCy); outcomes of duplicates
and source errors are reported as soon as they are known, those of extracted articles when their
result comes back.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from ..inputs import SKIPPED_CODES
from ..records import Article, ArticleResult
from .dedup import NearDuplicateIndex, Signature, Signer, content_hash
from .sink import ResultSink
from .sources import EntryRef, Sourced, SourceError, SourceItem

Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]

NEW = "new"
NEAR_DUPLICATE = "near_duplicate"
DUPLICATE = "duplicate"
FAILED = "failed"
SKIPPED = "skipped"  # not coded on purpose (not English); not a failure
# A store that refused this many articles in a row is down or locked: extracting more articles
# only to fail to store them wastes minutes, so the run stops and says how to resume.
MAX_STORE_FAILURES = 3


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # new | near_duplicate | duplicate | failed | skipped
    source: str
    article_id: str | None = None
    message: str = ""
    content_hash: str | None = None
    near_duplicate_of: str | None = None  # content hash of the first stored copy
    result: ArticleResult | None = None


@dataclass
class IngestCounts:
    new: int = 0
    near_duplicate: int = 0
    duplicate: int = 0
    failed: int = 0
    skipped: int = 0
    events: int = 0
    contradictions: int = 0
    errors: list[str] = field(default_factory=list)
    # why the run stopped before its end (the store kept failing), else None
    aborted: str | None = None

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)
        if outcome.status == FAILED:
            self.errors.append(outcome.message)
        if outcome.result is not None and outcome.status in (NEW, NEAR_DUPLICATE):
            self.events += len(outcome.result.events)
            self.contradictions += len(outcome.result.contradictions)

    @property
    def total(self) -> int:
        return self.new + self.near_duplicate + self.duplicate + self.failed + self.skipped

    def summary(self) -> str:
        return (f"{self.total} articles: {self.new} new, {self.near_duplicate} near-duplicate, "
                f"{self.duplicate} duplicate, {self.failed} failed, {self.skipped} skipped (not English); "
                f"{self.events} events, {self.contradictions} contradictions")


@dataclass(frozen=True, slots=True)
class _Pending:
    item: Sourced
    content_hash: str
    near_duplicate_of: str | None
    signature: Signature | None


class Ingester:
    """Holds what lives across runs of one process (the near-duplicate index), so ``watch`` can poll
    many times and load the stored signatures once."""

    def __init__(self, sink: ResultSink, extract: Extractor, *, signer: Signer | None = None,
                 index: NearDuplicateIndex | None = None) -> None:
        self.sink = sink
        self.extract = extract
        self.signer = signer or Signer()
        self._index = index
        self._store_failures = 0

    @property
    def index(self) -> NearDuplicateIndex:
        # Loaded on first need: a re-ingest made only of exact duplicates never pays for it.
        if self._index is None:
            self._index = NearDuplicateIndex()
            self._index.load(self.sink.near_duplicate_signatures())
        return self._index

    def run(self, items: Iterable[SourceItem], *, on_outcome: Callable[[Outcome], None] | None = None,
            should_stop: Callable[[], bool] | None = None) -> IngestCounts:
        counts = IngestCounts()

        def report(outcome: Outcome, entry: EntryRef | None = None, transient: bool = False) -> None:
            counts.add(outcome)
            if entry is not None and not transient:
                self.sink.mark_entry_seen(entry.feed, entry.key)
            if on_outcome is not None:
                on_outcome(outcome)

        pending: deque[_Pending] = deque()
        in_run: set[str] = set()
        self._store_failures = 0

        def articles() -> Iterator[Article]:
            for item in items:
                if should_stop is not None and should_stop():
                    return
                if self._store_failures >= MAX_STORE_FAILURES:
                    counts.aborted = (f"the store refused {self._store_failures} articles in a row "
                                      f"(last: {counts.errors[-1]}); stopped. Fix the database and run the "
                                      "same command again: stored articles are skipped")
                    return
                if isinstance(item, SourceError):
                    report(Outcome(FAILED, item.source, message=item.message), item.entry, item.transient)
                    continue
                digest = content_hash(item.article.text)
                try:
                    known = digest in in_run or self.sink.has_hash(digest)
                except Exception as exc:  # a store that cannot answer cannot store either
                    self._store_failures += 1
                    report(Outcome(FAILED, item.source, item.article.id,
                                   f"{item.source}: cannot check the store: {exc}", digest), item.entry, True)
                    continue
                if known:
                    report(Outcome(DUPLICATE, item.source, item.article.id, "already stored", digest),
                           item.entry)
                    continue
                in_run.add(digest)
                signature = self.signer.sign(item.article.text)
                original = self.index.original_of(signature) if signature is not None else None
                if signature is not None and original is None:
                    # indexed now, before its result is back, so a copy later in this run finds it
                    self.index.add(digest, signature)
                pending.append(_Pending(item, digest, original, signature))
                yield item.article

        failed_originals: dict[str, str | None] = {}
        for result in self.extract(articles()):
            job = pending.popleft()
            self._finish(job, result, failed_originals, report, in_run)
        return counts

    def _finish(self, job: _Pending, result: ArticleResult, failed_originals: dict[str, str | None],
                report: Callable[..., None], in_run: set[str]) -> None:
        item, digest, article, error = job.item, job.content_hash, job.item.article, result.error
        if error is not None and error.code not in SKIPPED_CODES:
            self._forget(digest, failed_originals, in_run)  # not stored: the next run tries it again
            report(Outcome(FAILED, item.source, article.id, f"{item.source}: {error.message}", digest,
                           result=result), item.entry)
            return
        if error is not None:
            # Not coded on purpose (not English): stored with its reason so that a re-run skips it;
            # it has no events, so it is nobody's first copy.
            self._unindex(digest, failed_originals)
            original = None
        else:
            original = self._first_copy(job, failed_originals)
        try:
            status = self.sink.add_result(article, result, content_hash=digest, near_duplicate_of=original)
        except Exception as exc:  # the store's failure is this article's failure; the batch goes on
            self._store_failures += 1
            self._forget(digest, failed_originals, in_run)
            report(Outcome(FAILED, item.source, article.id, f"{item.source}: not stored: {exc}", digest),
                   item.entry, transient=True)
            return
        self._store_failures = 0
        if status == DUPLICATE:
            report(Outcome(DUPLICATE, item.source, article.id, "already stored", digest), item.entry)
        elif error is not None:
            report(Outcome(SKIPPED, item.source, article.id, f"{item.source}: {error.message}", digest,
                           result=result), item.entry)
        else:
            if original is None and job.signature is not None:
                self.sink.add_signature(digest, job.signature.values)
            report(Outcome(NEAR_DUPLICATE if original else NEW, item.source, article.id, "", digest, original,
                           result), item.entry)

    def _first_copy(self, job: _Pending, failed_originals: dict[str, str | None]) -> str | None:
        """The content hash ``job`` is a near-duplicate of, after any first copy that was not stored
        has handed over to the next copy that is."""
        original = job.near_duplicate_of
        if original not in failed_originals:
            return original
        successor = failed_originals[original]
        if successor is None:  # this copy becomes the first stored copy
            failed_originals[original] = job.content_hash
            if job.signature is not None:
                self.index.add(job.content_hash, job.signature)
        return successor

    def _unindex(self, digest: str, failed_originals: dict[str, str | None]) -> None:
        if digest in self.index:
            self.index.remove(digest)
            failed_originals[digest] = None

    def _forget(self, digest: str, failed_originals: dict[str, str | None], in_run: set[str]) -> None:
        """An article that was not stored: a later copy may be stored, and must not point at it."""
        in_run.discard(digest)
        self._unindex(digest, failed_originals)


def ingest(items: Iterable[SourceItem], *, extract: Extractor, sink: ResultSink,
           on_outcome: Callable[[Outcome], None] | None = None,
           should_stop: Callable[[], bool] | None = None) -> IngestCounts:
    """One ingest run over ``items``; see ``Ingester`` to keep the index across runs."""
    return Ingester(sink, extract).run(items, on_outcome=on_outcome, should_stop=should_stop)
