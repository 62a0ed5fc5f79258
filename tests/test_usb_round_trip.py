"""Issue 5, end to end: two laptops and one province, temp folders as sticks.

Export -> import with receipts -> apply receipts; statuses and ledger right; a NIK registered on both
laptops ends accepted on one and duplicate on the other; a training laptop's batch is refused.
"""

from __future__ import annotations

import pytest

from pulut_desktop import messages
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.errors import NotEnrolled
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.province.ingest import PROCESSED, REDELIVERED, REFUSED, import_paths
from pulut_desktop.storage import registrations
from pulut_desktop.sync.receipt import parse_receipt
from tests.conftest import make_registration
from tests.outbox.helpers import (
    approve_new,
    dump_province,
    enrol,
    make_laptop,
    make_province,
    nik,
    receipt_files,
    statuses,
)


@pytest.fixture
def world(tmp_path):
    province = make_province(tmp_path / "province")
    siak = make_laptop(tmp_path / "siak", "Laptop Siak 1", "14.08")
    kampar = make_laptop(tmp_path / "kampar", "Laptop Kampar 1", "14.01")
    yield province, siak, kampar
    siak.close()
    kampar.close()
    province.store.close()


def test_two_laptops_round_trip(world, tmp_path):
    province, siak, kampar = world
    stick_a, stick_b = tmp_path / "stick-a", tmp_path / "stick-b"
    stick_a.mkdir()
    stick_b.mkdir()

    shared = approve_new(siak, 1)  # the same person registered on both laptops
    a_only = approve_new(siak, 2)
    a_bad = approve_new(siak, 3)
    registrations.save(siak, make_registration(nik=nik(4), full_name="Draft Saja"), submit=False)
    with pytest.raises(NotEnrolled):
        export_batch(siak, stick_a)  # registering works before enrolment; sending does not

    siak_id = enrol(siak, province, stick_a)
    kampar_id = enrol(kampar, province, stick_b)
    assert siak_id != kampar_id

    # The province rejects a record whose village it does not know (laptop reference data older than
    # the province's): simulate by changing the sealed row's village before export.
    from pulut_desktop.storage.models import RegistrationRow

    with siak.session() as session:
        session.get(RegistrationRow, a_bad).village_code = "14.71.99.9999"

    result = export_batch(siak, stick_a)
    assert result.new_sequences == [1] and result.registrations == 3
    assert statuses(siak)[shared][0] == Status.SENT.value

    # Kampar registers the shared NIK later; its batch reaches the province after Siak's.
    k_shared = approve_new(kampar, 1, village_code="14.71.01.1002")
    k_own = approve_new(kampar, 5)
    export_batch(kampar, stick_b)

    outcomes = import_paths(province.store, [stick_a], province.keys)
    assert [o.status for o in outcomes] == [PROCESSED]
    assert outcomes[0].counts == {"accepted": 2, "rejected": 1}
    outcomes = import_paths(province.store, [stick_b], province.keys)
    assert outcomes[0].counts == {"accepted": 1, "duplicate": 1}

    # Importing the same stick again: same receipt bytes, no new rows.
    before = dump_province(province)
    receipt_bytes = receipt_files(stick_a)[0].read_bytes()
    again = import_paths(province.store, [stick_a], province.keys)
    assert again[0].status == REDELIVERED and again[0].receipt == receipt_bytes
    assert dump_province(province) == before

    applied = apply_receipts(siak, stick_a)
    assert not applied.problems and len(applied.applied) == 1
    apply_receipts(kampar, stick_b)

    s = statuses(siak)
    assert s[shared][0] == Status.ACCEPTED.value
    assert s[a_only][0] == Status.ACCEPTED.value
    assert s[a_bad][0] == Status.REJECTED.value
    assert s[a_bad][1].startswith("village.unknown: ")
    k = statuses(kampar)
    assert k[k_shared][0] == Status.DUPLICATE.value
    assert k[k_shared][1] == registrations.get(siak, shared).registration_number
    assert k[k_own][0] == Status.ACCEPTED.value

    book = ledger(siak)
    assert book.contiguous_through == 1 and not book.gap and not book.unacknowledged
    (row,) = book.rows
    assert (row.status, row.registrations, row.answered, row.accepted, row.duplicate, row.rejected) == (
        "acknowledged", 3, 3, 2, 0, 1,
    )  # fmt: skip

    # Applying the same receipts again changes nothing.
    snapshot = statuses(siak)
    again = apply_receipts(siak, stick_a)
    assert [a.already_applied for a in again.applied] == [True]
    assert statuses(siak) == snapshot

    # The rejected record is fixed and sent again as a new version: accepted in batch 2.
    registrations.set_status(siak, [a_bad], Status.NEEDS_FIX, reason=s[a_bad][1])
    reg = registrations.get(siak, a_bad)
    reg.village_code = "14.71.01.1002"
    registrations.save(siak, reg)
    if registrations.get(siak, a_bad).status is not Status.APPROVED:
        registrations.set_status(siak, [a_bad], Status.APPROVED)
    result = export_batch(siak, stick_a)
    assert result.new_sequences == [2] and result.resent_sequences == []
    import_paths(province.store, [stick_a], province.keys)
    apply_receipts(siak, stick_a)
    assert statuses(siak)[a_bad][0] == Status.ACCEPTED.value
    assert ledger(siak).contiguous_through == 2


def test_training_laptop_batch_is_refused(world, tmp_path):
    province, _, _ = world
    trainee = make_laptop(tmp_path / "training", "Laptop Latihan", "14.71", training=True)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        enrol(trainee, province, stick)
        rid = approve_new(trainee, 7)
        export_batch(trainee, stick)
        (outcome,) = import_paths(province.store, [stick], province.keys)
        assert outcome.status == REFUSED
        receipt = parse_receipt(outcome.receipt, province_signing_keys=province.keys.signing.public_key())
        assert receipt.outcome.value == "rejected" and receipt.records == []
        assert receipt.error_code == "province.training_device"
        assert receipt.error_message == messages.text("province.training_device", language="id")
        assert "laptop latihan" in receipt.error_message

        apply_receipts(trainee, stick)
        status, reason = statuses(trainee)[rid]
        assert status == Status.APPROVED.value and reason.startswith("province.training_device: ")
        (row,) = ledger(trainee).rows
        assert row.status == "refused" and row.error_code == "province.training_device"
    finally:
        trainee.close()
