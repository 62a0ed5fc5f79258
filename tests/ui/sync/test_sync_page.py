"""The Kirim data page, driven like an officer would: real stores, a real province, temp sticks."""

from __future__ import annotations

import errno
import os
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton

from pulut_desktop import messages
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox import export as export_module
from pulut_desktop.outbox.enrolment import enrolment_of
from pulut_desktop.outbox.errors import NotEnrolled
from pulut_desktop.outbox.ledger import ledger
from pulut_desktop.province import devices
from pulut_desktop.province.ingest import PROCESSED, import_paths
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.errors import PermissionDenied
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Role, Store
from pulut_desktop.sync import enrolment as wire
from pulut_desktop.sync import usb
from pulut_desktop.sync.errors import UsbError
from pulut_desktop.ui.sync.page import SyncPage
from tests.conftest import PASSWORD
from tests.outbox.helpers import approve_new, batch_files, enrol, statuses
from tests.ui.sync.conftest import settle


def click(qtbot, button) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def outbox_files(stick) -> list[str]:
    folder = stick / "PULUT" / "outbox"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_unenrolled_laptop_shows_the_banner_and_export_is_refused(
    qtbot, runner, errors, laptop, stick, make_page, choose_folder
):
    ids = [approve_new(laptop, n) for n in (1, 2)]
    page = make_page(laptop)

    assert page.enrolment.banner.isVisible()
    assert "not enrolled with the province" in page.enrolment.banner.text()
    assert page.enrolment.state.text() == "Not enrolled"
    with laptop.reader() as session:
        code = laptop.device(session).code
    assert page.enrolment.values["device_code"].text() == code  # to compare with the province admin
    assert not page.enrolment.values["device_id"].isVisible()
    assert page.usb.ready.text() == "2 ready to send"

    choose_folder(stick)
    click(qtbot, page.usb.choose_button)
    settle(qtbot, runner)
    click(qtbot, page.usb.export_button)
    settle(qtbot, runner)

    assert [type(e) for e in errors.errors] == [NotEnrolled]
    assert messages.error_text(errors.errors[0], "id").startswith("Laptop ini belum terdaftar di provinsi")
    assert batch_files(stick) == []
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
    assert page.enrolment.banner.isVisible()


def test_export_without_a_stick_asks_for_one_before_any_work(qtbot, runner, errors, laptop, make_page):
    page = make_page(laptop)
    click(qtbot, page.usb.export_button)
    assert not runner.is_busy()
    assert page.usb.message.isVisible() and page.usb.message.text() == "Choose the USB stick first."
    assert errors.errors == []


def test_enrol_from_the_gui(qtbot, runner, errors, laptop, province, stick, make_page, choose_folder, choose_file):
    page = make_page(laptop)
    assert page.enrolment.request_button.isEnabled() and page.enrolment.import_button.isEnabled()

    choose_folder(stick)
    click(qtbot, page.enrolment.request_button)
    settle(qtbot, runner)
    (request_file,) = (stick / "PULUT" / "requests").iterdir()
    request = wire.parse_device_request(request_file.read_bytes())
    assert page.enrolment.message.isVisible()
    assert request.device_code in page.enrolment.message.text()
    assert page.usb.stick() == stick  # the request's stick is remembered for the trip

    device, data = devices.approve(province.store, request, province.keys)
    enrolment_file = devices.write_enrolment(device, data, stick=stick)
    asked = choose_file(enrolment_file)
    click(qtbot, page.enrolment.import_button)
    settle(qtbot, runner)

    assert errors.errors == []
    assert asked and asked[0][2].endswith("enrolments")  # the dialog opens in PULUT/enrolments
    assert enrolment_of(laptop).device_id == device.id
    assert not page.enrolment.banner.isVisible()
    assert page.enrolment.state.text() == "Enrolled"
    assert page.enrolment.values["device_id"].text() == device.id
    assert page.enrolment.values["province_key"].text() == enrolment_of(laptop).signing_key_id
    assert page.enrolment.values["device_id"].isVisible()
    assert device.id in page.enrolment.message.text()


