"""Aggregate scored rows into a report; render it as rich tables or JSON.

Reports show row ids and field values only, never article text, so a report can be pasted into
an issue or a README without republishing the dataset.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from fogwatch.evaluate import NO_EVENT, GoldSource, Judgement, Scored, field_rank
from fogwatch.evaluate.metrics import Accuracy, wilson


@dataclass(frozen=True, slots=True)
class FileInfo:
    path: str
    schema: str
    notes: tuple[str, ...]
    rows: int


@dataclass(frozen=True, slots=True)
class ErrorSample:
    id: str
    gold: str
    predicted: str


@dataclass(frozen=True, slots=True)
class Report:
    format: str
    files: tuple[FileInfo, ...]
    skipped: tuple[tuple[str, str], ...]  # (path, reason)
    rows: int
    no_text: int
    no_event: int
    extraction_errors: int
    seconds: float
    kinds: Mapping[str, str]  # field -> "field" | "baseline", in report order
    overall: Mapping[str, Accuracy]
    by_country: Mapping[str, Mapping[str, Accuracy]]
    country_rows: Mapping[str, int]
    by_file: Mapping[str, Mapping[str, Accuracy]]
    confusions: Mapping[str, tuple[tuple[str, int], ...]]
    samples: Mapping[str, tuple[ErrorSample, ...]]
    error_messages: tuple[tuple[str, int], ...] = ()

    def accuracy(self, field_name: str) -> float | None:
        acc = self.overall.get(field_name)
        return acc.rate if acc else None


@dataclass
class Tally:
    """Mutable accumulator local to one run (never module state)."""

    errors: int = 5
    rows: int = 0
    no_text: int = 0
    no_event: int = 0
    extraction_errors: int = 0
    kinds: dict[str, str] = field(default_factory=dict)
    counts: dict[tuple[str, str, str], list[int]] = field(default_factory=dict)
    country_rows: Counter[str] = field(default_factory=Counter)
    file_rows: Counter[str] = field(default_factory=Counter)
    confusions: dict[str, Counter[str]] = field(default_factory=dict)
    samples: dict[str, list[ErrorSample]] = field(default_factory=dict)
    messages: Counter[str] = field(default_factory=Counter)

    def _count(self, scope: str, group: str, j: Judgement) -> None:
        cell = self.counts.setdefault((scope, group, j.field), [0, 0])
        cell[0] += j.correct
        cell[1] += 1

    def add(self, scored: Scored) -> None:
        row = scored.row
        self.rows += 1
        self.country_rows[row.country] += 1
        self.file_rows[row.source] += 1
        self.no_event += not scored.produced_event
        if scored.error is not None:
            self.extraction_errors += 1
            self.messages[scored.error[:120]] += 1
        for j in scored.judgements:
            self.kinds.setdefault(j.field, j.kind)
            self._count("all", "", j)
            self._count("country", row.country, j)
            self._count("file", row.source, j)
            # "No event" is counted once per row above; the error lists show real confusions.
            if j.correct or j.kind == "baseline" or j.predicted == NO_EVENT:
                continue
            key = j.confusion or f"{j.gold} -> {j.predicted}"
            self.confusions.setdefault(j.field, Counter())[key] += 1
            bucket = self.samples.setdefault(j.field, [])
            if len(bucket) < self.errors:
                bucket.append(ErrorSample(row.id, j.gold, j.predicted))

    def _scope(self, scope: str) -> dict[str, dict[str, Accuracy]]:
        out: dict[str, dict[str, Accuracy]] = {}
        for (s, group, name), (k, n) in self.counts.items():
            if s == scope:
                out.setdefault(group, {})[name] = wilson(k, n)
        return out

    def report(
        self,
        fmt: str,
        sources: Iterable[GoldSource],
        skipped: Iterable[tuple[str, str]],
        seconds: float,
    ) -> Report:
        files = tuple(
            FileInfo(str(s.path), s.schema, s.notes, self.file_rows[s.path.name]) for s in sources
        )
        return Report(
            format=fmt,
            files=files,
            skipped=tuple(skipped),
            rows=self.rows,
            no_text=self.no_text,
            no_event=self.no_event,
            extraction_errors=self.extraction_errors,
            seconds=seconds,
            kinds={f: self.kinds[f] for f in sorted(self.kinds, key=field_rank)},
            overall=self._scope("all").get("", {}),
            by_country=self._scope("country"),
            country_rows=dict(self.country_rows.most_common()),
            by_file=self._scope("file") if len(files) > 1 else {},
            confusions={f: tuple(c.most_common(self.errors)) for f, c in self.confusions.items()},
            samples={f: tuple(s) for f, s in self.samples.items()},
            error_messages=tuple(self.messages.most_common(self.errors)),
        )


# --------------------------------------------------------------------------- JSON


def _acc(a: Accuracy) -> dict[str, Any]:
    rate = a.rate
    return {
        "accuracy": round(rate, 4) if rate is not None else None,
        "correct": a.correct,
        "n": a.n,
        "ci95": [round(a.low, 4), round(a.high, 4)],
    }


def to_json(report: Report) -> dict[str, Any]:
    """A machine-readable report; field accuracies keep the report's field order."""
    fields = [f for f, k in report.kinds.items() if k == "field"]
    baselines = [f for f, k in report.kinds.items() if k == "baseline"]
    return {
        "format": report.format,
        "files": [
            {"path": f.path, "schema": f.schema, "notes": list(f.notes), "rows": f.rows}
            for f in report.files
        ],
        "skipped": [{"path": p, "reason": r} for p, r in report.skipped],
        "rows": report.rows,
        "rows_without_text": report.no_text,
        "no_event": report.no_event,
        "extraction_errors": report.extraction_errors,
        "error_messages": [{"message": m, "count": c} for m, c in report.error_messages],
        "seconds": round(report.seconds, 2),
        "fields": {f: _acc(report.overall[f]) for f in fields if f in report.overall},
        "baselines": {f: _acc(report.overall[f]) for f in baselines if f in report.overall},
        "by_country": {
            c: {
                "rows": report.country_rows.get(c, 0),
                "fields": {f: _acc(a) for f, a in report.by_country[c].items()},
            }
            for c in report.country_rows
            if c in report.by_country
        },
        "by_file": {
            name: {f: _acc(a) for f, a in accs.items()} for name, accs in report.by_file.items()
        },
        "confusions": {
            f: [{"confusion": k, "count": n} for k, n in pairs]
            for f, pairs in report.confusions.items()
        },
        "errors": {
            f: [{"id": s.id, "gold": s.gold, "predicted": s.predicted} for s in samples]
            for f, samples in report.samples.items()
        },
    }


