"""The supervisor's approval queue: registrations marked ready, to approve or send back.

Each row's "Keterangan" says what to weigh (warnings, near matches, a "different person" override) and
the line under the queue says it in full for the highlighted record; approving such a record asks once,
by name. The keyboard: Tab from the search goes to the queue; Up/Down there never touch the filters."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.status import Status
from ...messages import error_text
from ...services.approvals import (
    ApprovalNotes,
    approval_notes,
    approve_registrations,
    queue_page,
    send_back_registrations,
)
from ...storage.queries import RegistrationQuery, SortKey
from ...storage.store import Store
from ..operations import OperationRunner
from .approve_question import ask_before_approving
from .filters import FilterBar
from .model import ROW_ROLE, RegistrationColumn, RegistrationTableModel
from .notes import notes_lines, notes_summary
from .reject_dialog import RejectDialog
from .table import make_registration_table


class ApprovalsPage(QWidget):
    sig_registration_open_requested = Signal(str)
    """The supervisor asked to open a registration (its id) to look at it in full."""
    sig_queue_changed = Signal(int)
    """The queue was searched again; the argument is how many records wait."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._language = "id"
        self._asking = False
        self.question = None
        base = RegistrationQuery(statuses=(Status.READY,), sort=SortKey.CREATED, descending=False)
        self.model = RegistrationTableModel(store, runner, base, self, fetch=queue_page, notes_text=self._notes_text)
        self.filters = FilterBar(base, show_status=False, parent=self)
        self.table = make_registration_table(
            self.model, self, multi_select=True, hidden=(RegistrationColumn.STATUS, RegistrationColumn.FUNDING,
                                                         RegistrationColumn.CREATED, RegistrationColumn.OCCUPATION)
        )  # fmt: skip  # every record here waits for approval: the room goes to the name and the notes
        self.table.setObjectName("approvalsQueue")
        self.filters.search_edit.setObjectName("approvalsSearch")
        title = QLabel(self.tr("Approval queue"), self)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.details_label = QLabel(self)  # the highlighted record's notes in full
        self.details_label.setObjectName("approvalNotes")
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setStyleSheet("#approvalNotes { color: #92400E; }")
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet("color: #6B7280;")
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.approve_button.setToolTip(self.tr("Approve the highlighted registration (Ctrl+Enter)"))
        self.approve_selected_button = QPushButton(self.tr("Approve selected"), self)
        self.reject_button = QPushButton(self.tr("Send back…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.approve_button.setDefault(False)

        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.notice_label, 1)
        for button in (self.open_button, self.reject_button, self.approve_selected_button, self.approve_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details_label)
        layout.addLayout(actions)
        self.setTabOrder(self.filters.search_edit, self.table)  # not onto a filter that Down would change

        self._supervisor = store.officer.is_supervisor
        if self._supervisor:
            self.notice_label.setText(
                self.tr("Check each record against its paper form, then approve it or send it back with a reason.")
            )
        else:
            self.notice_label.setText(self.tr("Only a supervisor can approve or send back registrations."))
        self.filters.sig_query_changed.connect(self._on_filters_query_changed)
        self.model.sig_search_finished.connect(self._on_model_search_finished)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.model.dataChanged.connect(self._on_current_row_changed)
        self.filters.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.approve_selected_button.clicked.connect(self._on_approve_selected_button_clicked)
        self.reject_button.clicked.connect(self._on_reject_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self._on_approve_button_clicked)
        self._update_buttons()
        # Loads when shown (the main window calls refresh()), not while the window builds: issue 18.

    def set_language(self, language: str) -> None:
        self._language = language

    def refresh(self) -> None:
        self.count_label.setText(self.tr("Searching…"))
        self.model.refresh()

    # -- actions -------------------------------------------------------------------------------
    def approve_rows(self, rows: list[int]) -> None:
        """Approve, after one question naming the workers whose records carry notes."""
        rowids = [r for r in (self.model.rowid(row) for row in rows) if r is not None]
        if not rowids or not self._supervisor or self._asking:
            return
        self._asking = True  # one question at a time, however often Ctrl+Enter is pressed
        store = self._store
        self._runner.run(
            lambda _ctx: approval_notes(store, rowids),
            on_success=partial(self._on_notes_read, rows),
            on_failure=self._on_status_failed,
            on_done=self._on_notes_done,
            parent=self,
        )

    def _on_notes_done(self) -> None:
        self._asking = False

    def _on_question_finished(self) -> None:
        self._asking = False
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # back where the supervisor was

    def _on_notes_read(self, rows: list[int], notes: dict[int, ApprovalNotes]) -> None:
        weigh = [item for item in notes.values() if item.needs_confirmation]
        if not weigh:
            self._set_status(rows, Status.APPROVED, None)
            return
        self._asking = True
        approve = partial(self._set_status, rows, Status.APPROVED, None)
        self.question = ask_before_approving(self, weigh, len(rows), self._language, approve)
        self.question.finished.connect(self._on_question_finished)

    def send_back_rows(self, rows: list[int], reason: str) -> None:
        self._set_status(rows, Status.NEEDS_FIX, reason)

    def _set_status(self, rows: list[int], status: Status, reason: str | None) -> None:
        rowids = [r for r in (self.model.rowid(row) for row in rows) if r is not None]
        if not rowids or not self._supervisor:
            return
        store = self._store

        def work(_ctx: object) -> int:
            if status is Status.APPROVED:
                return approve_registrations(store, rowids)
            return send_back_registrations(store, rowids, reason or "")

        self.notice_label.setText(self.tr("Saving…"))
        self._runner.run(work, on_success=self._on_status_saved, on_failure=self._on_status_failed, parent=self)

    def _selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def _current_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else None

    def _update_buttons(self) -> None:
        selected = len(self._selected_rows())
        has_current = self._current_row() is not None
        self.approve_button.setEnabled(self._supervisor and has_current)
        self.approve_selected_button.setEnabled(self._supervisor and selected > 0)
        self.approve_selected_button.setText(self.tr("Approve selected (%n)", "", selected))
        self.reject_button.setEnabled(self._supervisor and (selected > 0 or has_current))
        self.open_button.setEnabled(has_current)

    # -- slots ---------------------------------------------------------------------------------
    def _on_filters_query_changed(self, _query: RegistrationQuery) -> None:
        self.filters.with_sort(self.model.query)
        self.model.set_query(self.filters.query())

    def _on_model_search_finished(self, count: int) -> None:
        self.count_label.setText(self.tr("%n waiting", "", count))
        self._update_buttons()
        self.sig_queue_changed.emit(count)

    def _on_selection_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _notes_text(self, notes: ApprovalNotes) -> tuple[str, str]:
        return notes_summary(notes, self._language), "\n".join(notes_lines(notes, self._language))

    def _on_current_row_changed(self, *_args: object) -> None:
        row = self._current_row()
        item = self.model.index(row, 0).data(ROW_ROLE) if row is not None else None
        lines = notes_lines(item.notes, self._language) if item is not None else []
        name = item.row.full_name if item is not None else ""
        self.details_label.setText(f"{name}: " + " · ".join(lines) if lines else "")
        self.details_label.setVisible(bool(lines))

    def _on_search_return_pressed(self) -> None:
        """Enter in the search: to the queue, on its first record."""
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
        if self._current_row() is None and self.model.rowCount() > 0:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_table_activated(self, index: QModelIndex) -> None:
        registration_id = self.model.registration_id(index.row())
        if registration_id:
            self.sig_registration_open_requested.emit(registration_id)

    def _on_open_button_clicked(self) -> None:
        row = self._current_row()
        if row is not None:
            self._on_table_activated(self.model.index(row, 0))

    def _on_approve_button_clicked(self) -> None:
        row = self._current_row()
        if row is not None:
            self.approve_rows([row])

    def _on_approve_selected_button_clicked(self) -> None:
        self.approve_rows(self._selected_rows())

    def _on_reject_button_clicked(self) -> None:
        rows = self._selected_rows() or ([self._current_row()] if self._current_row() is not None else [])
        if not rows:
            return
        dialog = RejectDialog(len(rows), self)
        if dialog.exec() == RejectDialog.DialogCode.Accepted and dialog.reason():
            self.send_back_rows(rows, dialog.reason())

    def _on_status_saved(self, count: int) -> None:
        self.notice_label.setText(self.tr("%n registration(s) updated.", "", count))
        self.table.clearSelection()
        self.refresh()

    def _on_status_failed(self, error: BaseException) -> None:
        self.notice_label.setText(error_text(error, self._language))
        self.notice_label.setStyleSheet("color: #991B1B;")
        self.refresh()
