"""Export the registrations list to CSV/XLSX. NIKs are masked unless a supervisor asks for them in full
(that export is audited). Runs on the runner with progress and Cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_date
from ...domain.reference import regions
from ...domain.status import Status
from ...messages import error_text, text
from ...services.lists import ExportOptions, export_list
from ...storage.drives import DriveInfo
from ...storage.queries import RegistrationQuery
from ...storage.store import Store
from ..home import status_label
from ..operations import OperationRunner
from ..widgets import InlineMessage, TrainingBanner


class ExportDialog(QDialog):
    sig_export_finished = Signal(str, int)
    """The file was written: its path and the number of registrations in it."""

    def __init__(
        self,
        store: Store,
        runner: OperationRunner,
        *,
        drives: list[DriveInfo] = (),
        drive_id: str | None = None,
        language: str = "id",
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export registrations"))
        self.setMinimumWidth(520)
        self.text = QLineEdit()
        self.text.setObjectName("exportText")
        self.text.setPlaceholderText(self.tr("Name, NIK or registration number (optional)"))
        self.drive = QComboBox()
        self.drive.setObjectName("exportDrive")
        self.drive.addItem(self.tr("All drives"), None)
        for info in drives:
            self.drive.addItem(f"{format_date(info.held_on)} — {regions().get(info.village_code).name}", info.id)
        if drive_id:
            self.drive.setCurrentIndex(max(self.drive.findData(drive_id), 0))
        self.status = QComboBox()
        self.status.setObjectName("exportStatus")
        self.status.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status.addItem(status_label(status), status.value)
        self.full_nik = QCheckBox(self.tr("Full NIK (supervisors only; recorded in the audit trail)"))
        self.full_nik.setObjectName("exportFullNik")
        self.full_nik.setEnabled(store.officer.is_supervisor)
        # Specific personal data (UU 27/2022 Pasal 4(2)): texts from the message catalogue.
        self.specific = QCheckBox(text("export.specific_data", None, language))
        self.specific.setObjectName("exportSpecificData")
        self.specific.setEnabled(store.officer.is_supervisor)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("exportPurpose")
        self.purpose.setEnabled(False)
        self.specific.toggled.connect(self.purpose.setEnabled)
        note = QLabel(self.tr("NIKs are masked (first 6 and last 4 digits) unless the full NIK is chosen."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.message = InlineMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportRun")
        self.export_button.setProperty("primary", True)
        form = QFormLayout()
        form.addRow(self.tr("Search"), self.text)
        form.addRow(self.tr("Drive"), self.drive)
        form.addRow(self.tr("Status"), self.status)
        form.addRow("", self.full_nik)
        form.addRow("", self.specific)
        form.addRow(text("export.purpose", None, language), self.purpose)
        layout = QVBoxLayout(self)
        banner = TrainingBanner(self)
        banner.setVisible(training)
        layout.addWidget(banner)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self._on_export_button_clicked)

    def query(self) -> RegistrationQuery:
        status = self.status.currentData()
        return RegistrationQuery(
            text=self.text.text(), drive_id=self.drive.currentData(), statuses=(Status(status),) if status else ()
        )

    def export_to(self, path: Path | str) -> None:
        store, query = self._store, self.query()
        options = ExportOptions(
            self.full_nik.isChecked(), self.specific.isChecked(), self.purpose.text(), self._language
        )
        self.export_button.setEnabled(False)
        self._runner.run(
            lambda ctx: export_list(store, query, path, options,
                                    progress=ctx.progress, should_cancel=ctx.should_cancel),
            on_success=lambda count: self._on_exported(str(path), count),
            on_failure=self._on_export_failed,
            on_done=lambda: self.export_button.setEnabled(True),
            parent=self,
            progress_label=self.tr("Exporting registrations…"),
            cancel_label=self.tr("Cancel"),
        )  # fmt: skip

    def _on_export_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the list"), "pendaftaran.xlsx", self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(path)

    def _on_exported(self, path: str, count: int) -> None:
        self.export_button.setEnabled(True)
        self.message.show_info(self.tr("%1 registrations written to %2").replace("%1", str(count)).replace("%2", path))
        self.sig_export_finished.emit(path, count)

    def _on_export_failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.message.show_error(error_text(error, self._language))
