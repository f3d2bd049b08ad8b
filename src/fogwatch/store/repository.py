"""``Store``: the one object that reads and writes fogwatch's database.

Writes are one transaction each: an article with its events, claims and contradictions is stored
whole or not at all; a cluster update is applied whole or not at all. Reads page through the tables
by primary key in short transactions, so a long export never holds a lock a writer waits for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import URL, RowMapping

from ..records import Article, ArticleResult
from . import clusters as cluster_rows
from . import codec, ingest_state, migrations, queries, writer
from .engine import WRITE, create_engine, display, resolve_url, translate_errors
from .errors import DatabaseLockedError, DatabaseUnavailableError, StoreError
from .models import (
    articles,
    claims,
    cluster_members,
    clusters,
    contradictions,
    events,
    feed_entries,
    signatures,
)
from .records import (
    AddOutcome,
    ClusterLike,
    EventReport,
    Filters,
    StoredArticle,
    StoredClaim,
    StoredCluster,
    StoredEvent,
)

T = TypeVar("T")
PageConverter = Callable[[sa.Connection, Sequence[RowMapping]], list[T]]
PAGE = 1000  # rows per read transaction
NO_FILTERS = Filters()


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Store:
    """A fogwatch database (SQLite file or PostgreSQL server). Open with ``Store.open()``."""

    def __init__(self, engine: sa.Engine, url: URL, *, busy_timeout: float,
                 clock: Callable[[], dt.datetime] = _utc_now):
        self.engine = engine
        self.url = url
        self.busy_timeout = busy_timeout
        self._clock = clock

    # ----------------------------------------------------------------------- opening

    @classmethod
    def open(cls, db: str | os.PathLike[str] | None = None, *, environ: Mapping[str, str] | None = None,
             busy_timeout: float = 5.0, clock: Callable[[], dt.datetime] = _utc_now) -> Store:
        """Open (creating it on first use) and upgrade to the current schema the database at ``db``.

        ``db`` is a file path or a URL (``sqlite:///...``, ``postgresql://user@host/db``); when it is
        None, ``$FOGWATCH_DB`` from ``environ`` (default ``os.environ``), else
        ``~/.local/share/fogwatch/fogwatch.db``. ``busy_timeout``: seconds to wait for another
        process's SQLite write before raising ``DatabaseLockedError``.
        """
        url = resolve_url(db, environ)
        store = cls(create_engine(url, busy_timeout=busy_timeout), url, busy_timeout=busy_timeout, clock=clock)
        try:
            store._upgrade_when_free()
        except BaseException:
            store.close()
            raise
        return store

    def _upgrade_when_free(self) -> None:
        """``_upgrade``, retried while another process creates or upgrades the same SQLite file.

        Setting up a new SQLite file (WAL mode, the first tables) can fail at once with "database is
        locked" instead of waiting, when two processes open it together; waiting and trying again
        within the busy timeout turns that race into the ordinary wait.
        """
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                self._upgrade()
                return
            except DatabaseLockedError:
                if time.monotonic() >= deadline:
                    raise
                time.sleep(0.05)

    def _upgrade(self) -> None:
        with self._errors("opening the database", write=False):
            with self.engine.connect() as conn:
                if migrations.current_revision(conn) == migrations.HEAD:
                    return
            from alembic.util import CommandError

            try:
                with self._write() as conn:
                    migrations.upgrade(conn)
            except CommandError as exc:  # e.g. a revision written by a newer fogwatch
                raise StoreError(f"cannot upgrade the database {self}: {exc}; is it from a newer fogwatch? "
                                 "Upgrade fogwatch, or use another --db") from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __str__(self) -> str:
        return display(self.url)

    def __repr__(self) -> str:
        return f"Store({display(self.url)!r})"

    # ----------------------------------------------------------------------- plumbing

    def _errors(self, doing: str, *, write: bool = True) -> contextlib.AbstractContextManager[None]:
        return translate_errors(self.url, doing, busy_timeout=self.busy_timeout, write=write)

    @contextlib.contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(**{WRITE: True})
            with conn.begin():
                yield conn

    def _pages(self, stmt: sa.Select, id_col: sa.Column[Any], convert: PageConverter[T], doing: str,
               limit: int | None = None, offset: int = 0) -> Iterator[T]:
        """Keyset pagination: each page in its own short read transaction, in primary-key order.

        ``offset`` rows are skipped by the database on the first page, never read into Python.
        """
        last: Any = None
        left = limit
        while left is None or left > 0:
            size = PAGE if left is None else min(PAGE, left)
            page_stmt = stmt.order_by(id_col).limit(size)
            if last is not None:
                page_stmt = page_stmt.where(id_col > last)
            elif offset:
                page_stmt = page_stmt.offset(offset)
            with self._errors(doing, write=False), self.engine.connect() as conn:
                rows = conn.execute(page_stmt).mappings().all()
                items = convert(conn, rows) if rows else []
            yield from items
            if len(rows) < size:
                return
            last = rows[-1][id_col.key]
            if left is not None:
                left -= len(rows)

    # ----------------------------------------------------------------------- articles

    def add_result(self, article: Article, result: ArticleResult, *, content_hash: str | None = None,
                   near_duplicate_of: str | None = None) -> AddOutcome:
        """Store an article and its result in one transaction: ``"new"``, or ``"duplicate"`` when an
        article with the same content hash is stored already (nothing is written then).

        ``content_hash`` defaults to SHA-256 of the text; ``near_duplicate_of`` is the content hash
        of a stored article this one is a syndicated copy of (the pair then counts as one source).
        """
        codec.check_storable(article)
        digest = content_hash or codec.content_hash(article.text)
        stored_at = self._clock().astimezone(dt.UTC)
        with self._errors(f"writing article {article.id!r}"), self._write() as conn:
            article_id = writer.insert_article(conn, article, result, content_hash=digest,
                                               near_duplicate_of=near_duplicate_of, stored_at=stored_at)
            if article_id is None:
                return "duplicate"
            writer.write_children(conn, article_id, result, digest)
        return "new"

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these content hashes are stored (ingest skips extraction for them)."""
        wanted = list(dict.fromkeys(hashes))
        found: set[str] = set()
        with self._errors("looking up content hashes", write=False), self.engine.connect() as conn:
            for part in cluster_rows.chunks(wanted):
                found.update(conn.execute(sa.select(articles.c.content_hash)
                                          .where(articles.c.content_hash.in_(part))).scalars())
        return found

    def has_hash(self, content_hash: str) -> bool:
        return bool(self.known_hashes([content_hash]))

    # ----------------------------------------------------------------------- ingest's bookkeeping

    def add_signature(self, content_hash: str, signature: bytes) -> None:
        """Keep the near-duplicate signature (MinHash bytes) of a stored original article."""
        with self._errors("storing a near-duplicate signature"), self._write() as conn:
            ingest_state.add_signature(conn, content_hash, signature)

    def near_duplicate_signatures(self) -> Iterator[tuple[str, bytes]]:
        """(content hash, signature) of every original with a kept signature, in hash order."""
        last: str | None = None
        while True:
            with self._errors("reading near-duplicate signatures", write=False), self.engine.connect() as conn:
                page = ingest_state.signature_page(conn, last, PAGE)
            yield from page
            if len(page) < PAGE:
                return
            last = page[-1][0]

    def mark_entry_seen(self, feed: str, key: str) -> None:
        """Remember that this feed entry was read (``watch`` fetches each entry once, across restarts)."""
        with self._errors("marking a feed entry as read"), self._write() as conn:
            ingest_state.mark_entry_seen(conn, feed, key, self._clock().astimezone(dt.UTC))

    def has_seen_entry(self, feed: str, key: str) -> bool:
        with self._errors("looking up a feed entry", write=False), self.engine.connect() as conn:
            return ingest_state.has_seen_entry(conn, feed, key)

    def article(self, content_hash: str) -> Article | None:
        with self._errors("reading an article", write=False), self.engine.connect() as conn:
            row = conn.execute(sa.select(articles).where(articles.c.content_hash == content_hash)).mappings().first()
        return None if row is None else codec.row_to_article(row)

    def result(self, content_hash: str) -> ArticleResult | None:
        """The stored result of the article with this content hash, equal to the one written."""
        stmt = sa.select(articles).where(articles.c.content_hash == content_hash)
        return next(iter(self._pages(stmt, articles.c.id, _assemble_results, "reading a result")), None)

    def results(self, *, limit: int | None = None) -> Iterator[tuple[StoredArticle, ArticleResult]]:
        """Every stored article with its result, in the order they were stored."""
        def convert(conn: sa.Connection, rows: Sequence[RowMapping]) -> list[tuple[StoredArticle, ArticleResult]]:
            return list(zip([codec.row_to_stored_article(r, False) for r in rows], _assemble_results(conn, rows),
                            strict=True))

        return self._pages(sa.select(articles), articles.c.id, convert, "reading results", limit)

    def articles(self, *, with_text: bool = False, limit: int | None = None, offset: int = 0
                 ) -> Iterator[StoredArticle]:
        cols = [c for c in articles.c if with_text or c.key != "text"]
        stmt = sa.select(*cols) if with_text else sa.select(*cols, sa.null().label("text"))
        return self._pages(stmt, articles.c.id,
                           lambda _c, rows: [codec.row_to_stored_article(r, with_text) for r in rows],
                           "reading articles", limit, offset)

    def max_article_id(self) -> int:
        """The id of the newest stored article (0 when empty): a watermark for ``since_article``."""
        with self._errors("reading the article count", write=False), self.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.coalesce(sa.func.max(articles.c.id), 0))).scalar_one()

    def counts(self) -> dict[str, int]:
        tables = (articles, events, claims, contradictions, clusters, cluster_members, signatures, feed_entries)
        with self._errors("counting rows", write=False), self.engine.connect() as conn:
            return {t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for t in tables}

    # ----------------------------------------------------------------------- events and claims

    def events(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0
               ) -> Iterator[StoredEvent]:
        """Stored events matching ``filters``, in the order they were stored, skipping ``offset``."""
        stmt = queries.select_events(filters or NO_FILTERS)
        return self._pages(stmt, events.c.id, lambda _c, rows: [
            StoredEvent(key=r["key"], source=codec.row_to_source(r), event=codec.row_to_event(r),
                        cluster_id=r["cluster_id"]) for r in rows], "reading events", limit, offset)

    def claims(self, filters: Filters | None = None, *, limit: int | None = None, offset: int = 0
               ) -> Iterator[StoredClaim]:
        """Stored claims matching ``filters``, in the order they were stored, skipping ``offset``."""
        stmt = queries.select_claims(filters or NO_FILTERS)
        return self._pages(stmt, claims.c.id, lambda _c, rows: [
            StoredClaim(source=codec.row_to_source(r), claim=codec.row_to_claim(r), event_key=r["event_key"])
            for r in rows], "reading claims", limit, offset)

    def event_reports(self, filters: Filters | None = None, *, since_article: int | None = None,
                      keys: Collection[str] | None = None, limit: int | None = None) -> Iterator[EventReport]:
        """What reconciliation reads: each stored event with its source (outlet, date, near-duplicate
        group) and the claims linked to it. ``since_article``: only articles stored after that id
        (see ``max_article_id``); ``keys``: only these events."""
        if keys is None:
            return self._event_reports(filters, since_article=since_article, keys_chunk=None, limit=limit)
        parts = cluster_rows.chunks(list(dict.fromkeys(keys)), PAGE)
        found = itertools.chain.from_iterable(
            self._event_reports(filters, since_article=since_article, keys_chunk=part) for part in parts)
        return found if limit is None else itertools.islice(found, limit)

    def _event_reports(self, filters: Filters | None, *, since_article: int | None,
                       keys_chunk: Collection[str] | None, limit: int | None = None) -> Iterator[EventReport]:
        stmt = queries.select_events(filters or NO_FILTERS, keys=keys_chunk, since_article=since_article)
        return self._pages(stmt, events.c.id, _with_claims, "reading event reports", limit)

    def reports_to_reconcile(self, *, content_hashes: Collection[str] | None = None, unclustered: bool = False,
                             between: tuple[dt.date, dt.date] | None = None
                             ) -> Iterator[tuple[EventReport, str | None]]:
        """Event reports with their stored cluster id (None: not clustered yet), selected for
        incremental reconciliation: of the articles with these content hashes, or unclustered, or
        dated (by event, else publication date) within ``between`` (inclusive)."""
        stmt = queries.select_reports_to_reconcile(content_hashes=content_hashes, unclustered=unclustered,
                                                   between=between)
        return self._pages(stmt, events.c.id, _with_cluster_ids, "reading event reports to reconcile")

    # ----------------------------------------------------------------------- clusters

    def replace_clusters(self, given: Iterable[ClusterLike]) -> int:
        """Replace every stored cluster with ``given`` in one transaction; returns how many were written."""
        rows, members = cluster_rows.rows(given)
        self._write_clusters("replacing clusters", members, lambda conn: cluster_rows.replace_all(conn, rows, members))
        return len(rows)

    def upsert_clusters(self, changed: Iterable[ClusterLike], *, removed: Iterable[str] = ()) -> int:
        """Write ``changed`` clusters whole (new or updated) and delete the ``removed`` ids, in one
        transaction. An event listed by a changed cluster leaves its previous cluster; a cluster left
        with no events is deleted."""
        rows, members = cluster_rows.rows(changed)
        gone = list(removed)
        self._write_clusters("updating clusters", members,
                             lambda conn: cluster_rows.upsert(conn, rows, members, gone))
        return len(rows)

    def _write_clusters(self, doing: str, members: list[dict[str, str]],
                        write: Callable[[sa.Connection], None]) -> None:
        try:
            with self._errors(doing), self._write() as conn:
                write(conn)
        except (DatabaseLockedError, DatabaseUnavailableError):
            raise
        except StoreError:  # most likely a member that is not a stored event: say which
            keys = [m["event_key"] for m in members]
            with self._errors(doing, write=False), self.engine.connect() as conn:
                missing = cluster_rows.missing_keys(conn, keys)
            if missing:
                raise StoreError(f"{doing}: {len(missing)} member event(s) are not in the store, e.g. "
                                 f"{', '.join(missing[:3])}; nothing was written") from None
            raise

    def clusters(self, *, limit: int | None = None) -> Iterator[StoredCluster]:
        """Stored clusters in id order, each with its member event keys (sorted)."""
        last: str | None = None
        left = limit
        while left is None or left > 0:
            size = PAGE if left is None else min(PAGE, left)
            with self._errors("reading clusters", write=False), self.engine.connect() as conn:
                page = cluster_rows.read_page(conn, last, size)
            yield from page
            if len(page) < size:
                return
            last = page[-1].id
            if left is not None:
                left -= len(page)


