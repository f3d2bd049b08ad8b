"""``fogwatch eval``: a thin click wrapper over ``fogwatch.evaluate.evaluate``.

Imported when the main CLI starts, so everything heavy (the pipeline, rich progress) is imported
inside the command.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from fogwatch.errors import FogwatchError, PipelineLoadError


def _pipeline() -> Any:
    try:
        from fogwatch.pipeline import Pipeline  # loaded only when eval runs: it is heavy
    except ImportError as exc:
        raise PipelineLoadError(
            f"the extraction pipeline could not be imported ({exc}); reinstall fogwatch "
            "with `pip install -e .` and check that the installation is complete"
        ) from exc
    return Pipeline.load()


def _extractor() -> Any:
    pipeline = _pipeline()
    return pipeline.extract_many


def _run_polnear(directory: Path, limit: int | None) -> Any:
    from fogwatch.evaluate.polnear import evaluate_polnear

    pipeline = _pipeline()

    def find(text: str) -> Sequence[Any]:
        return pipeline.extract(text).claims

    # Pass --limit only if the PolNeAR scorer takes it; its signature is its author's to choose.
    if limit is not None and "limit" in inspect.signature(evaluate_polnear).parameters:
        return evaluate_polnear(directory, find, limit=limit)
    return evaluate_polnear(directory, find)


def _plain(value: Any) -> Any:
    """JSON-ready form of whatever the PolNeAR scorer returns (records, dicts, lists, dates)."""
    from fogwatch.records import to_dict

    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    converted = to_dict(value)
    return _plain(converted) if isinstance(converted, dict) else converted


def _print_polnear(result: Any, as_json: bool) -> None:
    from rich.console import Console

    data = _plain(result)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    console = Console()
    if hasattr(result, "__rich__") or hasattr(result, "__rich_console__"):
        console.print(result)
    else:
        console.print_json(json.dumps(data, ensure_ascii=False, default=str))


def _print_police_events(path: Path, limit: int | None, as_json: bool) -> None:
    from fogwatch.evaluate.police_events import evaluate_police_events

    report = evaluate_police_events(path, _extractor(), limit=limit)
    click.echo(json.dumps(report.to_json(), indent=2) if as_json else report.to_text())


def _with_progress(extractor: Any, enabled: bool) -> Any:
    """Wrap the extractor so a progress line on stderr counts results as they stream."""
    if not enabled:
        return extractor
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    def wrapped(articles: Iterable[Any]) -> Iterator[Any]:
        columns = (SpinnerColumn(), TextColumn("{task.completed} rows"), TimeElapsedColumn())
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("eval", total=None)
            for result in extractor(articles):
                progress.advance(task)
                yield result

    return wrapped


@click.command("eval")
@click.argument("path", metavar="FILE_OR_DIR", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["acled", "gtd", "polnear", "police-events"]), required=True,
              help="Gold data format: an ACLED export, a GTD export, a PolNeAR directory, or the "
                   "India Police Events directory (whole real articles, document labels).")
@click.option("--limit", type=click.IntRange(min=1), help="Score only the first N rows (after --country/--sample).")
@click.option("--sample", type=click.IntRange(min=1), help="Score a random sample of N rows.")
@click.option("--seed", type=int, default=0, show_default=True, help="Random seed for --sample.")
@click.option("--stratified/--random", default=True, show_default=True,
              help="--sample proportionally per country, or uniformly at random.")
@click.option("--country", "countries", multiple=True, help="Only rows of this country (repeatable).")
@click.option("--errors", type=click.IntRange(min=0), default=5, show_default=True,
              help="Most frequent confusions and sample error rows shown per field.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON instead of tables.")
@click.option("--country-hint/--no-country-hint", default=True, show_default=True,
              help="Pass each row's coded country as the article's country (as a country desk's feed "
                   "would know it); the country field itself is then not a measurement.")
def eval_command(path: Path, fmt: str, limit: int | None, sample: int | None, seed: int, stratified: bool,
                 countries: tuple[str, ...], errors: int, as_json: bool, country_hint: bool) -> None:  # fmt: skip
    """Score extraction against coded data: per-field accuracy with 95% intervals, per country,
    and the most frequent errors (row ids and values only, never the text).

    \b
    Examples:
      fogwatch eval --format acled ../shared/eval/acled/kenya-1997-2019.csv
      fogwatch eval --format acled export.csv --sample 500 --seed 1 --json > report.json
      fogwatch eval --format gtd ../shared/eval/gtd/afghanistan-2016-2017.csv --errors 10
      fogwatch eval --format polnear ../shared/eval/polnear/dev
      fogwatch eval --format police-events ../shared/eval/india-police-events
    """
    import sys

    from rich.console import Console

    from fogwatch.evaluate import Selection, evaluate
    from fogwatch.evaluate.report import render, to_json

    try:
        if fmt == "polnear":
            _print_polnear(_run_polnear(path, limit), as_json)
            return
        if fmt == "police-events":
            _print_police_events(path, limit, as_json)
            return
        selection = Selection(countries, sample, seed, stratified, limit)
        extractor = _with_progress(_extractor(), sys.stderr.isatty())
        report = evaluate(path, fmt, extractor, selection, errors=errors, country_hint=country_hint)
    except FogwatchError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(to_json(report), ensure_ascii=False, indent=2))
    else:
        render(report, Console())


__all__ = ["eval_command"]
