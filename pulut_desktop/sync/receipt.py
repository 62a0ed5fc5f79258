"""Receipts: the province's signed answer to one batch, written back onto the stick.

A receipt is a container (magic ``PULUTRC\\n``, empty body) whose header is a :class:`Receipt`, signed by
the province signing key. It names the batch (id, device, sequence and the SHA-256 of the batch file),
gives one :class:`RecordStatus` per registration record, and the highest sequence up to which the
province holds every batch of the device, so the laptop knows what it may stop keeping.

Version 2 adds ``memberships``: BPJS Ketenagakerjaan's answers (:mod:`.membership`) for registrations
of this batch. A receipt without memberships is written as version 1, byte for byte as before, so a
laptop that only knows version 1 keeps reading every receipt that carries nothing new for it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, Self

import pydantic
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field, model_validator

from . import container
from .errors import ReceiptError
from .keys import key_id
from .membership import MembershipResult
from .schema import Code, Count, KeyId, Sequence, Sha256Hex, Text, Timestamp, Uuid, WireModel, now_utc

MAGIC = b"PULUTRC\n"
FORMAT = "pulut-receipt"
VERSION = 2  # the newest this reader knows; version 1 is written when there are no memberships
VERSIONS = (1, 2)
MAX_FILE_SIZE = 16 * 1024 * 1024
MAX_HEADER_SIZE = MAX_FILE_SIZE - 100
MAX_RECORDS = 50_000
MESSAGE_MAX = 500


class RecordOutcome(StrEnum):
    ACCEPTED = "accepted"
    DUPLICATE = "duplicate"  # the NIK is already held under existing_registration_number
    REJECTED = "rejected"  # with code and an Indonesian message for the officer
    HELD_FOR_REVIEW = "held_for_review"  # a person at the province must look; a later receipt decides


class BatchOutcome(StrEnum):
    PROCESSED = "processed"  # records were read; see their statuses
    REJECTED = "rejected"  # the whole batch was refused (error_code, error_message); records is empty


class RecordStatus(WireModel):
    registration_id: Uuid
    version: Count
    status: RecordOutcome
    existing_registration_number: Text(64, 1) | None
    code: Code | None
    message: Text(MESSAGE_MAX, 1) | None

    @model_validator(mode="after")
    def _fields_match_status(self) -> Self:
        duplicate = self.status is RecordOutcome.DUPLICATE
        rejected = self.status is RecordOutcome.REJECTED
        if duplicate != (self.existing_registration_number is not None):
            raise ValueError("existing_registration_number is given exactly for duplicates")
        if rejected and (self.code is None or self.message is None):
            raise ValueError("a rejected record needs a code and a message")
        if self.status is RecordOutcome.ACCEPTED and (self.code or self.message):
            raise ValueError("an accepted record has no code or message")
        if (self.code is None) != (self.message is None):
            raise ValueError("code and message go together")
        return self


class ReceiptV1(WireModel):
    format: Literal["pulut-receipt"]
    version: Literal[1]
    receipt_id: Uuid
    batch_id: Uuid
    device_id: Uuid
    sequence: Sequence
    batch_sha256: Sha256Hex  # of the whole batch file as received
    outcome: BatchOutcome
    error_code: Code | None
    error_message: Text(MESSAGE_MAX, 1) | None
    records: Annotated[list[RecordStatus], Field(max_length=MAX_RECORDS)]
    contiguous_through: Count  # the province holds every batch 1..contiguous_through of this device
    issued_at: Timestamp  # province clock
    signing_key_id: KeyId

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        rejected = self.outcome is BatchOutcome.REJECTED
        if rejected != (self.error_code is not None) or rejected != (self.error_message is not None):
            raise ValueError("error_code and error_message are given exactly for a rejected batch")
        if rejected and self.records:
            raise ValueError("a rejected batch has no record statuses")
        keys = {(r.registration_id, r.version) for r in self.records}
        if len(keys) != len(self.records):
            raise ValueError("a registration version appears twice")
        return self

    @property
    def results(self) -> tuple[MembershipResult, ...]:
        """BPJS membership results (version 2 only)."""
        return ()


class Receipt(ReceiptV1):
    """Version 2: version 1 and BPJS's membership results for registrations this batch carried."""

    version: Literal[2]
    memberships: Annotated[list[MembershipResult], Field(max_length=MAX_RECORDS)]

    @model_validator(mode="after")
    def _memberships_consistent(self) -> Self:
        if self.outcome is BatchOutcome.REJECTED and self.memberships:
            raise ValueError("a rejected batch has no membership results")
        if len({m.registration_id for m in self.memberships}) != len(self.memberships):
            raise ValueError("a registration has two membership results")
        return self

    @property
    def results(self) -> tuple[MembershipResult, ...]:
        return tuple(self.memberships)


