"""Perpanjangan: per village, the workers whose coverage ends soon, and those not renewed in time.

The list is read off the GUI thread (services.renewals); "Renew…" or a double-click opens the renewal
dialog pre-filled from the registration."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.formatting import format_date
from ...domain.reference import regions
from ...messages import error_text
from ...services import renewals
from ...storage.store import Store
from ..operations import OperationRunner
from ..widgets import InlineMessage, heading
from .dialog import RenewalDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class RenewalsPage(QWidget):
    sig_worklist_loaded = Signal(object)
    """The worklist was read (a services.renewals.RenewalWorklist)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, "id"
        self.worklist: renewals.RenewalWorklist | None = None
        self.title = heading(self.tr("Renewals"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Village / number"), self.tr("Name"), self.tr("Coverage ends"),
                                   self.tr("Note")])  # fmt: skip
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 260)
        self.tree.setColumnWidth(2, max(150, self.tree.header().sectionSizeHint(2)))  # the header's words fit
        self.renew_button = QPushButton(self.tr("Renew…"), self)
        self.renew_button.setEnabled(False)
        self.message = InlineMessage(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.renew_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.renew_button.clicked.connect(self._on_renew_button_clicked)
        # Loads when shown (the main window calls refresh()), not while the window builds: issue 18.

    def set_language(self, language: str) -> None:
        self._language = language

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda _ctx: renewals.load_renewal_worklist(store), on_success=self._on_loaded,
                         on_failure=lambda e: self.message.show_error(error_text(e, self._language)))  # fmt: skip

    def _on_loaded(self, worklist: renewals.RenewalWorklist) -> None:
        self.worklist = worklist
        self.tree.clear()
        today = worklist.today
        for village_code, workers in worklist.by_village.items():
            village = QTreeWidgetItem([regions().label(village_code) or village_code, "", "",
                                       self.tr("%n worker(s)", "", len(workers))])  # fmt: skip
            for worker in workers:
                days = worker.days_left(today)
                note = (self.tr("ends in %n day(s)", "", days) if days >= 0
                        else self.tr("ended, not renewed"))  # fmt: skip
                child = QTreeWidgetItem([worker.registration_number, worker.full_name or "—",
                                         format_date(worker.coverage_end, self._language), note])  # fmt: skip
                child.setData(0, ID_ROLE, worker.registration_id)
                village.addChild(child)
            self.tree.addTopLevelItem(village)
            village.setExpanded(True)
        self.summary.setText(
            self.tr("Coverage ending within {days} days: {due}. Ended and not renewed: {lapsed}.").format(
                days=worklist.notice_days, due=worklist.due, lapsed=worklist.lapsed)
        )  # fmt: skip
        self.renew_button.setEnabled(False)
        self.sig_worklist_loaded.emit(worklist)

    def registration_item(self, registration_id: str) -> QTreeWidgetItem | None:
        for top in range(self.tree.topLevelItemCount()):
            village = self.tree.topLevelItem(top)
            for row in range(village.childCount()):
                if village.child(row).data(0, ID_ROLE) == registration_id:
                    return village.child(row)
        return None

    def open_renewal(self, registration_id: str) -> RenewalDialog:
        dialog = RenewalDialog(self._store, self._runner, registration_id, self._language, self)
        dialog.sig_renewal_saved.connect(self._on_dialog_renewal_saved)
        dialog.open()
        return dialog

    def _on_dialog_renewal_saved(self, _registration_id: str) -> None:
        self.message.show_info(self.tr("Renewal saved. It goes to the province with the next sending."))
        self.refresh()

    def _selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _on_tree_current_item_changed(self, *_args) -> None:
        self.renew_button.setEnabled(self._selected_id() is not None)

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ID_ROLE):
            self.open_renewal(item.data(0, ID_ROLE))

    def _on_renew_button_clicked(self) -> None:
        registration_id = self._selected_id()
        if registration_id:
            self.open_renewal(registration_id)
