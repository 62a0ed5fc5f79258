"""Keyboard helpers (every key goes to whatever widget has focus) and ready-made registrations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship, Registration
from pulut_desktop.ui.registration.form import RegistrationFormPage


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(text: str) -> None:
    """Type into the focused widget, one key at a time, following focus as it moves."""
    for char in text:
        QTest.keyClick(focused(), char)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def nik_for(district_code: str, born: date, sex: Sex, serial: int = 1) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{district_code.replace('.', '')}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def registration(nik: str, name: str, born: date, sex: Sex, village_code: str) -> Registration:
    return Registration(
        nik=nik,
        full_name=name,
        birth_place="PEKANBARU",
        birth_date=born,
        sex=sex,
        address_line="JL. MERDEKA 1",
        village_code=village_code,
        occupation_id="PEKEBUN_SAWIT",
        coverage_start=date(2027, 1, 1),
        coverage_months=12,
        heirs=[Heir("ANAK SATU", HeirRelationship.CHILD)],
        consent=Consent(given=True, method=ConsentMethod.SIGNED_FORM),
    )


def when_modal(dialog_type: type, action) -> QTimer:
    """Run ``action(dialog)`` as soon as a modal dialog of ``dialog_type`` is open (it may open later,
    after background work); keep the returned timer referenced until then."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type):
            timer.stop()
            action(dialog)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def shown_form(qtbot, store, runner) -> RegistrationFormPage:
    """The registration form at 1366x768, shown, active, and done with its first loads."""
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=10_000)
    return form
