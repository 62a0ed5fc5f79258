"""Receipts: round trip, per-record rules, and refusal of every tampered or misdirected receipt."""

from __future__ import annotations

import random
import uuid

import pytest

from pulut_desktop.sync import batch, container, receipt
from pulut_desktop.sync.errors import BatchError, ReceiptError
from pulut_desktop.sync.keys import key_id
from pulut_desktop.sync.receipt import (
    BatchOutcome,
    RecordOutcome,
    accepted,
    build_receipt,
    duplicate,
    held_for_review,
    parse_receipt,
    rejected,
)
from tests.sync.sync_helpers import CREATED

BATCH_SHA = "ab" * 32


def _ids(n: int) -> list[str]:
    return [str(uuid.UUID(int=1000 + i)) for i in range(n)]


def _receipt(keys, **overrides) -> bytes:
    ids = _ids(4)
    fields = {
        "batch_id": str(uuid.UUID(int=42)),
        "device_id": keys.device_id,
        "sequence": 7,
        "batch_sha256": BATCH_SHA,
        "records": [
            accepted(ids[0], 1),
            duplicate(ids[1], 2, "PK-ABCD-EFGH-000001"),
            rejected(ids[2], 1, "nik.unknown_province", "Dua angka pertama NIK (99) bukan kode provinsi."),
            held_for_review(ids[3], 1),
        ],
        "contiguous_through": 5,
        "signing_key": keys.province_sign,
        "issued_at": CREATED,
    }
    fields.update(overrides)
    return build_receipt(**fields)


@pytest.fixture(scope="module")
def signed(keys) -> bytes:
    return _receipt(keys)


def _code(data: bytes, keys, **kwargs) -> str:
    with pytest.raises(ReceiptError) as caught:
        parse_receipt(data, province_signing_keys=keys.province_sign.public_key(), **kwargs)
    return caught.value.code


def test_round_trip(keys, signed):
    parsed = parse_receipt(
        signed,
        province_signing_keys=[keys.other_sign.public_key(), keys.province_sign.public_key()],
        device_id=keys.device_id,
        batch_sha256=BATCH_SHA,
    )
    assert parsed.outcome is BatchOutcome.PROCESSED
    assert parsed.sequence == 7
    assert parsed.contiguous_through == 5
    assert parsed.issued_at == CREATED
    assert parsed.signing_key_id == key_id(keys.province_sign)
    assert [r.status for r in parsed.records] == [
        RecordOutcome.ACCEPTED,
        RecordOutcome.DUPLICATE,
        RecordOutcome.REJECTED,
        RecordOutcome.HELD_FOR_REVIEW,
    ]
    assert parsed.records[1].existing_registration_number == "PK-ABCD-EFGH-000001"
    assert parsed.records[2].code == "nik.unknown_province"
    assert parsed.records[2].message.startswith("Dua angka")
    assert signed.startswith(b"PULUTRC\n\x00\x01")


def test_rejected_batch_receipt(keys):
    data = _receipt(
        keys,
        records=[],
        outcome=BatchOutcome.REJECTED,
        error_code="batch.decrypt_failed",
        error_message="Isi kiriman tidak dapat dibuka.",
        contiguous_through=6,
    )
    parsed = parse_receipt(data, province_signing_keys=keys.province_sign.public_key())
    assert parsed.outcome is BatchOutcome.REJECTED
    assert parsed.error_code == "batch.decrypt_failed"
    assert parsed.records == []


@pytest.mark.parametrize(
    "overrides",
    [
        {"records": [{"registration_id": str(uuid.uuid4()), "version": 1, "status": "duplicate"}]},
        {"records": [accepted(str(uuid.UUID(int=1)), 1), accepted(str(uuid.UUID(int=1)), 1)]},
        {"outcome": BatchOutcome.REJECTED},  # no error code, and records present
        {"error_code": "batch.decrypt_failed"},  # error on a processed batch
        {"sequence": 0},
        {"batch_sha256": "AB" * 32},
    ],
)
def test_writer_refuses_inconsistent_receipts(keys, overrides):
    with pytest.raises(ReceiptError) as caught:
        _receipt(keys, **overrides)
    assert caught.value.code == "receipt.header_invalid"


def test_record_status_rules():
    rid = str(uuid.uuid4())
    base = {"registration_id": rid, "version": 1, "existing_registration_number": None}
    with pytest.raises(ValueError):
        receipt.RecordStatus(**base, status=RecordOutcome.REJECTED, code="x.y", message=None)
    with pytest.raises(ValueError):
        receipt.RecordStatus(**base, status=RecordOutcome.ACCEPTED, code="x.y", message="m")
    held = receipt.RecordStatus(**base, status=RecordOutcome.HELD_FOR_REVIEW, code="nik.check", message="Cek")
    assert held.code == "nik.check"


def test_every_byte_change_is_refused(keys, signed):
    rng = random.Random(7)
    allowed = {
        "receipt.bad_magic",
        "receipt.unsupported_version",
        "receipt.header_invalid",
        "receipt.truncated",
        "receipt.trailing_data",
        "receipt.bad_signature",
        "receipt.unknown_key",
    }
    codes = set()
    for position in range(len(signed)):
        damaged = bytearray(signed)
        damaged[position] ^= rng.randrange(1, 256)
        code = _code(bytes(damaged), keys)
        assert code in allowed, (position, code)
        codes.add(code)
    assert {"receipt.bad_signature", "receipt.header_invalid", "receipt.bad_magic"} <= codes


def test_every_truncation_is_refused(keys, signed):
    for length in range(len(signed)):
        assert _code(signed[:length], keys) == "receipt.truncated"


def test_tampered_status_resigned_by_another_key_is_refused(keys, signed):
    frame = container.unpack(
        signed,
        magic=receipt.MAGIC,
        version=1,
        max_size=1 << 24,
        max_header=1 << 24,
        error=ReceiptError,
        prefix="r",
    )
    changed = frame.header.replace(b'"status":"rejected"', b'"status":"held_for_review"')
    assert changed != frame.header
    # same signer id, but signed by someone else's key
    assert _code(container.pack(receipt.MAGIC, 1, changed, b"", keys.other_sign), keys) == "receipt.bad_signature"
    # honestly naming the other key: not a province key the laptop knows
    other = _receipt(keys, signing_key=keys.other_sign)
    assert _code(other, keys) == "receipt.unknown_key"


def test_receipt_for_another_laptop_or_batch_is_refused(keys, signed):
    assert _code(signed, keys, device_id=keys.other_device_id) == "receipt.wrong_device"
    assert _code(signed, keys, batch_sha256="cd" * 32) == "receipt.wrong_batch"


def test_kinds_cannot_be_confused(keys, signed, small_batch):
    assert _code(small_batch, keys) == "receipt.bad_magic"
    with pytest.raises(BatchError) as caught:
        batch.read_batch_header(signed)
    assert caught.value.code == "batch.bad_magic"


def test_body_on_a_receipt_is_refused(keys, signed):
    frame = container.unpack(
        signed,
        magic=receipt.MAGIC,
        version=1,
        max_size=1 << 24,
        max_header=1 << 24,
        error=ReceiptError,
        prefix="r",
    )
    with_body = container.pack(receipt.MAGIC, 1, frame.header, b"x", keys.province_sign)
    assert _code(with_body, keys) == "receipt.header_invalid"
