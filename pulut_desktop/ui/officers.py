"""Petugas: the supervisor's list of officers, with add, new password and deactivate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.errors import PulutError
from ..messages import error_text, text
from ..services.officers import deactivate_officer, list_officers
from ..storage.store import CurrentOfficer, Role
from .officer_dialogs import AddOfficerDialog, ResetPasswordDialog
from .store_page import StorePage
from .widgets import InlineMessage, heading


class OfficersPage(StorePage):
    sig_officers_loaded = Signal(list)
    """The list of active officers was (re)loaded."""

    def _build(self) -> None:
        self._officers: list[CurrentOfficer] = []
        self.setObjectName("officersPage")
        intro = QLabel(
            self.tr(
                "Officers who may sign in on this laptop. Each has their own password; "
                "a deactivated officer can no longer open the data."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("officersTable")
        self.table.setHorizontalHeaderLabels([self.tr("Username"), self.tr("Full name"), self.tr("Role")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(self.tr("Add officer…"))
        self.add_button.setObjectName("addOfficerButton")
        self.add_button.setProperty("primary", True)
        self.reset_button = QPushButton(self.tr("Set new password…"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.deactivate_button = QPushButton(self.tr("Deactivate…"))
        self.deactivate_button.setObjectName("deactivateButton")
        self.message = InlineMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.deactivate_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(heading(self.tr("Officers")))
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.deactivate_button.clicked.connect(self._on_deactivate_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self._on_table_selection_changed()

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda ctx: list_officers(store), on_success=self._on_officers_loaded, parent=self)

    def _on_officers_loaded(self, officers: list[CurrentOfficer]) -> None:
        self._officers = officers
        self.table.setRowCount(len(officers))
        for row, officer in enumerate(officers):
            role = self.tr("Supervisor") if officer.role is Role.SUPERVISOR else self.tr("Officer")
            for column, value in enumerate((officer.username, officer.full_name, role)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._on_table_selection_changed()
        self.sig_officers_loaded.emit(officers)

    def selected_officer(self) -> CurrentOfficer | None:
        rows = self.table.selectionModel().selectedRows()
        return self._officers[rows[0].row()] if rows else None

    def _on_table_selection_changed(self) -> None:
        chosen = self.selected_officer()
        self.reset_button.setEnabled(chosen is not None)
        self.deactivate_button.setEnabled(chosen is not None and chosen.username != self._store.officer.username)

    # -- actions ---------------------------------------------------------------------------------
    def open_add_dialog(self) -> AddOfficerDialog:
        dialog = AddOfficerDialog(self._store, self._runner, self._language, self)
        dialog.accepted.connect(lambda: self._on_officer_changed("officer.added", dialog.added_username()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_reset_dialog(self, officer: CurrentOfficer) -> ResetPasswordDialog:
        dialog = ResetPasswordDialog(
            self._store, self._runner, self._language, officer.username, officer.full_name, self
        )
        dialog.accepted.connect(lambda: self._on_officer_changed("officer.password_reset", officer.username))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def deactivate(self, officer: CurrentOfficer) -> None:
        store, username = self._store, officer.username
        self._runner.run(
            lambda ctx: deactivate_officer(store, username),
            on_success=lambda _: self._on_officer_changed("officer.deactivated", username),
            on_failure=self._on_action_failed,
            parent=self,
        )

    def _on_add_clicked(self) -> None:
        self.open_add_dialog()

    def _on_reset_clicked(self) -> None:
        officer = self.selected_officer()
        if officer is not None:
            self.open_reset_dialog(officer)

    def _on_deactivate_clicked(self) -> None:
        officer = self.selected_officer()
        if officer is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Deactivate officer"),
            self.tr("Deactivate %1 (%2)? They can no longer sign in on this laptop. Their registrations stay.")
            .replace("%1", officer.full_name)
            .replace("%2", officer.username),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        yes = box.addButton(self.tr("Deactivate"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is yes:
            self.deactivate(officer)

    def _on_officer_changed(self, code: str, username: str) -> None:
        self.message.show_info(text(code, {"username": username}, self._language))
        self.refresh()

    def _on_action_failed(self, error: BaseException) -> None:
        if isinstance(error, PulutError):
            self.message.show_error(error_text(error, self._language))
        else:
            self._runner.report_error(error, self)
