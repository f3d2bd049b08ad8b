"""Load test on loopback: 50 concurrent clients x 20 requests over the read endpoints, 0 errors.

The real app runs under uvicorn in a thread on a free 127.0.0.1 port over a temp SQLite store of
hand-built results. ``serve`` and ``fill_store`` are shared with ``test_browser.py`` and ``bench/web.py``.
Everything is bounded: a fixed number of requests, each with a timeout, and the whole run in a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import socket
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "store"))
from store_builders import article_and_result, claim, event  # noqa: E402

from fogwatch.records import ArticleInfo, Contradiction, Evidence, Speaker, TextSpan  # noqa: E402
from fogwatch.store import Store  # noqa: E402

# --------------------------------------------------------------------------- store

# name, country, latitude, longitude: distinct places far enough apart that their markers never overlap
PLACES = (
    ("Millbrook", "Ruritania", 12.5, 40.25),
    ("Stonebridge", "Ruritania", 15.0, 44.0),
    ("Ashford", "Ruritania", 9.0, 36.0),
    ("Port Lyle", "Freedonia", -5.0, 20.0),
    ("Kestrel Bay", "Freedonia", -9.0, 25.0),
)
HOSTILE_PLACE = ("Gallow Cross", "Freedonia", -1.0, 16.0)
HOSTILE_TEXT = ('Fighting broke out in Gallow Cross. <script>window.__pwned=1</script> Locals said '
                '<img src=x onerror="window.__pwned=2;alert(2)"> and <a href="javascript:window.__pwned=3">'
                'read more</a>.')
ARMY = "Military Forces of Ruritania"


def _span(text: str, part: str, after: int = 0) -> TextSpan:
    start = text.index(part, after)
    return TextSpan(part, start, start + len(part))


def _report(n: int, place: tuple[str, str, float, float], *, prefix: str = "", text: str | None = None,
            day: dt.date | None = None, **event_changes: object):
    """One article with one event (location, type and fatalities evidenced) and two opposed claims."""
    loc, country, lat, lon = place
    text = text or (f"{prefix}Fighting broke out in {loc} on Tuesday. A Rebel Front spokeswoman, Ana Roth, said "
                    f"two soldiers were killed. The army said no soldiers died.")
    where, fight = _span(text, loc), _span(text, "Fighting")
    evidence = [Evidence(where.start, where.end, "location", loc),
                Evidence(fight.start, fight.end, "event_type", "Fighting")]
    claims, contradictions = [], []
    if "Ana Roth" in text:
        who, content = _span(text, "Ana Roth"), _span(text, "two soldiers were killed")
        said1 = _span(text, "said", who.end)
        army, content2 = _span(text, "The army"), _span(text, "no soldiers died")
        said2 = _span(text, "said", army.end)
        claims = [
            claim("c1", content=content, cue=said1, event_id="e1", party="Rebel Front",
                  speaker=Speaker("Ana Roth", who.start, who.end, "Ana Roth", "spokeswoman", "Rebel Front", "person")),
            claim("c2", content=content2, cue=said2, event_id="e1", party=ARMY, quantity=None,
                  speaker=Speaker("The army", army.start, army.end, None, None, ARMY, "organization")),
        ]
        contradictions = [Contradiction(("c1", "c2"), "casualties", "two killed vs none")]
        evidence.append(Evidence(content.start, content.end, "fatalities", content.text))
    ev = event("e1", event_date=day or dt.date(2023, 5, 1 + n), country=country, admin1=None, admin2=None,
               location=loc, latitude=lat, longitude=lon, fatalities=2, fatalities_low=0, fatalities_best=2,
               fatalities_high=2, evidence=tuple(evidence), **event_changes)
    return article_and_result(f"a{n}", text, events=(ev,), claims=tuple(claims), contradictions=tuple(contradictions))


def fill_store(db: Path, *, hostile: bool = True) -> None:
    """The small store: one event per place (one article opens with an emoji, so Python and
    JavaScript offsets differ), plus a hostile article whose text, title, outlet, URL, actor and claim
    all carry markup that must never run."""
    with Store.open(db) as store:
        for n, place in enumerate(PLACES):
            store.add_result(*_report(n, place, prefix="\U0001F525 " if n == 1 else ""))
        if hostile:
            article, result = _report(len(PLACES), HOSTILE_PLACE, text=HOSTILE_TEXT,
                                      actor1='<img src=x onerror="window.__pwned=4">')
            bad = '<svg onload="window.__pwned=5">'
            hostile_claim = claim("h1", content=_span(HOSTILE_TEXT, '<img src=x onerror="window.__pwned=2;alert(2)">'),
                                  cue=None, speaker=None, event_id="e1", party=bad, quantity=None)
            article = replace(article, title=f"Report {bad}", outlet='<b onmouseover="window.__pwned=6">Outlet</b>',
                              url="javascript:window.__pwned=7")
            info = ArticleInfo(article.id, article.title, article.published, article.outlet, article.url)
            store.add_result(article, replace(result, article=info, claims=(hostile_claim,)))


def fill_many(db: Path, n_events: int, *, per_article: int = 10) -> None:
    """A big store: ``n_events`` events, ``per_article`` to an article, spread over places and days."""
    with Store.open(db) as store:
        for a in range(0, n_events, per_article):
            events = []
            for i in range(a, min(a + per_article, n_events)):
                loc, country, lat, lon = PLACES[i % len(PLACES)]
                events.append(event(f"e{i - a}", event_date=dt.date(2023, 1, 1) + dt.timedelta(days=i % 365),
                                    country=country, location=loc, latitude=lat + (i % 97) * 0.05,
                                    longitude=lon + (i % 89) * 0.05, fatalities=i % 7,
                                    event_type=("Battles", "Riots", "Protests")[i % 3]))
            text = f"Bulletin {a}: fighting was reported in several places, officials said."
            store.add_result(*article_and_result(f"b{a}", text, events=tuple(events),
                                                 claims=(claim("c1", event_id="e0"),)))


# --------------------------------------------------------------------------- server

@contextlib.contextmanager
def serve(db: Path) -> Iterator[str]:
    """The real app under uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    from fogwatch.api import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # the OS picks a free port; handing uvicorn the socket leaves no race
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning", access_log=False,
                                           timeout_keep_alive=30))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


