"""Frozen record types of fogwatch's output, and their JSON round trip.

Field names follow the output contract in the project guide (ACLED's names for events); a field may
be added, never renamed. ``to_dict``/``from_dict`` are exact inverses: ``from_dict(to_dict(r)) == r``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into the article text as given."""

    start: int
    end: int

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Evidence:
    """Characters of the article that support one field of a record."""

    start: int
    end: int
    field: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    # The country the report is about, when the caller knows it (a country desk's feed, a dateline
    # parsed upstream): used to read ambiguous place names, never copied into an event unchecked.
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event: one type, one day, one location."""

    id: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str | None
    inter1: int | None
    actor2: str | None
    inter2: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    evidence: tuple[Evidence, ...] = ()
    assoc_actor_1: str | None = None
    assoc_actor_2: str | None = None
    interaction: int | None = None
    notes: str = ""
    date_note: str | None = None


@dataclass(frozen=True, slots=True)
class TextSpan:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    text: str
    start: int
    end: int
    name: str | None
    role: str | None
    affiliation: str | None
    kind: str  # person | organization | anonymous | outlet | pronoun
    antecedent: TextSpan | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    value: int | None
    low: int | None
    high: int | None
    approximate: str | None  # the vague word ("dozens", "heavy") when there is one
    unit: str | None  # people killed, people wounded, equipment, districts, ...
    whose: str | None  # actor whose losses these are


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    content: TextSpan
    cue: TextSpan | None
    speaker: Speaker | None
    quote_type: str  # direct | indirect | mixed | according_to | reported
    party: str | None
    channel: str | None
    reported_via: tuple[str, ...]
    evidence_status: str  # none_stated | explicitly_none | claimed | verified
    topic: str
    quantity: Quantity | None
    event_id: str | None
    speaker_note: str | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    claims: tuple[str, str]
    kind: str
    explanation: str


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    id: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an article could not be processed, or what limits its result."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ArticleResult:
    article: ArticleInfo
    events: tuple[Event, ...] = ()
    claims: tuple[Claim, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    language: str | None = "en"
    warnings: tuple[Problem, ...] = ()
    error: Problem | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- JSON round trip


def to_dict(record: Any) -> Any:
    """A JSON-ready value for a record: dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (tuple, list)):
        return [to_dict(v) for v in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def _hints(cls: type) -> dict[str, Any]:
    import typing

    return typing.get_type_hints(cls)


def _from_value(tp: Any, value: Any) -> Any:
    import types
    import typing

    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _from_value(args[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_from_value(args[0], v) for v in value)
        return tuple(_from_value(a, v) for a, v in zip(args, value, strict=True))
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a record of type ``cls`` from ``to_dict`` output; unknown keys are ignored."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _from_value(hints[f.name], data[f.name])
    return cls(**kwargs)


def result_to_json_dict(result: ArticleResult) -> dict[str, Any]:
    """The contract shape of one output line (see the guide's output contract)."""
    return to_dict(result)


__all__ = [
    "Article",
    "ArticleInfo",
    "ArticleResult",
    "Claim",
    "Contradiction",
    "Event",
    "Evidence",
    "Problem",
    "Quantity",
    "Span",
    "Speaker",
    "TextSpan",
    "from_dict",
    "to_dict",
]
