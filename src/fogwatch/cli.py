"""The ``fogwatch`` command: thin wrappers over importable functions.

Logging is configured here and only here.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .cli_store import store_options
from .errors import FogwatchError, InputError
from .records import Article, ArticleInfo, ArticleResult, Problem, to_dict

log = logging.getLogger("fogwatch")


def _read_text(source: str) -> str:
    """The text of FILE, or of standard input for "-", as UTF-8; a clear error otherwise."""
    if source == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source} is a directory; give a text file (or use --input for a JSONL batch)")
        data = path.read_bytes()
        name = source
    if b"\x00" in data[:10_000]:
        raise InputError(f"{name} looks like a binary file (it contains NUL bytes); give a plain-text article",
                         code="binary")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name} is not valid UTF-8 (byte {data[exc.start]:#04x} at position {exc.start}); "
            "convert it first, e.g. iconv -f latin1 -t utf-8",
            code="bad_encoding",
        ) from None


def _dump(result: ArticleResult, indent: int | None) -> str:
    data = to_dict(result)
    if result.error is None:
        data.pop("error")
    return json.dumps(data, ensure_ascii=False, indent=indent)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fogwatch")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
def main(verbose: int) -> None:
    """Conflict news in, evidence-linked ACLED-style events and a claims ledger out."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("file", required=False)
@click.option("--input", "input_path", type=click.Path(dir_okay=False, path_type=str),
              help="A JSONL batch: one {\"id\", \"text\", \"published\"?, ...} object a line "
                   "(with --workers/--cluster also an fsspec URL: s3://..., gs://..., memory://...).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Where to write the batch results (JSONL); standard output when absent.")
@click.option("--published", help="Publication date, YYYY-MM-DD: relative dates are resolved against it.")
@click.option("--title", help="Article title.")
@click.option("--outlet", help="Outlet that published the article.")
@click.option("--url", help="Article URL.")
@click.option("--country", help="The country the report is about, if known (helps read ambiguous place names).")
@click.option("--id", "article_id", default="article", show_default=True, help="Article id in the output.")
@click.option("--indent/--compact", default=None, help="Indent the JSON (default: indent on a terminal).")
@click.option("--workers", type=click.IntRange(min=1),
              help="With --input: extract on N local worker processes (Dask; pip install 'fogwatch[dask]').")
@click.option("--cluster", metavar="tcp://HOST:PORT",
              help="With --input: extract on the workers of a running Dask scheduler (see docs/DEPLOY.md).")
def extract(file: str | None, input_path: str | None, output_path: Path | None, published: str | None,
            title: str | None, outlet: str | None, url: str | None, country: str | None, article_id: str,
            indent: bool | None, workers: int | None, cluster: str | None) -> None:
    """Extract events, claims and contradictions from one article (FILE, or - for stdin) or a JSONL batch.

    \b
    Examples:
      fogwatch extract examples/kismayo-clash.txt --published 2024-03-15
      fogwatch extract --input examples/articles.jsonl --output results.jsonl
    """
    if input_path is not None:
        if file is not None:
            raise click.UsageError("give either FILE or --input, not both")
        if workers is not None and cluster is not None:
            raise click.UsageError("give either --workers or --cluster, not both")
        from .cli_batch import extract_batch_command

        sys.exit(extract_batch_command(input_path, output_path, workers=workers, cluster=cluster))
    if file is None:
        raise click.UsageError("give an article FILE (or - for standard input), or --input FILE.jsonl")
    if workers is not None or cluster is not None:
        raise click.UsageError("--workers and --cluster apply to a batch (--input FILE.jsonl)")
    from .inputs import parse_published
    from .pipeline import Pipeline

    try:
        text = _read_text(file)
        when = parse_published(published)
    except FogwatchError as exc:
        result = ArticleResult(
            article=ArticleInfo(id=article_id, title=title, published=None, outlet=outlet, url=url),
            error=Problem(exc.code, str(exc)),
        )
        click.echo(_dump(result, 2 if sys.stdout.isatty() else None))
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    article = Article(id=article_id, text=text, title=title, published=when, outlet=outlet, url=url, country=country)
    result = next(Pipeline.load().extract_many([article]))
    use_indent = sys.stdout.isatty() if indent is None else indent
    click.echo(_dump(result, 2 if use_indent else None))
    for warning in result.warnings:
        click.echo(f"warning: {warning.message}", err=True)
    if result.error is not None:
        click.echo(f"error: {result.error.message}", err=True)
        sys.exit(1)


@main.command()
@click.argument("file", required=False)
@click.option("--published", help="With FILE: publication date, YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Same as --format json.")
@store_options
def claims(file: str | None, published: str | None, as_json: bool, db: str | None, fmt: str,
           limit: int | None, **filters: Any) -> None:
    """The claims ledger: who claims what, for which side, relayed by whom, with what evidence.

    With FILE (or - for stdin), the claims and contradictions of that one article; without it, the
    claims in the store, filtered.

    \b
    Examples:
      fogwatch claims examples/kismayo-clash.txt --published 2024-03-15
      fogwatch claims --party "al shabaab" --topic casualties --format csv
    """
    if as_json:
        fmt = "json"
    if file is None:
        from .cli_store import query_claims, run_query, store_filters

        run_query(lambda: query_claims(db, store_filters(filters), fmt, limit))
        return
    from rich.console import Console

    from .claims_table import claims_table
    from .inputs import parse_published
    from .pipeline import Pipeline

    try:
        result = Pipeline.load().extract(_read_text(file), published=parse_published(published))
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    if result.error is not None:
        raise click.ClickException(result.error.message)
    if fmt == "json":
        payload = {"claims": to_dict(result.claims), "contradictions": to_dict(result.contradictions)}
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(claims_table(result.claims))
    for c in result.contradictions:
        console.print(f"[bold red]contradiction[/] ({c.kind}) {c.claims[0]} vs {c.claims[1]}: {c.explanation}")


def _mount_commands() -> None:
    """Commands that live in their own modules (each a thin wrapper over importable functions)."""
    from .cli_export import export
    from .cli_ingest import ingest_command, watch_command
    from .cli_serve import serve_command
    from .cli_store import events_command
    from .evaluate.cli import eval_command

    main.add_command(eval_command, name="eval")
    main.add_command(events_command, name="events")
    main.add_command(export, name="export")
    main.add_command(ingest_command, name="ingest")
    main.add_command(watch_command, name="watch")
    main.add_command(serve_command, name="serve")


_mount_commands()
