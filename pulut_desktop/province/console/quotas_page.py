"""Kuota & aturan: quotas per regency and funding source with what is accepted so far; admins set them."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource

from ..accounts import ADMIN
from ..errors import ProvinceError
from ..quotas import list_quotas, set_quota
from .home import regency_name
from .web import PREFIX, Console, back


def regencies() -> list[tuple[str, str]]:
    return sorted((r.code, r.name) for r in regions().regencies())


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/kuota", response_class=HTMLResponse, include_in_schema=False)
    async def quota_page(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        quotas = await run_in_threadpool(list_quotas, console.store)
        return console.render(request, "quotas.html", signed=signed, page="quotas", quotas=quotas,
                              regencies=regencies(), sources=[s.value for s in FundingSource],
                              regency_name=regency_name, admin=signed.account.role == ADMIN)  # fmt: skip

    @app.post(PREFIX + "/kuota", include_in_schema=False)
    async def save_quota(request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        try:
            quota = int(form.get("quota", ""))
        except ValueError:
            raise ProvinceError("province.bad_quota", quota=form.get("quota", "")[:12]) from None
        await run_in_threadpool(
            lambda: set_quota(
                console.store,
                form.get("regency", "")[:8],
                form.get("source", "")[:16],
                quota,
                by=signed.account.username,
            )
        )
        return back(PREFIX + "/kuota", "quota")
