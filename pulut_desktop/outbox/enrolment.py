"""Device enrolment on the laptop: write the device request, import the province's enrolment file.

The enrolment is kept in ``Device.enrolment`` (JSON) with the verified file itself, so the province
keys it names can be re-checked later. Until a laptop is enrolled, :func:`require_enrolment` raises
:class:`NotEnrolled` and nothing can be exported (registering and provisional cards still work).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import func, select

from pulut_desktop.storage import audit
from pulut_desktop.storage.models import BatchRow
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync import usb
from pulut_desktop.sync.keys import (
    b64encode,
    encryption_public_key_from_b64,
    signing_public_key_from_b64,
)

from .errors import AlreadyEnrolled, NotEnrolled, OutboxError
from .trust import trusted_signing_keys


@dataclass(frozen=True)
class EnrolmentInfo:
    """What the laptop needs from its enrolment to export batches and check receipts."""

    device_id: str
    device_code: str
    encryption_public_key: X25519PublicKey
    encryption_key_id: str
    signing_public_key: Ed25519PublicKey
    signing_key_id: str
    server_url: str | None
    training: bool


def write_device_request(store: Store, to: Path | str) -> Path:
    """Write this laptop's signed device request. ``to`` is a stick (or any folder: the request goes
    to ``PULUT/requests/<code>.pulutrequest`` in it) or a file path. Returns the path written."""
    to = Path(to)
    with store.reader() as session:
        device = store.device(session)
        name, regency, training, code = device.name, device.regency_code, device.training, device.code
    data = wire.build_device_request(
        device_key=store.signing_key(), device_name=name, regency_code=regency, training=training
    )
    if to.is_dir():
        layout = usb.ensure_layout(to)
        target = layout.requests / usb.request_file_name(code)
    else:
        target = to
    usb.write_file_atomically(target, data)
    request = wire.parse_device_request(data)
    with store.session() as session:
        audit.record(
            session,
            actor=store.officer.username,
            action="device.request_written",
            entity_type="device",
            details={"request_id": request.request_id, "device_code": code, "file": target.name},
        )
    return target


def _find_enrolment_file(source: Path, device_code: str) -> Path:
    if source.is_file():
        return source
    layout = usb.find_layout(source)
    if layout is None:
        raise OutboxError("outbox.no_enrolment_file", path=str(source))
    wanted = usb.enrolment_file_name(device_code).lower()
    try:
        for entry in layout.enrolments.iterdir():
            if entry.name.lower() == wanted and entry.is_file():
                return entry
    except OSError:
        pass
    raise OutboxError("outbox.no_enrolment_file", path=str(source))


def import_enrolment(store: Store, source: Path | str, province_keys: Iterable[Path | str] = ()) -> EnrolmentInfo:
    """Verify an enrolment file (a file, or a stick holding ``PULUT/enrolments/<code>``) against the
    trusted province keys and this laptop's own key, then store it. Supervisors only."""
    store.require_supervisor()
    with store.reader() as session:
        code = store.device(session).code
    path = _find_enrolment_file(Path(source), code)
    return import_enrolment_bytes(store, usb.read_stick_file(path, wire.MAX_FILE_SIZE), province_keys)


def import_enrolment_bytes(store: Store, data: bytes, province_keys: Iterable[Path | str] = ()) -> EnrolmentInfo:
    """Verify and store an enrolment file's bytes (from a stick, or fetched online). Supervisors only."""
    store.require_supervisor()
    signing_key = store.signing_key()
    with store.reader() as session:
        device = store.device(session)
        training, previous = device.training, device.enrolment
    enrolment = wire.parse_enrolment(
        data,
        trusted_signing_keys=trusted_signing_keys(province_keys, training=training),
        device_public_key=signing_key.public_key(),
    )
    if enrolment.training != training:
        raise OutboxError("outbox.enrolment_training_mismatch", training=training)
    with store.session() as session:
        sent = session.scalar(select(func.count()).select_from(BatchRow))
        if previous and previous.get("device_id") != enrolment.device_id and sent:
            raise AlreadyEnrolled(device_id=previous.get("device_id"))
        device = store.device(session)
        device.enrolment = {
            "device_id": enrolment.device_id,
            "device_code": enrolment.device_code,
            "request_id": enrolment.request_id,
            "province_encryption_public_key": enrolment.province_encryption_public_key,
            "province_encryption_key_id": enrolment.province_encryption_key_id,
            "province_signing_public_key": enrolment.province_signing_public_key,
            "province_signing_key_id": enrolment.province_signing_key_id,
            "server_url": enrolment.server_url,
            "issued_at": enrolment.model_dump(mode="json")["issued_at"],
            "enrolled_at": audit.utcnow().isoformat(timespec="seconds"),
            "file": b64encode(data),
        }
        audit.record(
            session,
            actor=store.officer.username,
            action="device.enrolled",
            entity_type="device",
            details={
                "device_id": enrolment.device_id,
                "province_signing_key_id": enrolment.province_signing_key_id,
                "province_encryption_key_id": enrolment.province_encryption_key_id,
                "server_url": enrolment.server_url,
            },
        )
    return _info(device.enrolment, training)


def _info(stored: dict, training: bool) -> EnrolmentInfo:
    return EnrolmentInfo(
        device_id=stored["device_id"],
        device_code=stored["device_code"],
        encryption_public_key=encryption_public_key_from_b64(stored["province_encryption_public_key"]),
        encryption_key_id=stored["province_encryption_key_id"],
        signing_public_key=signing_public_key_from_b64(stored["province_signing_public_key"]),
        signing_key_id=stored["province_signing_key_id"],
        server_url=stored.get("server_url"),
        training=training,
    )


def enrolment_of(store: Store) -> EnrolmentInfo | None:
    with store.reader() as session:
        device = store.device(session)
        if not device.enrolment:
            return None
        return _info(device.enrolment, device.training)


def require_enrolment(store: Store) -> EnrolmentInfo:
    info = enrolment_of(store)
    if info is None:
        raise NotEnrolled()
    return info
