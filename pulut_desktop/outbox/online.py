"""Sync over the network (issue 6): the same batches as the USB path, sent to the province service.

``sync_online(store, base_url, progress, should_cancel)``:

1. seal what is waiting into batches (the export machinery, without a stick: the bytes stay in the
   laptop DB until acknowledged);
2. for every pending or unacknowledged batch, in sequence: fetch a nonce, sign the request with the
   device key, upload, and apply the answer **only if it is a valid signed receipt** (content type,
   magic, province signature, batch digest) — a captive portal's ``200 text/html`` raises
   :class:`NotProvinceServer` and marks nothing sent;
3. fetch receipts again for batches still holding records for review or waiting for BPJS (decisions
   and BPJS's membership results come back this way);
4. fetch and apply the reference bundle.

Connection errors and 5xx answers are retried with exponential backoff and jitter; 4xx are not.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from sqlalchemy import or_, select

from pulut_desktop.domain.status import Status
from pulut_desktop.storage.models import BatchRow, ReceiptOutcome, RegistrationRow
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import enrolment as enrolment_wire
from pulut_desktop.sync import receipt as receipt_wire
from pulut_desktop.sync import reference as reference_wire
from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.errors import ReceiptError
from pulut_desktop.sync.keys import b64encode

from .enrolment import import_enrolment_bytes, require_enrolment
from .errors import Cancelled, OutboxError
from .export import DEFAULT_MAX_REGISTRATIONS, HELD, PENDING, SENT, seal_waiting
from .memberships import BPJS_REJECTED, ENROLLED
from .quarantine import SET_ASIDE_STATUSES, set_aside
from .receipts import AppliedReceipt, apply_receipt, count_changed
from .reference import apply_reference_bundle

RECEIPT_TYPE = "application/x-pulut-receipt"
BUNDLE_TYPE = "application/x-pulut-bundle"
ENROLMENT_TYPE = "application/x-pulut-enrolment"
TIMEOUT = httpx.Timeout(30.0, connect=5.0)
ATTEMPTS = 4
BACKOFF = 0.25  # seconds, doubled per attempt, with full jitter


class NotProvinceServer(OutboxError):
    """The server answered, but not like the province service (captive portal, proxy error page)."""

    code = "outbox.not_province_server"


class ServerUnreachable(OutboxError):
    code = "outbox.server_unreachable"


class ServerRefused(OutboxError):
    code = "outbox.server_refused"
    status: int | None = None  # the HTTP status of the refusal, when the server answered one


@dataclass
class SyncResult:
    sent: list[int] = field(default_factory=list)  # sequences uploaded and answered
    applied: list[AppliedReceipt] = field(default_factory=list)
    revisited: list[int] = field(default_factory=list)  # batches whose newer receipt was applied
    set_aside: list[tuple[int, str, str]] = field(default_factory=list)  # (sequence, code, reason) held
    bundle_replaced: bool = False

    @property
    def held(self) -> int:
        """Registrations the province holds for review (still SENT, with a note)."""
        return count_changed(self.applied, Status.SENT)

    @property
    def enrolled(self) -> int:
        """Registrations now Terdaftar BPJS (or with new coverage dates)."""
        return sum(a.changed.get(ENROLLED, 0) for a in self.applied)

    @property
    def bpjs_rejected(self) -> int:
        return sum(a.changed.get(BPJS_REJECTED, 0) for a in self.applied)

    def totals(self) -> dict[str, int]:
        return {s.value: count_changed(self.applied, s) for s in (Status.ACCEPTED, Status.DUPLICATE, Status.REJECTED)}


class Client:
    """Signed requests to the province service for one enrolled laptop."""

    def __init__(self, store: Store, base_url: str, http: httpx.Client | None = None, sleep=time.sleep) -> None:
        self.store = store
        self.base_url = base_url.rstrip("/")
        self.http = http or httpx.Client(timeout=TIMEOUT, follow_redirects=False, trust_env=False)
        self._own = http is None
        self.sleep = sleep
        self.device_id = require_enrolment(store).device_id
        self.key = store.signing_key()

    def close(self) -> None:
        if self._own:
            self.http.close()

    def _send(self, method: str, path: str, body: bytes = b"", signed: bool = True) -> httpx.Response:
        last: Exception | None = None
        for attempt in range(ATTEMPTS):
            try:
                headers = {}
                if signed:
                    headers = self._auth(method, path, body)
                response = self.http.request(method, self.base_url + path, content=body or None, headers=headers)
                if response.status_code < 500:
                    return response
                last = refusal_of(response)
            except httpx.TransportError as err:
                last = err
            if attempt < ATTEMPTS - 1:
                self.sleep(random.uniform(0, BACKOFF * 2**attempt))
        if isinstance(last, OutboxError):
            raise last
        raise ServerUnreachable(url=self.base_url, detail=type(last).__name__)

    def _auth(self, method: str, path: str, body: bytes) -> dict[str, str]:
        response = self.http.get(self.base_url + "/v1/nonce")
        nonce = _json(response, self.base_url).get("nonce")
        if not isinstance(nonce, str):
            raise NotProvinceServer(url=self.base_url)
        signature = b64encode(self.key.sign(signed_text(method, path, nonce, body)))
        return {"X-Pulut-Device": self.device_id, "X-Pulut-Nonce": nonce, "X-Pulut-Signature": signature}

    def upload(self, data: bytes) -> bytes:
        return _receipt(self._send("POST", "/v1/batches", data), self.base_url)

    def receipt(self, batch_id: str) -> bytes | None:
        response = self._send("GET", f"/v1/batches/{batch_id}/receipt")
        if response.status_code == 404 or (response.status_code == 400 and _error_code(response)):
            return None
        return _receipt(response, self.base_url)

    def reference_bundle(self) -> bytes:
        response = self._send("GET", "/v1/reference-bundle")
        _check(response, self.base_url, BUNDLE_TYPE, reference_wire.MAGIC)
        return response.content


def _json(response: httpx.Response, url: str) -> dict:
    if response.status_code != 200 or not response.headers.get("content-type", "").startswith("application/json"):
        raise NotProvinceServer(url=url)
    try:
        value = response.json()
    except ValueError as err:
        raise NotProvinceServer(url=url) from err
    if not isinstance(value, dict):
        raise NotProvinceServer(url=url)
    return value


def _error_code(response: httpx.Response) -> str | None:
    try:
        value = response.json()
    except ValueError:
        return None
    return value.get("error") if isinstance(value, dict) else None


def _check(response: httpx.Response, url: str, content_type: str, magic: bytes) -> None:
    if 400 <= response.status_code < 500:
        code = _error_code(response)
        if code is None:
            raise NotProvinceServer(url=url)
        raise refused(code, response.json(), response.status_code)
    if response.status_code != 200:
        raise NotProvinceServer(url=url)
    if not response.headers.get("content-type", "").startswith(content_type) or not response.content.startswith(magic):
        raise NotProvinceServer(url=url)


def refused(code: str, body: dict, status: int | None = None) -> ServerRefused:
    """The server's refusal with its own filled-in sentences (``pesan`` Indonesian, ``message``
    English): the laptop's catalogue cannot fill the server's parameters, so it never re-translates
    the code. Control characters are dropped: the text came over the network."""
    from pulut_desktop.domain.canonical import canonical_text

    english = canonical_text(str(body.get("message") or code))[:300]
    indonesian = canonical_text(str(body.get("pesan") or english))[:300]
    error = ServerRefused(error=code, detail=english, pesan=indonesian)  # code= would be *our* code
    error.status = status
    return error


def refusal_of(response: httpx.Response) -> ServerRefused:
    code = _error_code(response)
    if code is None:
        status = str(response.status_code)
        return ServerRefused(error=status, detail=response.reason_phrase, pesan=response.reason_phrase)
    return refused(code, response.json(), response.status_code)


def _receipt(response: httpx.Response, url: str) -> bytes:
    _check(response, url, RECEIPT_TYPE, receipt_wire.MAGIC)
    return response.content


def _held_batches(store: Store) -> list[str]:
    """Batches whose receipt left a registration held for review that is still waiting, or accepted one
    that still waits for BPJS Ketenagakerjaan's answer (the province re-signs the receipt with it), and
    batches set aside because the province held them (a reviewer may have released one since)."""
    with store.reader() as session:
        rows = session.execute(
            select(ReceiptOutcome.batch_id)
            .join(RegistrationRow, RegistrationRow.id == ReceiptOutcome.registration_id)
            .where(ReceiptOutcome.status == "held_for_review", RegistrationRow.status == Status.SENT.value)
            .distinct()
        )
        held = [r[0] for r in rows]
        awaiting = session.execute(
            select(ReceiptOutcome.batch_id)
            .join(RegistrationRow, RegistrationRow.id == ReceiptOutcome.registration_id)
            .where(
                ReceiptOutcome.status == "accepted",
                RegistrationRow.status == Status.ACCEPTED.value,
                RegistrationRow.version == ReceiptOutcome.version + 2,
                # no answer yet for the version the province accepted (an older one's may be there)
                or_(RegistrationRow.bpjs_status.is_(None), RegistrationRow.bpjs_version != ReceiptOutcome.version),
            )
            .distinct()
        )
        revisit = held + sorted({r[0] for r in awaiting} - set(held))
        set_aside_ids = session.scalars(select(BatchRow.id).where(BatchRow.status == HELD).order_by(BatchRow.sequence))
        return revisit + [b for b in set_aside_ids if b not in revisit]


def _revisit(store: Store, receipt: bytes) -> AppliedReceipt | None:
    """Apply a receipt fetched again; None when it is another file's (a batch set aside because its id was
    reused is answered with the stored batch's receipt, which is not this laptop's to apply)."""
    try:
        return apply_receipt(store, receipt)
    except ReceiptError as err:
        if err.code != "receipt.wrong_batch":
            raise
        return None


def sync_online(
    store: Store,
    base_url: str,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    *,
    http: httpx.Client | None = None,
    max_registrations: int = DEFAULT_MAX_REGISTRATIONS,
    sleep=time.sleep,
) -> SyncResult:
    """Send every waiting batch, apply the receipts, fetch decisions and the reference bundle.
    Raises NotEnrolled, NotProvinceServer, ServerUnreachable, ServerRefused, ReceiptError or Cancelled;
    a batch is marked sent only together with its valid receipt."""
    require_enrolment(store)
    cancelled = should_cancel or (lambda: False)
    client = Client(store, base_url, http, sleep)
    result = SyncResult()
    try:
        if not seal_waiting(store, max_registrations, cancelled):
            raise Cancelled(written=0)
        with store.reader() as session:
            todo = [
                (b.id, b.sequence)
                for b in session.scalars(
                    select(BatchRow).where(BatchRow.status.in_((PENDING, SENT))).order_by(BatchRow.sequence)
                )
            ]
        for done, (batch_id, sequence) in enumerate(todo):
            if cancelled():
                raise Cancelled(written=len(result.sent))
            if progress is not None:
                progress(done, len(todo))
            with store.reader() as session:
                data = session.get(BatchRow, batch_id).file_bytes
            try:
                receipt = client.upload(data)
            except ServerRefused as err:
                if getattr(err, "status", None) not in SET_ASIDE_STATUSES:
                    raise
                code, reason = str(err.params["error"]), str(err.params["pesan"])
                set_aside(store, batch_id, code, reason)
                result.set_aside.append((sequence, code, reason))
                continue
            result.applied.append(apply_receipt(store, receipt))
            result.sent.append(sequence)
        for batch_id in _held_batches(store):
            receipt = client.receipt(batch_id)
            if receipt is not None:
                applied = _revisit(store, receipt)
                if applied is not None and not applied.already_applied:
                    result.applied.append(applied)
                    result.revisited.append(applied.sequence)
        result.bundle_replaced = apply_reference_bundle(store, client.reference_bundle()).replaced
        if progress is not None:
            progress(len(todo), len(todo))
    finally:
        client.close()
    return result


def enrol_online(
    store: Store,
    base_url: str,
    province_keys=(),
    *,
    poll_interval: float = 5.0,
    timeout: float = 600.0,
    http: httpx.Client | None = None,
    on_posted: Callable[[str], None] | None = None,
    sleep=time.sleep,
):
    """Post this laptop's device request and poll until the province approves it; then import the
    enrolment (verified against the trusted province keys, as on the USB path)."""
    store.require_supervisor()
    with store.reader() as session:
        device = store.device(session)
        name, regency, training = device.name, device.regency_code, device.training
    data = enrolment_wire.build_device_request(
        device_key=store.signing_key(), device_name=name, regency_code=regency, training=training
    )
    request_id = enrolment_wire.parse_device_request(data).request_id
    base = base_url.rstrip("/")
    client = http or httpx.Client(timeout=TIMEOUT, follow_redirects=False, trust_env=False)
    try:
        try:
            posted = client.post(base + "/v1/device-requests", content=data)
        except httpx.TransportError as err:
            raise ServerUnreachable(url=base, detail=type(err).__name__) from err
        if posted.status_code != 202 or posted.json().get("request_id") != request_id:
            raise NotProvinceServer(url=base)
        if on_posted is not None:
            on_posted(request_id)
        deadline = time.monotonic() + timeout
        while True:
            try:
                response = client.get(f"{base}/v1/device-requests/{request_id}/enrolment")
            except httpx.TransportError:
                response = None
            if response is not None and response.status_code == 200:
                _check(response, base, ENROLMENT_TYPE, enrolment_wire.ENROLMENT_MAGIC)
                return import_enrolment_bytes(store, response.content, province_keys)
            if response is not None and response.status_code not in (202,) and response.status_code < 500:
                raise refusal_of(response)
            if time.monotonic() >= deadline:
                raise OutboxError("outbox.enrolment_pending", request_id=request_id)
            sleep(poll_interval)
    finally:
        if http is None:
            client.close()
