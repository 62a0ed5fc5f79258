"""The one error path (friendly text vs. copyable report) and the redacting rotating log."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from pulut_desktop.logging_setup import REDACTED, RedactIdNumbers, setup_logging
from pulut_desktop.storage.errors import AccountLocked
from pulut_desktop.ui.errors import ErrorHandler, ErrorReportDialog

NIK = "1471014508900001"


def test_a_typed_error_becomes_the_catalogue_sentence(qtbot):
    handler = ErrorHandler(lambda: "id")
    handler.modal = False
    dialog = handler.show_error(AccountLocked(seconds=120))
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QMessageBox)
    assert dialog.text() == "Terlalu banyak percobaan yang salah. Akun dikunci; coba lagi dalam 2 menit."


def test_an_unexpected_error_gets_a_copyable_redacted_report_and_is_logged(qtbot, tmp_path, caplog):
    handler = ErrorHandler(lambda: "en", str(tmp_path / "pulut.log"))
    handler.modal = False
    try:
        raise KeyError(f"nik {NIK}")
    except KeyError as err:
        with caplog.at_level(logging.ERROR):
            dialog = handler.show_error(err)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorReportDialog)
    report = dialog.report_view.toPlainText()
    assert "Pulut Desktop 0." in report and "Traceback" in report and "KeyError" in report
    assert NIK not in report and REDACTED in report
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == report
    assert any(r.levelno == logging.ERROR for r in caplog.records)


def test_log_file_redacts_sixteen_digit_numbers_everywhere(tmp_path):
    path = setup_logging(tmp_path / "logs")
    log = logging.getLogger("pulut_desktop.test")
    log.info("saving NIK %s and KK %s", NIK, "1471010101200002")
    try:
        raise ValueError(f"duplicate {NIK}")
    except ValueError:
        log.exception("failed for %s", NIK)
    log.info("a 17-digit number 12345678901234567 and a 15-digit one 123456789012345 stay")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert NIK not in text and "1471010101200002" not in text
    assert text.count(REDACTED) == 4
    assert "12345678901234567" in text and "123456789012345" in text
    assert RedactIdNumbers().filter(logging.makeLogRecord({"msg": "x"}))


def test_every_page_fits_1366x768_at_125_percent_scaling_in_both_languages(tmp_path):
    """The shell, the registration desk and every extra page, with all filters open, fit the 1092×574
    logical pixels a 1366×768 screen leaves at 125% (minus a taskbar), with no clipped label or button,
    in Indonesian and English. QT_SCALE_FACTOR must be set before Qt starts: a fresh interpreter."""
    probe = Path(__file__).with_name("_fit_probe.py")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="1.25")
    result = subprocess.run(
        [sys.executable, str(probe), str(tmp_path / "data")], env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert "ERROR" not in result.stderr, result.stderr
    report = json.loads([ln for ln in result.stdout.splitlines() if ln.startswith("{")][-1])
    assert report["available"] == [1092, 574]
    for language in ("id", "en"):
        for key in ("home", "new", "list", "approvals", "officers", "settings"):
            assert f"{language}:{key}" in report["pages"]
    assert report["problems"] == []
