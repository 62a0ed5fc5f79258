"""Kegiatan pendaftaran: start a drive, watch its live tally, close it with the berita acara PDF, and
reprint the close-out of past drives. Every store and disk access goes through the runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_date
from ...domain.reference import regions
from ...domain.status import Status
from ...messages import error_text
from ...services import drives
from ...services.drives import DrivesState, close_out_drive, load_drives
from ...storage.drives import DriveInfo, DriveSummary
from ...storage.store import Store
from ..home import status_label
from ..operations import OperationRunner
from ..widgets import InlineMessage, card, heading
from .export_dialog import ExportDialog
from .guard_banner import GuardRailBanner
from .start_drive import StartDriveForm

TALLY_INTERVAL_MS = 5000


def open_in_system_viewer(path: Path) -> bool:
    """True when a PDF viewer took the file (False: none is installed)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _village_line(code: str) -> str:
    return regions().label(code) or code


def _village_short(code: str) -> str:
    """Village and district: what fits a table column."""
    return ", ".join(regions().label(code).split(", ")[:2]) or code


class DrivesPage(QWidget):
    sig_state_loaded = Signal(object)
    """The drives were read from the store (a :class:`DrivesState`)."""
    sig_closeout_written = Signal(str)
    """A close-out PDF was written (its path)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, "id"
        self.state: DrivesState | None = None
        self._loading = False
        self.open_file = open_in_system_viewer  # replaced in tests
        self.setObjectName("drivesPage")

        self.guard_banner = GuardRailBanner(store, runner, self)
        self.closeout_note = InlineMessage()  # where the berita acara was written (no viewer: said plainly)
        self.closeout_note.setObjectName("closeoutNote")
        self.export_button = QPushButton(self.tr("Export registrations…"))
        self.export_button.setObjectName("driveExport")
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Registration drives")), 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        self.start_form = StartDriveForm(self)
        start_card, start_layout = card("driveStartCard")
        start_layout.addWidget(heading(self.tr("Start a drive"), 2))
        hint = QLabel(self.tr("Registrations saved while a drive is open belong to it."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        start_layout.addWidget(hint)
        start_layout.addWidget(self.start_form)
        start_layout.addStretch(1)

        open_card, open_layout = card("driveOpenCard")
        self.open_title = heading(self.tr("Drive in progress"), 2)
        self.open_details = QLabel()
        self.open_details.setObjectName("driveDetails")
        self.open_details.setWordWrap(True)
        self.tally_total = QLabel("0")
        self.tally_total.setObjectName("driveTallyTotal")
        self.tally_total.setStyleSheet("font-size: 26pt; font-weight: bold; color: #0b6e4f;")
        total_caption = QLabel(self.tr("registered in this drive"))
        total_caption.setObjectName("muted")
        total_line = QHBoxLayout()
        total_line.addWidget(self.tally_total)
        total_line.addWidget(total_caption, 1, Qt.AlignmentFlag.AlignBottom)
        self.tally_grid = QGridLayout()
        self.tally_grid.setHorizontalSpacing(24)
        self.tally_labels: dict[Status, QLabel] = {}
        for index, status in enumerate(Status):
            count = QLabel("0")
            count.setObjectName(f"driveTally_{status.value}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tally_grid.addWidget(QLabel(status_label(status)), index % 4, (index // 4) * 2)
            self.tally_grid.addWidget(count, index % 4, (index // 4) * 2 + 1)
            self.tally_labels[status] = count
        self.tally_note = QLabel(self.tr("The tally refreshes every few seconds."))
        self.tally_note.setObjectName("muted")
        self.close_button = QPushButton(self.tr("Close the drive and print the report…"))
        self.close_button.setObjectName("driveClose")
        self.close_button.setProperty("primary", True)
        open_layout.addWidget(self.open_title)
        open_layout.addWidget(self.open_details)
        open_layout.addLayout(total_line)
        open_layout.addLayout(self.tally_grid)
        open_layout.addWidget(self.tally_note)
        open_layout.addStretch(1)
        open_layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.left = QStackedWidget()
        self.left.addWidget(start_card)
        self.left.addWidget(open_card)

        past_card, past_layout = card("drivePastCard")
        past_layout.addWidget(heading(self.tr("Past drives"), 2))
        self.past_table = QTableWidget(0, 5)
        self.past_table.setObjectName("drivePastTable")
        self.past_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Village"), self.tr("Place"), self.tr("Team"), self.tr("Status")]
        )
        self.past_table.verticalHeader().hide()
        self.past_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.past_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.past_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.past_table.setAlternatingRowColors(True)
        header = self.past_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.past_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.past_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.reprint_button = QPushButton(self.tr("Reprint the close-out report"))
        self.reprint_button.setObjectName("driveReprint")
        self.reprint_button.setEnabled(False)
        past_layout.addWidget(self.past_table, 1)
        past_layout.addWidget(self.reprint_button, 0, Qt.AlignmentFlag.AlignRight)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.left, 2)
        columns.addWidget(past_card, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.guard_banner)
        layout.addWidget(self.closeout_note)
        layout.addLayout(columns, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(TALLY_INTERVAL_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.start_form.sig_start_requested.connect(self._on_start_form_start_requested)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.past_table.itemSelectionChanged.connect(self._on_past_table_selection_changed)

    # -- public ----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self._language = language
        self.guard_banner.set_language(language)

    def refresh(self) -> None:
        self.guard_banner.refresh()
        self._load()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.timer.start()

    def hideEvent(self, event) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def close_current_drive(self, *, confirm: bool = True) -> None:
        if self.state is None or self.state.current is None:
            return
        drive = self.state.current
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Close the drive"),
                self.tr(
                    "Close the drive at %1? Registrations made after this no longer belong to it. "
                    "The close-out report (berita acara) will be written and opened."
                ).replace("%1", drive.place),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._write_closeout(drive.id, close=True)

    def reprint_selected(self) -> None:
        drive = self._selected_past()
        if drive is not None:
            self._write_closeout(drive.id, close=False)

    # -- loading ---------------------------------------------------------------------------------
    def _load(self) -> None:
        if self._loading:
            return
        self._loading = True
        store = self._store
        self._runner.run(lambda _ctx: load_drives(store), on_success=self._on_state_loaded,
                         on_failure=self._on_load_failed, on_done=self._on_load_done, parent=self)  # fmt: skip

    def _on_load_done(self) -> None:
        self._loading = False

    def _on_load_failed(self, error: BaseException) -> None:
        self._runner.report_error(error, self)

    def _on_state_loaded(self, state: DrivesState) -> None:
        self._loading = False
        self.state = state
        self.start_form.set_regency(state.regency_code)
        if state.current is None:
            self.left.setCurrentIndex(0)
        else:
            self.left.setCurrentIndex(1)
            self._show_tally(state.current, state.summary)
        self._fill_past(state.past)
        self.sig_state_loaded.emit(state)

    def _show_tally(self, drive: DriveInfo, summary: DriveSummary | None) -> None:
        lines = [
            f"<b>{_village_line(drive.village_code)}</b>",
            self.tr("%1 at %2").replace("%1", format_date(drive.held_on, self._language)).replace("%2", drive.place),
        ]
        if drive.team:
            lines.append(self.tr("Team: %1").replace("%1", drive.team))
        self.open_details.setText("<br>".join(lines))
        by_status = summary.by_status if summary else {}
        self.tally_total.setText(str(summary.total if summary else 0))
        for status, label in self.tally_labels.items():
            label.setText(str(by_status.get(status, 0)))

    def _fill_past(self, past: list[DriveInfo]) -> None:
        self.past_table.setRowCount(len(past))
        for row, drive in enumerate(past):
            status = self.tr("In progress") if drive.is_open else self.tr("Closed")
            village = regions().get(drive.village_code)
            values = [
                format_date(drive.held_on, self._language),
                village.name if village else drive.village_code,  # the whole line in the tooltip
                drive.place,
                drive.team,
                status,
            ]
            tips = ["", _village_line(drive.village_code), drive.place, drive.team, ""]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tips[column])
                item.setData(Qt.ItemDataRole.UserRole, drive.id)
                self.past_table.setItem(row, column, item)
        self._on_past_table_selection_changed()

    def _selected_past(self) -> DriveInfo | None:
        rows = self.past_table.selectionModel().selectedRows()
        if not rows or self.state is None:
            return None
        return self.state.past[rows[0].row()]

    # -- actions ---------------------------------------------------------------------------------
    def _on_start_form_start_requested(self, values: dict) -> None:
        store = self._store
        self.start_form.start_button.setEnabled(False)
        self._runner.run(lambda _ctx: drives.start_drive(store, **values), on_success=self._on_drive_started,
                         on_failure=self._on_start_failed,
                         on_done=lambda: self.start_form.start_button.setEnabled(True), parent=self)  # fmt: skip

    def _on_drive_started(self, _drive: DriveInfo) -> None:
        self.start_form.start_button.setEnabled(True)
        self.start_form.clear()
        self._load()

    def _on_start_failed(self, error: BaseException) -> None:
        self.start_form.start_button.setEnabled(True)
        self.start_form.message.show_error(error_text(error, self._language))

    def _write_closeout(self, drive_id: str, *, close: bool) -> None:
        store = self._store
        self.close_button.setEnabled(False)
        self.reprint_button.setEnabled(False)
        self._runner.run(
            lambda _ctx: close_out_drive(store, drive_id, close=close),
            on_success=self._on_closeout_written,
            on_failure=self._on_closeout_failed,
            parent=self,
            progress_label=self.tr("Writing the close-out report…"),
            cancel_label=self.tr("Cancel"),
        )

    def _on_closeout_written(self, path: Path) -> None:
        self.close_button.setEnabled(True)
        self.sig_closeout_written.emit(str(path))
        note = self.tr("The close-out report (berita acara) was saved at %1.").replace("%1", str(path))
        if self.open_file(path):
            self.closeout_note.show_info(note)
        else:
            self.closeout_note.show_warning(
                note + " " + self.tr("No PDF viewer opened it: open that file from a computer with a PDF viewer.")
            )
        self._load()

    def _on_closeout_failed(self, error: BaseException) -> None:
        self.close_button.setEnabled(True)
        self._on_past_table_selection_changed()
        self._runner.report_error(error, self)

    def _on_close_button_clicked(self) -> None:
        self.close_current_drive(confirm=True)

    def _on_reprint_button_clicked(self) -> None:
        self.reprint_selected()

    def _on_past_table_selection_changed(self) -> None:
        drive = self._selected_past()
        self.reprint_button.setEnabled(drive is not None and not drive.is_open)

    def _on_timer_timeout(self) -> None:
        if self.state is not None and self.state.current is not None and not self._runner.is_busy():
            self._load()

    def _on_export_button_clicked(self) -> None:
        drive_id = self.state.current.id if self.state and self.state.current else None
        past = self.state.past if self.state else []
        dialog = ExportDialog(self._store, self._runner, drives=past, drive_id=drive_id,
                              language=self._language, training=self.state.training if self.state else False,
                              parent=self)  # fmt: skip
        dialog.open()
