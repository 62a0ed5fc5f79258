"""Receipt version 2: BPJS membership results, validated field by field at the boundary."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from pulut_desktop.sync import container
from pulut_desktop.sync.errors import ReceiptError
from pulut_desktop.sync.membership import MembershipOutcome, enrolled, rejected_by_bpjs
from pulut_desktop.sync.receipt import MAGIC, accepted, build_receipt, parse_receipt
from tests.sync.sync_helpers import CREATED

RID = [str(uuid.UUID(int=7000 + i)) for i in range(3)]
BATCH_SHA = "cd" * 32


def _build(keys, memberships, records=None) -> bytes:
    return build_receipt(
        batch_id=str(uuid.UUID(int=43)),
        device_id=keys.device_id,
        sequence=3,
        batch_sha256=BATCH_SHA,
        records=records if records is not None else [accepted(r, 1) for r in RID],
        contiguous_through=3,
        signing_key=keys.province_sign,
        issued_at=CREATED,
        memberships=memberships,
    )


def _parse(keys, data: bytes):
    return parse_receipt(data, province_signing_keys=keys.province_sign.public_key(), device_id=keys.device_id)


def _good_header(keys) -> dict:
    data = _build(keys, [enrolled(RID[0], 1, "12345678901", date(2027, 1, 1), date(2027, 12, 31))])
    frame = container.unpack(data, magic=MAGIC, version=2, max_size=1 << 20, max_header=1 << 20,
                             error=ReceiptError, prefix="receipt")  # fmt: skip
    import json

    return json.loads(frame.header)


def _signed(keys, header: dict, layout_version: int = 2) -> bytes:
    return container.pack(MAGIC, layout_version, container.canonical_json(header), b"", keys.province_sign)


def test_memberships_round_trip_as_version_2(keys):
    data = _build(
        keys,
        [
            enrolled(RID[0], 1, "12345678901", date(2027, 1, 1), date(2027, 12, 31)),
            rejected_by_bpjs(RID[1], 1, "Nama ibu kandung tidak sesuai data Dukcapil"),
        ],
    )
    assert data.startswith(MAGIC + b"\x00\x02")
    parsed = _parse(keys, data)
    assert parsed.version == 2
    first, second = parsed.results
    assert (first.outcome, first.kpj, first.end_date) == (MembershipOutcome.ENROLLED, "12345678901", date(2027, 12, 31))
    assert second.outcome is MembershipOutcome.REJECTED
    assert second.reason == "Nama ibu kandung tidak sesuai data Dukcapil"


def test_without_memberships_it_stays_version_1(keys):
    data = _build(keys, [])
    assert data.startswith(MAGIC + b"\x00\x01")
    assert b"memberships" not in data
    assert _parse(keys, data).results == ()


@pytest.mark.parametrize(
    "change",
    [
        {"kpj": "1234567890"},  # 10 digits
        {"kpj": "123456789012"},  # 12 digits
        {"kpj": "1234567890A"},
        {"kpj": "１２３４５６７８９０１"},  # full-width digits
        {"kpj": "12345 67890"},
        {"kpj": None},
        {"effective_date": "2027-02-30"},
        {"effective_date": "01/01/2027"},
        {"end_date": "2026-12-31"},  # before the effective date
        {"end_date": "2101-01-01"},
        {"effective_date": "1999-12-31"},
        {"reason": "Tidak cocok"},  # an enrolment with a reason
        {"outcome": "suspended"},
        {"registration_id": "not-a-uuid"},
        {"version": -1},
        {"extra": 1},
    ],
)
def test_a_bad_field_is_refused_even_when_signed(keys, change):
    header = _good_header(keys)
    header["memberships"][0].update(change)
    with pytest.raises(ReceiptError) as caught:
        _parse(keys, _signed(keys, header))
    assert caught.value.code == "receipt.header_invalid"


@pytest.mark.parametrize(
    "membership",
    [
        {"kpj": "12345678901", "reason": "Ditolak"},  # a rejection with a KPJ number
        {"kpj": None, "reason": None},  # a rejection without its reason
        {"kpj": None, "reason": "Alasan\u202e terbalik"},  # a bidi control in the reason
        {"kpj": None, "reason": "  spasi  "},
        {"kpj": None, "reason": "x" * 501},
    ],
)
def test_a_bad_rejection_is_refused(keys, membership):
    header = _good_header(keys)
    header["memberships"][0].update(outcome="rejected", effective_date=None, end_date=None, **membership)
    with pytest.raises(ReceiptError) as caught:
        _parse(keys, _signed(keys, header))
    assert caught.value.code == "receipt.header_invalid"


def test_versions_must_agree_and_results_be_unique(keys):
    header = _good_header(keys)
    with pytest.raises(ReceiptError) as caught:  # a version 2 header in a version 1 frame
        _parse(keys, _signed(keys, header, layout_version=1))
    assert caught.value.code == "receipt.header_invalid"
    header["memberships"].append(dict(header["memberships"][0]))
    with pytest.raises(ReceiptError) as caught:
        _parse(keys, _signed(keys, header))
    assert caught.value.code == "receipt.header_invalid"
    with pytest.raises(ReceiptError) as caught:
        _parse(keys, _signed(keys, _good_header(keys), layout_version=3))
    assert caught.value.code == "receipt.unsupported_version"


def test_the_writer_refuses_what_the_reader_would(keys):
    with pytest.raises(ReceiptError) as caught:
        _build(keys, [{"registration_id": RID[0], "version": 1, "outcome": "enrolled", "kpj": "123",
                       "effective_date": "2027-01-01", "end_date": "2027-12-31", "reason": None}])  # fmt: skip
    assert caught.value.code == "receipt.header_invalid"
