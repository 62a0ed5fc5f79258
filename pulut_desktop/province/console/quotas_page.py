"""Kuota & aturan: budget years, their quotas per regency and funding source with what is accepted so
far, and the programme rules (draft beside what laptops have, through :mod:`..rules`, the CLI's path);
admins change them."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.domain.rules import SHIPPED_RULES

from ..accounts import ADMIN
from ..errors import ProvinceError
from ..quotas import current_year, list_quotas, list_years, open_year, set_quota
from ..rules import FIXED_KEYS, flatten, publish_rules, rules_state, set_rule
from .home import budget_year, regency_name
from .web import PREFIX, Console, back, year_param


def regencies() -> list[tuple[str, str]]:
    return sorted((r.code, r.name) for r in regions().regencies())


def rules_rows(store) -> dict:
    """Every rule with its draft value and the value laptops have (published, or the shipped default)."""
    state = rules_state(store)
    published = dict(flatten(state.published or SHIPPED_RULES))
    rows = [(key, value, published.get(key, "-"), published.get(key) != value)
            for key, value in flatten(state.draft) if key not in FIXED_KEYS]  # fmt: skip
    version = state.published.version if state.published else None
    return {"rules": rows, "rules_version": version, "unpublished": state.unpublished_changes}


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/kuota", response_class=HTMLResponse, include_in_schema=False)
    async def quota_page(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        year = await run_in_threadpool(budget_year, console.store, year_param(request.query_params.get("tahun")))
        quotas = await run_in_threadpool(list_quotas, console.store, year)
        years = await run_in_threadpool(list_years, console.store)
        rules = await run_in_threadpool(rules_rows, console.store)
        return console.render(request, "quotas.html", signed=signed, page="quotas", quotas=quotas, year=year,
                              years=years, regencies=regencies(), sources=[s.value for s in FundingSource],
                              regency_name=regency_name, admin=signed.account.role == ADMIN, **rules)  # fmt: skip

    @app.post(PREFIX + "/kuota", include_in_schema=False)
    async def save_quota(request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        try:
            quota = int(form.get("quota", ""))
        except ValueError:
            raise ProvinceError("province.bad_quota", quota=form.get("quota", "")[:12]) from None
        year = year_param(form.get("year")) if form.get("year") else current_year()
        if year is None:
            raise ProvinceError("province.bad_budget_year", year=form.get("year", "")[:12])
        await run_in_threadpool(
            lambda: set_quota(
                console.store,
                form.get("regency", "")[:8],
                form.get("source", "")[:16],
                quota,
                year=year,
                by=signed.account.username,
            )
        )
        return back(f"{PREFIX}/kuota?tahun={year}", "quota")

    @app.post(PREFIX + "/kuota/tahun", include_in_schema=False)
    async def open_budgetyear_param(request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        year = year_param(form.get("year"))
        if year is None:
            raise ProvinceError("province.bad_budget_year", year=form.get("year", "")[:12])
        note = form.get("note", "")[:500] or None
        await run_in_threadpool(lambda: open_year(console.store, year, by=signed.account.username, note=note))
        return back(f"{PREFIX}/kuota?tahun={year}", "year_opened")

    @app.post(PREFIX + "/aturan", include_in_schema=False)
    async def change_rule(request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        key, value = form.get("key", "")[:80], form.get("value", "")[:200]
        await run_in_threadpool(lambda: set_rule(console.store, key, value, actor=signed.account.username))
        return back(PREFIX + "/kuota", "rule")

    @app.post(PREFIX + "/aturan/terbitkan", include_in_schema=False)
    async def publish(request: Request) -> Response:
        signed, _form = await console.action(request, ADMIN)
        await run_in_threadpool(lambda: publish_rules(console.store, console.keys, actor=signed.account.username))
        return back(PREFIX + "/kuota", "published")
