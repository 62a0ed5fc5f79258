"""Petugas, as the supervisor uses it: Deactivate asks first and locks the officer out; Set new password lets
the new password in and keeps the old one out. Checked on the screen, at the login window and in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from pulut_desktop.storage.accounts import add_officer, list_officers
from pulut_desktop.storage.store import Role, Store
from pulut_desktop.ui.integration import no_registration_pages
from pulut_desktop.ui.login import LoginWindow
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.officer_dialogs import ResetPasswordDialog
from pulut_desktop.ui.officers import OfficersPage
from tests.services.helpers import audited

BUDI_PASSWORD = "budi-pass-1"


@pytest.fixture(autouse=True)
def indonesian(translations):
    """The screens in their default language, Bahasa Indonesia."""


@pytest.fixture
def page(qtbot, qapp, supervisor_store, runner) -> OfficersPage:
    """The supervisor's Petugas page in the main window, listing Sri and Budi."""
    add_officer(supervisor_store, "budi", "Budi Santoso", BUDI_PASSWORD, Role.OFFICER)
    window = MainWindow(
        supervisor_store, runner, language="id", training=False, event_source=qapp, page_factory=no_registration_pages
    )
    qtbot.addWidget(window)
    window.show()
    shown = window.show_page("officers")
    qtbot.waitUntil(lambda: shown.table.rowCount() == 2, timeout=5000)
    return shown


def _click_row(qtbot, page: OfficersPage, username: str) -> None:
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == username)
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.selected_officer().username == username


def _answer_box(answer: str, seen: list[str]) -> QTimer:
    """Once the question box is open (it blocks the click that opened it), note its text and press the
    ``answer`` button with the keyboard; keep the returned timer referenced until then."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.append(box.text())
            button = next(b for b in box.buttons() if b.text() == answer)
            button.setFocus()
            QTest.keyClick(button, Qt.Key.Key_Space)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _sign_in(qtbot, runner, data_root, username: str, password: str) -> tuple[list[Store], LoginWindow]:
    """Type into the login window and press Enter; the opened stores (none when refused) and the window."""
    login = LoginWindow(data_root, runner, language="id", training=False)
    qtbot.addWidget(login)
    stores: list[Store] = []
    login.sig_login_succeeded.connect(stores.append)
    qtbot.keyClicks(login.username, username)
    qtbot.keyClicks(login.password, password)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(stores) or bool(login.message.text()), timeout=10_000)
    return stores, login


def _active(store: Store) -> list[str]:
    return [o.username for o in list_officers(store)]


def test_deactivate_asks_first_then_the_officer_is_gone_and_cannot_sign_in(qtbot, page, supervisor_store, runner):
    _click_row(qtbot, page, "super")
    assert not page.deactivate_button.isEnabled(), "a supervisor cannot deactivate themself"
    _click_row(qtbot, page, "budi")
    assert page.deactivate_button.isEnabled() and page.deactivate_button.text() == "Nonaktifkan…"

    seen: list[str] = []
    timer = _answer_box("Batal", seen)
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    assert timer and "Budi Santoso (budi)" in seen[0] and "tidak dapat lagi masuk" in seen[0]
    assert not runner.is_busy() and page.table.rowCount() == 2
    assert _active(supervisor_store) == ["budi", "super"]

    timer = _answer_box("Nonaktifkan", seen)
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    assert page.message.text() == "Petugas budi dinonaktifkan."
    assert page.table.item(0, 0).text() == "super"
    assert _active(supervisor_store) == ["super"]
    assert [e.details for e in audited(supervisor_store, "officer.deactivated")] == [{"username": "budi"}]

    stores, login = _sign_in(qtbot, runner, supervisor_store.data_dir.root, "budi", BUDI_PASSWORD)
    assert stores == [] and "Nama pengguna atau kata sandi salah." in login.message.text()


def test_set_new_password_lets_the_new_one_in_and_keeps_the_old_one_out(qtbot, page, supervisor_store, runner):
    _click_row(qtbot, page, "budi")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ResetPasswordDialog)
    assert dialog is not None and dialog.isVisible()
    assert any("Budi Santoso (budi)" in label.text() for label in dialog.findChildren(QLabel))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password, timeout=5000)
    QTest.keyClicks(dialog.password, "budi-baru-2")
    QTest.keyClick(dialog.password, Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "budi-baru-3")  # the repeat differs: refused before any work
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == "Kedua kata sandi tidak sama."
    dialog.repeat.setFocus()  # the officer clicks into the repeat field and selects what is there
    QTest.keyClick(dialog.repeat, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.repeat, "budi-baru-2")
    QTest.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "Kata sandi budi sudah diganti.", timeout=10_000)
    qtbot.waitUntil(lambda: page.findChild(ResetPasswordDialog) is None, timeout=5000)  # closed
    assert [e.details for e in audited(supervisor_store, "officer.password_reset")] == [{"username": "budi"}]

    root = supervisor_store.data_dir.root
    stores, login = _sign_in(qtbot, runner, root, "budi", BUDI_PASSWORD)
    assert stores == [] and "Nama pengguna atau kata sandi salah." in login.message.text()
    stores, _login = _sign_in(qtbot, runner, root, "budi", "budi-baru-2")
    assert len(stores) == 1 and stores[0].officer.username == "budi"
    stores[0].close()
