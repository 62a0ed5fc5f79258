"""Asks why cards that were printed before are printed again; the reason is required and audited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

MAX_NAMES = 6


class ReprintReasonDialog(QDialog):
    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reprintReasonDialog")
        self.setWindowTitle(self.tr("Reprint cards"))
        self.setMinimumWidth(480)
        intro = QLabel(
            self.tr(
                "%n card(s) were printed before. Write why they are printed again; the reason is kept "
                "with the print history and in the audit trail.",
                "",
                len(names),
            ),
            self,
        )
        intro.setWordWrap(True)
        shown = list(names[:MAX_NAMES])
        if len(names) > MAX_NAMES:
            shown.append(self.tr("… and %n more", "", len(names) - MAX_NAMES))
        self.names_label = QLabel("\n".join(f"• {name}" for name in shown), self)
        self.names_label.setObjectName("reprintNames")
        self.names_label.setStyleSheet("color: #374151; padding-left: 6px;")
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("For example: card lost in the flood, name misspelt, card damaged"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(84)
        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(self.tr("Reprint"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names_label)
        layout.addWidget(QLabel(self.tr("Reason for the reprint"), self))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._on_reason_edit_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())

    def _on_reason_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))
