"""A bug during a save reaches the one error handler: logged, a copyable report; the form takes input again.

A refusal with a message (a PulutError) still goes to the form's own handler, as before.
"""

from __future__ import annotations

import logging
from datetime import date

import pytest
from _registration_helpers import nik_for, registration
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pulut_desktop.domain.people import Sex
from pulut_desktop.storage import registrations
from pulut_desktop.ui.errors import ErrorHandler, ErrorReportDialog
from pulut_desktop.ui.operations import OperationRunner
from pulut_desktop.ui.registration.form import RegistrationFormPage
from pulut_desktop.ui.registration.state import state_from_registration

BORN = date(1991, 6, 7)


@pytest.fixture
def handled(qapp, tmp_path):
    """The application's real error handler (not modal, so the test can look at the dialog)."""
    handler = ErrorHandler(lambda: "en", str(tmp_path / "logs" / "pulut-desktop.log"))
    handler.modal = False
    runner = OperationRunner(handler)
    yield handler, runner
    assert runner.wait_for_done(30000)
    for widget in qapp.topLevelWidgets():
        if isinstance(widget, ErrorReportDialog):
            widget.close()


def _typed_form(qtbot, store, runner, village) -> RegistrationFormPage:
    region, district, _ = village
    form = RegistrationFormPage(store, runner)
    qtbot.addWidget(form)
    form.show()
    state = state_from_registration(registration(nik_for(district.code, BORN, Sex.FEMALE, 9), "Dewi", BORN,
                                                 Sex.FEMALE, region.code))  # fmt: skip
    state["meta"] = form.state()["meta"]
    form._load_state(state)
    return form


def test_a_type_error_in_a_save_shows_the_report_and_is_logged(qtbot, store, village, handled, monkeypatch, caplog):
    handler, runner = handled
    form = _typed_form(qtbot, store, runner, village)

    def broken_save(*_args, **_kwargs):
        raise TypeError("injected: save() got an unexpected argument")

    monkeypatch.setattr(registrations, "save", broken_save)
    with caplog.at_level(logging.ERROR, logger="pulut_desktop.ui.errors"):
        qtbot.mouseClick(form.header.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(handler.shown), timeout=10000)

    assert isinstance(handler.shown[-1], TypeError)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorReportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    report = dialogs[0].report_view.toPlainText()
    assert "TypeError: injected" in report and "broken_save" in report
    records = [r for r in caplog.records if r.name == "pulut_desktop.ui.errors" and r.levelno == logging.ERROR]
    assert records and records[-1].getMessage() == "unexpected error"
    record = records[-1]  # the log's redaction filter may already have turned the traceback into text
    trace = record.exc_text or logging.Formatter().formatException(record.exc_info)
    assert "TypeError: injected" in trace
    # The form is not stuck in "saving": the officer can correct and press Save again.
    assert not form._saving and form.header.save_button.isEnabled()
    assert sum(registrations.count_by_status(store).values()) == 0  # nothing half-saved


def test_a_refusal_still_goes_to_the_form(qtbot, store, village, handled):
    handler, runner = handled
    region, district, _ = village
    registrations.save(store, registration(nik_for(district.code, BORN, Sex.FEMALE, 9), "Dewi", BORN, Sex.FEMALE,
                                           region.code))  # fmt: skip
    form = _typed_form(qtbot, store, runner, village)  # the same NIK again: DuplicateNik, a PulutError
    qtbot.mouseClick(form.header.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form._saving, timeout=10000)
    runner.wait_for_done(10000)
    assert handler.shown == []  # no report dialog for an expected refusal
    assert "NIK" in form.header.message()  # the form's own message about the NIK already registered
