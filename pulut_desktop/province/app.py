"""The province service: FastAPI over the same store and import code as the USB path.

    GET  /v1/nonce                                   -> {"nonce", "expires_in"}          (no auth)
    POST /v1/batches              (device-signed)    -> the signed receipt (application/x-pulut-receipt)
    GET  /v1/batches/{id}/receipt (device-signed)    -> the receipt again (updated after a review or BPJS's answer)
    GET  /v1/reference-bundle     (device-signed)    -> the signed reference bundle
    POST /v1/device-requests                         -> 202 {"request_id", "status"} (self-signed file)
    GET  /v1/device-requests/{id}/enrolment          -> 200 enrolment file | 202 {"status": "pending"}
    /admin/...                                   -> the province console (named accounts): console/

The interactive API pages (``/docs``, ``/redoc``) are off: they would load Swagger UI from a CDN,
which the province network may not reach; ``/openapi.json`` describes the API.

Every error (4xx, 500, a busy database's 503 with ``Retry-After``) gets a JSON body
``{"error": code, "message": English, "pesan": Indonesian}`` (:mod:`.guard`). Device headers are
checked before an upload's body is read; bodies are capped (``Content-Length`` first, then the stream)
and given up when the client stalls; ``/v1/nonce`` and device requests are rate-limited per client
address. Blocking work (database, crypto) runs in the thread pool.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from pulut_desktop import __version__
from pulut_desktop.domain.errors import PulutError
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync import enrolment as enrolment_format
from pulut_desktop.sync.errors import BatchError, SyncError

from . import auth, devices, guard
from .answers import current_receipt
from .bundle import build_reference_bundle, roster_key
from .console import mount as mount_console
from .console.web import PREFIX as CONSOLE_PREFIX
from .errors import AuthError, BatchHeld, DeviceError
from .ingest import HELD, import_batch
from .keys import ProvinceKeyring
from .models import Batch
from .store import ProvinceStore, utcnow

RECEIPT_TYPE = "application/x-pulut-receipt"
ENROLMENT_TYPE = "application/x-pulut-enrolment"
BUNDLE_TYPE = "application/x-pulut-bundle"


class BodyTooLarge(PulutError):
    code = "province.body_too_large"


def _error(err: PulutError, status: int) -> JSONResponse:
    return guard.error_response(err, status)


def _status_of(err: PulutError) -> int:
    if isinstance(err, AuthError):
        return err.status
    if isinstance(err, BodyTooLarge):
        return 413
    if isinstance(err, guard.ServiceError):
        return err.status
    if isinstance(err, BatchHeld):
        return 409
    if isinstance(err, BatchError) and err.code in ("batch.unknown_device", "batch.revoked_device"):
        return 403
    return 422 if isinstance(err, SyncError) else 400


async def read_capped(request: Request, limit: int) -> bytes:
    return await guard.read_capped(request, limit, BodyTooLarge)


def create_app(
    store: ProvinceStore,
    keys: ProvinceKeyring,
    *,
    max_upload: int = batch_format.MAX_FILE_SIZE,
    server_url: str | None = None,
    nonce_limit: guard.RateLimiter | None = None,
) -> FastAPI:
    app = FastAPI(title="Pulut Ketan province receiver", version=__version__, docs_url=None, redoc_url=None)
    roster_key(store)  # made once, before any request, so a GET never writes
    nonce_key = auth.nonce_key(store)
    # A laptop asks one nonce per request; 20 laptops behind one office router sync at once.
    nonce_limit = nonce_limit or guard.RateLimiter(rate=20, burst=300)
    request_limit = guard.RateLimiter(rate=1, burst=60)  # device requests: a laptop posts one
    console = mount_console(app, store, keys, server_url)

    guard.install_error_handlers(app, lambda request: request.url.path.startswith(CONSOLE_PREFIX))
    guard.document_api(app)

    @app.exception_handler(PulutError)
    async def _pulut_error(request: Request, err: PulutError) -> Response:
        if request.url.path.startswith(CONSOLE_PREFIX):
            return console.error_page(request, err, _status_of(err))
        return _error(err, _status_of(err))

    async def device_of(request: Request, body: bytes):
        h = request.headers
        return await run_in_threadpool(
            auth.authenticate, store, nonce_key, request.method, request.url.path,
            h.get(auth.HEADER_DEVICE), h.get(auth.HEADER_NONCE), h.get(auth.HEADER_SIGNATURE), body,
        )  # fmt: skip

    async def headers_ok(request: Request) -> None:
        h = request.headers
        await run_in_threadpool(
            auth.check_headers, store, nonce_key,
            h.get(auth.HEADER_DEVICE), h.get(auth.HEADER_NONCE), h.get(auth.HEADER_SIGNATURE),
        )  # fmt: skip

    @app.get("/v1/health")
    async def health() -> dict:
        return {"status": "ok", "version": __version__}

    @app.get("/v1/nonce")
    async def nonce(request: Request) -> dict:
        nonce_limit.check(request)
        value = auth.issue_nonce(nonce_key)  # no database write: see auth.py
        return {"nonce": value, "expires_in": int(auth.NONCE_TTL.total_seconds())}

    @app.post("/v1/batches", response_class=Response, responses={200: {"content": {RECEIPT_TYPE: {}}}})
    async def upload_batch(request: Request) -> Response:
        await headers_ok(request)  # before one byte of the body is read
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
            with store.session() as session:  # re-signed here when BPJS answered since (answers.py)
                batch = session.get(Batch, batch_id[:36])
                if batch is None or batch.device_id != device.id:
                    return None
                return current_receipt(session, batch, keys)

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
        request_limit.check(request)
        body = await read_capped(request, enrolment_format.MAX_FILE_SIZE)
        row = await run_in_threadpool(devices.receive_request, store, body)
        return JSONResponse({"request_id": row.request_id, "status": row.status}, status_code=202)

    @app.get("/v1/device-requests/{request_id}/enrolment", response_class=Response)
    async def get_enrolment(request_id: str) -> Response:
        status, data = await run_in_threadpool(devices.enrolment_for_request, store, request_id[:36])
        if status == "unknown":  # 404: schema-valid, just not a request this province received
            return _error(DeviceError("province.unknown_request", request_id=request_id[:36]), 404)
        if data is None:
            return JSONResponse({"status": status}, status_code=202 if status == "pending" else 403)
        return Response(data, media_type=ENROLMENT_TYPE)

    app.state.store, app.state.keys, app.state.started_at = store, keys, utcnow()
    return app
