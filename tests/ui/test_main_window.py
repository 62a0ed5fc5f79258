"""The main window: idle lock keeps unsaved input, supervisor screens, officers' limits, shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.settings import get_setting, set_setting
from pulut_desktop.storage.store import Role, Store
from pulut_desktop.ui.integration import no_registration_pages
from pulut_desktop.ui.login import LoginWindow
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.officer_dialogs import AddOfficerDialog

from .conftest import PASSWORD, open_store


@pytest.fixture(autouse=True)
def indonesian(translations):
    """The main window in its default language, Bahasa Indonesia."""


def _window(qtbot, qapp, store: Store, runner) -> MainWindow:
    window = MainWindow(
        store, runner, language="id", training=False, event_source=qapp, page_factory=no_registration_pages
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_idle_lock_covers_the_window_and_keeps_unsaved_input(qtbot, qapp, supervisor_store, runner):
    set_setting(supervisor_store, "idle_lock_minutes", 1 / 60)  # one second
    window = _window(qtbot, qapp, supervisor_store, runner)
    qtbot.waitUntil(window.idle.is_active, timeout=5000)
    assert window.idle.timeout_seconds() == 1.0

    window.show_page("settings")
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)  # the settings are loaded
    assert window.settings.idle_minutes.value() == 1
    field: QLineEdit = window.settings.idle_minutes.findChild(QLineEdit)
    field.selectAll()
    qtbot.keyClicks(field, "25")
    assert window.settings.idle_minutes.value() == 25  # typed, not saved

    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert window.lock_screen.isVisible()
    assert not window.settings.isVisible(), "the page underneath must be hidden while locked"
    assert not window.navigation.isVisible()
    assert window.settings.idle_minutes.value() == 25

    qtbot.keyClicks(window.lock_screen.password, "salah-sekali")
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.lock_screen.message.isVisible(), timeout=5000)
    assert "salah" in window.lock_screen.message.text()
    assert window.is_locked()

    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
    assert window.settings.isVisible() and window.current_key() == "settings"
    assert window.settings.idle_minutes.value() == 25
    assert window.idle.is_active(), "the idle timer runs again after unlocking"
    assert get_setting(supervisor_store, "idle_lock_minutes") == 1 / 60  # nothing was saved meanwhile


def test_a_supervisor_can_unlock_an_officers_session_but_another_officer_cannot(qtbot, qapp, supervisor_store, runner):
    add_officer(supervisor_store, "budi", "Budi Santoso", "budi-pass-1", Role.OFFICER)
    add_officer(supervisor_store, "citra", "Citra Lestari", "citra-pass-1", Role.OFFICER)
    officer_store = open_store(supervisor_store.data_dir.root, "budi", "budi-pass-1")
    try:
        window = _window(qtbot, qapp, officer_store, runner)
        window.lock()
        lock = window.lock_screen
        assert lock.username.text() == "budi" and lock.password.text() == ""
        lock.username.clear()
        qtbot.keyClicks(lock.username, "citra")
        qtbot.keyClicks(lock.password, "citra-pass-1")
        qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: lock.message.isVisible(), timeout=5000)
        assert "supervisor" in lock.message.text() and window.is_locked()
        lock.username.clear()
        qtbot.keyClicks(lock.username, "super")
        qtbot.keyClicks(lock.password, PASSWORD)
        qtbot.mouseClick(lock.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not window.is_locked(), timeout=5000)
        runner.wait_for_done()
    finally:
        officer_store.close()


def test_supervisor_adds_an_officer_who_can_then_sign_in(qtbot, qapp, supervisor_store, runner):
    window = _window(qtbot, qapp, supervisor_store, runner)
    page = window.show_page("officers")
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(AddOfficerDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "Dewi.R")
    qtbot.keyClicks(dialog.full_name, "Dewi Rahmawati")
    qtbot.keyClicks(dialog.password, "dewi-pass")
    qtbot.keyClicks(dialog.repeat, "dewi-pass")
    assert dialog.role.currentData() == Role.OFFICER
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=5000)
    assert "dewi.r" in page.message.text()
    names = {page.table.item(row, 0).text() for row in range(2)}
    assert names == {"super", "dewi.r"}

    login = LoginWindow(supervisor_store.data_dir.root, runner, language="id", training=False)
    qtbot.addWidget(login)
    stores: list[Store] = []
    login.sig_login_succeeded.connect(stores.append)
    qtbot.keyClicks(login.username, "dewi.r")
    qtbot.keyClicks(login.password, "dewi-pass")
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(stores), timeout=5000)
    assert stores[0].officer.full_name == "Dewi Rahmawati" and stores[0].officer.role is Role.OFFICER
    stores[0].close()


def test_add_officer_dialog_refuses_a_short_password_before_any_work(qtbot, qapp, supervisor_store, runner):
    dialog = AddOfficerDialog(supervisor_store, runner, "id")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "eko")
    qtbot.keyClicks(dialog.full_name, "Eko")
    qtbot.keyClicks(dialog.password, "pendek")
    qtbot.keyClicks(dialog.repeat, "pendek")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not runner.is_busy()
    assert "minimal 8 karakter" in dialog.message.text()


def test_an_officer_does_not_see_supervisor_screens(qtbot, qapp, supervisor_store, runner):
    add_officer(supervisor_store, "budi", "Budi Santoso", "budi-pass-1", Role.OFFICER)
    officer_store = open_store(supervisor_store.data_dir.root, "budi", "budi-pass-1")
    try:
        window = _window(qtbot, qapp, officer_store, runner)
        assert "officers" not in window.page_keys() and "approvals" not in window.page_keys()
        assert window.officers is None
        titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert "Petugas" not in titles and "Persetujuan" not in titles
        assert window.officer_label.text() == "Masuk sebagai: Budi Santoso (Petugas)"
        settings = window.show_page("settings")
        qtbot.waitUntil(lambda: settings.idle_minutes.value() == 10, timeout=5000)
        assert settings.supervisor_note.isVisible()
        for widget in (settings.approval, settings.idle_minutes, settings.language, settings.save_button):
            assert not widget.isEnabled()
        runner.wait_for_done()
    finally:
        officer_store.close()


def test_supervisor_saves_settings_and_the_idle_lock_follows(qtbot, qapp, supervisor_store, runner):
    window = _window(qtbot, qapp, supervisor_store, runner)
    settings = window.show_page("settings")
    qtbot.waitUntil(lambda: settings.idle_minutes.value() == 10, timeout=5000)
    settings.approval.setChecked(False)
    settings.idle_minutes.setValue(3)
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.message.isVisible(), timeout=5000)
    assert settings.message.text() == "Pengaturan disimpan."
    assert get_setting(supervisor_store, "approval_required") is False
    assert get_setting(supervisor_store, "idle_lock_minutes") == 3
    assert window.idle.timeout_seconds() == 180


def test_home_shows_counts_and_busy_indicator_follows_the_runner(qtbot, qapp, supervisor_store, runner):
    window = _window(qtbot, qapp, supervisor_store, runner)
    qtbot.waitUntil(lambda: window.home.total.text() == "Jumlah: 0 pendaftaran", timeout=5000)
    assert window.home.today.number.text() == "0"
    runner.sig_busy_changed.emit(True)
    assert window.busy_bar.isVisible() and window.busy_label.text() == "Sedang bekerja…"
    runner.sig_busy_changed.emit(False)
    assert not window.busy_bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
