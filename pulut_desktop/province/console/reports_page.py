"""Laporan: the coverage report and the BPJS Ketenagakerjaan export as CSV or XLSX downloads. The
BPJS export carries full NIKs: admins only, and every download is in the event log with the account."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from .. import reports
from ..accounts import ADMIN, VIEWER
from ..store import log_event, utcnow
from .web import PREFIX, Console, Refused

TYPES = {"csv": "text/csv; charset=utf-8", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _download(data: bytes, fmt: str, stem: str) -> Response:
    name = f"{stem}-{utcnow():%Y%m%d-%H%M}.{fmt}"
    return Response(data, media_type=TYPES[fmt], headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _format(form: dict[str, str]) -> str:
    fmt = form.get("format", "csv")
    if fmt not in TYPES:
        raise Refused("province.bad_format", status=400, format=fmt[:8])
    return fmt


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/laporan", response_class=HTMLResponse, include_in_schema=False)
    async def report_page(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        return console.render(
            request, "reports.html", signed=signed, page="reports", admin=signed.account.role == ADMIN
        )

    @app.post(PREFIX + "/laporan/cakupan", include_in_schema=False)
    async def coverage(request: Request) -> Response:
        signed, form = await console.action(request, VIEWER)
        fmt = _format(form)

        def build() -> bytes:
            data, n = reports.coverage_file(console.store, fmt)
            with console.store.session() as session:
                log_event(session, "coverage.exported", None, account=signed.account.username, rows=n, format=fmt)
            return data

        return _download(await run_in_threadpool(build), fmt, "cakupan")

    @app.post(PREFIX + "/laporan/bpjs", include_in_schema=False)
    async def bpjs(request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        fmt = _format(form)
        user = signed.account.username
        data, _n = await run_in_threadpool(lambda: reports.bpjs_file(console.store, fmt, by=user, target="console"))
        return _download(data, fmt, "ekspor-bpjs")
