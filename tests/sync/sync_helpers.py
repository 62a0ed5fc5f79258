"""Keys, records and crafted files shared by the sync format tests (no Qt, no database)."""

from __future__ import annotations

import hashlib
import uuid
import zlib
from dataclasses import dataclass
from datetime import UTC, date, datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration
from pulut_desktop.domain.status import Status
from pulut_desktop.sync import batch, container
from pulut_desktop.sync.keys import generate_encryption_key, generate_signing_key, key_id
from pulut_desktop.sync.records import audit_record, drive_record, registration_record

CREATED = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)


@dataclass(frozen=True)
class Keys:
    device: Ed25519PrivateKey
    other_device: Ed25519PrivateKey
    province_enc: X25519PrivateKey
    other_enc: X25519PrivateKey
    province_sign: Ed25519PrivateKey
    other_sign: Ed25519PrivateKey
    device_id: str
    other_device_id: str


def make_keys() -> Keys:
    return Keys(
        device=generate_signing_key(),
        other_device=generate_signing_key(),
        province_enc=generate_encryption_key(),
        other_enc=generate_encryption_key(),
        province_sign=generate_signing_key(),
        other_sign=generate_signing_key(),
        device_id=str(uuid.UUID(int=0x1234_5678_9ABC_4DEF_8123_4567_89AB_CDEF)),
        other_device_id=str(uuid.uuid4()),
    )


def sample_registration(n: int) -> Registration:
    return Registration(
        nik=f"14710112039{n:05d}",
        full_name=f"SITI NURHALIZA {n}",
        birth_place="PEKANBARU",
        birth_date=date(1990, 3, 12),
        sex=Sex.FEMALE,
        address_line="Jl. Sudirman No. 1, RT 02/RW 03",
        village_code="14.71.01.1001",
        phone="+6281234567890",
        occupation_id="petani",
        coverage_start=date(2026, 4, 1),
        heirs=[Heir(name="AHMAD", relationship=HeirRelationship.CHILD)],
        consent=Consent(True, ConsentMethod.SIGNED_FORM, CREATED, None, "F-001"),
        drive_id="0b9f3c1e-55aa-4c3b-9d41-8e2f6a7b1c2d",
        officer="rina",
        status=Status.APPROVED,
        version=1,
        id=str(uuid.UUID(int=n + 1)),
        registration_number=f"PK-ABCD-EFGH-{n + 1:06d}",
    )


def sample_records(count: int = 3) -> list:
    records = [registration_record(sample_registration(n)) for n in range(count)]
    records.append(
        drive_record(
            id="0b9f3c1e-55aa-4c3b-9d41-8e2f6a7b1c2d",
            version=1,
            name="Pendataan Desa Tangkerang",
            village_code="14.71.01.1001",
            starts_on=date(2026, 3, 1),
            ends_on=None,
            officer="rina",
            notes="Balai desa — pukul 08.00",
        )
    )
    records.append(
        audit_record(
            id=str(uuid.UUID(int=999)),
            occurred_at=CREATED,
            actor="rina",
            action="registration.approve",
            entity="registration",
            entity_id=str(uuid.UUID(int=1)),
            details={"from": "ready", "to": "approved", "count": 1, "ok": True, "note": None},
        )
    )
    return records


def make_batch(keys: Keys, sequence: int = 1, records: list | None = None, **kwargs) -> bytes:
    return batch.build_batch(
        device_id=kwargs.pop("device_id", keys.device_id),
        sequence=sequence,
        records=sample_records() if records is None else records,
        device_key=kwargs.pop("device_key", keys.device),
        province_public_key=kwargs.pop("province_public_key", keys.province_enc.public_key()),
        created_at=CREATED,
        **kwargs,
    )


def open_with(keys: Keys, data: bytes):
    return batch.open_batch(
        data, device_keys={keys.device_id: keys.device.public_key()}, province_keys=keys.province_enc
    )


def craft_batch(
    keys: Keys,
    payload: bytes,
    *,
    compressed: bytes | None = None,
    header_overrides: dict | None = None,
    record_count: int | None = None,
) -> bytes:
    """A correctly signed and encrypted batch around an arbitrary payload: what a buggy or hostile
    (but enrolled) writer could produce."""
    header = {
        "app_version": "test",
        "batch_id": str(uuid.uuid4()),
        "compression": "zlib",
        "created_at": "2026-03-14T09:26:53Z",
        "device_id": keys.device_id,
        "format": "pulut-batch",
        "key_id": key_id(keys.province_enc),
        "payload_digest": hashlib.sha256(payload).hexdigest(),
        "record_count": record_count if record_count is not None else payload.count(b"\n"),
        "sequence": 1,
        "training": False,
        "version": 1,
    }
    header.update(header_overrides or {})
    header_bytes = container.canonical_json(header)
    body = batch.HPKE_SUITE.encrypt(
        zlib.compress(payload) if compressed is None else compressed,
        keys.province_enc.public_key(),
        info=header_bytes,
    )
    return container.pack(batch.MAGIC, batch.VERSION, header_bytes, body, keys.device)
