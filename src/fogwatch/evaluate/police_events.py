"""Score whole real articles against the India Police Events corpus (Halterman et al., 2021).

Why this corpus: ACLED notes and GTD summaries are coders' clean one-paragraph summaries; these are
full Times of India reports of March 2002, lower-cased, with the page furniture left in. They measure
how fogwatch holds up on real news prose. Each document is labelled with what the police did in it:
KILL, ARREST, FORCE, FAIL (failed to act) and ANY_ACTION.

How an extraction result is read as labels (document level, any event of the article counts):

- an event "involves the police" when actor1 or actor2 is a "Police Forces of ..." actor;
- KILL: an event involving the police as actor1 with fatalities > 0 (ACLED codes the police as
  actor1 when they open fire on protesters or attack suspects);
- ARREST: an event of sub-event type "Arrests" (ACLED codes arrests as a strategic development);
- FORCE: the police used force: they are actor1 of an event other than "Arrests" (they fired on,
  charged or attacked someone), a side of an "Armed clash", or the event is a "Protest with
  intervention" or "Excessive force against protesters" with the police in it. The police as the
  target of a riot or an attack is not force by the police;
- ANY_ACTION: any event involving the police;
- FAIL is not predicted: fogwatch codes what happened, not what did not; it is reported as gold
  counts only.

Scores are precision, recall and F1 per label over documents. The publication date passed to
extraction is the corpus' ``date`` (metadata.csv), and the country is passed as India (the
Times of India's city desks).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..records import Article, ArticleResult, Event

LABELS = ("KILL", "ARREST", "FORCE", "ANY_ACTION")
UNSCORED = ("FAIL",)
_FORCE_SUB_TYPES = {"Armed clash", "Protest with intervention", "Excessive force against protesters"}


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    published: dt.date | None
    labels: frozenset[str]


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    gold: int
    predicted: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class PoliceEventsReport:
    documents: int
    seconds: float
    errors: int
    scores: tuple[LabelScore, ...]
    unscored: tuple[tuple[str, int], ...]  # label -> gold documents

    def to_text(self) -> str:
        lines = [
            f"India Police Events: {self.documents} documents in {self.seconds:.1f} s; "
            f"extraction errors: {self.errors}",
            f"{'label':<12}{'gold':>6}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}",
        ]
        for s in self.scores:
            lines.append(
                f"{s.label:<12}{s.gold:>6}{s.predicted:>6}{s.precision:>7.2f}{s.recall:>7.2f}{s.f1:>7.2f}"
            )
        for label, gold in self.unscored:
            lines.append(f"{label:<12}{gold:>6}  (not predicted: fogwatch codes what happened)")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return {
            "format": "police-events",
            "documents": self.documents,
            "seconds": round(self.seconds, 2),
            "extraction_errors": self.errors,
            "labels": {
                s.label: {"gold": s.gold, "predicted": s.predicted, "correct": s.correct,
                          "precision": round(s.precision, 4), "recall": round(s.recall, 4),
                          "f1": round(s.f1, 4)}
                for s in self.scores
            },
            "unscored": dict(self.unscored),
        }


# --------------------------------------------------------------------------- reading


def _dates(directory: Path) -> dict[str, dt.date]:
    """doc_id -> publication date from metadata.csv (its full_text column is not needed)."""
    path = directory / "metadata.csv"
    if not path.exists():
        return {}
    csv.field_size_limit(1 << 26)
    dates: dict[str, dt.date] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            try:
                dates[str(record["doc_id"])] = dt.date.fromisoformat(record["date"])
            except (KeyError, ValueError):
                continue
    return dates


def load_documents(path: Path, limit: int | None = None) -> list[Document]:
    """The corpus' documents from its directory (docs.jsonl + metadata.csv) or docs.jsonl itself."""
    directory = path if path.is_dir() else path.parent
    docs_path = path / "docs.jsonl" if path.is_dir() else path
    if not docs_path.exists():
        raise InputError(f"{docs_path}: not found; expected the India Police Events docs.jsonl")
    dates = _dates(directory)
    documents: list[Document] = []
    with docs_path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id, text = str(record["doc_id"]), record["doc_text"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(
                    f"{docs_path}:{number}: not a document record with doc_id and doc_text ({exc})"
                ) from None
            documents.append(Document(doc_id, text, dates.get(doc_id), frozenset(record.get("doc_labels") or ())))
            if limit is not None and len(documents) >= limit:
                break
    return documents


# --------------------------------------------------------------------------- scoring


def _is_police(actor: str | None) -> bool:
    return bool(actor) and actor.startswith("Police Forces of")  # type: ignore[union-attr]


def predicted_labels(events: Iterable[Event]) -> frozenset[str]:
    """The labels an article's events imply (rules in the module docstring)."""
    labels: set[str] = set()
    for event in events:
        if event.sub_event_type == "Arrests":
            labels.add("ARREST")
        if not (_is_police(event.actor1) or _is_police(event.actor2)):
            continue
        labels.add("ANY_ACTION")
        if event.sub_event_type in _FORCE_SUB_TYPES or (
            _is_police(event.actor1) and event.sub_event_type != "Arrests"
        ):
            labels.add("FORCE")
        if _is_police(event.actor1) and (event.fatalities or 0) > 0:
            labels.add("KILL")
    return frozenset(labels)


def score(pairs: Iterable[tuple[frozenset[str], frozenset[str]]]) -> tuple[LabelScore, ...]:
    """Per-label document counts from (gold, predicted) label sets."""
    gold = dict.fromkeys(LABELS, 0)
    pred = dict.fromkeys(LABELS, 0)
    hit = dict.fromkeys(LABELS, 0)
    for g, p in pairs:
        for label in LABELS:
            gold[label] += label in g
            pred[label] += label in p
            hit[label] += label in g and label in p
    return tuple(LabelScore(label, gold[label], pred[label], hit[label]) for label in LABELS)


Extractor = Callable[[Iterable[Article]], Iterator[ArticleResult]]


def evaluate_police_events(path: Path, extractor: Extractor, limit: int | None = None) -> PoliceEventsReport:
    documents = load_documents(path, limit)
    articles = (Article(id=d.id, text=d.text, published=d.published, country="India") for d in documents)
    start = time.perf_counter()
    pairs: list[tuple[frozenset[str], frozenset[str]]] = []
    errors = 0
    results: Sequence[ArticleResult] | Iterator[ArticleResult] = extractor(articles)
    for document, result in zip(documents, results, strict=True):
        if result.article.id != document.id:
            raise InputError(f"results out of order: expected {document.id!r}, got {result.article.id!r}")
        errors += result.error is not None
        pairs.append((document.labels, predicted_labels(result.events)))
    unscored = tuple((label, sum(label in d.labels for d in documents)) for label in UNSCORED)
    return PoliceEventsReport(len(documents), time.perf_counter() - start, errors, score(pairs), unscored)


__all__ = ["Document", "LabelScore", "PoliceEventsReport", "evaluate_police_events", "load_documents",
           "predicted_labels", "score"]
