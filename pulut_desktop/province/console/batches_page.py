"""Kiriman: batches received (newest first, paginated), held batches with release and discard (reviewers
and admins, through :mod:`..held`, the CLI's path), and each batch's signed receipt as a download (for a
stick when the laptop cannot reach the service)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from pulut_desktop.sync import usb

from ..accounts import ADMIN, RANK, REVIEWER
from ..held import RELEASABLE, discard_held, release_held
from ..models import Batch, Device, HeldBatch
from ..store import ProvinceStore, log_event
from .web import PREFIX, Console, Page, Refused, back, int_param

PAGE_SIZE = 50
REASONS = {
    "sequence_reused": "Urutan sudah dipakai berkas lain",
    "batch_id_reused": "ID kiriman sudah dipakai berkas lain",
}


def batches(store: ProvinceStore, page: int) -> dict:
    with store.reader() as session:
        total = session.scalar(select(func.count()).select_from(Batch)) or 0
        shown = Page.of(total, page, PAGE_SIZE)
        rows = session.execute(
            select(Batch.id, Batch.sequence, Batch.record_count, Batch.outcome, Batch.error_code, Batch.received_at,
                   Batch.training, Batch.released_from_hold, Device.code, Device.id.label("device_id"))
            .join(Device, Device.id == Batch.device_id)
            .order_by(Batch.received_at.desc(), Batch.id)
            .offset(shown.offset).limit(shown.size)
        ).all()  # fmt: skip
        held = session.execute(
            select(HeldBatch.file_sha256, HeldBatch.batch_id, HeldBatch.sequence, HeldBatch.reason,
                   HeldBatch.received_at, Device.code)
            .outerjoin(Device, Device.id == HeldBatch.device_id)
            .order_by(HeldBatch.received_at)
        ).all()  # fmt: skip
    return {"rows": rows, "held": held, **shown.context(), "releasable": RELEASABLE}


def receipt_download(store: ProvinceStore, batch_id: str, by: str) -> tuple[str, bytes]:
    with store.session() as session:
        batch = session.get(Batch, batch_id[:36])
        if batch is None:
            raise Refused("province.unknown_batch", status=404, batch_id=batch_id[:36])
        log_event(session, "receipt.downloaded", batch.id, account=by)
        return usb.receipt_file_name(batch.device_id, batch.sequence), batch.receipt


def register(app: FastAPI, console: Console) -> None:
    @app.get(PREFIX + "/kiriman", response_class=HTMLResponse, include_in_schema=False)
    async def batch_list(request: Request) -> HTMLResponse:
        signed = await console.signed_in(request)
        data = await run_in_threadpool(batches, console.store, int_param(request.query_params.get("halaman")))
        return console.render(request, "batches.html", signed=signed, page="batches", reasons=REASONS,
                              can_decide=RANK[signed.account.role] >= RANK[REVIEWER], **data)  # fmt: skip

    @app.post(PREFIX + "/kiriman/{batch_id}/tanda-terima", include_in_schema=False)
    async def receipt(batch_id: str, request: Request) -> Response:
        signed, _form = await console.action(request, ADMIN)
        name, data = await run_in_threadpool(receipt_download, console.store, batch_id, signed.account.username)
        return Response(data, media_type="application/x-pulut-receipt",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})  # fmt: skip

    @app.post(PREFIX + "/kiriman/tertahan/{sha256}/lepaskan", include_in_schema=False)
    async def release(sha256: str, request: Request) -> Response:
        signed, form = await console.action(request, REVIEWER)
        note = form.get("note", "")[:500] or None
        await run_in_threadpool(lambda: release_held(console.store, sha256[:64], console.keys,
                                                     by=signed.account.username, note=note))  # fmt: skip
        return back(PREFIX + "/kiriman", "released")

    @app.post(PREFIX + "/kiriman/tertahan/{sha256}/buang", include_in_schema=False)
    async def discard(sha256: str, request: Request) -> Response:
        signed, form = await console.action(request, REVIEWER)
        note = form.get("note", "")[:500] or None
        await run_in_threadpool(lambda: discard_held(console.store, sha256[:64], by=signed.account.username,
                                                     note=note))  # fmt: skip
        return back(PREFIX + "/kiriman", "discarded")
