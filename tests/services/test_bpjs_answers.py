"""BPJS's answers on the laptop through ``services.sync.apply_receipts``: a province-signed receipt is
still not trusted about *which* record it means. A result for a registration the batch did not carry,
for a version other than the one the province accepted, or for a record edited since changes nothing;
the right one marks Terdaftar BPJS or sends the record back as needs fix. No Qt."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from sqlalchemy import select

from pulut_desktop.domain.status import Status
from pulut_desktop.services import sync
from pulut_desktop.storage.models import AuditEvent, BatchRow, RegistrationRow
from pulut_desktop.sync import receipt as wire
from pulut_desktop.sync import usb
from pulut_desktop.sync.membership import enrolled, rejected_by_bpjs
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province

EFFECTIVE, END = date(2027, 1, 1), date(2027, 12, 31)


@pytest.fixture
def world(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    device_id = enrol(laptop, province, stick)
    ids = [approve_new(laptop, n) for n in (1, 2, 3)]
    sync.export_to(laptop, stick)
    with laptop.reader() as session:
        batch = session.scalars(select(BatchRow)).one()
    sent = {rid: version for rid, version in batch.registrations}
    _answer(province, stick, device_id, batch, [wire.accepted(rid, sent[rid]) for rid in ids])
    assert sync.apply_receipts(laptop, stick).accepted == 3
    yield province, laptop, stick, device_id, batch, ids, sent
    laptop.close()
    province.store.close()


def _answer(province, stick, device_id, batch, records, memberships=()) -> None:
    data = wire.build_receipt(
        batch_id=batch.id, device_id=device_id, sequence=batch.sequence, batch_sha256=batch.file_sha256,
        records=records, contiguous_through=batch.sequence, signing_key=province.keys.signing,
        memberships=memberships,
    )  # fmt: skip
    layout = usb.find_layout(stick)
    (layout.inbox / usb.receipt_file_name(device_id, batch.sequence)).write_bytes(data)


def _row(laptop, rid) -> tuple:
    with laptop.reader() as session:
        r = session.get(RegistrationRow, rid)
        return r.status, r.version, r.bpjs_status, r.kpj, r.status_reason


def _bpjs_events(laptop) -> int:
    with laptop.reader() as session:
        return len(list(session.scalars(select(AuditEvent).where(AuditEvent.action == "registration.bpjs_answer"))))


def test_only_results_for_what_the_batch_carried_are_applied(world):
    province, laptop, stick, device_id, batch, ids, sent = world
    records = [wire.accepted(rid, sent[rid]) for rid in ids]
    before = {rid: _row(laptop, rid) for rid in ids}
    _answer(province, stick, device_id, batch, records, [
        enrolled(str(uuid.uuid4()), 1, "19012345678", EFFECTIVE, END),  # not a registration of this batch
        enrolled(ids[0], sent[ids[0]] + 1, "19012345679", EFFECTIVE, END),  # a version the batch did not carry
        rejected_by_bpjs(ids[1], sent[ids[1]] - 1, "Versi lama"),  # nor this one
    ])  # fmt: skip
    result = sync.apply_receipts(laptop, stick)
    assert result.receipts == 1 and (result.enrolled, result.bpjs_rejected) == (0, 0)
    assert {rid: _row(laptop, rid) for rid in ids} == before
    assert _bpjs_events(laptop) == 0

    _answer(province, stick, device_id, batch, records, [
        enrolled(ids[0], sent[ids[0]], "19012345678", EFFECTIVE, END),
        rejected_by_bpjs(ids[1], sent[ids[1]], "Tanggal lahir tidak sesuai"),
    ])  # fmt: skip
    result = sync.apply_receipts(laptop, stick)
    assert (result.enrolled, result.bpjs_rejected) == (1, 1)
    accepted_version = sent[ids[0]] + 2
    assert _row(laptop, ids[0]) == (Status.ACCEPTED.value, accepted_version, "enrolled", "19012345678", None)
    assert _row(laptop, ids[1]) == (Status.NEEDS_FIX.value, sent[ids[1]] + 3, "rejected", None,
                                    "BPJS: Tanggal lahir tidak sesuai")  # fmt: skip
    assert _row(laptop, ids[2])[2] is None
    assert _bpjs_events(laptop) == 2

    # The same answers again, re-signed (other bytes): nothing changes, the rejected record is not
    # moved twice, and an answer about a record already sent back is not applied to it.
    _answer(province, stick, device_id, batch, records, [
        enrolled(ids[0], sent[ids[0]], "19012345678", EFFECTIVE, END),
        enrolled(ids[1], sent[ids[1]], "19012345680", EFFECTIVE, END),
    ])  # fmt: skip
    result = sync.apply_receipts(laptop, stick)
    assert (result.enrolled, result.bpjs_rejected) == (0, 0)
    assert _row(laptop, ids[1])[0] == Status.NEEDS_FIX.value
    assert _bpjs_events(laptop) == 2
