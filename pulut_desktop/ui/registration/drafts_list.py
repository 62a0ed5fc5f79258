""" "Draf tersimpan": the officer's unsaved registrations (who, when, how complete), from Beranda and the
form; Enter opens one into the form, Delete removes one after a confirmation (audited by the service)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.nik import mask_nik
from ...messages import error_text
from ...services import drafts
from ...storage.drafts import SavedDraft
from ...storage.store import Store
from ..operations import OperationRunner

NAME, NIK, OFFICER, UPDATED, COMPLETE = range(5)


def ask_delete_draft(parent: QWidget, name: str, on_delete: Callable[[], None]) -> QMessageBox:
    """ "Hapus draf <name>?" with Hapus / Batal (Batal is the default); ``on_delete`` runs on Hapus only."""
    question = QCoreApplication.translate("DraftsListDialog", "Delete the draft of %1? What was typed in it is lost.")
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("DraftsListDialog", "Delete draft"),
        question.replace("%1", name),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("deleteDraftBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    delete = box.addButton(
        QCoreApplication.translate("DraftsListDialog", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QCoreApplication.translate("DraftsListDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.buttonClicked.connect(lambda button: on_delete() if button is delete else None)
    box.open()
    return box


class DraftsListDialog(QDialog):
    sig_draft_chosen = Signal(object)
    """The officer opened this :class:`SavedDraft` to continue it in the form."""
    sig_drafts_loaded = Signal(int)
    """The list was (re)read from the store: this many drafts."""
    sig_draft_deleted = Signal(str)
    """A draft was deleted after the confirmation (its id)."""

    def __init__(self, store: Store, runner: OperationRunner, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, language
        self._summaries: list[drafts.DraftSummary] = []
        self.setObjectName("draftsList")
        self.setWindowTitle(self.tr("Saved drafts"))
        self.setMinimumSize(760, 420)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("draftsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("NIK"), self.tr("Typed by"), self.tr("Last change"), self.tr("Complete")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (NIK, OFFICER, UPDATED, COMPLETE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.delete_button = buttons.addButton(self.tr("Delete…"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_open_button_clicked)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.itemActivated.connect(self._on_open_button_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.ask_delete,
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip
        self.refresh()

    def refresh(self) -> None:
        store = self._store
        self._runner.run(lambda _ctx: drafts.list_draft_summaries(store), on_success=self._on_loaded, parent=self)

    def current(self) -> drafts.DraftSummary | None:
        row = self.table.currentRow()
        return self._summaries[row] if 0 <= row < len(self._summaries) else None

    def _on_loaded(self, summaries: list[drafts.DraftSummary]) -> None:
        self._summaries = summaries
        self.table.setRowCount(len(summaries))
        for row, summary in enumerate(summaries):
            when = summary.updated_at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
            complete = self.tr("%1 of %2 fields (%3%)").replace("%1", str(summary.filled))
            complete = complete.replace("%2", str(summary.required)).replace("%3", str(summary.percent))
            values = [summary.full_name or self.tr("(no name yet)"), mask_nik(summary.nik) if len(summary.nik) == 16
                      else (summary.nik or "—"), summary.officer_name, when, complete]  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        listed = self.tr("%n registration(s) typed but not saved. Enter opens one in the form; Delete removes it.",
                         "", len(summaries))  # fmt: skip
        self.intro.setText(listed if summaries else self.tr("No unsaved registrations."))
        has_rows = bool(summaries)
        self.open_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if has_rows:
            self.table.setCurrentCell(min(max(self.table.currentRow(), 0), len(summaries) - 1), NAME)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_drafts_loaded.emit(len(summaries))

    def _on_open_button_clicked(self, *_args: object) -> None:
        summary = self.current()
        if summary is not None:
            draft: SavedDraft = summary.draft
            self.accept()
            self.sig_draft_chosen.emit(draft)

    def ask_delete(self) -> QMessageBox | None:
        """Delete the selected draft, after a question that names it (window-modal, answered by signal)."""
        summary = self.current()
        if summary is None:
            return None
        name = summary.full_name or self.tr("(no name yet)")
        return ask_delete_draft(self, name, lambda: self._on_delete_answered(summary, True))

    def _on_delete_answered(self, summary: drafts.DraftSummary, delete: bool) -> None:
        if not delete:
            return
        store, draft_id = self._store, summary.id
        self._runner.run(
            lambda _ctx: drafts.delete_draft(store, draft_id),
            on_success=lambda _result: self._on_deleted(draft_id),
            on_failure=lambda error: self.intro.setText(error_text(error, self._language)),
            parent=self,
        )

    def _on_deleted(self, draft_id: str) -> None:
        self.sig_draft_deleted.emit(draft_id)
        self.refresh()
