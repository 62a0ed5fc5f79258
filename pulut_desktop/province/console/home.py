"""Beranda: coverage against quota, registrations per week, laptops last seen, what waits for people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from pulut_desktop.domain.reference import regions

from ..after_figures import after_registration
from ..counts import WEEK, counts, monday
from ..models import Batch, Device, DeviceRequestRow, HeldBatch, ReviewCase
from ..quotas import current_year, list_quotas, list_years
from ..store import ProvinceStore, utcnow
from . import charts
from .web import PREFIX, Console, year_param

WEEKS = 12


@dataclass(frozen=True)
class DeviceSeen:
    id: str
    code: str
    name: str
    regency_code: str
    status: str
    last_batch: datetime | None
    days_behind: int | None
    batches: int
    missing: int  # sequences never received between 1 and the highest one


def regency_name(code: str) -> str:
    region = regions().get(code)
    return region.name if region else code


def short_regency_name(code: str) -> str:
    """``Kampar`` for Kabupaten Kampar (a chart label); cities keep ``Kota``."""
    return regency_name(code).removeprefix("Kabupaten ")


def devices_seen(store: ProvinceStore) -> list[DeviceSeen]:
    """Every device with its last batch, how many days ago, its batch count and sequence gaps."""
    now = utcnow()
    with store.reader() as session:
        stats = {  # distinct sequences: a released held batch shares its sequence with another batch
            device_id: (last, top, n)
            for device_id, last, top, n in session.execute(
                select(
                    Batch.device_id,
                    func.max(Batch.received_at),
                    func.max(Batch.sequence),
                    func.count(func.distinct(Batch.sequence)),
                ).group_by(Batch.device_id)
            )
        }
        devices = list(session.scalars(select(Device).order_by(Device.code)))
    out = []
    for d in devices:
        last, top, n = stats.get(d.id, (None, 0, 0))
        out.append(DeviceSeen(d.id, d.code, d.name, d.regency_code, d.status, last,
                              None if last is None else (now - last).days, n, max(0, (top or 0) - n)))  # fmt: skip
    return sorted(out, key=lambda s: (s.last_batch is not None, s.last_batch or now))


def weekly(store: ProvinceStore, weeks: int = WEEKS) -> list[tuple[str, int]]:
    """Registrations received per week (each counted once a week, however many versions came), Monday to
    Sunday, the last ``weeks``; read from the counters (:mod:`..counts`)."""
    today = utcnow().date()
    mondays = [monday(today) - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    with store.reader() as session:
        per_week = {key[4]: n for key, n in counts(session, WEEK).items()}
    return [(f"{m:%d/%m}", per_week.get(m.isoformat(), 0)) for m in mondays]


def waiting(store: ProvinceStore) -> dict[str, int]:
    with store.reader() as session:
        return {
            "reviews": session.scalar(select(func.count()).where(ReviewCase.status == "open")) or 0,
            "held": session.scalar(select(func.count()).select_from(HeldBatch)) or 0,
            "requests": session.scalar(select(func.count()).where(DeviceRequestRow.status == "pending")) or 0,
        }


def budget_year(store: ProvinceStore, asked: int | None) -> int:
    """The year asked for, else the newest budget year opened (the one officers register for now),
    else this calendar year."""
    if asked is not None:
        return asked
    years = list_years(store)
    return years[0]["year"] if years else current_year()


def dashboard(store: ProvinceStore, asked_year: int | None = None) -> dict:
    year = budget_year(store, asked_year)
    quotas = list_quotas(store, year)
    rows = [(f"{short_regency_name(q['regency_code'])} · {q['funding_source']}", q["accepted"], q["quota"])
            for q in quotas]  # fmt: skip
    bars, bars_height = charts.coverage_bars(rows)
    return {
        "year": year,
        "years": [y["year"] for y in list_years(store)],
        "bars": bars,
        "bars_height": bars_height,
        "columns": charts.week_columns(weekly(store)),
        "devices": devices_seen(store),
        "waiting": waiting(store),
        "after": after_registration(store, utcnow().year),
        "chart_width": charts.CHART_WIDTH,
        "label_width": charts.LABEL_WIDTH,
    }


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX, response_class=HTMLResponse, include_in_schema=False)
    async def home(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        data = await run_in_threadpool(dashboard, console.store, year_param(request.query_params.get("tahun")))
        return console.render(request, "home.html", signed=signed, page="home", **data)
