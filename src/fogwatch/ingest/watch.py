"""Poll feeds, ingest what is new, and tell the user (stdout lines, an optional JSON webhook).

Entries already read are skipped by their feed key before any link is fetched; an entry whose fetch
failed for a passing reason (timeout, unreachable, 5xx) is tried again at the next poll. A stop
request (Ctrl-C, SIGTERM) ends the current poll after the article being extracted and leaves no
half-written article, since each article is stored in one transaction.
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import FogwatchError, InputError
from ..records import ArticleInfo, ArticleResult, Claim, Contradiction, Event, to_dict
from .fetch import Fetcher
from .run import FAILED, NEAR_DUPLICATE, NEW, IngestCounts, Ingester, Outcome
from .sources import EntryRef, read_sources

_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr|d)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "90", "30s", "10m", "1.5h", "1d"."""
    match = _INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"cannot read the interval {text!r}; write it like 30s, 10m or 1h", code="bad_interval")
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


@dataclass(frozen=True, slots=True)
class Notice:
    """One thing worth telling the user: a newly stored event or contradiction."""

    kind: str  # event | contradiction
    article: ArticleInfo
    data: dict[str, Any]  # the event, or the contradiction with its two claims, as JSON-ready dicts

    def line(self) -> str:
        where = f"[{self.article.outlet or '?'}: {self.article.id}]"
        if self.kind == "event":
            d = self.data
            actors = " vs ".join(a for a in (d.get("actor1"), d.get("actor2")) if a) or "unknown actors"
            place = ", ".join(p for p in (d.get("location"), d.get("admin1"), d.get("country")) if p) or "?"
            return (f"event {d.get('event_date') or '????-??-??'} {d['event_type']} / {d['sub_event_type']}: "
                    f"{actors} in {place}; fatalities {d['fatalities']} {where}")
        return f"contradiction ({self.data['kind']}): {self.data['explanation']} {where}"

    def payload(self) -> dict[str, Any]:
        return {"type": self.kind, "article": to_dict(self.article), self.kind: self.data}


def notices(result: ArticleResult) -> Iterator[Notice]:
    events: Sequence[Event] = result.events
    for event in events:
        yield Notice("event", result.article, to_dict(event))
    claims: dict[str, Claim] = {c.id: c for c in result.claims}
    for contradiction in result.contradictions:
        yield Notice("contradiction", result.article, _contradiction(contradiction, claims))


def _contradiction(c: Contradiction, claims: dict[str, Claim]) -> dict[str, Any]:
    data: dict[str, Any] = to_dict(c)
    data["claim_texts"] = [claims[i].content.text if i in claims else None for i in c.claims]
    return data


ExtraNotices = Callable[[list[Outcome]], Iterable[Notice]]


class Watcher:
    """Polls ``feeds``; ``extra`` may add notices after each poll (cross-article contradictions)."""

    def __init__(self, feeds: Sequence[str], *, ingester: Ingester, fetcher: Fetcher,
                 say: Callable[[str], None], warn: Callable[[str], None], webhook: str | None = None,
                 extra: ExtraNotices | None = None) -> None:
        self.feeds = list(feeds)
        self.ingester = ingester
        self.fetcher = fetcher
        self.say = say
        self.warn = warn
        self.webhook = webhook
        self.extra = extra

    def poll(self, stop: threading.Event | None = None) -> IngestCounts:
        sink = self.ingester.sink

        def seen(ref: EntryRef) -> bool:
            return sink.has_seen_entry(ref.feed, ref.key)

        stored: list[Outcome] = []

        def on_outcome(outcome: Outcome) -> None:
            if outcome.status == FAILED:
                self.warn(outcome.message)
            elif outcome.status in (NEW, NEAR_DUPLICATE) and outcome.result is not None:
                stored.append(outcome)
                # a syndicated copy's events were already announced with the first copy
                if outcome.status == NEW:
                    self._announce(notices(outcome.result))

        items = read_sources(self.feeds, fetcher=self.fetcher, skip_entry=seen)
        counts = self.ingester.run(items, on_outcome=on_outcome,
                                   should_stop=(stop.is_set if stop is not None else None))
        if self.extra is not None and stored:
            self._announce(self.extra(stored))
        return counts

    def run(self, every: float, *, once: bool = False, stop: threading.Event | None = None) -> IngestCounts:
        """Poll until ``stop`` is set (or once); returns the counts over all polls."""
        stop = stop or threading.Event()
        total = IngestCounts()
        while not stop.is_set():
            counts = self.poll(stop)
            for name in ("new", "near_duplicate", "duplicate", "failed", "skipped", "events", "contradictions"):
                setattr(total, name, getattr(total, name) + getattr(counts, name))
            total.aborted = counts.aborted
            if counts.aborted:
                self.warn(counts.aborted)
            if once:
                break
            stop.wait(every)
        return total

    def _announce(self, items: Iterable[Notice]) -> None:
        for notice in items:
            self.say(notice.line())
            if self.webhook:
                try:
                    self.fetcher.post_json(self.webhook, notice.payload())
                except FogwatchError as exc:
                    self.warn(f"webhook: {exc}")


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[threading.Event]:
    """Set ``stop`` on SIGINT or SIGTERM while inside the block (main thread only), then restore."""
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def handle(signum: int, frame: object) -> None:
        if stop.is_set():
            # a second Ctrl-C means "now": give up on the article in progress (its transaction
            # is rolled back, so nothing half-written stays)
            raise KeyboardInterrupt
        stop.set()

    for sig in previous:
        signal.signal(sig, handle)
    try:
        yield stop
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