# --------------------------------------------------------------------------- load

@dataclass(frozen=True)
class LoadResult:
    latencies: list[float]  # seconds, one per successful request
    errors: list[str]
    wall: float

    def percentile(self, q: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")

    def summary(self) -> str:
        n = len(self.latencies) + len(self.errors)
        return (f"{n} requests, {len(self.errors)} errors, p50 {self.percentile(0.5) * 1000:.1f} ms, "
                f"p95 {self.percentile(0.95) * 1000:.1f} ms, mean {statistics.fmean(self.latencies) * 1000:.1f} ms, "
                f"{n / self.wall:.0f} req/s")


def read_paths(base: str) -> list[str]:
    """A mix of the read endpoints, with details resolved from the listings."""
    import httpx

    with httpx.Client(base_url=base, timeout=10) as c:
        events = c.get("/api/v1/events", params={"limit": 5}).json()["items"]
        articles = c.get("/api/v1/articles", params={"limit": 5}).json()["items"]
    assert events and articles, "the store must not be empty"
    return ["/api/v1/events?limit=100", "/api/v1/events?country=Ruritania&limit=50",
            "/api/v1/events?date_from=2023-05-02&event_type=Battles", "/api/v1/articles?limit=20",
            "/api/v1/claims?limit=50", "/api/v1/contradictions?limit=50", "/api/v1/clusters",
            *(f"/api/v1/events/{e['key']}" for e in events[:3]),
            *(f"/api/v1/articles/{a['id']}" for a in articles[:3])]


async def _load(base: str, paths: list[str], clients: int, requests: int, timeout: float) -> LoadResult:
    import httpx

    latencies: list[float] = []
    errors: list[str] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client(k: int, http: httpx.AsyncClient) -> None:
        for i in range(requests):
            path = paths[(k * requests + i) % len(paths)]
            t0 = time.perf_counter()
            try:
                r = await http.get(path)
                if r.status_code != 200:
                    errors.append(f"{path}: {r.status_code}")
                    continue
                r.json()
            except Exception as exc:  # any failure counts; the message says which
                errors.append(f"{path}: {type(exc).__name__}: {exc}")
                continue
            latencies.append(time.perf_counter() - t0)

    t0 = time.perf_counter()
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as http:
        await asyncio.gather(*(client(k, http) for k in range(clients)))
    return LoadResult(latencies, errors, time.perf_counter() - t0)


def run_load(base: str, *, clients: int = 50, requests: int = 20, timeout: float = 30,
             deadline: float = 120) -> LoadResult:
    """``clients`` concurrent clients, each sending ``requests`` GETs in turn over the read endpoints."""
    if not base.startswith("http://127.0.0.1:"):
        raise ValueError("the load test runs on loopback only")
    paths = read_paths(base)
    return asyncio.run(asyncio.wait_for(_load(base, paths, clients, requests, timeout), deadline))


# --------------------------------------------------------------------------- the test

@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    pytest.importorskip("uvicorn")
    pytest.importorskip("httpx")
    db = tmp_path_factory.mktemp("load") / "load.db"
    fill_store(db)
    with serve(db) as url:
        yield url


def test_read_endpoints_under_load(base: str) -> None:
    result = run_load(base, clients=50, requests=20)
    print(f"\nload: 50 clients x 20 requests: {result.summary()}")
    assert result.errors == []
    assert len(result.latencies) == 1000
    # Generous: a broken server (serialised, or stalling on a lock) takes seconds here, not milliseconds.
    assert result.percentile(0.95) < 5.0