def test_a_wrong_enrolment_file_is_refused_with_its_code(
    qtbot, runner, errors, laptop, stick, tmp_path, make_page, choose_file
):
    page = make_page(laptop)
    bogus = tmp_path / "bogus.pulutenrolment"
    bogus.write_bytes(b"not an enrolment")
    choose_file(bogus)
    click(qtbot, page.enrolment.import_button)
    settle(qtbot, runner)
    assert len(errors.errors) == 1 and errors.errors[0].code.startswith("enrolment.")
    assert enrolment_of(laptop) is None
    assert page.enrolment.banner.isVisible()


def test_supervisor_actions_are_refused_for_an_officer(qtbot, runner, errors, laptop, stick, make_page, choose_folder):
    add_officer(laptop, "budi", "Budi Santoso", PASSWORD, Role.OFFICER)
    officer = Store.open(laptop.data_dir.root, "budi", PASSWORD)
    try:
        page = make_page(officer)
        assert not page.enrolment.request_button.isEnabled()
        assert not page.enrolment.import_button.isEnabled()
        assert page.enrolment.hint.text() == "Only a supervisor can enrol this laptop."
        choose_folder(stick)
        page._on_enrolment_request_clicked()  # the disabled button's slot, called anyway
        settle(qtbot, runner)
        assert [type(e) for e in errors.errors] == [PermissionDenied]
        assert not (stick / "PULUT" / "requests").exists()
    finally:
        officer.close()


def test_export_then_province_then_receipts(qtbot, runner, errors, laptop, province, stick, make_page, choose_folder):
    device_id = enrol(laptop, province, stick)
    ok = [approve_new(laptop, n) for n in (1, 2)]
    bad = approve_new(laptop, 3)
    with laptop.session() as session:  # the province does not know this village: rejected with a reason
        session.get(RegistrationRow, bad).village_code = "14.71.99.9999"
    page = make_page(laptop)
    assert not page.enrolment.banner.isVisible()
    assert page.usb.stick() is None

    choose_folder(stick)
    click(qtbot, page.usb.choose_button)
    settle(qtbot, runner)
    assert "PULUT folder found" in page.usb.stick_state.text()
    click(qtbot, page.usb.export_button)
    settle(qtbot, runner)

    assert errors.errors == []
    name = usb.batch_file_name(device_id, 1)
    assert outbox_files(stick) == [name]
    assert {statuses(laptop)[i][0] for i in (*ok, bad)} == {Status.SENT.value}
    message = page.usb.message.text()
    assert "Batch no. 1 is on the stick: 3 registration(s) marked as sent." in message
    assert name in message
    assert page.ledger.model.rowCount() == 1
    assert page.ledger.model.row_at(0).status == "sent"
    assert page.usb.ready.text() == "Nothing waiting"

    outcomes = import_paths(province.store, [stick], province.keys)
    assert [o.status for o in outcomes] == [PROCESSED]

    click(qtbot, page.usb.apply_button)
    settle(qtbot, runner)
    assert errors.errors == []
    assert {statuses(laptop)[i][0] for i in ok} == {Status.ACCEPTED.value}
    assert statuses(laptop)[bad][0] == Status.REJECTED.value
    assert page.usb.message.text().startswith(
        "1 receipt(s) applied: 2 accepted, 0 duplicate, 1 rejected, 0 held for review."
    )
    row = page.ledger.model.row_at(0)
    assert (row.status, row.registrations, row.answered, row.accepted, row.rejected) == ("acknowledged", 3, 3, 2, 1)
    assert "holds every batch up to no. 1" in page.ledger.summary.text()
    assert not page.ledger.gap.isVisible()

    click(qtbot, page.usb.apply_button)  # the same receipts again: nothing changes
    settle(qtbot, runner)
    assert "1 receipt(s) had been applied before." in page.usb.message.text()
    assert statuses(laptop)[ok[0]][0] == Status.ACCEPTED.value


def test_nothing_to_send_is_a_calm_message(qtbot, runner, errors, laptop, province, stick, make_page, choose_folder):
    enrol(laptop, province, stick)
    page = make_page(laptop)
    choose_folder(stick)
    click(qtbot, page.usb.choose_button)
    click(qtbot, page.usb.export_button)
    settle(qtbot, runner)
    assert errors.errors == []
    assert page.usb.message.text() == "There is no data ready to send."
    assert page.usb.message.property("kind") == "info"