# --------------------------------------------------------------------------- rich

_MAX_GROUP_COLUMNS = 8  # countries/files shown side by side in the terminal; JSON has all


def _cell(a: Accuracy | None) -> str:
    return "" if a is None or a.rate is None else f"{a.rate:.2f}"


def _accuracy_table(title: str, report: Report, kind: str) -> Table:
    table = Table(title=title, title_justify="left")
    for column in ("field", "accuracy", "95% CI", "correct", "n"):
        table.add_column(column, justify="left" if column == "field" else "right")
    for name, k in report.kinds.items():
        a = report.overall.get(name)
        if k != kind or a is None:
            continue
        table.add_row(escape(name), _cell(a), f"{a.low:.2f}-{a.high:.2f}", str(a.correct), str(a.n))
    return table


def _group_table(title: str, report: Report, groups: Mapping[str, Mapping[str, Accuracy]],
                 sizes: Mapping[str, int]) -> Table:  # fmt: skip
    shown = sorted(groups, key=lambda g: -sizes.get(g, 0))[:_MAX_GROUP_COLUMNS]
    table = Table(title=title, title_justify="left")
    table.add_column("field")
    for g in shown:
        table.add_column(f"{escape(g)}\n(n={sizes.get(g, 0)})", justify="right")
    for name, k in report.kinds.items():
        if k == "field":
            table.add_row(escape(name), *(_cell(groups[g].get(name)) for g in shown))
    return table


def render(report: Report, console: Console) -> None:
    """Human-readable report: files, overall accuracy, baselines, per country, worst errors."""
    if len(report.files) == 1:
        f = report.files[0]
        console.print(f"[bold]{escape(f.path)}[/bold]: {escape(f.schema)}, {f.rows} rows scored")
    else:
        table = Table(title="Files", title_justify="left")
        for column in ("file", "schema", "rows"):
            table.add_column(column, justify="right" if column == "rows" else "left")
        for f in report.files:
            table.add_row(escape(f.path), escape(f.schema), str(f.rows))
        console.print(table)
    for note in dict.fromkeys(n for f in report.files for n in f.notes):
        console.print(f"  note: {escape(note)}")
    for path, reason in report.skipped:
        # The reason names the file already.
        console.print(f"[yellow]skipped[/yellow] {escape(reason if path in reason else path + ': ' + reason)}")
    rate = report.rows / report.seconds if report.seconds > 0 else 0.0
    console.print(
        f"{report.rows} rows in {report.seconds:.1f} s ({rate:.1f} rows/s); no event produced: "
        f"{report.no_event}; extraction errors: {report.extraction_errors}"
        + (f"; rows without text (not scored): {report.no_text}" if report.no_text else "")
    )
    for message, count in report.error_messages:
        console.print(f"  error x{count}: {escape(message)}")
    if not report.rows:
        return
    console.print(_accuracy_table("Accuracy (primary event vs coded row)", report, "field"))
    if any(k == "baseline" for k in report.kinds.values()):
        console.print(_accuracy_table("Baselines without extraction", report, "baseline"))
    if len(report.by_country) > 1:
        console.print(_group_table("By country", report, report.by_country, report.country_rows))
    if len(report.by_file) > 1:
        sizes = {f.path.rsplit("/", 1)[-1]: f.rows for f in report.files}
        console.print(_group_table("By file", report, report.by_file, sizes))
    if report.confusions:
        table = Table(title="Most frequent errors", title_justify="left")
        for column in ("field", "gold -> predicted", "count"):
            table.add_column(column, justify="right" if column == "count" else "left")
        for name in report.kinds:
            for key, count in report.confusions.get(name, ()):
                table.add_row(escape(name), escape(key), str(count))
        console.print(table)
        table = Table(title="Sample errors (row id, gold, predicted)", title_justify="left")
        for column in ("field", "row id", "gold", "predicted"):
            table.add_column(column)
        for name in report.kinds:
            for s in report.samples.get(name, ()):
                table.add_row(*(escape(v) for v in (name, s.id, s.gold, s.predicted)))
        console.print(table)


__all__ = ["ErrorSample", "FileInfo", "Report", "Tally", "render", "to_json"]
