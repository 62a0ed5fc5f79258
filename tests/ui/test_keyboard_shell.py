"""The main window by keyboard: one owner per shortcut, Ctrl+N from inside a filled form, Ctrl+L locks,
F1 lists the keys, closing with unsaved input asks first, "Keluar" goes back to the login window."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from pulut_desktop.ui.app import PulutApp
from pulut_desktop.ui.help import HelpWindow
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.shortcuts import SHORTCUTS

from .conftest import PASSWORD


def _window(qtbot, qapp, store, runner) -> MainWindow:
    window = MainWindow(store, runner, language="id", training=False, event_source=qapp)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    return window


def _keys(keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    QTest.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())


def test_each_shortcut_has_one_owner(qtbot, qapp, supervisor_store, runner, translations):
    window = _window(qtbot, qapp, supervisor_store, runner)
    for page_key in window.page_keys():
        window.show_page(page_key)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
        active: dict[str, int] = {}
        for shortcut in window.findChildren(QShortcut):
            parent = shortcut.parent()
            if shortcut.isEnabled() and (parent is window or parent.isVisible()):
                text = shortcut.key().toString()
                active[text] = active.get(text, 0) + 1
        assert {k: n for k, n in active.items() if n > 1} == {}, page_key
    documented = {QKeySequence(s.keys).toString() for s in SHORTCUTS}
    assert {s.key().toString() for s in window.findChildren(QShortcut)} <= documented


def test_ctrl_n_inside_a_filled_form_starts_a_new_one(qtbot, qapp, supervisor_store, runner, translations):
    window = _window(qtbot, qapp, supervisor_store, runner)
    _keys("Ctrl+N")
    form = window.form
    assert window.current_key() == "new" and QApplication.focusWidget() is form.identity.nik_edit
    QTest.keyClicks(form.identity.nik_edit, "1471014508900001")
    QTest.keyClick(form.identity.nik_edit, Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "Siti Aminah")
    assert form.has_unsaved_input()
    _keys("Ctrl+N")  # focus is inside the form: the window's shortcut still answers
    assert form.identity.nik_edit.text() == "" and form.identity.name_edit.text() == ""
    assert QApplication.focusWidget() is form.identity.nik_edit


def test_ctrl_l_locks_and_the_password_unlocks(qtbot, qapp, supervisor_store, runner, translations):
    window = _window(qtbot, qapp, supervisor_store, runner)
    _keys("Ctrl+L")
    assert window.is_locked() and window.lock_button.text() == "Kunci sekarang (Ctrl+L)"
    QTest.keyClicks(window.lock_screen.password, PASSWORD)
    QTest.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=10_000)


def test_f1_lists_every_shortcut(qtbot, qapp, supervisor_store, runner, translations):
    window = _window(qtbot, qapp, supervisor_store, runner)
    _keys("F1")
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    table = help_window.shortcuts
    shown = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert shown == [s.keys for s in SHORTCUTS]
    assert table.item(shown.index("Ctrl+L"), 1).text() == "Kunci sekarang (kata sandi membukanya lagi)"


def _answer_box(button_text: str, seen: list) -> None:
    """Press the button named ``button_text`` of the next message box, as the officer would (keyboard)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(30, answer)
            return
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        button = next(b for b in box.buttons() if b.text() == button_text)
        button.setFocus()
        QTest.keyClick(button, Qt.Key.Key_Space)

    QTimer.singleShot(30, answer)


def test_closing_with_unsaved_input_asks_batal_keeps_simpan_draf_leaves(
    qtbot, qapp, supervisor_store, runner, translations
):
    from pulut_desktop.services.drafts import list_drafts

    window = _window(qtbot, qapp, supervisor_store, runner)
    _keys("Ctrl+N")
    QTest.keyClicks(window.form.identity.nik_edit, "1471014508900001")
    seen: list = []
    _answer_box("Batal", seen)
    try:
        assert not window.close()
        qtbot.waitUntil(lambda: bool(seen), timeout=5000)
        assert window.isVisible() and window.current_key() == "new"
        assert window.form.identity.nik_edit.text() == "1471014508900001"
        assert "belum disimpan" in seen[0][0] and sorted(seen[0][1]) == ["Batal", "Buang", "Simpan draf"]
        _answer_box("Simpan draf", seen)
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
        kept = list_drafts(supervisor_store)
        assert [d.payload["identity"]["nik"] for d in kept] == ["1471014508900001"]
    finally:
        window.form.new_registration()  # a failed check must not leave a question open at teardown


def test_closing_and_choosing_buang_deletes_the_draft_audited(qtbot, qapp, supervisor_store, runner, translations):
    from pulut_desktop.services.drafts import list_drafts
    from tests.services.helpers import audited

    window = _window(qtbot, qapp, supervisor_store, runner)
    _keys("Ctrl+N")
    QTest.keyClicks(window.form.identity.nik_edit, "1471014508900001")
    seen: list = []
    _answer_box("Buang", seen)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    assert list_drafts(supervisor_store) == []
    assert len(audited(supervisor_store, "draft.deleted")) == 1


def test_sign_out_returns_to_the_login_window(qtbot, qapp, data_root, runner, translations):
    from pulut_desktop.storage.store import Store

    Store.create(data_root, username="super", full_name="Sri", password=PASSWORD, device_name="Laptop",
                 regency_code="14.71").close()  # fmt: skip
    app = PulutApp(qapp, data_root, runner, translations, remember=False)
    login = app.start()
    QTest.keyClicks(login.username, "super")
    QTest.keyClicks(login.password, PASSWORD)
    QTest.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.main_window is not None, timeout=20_000)
    window = app.main_window
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=20_000)
    window.sign_out_button.setFocus()
    QTest.keyClick(window.sign_out_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: app.login is not None and app.login.isVisible(), timeout=10_000)
    assert app.store is None and app.main_window is None
    assert app.login.username.text() == "super"
    qtbot.addWidget(app.login)
