"""``fogwatch eval``: run extraction over coded datasets (ACLED, GTD) and score it field by field.

The harness streams: gold rows are read lazily, turned into ``Article``s, fed to an extractor that
yields one ``ArticleResult`` per article in input order, and each result is scored against its row
as it arrives, so memory does not grow with the file and the first numbers come early.

Format modules (``acled``, ``gtd``) provide ``open_source(path) -> GoldSource`` and a
``score(row, event) -> tuple[Judgement, ...]``; ``report`` aggregates judgements.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import itertools
import random
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fogwatch.errors import DataFileError, FogwatchError
from fogwatch.records import Article, ArticleResult, Event

if TYPE_CHECKING:
    from fogwatch.evaluate.report import Report

Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]
GoldValue = str | int | float | dt.date | None


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One coded row: the text to extract from and the coded values to score against."""

    id: str
    text: str
    published: dt.date | None
    country: str
    gold: Mapping[str, GoldValue]
    source: str = ""  # file name, for per-file breakdowns of a directory run


@dataclass(frozen=True, slots=True)
class GoldSource:
    """A readable gold file: what schema it uses and how to stream its rows."""

    path: Path
    format: str  # acled | gtd
    schema: str  # e.g. "ACLED 2020", "ACLED 2016 API (old taxonomy)"
    notes: tuple[str, ...]  # what is not scored, and why
    rows: Callable[[], Iterator[GoldRow]]
    score: Scorer


@dataclass(frozen=True, slots=True)
class Judgement:
    """One field of one row, scored. ``kind`` is "field" for fogwatch's output, "baseline" for a
    reference computed without fogwatch (always-0 fatalities, the text's own number)."""

    field: str
    gold: str
    predicted: str
    correct: bool
    confusion: str | None = None  # grouping key for the error list; "gold -> predicted" if None
    kind: str = "field"


# Judges one row against the primary event (None: no event produced).
Scorer = Callable[[GoldRow, Event | None], tuple[Judgement, ...]]


@dataclass(frozen=True, slots=True)
class Selection:
    """Which rows to evaluate: a country filter, then a sample, then a limit."""

    countries: tuple[str, ...] = ()
    sample: int | None = None
    seed: int = 0
    stratified: bool = True
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class Scored:
    """One row's outcome, as the report aggregates it."""

    row: GoldRow
    judgements: tuple[Judgement, ...]
    produced_event: bool
    error: str | None = None


NO_EVENT = "(no event)"

# Report order of fields (ACLED, then GTD); a baseline follows the field it is a baseline for.
FIELD_ORDER = (
    "event_type", "sub_event_type", "country", "admin1", "admin2", "location", "actors", "actor1",
    "event_date", "time_precision", "geo_precision", "coordinates <= 25 km", "fatalities",
    "province", "city", "perpetrator", "killed",
)  # fmt: skip


def field_rank(name: str) -> tuple[int, bool, str]:
    """Sort key putting fields in ``FIELD_ORDER``, variants ("fatalities vs text number") after
    their base field and the "(gold > 0)" subsets after those, unknown fields last."""
    subset = "(gold > 0)" in name
    for i, base in enumerate(FIELD_ORDER):
        if name == base or name.startswith(base + " ") or name.startswith(base + ":"):
            return i, subset, name
    return len(FIELD_ORDER), subset, name


