"""Asks the supervisor why records go back to the officer; the reason is required."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from ..reason_dialog import ReasonDialog


class RejectDialog(ReasonDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send back for correction"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                '%n registration(s) will go back to the officer with status "Needs fix". '
                "Write what must be corrected; the officer sees it in the list and in the form.",
                "",
                count,
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build(
            [intro],
            placeholder=self.tr("For example: the birth date does not match the KTP"),
            height=96,
            ok_text=self.tr("Send back"),
            cancel_text=self.tr("Cancel"),
        )
