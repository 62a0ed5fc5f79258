"""Sign in and out, and the language switch.

The sign-in form carries a CSRF token too (double submit: a random cookie and the same value in the
form), so another site cannot sign a browser into an account. Failures are throttled twice: per
account (:mod:`..accounts` locks it after five in a row) and per client address (:class:`Throttle`,
in memory: one service process), so guessing across many accounts is slowed as well.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections import deque

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop import messages
from pulut_desktop.domain.errors import PulutError

from .. import accounts
from ..errors import AccountError
from . import sessions
from .web import LANG_COOKIE, PREFIX, Console, Refused, language, read_form, safe_next

LOGIN_CSRF_COOKIE = "pulut_login"
PER_ADDRESS, WINDOW = 20, 600.0  # failed sign-ins per client address in ten minutes


class Throttle:
    def __init__(self, limit: int = PER_ADDRESS, window: float = WINDOW) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, address: str, now: float) -> deque[float]:
        times = self._failures.setdefault(address, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def wait_minutes(self, address: str) -> int:
        """0 when the address may try, else the minutes until it may."""
        now = time.monotonic()
        with self._lock:
            times = self._recent(address, now)
            if len(times) < self.limit:
                return 0
            return max(1, int(times[0] + self.window - now + 59) // 60)

    def failed(self, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            self._recent(address, now).append(now)
            if len(self._failures) > 10_000:  # forget idle addresses, never grow without bound
                for key in [k for k, v in self._failures.items() if not v][:5_000]:
                    del self._failures[key]


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def register(app: FastAPI, console: Console) -> None:
    throttle = Throttle()
    app.state.login_throttle = throttle

    def form_page(request: Request, status: int = 200, error: str | None = None, username: str = "") -> Response:
        token = secrets.token_urlsafe(24)
        response = console.render(request, "login.html", status=status, error=error, csrf=token,
                                  username=username, next=safe_next(request.query_params.get("next")))  # fmt: skip
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", secure=secure(request),
                            path=PREFIX)  # fmt: skip
        return response

    @app.get(PREFIX + "/login", response_class=HTMLResponse, include_in_schema=False)
    async def login_page(request: Request) -> Response:
        return form_page(request)

    @app.post(PREFIX + "/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        form = await read_form(request)
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not hmac.compare_digest(form.get("csrf", "").encode(), expected.encode()):
            raise Refused("province.csrf")
        address = request.client.host if request.client else "-"
        username = form.get("username", "")[:64]
        wait = throttle.wait_minutes(address)
        if wait:
            err: PulutError = AccountError("province.login_throttled", minutes=wait)
            return form_page(request, 429, messages.error_text(err, language(request)), username)
        try:
            account = await run_in_threadpool(
                accounts.login, console.store, username, form.get("password", ""), form.get("totp", "")
            )
        except AccountError as err:
            if err.code != "province.totp_required":
                throttle.failed(address)
            status = 429 if err.code == "province.login_locked" else 401
            return form_page(request, status, messages.error_text(err, language(request)), username)
        token = await run_in_threadpool(sessions.start, console.store, account.id)
        response = RedirectResponse(safe_next(form.get("next")), status_code=303)
        response.set_cookie(sessions.COOKIE, token, httponly=True, samesite="strict", secure=secure(request),
                            path=PREFIX)  # fmt: skip
        response.delete_cookie(LOGIN_CSRF_COOKIE, path=PREFIX, httponly=True, samesite="strict")
        return response

    @app.post(PREFIX + "/logout", include_in_schema=False)
    async def logout(request: Request) -> Response:
        signed, _form = await console.action(request, accounts.VIEWER)
        token = request.cookies.get(sessions.COOKIE)

        def end() -> None:
            sessions.end(console.store, token)
            from ..store import log_event

            with console.store.session() as session:
                log_event(session, "logout", signed.account.username, account=signed.account.username)

        await run_in_threadpool(end)
        response = RedirectResponse(PREFIX + "/login", status_code=303)
        response.delete_cookie(sessions.COOKIE, path=PREFIX)
        return response

    @app.get(PREFIX + "/lang/{code}", include_in_schema=False)
    async def switch_language(code: str, request: Request) -> Response:
        response = RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
        if code in messages.LANGUAGES:
            response.set_cookie(LANG_COOKIE, code, max_age=365 * 86400, samesite="strict", secure=secure(request),
                                path=PREFIX)  # fmt: skip
        return response
