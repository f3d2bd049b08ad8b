"""Fetch web pages and feeds with bounded time, redirects and size.

Everything that can go wrong on the network becomes a ``FetchError`` with a code and a message that
names the URL and says what to do, so an ingest batch reports it and goes on. The HTTP transport is
injected (``httpx.MockTransport`` in tests), so no test needs the internet.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from types import TracebackType

import httpx

from .. import __version__
from ..errors import FogwatchError

PROJECT_URL = "https://github.com/fogwatch/fogwatch"
USER_AGENT = f"fogwatch/{__version__} (+{PROJECT_URL})"
# A news article is a few hundred kilobytes of HTML at most; 20 MB is far past any real page and
# still small enough to hold in memory. Bigger bodies are cut off while streaming, never loaded.
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5
TIMEOUT_SECONDS = 15.0


class FetchError(FogwatchError):
    """A URL could not be fetched; ``code`` says why (unreachable, timeout, http_404, ...)."""

    code = "fetch"

    def __init__(self, url: str, message: str, code: str):
        super().__init__(f"{url}: {message}")
        self.url = url
        self.code = code


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched body and what the server said about it."""

    url: str  # after redirects
    status: int
    content_type: str  # media type only, lower case ("text/html")
    charset: str | None  # from the Content-Type header, when given
    body: bytes


def _media_type(header: str) -> tuple[str, str | None]:
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for part in parts[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return parts[0].lower(), charset


class Fetcher:
    """An httpx client with fogwatch's limits. Use as a context manager, or call ``close()``."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = TIMEOUT_SECONDS,
        max_bytes: int = MAX_BYTES,
        max_redirects: int = MAX_REDIRECTS,
        user_agent: str = USER_AGENT,
        trust_env: bool = True,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
            headers={"User-Agent": user_agent},
            trust_env=trust_env,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str) -> Page:
        """The body of ``url``; raises ``FetchError`` on any failure (never another exception type)."""
        # httpx's timeout bounds each read, not the whole download: a server that drips one byte a
        # second would never time out, so the stream is also held to an overall deadline.
        deadline = time.monotonic() + 4 * self.timeout
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(url, _status_message(response), code=f"http_{response.status_code}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(url, _too_large(int(declared), self.max_bytes), code="too_large")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(url, _too_large(size, self.max_bytes, more=True), code="too_large")
                    if time.monotonic() > deadline:
                        raise FetchError(url, f"download took longer than {4 * self.timeout:.0f} s; "
                                         "the server is too slow, try again later", code="timeout")
                    chunks.append(chunk)
                media, charset = _media_type(response.headers.get("content-type", ""))
                return Page(str(response.url), response.status_code, media, charset, b"".join(chunks))
        except FetchError:
            raise
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.client.max_redirects} redirects (a redirect loop?); "
                             "open it in a browser to see where it leads", code="redirect_loop") from None
        except httpx.TimeoutException:
            raise FetchError(url, f"no answer within {self.timeout:.0f} s (timeout); the server is slow "
                             "or down, try again later", code="timeout") from None
        except (httpx.ConnectError, httpx.NetworkError) as exc:
            raise FetchError(url, f"cannot connect ({_reason(exc)}); check the address and your network",
                             code="unreachable") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchError(url, f"not a valid http(s) URL ({exc})", code="bad_url") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"{type(exc).__name__}: {_reason(exc)}", code="http_error") from None

    def post_json(self, url: str, payload: object) -> None:
        """POST ``payload`` as JSON (webhooks); raises ``FetchError`` on failure."""
        try:
            response = self.client.post(url, json=payload)
        except httpx.TimeoutException:
            raise FetchError(url, f"no answer within {self.timeout:.0f} s (timeout)", code="timeout") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"cannot post ({_reason(exc)})", code="unreachable") from None
        if response.status_code >= 400:
            raise FetchError(url, _status_message(response), code=f"http_{response.status_code}")


def _status_message(response: httpx.Response) -> str:
    hint = {
        404: "the page does not exist (404 Not Found); check the URL",
        410: "the page was removed (410 Gone)",
        401: "the page needs a login (401)",
        403: "the server refused access (403 Forbidden)",
        429: "the server says too many requests (429); wait and try again",
    }.get(response.status_code)
    if hint:
        return hint
    kind = "server error; try again later" if response.status_code >= 500 else "the request was refused"
    return f"HTTP {response.status_code} {response.reason_phrase} ({kind})"


def _too_large(size: int, limit: int, more: bool = False) -> str:
    amount = f"more than {limit / 1e6:.0f} MB" if more else f"{size / 1e6:.1f} MB"
    return f"the page is {amount}, over the {limit / 1e6:.0f} MB limit; it is not a news article"


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__
