"""The console's shared machinery: Jinja2 templates (autoescaped), the language, the signed-in guard,
forms with their CSRF token, the error page and the security headers of every response."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qsl

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from pulut_desktop import __version__, messages
from pulut_desktop.domain.errors import PulutError

from ..accounts import RANK
from ..keys import ProvinceKeyring
from ..store import ProvinceStore
from . import i18n, sessions

PREFIX = "/admin"
LANG_COOKIE = "pulut_lang"
FORM_LIMIT = 16 * 1024
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class LoginRequired(Exception):
    """No valid session: the browser goes to the sign-in page."""


class Refused(PulutError):
    """A console request refused with an HTTP status (403 CSRF or role, 404 unknown item)."""

    code = "province.forbidden"

    def __init__(self, code: str, *, status: int = 403, **params: object) -> None:
        super().__init__(code, **params)
        self.status = status


@dataclass
class Console:
    store: ProvinceStore
    keys: ProvinceKeyring
    server_url: str | None
    env: jinja2.Environment

    @classmethod
    def create(cls, store: ProvinceStore, keys: ProvinceKeyring, server_url: str | None) -> Console:
        env = jinja2.Environment(
            loader=jinja2.PackageLoader("pulut_desktop.province.console", "templates"),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        env.filters.update(number=i18n.number, when=when, day=day)
        env.globals.update(PREFIX=PREFIX, version=__version__)
        return cls(store, keys, server_url, env)

    def render(self, request: Request, template: str, *, status: int = 200, signed=None, **context) -> HTMLResponse:
        lang = language(request)
        context.setdefault("page", "")
        html = self.env.get_template(template).render(
            t=lambda text: i18n.translate(text, lang), lang=lang, signed=signed, request=request,
            path=request.url.path, done=i18n.done_text(request.query_params.get("ok", ""), lang), **context,
        )  # fmt: skip
        return HTMLResponse(html, status_code=status, headers={"Cache-Control": "no-store"})

    def error_page(self, request: Request, err: PulutError, status: int) -> HTMLResponse:
        signed = getattr(request.state, "signed", None)
        text = messages.error_text(err, language(request))
        return self.render(request, "error.html", status=status, signed=signed, message=text)

    async def signed_in(self, request: Request) -> sessions.SignedIn:
        signed = await run_in_threadpool(sessions.find, self.store, request.cookies.get(sessions.COOKIE))
        if signed is None:
            raise LoginRequired()
        request.state.signed = signed
        return signed

    async def action(self, request: Request, role: str) -> tuple[sessions.SignedIn, dict[str, str]]:
        """The signed-in account and the form of a state-changing POST, after the CSRF token and the
        role are checked (refused with 403 otherwise, before anything changes)."""
        form = await read_form(request)
        signed = await self.signed_in(request)
        if not hmac.compare_digest(form.get("csrf", "").encode(), signed.csrf.encode()):
            raise Refused("province.csrf")
        require(signed, role)
        return signed, form


def require(signed: sessions.SignedIn, role: str) -> None:
    if RANK[signed.account.role] < RANK[role]:
        raise Refused("province.forbidden", role=signed.account.role)


def language(request: Request) -> str:
    lang = request.cookies.get(LANG_COOKIE, "")
    return lang if lang in messages.LANGUAGES else messages.DEFAULT_LANGUAGE


async def read_form(request: Request) -> dict[str, str]:
    from ..app import read_capped

    body = await read_capped(request, FORM_LIMIT)
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=64, strict_parsing=False)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: v for k, v in pairs}


def back(url: str, ok: str | None = None) -> RedirectResponse:
    """Post/redirect/get: back to a console page, with the key of a confirmation to show."""
    sep = "&" if "?" in url else "?"
    return RedirectResponse(f"{url}{sep}ok={ok}" if ok else url, status_code=303)


def safe_next(target: str | None) -> str:
    """Only a path inside the console (never another host) after sign-in or a language switch."""
    if target and target.startswith(PREFIX) and not target.startswith("//") and "\\" not in target:
        return target
    return PREFIX


def when(value: datetime | None) -> str:
    return "-" if value is None else f"{value:%Y-%m-%d %H:%M}"


def day(value: datetime | None) -> str:
    return "-" if value is None else f"{value:%Y-%m-%d}"


@dataclass(frozen=True)
class Page:
    """One page of a paginated list: ``number`` (from 1, never past the last) of ``pages``."""

    number: int
    pages: int
    size: int
    total: int

    @classmethod
    def of(cls, total: int, asked: int, size: int) -> Page:
        pages = max(1, -(-total // size))
        return cls(min(asked, pages), pages, size, total)

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    def context(self) -> dict:
        """What the templates' ``pager`` macro and the count line read."""
        return {"total": self.total, "page_no": self.number, "pages": self.pages}


def int_param(value: str | None, default: int = 1, maximum: int = 1_000_000) -> int:
    try:
        return max(1, min(int(value or default), maximum))
    except ValueError:
        return default


def year_param(text: str | None) -> int | None:
    """A budget year from a query or form field (``tahun``), or None when absent or not a number."""
    try:
        return int((text or "").strip()[:4])
    except ValueError:
        return None
