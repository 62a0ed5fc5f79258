"""The print page and the card checker, driven like an officer would, against a real temp store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from pulut_desktop.cards import VerificationKind, card_from_registration, sign_card
from pulut_desktop.domain.numbers import device_code
from pulut_desktop.domain.status import Status
from pulut_desktop.services.cards import print_history
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import AuditEvent, RegistrationRow
from pulut_desktop.ui.cards.page import CardsPage
from pulut_desktop.ui.cards.verify_dialog import VerifyCardDialog
from tests.conftest import make_registration


def add(store, n: int, name: str, status: Status = Status.APPROVED) -> str:
    reg = registrations.save(store, make_registration(nik=f"14710145089{n:05d}", full_name=name))
    registrations.set_status(store, [reg.id], Status.APPROVED)
    if status is Status.ACCEPTED:
        registrations.set_status(store, [reg.id], Status.SENT)
        registrations.set_status(store, [reg.id], Status.ACCEPTED)
    return reg.id


def settle(qtbot, runner) -> None:
    for _ in range(4):
        runner.wait_for_done()
        qtbot.wait(20)


@pytest.fixture
def people(supervisor_store) -> dict[str, str]:
    return {
        "siti": add(supervisor_store, 1, "Siti Aminah"),
        "budi": add(supervisor_store, 2, "Budi Santoso", Status.ACCEPTED),
        "rina": add(supervisor_store, 3, "Rina Wati"),
    }


@pytest.fixture
def page(qtbot, supervisor_store, runner, people, tmp_path):
    page = CardsPage(supervisor_store, runner)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()  # what the main window does when it shows the page
    page.opened: list[Path] = []
    page.open_pdf = page.opened.append
    page.target = tmp_path / "out" / "kartu.pdf"
    page.target.parent.mkdir()
    page.choose_output_path = lambda suggested: str(page.target)
    settle(qtbot, runner)
    return page


def counts(store) -> dict[str, int]:
    with store.reader() as session:
        return dict(session.execute(select(RegistrationRow.id, RegistrationRow.print_count)).all())


def test_page_lists_printable_records_with_card_status(page):
    assert page.table.rowCount() == 3
    names = {page.table.item(r, 2).text(): page.table.item(r, 3).text() for r in range(3)}
    assert names == {"SITI AMINAH": "Provisional", "BUDI SANTOSO": "Valid", "RINA WATI": "Provisional"}
    assert page.unprinted_radio.isChecked() and "(3)" in page.unprinted_radio.text()


def test_print_unprinted_produces_pdf_and_updates_counts(qtbot, page, runner, supervisor_store, people):
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert page.target.exists() and len(PdfReader(page.target).pages) == 2  # A4 front + back
    assert page.opened == [page.target]
    assert page.last_result.printed == 3 and page.last_result.reprinted == 0
    assert set(counts(supervisor_store).values()) == {1}
    assert "3 card(s) saved" in page.message.text() and page.message.isVisible()
    assert [page.table.item(r, 4).text() for r in range(3)] == ["1", "1", "1"]
    assert "(0)" in page.unprinted_radio.text()

    page.table.setCurrentCell(0, 2)
    settle(qtbot, runner)
    assert "printed 1 time(s)" in page.history.summary.text()
    assert page.history.entries.count() == 1 and "A4 sheet" in page.history.entries.item(0).text()


def test_reprint_asks_for_a_reason_then_records_it(qtbot, page, runner, supervisor_store, people):
    page.card_radio.setChecked(True)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert page.reason_dialog is None  # first prints need no reason

    row = next(r for r in range(page.table.rowCount()) if page.table.record_id(r) == people["siti"])
    page.table.set_ticked(row)
    assert page.ticked_radio.isChecked()
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    dialog = page.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert "SITI AMINAH" in dialog.names_label.text()
    assert not dialog.ok_button.isEnabled()  # no reason, no reprint
    qtbot.keyClicks(dialog.reason_edit, "Kartu rusak kena air")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)

    history = print_history(supervisor_store, people["siti"])
    assert history.print_count == 2 and history.entries[-1].reason == "Kartu rusak kena air"
    assert history.entries[-1].layout == "card" and page.last_result.reprinted == 1
    assert print_history(supervisor_store, people["rina"]).print_count == 1
    with supervisor_store.reader() as session:
        reprinted = session.query(AuditEvent).filter(AuditEvent.action == "card.reprinted").one()
    assert reprinted.details["reason"] == "Kartu rusak kena air"

    page.table.setCurrentCell(row, 2)
    settle(qtbot, runner)
    assert "printed 2 time(s)" in page.history.summary.text()
    assert "Reason: Kartu rusak kena air" in page.history.entries.item(0).text()


def test_cancelling_the_reason_dialog_prints_nothing(qtbot, page, runner, supervisor_store, people):
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    page.target.unlink()
    page.table.set_ticked(0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    page.reason_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    settle(qtbot, runner)
    assert not page.target.exists() and page.print_button.isEnabled()
    assert set(counts(supervisor_store).values()) == {1}


def test_ticked_mode_without_ticks_says_so(qtbot, page, runner):
    page.ticked_radio.setChecked(True)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    assert "Tick at least one record" in page.message.text()
    assert not page.target.exists()


def _qr(store, registration_id: str, key: Ed25519PrivateKey | None = None) -> str:
    key = key or store.signing_key()
    code = device_code(key.public_key().public_bytes_raw())
    card = card_from_registration(registrations.get(store, registration_id), device_code=code, issued_on=date.today())
    return sign_card(card, key)


@pytest.fixture
def verify(qtbot, supervisor_store, runner):
    dialog = VerifyCardDialog(supervisor_store, runner, language="id")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_verify_dialog_shows_a_valid_card_with_its_fields(qtbot, verify, runner, supervisor_store, people):
    qtbot.keyClicks(verify.text_edit, _qr(supervisor_store, people["budi"]))
    qtbot.keyClick(verify.text_edit, Qt.Key.Key_Return)  # what a keyboard-wedge scanner sends
    settle(qtbot, runner)
    assert verify.result.kind is VerificationKind.VALID
    assert verify.banner.isVisible() and verify.headline_label.text() == "SAH"
    assert "#16A34A" in verify.banner.styleSheet()
    assert verify.fields_box.isVisible()
    assert verify.field_labels["holder_name"].text() == "BUDI SANTOSO"
    assert verify.field_labels["status"].text() == "SAH"
    assert verify.field_labels["birth_date"].text() == "05-08-1990"


def test_verify_dialog_shows_a_forged_card_in_red_without_fields(qtbot, verify, runner, supervisor_store, people):
    forged = _qr(supervisor_store, people["siti"]).replace("SITI AMINAH", "SITI AMINAT")
    verify.text_edit.setText(forged)
    qtbot.mouseClick(verify.check_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert verify.result.kind is VerificationKind.FORGED
    assert verify.headline_label.text() == "PALSU" and "#DC2626" in verify.banner.styleSheet()
    assert "TIDAK ASLI" in verify.message_label.text()
    assert not verify.fields_box.isVisible()


def test_verify_dialog_unknown_device_and_malformed(qtbot, verify, runner, supervisor_store, people):
    verify.text_edit.setText(_qr(supervisor_store, people["siti"], Ed25519PrivateKey.generate()))
    verify.check()
    settle(qtbot, runner)
    assert verify.headline_label.text() == "PERANGKAT TIDAK DIKENAL"
    verify.text_edit.setText("https://example.org")
    verify.check()
    settle(qtbot, runner)
    assert verify.headline_label.text() == "TIDAK TERBACA" and not verify.fields_box.isVisible()


def test_verify_button_opens_the_dialog(qtbot, page):
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert page.verify_dialog is not None and page.verify_dialog.isVisible()
