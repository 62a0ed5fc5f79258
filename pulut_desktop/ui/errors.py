"""The one place that shows errors.

A :class:`~pulut_desktop.domain.errors.PulutError` becomes a friendly message from the message
catalogue (``messages.error_text``) in the officer's language. Anything else is a bug: it is logged with
its traceback and shown in a dialog with a copyable report to give to the support team.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.errors import PulutError
from ..logging_setup import redact
from ..messages import error_text

log = logging.getLogger(__name__)


def error_report(error: BaseException) -> str:
    """Version, platform and traceback; 16-digit numbers (NIK/KK) removed so it can be shared."""
    lines = [
        f"Pulut Desktop {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, {platform.platform()}",
        "",
        *traceback.format_exception(type(error), error, error.__traceback__),
    ]
    return redact("\n".join(line.rstrip("\n") for line in lines))


class ErrorReportDialog(QDialog):
    """An unexpected error: an apology, the report in a read-only box, and a Copy button."""

    def __init__(self, report: str, log_path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setMinimumSize(560, 360)
        intro = QLabel(
            self.tr(
                "Something went wrong that Pulut Desktop did not expect. Your saved data is safe. "
                "Please copy this report and send it to your supervisor or the support team."
            )
        )
        intro.setWordWrap(True)
        self.report_view = QPlainTextEdit(report)
        self.report_view.setReadOnly(True)
        self.report_view.setObjectName("errorReport")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report_view, 1)
        if log_path:
            where = QLabel(self.tr("The log file is in: %1").replace("%1", log_path))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy report"))
        close_button = QPushButton(self.tr("Close"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report_view.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class ErrorHandler(QObject):
    """Given to the :class:`OperationRunner`; call it with any exception and the widget it concerns."""

    def __init__(self, language: Callable[[], str], log_path: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._log_path = log_path
        self.shown: list[BaseException] = []  # what was shown last, for tests and the status bar
        self.modal = True  # tests and screenshots turn this off to avoid blocking exec()

    def __call__(self, error: BaseException, parent: QWidget | None = None) -> None:
        self.show_error(error, parent)

    def friendly_text(self, error: BaseException) -> str:
        return error_text(error, self._language()) if isinstance(error, PulutError) else ""

    def show_error(self, error: BaseException, parent: QWidget | None = None) -> QDialog:
        self.shown.append(error)
        del self.shown[:-20]
        if isinstance(error, PulutError):
            log.info("shown to the officer: %s", error)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Pulut Desktop"),
                self.friendly_text(error),
                QMessageBox.StandardButton.NoButton,
                parent,
            )
            box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
            dialog: QDialog = box
        else:
            log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
            dialog = ErrorReportDialog(error_report(error), self._log_path, parent)
        dialog.setObjectName("errorDialog")
        if self.modal:
            dialog.exec()
        else:
            dialog.setModal(False)
            dialog.show()
            QTimer.singleShot(0, dialog.raise_)
        return dialog

    def install_excepthook(self) -> None:
        """Uncaught exceptions in slots reach the same dialog instead of vanishing into stderr."""
        previous = sys.excepthook

        def hook(kind, value, tb):
            if not isinstance(value, Exception):
                previous(kind, value, tb)
                return
            self.show_error(value.with_traceback(tb))

        sys.excepthook = hook
