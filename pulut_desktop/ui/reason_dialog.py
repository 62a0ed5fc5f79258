"""The shape every "why?" dialog shares: some text, a required reason, and OK only once one is written.

Subclasses pass their own translated texts (``self.tr`` stays in each subclass, so each keeps its
translation context)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    def _build(
        self, widgets: Sequence[QWidget], *, placeholder: str, height: int, ok_text: str, cancel_text: str
    ) -> None:
        """Lay out ``widgets`` then the reason box (the last of them is its label, if any) and the buttons."""
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(placeholder)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(height)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        for widget in (*widgets, self.reason_edit, self.buttons):
            layout.addWidget(widget)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _on_reason_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
