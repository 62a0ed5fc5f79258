"""The province console (issue 20): server-rendered pages for Disnakertrans Riau's staff on the same
service as the laptops' API. :func:`mount` adds it to the FastAPI app under ``/admin``."""

from __future__ import annotations

from importlib import resources
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.staticfiles import StaticFiles

from ..keys import ProvinceKeyring
from ..store import ProvinceStore
from . import audit_page, batches_page, devices_page, home, login, quotas_page, reports_page, review_page
from .web import PREFIX, SECURITY_HEADERS, Console, LoginRequired, Refused

PAGES = (login, home, review_page, devices_page, batches_page, reports_page, quotas_page, audit_page)


def mount(app: FastAPI, store: ProvinceStore, keys: ProvinceKeyring, server_url: str | None = None) -> Console:
    console = Console.create(store, keys, server_url)
    static = resources.files(__package__) / "static"
    app.mount(PREFIX + "/static", StaticFiles(directory=str(static)), name="console-static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(LoginRequired)
    async def _login_required(request: Request, _exc: LoginRequired) -> Response:
        target = request.url.path if request.method == "GET" else PREFIX
        return RedirectResponse(f"{PREFIX}/login?next={quote(target)}", status_code=303)

    @app.exception_handler(Refused)
    async def _refused(request: Request, exc: Refused) -> Response:
        return console.error_page(request, exc, exc.status)

    for page in PAGES:
        page.register(app, console)
    return console
