"""``fogwatch ingest`` and ``fogwatch watch``: thin click wrappers over ``fogwatch.ingest``.

Both are plain ``click.Command`` objects; ``fogwatch.cli`` mounts them on the ``fogwatch`` group.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from .errors import FogwatchError
from .ingest.fetch import TIMEOUT_SECONDS, Fetcher
from .ingest.run import FAILED, NEAR_DUPLICATE, NEW, Extractor, IngestCounts, Ingester, Outcome
from .ingest.sink import StoreSink
from .ingest.sources import SourceItem, read_sources
from .ingest.watch import Notice, Watcher, parse_interval, stop_on_signals
from .records import Article, ArticleResult

DB_HELP = ("Database: a SQLite path or a postgresql:// URL (default: $FOGWATCH_DB, else the "
           "platform data folder; see `fogwatch --help`).")


def lazy_extractor() -> Extractor:
    """The pipeline's ``extract_many``, loaded only when the first article needs extracting, so a
    re-ingest of stored articles never loads the language model."""

    def extract(articles: Iterable[Article]) -> Iterator[ArticleResult]:
        iterator = iter(articles)
        try:
            first = next(iterator)
        except StopIteration:
            return
        from .pipeline import Pipeline

        def chained() -> Iterator[Article]:
            yield first
            yield from iterator

        yield from Pipeline.load().extract_many(chained())

    return extract


@contextmanager
def open_sink(db: str | None) -> Iterator[StoreSink]:
    try:
        from .store import Store
    except ImportError as exc:
        raise click.ClickException(f"the store is not available in this installation ({exc})") from None
    try:
        store = Store.open(db)
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield StoreSink(store)
    finally:
        close = getattr(store, "close", None)
        if close is not None:
            close()


def update_clusters(sink: Any, outcomes: list[Outcome], warn: Any) -> list[Notice]:
    """Reconcile the stored articles' events into the stored clusters (only the blocks they touch);
    the new cross-article contradictions as notices. A failure here loses nothing: events left
    without a cluster are picked up by the next run."""
    from .reconcile.store_sync import new_contradictions, sync_clusters

    store = getattr(sink, "store", None)
    if store is None or not hasattr(store, "upsert_clusters"):
        return []  # a sink without a store (a dry run, a test's memory sink) keeps no clusters
    try:
        changes = sync_clusters(store, [o.content_hash for o in outcomes if o.content_hash])
    except FogwatchError as exc:
        warn(f"clusters not updated ({exc}); the next ingest or watch poll will update them")
        return []
    results = [o.result for o in outcomes if o.result is not None]
    return [Notice("contradiction", info, data) for info, data in new_contradictions(changes, results)]


def _progress(console: Console) -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("ingesting"),
        TextColumn("[green]{task.fields[new]} new[/] · {task.fields[near]} near-duplicate · "
                   "{task.fields[dup]} duplicate · [red]{task.fields[failed]} failed[/]"),
        TimeElapsedColumn(), console=console, transient=False, disable=not console.is_terminal,
    )


def run_ingest(sources: Iterable[str], *, ingester: Ingester, fetcher: Fetcher, console: Console,
               stdin: Any = None, stored: list[Outcome] | None = None,
               reader: Callable[..., Iterable[SourceItem]] = read_sources) -> IngestCounts:
    """Ingest ``sources`` with a live progress line on ``console``; failures are printed as they happen.
    ``stored``, when given, collects the outcomes of the articles stored (new and near-duplicate);
    ``reader`` turns the sources into items (the distributed path also reads fsspec URLs)."""
    progress = _progress(console)
    live = IngestCounts()  # the counts so far, for the progress line
    with progress:
        task = progress.add_task("ingest", total=None, new=0, near=0, dup=0, failed=0)

        def on_outcome(outcome: Outcome) -> None:
            live.add(outcome)
            if stored is not None and outcome.status in (NEW, NEAR_DUPLICATE):
                stored.append(outcome)
            if outcome.status == FAILED:
                progress.console.print(f"[red]failed[/] {escape(outcome.message)}", highlight=False, soft_wrap=True)
            progress.update(task, new=live.new, near=live.near_duplicate, dup=live.duplicate, failed=live.failed)

        return ingester.run(reader(sources, fetcher=fetcher, stdin=stdin), on_outcome=on_outcome)


@click.command("ingest")
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", help=DB_HELP)
@click.option("--timeout", type=float, default=TIMEOUT_SECONDS, show_default=True,
              help="Seconds to wait for a web server before giving up on a URL.")
@click.option("--workers", type=click.IntRange(min=1),
              help="Extract on N local worker processes (Dask; pip install 'fogwatch[dask]'); sources may "
                   "then also be fsspec URLs (s3://..., gs://...).")
@click.option("--cluster", metavar="tcp://HOST:PORT",
              help="Extract on the workers of a running Dask scheduler (see docs/DEPLOY.md).")
def ingest_command(sources: tuple[str, ...], db: str | None, timeout: float, workers: int | None = None,
                   cluster: str | None = None) -> None:
    """Store articles from files, folders, JSON/JSONL, web pages, RSS/Atom feeds or - (stdin).

    Each article is stored once: the same text again is a duplicate and is not extracted again;
    a syndicated copy of a stored story is kept with its own outlet and marked as a near-duplicate.
    Exits with 1 when any source failed (the others are stored all the same).

    With --workers or --cluster, articles are extracted on a Dask cluster: into SQLite the results
    are written by this process (one writer), into PostgreSQL by each worker (parallel writers).

    Example: fogwatch ingest reports/ https://example.org/feed.xml --db news.sqlite
    """
    if workers is not None and cluster is not None:
        raise click.UsageError("give either --workers or --cluster, not both")
    err = Console(stderr=True)
    with open_sink(db) as sink, Fetcher(timeout=timeout) as fetcher, \
            _ingester(sink, workers, cluster) as (ingester, reader):
        stored: list[Outcome] = []
        try:
            counts = run_ingest(sources, ingester=ingester, fetcher=fetcher, console=err,
                                stdin=sys.stdin.buffer, stored=stored, reader=reader)
        except FogwatchError as exc:
            if workers is None and cluster is None:
                raise
            # the cluster could not be started or reached
            raise click.ClickException(str(exc)) from None
        except KeyboardInterrupt:
            err.print("interrupted; every article stored so far is complete, run the same command to go on")
            raise SystemExit(130) from None
        if stored:
            update_clusters(sink, stored, lambda m: err.print(f"[yellow]warning[/] {escape(m)}", highlight=False))
    err.print(counts.summary(), highlight=False, soft_wrap=True)
    if counts.aborted:
        err.print(f"[red]error:[/] {escape(counts.aborted)}", highlight=False)
    if counts.failed or counts.aborted:
        raise SystemExit(1)


@contextmanager
def _ingester(sink: StoreSink, workers: int | None, cluster: str | None
              ) -> Iterator[tuple[Ingester, Callable[..., Iterable[SourceItem]]]]:
    """The single-process ingester, or (with ``workers`` or ``cluster``) one over a Dask cluster
    that is started when the first article needs extracting and closed on the way out."""
    if workers is None and cluster is None:
        yield Ingester(sink, lazy_extractor()), read_sources
        return
    try:
        from .distributed import ClusterSpec, open_ingester
        from .distributed.inputs import read_any_sources
        from .distributed.session import quiet_dask_logs

        quiet_dask_logs()
        session, ingester = open_ingester(sink, ClusterSpec(workers=workers, address=cluster))
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    with session:
        yield ingester, read_any_sources


@click.command("watch")
@click.argument("feeds", nargs=-1, required=True)
@click.option("--every", default="10m", show_default=True, help="Time between polls: 30s, 10m, 1h.")
@click.option("--webhook", help="POST each new event and contradiction as JSON to this URL.")
@click.option("--once", is_flag=True, help="Poll once and exit (for cron jobs and tests).")
@click.option("--db", help=DB_HELP)
@click.option("--timeout", type=float, default=TIMEOUT_SECONDS, show_default=True,
              help="Seconds to wait for a web server before giving up on a URL.")
def watch_command(feeds: tuple[str, ...], every: str, webhook: str | None, once: bool, db: str | None,
                  timeout: float) -> None:
    """Poll RSS/Atom feeds, store new entries and print one line per new event and contradiction.

    Entries already read are not fetched again. Stop with Ctrl-C: the article in progress is
    finished first (press Ctrl-C twice to abandon it; nothing half-written is kept).

    Example: fogwatch watch https://example.org/feed.xml --every 10m --webhook http://127.0.0.1:9000/hook
    """
    try:
        interval = parse_interval(every)
    except FogwatchError as exc:
        raise click.BadParameter(str(exc), param_hint="--every") from None
    err = Console(stderr=True)
    stop = threading.Event()
    with open_sink(db) as sink, Fetcher(timeout=timeout) as fetcher, stop_on_signals(stop):
        def warn(message: str) -> None:
            err.print(f"[yellow]warning[/] {escape(message)}", highlight=False)

        watcher = Watcher(
            feeds, ingester=Ingester(sink, lazy_extractor()), fetcher=fetcher,
            say=lambda line: click.echo(line), warn=warn, webhook=webhook,
            # after each poll that stored articles: update the clusters, announce new cross-article contradictions
            extra=lambda outcomes: update_clusters(sink, outcomes, warn),
        )
        try:
            counts = watcher.run(interval, once=once, stop=stop)
        except KeyboardInterrupt:
            err.print("stopped")
            raise SystemExit(130) from None
    err.print(("stopped; " if stop.is_set() else "") + counts.summary(), highlight=False, soft_wrap=True)
    if counts.aborted:
        err.print(f"[red]error:[/] {escape(counts.aborted)}", highlight=False)
    if once and counts.failed:
        raise SystemExit(1)