def display(value: object) -> str:
    """How a gold or predicted value is shown in a report (empty for missing)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    return str(value)


# --------------------------------------------------------------------------- CSV


def _encoding(path: Path) -> str:
    """UTF-8 (with or without BOM) unless the first megabyte is not UTF-8; then cp1252, which is
    what spreadsheet programs write when they re-save an export."""
    with path.open("rb") as fh:
        head = fh.read(1 << 20)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8-sig"


def csv_dicts(path: Path) -> tuple[list[str], Iterator[dict[str, str]]]:
    """Header (lower-cased, trimmed) and a lazy stream of rows keyed by it.

    Lower-casing makes upper-case exports (``EVENT_DATE``) read like the others; a real CSV
    parser handles quoted commas and newlines; a BOM is dropped by the codec.
    """
    if not path.is_file():
        raise DataFileError(f"{path}: no such file; give a CSV file or a directory of them")
    encoding = _encoding(path)
    # Notes fields can be long; the default 128 kB cap would stop on a legitimate row.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(newline="", encoding=encoding, errors="replace") as fh:
        header_row = next(csv.reader(fh), None)
    if not header_row:
        raise DataFileError(f"{path}: the file is empty; expected a CSV with a header row")
    header = [h.strip().lstrip("\ufeff").lower() for h in header_row]

    def rows() -> Iterator[dict[str, str]]:
        with path.open(newline="", encoding=encoding, errors="replace") as fh:
            reader = csv.reader(fh)
            next(reader, None)
            for values in reader:
                if not any(v.strip() for v in values):
                    continue  # blank lines at the end of hand-edited files
                yield {h: (values[i] if i < len(values) else "") for i, h in enumerate(header)}

    return header, rows()


def first(record: Mapping[str, str], *names: str) -> str:
    """The first non-empty value among columns ``names`` (schemas rename columns)."""
    for name in names:
        value = record.get(name, "").strip()
        if value:
            return value
    return ""


def to_int(value: str) -> int | None:
    """ "3", "3.0", " 3 " -> 3; blank or not a number -> None."""
    try:
        return int(float(value.replace(",", "")))
    except (ValueError, OverflowError):  # blank, text, "inf"
        return None


def to_float(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


# --------------------------------------------------------------------------- selection


def _wanted(row: GoldRow, countries: Sequence[str]) -> bool:
    return not countries or row.country.casefold() in {c.casefold() for c in countries}


def _stratified(rows: list[GoldRow], n: int, rng: random.Random) -> list[GoldRow]:
    """Proportional allocation per country (largest remainder), at least one row per country
    while there is room, so small countries still show up in per-country tables."""
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(row.country, []).append(i)
    total = len(rows)
    quotas = {c: n * len(ix) / total for c, ix in groups.items()}
    alloc = {c: min(len(groups[c]), int(q)) for c, q in quotas.items()}
    order = sorted(groups, key=lambda c: (alloc[c] > 0, -(quotas[c] - int(quotas[c]))))
    while sum(alloc.values()) < n:
        grew = False
        for c in order:
            if sum(alloc.values()) >= n:
                break
            if alloc[c] < len(groups[c]):
                alloc[c] += 1
                grew = True
        if not grew:
            break
    chosen = sorted(i for c, ix in groups.items() for i in rng.sample(ix, alloc[c]))
    return [rows[i] for i in chosen]


def select(rows: Iterable[GoldRow], selection: Selection) -> Iterator[GoldRow]:
    """Apply country filter, sample and limit. Without ``sample`` nothing is held in memory."""
    stream = (r for r in rows if _wanted(r, selection.countries))
    if selection.sample is not None:
        pool = list(stream)
        rng = random.Random(selection.seed)
        if selection.sample >= len(pool):
            chosen = pool
        elif selection.stratified:
            chosen = _stratified(pool, selection.sample, rng)
        else:
            picked = sorted(rng.sample(range(len(pool)), selection.sample))
            chosen = [pool[i] for i in picked]
        stream = iter(chosen)
    for i, row in enumerate(stream):
        if selection.limit is not None and i >= selection.limit:
            return
        yield row


# --------------------------------------------------------------------------- the loop


def article_for(row: GoldRow, *, country_hint: bool = False) -> Article:
    """The article for a gold row. With ``country_hint`` the row's country is passed as the article's
    country, as a country desk's feed would know it (coders' notes rarely name their own country)."""
    return Article(id=row.id, text=row.text, published=row.published,
                   country=row.country if country_hint and row.country else None)


def run(
    rows: Iterable[tuple[GoldRow, Scorer]],
    extractor: Extractor,
    *,
    country_hint: bool = False,
) -> Iterator[Scored]:
    """Score each ``(row, scorer)`` against the extractor's result for it, streaming.

    Rows waiting for their result sit in a queue, so an extractor that reads ahead (batches)
    still lines up; a result whose article id is not the next row's is a bug in the extractor
    and stops the run rather than silently mis-scoring every later row.
    """
    pending: deque[tuple[GoldRow, Scorer]] = deque()

    def articles() -> Iterator[Article]:
        for row, scorer in rows:
            pending.append((row, scorer))
            yield article_for(row, country_hint=country_hint)

    for result in extractor(articles()):
        if not pending:
            raise FogwatchError("the extractor returned more results than it was given articles")
        row, scorer = pending.popleft()
        if result.article.id != row.id:
            raise FogwatchError(
                f"the extractor returned results out of order: expected article {row.id!r}, "
                f"got {result.article.id!r}; extract_many must yield results in input order"
            )
        event = result.events[0] if result.events else None
        error = result.error.message if result.error is not None else None
        yield Scored(row, scorer(row, event), event is not None, error)
    if pending:
        raise FogwatchError(
            f"the extractor stopped early: no result for {len(pending)} article(s), "
            f"first {pending[0][0].id!r}"
        )


def open_source(path: Path, fmt: str) -> GoldSource:
    """The reader for ``fmt`` ("acled" or "gtd") applied to one CSV file."""
    if fmt == "acled":
        from fogwatch.evaluate.acled import open_acled

        return open_acled(path)
    if fmt == "gtd":
        from fogwatch.evaluate.gtd import open_gtd

        return open_gtd(path)
    raise FogwatchError(f"unknown evaluation format {fmt!r}; use acled, gtd or polnear")


def evaluate(
    path: Path,
    fmt: str,
    extractor: Extractor,
    selection: Selection = Selection(),
    *,
    errors: int = 5,
    country_hint: bool = False,
) -> Report:
    """Score ``extractor`` on one CSV file or every CSV under a directory, as one report with
    per-country and per-file breakdowns. Files that cannot be read as ``fmt`` are skipped with
    their reason (a directory may hold other files); if none can be read, the error is raised.
    Rows with empty text are not sent to the extractor; the report counts them.
    """
    from fogwatch.evaluate.report import Tally  # report imports this module

    files = csv_files(path)
    if not files:
        raise DataFileError(f"{path}: no CSV files found")
    sources: list[GoldSource] = []
    skipped: list[tuple[str, str]] = []
    for file in files:
        try:
            sources.append(open_source(file, fmt))
        except DataFileError as err:
            if len(files) == 1:
                raise
            skipped.append((str(file), str(err)))
    if not sources:
        reason = skipped[0][1]
        raise DataFileError(f"{path}: none of the {len(files)} CSV files reads as {fmt}: {reason}")
    # Selection spans all files (a --limit or --sample is for the whole run); rows keep their
    # file's scorer.
    scorers = {s.path.name: s.score for s in sources}
    chosen = select(itertools.chain.from_iterable(s.rows() for s in sources), selection)
    tally = Tally(errors=errors)

    def rows() -> Iterator[tuple[GoldRow, Scorer]]:
        for row in chosen:
            if not row.text.strip():
                tally.no_text += 1  # a coded row without text measures nothing about extraction
                continue
            yield row, scorers.get(row.source, sources[0].score)

    started = time.perf_counter()
    for scored in run(rows(), extractor, country_hint=country_hint):
        tally.add(scored)
    return tally.report(fmt, sources, skipped, time.perf_counter() - started)


def csv_files(path: Path) -> list[Path]:
    """A CSV file, or every CSV under a directory (sorted, recursive)."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*.csv") if p.is_file())
    return [path]


__all__ = [
    "FIELD_ORDER",
    "NO_EVENT",
    "Extractor",
    "GoldRow",
    "GoldSource",
    "GoldValue",
    "Judgement",
    "Scored",
    "Scorer",
    "Selection",
    "article_for",
    "csv_dicts",
    "csv_files",
    "display",
    "evaluate",
    "field_rank",
    "first",
    "open_source",
    "run",
    "select",
    "to_float",
    "to_int",
]
