"""What keeps the province service standing under abuse: the documented error shape for every status
(404, 405, 422, 500, busy database 503), per-address rate limits, a body-read timeout, and an HTTP
protocol that cuts off clients that send their headers too slowly (uvicorn itself waits forever).

Every error body, wherever it comes from, is ``{"error": code, "message": English, "pesan": Indonesian}``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections import OrderedDict

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from uvicorn.protocols.http.h11_impl import H11Protocol

from pulut_desktop import messages
from pulut_desktop.domain.errors import PulutError

log = logging.getLogger(__name__)

HEADER_TIMEOUT = 10.0  # seconds from connection (or the end of the last response) to complete headers
BODY_IDLE_TIMEOUT = 30.0  # seconds without one byte of the body: the upload is given up (408)
KEEP_ALIVE = 5  # uvicorn --timeout-keep-alive
LIMIT_CONCURRENCY = 200  # uvicorn --limit-concurrency: beyond it, 503 at once instead of a queue
BUSY_RETRY_AFTER = 5  # seconds a laptop waits after a 503 (database busy)
_STATUS_CODES = {
    400: "province.bad_request",
    404: "province.not_found",
    405: "province.method_not_allowed",
    408: "province.body_timeout",
    413: "province.body_too_large",
    422: "province.bad_request",
    429: "province.rate_limited",
    500: "province.internal_error",
    503: "province.busy",
}


class ServiceError(PulutError):
    """An HTTP-level refusal (status in :data:`_STATUS_CODES`)."""

    def __init__(self, status: int, **params: object) -> None:
        super().__init__(_STATUS_CODES.get(status, "province.bad_request"), **params)
        self.status = status


def error_response(err: PulutError, status: int, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        {"error": err.code, "message": messages.error_text(err, "en"), "pesan": messages.error_text(err, "id")},
        status_code=status,
        headers=headers,
    )


def install_error_handlers(app: FastAPI, is_console=lambda request: False) -> None:
    """404/405/422 from routing and validation, a busy database and any unexpected error answer in the
    documented shape (console pages keep their own HTML error pages)."""

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if is_console(request):
            from fastapi.exception_handlers import http_exception_handler

            return await http_exception_handler(request, exc)
        return error_response(ServiceError(exc.status_code), exc.status_code, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, _exc: RequestValidationError) -> Response:
        return error_response(ServiceError(422), 422)

    @app.exception_handler(OperationalError)
    async def _busy(_request: Request, exc: OperationalError) -> Response:
        log.warning("database busy or unreachable: %s", type(exc.orig).__name__)
        return error_response(ServiceError(503), 503, {"Retry-After": str(BUSY_RETRY_AFTER)})

    @app.exception_handler(PoolTimeout)
    async def _pool(_request: Request, _exc: PoolTimeout) -> Response:
        return error_response(ServiceError(503), 503, {"Retry-After": str(BUSY_RETRY_AFTER)})

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> Response:
        log.error("unexpected error in the service: %s", type(exc).__name__, exc_info=exc)
        return error_response(ServiceError(500), 500)


class RateLimiter:
    """A token bucket per client address (``burst`` requests at once, ``rate`` per second after),
    remembering at most ``max_clients`` addresses (the least recently seen are forgotten)."""

    def __init__(self, rate: float, burst: int, max_clients: int = 10_000) -> None:
        self.rate, self.burst, self.max_clients = rate, burst, max_clients
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        with self._lock:
            tokens, last = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return allowed

    def check(self, request: Request) -> None:
        client = request.client.host if request.client else "-"
        if not self.allow(client):
            raise ServiceError(429)


async def read_capped(request: Request, limit: int, too_large: type[PulutError]) -> bytes:
    """The body, refused as ``too_large`` past ``limit`` bytes (declared or sent) and given up (408)
    when the client sends nothing for :data:`BODY_IDLE_TIMEOUT` seconds."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise too_large(limit=limit)
    chunks, size = [], 0
    stream = request.stream().__aiter__()
    while True:
        try:
            chunk = await asyncio.wait_for(stream.__anext__(), BODY_IDLE_TIMEOUT)
        except StopAsyncIteration:
            break
        except TimeoutError:
            raise ServiceError(408) from None
        size += len(chunk)
        if size > limit:
            raise too_large(limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a header deadline: a connection that has not sent a complete
    request head within :data:`HEADER_TIMEOUT` seconds (slowloris) is closed."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport) -> None:  # type: ignore[no-untyped-def]
        super().connection_made(transport)
        self._header_deadline: asyncio.TimerHandle | None = None
        self._arm_header_deadline()

    def _arm_header_deadline(self) -> None:
        if getattr(self, "_header_deadline", None) is None:
            self._header_deadline = self.loop.call_later(self.header_timeout, self._header_timed_out)

    def _disarm_header_deadline(self) -> None:
        if getattr(self, "_header_deadline", None) is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _in_request(self) -> bool:
        return self.cycle is not None and not self.cycle.response_complete

    def data_received(self, data: bytes) -> None:
        if not self._in_request():
            self._arm_header_deadline()
        super().data_received(data)
        if self._in_request():
            self._disarm_header_deadline()

    def _header_timed_out(self) -> None:
        self._header_deadline = None
        if not self._in_request() and not self.transport.is_closing():
            self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm_header_deadline()
        super().connection_lost(exc)


def uvicorn_options() -> dict:
    """The limits ``pulut-province serve`` runs uvicorn with."""
    return {
        "http": GuardedH11Protocol,
        "limit_concurrency": LIMIT_CONCURRENCY,
        "timeout_keep_alive": KEEP_ALIVE,
        "h11_max_incomplete_event_size": 16 * 1024,
    }
