"""With the shipped Indonesian catalogues (pulut_id.qm and qt_id.qm) every page, dialog, message box,
file dialog and the status bar show no English: labels, buttons, headers, cells, tooltips, titles."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import select

from pulut_desktop.domain.registration import Registration
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import drafts, drives, registrations
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.registrations import SimilarRegistration
from pulut_desktop.storage.store import Role
from pulut_desktop.ui.cards.reason_dialog import ReprintReasonDialog
from pulut_desktop.ui.cards.verify_dialog import VerifyCardDialog
from pulut_desktop.ui.errors import ErrorReportDialog
from pulut_desktop.ui.fieldops.export_dialog import ExportDialog
from pulut_desktop.ui.help import HelpWindow
from pulut_desktop.ui.login import LoginWindow
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.officer_dialogs import AddOfficerDialog, ResetPasswordDialog
from pulut_desktop.ui.registration.drafts_dialog import DraftPickerDialog
from pulut_desktop.ui.registration.drafts_list import DraftsListDialog
from pulut_desktop.ui.registration.duplicates import NearMatchDialog
from pulut_desktop.ui.registration.exit_dialog import ExitDialog
from pulut_desktop.ui.registrations.reject_dialog import RejectDialog
from pulut_desktop.ui.renewals.dialog import RenewalDialog
from tests.conftest import make_registration

from ._visible_text import untranslated

# Data the officer typed is shown as typed; it is not UI text.
DATA = ("SITI AMINAH", "Siti Aminah", "Balai desa", "Laptop Uji 01", "Sri Supervisor", "Rina Safitri", "rina.s")


def _settle(qtbot, runner) -> None:
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=20_000)
    QApplication.processEvents()


@pytest.fixture
def filled_store(supervisor_store):
    store = supervisor_store
    add_officer(store, username="rina.s", full_name="Rina Safitri", password="rahasia-123", role=Role.OFFICER)
    drives.start_drive(store, village_code="14.71.01.1002", held_on=date(2026, 11, 20), place="Balai desa")
    for n, status in enumerate((Status.READY, Status.APPROVED, Status.DRAFT)):
        reg = make_registration(nik=f"14710145089{n + 1:05d}", full_name=f"Siti Aminah {'ABC'[n]}")
        saved = registrations.save(store, reg, submit=status is not Status.DRAFT)
        if status is Status.APPROVED:
            registrations.set_status(store, [saved.id], Status.APPROVED)
    return store


def _check(found: list, label: str, widget: QWidget) -> None:
    found += [(label, *problem) for problem in untranslated(widget, ignore=DATA)]


def _modal_from(qtbot, trigger, found: list, label: str) -> None:
    """Run ``trigger``, which opens a modal box; check it as shown, then close it."""
    seen = []

    def inspect() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, inspect)
            return
        seen.append(type(modal).__name__)
        _check(found, label, modal)
        modal.reject() if isinstance(modal, QDialog) else modal.close()

    QTimer.singleShot(50, inspect)
    trigger()
    assert seen, f"{label}: no modal window appeared"


def test_every_page_dialog_and_message_is_indonesian(
    qtbot, qapp, filled_store, runner, translations, monkeypatch, tmp_path
):
    store = filled_store
    # the file dialog lists the working folder: an empty one, so no file name is mistaken for UI text
    (tmp_path / "kosong").mkdir()
    monkeypatch.chdir(tmp_path / "kosong")
    found: list[tuple[str, str, str, str]] = []
    monkeypatch.setattr(QFileDialog, "DontUseNativeDialog", QFileDialog.Option.DontUseNativeDialog)

    login = LoginWindow(store.data_dir.root, runner, language="id", training=True)
    qtbot.addWidget(login)
    login.show()
    _check(found, "login", login)

    window = MainWindow(store, runner, language="id", training=True, event_source=qapp)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        _settle(qtbot, runner)
        _check(found, f"page {key}", window)
    window.show_page("new")
    window.form.save()  # an empty form: "N kolom perlu diperbaiki" and every field's message
    _settle(qtbot, runner)
    _check(found, "form with problems", window)
    window.lock()
    _check(found, "lock", window)
    window.lock_screen.sig_unlocked.emit()

    # Dialogs, built as their pages build them
    reg = Registration(**{**make_registration().__dict__})
    similar = SimilarRegistration("x", "PK-0000-0000-000001", "SITI AMINAH", date(1990, 8, 5), "14.71.01.1002",
                                  "147101******0001", Status.READY)  # fmt: skip
    draft = drafts.SavedDraft(
        "d1", None, {"identity": {"full_name": "Siti Aminah", "nik": "1471"}}, datetime(2026, 1, 1, 9, 30)
    )
    with store.reader() as session:
        any_id = session.scalars(select(RegistrationRow.id)).first()
    dialogs = {
        "add officer": lambda: AddOfficerDialog(store, runner, "id", window),
        "reset password": lambda: ResetPasswordDialog(store, runner, "id", "rina.s", "Rina Safitri", window),
        "send back": lambda: RejectDialog(3, window),
        "reprint reason": lambda: ReprintReasonDialog(["SITI AMINAH"], window),
        "verify card": lambda: VerifyCardDialog(store, runner, language="id", parent=window),
        "export": lambda: ExportDialog(store, runner, language="id", training=True, parent=window),
        "help": lambda: HelpWindow(window),
        "unexpected error": lambda: ErrorReportDialog("Traceback ...", None, window),
        "drafts": lambda: DraftPickerDialog([draft], window),
        "near match": lambda: NearMatchDialog(reg, [similar], window),
        "death or exit": lambda: ExitDialog(store, runner, any_id, "id", window),
        "renewal": lambda: RenewalDialog(store, runner, any_id, "id", window),
    }
    for label, build in dialogs.items():
        dialog = build()
        dialog.show()
        _settle(qtbot, runner)
        _check(found, label, dialog)
        dialog.reject()

    # "Draf tersimpan" with a draft in it, and its delete question
    drafts.save_draft(store, "d2", {"identity": {"full_name": "Siti Aminah", "nik": "1471014508900009"}})
    drafts_list = DraftsListDialog(store, runner, "id", window)
    drafts_list.show()
    _settle(qtbot, runner)
    assert drafts_list.table.rowCount() == 1
    _check(found, "saved drafts", drafts_list)
    _check(found, "delete a draft", drafts_list.ask_delete())
    drafts_list.reject()

    # Closing with unsaved input
    window.show_page("new")
    QTest.keyClicks(window.form.identity.nik_edit, "1471")
    window.close()
    unsaved = window.findChild(QMessageBox, "unsavedInputBox")
    assert unsaved is not None and unsaved.isVisible()
    _check(found, "unsaved input", unsaved)
    unsaved.reject()
    window.form.new_registration()

    # Message boxes and file dialogs the pages open
    _modal_from(qtbot, lambda: QMessageBox.question(window, "Tanya", "Lanjut?"), found, "question box")
    drives_page = window.show_page("drives")
    _settle(qtbot, runner)
    _modal_from(qtbot, drives_page.close_current_drive, found, "close drive")
    officers = window.show_page("officers")
    _settle(qtbot, runner)
    officers.table.selectRow(
        next(r for r in range(officers.table.rowCount()) if officers.table.item(r, 0).text() == "rina.s")
    )
    _modal_from(qtbot, officers.deactivate_button.click, found, "deactivate officer")
    import_page = window.show_page("import")
    _modal_from(qtbot, import_page.file_step.choose_button.click, found, "choose a file")
    _settle(qtbot, runner)

    assert found == [], "\n".join(" | ".join(item) for item in found)
