"""Type-to-search combos take Enter only for a unique or exact match; otherwise they open the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from pulut_desktop.ui.registration.search_combo import SearchCombo
from pulut_desktop.ui.registration.widgets import EnterMovesFocus

VILLAGES = [("1", "Pasir Baru"), ("2", "Pasir Putih"), ("3", "Rantau Pasir"), ("4", "Sungai Pagar")]


def _form(qtbot):
    window = QWidget()
    combo, after = SearchCombo("desa"), QLineEdit()
    combo.set_items(VILLAGES)
    layout = QVBoxLayout(window)
    layout.addWidget(combo)
    layout.addWidget(after)
    keys = EnterMovesFocus(lambda w: after if w is combo else None, window)
    combo.installEventFilter(keys)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo.setFocus()
    return window, combo, after


def test_several_matches_open_the_list_and_keep_the_focus(qtbot):
    _window, combo, after = _form(qtbot)
    qtbot.keyClicks(combo.lineEdit(), "pasir")
    combo.completer().popup().hide()  # the officer closed the suggestions and pressed Enter
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.code() == ""  # not silently "Pasir Baru"
    assert combo.completer().popup().isVisible()
    assert not after.hasFocus()  # the officer stays to choose
    assert combo.completer().completionCount() == 3


def test_a_unique_fragment_is_taken_and_the_focus_moves_on(qtbot):
    window, combo, after = _form(qtbot)
    qtbot.keyClicks(combo.lineEdit(), "putih")
    combo.completer().popup().hide()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.code() == "2" and combo.lineEdit().text() == "Pasir Putih"
    qtbot.waitUntil(after.hasFocus)


def test_an_exact_name_wins_over_longer_names(qtbot):
    combo = SearchCombo()
    combo.set_items([("1", "Pasir"), ("2", "Pasir Putih")])
    qtbot.addWidget(combo)
    combo.lineEdit().setText("pasir")
    assert combo.accept_typed() and combo.code() == "1"