def test_full_stick_shows_the_error_and_marks_nothing_sent(
    qtbot, runner, errors, laptop, province, stick, make_page, choose_folder, monkeypatch
):
    enrol(laptop, province, stick)
    ids = [approve_new(laptop, n) for n in (1, 2)]
    page = make_page(laptop)
    choose_folder(stick)
    click(qtbot, page.usb.choose_button)

    real_write = os.write

    def half_then_full(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(usb.os, "write", half_then_full)
    click(qtbot, page.usb.export_button)
    settle(qtbot, runner)
    monkeypatch.setattr(usb.os, "write", real_write)

    assert [type(e) for e in errors.errors] == [UsbError]
    assert errors.errors[0].code == "usb.no_space"
    assert messages.error_text(errors.errors[0], "id").startswith("Flashdisk penuh")
    assert outbox_files(stick) == []  # neither the batch nor a temp file
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
    assert [r.status for r in ledger(laptop).rows] == ["pending"]
    assert page.usb.export_button.isEnabled()

    click(qtbot, page.usb.export_button)  # another try with room on the stick: nothing was lost
    settle(qtbot, runner)
    assert len(errors.errors) == 1
    assert len(outbox_files(stick)) == 1
    assert {statuses(laptop)[i][0] for i in ids} == {Status.SENT.value}


def test_cancel_during_export_leaves_nothing_sent(
    qtbot, runner, errors, laptop, province, stick, make_page, choose_folder, monkeypatch
):
    enrol(laptop, province, stick)
    ids = [approve_new(laptop, n) for n in (1, 2)]
    page = make_page(laptop)
    choose_folder(stick)
    click(qtbot, page.usb.choose_button)
    settle(qtbot, runner)

    sealing, go_on = threading.Event(), threading.Event()
    real_prepare = export_module._prepare

    def slow_prepare(*args, **kwargs):
        sealing.set()
        assert go_on.wait(10)
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(export_module, "_prepare", slow_prepare)
    click(qtbot, page.usb.export_button)
    qtbot.waitUntil(sealing.is_set, timeout=10_000)
    (dialog,) = [d for d in page.findChildren(QProgressDialog) if d.labelText().startswith("Writing batches")]
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)  # it appears after a short delay
    (cancel_button,) = dialog.findChildren(QPushButton)
    assert cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    settle(qtbot, runner)

    assert errors.errors == []
    assert page.usb.message.text() == messages.text("outbox.cancelled", {"written": 0}, "id")
    assert outbox_files(stick) == []
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
    assert all(r.status == "pending" for r in ledger(laptop).rows)


def test_the_last_stick_is_remembered(qtbot, runner, laptop, stick, make_page, choose_folder, settings, province):
    page = make_page(laptop)
    choose_folder(stick)
    click(qtbot, page.usb.choose_button)
    settle(qtbot, runner)
    assert "No PULUT folder on this stick yet" in page.usb.stick_state.text()
    again = SyncPage(laptop, runner, province_keys=[province.keys_file], settings=settings)
    qtbot.addWidget(again)
    assert again.usb.stick() == stick


def test_a_refused_training_batch_shows_the_reason_in_an_amber_box(
    qtbot, runner, errors, tmp_path, province, stick, make_page, choose_folder
):
    from tests.outbox.helpers import make_laptop

    trainee = make_laptop(tmp_path / "latihan", "Laptop Latihan", "14.71", training=True)
    try:
        enrol(trainee, province, stick)
        rid = approve_new(trainee, 7)
        page = make_page(trainee)
        choose_folder(stick)
        click(qtbot, page.usb.choose_button)
        settle(qtbot, runner)
        click(qtbot, page.usb.export_button)
        settle(qtbot, runner)
        import_paths(province.store, [stick], province.keys)
        assert not page.ledger.refused.isVisible()

        click(qtbot, page.usb.apply_button)
        settle(qtbot, runner)
        assert errors.errors == []
        assert statuses(trainee)[rid][0] == Status.APPROVED.value
        assert page.usb.message.property("kind") == "warning"  # amber, not the green "all is well"
        box = page.ledger.refused
        assert box.isVisible() and box.property("kind") == "warning"
        reason = messages.text("province.training_device", language="id")  # the page speaks Indonesian
        assert box.text() == f"Batch no. 1 was refused by the province: {reason}"
    finally:
        trainee.close()
