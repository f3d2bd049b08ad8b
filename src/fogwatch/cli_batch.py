"""``fogwatch extract --input``: a JSONL batch with a progress bar and a summary on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .batch import BatchSummary, finish_atomic_write, read_articles, result_line, run_batch, write_atomically


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def extract_batch_command(input_path: Path, output_path: Path | None) -> int:
    """Run the batch; return the process exit code (1 when any article failed)."""
    from .pipeline import Pipeline

    err = Console(stderr=True)
    if not input_path.exists():
        err.print(f"[red]error:[/] {input_path}: no such file")
        return 2
    total = _count_lines(input_path)
    summary = BatchSummary()
    out = write_atomically(output_path) if output_path else sys.stdout
    pipeline = Pipeline.load()
    progress = Progress(
        TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[failed]} failed"), console=err, transient=False,
        disable=not err.is_terminal and total < 2,
    )
    with input_path.open("rb") as handle, progress:
        task = progress.add_task("extract", total=total, failed=0)
        for result in run_batch(read_articles(handle), pipeline.extract_many):
            summary.add(result)
            out.write(result_line(result) + "\n")
            if result.error is not None:
                err.print(f"[yellow]{result.article.id}[/]: {result.error.message}", highlight=False)
            progress.update(task, advance=1, failed=summary.failed)
    if output_path:
        finish_atomic_write(out, output_path)  # type: ignore[arg-type]
    err.print(
        f"{summary.total} articles: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped "
        f"(not English); {summary.events} events, {summary.claims} claims"
        + (f"; results in {output_path}" if output_path else "")
    )
    return 1 if summary.failed else 0
