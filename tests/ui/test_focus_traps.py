"""Keyboard traps: Tab through the heirs table, with a cell being edited, reaches the next field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from pulut_desktop.ui.registration.heirs import HeirsSection


def test_tab_leaves_the_heirs_table_after_its_last_cell(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    before, heirs, after = QLineEdit(), HeirsSection(), QLineEdit()
    for widget in (before, heirs, after):
        layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    host.activateWindow()
    heirs.add_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is heirs.add_button)
    qtbot.keyClick(heirs.add_button, Qt.Key.Key_Space)  # a new heir: its name cell opens for typing
    qtbot.waitUntil(lambda: heirs.table.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClicks(QApplication.focusWidget(), "ANI")

    reached = []
    for _ in range(10):  # name, relationship, NIK, phone, then out: never round the table again
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is after:
            break
    assert after in reached, [type(w).__name__ for w in reached]
    assert heirs.table.item(0, 0).text() == "ANI"  # what was typed is kept
