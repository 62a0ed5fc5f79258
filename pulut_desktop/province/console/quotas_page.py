"""Kuota & aturan: quotas per regency and funding source with what is accepted so far, and the programme
rules (draft beside what laptops have, through :mod:`..rules`, the CLI's path); admins change them."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource
from pulut_desktop.domain.rules import SHIPPED_RULES

from ..accounts import ADMIN
from ..errors import ProvinceError
from ..quotas import list_quotas, set_quota
from ..rules import FIXED_KEYS, flatten, publish_rules, rules_state, set_rule
from .home import regency_name
from .web import PREFIX, Console, back


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
        quotas = await run_in_threadpool(list_quotas, console.store)
        rules = await run_in_threadpool(rules_rows, console.store)
        return console.render(request, "quotas.html", signed=signed, page="quotas", quotas=quotas,
                              regencies=regencies(), sources=[s.value for s in FundingSource],
                              regency_name=regency_name, admin=signed.account.role == ADMIN, **rules)  # fmt: skip

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
