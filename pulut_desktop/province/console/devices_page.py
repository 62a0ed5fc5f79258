"""Perangkat: device requests (the code shown large, to compare with the laptop's screen), approve or
refuse; enrolled devices with their last sync and sequence gaps; revoke; the batches of one device."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from .. import devices
from ..accounts import ADMIN
from ..models import Batch, Device
from ..store import ProvinceStore
from .home import devices_seen, regency_name
from .web import PREFIX, Console, Refused, back

BATCHES_SHOWN = 200


def device_batches(store: ProvinceStore, device_id: str) -> tuple[Device, list[Batch]]:
    with store.reader() as session:
        device = session.get(Device, device_id[:36])
        if device is None:
            raise Refused("province.unknown_device", status=404, device_id=device_id[:36])
        batches = list(session.scalars(
            select(Batch).where(Batch.device_id == device.id).order_by(Batch.sequence.desc()).limit(BATCHES_SHOWN)
        ))  # fmt: skip
        return device, batches


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/perangkat", response_class=HTMLResponse, include_in_schema=False)
    async def device_list(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        pending = await run_in_threadpool(devices.pending_requests, console.store)
        seen = await run_in_threadpool(devices_seen, console.store)
        return console.render(request, "devices.html", signed=signed, page="devices", pending=pending, seen=seen,
                              regency_name=regency_name)  # fmt: skip

    @app.get(PREFIX + "/perangkat/{device_id}", response_class=HTMLResponse, include_in_schema=False)
    async def device_page(device_id: str, request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        device, batches = await run_in_threadpool(device_batches, console.store, device_id)
        return console.render(request, "device.html", signed=signed, page="devices", device=device, batches=batches,
                              regency_name=regency_name)  # fmt: skip

    @app.post(PREFIX + "/permintaan/{request_id}/setujui", include_in_schema=False)
    async def approve(request_id: str, request: Request) -> Response:
        signed, _form = await console.action(request, ADMIN)
        await run_in_threadpool(
            lambda: devices.approve_online(
                console.store, request_id[:36], console.keys, console.server_url, by=signed.account.username
            )
        )
        return back(PREFIX + "/perangkat", "approved")

    @app.post(PREFIX + "/permintaan/{request_id}/tolak", include_in_schema=False)
    async def refuse(request_id: str, request: Request) -> Response:
        signed, _form = await console.action(request, ADMIN)
        await run_in_threadpool(
            lambda: devices.refuse_request(console.store, request_id[:36], by=signed.account.username)
        )
        return back(PREFIX + "/perangkat", "refused")

    @app.post(PREFIX + "/perangkat/{device_id}/cabut", include_in_schema=False)
    async def revoke(device_id: str, request: Request) -> Response:
        signed, form = await console.action(request, ADMIN)
        reason = form.get("reason", "").strip()[:200] or None
        await run_in_threadpool(
            lambda: devices.revoke(console.store, device_id[:36], reason, by=signed.account.username)
        )
        return back(PREFIX + "/perangkat", "revoked")
