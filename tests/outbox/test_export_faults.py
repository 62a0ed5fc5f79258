"""A write that fails midway leaves no importable file and marks nothing sent; the next export
succeeds. A lost stick: the unacknowledged batch goes again, byte for byte."""

from __future__ import annotations

import errno
import os

import pytest

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.outbox.receipts import apply_receipt, apply_receipts
from pulut_desktop.province.ingest import import_paths
from pulut_desktop.sync import usb
from pulut_desktop.sync.errors import ReceiptError, UsbError
from tests.outbox.helpers import approve_new, batch_files, enrol, make_laptop, make_province, receipt_files, statuses


@pytest.fixture
def setup(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, province, stick)
    ids = [approve_new(laptop, n) for n in (1, 2)]
    yield province, laptop, stick, ids
    laptop.close()
    province.store.close()


def _all_files(stick):
    return sorted(p.name for p in (stick / "PULUT" / "outbox").iterdir())


@pytest.mark.parametrize(
    ("failure", "code"),
    [(errno.ENOSPC, "usb.no_space"), (errno.EIO, "usb.write_failed"), (errno.EROFS, "usb.read_only")],
)
def test_failed_write_marks_nothing_and_next_export_succeeds(setup, monkeypatch, failure, code):
    province, laptop, stick, ids = setup
    real_write = os.write

    def half_then_fail(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(usb.os, "write", half_then_fail)
    with pytest.raises(UsbError) as caught:
        export_batch(laptop, stick)
    assert caught.value.code == code
    monkeypatch.setattr(usb.os, "write", real_write)

    assert _all_files(stick) == []  # no final file, no temp file
    assert import_paths(province.store, [stick], province.keys) == []
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
    assert [r.status for r in ledger(laptop).rows] == ["pending"]

    result = export_batch(laptop, stick)
    assert result.new_sequences == [1] and result.registrations == 2
    assert {statuses(laptop)[i][0] for i in ids} == {Status.SENT.value}
    (outcome,) = import_paths(province.store, [stick], province.keys)
    assert outcome.status == "processed" and outcome.counts == {"accepted": 2}


def test_stick_removed_during_rename(setup, monkeypatch):
    _province, laptop, stick, ids = setup

    def gone(source, target):
        os.unlink(source)
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(usb, "_replace", gone)
    with pytest.raises(UsbError):
        export_batch(laptop, stick)
    monkeypatch.undo()
    assert _all_files(stick) == []
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
    assert export_batch(laptop, stick).new_sequences == [1]


def test_lost_stick_resends_the_same_bytes(setup, tmp_path):
    province, laptop, stick, _ = setup
    export_batch(laptop, stick)
    (first,) = batch_files(stick)
    sent = first.read_bytes()
    new_stick = tmp_path / "new-stick"  # the first one was lost on the way
    new_stick.mkdir()
    approve_new(laptop, 3)
    result = export_batch(laptop, new_stick)
    assert result.resent_sequences == [1] and result.new_sequences == [2]
    files = batch_files(new_stick)
    assert files[0].read_bytes() == sent
    outcomes = import_paths(province.store, [new_stick], province.keys)
    assert [o.status for o in outcomes] == ["processed", "processed"]
    apply_receipts(laptop, new_stick)
    assert ledger(laptop).unacknowledged == [] and ledger(laptop).contiguous_through == 2
    # The lost stick turns up at the province after all: same receipt, nothing new.
    again = import_paths(province.store, [stick], province.keys)
    assert again[0].status == "redelivered" and again[0].receipt == receipt_files(new_stick)[0].read_bytes()


def test_tampered_receipt_is_rejected_and_changes_nothing(setup):
    province, laptop, stick, _ids = setup
    export_batch(laptop, stick)
    import_paths(province.store, [stick], province.keys)
    (path,) = receipt_files(stick)
    good = path.read_bytes()
    before = statuses(laptop)
    for position in (len(good) // 2, 20, len(good) - 1):
        bad = bytearray(good)
        bad[position] ^= 0x01
        with pytest.raises(ReceiptError):
            apply_receipt(laptop, bytes(bad))
        assert statuses(laptop) == before
    path.write_bytes(good[:-1] + bytes([good[-1] ^ 0x80]))
    result = apply_receipts(laptop, stick)
    assert result.applied == [] and result.problems[0][1].code == "receipt.bad_signature"
    assert statuses(laptop) == before and ledger(laptop).rows[0].status == "sent"
    # A receipt for another laptop's batch is refused too.
    other = make_laptop(stick.parent / "other", "Laptop Lain")
    try:
        enrol(other, province, stick)
        with pytest.raises(ReceiptError) as caught:
            apply_receipt(other, good)
        assert caught.value.code == "receipt.wrong_device"
    finally:
        other.close()
    assert apply_receipt(laptop, good).changed == {"accepted": 2}