def build_receipt(
    *,
    batch_id: str,
    device_id: str,
    sequence: int,
    batch_sha256: str,
    records: Iterable[RecordStatus | Mapping[str, Any]],
    contiguous_through: int,
    signing_key: Ed25519PrivateKey,
    outcome: BatchOutcome = BatchOutcome.PROCESSED,
    error_code: str | None = None,
    error_message: str | None = None,
    issued_at: datetime | None = None,
    receipt_id: str | None = None,
    memberships: Iterable[MembershipResult | Mapping[str, Any]] = (),
) -> bytes:
    """Sign a receipt: version 2 when there are ``memberships``, else version 1. Raises
    ReceiptError(``receipt.header_invalid``) for inconsistent content."""
    results = [m.model_dump() if isinstance(m, MembershipResult) else dict(m) for m in memberships]
    version = 2 if results else 1
    extra = {"memberships": results} if results else {}
    try:
        receipt = (Receipt if results else ReceiptV1).model_validate(
            {
                **extra,
                "format": FORMAT,
                "version": version,
                "receipt_id": receipt_id or str(uuid.uuid4()),
                "batch_id": batch_id,
                "device_id": device_id,
                "sequence": sequence,
                "batch_sha256": batch_sha256,
                "outcome": outcome,
                "error_code": error_code,
                "error_message": error_message,
                "records": [r.model_dump() if isinstance(r, RecordStatus) else dict(r) for r in records],
                "contiguous_through": contiguous_through,
                "issued_at": issued_at or now_utc(),
                "signing_key_id": key_id(signing_key),
            },
            strict=False,
        )
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise ReceiptError("receipt.header_invalid", reason=first["type"], field=where) from None
    header = container.canonical_json(receipt.model_dump(mode="json"))
    if len(header) > MAX_HEADER_SIZE:
        raise ReceiptError("receipt.too_large", size=len(header), limit=MAX_HEADER_SIZE)
    return container.pack(MAGIC, version, header, b"", signing_key)


def parse_receipt(
    data: bytes,
    *,
    province_signing_keys: Ed25519PublicKey | Iterable[Ed25519PublicKey],
    device_id: str | None = None,
    batch_sha256: str | None = None,
) -> ReceiptV1:
    """Verify and parse a receipt. ``device_id``/``batch_sha256``, when given, must match (a receipt
    for another laptop or for another batch with the same sequence is refused). Raises ReceiptError."""
    frame = container.unpack(
        data,
        magic=MAGIC,
        version=VERSIONS,
        max_size=MAX_FILE_SIZE,
        max_header=MAX_HEADER_SIZE,
        error=ReceiptError,
        prefix="receipt",
    )
    if frame.body:
        raise ReceiptError("receipt.header_invalid", reason="unexpected_body", field="-")
    # The layout and the header versions move together: the header's Literal version enforces it.
    model = Receipt if frame.version == 2 else ReceiptV1
    receipt = container.parse_model(model, frame.header, ReceiptError, "receipt.header_invalid")
    if isinstance(province_signing_keys, Ed25519PublicKey):
        province_signing_keys = [province_signing_keys]
    by_id = {key_id(k): k for k in province_signing_keys}
    key = by_id.get(receipt.signing_key_id)
    if key is None:
        raise ReceiptError("receipt.unknown_key", key_id=receipt.signing_key_id)
    container.verify(frame, key, ReceiptError, "receipt")
    if device_id is not None and receipt.device_id != device_id:
        raise ReceiptError("receipt.wrong_device", device_id=receipt.device_id)
    if batch_sha256 is not None and receipt.batch_sha256 != batch_sha256:
        raise ReceiptError("receipt.wrong_batch", sequence=receipt.sequence)
    return receipt


def accepted(registration_id: str, version: int) -> RecordStatus:
    return RecordStatus(
        registration_id=registration_id,
        version=version,
        status=RecordOutcome.ACCEPTED,
        existing_registration_number=None,
        code=None,
        message=None,
    )


def duplicate(registration_id: str, version: int, existing_registration_number: str) -> RecordStatus:
    return RecordStatus(
        registration_id=registration_id,
        version=version,
        status=RecordOutcome.DUPLICATE,
        existing_registration_number=existing_registration_number,
        code=None,
        message=None,
    )


def rejected(registration_id: str, version: int, code: str, message: str) -> RecordStatus:
    return RecordStatus(
        registration_id=registration_id,
        version=version,
        status=RecordOutcome.REJECTED,
        existing_registration_number=None,
        code=code,
        message=message,
    )


def held_for_review(
    registration_id: str, version: int, code: str | None = None, message: str | None = None
) -> RecordStatus:
    return RecordStatus(
        registration_id=registration_id,
        version=version,
        status=RecordOutcome.HELD_FOR_REVIEW,
        existing_registration_number=None,
        code=code,
        message=message,
    )
