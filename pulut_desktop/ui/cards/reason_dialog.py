"""Asks why cards that were printed before are printed again; the reason is required and audited."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from ..reason_dialog import ReasonDialog

MAX_NAMES = 6


class ReprintReasonDialog(ReasonDialog):
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
        self._build(
            [intro, self.names_label, QLabel(self.tr("Reason for the reprint"), self)],
            placeholder=self.tr("For example: card lost in the flood, name misspelt, card damaged"),
            height=84,
            ok_text=self.tr("Reprint"),
            cancel_text=self.tr("Cancel"),
        )

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())
