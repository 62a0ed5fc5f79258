"""Cetak kartu: print enrollment cards for ticked records, everything not printed yet, or a whole drive.

The flow: the officer picks what and how, presses Print; the page resolves the selection in the
background (:func:`printable`), asks for a reason when some cards were printed before, asks where to
save the PDF, then renders with a progress dialog and Cancel (:func:`print_cards`). Only a finished PDF
is recorded. When done the PDF opens in the system viewer; printing is done from there, because only
the viewer's print dialog offers the "actual size" and duplex settings that cards need (Qt's own PDF
printing is not part of PySide6-Essentials).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ... import messages
from ...cards import CardsCancelled
from ...domain.reference import regions
from ...services import browse
from ...services.cards import (
    PrintPlan,
    PrintResult,
    Selection,
    list_printable,
    print_cards,
    print_history,
    printable,
)
from ...storage.store import Store
from ..operations import OperationRunner
from .panels import HistoryPanel, card_frame, section_label
from .reason_dialog import ReprintReasonDialog
from .records_table import RecordsTable
from .verify_dialog import VerifyCardDialog

TICKED, UNPRINTED, DRIVE = 0, 1, 2
CARD_LAYOUT, A4_LAYOUT = "card", "a4"


class CardsPage(QWidget):
    sig_registration_open_requested = Signal(str)
    """The officer asked to open a registration (its id) from the list."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner = store, runner
        self._language = messages.DEFAULT_LANGUAGE
        self.last_result: PrintResult | None = None
        self.reason_dialog: ReprintReasonDialog | None = None
        self.verify_dialog: VerifyCardDialog | None = None
        self._history_for: str | None = None
        # Tests and screenshots replace these two; the defaults talk to the desktop.
        self.choose_output_path = self._ask_output_path
        self.open_pdf = self._open_in_viewer
        self._build()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.unprinted_only.toggled.connect(self.reload)
        self.table.sig_ticked_changed.connect(self._on_table_ticked_changed)
        self.table.sig_current_changed.connect(self._on_table_current_changed)
        self.table.sig_open_requested.connect(self.sig_registration_open_requested)
        self.print_button.clicked.connect(self.start_print)
        self.verify_button.clicked.connect(self.open_verify_dialog)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.drive_combo.currentIndexChanged.connect(lambda _i: self.drive_radio.setChecked(True))
        # Loads when shown (the main window calls refresh()), not while the window builds: issue 18.

    # -- building --------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(self.tr("Print cards"), self)
        self.title.setObjectName("heading")
        self.verify_button = QPushButton(self.tr("Verify a card…"), self)
        self.verify_button.setObjectName("verifyCardButton")
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.verify_button)

        # Left: which records.
        self.ticked_radio = QRadioButton(self.tr("Ticked records in the list"), self)
        self.unprinted_radio = QRadioButton(self.tr("Everything not printed yet"), self)
        self.drive_radio = QRadioButton(self.tr("A whole registration drive:"), self)
        self.which = QButtonGroup(self)
        for index, radio in enumerate((self.ticked_radio, self.unprinted_radio, self.drive_radio)):
            self.which.addButton(radio, index)
        self.unprinted_radio.setChecked(True)
        self.drive_combo = QComboBox(self)
        self.drive_combo.setMinimumWidth(160)
        drive_row = QHBoxLayout()
        drive_row.addWidget(self.drive_radio)
        drive_row.addWidget(self.drive_combo, 1)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search name, NIK or registration number"))
        self.search_edit.setClearButtonEnabled(True)
        self.unprinted_only = QCheckBox(self.tr("Only records without a card"), self)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.unprinted_only)
        self.table = RecordsTable(self)
        self.list_note = QLabel(self)
        self.list_note.setObjectName("muted")

        left = card_frame(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(14, 12, 14, 12)
        left_layout.addWidget(section_label(self.tr("Which cards"), left))
        left_layout.addWidget(self.unprinted_radio)
        left_layout.addWidget(self.ticked_radio)
        left_layout.addLayout(drive_row)
        left_layout.addSpacing(6)
        left_layout.addLayout(search_row)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.list_note)

        # Right: how, then the selected record's history.
        self.card_radio = QRadioButton(self.tr("Card printer, one card per page"), self)
        self.a4_radio = QRadioButton(self.tr("A4 sheets of 10 cards with crop marks"), self)
        self.layout_group = QButtonGroup(self)
        self.layout_group.addButton(self.card_radio)
        self.layout_group.addButton(self.a4_radio)
        self.a4_radio.setChecked(True)
        layout_hint = QLabel(
            self.tr(
                "Cards are 85.6 × 54 mm. Print at actual size (100%), two-sided, flip on the long edge: backs line up."
            ),
            self,
        )
        layout_hint.setObjectName("muted")
        layout_hint.setWordWrap(True)
        self.open_when_done = QCheckBox(self.tr("Open the PDF in the viewer to print it"), self)
        self.open_when_done.setChecked(True)
        self.print_button = QPushButton(self.tr("Print cards…"), self)
        self.print_button.setProperty("primary", True)
        self.print_button.setMinimumHeight(38)
        self.message = QLabel(self)
        self.message.setObjectName("inlineMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.open_button = QPushButton(self.tr("Open the last PDF"), self)
        self.open_button.hide()

        how = card_frame(self)
        how_layout = QVBoxLayout(how)
        how_layout.setContentsMargins(14, 12, 14, 12)
        how_layout.addWidget(section_label(self.tr("Layout"), how))
        how_layout.addWidget(self.a4_radio)
        how_layout.addWidget(self.card_radio)
        how_layout.addWidget(layout_hint)
        how_layout.addSpacing(4)
        how_layout.addWidget(self.open_when_done)
        how_layout.addWidget(self.print_button)
        how_layout.addWidget(self.message)
        how_layout.addWidget(self.open_button)
        self.history = HistoryPanel(self)

        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(how)
        right.addWidget(self.history, 1)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(left, 1)
        body.addLayout(right)
        right_width = 350
        how.setFixedWidth(right_width)
        self.history.setFixedWidth(right_width)

        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        page.setSpacing(10)
        page.addLayout(heading)
        page.addLayout(body, 1)

    # -- page protocol -----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self._language = language

    def refresh(self) -> None:
        """Reload the list and the drives (called whenever the page is shown)."""
        self.reload()
        store = self._store
        self._runner.run(lambda _ctx: browse.list_drive_choices(store), on_success=self._on_drives_loaded)

    def reload(self) -> None:
        store, text, only = self._store, self.search_edit.text(), self.unprinted_only.isChecked()

        def work(_ctx):
            records, total = list_printable(store, text, unprinted_only=only)
            _, unprinted = list_printable(store, unprinted_only=True, limit=0)
            return records, total, unprinted

        self._runner.run(work, on_success=self._on_list_loaded)

    # -- selection -----------------------------------------------------------------------------------------
    def selection(self) -> Selection | None:
        """What the officer chose, or None (with a message shown) when the choice is incomplete."""
        mode = self.which.checkedId()
        if mode == TICKED:
            ids = self.table.ticked_ids()
            if not ids:
                self.show_message(self.tr("Tick at least one record in the list."), error=True)
                return None
            return Selection.of_ids(ids)
        if mode == DRIVE:
            drive_id = self.drive_combo.currentData()
            if not drive_id:
                self.show_message(self.tr("Choose a registration drive first."), error=True)
                return None
            return Selection.drive(drive_id)
        return Selection.unprinted()

    def layout_choice(self) -> str:
        return CARD_LAYOUT if self.card_radio.isChecked() else A4_LAYOUT

    # -- printing -------------------------------------------------------------------------------------------
    def start_print(self) -> None:
        selection = self.selection()  # validate before anything is queued
        if selection is None:
            return
        self.message.hide()
        self.print_button.setEnabled(False)
        store = self._store
        self._runner.run(
            lambda _ctx: printable(store, selection),
            on_success=lambda plan: self._on_plan_ready(selection, plan),
            on_failure=self._on_print_failed,
            parent=self,
        )

    def _on_plan_ready(self, selection: Selection, plan: PrintPlan) -> None:
        if not plan.records:
            self.print_button.setEnabled(True)
            self.show_message(self.tr("There are no cards to print for this choice."), error=True)
            return
        if not plan.reprints:
            self._choose_file_and_print(selection, plan, None)
            return
        dialog = ReprintReasonDialog([f"{r.full_name} ({r.registration_number})" for r in plan.reprints], self)
        self.reason_dialog = dialog
        dialog.accepted.connect(lambda: self._choose_file_and_print(selection, plan, dialog.reason()))
        dialog.rejected.connect(lambda: self.print_button.setEnabled(True))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _choose_file_and_print(self, selection: Selection, plan: PrintPlan, reason: str | None) -> None:
        self.reason_dialog = None
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        path = self.choose_output_path(f"kartu-{stamp}-{self.layout_choice()}.pdf")
        if not path:
            self.print_button.setEnabled(True)
            return
        store, layout = self._store, self.layout_choice()
        self._runner.run(
            lambda ctx: print_cards(store, selection, path, layout, reason, ctx.progress, ctx.should_cancel),
            on_success=self._on_printed,
            on_failure=self._on_print_failed,
            parent=self,
            progress_label=self.tr("Printing %n card(s)…", "", len(plan.records)),
            cancel_label=self.tr("Cancel"),
        )

    def _on_printed(self, result: PrintResult) -> None:
        self.last_result = result
        self.print_button.setEnabled(True)
        text = self.tr("%n card(s) saved to %1.", "", result.printed).replace("%1", str(result.path))
        if result.reprinted:
            text += " " + self.tr("%n of them reprinted.", "", result.reprinted)
        if result.skipped:
            text += " " + self.tr("%n record(s) skipped: no card possible yet.", "", len(result.skipped))
        self.show_message(text)
        self.open_button.show()
        self.reload()
        if self._history_for:
            self._load_history(self._history_for)
        if self.open_when_done.isChecked():
            self.open_pdf(result.path)

    def _on_print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        if isinstance(error, CardsCancelled):
            self.show_message(self.tr("Printing was cancelled. No file was saved and nothing was recorded."))
            return
        self._runner.report_error(error, self)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setProperty("kind", "error" if error else "info")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.show()

    # -- the desktop ------------------------------------------------------------------------------------------
    def _ask_output_path(self, suggested: str) -> str | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the cards as PDF"), str(Path(folder) / suggested), self.tr("PDF files (*.pdf)")
        )
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path or None

    def _open_in_viewer(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.show_message(self.tr("No PDF viewer could be opened. The file is at %1.").replace("%1", str(path)))

    def _on_open_button_clicked(self) -> None:
        if self.last_result is not None:
            self.open_pdf(self.last_result.path)

    def open_verify_dialog(self) -> VerifyCardDialog:
        if self.verify_dialog is None:
            self.verify_dialog = VerifyCardDialog(self._store, self._runner, language=self._language, parent=self)
        self.verify_dialog.show()
        self.verify_dialog.raise_()
        self.verify_dialog.text_edit.setFocus()
        return self.verify_dialog

    # -- slots ---------------------------------------------------------------------------------------------------
    def _on_list_loaded(self, loaded) -> None:
        records, total, unprinted = loaded
        self.table.set_records(records)
        self.unprinted_radio.setText(self.tr("Everything not printed yet (%n)", "", unprinted))
        if total > len(records):
            note = self.tr("Showing %1 of %n records; search to narrow the list.", "", total)
            self.list_note.setText(note.replace("%1", str(len(records))))
        else:
            self.list_note.setText(self.tr("%n record(s) can get a card.", "", total))
        self._on_table_ticked_changed(len(self.table.ticked_ids()))

    def _on_drives_loaded(self, drives) -> None:
        current = self.drive_combo.currentData()
        self.drive_combo.blockSignals(True)
        self.drive_combo.clear()
        directory = regions()
        for drive in drives:
            village = directory.get(drive.village_code)
            where = village.name if village else drive.village_code
            self.drive_combo.addItem(f"{drive.held_on:%d-%m-%Y} · {where} · {drive.place}", drive.id)
        if current is not None:
            self.drive_combo.setCurrentIndex(max(self.drive_combo.findData(current), 0))
        self.drive_combo.blockSignals(False)
        self.drive_radio.setEnabled(bool(drives))
        self.drive_combo.setEnabled(bool(drives))

    def _on_table_ticked_changed(self, count: int) -> None:
        self.ticked_radio.setText(self.tr("Ticked records in the list (%n)", "", count))
        if count and self.sender() is self.table:
            self.ticked_radio.setChecked(True)

    def _on_table_current_changed(self, registration_id: str) -> None:
        self._history_for = registration_id or None
        if registration_id:
            self._load_history(registration_id)
        else:
            self.history.clear()

    def _load_history(self, registration_id: str) -> None:
        store = self._store
        name = self.table.name_of(registration_id)
        self._runner.run(
            lambda _ctx: print_history(store, registration_id),
            on_success=lambda history: self.history.show_history(name, history),
        )
