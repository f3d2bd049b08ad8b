"""The API's guards: bearer token for writes, request body limit, ingest rate limit, error handlers.

Everything is per app instance (no module-level state), so two apps in one process (tests) never
share a token, a bucket or a limit.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..store import DatabaseLockedError, DatabaseUnavailableError, StoreError

log = logging.getLogger("fogwatch.api")

WRITES_DISABLED = ("writes are disabled: this server has no API token configured; start it with "
                   "`fogwatch serve --token-env VAR` and VAR set to a secret to enable ingest")


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A token bucket: ``burst`` requests at once, refilled at ``per_second``."""

    burst: int = 10
    per_second: float = 0.5


class TokenBuckets:
    """One token bucket per client key, in memory. Old idle buckets are dropped so a scan of many
    addresses cannot grow it without bound."""

    MAX_CLIENTS = 10_000

    def __init__(self, limit: RateLimit, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last refill time)
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """0 when the request may go ahead, else seconds until it may."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.limit.burst), now))
            tokens = min(float(self.limit.burst), tokens + (now - last) * self.limit.per_second)
            if tokens >= 1:
                self._buckets[key] = (tokens - 1, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            if len(self._buckets) > self.MAX_CLIENTS:
                self._buckets.pop(next(iter(self._buckets)))
            return (1 - tokens) / self.limit.per_second if self.limit.per_second > 0 else 3600.0


def client_key(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def check_token(request: Request, token: str | None) -> None:
    """Raise 403 when writes are off, 401 when the bearer token is missing or wrong."""
    if token is None:
        raise HTTPException(403, WRITES_DISABLED)
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "the bearer token is wrong",
                            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes with 413, whether announced
    by Content-Length or streamed in chunks, before any route reads them."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            try:
                announced = int(length)
            except ValueError:
                await _json(send, 400, "Content-Length is not a number")
                return
            if announced > self.max_body:
                await _json(send, 413, self._message())
                return
        # Read the body here (bounded), then replay it: a chunked body over the limit is cut off
        # after max_body + 1 bytes instead of being read whole.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.max_body:
                await _json(send, 413, self._message())
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"the request body is larger than this server accepts ({self.max_body} bytes)"


class SecurityHeaders:
    """ASGI middleware: responses are data, never documents a browser should sniff or frame."""

    HEADERS = ((b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
               (b"referrer-policy", b"no-referrer"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    h for h in self.HEADERS if h[0] not in present]
            await send(message)

        await self.app(scope, receive, with_headers)


async def _json(send: Send, status: int, detail: str) -> None:
    import json

    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


async def store_error(_request: Request, exc: Exception) -> JSONResponse:
    # Store errors are written for users (locked database, unreachable server), but may name paths
    # or hosts: a client only learns that the store is unavailable; the log keeps the detail.
    log.warning("store error: %s", exc)
    busy = isinstance(exc, (DatabaseLockedError, DatabaseUnavailableError))
    return JSONResponse({"detail": "the store is busy or unavailable; try again" if busy
                         else "the store could not answer this request"}, status_code=503)


async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
    # Never a stack trace or exception text in a response: only in the server log.
    log.error("unhandled error", exc_info=exc)
    return JSONResponse({"detail": "internal server error"}, status_code=500)


ERROR_HANDLERS: dict[Any, Any] = {StoreError: store_error, Exception: internal_error}
