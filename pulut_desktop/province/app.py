"""The province service: FastAPI over the same store and import code as the USB path.

    GET  /v1/nonce                                   -> {"nonce", "expires_in"}          (no auth)
    POST /v1/batches              (device-signed)    -> the signed receipt (application/x-pulut-receipt)
    GET  /v1/batches/{id}/receipt (device-signed)    -> the receipt again (updated after a review)
    GET  /v1/reference-bundle     (device-signed)    -> the signed reference bundle
    POST /v1/device-requests                         -> 202 {"request_id", "status"} (self-signed file)
    GET  /v1/device-requests/{id}/enrolment          -> 200 enrolment file | 202 {"status": "pending"}
    GET  /admin, POST /admin/login, POST /admin/requests/{id}/approve   (admin token, cookie)

Every bad request gets a 4xx JSON body ``{"error": code, "message": English, "pesan": Indonesian}``.
Upload bodies are capped before they are read whole: ``Content-Length`` is checked first and the
stream is cut off at the limit. Blocking work (database, crypto) runs in the thread pool.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import secrets

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop import __version__, messages
from pulut_desktop.domain.errors import PulutError
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync import enrolment as enrolment_format
from pulut_desktop.sync.errors import BatchError, SyncError

from . import auth, devices, review
from .bundle import build_reference_bundle, roster_key
from .errors import AuthError, BatchHeld, DeviceError
from .ingest import HELD, import_batch
from .keys import ProvinceKeyring
from .models import Batch, Setting
from .nonces import NonceBook
from .store import ProvinceStore, log_event, utcnow

RECEIPT_TYPE = "application/x-pulut-receipt"
ENROLMENT_TYPE = "application/x-pulut-enrolment"
BUNDLE_TYPE = "application/x-pulut-bundle"
ADMIN_TOKEN_SETTING, ADMIN_COOKIE = "admin_token_sha256", "pulut_admin"


class BodyTooLarge(PulutError):
    code = "province.body_too_large"


def _error(err: PulutError, status: int) -> JSONResponse:
    return JSONResponse(
        {"error": err.code, "message": messages.error_text(err, "en"), "pesan": messages.error_text(err, "id")},
        status_code=status,
    )


def _status_of(err: PulutError) -> int:
    if isinstance(err, AuthError):
        return err.status
    if isinstance(err, BodyTooLarge):
        return 413
    if isinstance(err, BatchHeld):
        return 409
    if isinstance(err, BatchError) and err.code in ("batch.unknown_device", "batch.revoked_device"):
        return 403
    return 422 if isinstance(err, SyncError) else 400


async def read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise BodyTooLarge(limit=limit)
        if int(declared) > limit:
            raise BodyTooLarge(limit=limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(limit=limit)
        chunks.append(chunk)
    return b"".join(chunks)


def set_admin_token(store: ProvinceStore) -> str:
    """A new admin token (shown once); only its SHA-256 is kept."""
    token = secrets.token_urlsafe(24)
    with store.session() as session:
        row = session.get(Setting, ADMIN_TOKEN_SETTING)
        digest = hashlib.sha256(token.encode()).hexdigest()
        if row is None:
            session.add(Setting(key=ADMIN_TOKEN_SETTING, value=digest))
        else:
            row.value = digest
        log_event(session, "admin.token_set")
    return token


def _admin_ok(store: ProvinceStore, token: str | None) -> bool:
    if not token:
        return False
    with store.reader() as session:
        row = session.get(Setting, ADMIN_TOKEN_SETTING)
    if row is None:
        return False
    return hmac.compare_digest(str(row.value), hashlib.sha256(token.encode()).hexdigest())


def create_app(
    store: ProvinceStore,
    keys: ProvinceKeyring,
    *,
    max_upload: int = batch_format.MAX_FILE_SIZE,
    server_url: str | None = None,
    shared_nonces: bool = False,
) -> FastAPI:
    """``shared_nonces``: several service processes share this store (``serve --workers N``)."""
    app = FastAPI(title="Pulut Ketan province receiver", version=__version__)
    roster_key(store)  # made once, before any request, so a GET never writes
    nonces = NonceBook(store, shared=shared_nonces)

    @app.exception_handler(PulutError)
    async def _pulut_error(_request: Request, err: PulutError) -> JSONResponse:
        return _error(err, _status_of(err))

    async def device_of(request: Request, body: bytes):
        h = request.headers
        return await run_in_threadpool(
            auth.authenticate, store, nonces, request.method, request.url.path,
            h.get(auth.HEADER_DEVICE), h.get(auth.HEADER_NONCE), h.get(auth.HEADER_SIGNATURE), body,
        )  # fmt: skip

    @app.get("/v1/health")
    async def health() -> dict:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/nonce")
    async def nonce() -> dict:
        return {"nonce": nonces.issue(), "expires_in": int(auth.NONCE_TTL.total_seconds())}

    @app.post("/v1/batches", response_class=Response, responses={200: {"content": {RECEIPT_TYPE: {}}}})
    async def upload_batch(request: Request) -> Response:
        body = await read_capped(request, max_upload)
        device = await device_of(request, body)
        header = batch_format.read_batch_header(body)
        if header.device_id != device.id:
            raise AuthError("province.auth_wrong_device", status=403, device_id=device.id)
        outcome = await run_in_threadpool(import_batch, store, body, keys)
        if outcome.status == HELD:
            raise outcome.error
        return Response(outcome.receipt, media_type=RECEIPT_TYPE, headers={"X-Pulut-Import": outcome.status})

    @app.get("/v1/batches/{batch_id}/receipt", response_class=Response)
    async def receipt_again(batch_id: str, request: Request) -> Response:
        device = await device_of(request, b"")

        def find() -> bytes | None:
            with store.reader() as session:
                batch = session.get(Batch, batch_id[:36])
                return batch.receipt if batch is not None and batch.device_id == device.id else None

        data = await run_in_threadpool(find)
        if data is None:
            raise DeviceError("province.unknown_batch", batch_id=batch_id[:36])
        return Response(data, media_type=RECEIPT_TYPE)

    @app.get("/v1/reference-bundle", response_class=Response)
    async def reference_bundle(request: Request) -> Response:
        await device_of(request, b"")
        return Response(await run_in_threadpool(build_reference_bundle, store, keys), media_type=BUNDLE_TYPE)

    @app.post("/v1/device-requests", status_code=202)
    async def post_request(request: Request) -> JSONResponse:
        body = await read_capped(request, enrolment_format.MAX_FILE_SIZE)
        row = await run_in_threadpool(devices.receive_request, store, body)
        return JSONResponse({"request_id": row.request_id, "status": row.status}, status_code=202)

    @app.get("/v1/device-requests/{request_id}/enrolment", response_class=Response)
    async def get_enrolment(request_id: str) -> Response:
        status, data = await run_in_threadpool(devices.enrolment_for_request, store, request_id[:36])
        if status == "unknown":
            raise DeviceError("province.unknown_request", request_id=request_id[:36])
        if data is None:
            return JSONResponse({"status": status}, status_code=202 if status == "pending" else 403)
        return Response(data, media_type=ENROLMENT_TYPE)

    # --- the small admin page: approve device requests, see what waits for review ---

    @app.get("/admin", response_class=HTMLResponse)
    async def admin(request: Request) -> HTMLResponse:
        if not await run_in_threadpool(_admin_ok, store, request.cookies.get(ADMIN_COOKIE)):
            return HTMLResponse(_LOGIN, status_code=401)
        pending = await run_in_threadpool(devices.pending_requests, store)
        cases = await run_in_threadpool(review.list_cases, store)
        rows = "".join(
            f"<tr><td>{html.escape(r.device_code)}</td><td>{html.escape(r.device_name)}</td>"
            f"<td>{html.escape(r.regency_code)}</td><td>{'ya' if r.training else 'tidak'}</td>"
            f"<td><form method=post action='/admin/requests/{html.escape(r.request_id)}/approve'>"
            f"<button>Setujui / Approve</button></form></td></tr>"
            for r in pending
        )
        held = "".join(
            f"<tr><td>{c.id}</td><td>{html.escape(c.full_name)}</td><td>{html.escape(c.nik_masked or '')}</td>"
            f"<td>{html.escape(c.other_full_name or '')}</td><td>{html.escape(c.other_nik_masked or '')}</td></tr>"
            for c in cases
        )
        return HTMLResponse(_PAGE.format(rows=rows or _NONE, held=held or _NONE))

    @app.post("/admin/login")
    async def admin_login(request: Request) -> Response:
        form = (await read_capped(request, 4096)).decode("utf-8", "replace")
        token = dict(p.split("=", 1) for p in form.split("&") if "=" in p).get("token", "")
        from urllib.parse import unquote_plus

        token = unquote_plus(token)
        if not await run_in_threadpool(_admin_ok, store, token):
            return HTMLResponse(_LOGIN, status_code=401)
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(ADMIN_COOKIE, token, httponly=True, samesite="strict", path="/admin")
        return response

    @app.post("/admin/requests/{request_id}/approve")
    async def admin_approve(request_id: str, request: Request) -> Response:
        if not await run_in_threadpool(_admin_ok, store, request.cookies.get(ADMIN_COOKIE)):
            return HTMLResponse(_LOGIN, status_code=401)
        await run_in_threadpool(devices.approve_online, store, request_id[:36], keys, server_url)
        return RedirectResponse("/admin", status_code=303)

    app.state.store, app.state.keys, app.state.started_at = store, keys, utcnow()
    return app


_NONE = "<tr><td colspan=5>-</td></tr>"
_LOGIN = """<!doctype html><meta charset=utf-8><title>Pulut Ketan - Admin</title>
<h1>Penerima provinsi / Province receiver</h1>
<form method=post action=/admin/login><label>Token admin: <input name=token type=password></label>
<button>Masuk / Sign in</button></form>
<p>Token dibuat oleh <code>pulut-province init</code> atau <code>pulut-province admin-token</code>.</p>"""
_PAGE = """<!doctype html><meta charset=utf-8><title>Pulut Ketan - Admin</title>
<h1>Permintaan perangkat / Device requests</h1>
<table border=1 cellpadding=4><tr><th>Kode</th><th>Nama</th><th>Kabupaten</th><th>Latihan</th><th></th></tr>
{rows}</table>
<h2>Menunggu tinjauan / Held for review</h2>
<p>Putuskan dengan <code>pulut-province review accept|reject ID</code>.</p>
<table border=1 cellpadding=4><tr><th>ID</th><th>Nama</th><th>NIK</th><th>Mirip dengan</th><th>NIK</th></tr>
{held}</table>"""
