"""``fogwatch extract --input``: a JSONL batch with a progress bar and a summary on stderr.

With ``workers`` or ``cluster`` the articles are extracted on a Dask cluster
(``fogwatch.distributed``); reading, ordering, output, progress and summary are the same code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext, suppress
from pathlib import Path
from typing import IO, Any, Protocol

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .batch import (
    BatchSummary,
    Extractor,
    finish_atomic_write,
    read_articles,
    result_line,
    run_batch,
    write_atomically,
)
from .errors import FogwatchError


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())


def extract_batch_command(input_path: Path | str, output_path: Path | None, *, workers: int | None = None,
                          cluster: str | None = None, factory: Callable[[], Extractor] | None = None,
                          partition_size: int | None = None) -> int:
    """Run the batch; return the process exit code (1 when any article failed).

    ``workers`` (local processes) or ``cluster`` (a scheduler address) run it on Dask; then
    ``input_path`` may also be an fsspec URL, and ``factory`` (default: the pipeline) builds each
    worker's extractor.
    """
    err = Console(stderr=True)
    if workers is None and cluster is None:
        return _single_process(Path(input_path), output_path, err)
    return _distributed(str(input_path), output_path, err, workers=workers, cluster=cluster, factory=factory,
                        partition_size=partition_size)


def _single_process(input_path: Path, output_path: Path | None, err: Console) -> int:
    from .pipeline import Pipeline

    if not input_path.exists():
        err.print(f"[red]error:[/] {input_path}: no such file")
        return 2
    total = _count_lines(input_path)
    pipeline = Pipeline.load()
    return _run(lambda: input_path.open("rb"), total, pipeline.extract_many, output_path, err)


def _distributed(spec: str, output_path: Path | None, err: Console, *, workers: int | None, cluster: str | None,
                 factory: Callable[[], Extractor] | None, partition_size: int | None) -> int:
    try:
        from .distributed import ClusterSpec, DistributedExtractor, Session
        from .distributed.inputs import input_exists, is_fsspec_url, open_input
        from .distributed.session import quiet_dask_logs

        quiet_dask_logs()
        if not input_exists(spec):
            err.print(f"[red]error:[/] {spec}: no such file")
            return 2
        # a remote file is not read twice just to size the progress bar
        total = None if is_fsspec_url(spec) else _count_lines(Path(spec))
        with Session(ClusterSpec(workers=workers, address=cluster), factory=factory) as session:
            session.start()  # start (or reach) the cluster and load the pipelines before the progress bar
            options: dict[str, Any] = {} if partition_size is None else {"partition_size": partition_size}
            return _run(lambda: open_input(spec), total, DistributedExtractor(session, **options), output_path, err)
    except FogwatchError as exc:
        err.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        return 2


def _run(open_input: Callable[[], AbstractContextManager[IO[bytes]]], total: int | None, extract: Extractor,
         output_path: Path | None, err: Console) -> int:
    summary = BatchSummary()
    try:
        with _output(output_path) as out:
            progress = Progress(
                TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("{task.fields[failed]} failed"), console=err, transient=False,
                disable=not err.is_terminal and (total or 0) < 2,
            )
            with open_input() as handle, progress:
                task = progress.add_task("extract", total=total, failed=0)
                for result in run_batch(read_articles(handle), extract):
                    summary.add(result)
                    out.write(result_line(result) + "\n")
                    if result.error is not None:
                        err.print(f"[yellow]{result.article.id}[/]: {result.error.message}", highlight=False)
                    progress.update(task, advance=1, failed=summary.failed)
    except OutputError as exc:
        kept = f"; what was written before is in {output_path}.part (its last line may be cut)" if output_path else ""
        err.print(f"[red]error:[/] cannot write the results after {summary.total} articles ({exc}){kept}. "
                  "Free some space (or choose another --output) and run the batch again.", highlight=False)
        return 2
    err.print(
        f"{summary.total} articles: {summary.ok} ok, {summary.failed} failed, {summary.skipped} skipped "
        f"(not English); {summary.events} events, {summary.claims} claims"
        + (f"; results in {output_path}" if output_path else "")
    )
    return 1 if summary.failed else 0


class OutputError(Exception):
    """The results could not be written (a full disk, a lost mount): the batch cannot go on."""


class _Writer(Protocol):
    def write(self, line: str, /) -> object: ...


class _GuardedOutput:
    """The results file, whose write errors become ``OutputError`` (reading errors stay what they are)."""

    def __init__(self, handle: IO[str]) -> None:
        self.handle = handle

    def write(self, line: str) -> None:
        try:
            self.handle.write(line)
        except OSError as exc:
            raise OutputError(f"{exc.strerror or exc}: {exc.filename or self.handle.name}") from exc


@contextmanager
def _output(output_path: Path | None) -> Iterator[_Writer]:
    """The results file, renamed into place only once complete (or standard output)."""
    if output_path is None:
        with nullcontext(sys.stdout) as out:
            yield out
        return
    out = write_atomically(output_path)
    try:
        yield _GuardedOutput(out)
    except BaseException:
        with suppress(OSError):  # the unwritten part is lost anyway; the .part file keeps the rest
            out.close()
        raise
    try:
        finish_atomic_write(out, output_path)
    except OSError as exc:
        raise OutputError(f"{exc.strerror or exc}: {output_path}") from exc
