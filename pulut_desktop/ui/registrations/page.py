"""The registrations list: search and filters over every record on this laptop."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ...services import browse
from ...storage.queries import RegistrationQuery
from ...storage.store import Store
from ..operations import OperationRunner
from .filters import FilterBar
from .model import RegistrationColumn, RegistrationTableModel
from .table import make_registration_table


class RegistrationsPage(QWidget):
    sig_registration_open_requested = Signal(str)
    """The officer asked to open a registration (its id), by double-click or Enter."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        base = RegistrationQuery()
        self.model = RegistrationTableModel(store, runner, base, self)
        self.filters = FilterBar(base, parent=self)
        self.table: QTableView = make_registration_table(
            self.model,
            self,
            hidden=(RegistrationColumn.OCCUPATION, RegistrationColumn.FUNDING, RegistrationColumn.CREATED),
        )  # the filters choose by funding and date; the room goes to the name and the note
        self.title = QLabel(self.tr("Registrations"), self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("#pageTitle { font-size: 15pt; font-weight: 600; }")
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint_label = QLabel(self.tr("Double-click or press Enter to open a registration."), self)
        self.hint_label.setStyleSheet("color: #6B7280;")

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        self.setTabOrder(self.filters.search_edit, self.table)

        self.filters.sig_query_changed.connect(self._on_filters_query_changed)
        self.model.sig_search_finished.connect(self._on_model_search_finished)
        self.table.activated.connect(self._on_table_activated)
        self.filters.search_edit.returnPressed.connect(self._on_search_return_pressed)
        self._open_single = False  # Enter in the search: open the result when it is the only one
        self.refresh()

    def refresh(self) -> None:
        """Search again with the current filters, and reload the drives the filter offers."""
        self.count_label.setText(self.tr("Searching…"))
        self.model.refresh()
        store = self._store
        self._runner.run(lambda _ctx: browse.list_drive_choices(store), on_success=self.filters.set_drives)

    def focus_search(self) -> None:
        self.filters.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search_edit.selectAll()

    def _on_filters_query_changed(self, query: RegistrationQuery) -> None:
        self.filters.with_sort(self.model.query)
        self.count_label.setText(self.tr("Searching…"))
        self.model.set_query(self.filters.query())

    def _on_model_search_finished(self, count: int) -> None:
        self.count_label.setText(self.tr("%n registration(s)", "", count))
        if self._open_single:
            self._open_single = False
            self._open_if_single()

    def _on_search_return_pressed(self) -> None:
        if self.model.is_searching():
            self._open_single = True  # answered when the search finishes
        else:
            self._open_if_single()

    def _open_if_single(self) -> None:
        if self.model.rowCount() == 1 and (registration_id := self.model.registration_id(0)):
            self.sig_registration_open_requested.emit(registration_id)

    def _on_table_activated(self, index: QModelIndex) -> None:
        registration_id = self.model.registration_id(index.row())
        if registration_id:
            self.sig_registration_open_requested.emit(registration_id)
