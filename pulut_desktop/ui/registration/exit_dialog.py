"""Recording a worker's death or exit from the registration's form, and printing the heirs' claim letter.

Everything that touches the store goes through the operation runner (services.exits); the dialog only
reads its widgets. After a death is saved, "Print claim letter" writes the PDF and opens it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.exits import DOCUMENT_MAX, ExitKind, ExitSource
from ...domain.formatting import format_date
from ...messages import error_text
from ...services import exits
from ...storage.store import Store
from ..operations import OperationRunner
from ..widgets import InlineMessage

_CONTEXT = "ExitDialog"
KIND_LABELS = {
    ExitKind.DEATH: QT_TRANSLATE_NOOP("ExitDialog", "Died"),
    ExitKind.MOVED: QT_TRANSLATE_NOOP("ExitDialog", "Moved away"),
    ExitKind.WITHDRAWN: QT_TRANSLATE_NOOP("ExitDialog", "Withdrew"),
    ExitKind.OTHER: QT_TRANSLATE_NOOP("ExitDialog", "Other exit"),
}
SOURCE_LABELS = {
    ExitSource.FAMILY: QT_TRANSLATE_NOOP("ExitDialog", "Family or heirs"),
    ExitSource.VILLAGE: QT_TRANSLATE_NOOP("ExitDialog", "Village office"),
    ExitSource.HEALTH: QT_TRANSLATE_NOOP("ExitDialog", "Health facility"),
    ExitSource.BPJS: QT_TRANSLATE_NOOP("ExitDialog", "The BPJS office"),
    ExitSource.WORKER: QT_TRANSLATE_NOOP("ExitDialog", "The worker"),
    ExitSource.OTHER: QT_TRANSLATE_NOOP("ExitDialog", "Other"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def open_in_viewer(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ExitDialog(QDialog):
    sig_exit_recorded = Signal(str)
    """A death or exit was saved (the registration id)."""
    sig_letter_written = Signal(str)
    """The claim-help letter was written (the PDF's path)."""

    def __init__(self, store: Store, runner: OperationRunner, registration_id: str, language: str = "id",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._store, self._runner, self._id, self._language = store, runner, registration_id, language
        self.open_file = open_in_viewer  # replaced in tests
        self.setWindowTitle(self.tr("Death or exit"))
        self.setMinimumWidth(520)
        self.worker_label = QLabel(self)
        self.worker_label.setWordWrap(True)
        self.kind_combo = QComboBox(self)
        for kind, label in KIND_LABELS.items():
            self.kind_combo.addItem(_tr(label), kind.value)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.source_combo = QComboBox(self)
        for source, label in SOURCE_LABELS.items():
            self.source_combo.addItem(_tr(label), source.value)
        self.document_edit = QLineEdit(self)
        self.document_edit.setMaxLength(DOCUMENT_MAX)
        self.document_edit.setPlaceholderText(self.tr("e.g. number of the death certificate"))
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.letter_button = QPushButton(self.tr("Print claim letter"), self)
        self.buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.letter_button.setEnabled(False)
        self.save_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("What happened"), self.kind_combo)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Reported by"), self.source_combo)
        form.addRow(self.tr("Document reference"), self.document_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.worker_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.letter_button.clicked.connect(self._on_letter_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._load()

    def _load(self) -> None:
        store, registration_id = self._store, self._id
        self._runner.run(lambda _ctx: exits.read_exit(store, registration_id), on_success=self._on_loaded,
                         on_failure=self._on_failed, parent=self)  # fmt: skip

    def _on_loaded(self, view: exits.ExitView) -> None:
        self.worker_label.setText(
            self.tr("{number} · {name} · {heirs} heir(s) recorded").format(
                number=view.registration_number, name=view.full_name or "-", heirs=view.heirs
            )
        )
        recorded = view.recorded
        if recorded is not None:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(recorded.kind.value))
            day = recorded.occurred_on
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.source_combo.setCurrentIndex(self.source_combo.findData(recorded.source.value))
            self.document_edit.setText(recorded.document_reference or "")
            self.message.show_info(
                self.tr("Recorded on {date}; saving again corrects it.").format(
                    date=format_date(recorded.recorded_at.date(), self._language) if recorded.recorded_at else "-"
                )
            )
        self.letter_button.setEnabled(recorded is not None and recorded.is_death)
        self.save_button.setEnabled(view.can_record)
        if not view.can_record:
            self.message.show_error(error_text(exits.NotAMember(status=view.status.value), self._language))

    def _on_save_button_clicked(self) -> None:
        store, registration_id = self._store, self._id
        kind, source = self.kind_combo.currentData(), self.source_combo.currentData()
        occurred_on: date = self.date_edit.date().toPython()
        document = self.document_edit.text()
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda _ctx: exits.record_exit(store, registration_id, kind=kind, occurred_on=occurred_on,
                                           source=source, document_reference=document),
            on_success=self._on_saved, on_failure=self._on_failed, on_done=lambda: self.save_button.setEnabled(True),
            parent=self,
        )  # fmt: skip

    def _on_saved(self, recorded) -> None:
        self.letter_button.setEnabled(recorded.is_death)
        if recorded.is_death:
            self.message.show_info(self.tr("Saved. Print the claim letter for the heirs."))
        else:
            self.message.show_info(self.tr("Saved. It goes to the province with the next sending."))
        self.sig_exit_recorded.emit(recorded.registration_id)

    def _on_letter_button_clicked(self) -> None:
        store, registration_id = self._store, self._id
        self.letter_button.setEnabled(False)
        self._runner.run(lambda _ctx: exits.print_claim_letter(store, registration_id), on_success=self._on_letter,
                         on_failure=self._on_failed, on_done=lambda: self.letter_button.setEnabled(True),
                         parent=self)  # fmt: skip

    def _on_letter(self, path: Path) -> None:
        text = self.tr("Claim letter written to {path}.").format(path=str(path))
        if not self.open_file(path):
            text += " " + self.tr("No PDF viewer opened it: open that file from a computer with a PDF viewer.")
        self.message.show_info(text)
        self.sig_letter_written.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        self.message.show_error(error_text(error, self._language))
