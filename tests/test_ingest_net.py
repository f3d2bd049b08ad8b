"""Ingest over HTTP: a real server on 127.0.0.1 (in a thread) and httpx.MockTransport; never the internet.

Covers the network faults one by one (unreachable host, 404, timeout, redirect loop, a 20 MB page,
mis-declared charsets, malformed feeds) and the ``fogwatch ingest`` command end to end.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from fogwatch import cli_ingest
from fogwatch.ingest import USER_AGENT, Fetcher, FetchError, MemorySink, Sourced, SourceError, read_sources
from fogwatch.records import Article, ArticleInfo, ArticleResult, Problem

PARAGRAPHS = [
    "Fighting broke out on Thursday night in the Varsa valley between government troops and fighters of "
    "the Northern Front, the provincial governor said on Friday.",
    "The governor said twelve fighters were killed and four soldiers wounded in the clashes near the "
    "district centre of Kolam, which lasted until the early hours of the morning.",
    "A spokesman for the Northern Front denied the figures and said the group had pushed the troops back "
    "from two villages on the eastern side of the river.",
]
FRENCH = "Le général a déclaré à Kolam que les combats avaient fait douze morts – selon l’armée, été 2024."


def page(paragraphs: list[str], title: str = "Clash in Varsa", extra_head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title>{extra_head}</head><body><article><h1>{title}</h1>{body}"
            f"</article></body></html>")


def rss(items: list[tuple[str, str, str]]) -> bytes:
    """An RSS feed of (guid, link, full-text HTML or "") items."""
    xml = "".join(
        f"<item><title>{guid}</title><guid>{guid}</guid><link>{link}</link>"
        + (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else "")
        + "</item>" for guid, link, content in items)
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley Post</title>'
            f"{xml}</channel></rss>").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up on purpose (size limit, timeout)

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        Handler.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_port}"
        path = self.path
        if path == "/article.html":
            self._send(200, page(PARAGRAPHS).encode("utf-8"))
        elif path == "/other.html":
            self._send(200, page(["Police arrested thirty protesters in the port city of Selmar on "
                                  "Tuesday after a march against fuel prices turned violent."],
                                 title="Arrests in Selmar").encode("utf-8"))
        elif path == "/latin.html":
            # declared UTF-8 by the server, really Windows-1252 as the page's meta says
            html = page([FRENCH], title="Kolam", extra_head='<meta charset="windows-1252">')
            self._send(200, html.encode("cp1252"), "text/html; charset=utf-8")
        elif path == "/missing":
            self._send(404, b"<html><body>not here</body></html>")
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path == "/slow":
            time.sleep(2)
            self._send(200, page(PARAGRAPHS).encode("utf-8"))
        elif path == "/huge":
            self._huge()
        elif path == "/feed":
            self._send(200, rss([
                ("a", f"{base}/article.html", ""),
                ("b", f"{base}/missing", ""),
                ("c", f"{base}/full", "".join(f"<p>{p} {p}</p>" for p in PARAGRAPHS)),
            ]), "application/rss+xml")
        elif path == "/feed-as-xml":
            self._send(200, rss([("o", f"{base}/other.html", "")]), "text/xml")
        elif path == "/broken-feed":
            self._send(200, b"<rss><channel><item><title>cut", "application/rss+xml")
        elif path == "/empty-feed":
            self._send(200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>Q</title>'
                       b"</channel></rss>", "application/rss+xml")
        else:
            self._send(404, b"")

    def _huge(self) -> None:
        """21 MB of HTML, chunked, without a Content-Length: only counting while streaming can stop it."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"x" * 1_000_000 + b"</p>"
        for _ in range(21):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(timeout=0.5, trust_env=False) as f:
        yield f


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# ------------------------------------------------------------------------------------- faults


def test_page_is_fetched_with_our_user_agent(server: str, fetcher: Fetcher) -> None:
    (item,) = read_sources([f"{server}/article.html"], fetcher=fetcher)
    assert isinstance(item, Sourced)
    assert item.article.url == f"{server}/article.html" and item.article.outlet.startswith("127.0.0.1")
    assert "twelve fighters were killed" in item.article.text
    assert Handler.user_agents[-1] == USER_AGENT
    assert USER_AGENT.startswith("fogwatch/") and "(+http" in USER_AGENT


@pytest.mark.parametrize("path, code, words", [
    ("/missing", "http_404", "404"),
    ("/loop", "redirect_loop", "redirect"),
    ("/slow", "timeout", "timeout"),
    ("/huge", "too_large", "20 MB"),
])
def test_http_faults_are_clear_errors(server: str, fetcher: Fetcher, path: str, code: str, words: str) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.get(server + path)
    assert info.value.code == code
    assert words in str(info.value) and path in str(info.value)


def test_unreachable_host(fetcher: Fetcher) -> None:
    url = f"http://127.0.0.1:{closed_port()}/x"
    (item,) = read_sources([url], fetcher=fetcher)
    assert isinstance(item, SourceError) and item.code == "unreachable" and item.transient
    assert "cannot connect" in item.message and url in item.message


