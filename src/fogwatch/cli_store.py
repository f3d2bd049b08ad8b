"""``fogwatch events`` and ``fogwatch claims`` (without FILE): query the store, as a table, JSON or CSV.

Thin wrappers: ``query_events``/``query_claims`` do the work and can be called from other commands.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

import click

from .errors import FogwatchError
from .records import to_dict

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "json", "csv")
DB_HELP = ("Database: a file path or a URL (postgresql://user@host/db). Default: $FOGWATCH_DB, "
           "else ~/.local/share/fogwatch/fogwatch.db.")

# Filter options shared by both commands: (flags, Filters field, help).
_FILTERS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("--country",), "country", "Country name, e.g. Afghanistan (any case)."),
    (("--admin1",), "admin1", "First-level region, e.g. Panjshir."),
    (("--from", "date_from"), "date_from", "Events on or after this date (YYYY-MM-DD)."),
    (("--to", "date_to"), "date_to", "Events on or before this date (YYYY-MM-DD)."),
    (("--actor",), "actor", "Part of an actor's name, e.g. taliban."),
    (("--type", "event_type"), "event_type", "ACLED event or sub-event type, e.g. Battles."),
    (("--speaker",), "speaker", "Part of a speaker's name."),
    (("--party",), "party", "Part of the side a claim speaks for."),
    (("--topic",), "topic", "Claim topic: casualties, territory, equipment, negotiations, responsibility, ..."),
)


def store_options(command: F) -> F:
    """--db, the filters, --format and --limit."""
    options = [
        click.option("--db", help=DB_HELP),
        *(click.option(*flags, help=text, type=_DATE if name.startswith("date_") else str)
          for flags, name, text in _FILTERS),
        click.option("--contested/--uncontested", default=None,
                     help="Only disputed items (a contested cluster or a contradiction), or only undisputed ones."),
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                     help="Output: a table, a JSON array, or CSV."),
        click.option("--limit", type=click.IntRange(min=1), help="At most this many rows."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


class _Date(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2021-09-01", param, ctx)


_DATE = _Date()


def store_filters(values: dict[str, Any]):  # -> fogwatch.store.Filters
    from .store import Filters

    return Filters(**{name: values.get(name) for _, name, _ in _FILTERS}, contested=values.get("contested"))


@click.command("events")
@store_options
def events_command(db: str | None, fmt: str, limit: int | None, **filters: Any) -> None:
    """List stored events, filtered, as a table, JSON or CSV.

    \b
    Example:
      fogwatch events --country Afghanistan --from 2021-09-01 --type Battles --format csv
    """
    run_query(lambda: query_events(db, store_filters(filters), fmt, limit))


def run_query(job: Callable[[], int]) -> None:
    try:
        count = job()
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    if count == 0:
        click.echo("nothing in the store matches these filters", err=True)


def query_events(db: str | os.PathLike[str] | None, filters: Any, fmt: str, limit: int | None = None,
                 out: IO[str] | None = None) -> int:
    """Write the matching events to ``out`` (standard output) in ``fmt``; returns how many."""
    from .store import Store

    with Store.open(db) as store:
        return _write(store.events(filters, limit=limit), fmt, out, event_json, event_row, _events_table)


def query_claims(db: str | os.PathLike[str] | None, filters: Any, fmt: str, limit: int | None = None,
                 out: IO[str] | None = None) -> int:
    """Write the matching claims to ``out`` (standard output) in ``fmt``; returns how many."""
    from .store import Store

    with Store.open(db) as store:
        return _write(store.claims(filters, limit=limit), fmt, out, claim_json, claim_row, _claims_table)


# --------------------------------------------------------------------------- output


def _write(items: Iterator[Any], fmt: str, out: IO[str] | None, as_json: Callable[[Any], dict[str, Any]],
           as_row: Callable[[Any], dict[str, Any]], as_table: Callable[[list[Any]], Any]) -> int:
    stream = out or sys.stdout
    count = 0
    if fmt == "json":  # streamed: a valid JSON array without holding every row in memory
        stream.write("[")
        for count, item in enumerate(items, 1):
            stream.write(("\n" if count == 1 else ",\n") + json.dumps(as_json(item), ensure_ascii=False))
        stream.write("\n]\n" if count else "]\n")
    elif fmt == "csv":
        writer: csv.DictWriter[str] | None = None
        for item in items:
            count += 1
            row = as_row(item)
            if writer is None:
                writer = csv.DictWriter(stream, fieldnames=list(row))
                writer.writeheader()
            writer.writerow(row)
    else:
        from rich.console import Console

        rows = list(items)
        count = len(rows)
        if rows:
            Console(file=stream).print(as_table(rows))
    stream.flush()
    return count


def _source_json(source: Any) -> dict[str, Any]:
    return {"article": source.source_id, "content_hash": source.content_hash, "group": source.group,
            "outlet": source.outlet, "url": source.url, "published": to_dict(source.published)}


def event_json(stored: Any) -> dict[str, Any]:
    return {"key": stored.key, **to_dict(stored.event), "cluster_id": stored.cluster_id,
            "source": _source_json(stored.source)}


def event_row(stored: Any) -> dict[str, Any]:
    data = to_dict(stored.event)
    evidence = data.pop("evidence")
    data = {"key": stored.key, "event_id": data.pop("id"), **data}
    data["evidence"] = ";".join(f"{e['field'] + ':' if e['field'] else ''}{e['start']}-{e['end']}" for e in evidence)
    data["cluster_id"] = stored.cluster_id
    data.update({k: v for k, v in _source_json(stored.source).items()})
    return data


def claim_json(stored: Any) -> dict[str, Any]:
    return {**to_dict(stored.claim), "event_key": stored.event_key, "source": _source_json(stored.source)}


def claim_row(stored: Any) -> dict[str, Any]:
    c = stored.claim
    sp = c.speaker
    q = c.quantity
    row = {
        "claim_id": c.id, "speaker": sp.text if sp else None, "speaker_name": sp.name if sp else None,
        "speaker_role": sp.role if sp else None, "speaker_affiliation": sp.affiliation if sp else None,
        "speaker_kind": sp.kind if sp else None, "speaker_note": c.speaker_note, "party": c.party,
        "cue": c.cue.text if c.cue else None, "channel": c.channel, "quote_type": c.quote_type,
        "content": c.content.text, "content_start": c.content.start, "content_end": c.content.end,
        "reported_via": " > ".join(c.reported_via), "evidence_status": c.evidence_status, "topic": c.topic,
    }
    for name in ("value", "low", "high", "approximate", "unit", "whose"):
        row[f"quantity_{name}"] = getattr(q, name) if q else None
    row.update(event_id=c.event_id, event_key=stored.event_key, **_source_json(stored.source))
    return row


def _where(e: Any) -> str:
    return ", ".join(dict.fromkeys(x for x in (e.location, e.admin2, e.admin1, e.country) if x)) or "—"


def _fatalities(e: Any) -> str:
    span = "" if e.fatalities_low is None and e.fatalities_high is None else \
        f" ({e.fatalities_low if e.fatalities_low is not None else '?'}–" \
        f"{e.fatalities_high if e.fatalities_high is not None else '?'})"
    return f"{e.fatalities_best if e.fatalities_best is not None else e.fatalities}{span}"


def _source_label(source: Any) -> str:
    return " ".join(x for x in (source.outlet or source.source_id, to_dict(source.published)) if x)


def _events_table(rows: Iterable[Any]) -> Any:
    from rich.table import Table

    table = Table(title="Stored events", show_lines=False)
    for name, width in (("date", None), ("type", 24), ("actors", 36), ("where", 36), ("deaths", None),
                        ("source", 24)):
        table.add_column(name, max_width=width, no_wrap=width is None)
    for s in rows:
        e = s.event
        actors = " vs ".join(x for x in (e.actor1, e.actor2) if x) or "—"
        table.add_row(to_dict(e.event_date) or "—", f"{e.event_type}\n[dim]{e.sub_event_type}[/dim]", actors,
                      _where(e), _fatalities(e), _source_label(s.source))
    return table


def _claims_table(rows: Iterable[Any]) -> Any:
    from rich.table import Table

    from .claims_table import cue_label, speaker_label

    table = Table(title="Stored claims", show_lines=True)
    for name, width in (("source", 20), ("speaker", 28), ("side", 16), ("cue", 16), ("claim", 56), ("topic", 14)):
        table.add_column(name, max_width=width)
    for s in rows:
        c = s.claim
        table.add_row(_source_label(s.source), speaker_label(c), c.party or "—", cue_label(c),
                      " ".join(c.content.text.split()), c.topic.replace("_", " "))
    return table
