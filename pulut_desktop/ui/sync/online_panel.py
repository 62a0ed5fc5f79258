"""The internet row: shown only when the enrolment names a province server (issue 6)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..widgets import InlineMessage, card, heading


class OnlinePanel(QWidget):
    sig_sync_clicked = Signal()
    """Send the waiting batches to the province server and apply its receipts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onlinePanel")
        frame, layout = card("onlineCard")
        layout.setContentsMargins(24, 14, 24, 14)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Over the internet"), 2))
        self.server = QLabel()
        self.server.setObjectName("muted")
        row.addWidget(self.server, 1)
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("syncOnline")
        row.addWidget(self.sync_button)
        layout.addLayout(row)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        self.sync_button.clicked.connect(self.sig_sync_clicked)

    def set_server(self, url: str | None) -> None:
        self.server.setText(self.tr("Province server: %1").replace("%1", url or ""))
        self.setVisible(bool(url))
