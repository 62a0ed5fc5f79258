"""Jejak audit: the province event log, newest first, filtered by action, account, subject and dates,
paged by id (keyset: the next page starts below the last id shown, fast on a long log)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from ..models import Event
from ..store import ProvinceStore
from .web import PREFIX, Console

PAGE_SIZE = 50


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def events(store: ProvinceStore, filters: dict[str, str], before: int | None) -> dict:
    query = select(Event).order_by(Event.id.desc()).limit(PAGE_SIZE + 1)
    if filters["action"]:
        query = query.where(Event.action == filters["action"])
    if filters["account"]:
        query = query.where(Event.account == filters["account"].strip().lower())
    if filters["subject"]:
        query = query.where(Event.subject == filters["subject"].strip())
    start, end = _date(filters["from"]), _date(filters["to"])
    if start:
        query = query.where(Event.at >= datetime.combine(start, datetime.min.time()))
    if end:
        query = query.where(Event.at < datetime.combine(end + timedelta(days=1), datetime.min.time()))
    if before:
        query = query.where(Event.id < before)
    with store.reader() as session:
        rows = list(session.scalars(query))
        actions = sorted(session.scalars(select(Event.action).distinct()))
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    lines = [(e, json.dumps(e.details, ensure_ascii=False, sort_keys=True, default=str)[:300]) for e in rows]
    return {"lines": lines, "actions": actions, "next_before": rows[-1].id if more else None}


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/audit", response_class=HTMLResponse, include_in_schema=False)
    async def audit(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        q = request.query_params
        filters = {key: q.get(key, "")[:64] for key in ("action", "account", "subject", "from", "to")}
        before = q.get("sebelum", "")
        data = await run_in_threadpool(events, console.store, filters, int(before) if before.isdigit() else None)
        query = urlencode({k: v for k, v in filters.items() if v})
        return console.render(request, "audit.html", signed=signed, page="audit", filters=filters, query=query,
                              **data)  # fmt: skip
