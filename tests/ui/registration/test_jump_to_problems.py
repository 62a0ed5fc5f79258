"""Save with missing fields: "N kolom perlu diperbaiki", focus on the first, F8 walks to the next."""

from __future__ import annotations

from _registration_helpers import focused, press, type_text
from PySide6.QtCore import Qt

from pulut_desktop.ui.registration.form import RegistrationFormPage


def test_f8_walks_the_fields_to_fix_in_tab_order(qtbot, store, runner):
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    form.identity.nik_edit.setFocus()
    type_text("1471")  # a start, then Save too early
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    fields = form.problem_fields()
    assert len(fields) >= 5 and fields[0] == "nik"
    assert form.header.banner.text() == f"{len(fields)} field(s) need attention before saving."
    assert form.header.problems_button.isVisible()
    assert focused() is form.identity.nik_edit
    press(Qt.Key.Key_F8)
    second = form._blocks[fields[1]].field
    assert focused() is second or focused().parentWidget() is second
    press(Qt.Key.Key_F8)
    third = form._blocks[fields[2]].field
    assert focused() is third or focused().parentWidget() is third
    for _ in range(len(fields) - 2):  # past the last one: round to the first
        press(Qt.Key.Key_F8)
    assert focused() is form.identity.nik_edit
