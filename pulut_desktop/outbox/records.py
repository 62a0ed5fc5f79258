"""What goes into a batch: laptop rows turned into wire records (registrations, drives, audit events)."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime

import pydantic
from sqlalchemy import Row

from pulut_desktop.outbox.errors import RegistrationNotSendable
from pulut_desktop.storage.models import AuditEvent, Drive, RegistrationRow, WorkerExitRow
from pulut_desktop.sync.records import (
    MAX_AUDIT_DETAILS,
    DriveLine,
    ExitLine,
    RegistrationLine,
    RegistrationRecord,
    WireLine,
    drive_record,
    exit_record,
)
from pulut_desktop.sync.schema import timestamp_text

# Audit events have a per-laptop sequence, not a UUID; the wire id is derived from the device code and
# the sequence so that the same event always gets the same id (the province stores it once).
AUDIT_NAMESPACE = uuid.UUID("5b0f6a52-3f7e-4d1c-9a0b-7c4e8d2f1a63")
DETAIL_TEXT_MAX = 2000


def _utc(value: datetime | None) -> datetime | None:
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)  # the store keeps naive UTC


# Every field of the wire record is a column of the same name: an export reads these columns only (no ORM
# object, no domain object per registration), ``registration_line`` turns one row into its batch line.
REGISTRATION_FIELDS = tuple(RegistrationRecord.model_fields)
REGISTRATION_COLUMNS = tuple(getattr(RegistrationRow, name) for name in REGISTRATION_FIELDS)
AUDIT_COLUMNS = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.action, AuditEvent.entity_type,
                 AuditEvent.entity_id, AuditEvent.details)  # fmt: skip


def registration_line(row: Row) -> RegistrationLine:
    """The batch line of a row of :data:`REGISTRATION_COLUMNS` (what ``storage.mapping.from_row`` and
    ``sync.records.registration_record`` make of the same row, without the objects in between)."""
    data = dict(zip(REGISTRATION_FIELDS, row, strict=True))
    data["programmes"] = [p for p in data["programmes"].split(",") if p]
    data["heirs"] = [
        {"name": h["name"], "relationship": h["relationship"], "nik": h.get("nik"), "phone": h.get("phone")}
        for h in data["heirs"] or ()
    ]
    consent = data["consent"] or {}
    recorded = consent.get("recorded_at")
    data["consent"] = {
        "given": bool(consent.get("given")),
        "method": consent.get("method") or None,
        "recorded_at": _utc(datetime.fromisoformat(recorded)) if recorded else None,
        "witness_name": consent.get("witness_name"),
        "form_reference": consent.get("form_reference"),
    }
    try:
        return RegistrationLine.model_validate({"kind": "registration", "data": data}, strict=False)
    except pydantic.ValidationError as err:
        loc = err.errors(include_url=False, include_input=False)[0]["loc"]
        field = ".".join(str(part) for part in loc[1:]) or "-"  # loc[0] is "data"
        raise RegistrationNotSendable(number=data["registration_number"] or data["id"], field=field) from None


def drive_version(row: Drive) -> int:
    return 2 if row.closed_at is not None else 1


def drive_key(row: Drive) -> str:
    return f"{row.id}:{drive_version(row)}"


def drive_line(row: Drive) -> DriveLine:
    return drive_record(
        id=row.id,
        version=drive_version(row),
        name=row.place[:200],
        village_code=row.village_code,
        starts_on=row.held_on,
        ends_on=row.held_on if row.closed_at is not None else None,
        officer=row.opened_by,
        notes=(row.team or None) and row.team[:1000],
    )


def _scalar(value: object) -> str | int | bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int) and abs(value) <= 2**53 - 1:
        return value
    text = value if isinstance(value, str) else json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return text[:DETAIL_TEXT_MAX]


_AUDIT_PREFIX = AUDIT_NAMESPACE.bytes
_UUID5_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))  # the version nibble and the variant bits
_UUID5_SET = (0x5000 << 64) | (0x8000 << 48)  # version 5, RFC 4122 variant


def audit_id(device_code: str, seq: int) -> str:
    """``str(uuid.uuid5(AUDIT_NAMESPACE, f"{device_code}:{seq}"))`` (RFC 4122 section 4.3) without building a
    UUID object, a third of the time: an export names tens of thousands of events."""
    value = int.from_bytes(hashlib.sha1(_AUDIT_PREFIX + f"{device_code}:{seq}".encode()).digest()[:16])
    text = f"{value & _UUID5_CLEAR | _UUID5_SET:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def audit_line(row: AuditEvent | Row, device_code: str) -> WireLine:
    """The batch line of an audit event (or a row of :data:`AUDIT_COLUMNS`), built directly in its JSON form:
    every field is cut to the wire schema's limits here (``sync.records.AuditRecord``), so the line is what
    ``AuditLine.model_dump(mode="json")`` gives without a validation and a dump per event (an export carries
    tens of thousands). ``tests/outbox/test_export_lines.py`` proves the bytes equal the model's."""
    details = {str(k)[:64]: _scalar(v) for k, v in sorted((row.details or {}).items())[:MAX_AUDIT_DETAILS]}
    data = {
        "id": audit_id(device_code, row.seq),
        "occurred_at": timestamp_text(_utc(row.at)),
        "actor": row.actor[:200],
        "action": row.action[:64],
        "entity": row.entity_type[:64],
        "entity_id": (row.entity_id or "")[:64],
        "details": details,
    }
    return WireLine("audit", data)


def exit_line(row: WorkerExitRow) -> ExitLine:
    return exit_record(
        registration_id=row.registration_id,
        version=row.version,
        kind=row.kind,
        occurred_on=row.occurred_on,
        source=row.source,
        document_reference=row.document_reference,
        officer=row.officer[:200],
        recorded_at=_utc(row.recorded_at),
        claim_letter_printed=row.claim_letter_at is not None,
    )
