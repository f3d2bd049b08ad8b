"""``fogwatch export``: write reconciled events as ACLED CSV, UCDP GED CSV, GeoJSON or JSON Lines.

    fogwatch export --format acled-csv --output events.csv
    fogwatch export --format geojson --country Afghanistan --date-from 2021-09-01 --output map.geojson
    fogwatch export --format jsonl --input results.jsonl        # from `fogwatch extract` output

From the store (``--db``, else ``$FOGWATCH_DB``, else the default database) the clusters are the ones
kept up to date by ingest and watch (``reconcile.store_sync``): export first completes the clusters of
any event stored without one (a run stopped between the two writes, or results added by the library),
then reads them, so it does not reconcile the whole store again. With ``--input`` (a JSONL file of
extraction results) the reports are reconciled here. The command is a thin wrapper over
``export_clusters`` / ``write``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

import click

from .errors import FogwatchError, InputError
from .export import WRITERS, write
from .export.filters import ClusterFilter, select
from .reconcile import EventReport, reconcile, reports_from_result
from .reconcile.engine import cluster_order
from .reconcile.records import Cluster
from .records import ArticleResult, from_dict


def clusters_from_store(db: str | None) -> list[Cluster]:
    """The stored clusters of the store at ``db`` (None: the default database), in export order,
    after clustering any stored event that has none yet."""
    from .reconcile.store_sync import sync_clusters
    from .store import Store

    with Store.open(db) as store:
        sync_clusters(store)
        clusters = [from_dict(Cluster, dict(stored.fields)) for stored in store.clusters()]
    return sorted(clusters, key=cluster_order)


_ARTICLE_DEFAULTS = {"title": None, "published": None, "outlet": None, "url": None}


def reports_from_results(lines: Iterable[str], source: str = "input") -> Iterator[EventReport]:
    """Event reports of ``fogwatch extract`` output lines (one article result a line)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            # Only "id" is required of an article: hand-made files may leave out the rest.
            data["article"] = {**_ARTICLE_DEFAULTS, **data["article"]}
            result = from_dict(ArticleResult, data)
        except (json.JSONDecodeError, TypeError, ValueError, KeyError) as exc:
            raise InputError(
                f"{source}, line {number}: not an extraction result ({exc}); "
                "give the JSONL that `fogwatch extract --input ... --output ...` writes"
            ) from None
        yield from reports_from_result(result)


def export_clusters(reports: Iterable[Any], fmt: str, out: TextIO, keep: ClusterFilter | None = None) -> int:
    """Reconcile ``reports``, keep the clusters ``keep`` matches (all when None) and write them;
    records written."""
    return write(fmt, select(reconcile(reports), keep or ClusterFilter()), out)


def _write_atomically(path: Path, fill: Any) -> int:
    """Write through a temporary file renamed over ``path``: a failed export leaves no half file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            n = fill(fh)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return int(n)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(list(WRITERS)), required=True,
              help="acled-csv: ACLED's columns; ucdp-csv: UCDP GED's columns (organised violence only); "
                   "geojson: RFC 7946 points; jsonl: every cluster field.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; standard output when absent.")
@click.option("--db", help="Database path or URL (default: $FOGWATCH_DB, else the default SQLite file).")
@click.option("--input", "input_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read extraction results (JSONL from `fogwatch extract`) instead of the store.")
@click.option("--country", help="Only events in this country.")
@click.option("--admin1", help="Only events in this first-level region.")
@click.option("--date-from", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or after this day.")
@click.option("--date-to", type=click.DateTime(["%Y-%m-%d"]), help="Only events on or before this day.")
@click.option("--actor", help="Only events with an actor whose name contains this.")
@click.option("--type", "event_type", help="Only events of this ACLED event or sub-event type.")
@click.option("--min-sources", type=click.IntRange(min=1), help="Only events reported by at least N sources.")
@click.option("--contested/--uncontested", default=None, help="Only events whose parties' claims conflict (or not).")
def export(fmt: str, output_path: Path | None, db: str | None, input_path: Path | None, country: str | None,
           admin1: str | None, date_from: dt.datetime | None, date_to: dt.datetime | None, actor: str | None,
           event_type: str | None, min_sources: int | None, contested: bool | None) -> None:
    """Reconcile event reports across articles and export the events.

    Example: fogwatch export --format acled-csv --country Afghanistan --output afghanistan.csv
    """
    keep = ClusterFilter(
        country=country, admin1=admin1, date_from=date_from.date() if date_from else None,
        date_to=date_to.date() if date_to else None, actor=actor, event_type=event_type,
        min_sources=min_sources, contested=contested,
    )  # fmt: skip
    try:
        if input_path is not None:
            try:
                with input_path.open(encoding="utf-8") as fh:
                    clusters = reconcile(reports_from_results(fh, str(input_path)))
            except UnicodeDecodeError as exc:
                raise InputError(f"{input_path} is not UTF-8 ({exc.reason} at byte {exc.start})") from None
        else:
            clusters = clusters_from_store(db)
        chosen = list(select(clusters, keep))
        if output_path is None:
            n = write(fmt, chosen, sys.stdout)
        else:
            n = _write_atomically(output_path, lambda fh: write(fmt, chosen, fh))
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    where = f" to {output_path}" if output_path else ""
    reports = sum(len(c.members) for c in clusters)
    click.echo(f"{n} record{'s' if n != 1 else ''} from {reports} event reports written{where}", err=True)


__all__ = ["clusters_from_store", "export", "export_clusters", "reports_from_results"]