# --------------------------------------------------------------------------- page converters


def _assemble_results(conn: sa.Connection, rows: Sequence[RowMapping]) -> list[ArticleResult]:
    ids = [r["id"] for r in rows]
    evs: dict[int, list[Any]] = defaultdict(list)
    cls: dict[int, list[Any]] = defaultdict(list)
    cts: dict[int, list[Any]] = defaultdict(list)
    for table, into, convert in ((events, evs, codec.row_to_event), (claims, cls, codec.row_to_claim),
                                 (contradictions, cts, codec.row_to_contradiction)):
        stmt = sa.select(table).where(table.c.article_id.in_(ids)).order_by(table.c.article_id, table.c.ordinal)
        for r in conn.execute(stmt).mappings():
            into[r["article_id"]].append(convert(r))
    return [codec.row_to_result(r, evs[r["id"]], cls[r["id"]], cts[r["id"]]) for r in rows]


def _with_cluster_ids(conn: sa.Connection, rows: Sequence[RowMapping]) -> list[tuple[EventReport, str | None]]:
    return list(zip(_with_claims(conn, rows), [r["cluster_id"] for r in rows], strict=True))


def _with_claims(conn: sa.Connection, rows: Sequence[RowMapping]) -> list[EventReport]:
    keys = [r["key"] for r in rows]
    linked: dict[str, list[Any]] = defaultdict(list)
    stmt = sa.select(claims).where(claims.c.event_key.in_(keys)).order_by(claims.c.article_id, claims.c.ordinal)
    for r in conn.execute(stmt).mappings():
        linked[r["event_key"]].append(codec.row_to_claim(r))
    return [EventReport(key=r["key"], source=codec.row_to_source(r), event=codec.row_to_event(r),
                        claims=tuple(linked[r["key"]])) for r in rows]


__all__ = ["Store"]
