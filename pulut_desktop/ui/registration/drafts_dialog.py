"""Lists the drafts left from an earlier session (a crash, a flat battery) to pick one to continue."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...storage.drafts import SavedDraft
from .drafts_list import ask_delete_draft


def draft_title(draft: SavedDraft, untitled: str) -> str:
    identity = draft.payload.get("identity", {})
    name = (identity.get("full_name") or "").strip() or untitled
    nik = (identity.get("nik") or "").strip()
    when = draft.updated_at.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    return f"{name}  ·  {nik or '—'}  ·  {when}"


class DraftPickerDialog(QDialog):
    """``chosen`` is the draft to restore; ``discarded`` the drafts the officer threw away."""

    def __init__(self, drafts: list[SavedDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved registrations"))
        self.setMinimumWidth(520)
        self.chosen: SavedDraft | None = None
        self.discarded: list[SavedDraft] = []
        intro = QLabel(
            self.tr(
                "These registrations were being typed but were not saved. "
                "Choose one to continue; the others stay here for later."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for draft in reversed(drafts):  # newest first
            item = QListWidgetItem(draft_title(draft, self.tr("(no name yet)")))
            item.setData(Qt.ItemDataRole.UserRole, draft)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(self.tr("Continue this one"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.list.itemActivated.connect(self._on_buttons_accepted)

    def _on_buttons_accepted(self, *_args: object) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _on_discard_button_clicked(self) -> None:
        """Asks first, naming the worker; the form deletes what was discarded (audited) when this closes."""
        item = self.list.currentItem()
        if item is None:
            return
        draft: SavedDraft = item.data(Qt.ItemDataRole.UserRole)
        name = (draft.payload.get("identity", {}).get("full_name") or "").strip() or self.tr("(no name yet)")
        ask_delete_draft(self, name, lambda: self._on_discard_confirmed(item))

    def _on_discard_confirmed(self, item: QListWidgetItem) -> None:
        self.discarded.append(item.data(Qt.ItemDataRole.UserRole))
        self.list.takeItem(self.list.row(item))
        if self.list.count() == 0:
            self.reject()
