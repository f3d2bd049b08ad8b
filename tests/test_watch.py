"""``watch``: polls feeds through httpx.MockTransport (no network), reports new events and
contradictions once, retries passing failures, posts to a webhook and stops on SIGINT."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterable, Iterator

import httpx
import pytest
from click.testing import CliRunner

from fogwatch import cli_ingest
from fogwatch.errors import InputError
from fogwatch.ingest import Fetcher, Ingester, MemorySink
from fogwatch.ingest.watch import Watcher, notices, parse_interval, stop_on_signals
from fogwatch.records import Article, ArticleInfo, ArticleResult, Contradiction, Event

STORY = (
    "Fighting broke out on Thursday night in the Varsa valley between government troops and fighters "
    "of the Northern Front, the provincial governor said on Friday. The governor said twelve fighters "
    "were killed and four soldiers wounded in the clashes near the district centre of Kolam, which "
    "lasted until the early hours of the morning. A spokesman for the Northern Front denied the figures "
    "and said the group had pushed the troops back from two villages on the eastern side of the river. "
    "Neither side offered evidence for its claims, and the valley remained cut off from the telephone "
    "network, making the accounts impossible to verify independently."
)
PROTEST = (
    "Police in the port city of Selmar arrested thirty protesters on Tuesday after a march against fuel "
    "prices turned violent, a police statement said. Demonstrators threw stones at officers outside the "
    "ministry of energy and set two cars on fire before riot police dispersed the crowd with tear gas."
)


def event(article: Article) -> Event:
    return Event(
        id="e1", event_date=None, time_precision=None, event_type="Battles", sub_event_type="Armed clash",
        actor1="Side A", inter1=1, actor2="Side B", inter2=2, country="Testland", admin1="Varsa",
        admin2=None, location="Kolam", latitude=None, longitude=None, geo_precision=None,
        fatalities=0, fatalities_low=0, fatalities_best=0, fatalities_high=12,
    )


class FakeExtractor:
    """One event per article; a contradiction when the text reports a denial."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            self.seen.append(article.id)
            info = ArticleInfo(article.id, article.title, article.published, article.outlet, article.url)
            contradictions = ((Contradiction(("c1", "c2"), "casualties", "12 killed vs denied"),)
                              if "denied" in article.text else ())
            yield ArticleResult(article=info, events=(event(article),), contradictions=contradictions)


class Web:
    """A fake web: feeds, pages and a webhook, with a log of every request."""

    def __init__(self) -> None:
        self.feeds: dict[str, list[tuple[str, str]]] = {"/feed": [("a", "/a.html")]}
        self.pages: dict[str, str] = {"/a.html": STORY, "/b.html": PROTEST}
        self.failing: dict[str, int] = {}  # path -> status to answer once
        self.requests: list[str] = []
        self.posted: list[dict] = []
        self.webhook_status = 200

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(path)
        if request.method == "POST":
            self.posted.append(json.loads(request.content))
            return httpx.Response(self.webhook_status)
        if path in self.failing:
            return httpx.Response(self.failing.pop(path))
        if path in self.feeds:
            items = "".join(f"<item><guid>{g}</guid><title>{g}</title><link>http://news.test{link}</link></item>"
                            for g, link in self.feeds[path])
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>'
            return httpx.Response(200, headers={"Content-Type": "application/rss+xml"}, content=body.encode())
        if path in self.pages:
            paragraphs = "".join(f"<p>{line}</p>" for line in self.pages[path].splitlines())
            html = f"<html><head><title>t</title></head><body><article>{paragraphs}</article></body></html>"
            return httpx.Response(200, headers={"Content-Type": "text/html; charset=utf-8"}, content=html.encode())
        return httpx.Response(404)


@pytest.fixture
def web() -> Web:
    return Web()


def make_watcher(web: Web, sink: MemorySink, lines: list[str], warnings: list[str],
                 webhook: str | None = None) -> Watcher:
    fetcher = Fetcher(transport=httpx.MockTransport(web))
    return Watcher(["http://news.test/feed"], ingester=Ingester(sink, FakeExtractor()), fetcher=fetcher,
                   say=lines.append, warn=warnings.append, webhook=webhook)


def test_new_items_are_reported_once(web: Web) -> None:
    sink, lines, warnings = MemorySink(), [], []
    watcher = make_watcher(web, sink, lines, warnings, webhook="http://hooks.test/fogwatch")
    counts = watcher.poll()
    assert counts.new == 1 and warnings == []
    assert len(lines) == 2
    assert lines[0].startswith("event ????-??-?? Battles / Armed clash: Side A vs Side B in Kolam, Varsa, Testland")
    assert lines[1].startswith("contradiction (casualties): 12 killed vs denied")
    assert [p["type"] for p in web.posted] == ["event", "contradiction"]
    assert web.posted[0]["event"]["location"] == "Kolam" and web.posted[0]["article"]["id"].endswith("/a.html")

    web.requests.clear()
    counts = watcher.poll()
    assert counts.total == 0 and len(lines) == 2
    assert web.requests == ["/feed"]  # the seen entry's link is not fetched again

    web.feeds["/feed"].append(("b", "/b.html"))
    counts = watcher.poll()
    assert counts.new == 1 and len(lines) == 3 and "Kolam" in lines[2]
    assert web.requests.count("/a.html") == 0


