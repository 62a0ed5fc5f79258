"""Receipts back on the laptop through ``services.sync.apply_receipts``, the one path the sync page, the
``apply-receipts`` command and the self-test use. Every counter is checked against a receipt whose
answers are known, so a counter that counts the wrong thing (or nothing) fails here. No Qt."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pulut_desktop.domain.status import Status
from pulut_desktop.services import sync
from pulut_desktop.storage.models import BatchRow
from pulut_desktop.sync import receipt as wire
from pulut_desktop.sync import usb
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province, statuses


@pytest.fixture
def world(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    device_id = enrol(laptop, province, stick)
    yield province, laptop, stick, device_id
    laptop.close()
    province.store.close()


def _batch(laptop, sequence: int) -> BatchRow:
    with laptop.reader() as session:
        return session.scalars(select(BatchRow).where(BatchRow.sequence == sequence)).one()


def _put_receipt(province, stick, device_id, batch: BatchRow, records, **options) -> None:
    data = wire.build_receipt(
        batch_id=batch.id, device_id=device_id, sequence=batch.sequence, batch_sha256=batch.file_sha256,
        records=records, contiguous_through=batch.sequence, signing_key=province.keys.signing, **options,
    )  # fmt: skip
    layout = usb.find_layout(stick)
    layout.inbox.mkdir(parents=True, exist_ok=True)
    (layout.inbox / usb.receipt_file_name(device_id, batch.sequence)).write_bytes(data)


def _counts(result) -> dict[str, int]:
    names = ("receipts", "already_applied", "accepted", "duplicate", "rejected", "held", "returned")
    return {name: getattr(result, name) for name in names}


def test_every_counter_counts_its_own_answers(world):
    province, laptop, stick, device_id = world
    ids = [approve_new(laptop, n) for n in range(1, 8)]
    assert sync.export_to(laptop, stick).new_sequences == [1]
    sent = dict(_batch(laptop, 1).registrations)
    answers = [
        wire.accepted(ids[0], sent[ids[0]]),
        wire.accepted(ids[1], sent[ids[1]]),
        wire.accepted(ids[2], sent[ids[2]]),
        wire.duplicate(ids[3], sent[ids[3]], "PK-OTHER-000001"),
        wire.duplicate(ids[4], sent[ids[4]], "PK-OTHER-000002"),
        wire.rejected(ids[5], sent[ids[5]], "nik.invalid", "NIK tidak sah"),
        wire.held_for_review(ids[6], sent[ids[6]], "near_duplicate", "Mirip dengan pendaftaran lain"),
    ]
    _put_receipt(province, stick, device_id, _batch(laptop, 1), answers)
    seen = []

    result = sync.apply_receipts(laptop, stick, lambda done, total: seen.append((done, total)))

    assert _counts(result) == {
        "receipts": 1, "already_applied": 0, "accepted": 3, "duplicate": 2, "rejected": 1, "held": 1, "returned": 0,
    }  # fmt: skip
    assert result.problems == [] and not result.cancelled
    assert seen[-1] == (1, 1)
    now = statuses(laptop)
    assert [now[i][0] for i in ids] == ["accepted"] * 3 + ["duplicate"] * 2 + ["rejected", "sent"]
    assert now[ids[3]][1] == "PK-OTHER-000001"

    again = sync.apply_receipts(laptop, stick)  # the same file again changes nothing
    assert _counts(again) == {
        "receipts": 0, "already_applied": 1, "accepted": 0, "duplicate": 0, "rejected": 0, "held": 0, "returned": 0,
    }  # fmt: skip
    assert statuses(laptop) == now


def test_a_refused_batch_returns_its_registrations(world):
    province, laptop, stick, device_id = world
    ids = [approve_new(laptop, n) for n in range(1, 4)]
    sync.export_to(laptop, stick)
    _put_receipt(
        province, stick, device_id, _batch(laptop, 1), [],
        outcome=wire.BatchOutcome.REJECTED, error_code="device.training", error_message="Perangkat latihan",
    )  # fmt: skip

    result = sync.apply_receipts(laptop, stick)

    assert _counts(result) == {
        "receipts": 1, "already_applied": 0, "accepted": 0, "duplicate": 0, "rejected": 0, "held": 0, "returned": 3,
    }  # fmt: skip
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}


def test_cancel_stops_before_the_next_receipt(world):
    province, laptop, stick, device_id = world
    ids = [approve_new(laptop, n) for n in range(1, 3)]
    sync.export_to(laptop, stick)
    sent = dict(_batch(laptop, 1).registrations)
    _put_receipt(province, stick, device_id, _batch(laptop, 1), [wire.accepted(i, sent[i]) for i in ids])

    result = sync.apply_receipts(laptop, stick, should_cancel=lambda: True)

    assert result.cancelled and result.applied == [] and result.receipts == 0
    assert {statuses(laptop)[i][0] for i in ids} == {Status.SENT.value}


def test_a_forged_receipt_is_a_problem_and_the_good_one_still_applies(world, tmp_path):
    province, laptop, stick, device_id = world
    ids = [approve_new(laptop, n) for n in range(1, 3)]
    sync.export_to(laptop, stick)
    sent = dict(_batch(laptop, 1).registrations)
    _put_receipt(province, stick, device_id, _batch(laptop, 1), [wire.accepted(i, sent[i]) for i in ids])
    layout = usb.find_layout(stick)
    (layout.inbox / usb.receipt_file_name(device_id, 2)).write_bytes(b"not a receipt")

    result = sync.apply_receipts(laptop, stick)

    assert result.accepted == 2 and result.receipts == 1
    assert [name for name, _err in result.problems] == [usb.receipt_file_name(device_id, 2)]
