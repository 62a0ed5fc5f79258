"""Enrolled devices and signed batches written by hand: what a stolen laptop's key can send.

No laptop store is needed: a device key, a device request approved at the province, and batches
sealed with the real writer (``sync.batch.build_batch``) around records the test chooses.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pulut_desktop.domain.numbers import registration_number
from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration
from pulut_desktop.domain.status import Status
from pulut_desktop.province import devices
from pulut_desktop.province.keys import ProvinceKeyring
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync import batch, usb
from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync.keys import generate_signing_key
from pulut_desktop.sync.records import registration_record

_serials = itertools.count(1)


@dataclass
class HandDevice:
    """An enrolled device driven by hand: its key, id, code and next batch sequence."""

    key: Ed25519PrivateKey
    id: str
    code: str
    province_public: object
    sequence: int = 0
    numbers: itertools.count = field(default_factory=lambda: itertools.count(1))

    def batch(self, registrations: list[Registration]) -> bytes:
        self.sequence += 1
        return batch.build_batch(
            device_id=self.id,
            sequence=self.sequence,
            records=[registration_record(r) for r in registrations],
            device_key=self.key,
            province_public_key=self.province_public,
        )

    def registration(self, **overrides) -> Registration:
        """A complete, approved, canonical registration (a new person and NIK each time)."""
        reg = Registration(
            nik=fresh_nik(),
            full_name=f"SITI NURHALIZA {next(_serials)}",
            birth_place="PEKANBARU",
            birth_date=date(1990, 3, 12),
            sex=Sex.MALE,
            kk_number="1471010101200001",
            mother_maiden_name="AMINAH",
            address_line="Jl. Sudirman No. 1, RT 02/RW 03",
            village_code="14.71.01.1002",
            phone="+6281234567890",
            occupation_id="NELAYAN",
            coverage_start=date(2026, 12, 1),
            heirs=[Heir(name="AHMAD", relationship=HeirRelationship.CHILD)],
            consent=Consent(True, ConsentMethod.SIGNED_FORM, datetime(2026, 3, 14, 9, tzinfo=UTC), None, "F-001"),
            officer="rina",
            status=Status.APPROVED,
            version=1,
            id=str(uuid.uuid4()),
            registration_number=registration_number(self.code, next(self.numbers)),
        )
        return replace(reg, **overrides)


def fresh_nik() -> str:
    """A valid Pekanbaru NIK (born 12 March 1990) not used before in this test run."""
    return f"147101120390{next(_serials) % 9999 + 1:04d}"


def enrol_by_hand(store: ProvinceStore, keys: ProvinceKeyring, name: str = "Laptop Tangan") -> HandDevice:
    key = generate_signing_key()
    request = wire.build_device_request(device_key=key, device_name=name, regency_code="14.71", training=False)
    device, _ = devices.approve(store, wire.parse_device_request(request), keys)
    return HandDevice(key, device.id, device.code, keys.active_encryption.public_key())


def put_on_stick(stick: Path, data: bytes, device: HandDevice) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    layout = usb.ensure_layout(stick)
    target = layout.outbox / usb.batch_file_name(device.id, device.sequence)
    target.write_bytes(data)
    return target


def signed_post(http, base_url: str, device: HandDevice, path: str, body: bytes):
    """POST ``body`` as the device (a fresh nonce, the Ed25519 request signature)."""
    from pulut_desktop.province import auth

    nonce = http.get(f"{base_url}/v1/nonce").json()["nonce"]
    headers = {
        auth.HEADER_DEVICE: device.id,
        auth.HEADER_NONCE: nonce,
        auth.HEADER_SIGNATURE: auth.sign_request(device.key, "POST", path, nonce, body),
    }
    return http.post(f"{base_url}{path}", content=body, headers=headers)