def test_faults_do_not_stop_the_batch(server: str, fetcher: Fetcher) -> None:
    urls = [f"{server}/missing", f"{server}/loop", f"{server}/huge", f"{server}/article.html"]
    items = list(read_sources(urls, fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["SourceError", "SourceError", "SourceError", "Sourced"]


def test_misdeclared_charset_is_read_from_the_page(server: str, fetcher: Fetcher) -> None:
    (item,) = read_sources([f"{server}/latin.html"], fetcher=fetcher)
    assert isinstance(item, Sourced)
    assert FRENCH in item.article.text


def test_feed_entries_are_fetched_or_taken_whole(server: str, fetcher: Fetcher) -> None:
    items = list(read_sources([f"{server}/feed"], fetcher=fetcher))
    assert [type(i).__name__ for i in items] == ["Sourced", "SourceError", "Sourced"]
    fetched, missing, whole = items
    assert fetched.article.id == f"{server}/article.html" and fetched.entry.key == "a"
    assert missing.code == "http_404" and not missing.transient and missing.entry.key == "b"
    assert whole.article.id == f"{server}/full" and whole.article.outlet == "Valley Post"


def test_feed_detected_by_content_not_just_type(server: str, fetcher: Fetcher) -> None:
    (item,) = read_sources([f"{server}/feed-as-xml"], fetcher=fetcher)
    assert isinstance(item, Sourced) and item.article.title == "Arrests in Selmar"


@pytest.mark.parametrize("path, code", [("/broken-feed", "bad_feed"), ("/empty-feed", "empty_feed")])
def test_bad_feeds(server: str, fetcher: Fetcher, path: str, code: str) -> None:
    (item,) = read_sources([server + path], fetcher=fetcher)
    assert isinstance(item, SourceError) and item.code == code and server + path in item.message


def test_declared_oversize_is_refused_before_download() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(25_000_000)}, content=b"<p>small</p>")

    with Fetcher(transport=httpx.MockTransport(handler)) as f, pytest.raises(FetchError) as info:
        f.get("http://news.test/big")
    assert info.value.code == "too_large" and "25.0 MB" in str(info.value)


def test_mock_transport_timeout() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with Fetcher(transport=httpx.MockTransport(handler)) as f, pytest.raises(FetchError) as info:
        f.get("http://news.test/a")
    assert info.value.code == "timeout" and "try again later" in str(info.value)


def test_bad_url(fetcher: Fetcher) -> None:
    with pytest.raises(FetchError) as info:
        fetcher.get("ftp://news.test/a")
    assert info.value.code == "bad_url"


# ------------------------------------------------------------------------------------- the command


class FakeExtractor:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, articles: Iterable[Article]) -> Iterator[ArticleResult]:
        for article in articles:
            self.seen.append(article.id)
            info = ArticleInfo(article.id, article.title, article.published, article.outlet, article.url)
            yield ArticleResult(article=info, warnings=(Problem("fake", "fake extractor"),))


@pytest.fixture
def patched(monkeypatch: pytest.MonkeyPatch) -> tuple[MemorySink, FakeExtractor]:
    from contextlib import contextmanager

    sink, extract = MemorySink(), FakeExtractor()
    opened: list[str | None] = []

    @contextmanager
    def open_sink(db: str | None) -> Iterator[MemorySink]:
        opened.append(db)
        yield sink

    monkeypatch.setattr(cli_ingest, "open_sink", open_sink)
    monkeypatch.setattr(cli_ingest, "lazy_extractor", lambda: extract)
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    sink.opened = opened  # type: ignore[attr-defined]
    return sink, extract


def test_ingest_command_counts_and_exit_codes(server: str, tmp_path: Path,
                                              patched: tuple[MemorySink, FakeExtractor]) -> None:
    sink, extract = patched
    (tmp_path / "a.txt").write_text("\n".join(PARAGRAPHS), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "j", "text": "\n".join(PARAGRAPHS)}) + "\n",
                                      encoding="utf-8")
    runner = CliRunner()
    args = [str(tmp_path), f"{server}/other.html", f"{server}/missing", "--db", "x.sqlite", "--timeout", "2"]
    result = runner.invoke(cli_ingest.ingest_command, args)
    assert result.exit_code == 1, result.output
    assert "2 new, 0 near-duplicate, 1 duplicate, 1 failed" in result.output
    assert "404" in result.output
    assert sink.opened == ["x.sqlite"]  # type: ignore[attr-defined]
    assert len(extract.seen) == 2

    again = runner.invoke(cli_ingest.ingest_command, [str(tmp_path), f"{server}/other.html"])
    assert again.exit_code == 0, again.output
    assert "0 new, 0 near-duplicate, 3 duplicate, 0 failed" in again.output
    assert len(extract.seen) == 2


def test_ingest_command_reads_stdin(patched: tuple[MemorySink, FakeExtractor]) -> None:
    sink, _ = patched
    result = CliRunner().invoke(cli_ingest.ingest_command, ["-"], input="\n".join(PARAGRAPHS))
    assert result.exit_code == 0, result.output
    assert "1 new" in result.output
    assert [a.id for a, _, _ in sink.results.values()] == ["stdin"]
