"""Stream a JSONL file of articles through the pipeline: one output line per input line, in order.

A line that cannot be read (bad JSON, bad UTF-8, no ``text``, a malformed date) becomes an error
record in its place and the batch goes on; so does an article the pipeline cannot code.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .inputs import SKIPPED_CODES, parse_published
from .records import Article, ArticleInfo, ArticleResult, Problem, to_dict

Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]


@dataclass(frozen=True, slots=True)
class BadLine:
    """An input line that could not become an Article."""

    line: int
    id: str
    problem: Problem


@dataclass
class BatchSummary:
    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    events: int = 0
    claims: int = 0
    duplicates: list[str] = field(default_factory=list)

    def add(self, result: ArticleResult) -> None:
        self.total += 1
        if result.error is None:
            self.ok += 1
            self.events += len(result.events)
            self.claims += len(result.claims)
        elif result.error.code in SKIPPED_CODES:
            self.skipped += 1
        else:
            self.failed += 1


def read_articles(lines: Iterable[bytes]) -> Iterator[Article | BadLine]:
    """Articles from JSONL lines given as bytes (so that one undecodable line is one error)."""
    seen: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        article_id = f"line-{number}"
        try:
            data = _object_from_line(raw)
            if data.get("id") not in (None, ""):
                article_id = str(data["id"])
            article = _article_from_object(data, article_id)
        except InputError as exc:
            yield BadLine(number, article_id, Problem(exc.code, f"line {number}: {exc}"))
            continue
        if article.id in seen:
            yield BadLine(
                number,
                article.id,
                Problem("duplicate_id", f"line {number}: article id {article.id!r} was already used "
                        "earlier in this file; give each article a unique id"),
            )
            continue
        seen.add(article.id)
        yield article


def _object_from_line(raw: bytes) -> dict[str, Any]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid UTF-8 (byte {raw[exc.start]:#04x} at position {exc.start}); re-encode the file as UTF-8",
            code="bad_encoding",
        ) from None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg} at column {exc.colno})", code="bad_json") from None
    if not isinstance(data, dict):
        raise InputError("expected a JSON object with at least a \"text\" field", code="bad_json")
    return data


def _article_from_object(data: dict[str, Any], article_id: str) -> Article:
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError("the object has no \"text\" string field", code="missing_text")
    return Article(
        id=article_id,
        text=text,
        title=_optional_str(data.get("title")),
        published=parse_published(data.get("published")),
        outlet=_optional_str(data.get("outlet")),
        url=_optional_str(data.get("url")),
        country=_optional_str(data.get("country")),
    )


def _optional_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def failed_line(bad: BadLine) -> ArticleResult:
    return ArticleResult(
        article=ArticleInfo(id=bad.id, title=None, published=None, outlet=None, url=None), error=bad.problem
    )


def run_batch(items: Iterable[Article | BadLine], extract: Extractor) -> Iterator[ArticleResult]:
    """Results for every input item in order; articles go to ``extract`` as one stream."""
    pending: list[Article | BadLine] = []

    def articles() -> Iterator[Article]:
        for item in items:
            pending.append(item)
            if isinstance(item, Article):
                yield item

    results = extract(articles())
    for result in results:
        # every BadLine queued before this article's position is emitted first, in order
        while pending and isinstance(pending[0], BadLine):
            yield failed_line(pending.pop(0))  # type: ignore[arg-type]
        pending.pop(0)
        yield result
    while pending:
        item = pending.pop(0)
        if isinstance(item, BadLine):
            yield failed_line(item)


def result_line(result: ArticleResult) -> str:
    data = to_dict(result)
    if result.error is None:
        data.pop("error")
    return json.dumps(data, ensure_ascii=False)


def write_atomically(path: Path) -> IO[str]:
    """Open ``path.part`` for writing; ``finish_atomic_write`` renames it once complete.

    A killed process leaves a ``.part`` file, never a results file that looks complete but is not.
    """
    return open(path.with_name(path.name + ".part"), "w", encoding="utf-8")


def finish_atomic_write(handle: IO[str], path: Path) -> None:
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    os.replace(path.with_name(path.name + ".part"), path)