def test_passing_failures_are_retried_and_permanent_ones_are_not(web: Web) -> None:
    web.feeds["/feed"] = [("a", "/a.html"), ("gone", "/gone.html")]
    web.failing["/a.html"] = 503
    sink, lines, warnings = MemorySink(), [], []
    watcher = make_watcher(web, sink, lines, warnings)
    counts = watcher.poll()
    assert counts.failed == 2 and len(warnings) == 2
    assert any("503" in w for w in warnings) and any("404" in w for w in warnings)
    web.requests.clear()
    counts = watcher.poll()
    assert counts.new == 1 and counts.failed == 0
    assert "/gone.html" not in web.requests and "/a.html" in web.requests


def test_webhook_failure_is_a_warning(web: Web) -> None:
    web.webhook_status = 500
    sink, lines, warnings = MemorySink(), [], []
    counts = make_watcher(web, sink, lines, warnings, webhook="http://hooks.test/x").poll()
    assert counts.new == 1 and len(lines) == 2
    assert warnings and all(w.startswith("webhook: http://hooks.test/x") for w in warnings)


def test_syndicated_copy_is_stored_but_not_announced_again(web: Web) -> None:
    web.feeds["/feed"] = [("a", "/a.html"), ("a2", "/a-copy.html")]
    web.pages["/a-copy.html"] = "Read also: our weekly briefing\n" + STORY.replace("Friday", "Friday evening")
    sink, lines, warnings = MemorySink(), [], []
    counts = make_watcher(web, sink, lines, warnings).poll()
    assert (counts.new, counts.near_duplicate) == (1, 1)
    assert len(lines) == 2  # one event and one contradiction, from the first copy only


def test_malformed_feed_is_reported_and_other_feeds_go_on(web: Web) -> None:
    web.feeds["/feed2"] = [("b", "/b.html")]
    sink, lines, warnings = MemorySink(), [], []
    fetcher = Fetcher(transport=httpx.MockTransport(web))
    watcher = Watcher(["http://news.test/nothing", "http://news.test/feed2"],
                      ingester=Ingester(sink, FakeExtractor()), fetcher=fetcher,
                      say=lines.append, warn=warnings.append)
    counts = watcher.poll()
    assert counts.failed == 1 and counts.new == 1 and "404" in warnings[0]


def test_notices_per_event_and_contradiction() -> None:
    article = Article(id="x", text=STORY)
    (result,) = FakeExtractor()([article])
    assert [n.kind for n in notices(result)] == ["event", "contradiction"]
    payload = list(notices(result))[1].payload()
    assert payload["contradiction"]["kind"] == "casualties" and payload["article"]["id"] == "x"


@pytest.mark.parametrize("text, seconds", [("90", 90), ("30s", 30), ("10m", 600), ("1.5h", 5400), ("1d", 86400)])
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "ten minutes", "-5m", "5w"])
def test_parse_interval_refuses_nonsense(text: str) -> None:
    with pytest.raises(InputError, match="30s, 10m or 1h"):
        parse_interval(text)


def test_sigint_stops_the_loop_cleanly(web: Web) -> None:
    sink, lines, warnings = MemorySink(), [], []
    watcher = make_watcher(web, sink, lines, warnings)
    stop = threading.Event()
    before = signal.getsignal(signal.SIGINT)
    threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT)).start()
    started = time.monotonic()
    with stop_on_signals(stop):
        counts = watcher.run(3600, stop=stop)  # would sleep an hour without the signal
    assert time.monotonic() - started < 5
    assert stop.is_set() and counts.new == 1
    assert signal.getsignal(signal.SIGINT) is before


def test_watch_command_once(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    sink = MemorySink()

    @contextmanager
    def open_sink(db: str | None) -> Iterator[MemorySink]:
        yield sink

    monkeypatch.setattr(cli_ingest, "open_sink", open_sink)
    monkeypatch.setattr(cli_ingest, "lazy_extractor", FakeExtractor)
    monkeypatch.setattr(cli_ingest, "Fetcher", lambda timeout: Fetcher(transport=httpx.MockTransport(web)))
    runner = CliRunner()
    result = runner.invoke(cli_ingest.watch_command, ["http://news.test/feed", "--once", "--every", "1m",
                                                      "--webhook", "http://hooks.test/h"])
    assert result.exit_code == 0, result.output
    assert "event ????-??-?? Battles / Armed clash" in result.output
    assert "1 new" in result.output and len(web.posted) == 2
    result = runner.invoke(cli_ingest.watch_command, ["http://news.test/feed", "--once"])
    assert result.exit_code == 0 and "event " not in result.output

    bad = runner.invoke(cli_ingest.watch_command, ["http://news.test/feed", "--every", "soon"])
    assert bad.exit_code == 2 and "30s, 10m or 1h" in bad.output
