"""Devices at the province: read requests, approve them into enrolments, list, revoke.

A device code is part of every registration number the device issues, so a code already held by
another key is refused (``province.device_code_taken``). Approving the same key again returns the
enrolment already issued (idempotent); a revoked device is never re-enrolled with the same key.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync import usb
from pulut_desktop.sync.batch import DeviceKey
from pulut_desktop.sync.keys import b64decode, load_signing_public_key

from .errors import DeviceError
from .keys import ProvinceKeyring
from .models import Device, DeviceRequestRow
from .store import ProvinceStore, log_event, utcnow

ACTIVE, REVOKED = "active", "revoked"


@dataclass(frozen=True)
class FoundRequest:
    path: Path
    request: wire.DeviceRequest


def read_requests(paths: list[Path]) -> list[FoundRequest]:
    """Device requests from files and/or sticks (``PULUT/requests/*.pulutrequest``). Raises the first
    file's DeviceRequestError/UsbError: a request that does not verify must not be shown as valid."""
    files: list[Path] = []
    for path in map(Path, paths):
        layout = usb.find_layout(path) if path.is_dir() else None
        if layout is not None:
            with contextlib.suppress(OSError):
                files += sorted(
                    p for p in layout.requests.iterdir() if p.suffix.lower() == usb.REQUEST_SUFFIX and p.is_file()
                )
        elif path.is_file():
            files.append(path)
    found = []
    for path in files:
        data = usb.read_stick_file(path, wire.MAX_FILE_SIZE)
        found.append(FoundRequest(path, wire.parse_device_request(data)))
    return found


def approve(
    store: ProvinceStore, request: wire.DeviceRequest, keys: ProvinceKeyring, server_url: str | None = None,
    *, by: str | None = None,
) -> tuple[Device, bytes]:  # fmt: skip
    """Enrol the device of a verified request. Returns the device row and the signed enrolment file."""
    public = b64decode(request.device_public_key, "ed25519-public")
    with store.session() as session:
        by_code = session.scalars(select(Device).where(Device.code == request.device_code)).first()
        if by_code is not None:
            if by_code.public_key != public:
                raise DeviceError("province.device_code_taken", device_code=request.device_code)
            if by_code.status == REVOKED:
                raise DeviceError("province.device_revoked", device_id=by_code.id)
            return by_code, by_code.enrolment
        device_id = str(uuid.uuid4())
        data = wire.build_enrolment(
            request=request,
            device_id=device_id,
            province_encryption_public_key=keys.active_encryption.public_key(),
            province_signing_key=keys.signing,
            server_url=server_url,
        )
        device = Device(
            id=device_id,
            code=request.device_code,
            public_key=public,
            name=request.device_name,
            regency_code=request.regency_code,
            training=request.training,
            request_id=request.request_id,
            status=ACTIVE,
            enrolment=data,
            enrolled_at=utcnow(),
        )
        session.add(device)
        log_event(session, "device.approved", device_id, account=by, code=request.device_code,
                  training=request.training)  # fmt: skip
        return device, data


def write_enrolment(device: Device, data: bytes, *, stick: Path | None = None, out: Path | None = None) -> Path:
    """Put the enrolment on the stick (``PULUT/enrolments/<code>``) or at ``out``."""
    if out is not None:
        target = Path(out)
    elif stick is not None:
        target = usb.ensure_layout(stick).enrolments / usb.enrolment_file_name(device.code)
    else:
        raise DeviceError("province.no_target")
    usb.write_file_atomically(target, data)
    return target


def revoke(store: ProvinceStore, device_id: str, reason: str | None = None, *, by: str | None = None) -> Device:
    with store.session() as session:
        device = session.get(Device, device_id)
        if device is None:
            device = session.scalars(select(Device).where(Device.code == device_id.upper())).first()
        if device is None:
            raise DeviceError("province.unknown_device", device_id=device_id)
        if device.status != REVOKED:
            device.status, device.revoked_at, device.revoked_reason = REVOKED, utcnow(), reason
            log_event(session, "device.revoked", device.id, account=by, reason=reason)
        return device


def list_devices(store: ProvinceStore) -> list[Device]:
    with store.reader() as session:
        return list(session.scalars(select(Device).order_by(Device.enrolled_at, Device.code)))


def device_keys(store: ProvinceStore):
    """Device keys for ``open_batch``: unknown -> None, revoked -> DeviceKey(revoked=True)."""

    def lookup(device_id: str) -> DeviceKey | None:
        with store.reader() as session:
            device = session.get(Device, device_id)
            if device is None:
                return None
            return DeviceKey(load_signing_public_key(device.public_key), revoked=device.status == REVOKED)

    return lookup


# --- online device requests (issue 6) ---


def receive_request(store: ProvinceStore, data: bytes) -> DeviceRequestRow:
    """Keep a verified device request posted online until an administrator decides. Posting the same
    request again changes nothing. Raises DeviceRequestError for a file that does not verify."""
    request = wire.parse_device_request(data)
    with store.session() as session:
        row = session.get(DeviceRequestRow, request.request_id)
        if row is None:
            row = DeviceRequestRow(
                request_id=request.request_id,
                device_code=request.device_code,
                device_name=request.device_name,
                regency_code=request.regency_code,
                training=request.training,
                data=bytes(data),
                status="pending",
                received_at=utcnow(),
            )
            session.add(row)
            log_event(session, "device.request_received", request.request_id, code=request.device_code)
        return row


def pending_requests(store: ProvinceStore) -> list[DeviceRequestRow]:
    with store.reader() as session:
        return list(
            session.scalars(
                select(DeviceRequestRow)
                .where(DeviceRequestRow.status == "pending")
                .order_by(DeviceRequestRow.received_at)
            )
        )


def find_request(store: ProvinceStore, request_id: str) -> DeviceRequestRow | None:
    with store.reader() as session:
        return session.get(DeviceRequestRow, request_id)


def approve_online(
    store: ProvinceStore, request_id: str, keys: ProvinceKeyring, server_url: str | None = None,
    *, by: str | None = None,
) -> tuple[Device, bytes]:  # fmt: skip
    row = find_request(store, request_id)
    if row is None:
        raise DeviceError("province.unknown_request", request_id=request_id)
    device, data = approve(store, wire.parse_device_request(row.data), keys, server_url, by=by)
    with store.session() as session:
        stored = session.get(DeviceRequestRow, request_id)
        stored.status, stored.device_id = "approved", device.id
    return device, data


def refuse_request(store: ProvinceStore, request_id: str, *, by: str | None = None) -> DeviceRequestRow:
    """Refuse a pending online request: the laptop's poll gets 403 ``refused``; it is never approved."""
    with store.session() as session:
        row = session.get(DeviceRequestRow, request_id)
        if row is None:
            raise DeviceError("province.unknown_request", request_id=request_id)
        if row.status == "pending":
            row.status = "refused"
            log_event(session, "device.request_refused", request_id, account=by, code=row.device_code)
        return row


def enrolment_for_request(store: ProvinceStore, request_id: str) -> tuple[str, bytes | None]:
    """``(status, enrolment file or None)`` for a request posted online."""
    with store.reader() as session:
        row = session.get(DeviceRequestRow, request_id)
        if row is None:
            return "unknown", None
        if row.status != "approved" or row.device_id is None:
            return row.status, None
        device = session.get(Device, row.device_id)
        if device is None or device.status == REVOKED:
            return "revoked", None
        return "approved", device.enrolment
