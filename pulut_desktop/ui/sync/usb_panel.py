"""The USB stick card: which stick, what is on it, and the two trips (export, apply receipts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from pulut_desktop.services.sync import StickInfo

from ..widgets import card, card_footer, heading
from .style import set_primary


class UsbPanel(QWidget):
    sig_choose_clicked = Signal()
    """The officer wants to pick the stick (a folder)."""
    sig_export_clicked = Signal()
    """Export the waiting registrations to the chosen stick."""
    sig_apply_clicked = Signal()
    """Apply the province's receipts found on the chosen stick."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usbPanel")
        frame, layout = card("usbCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("USB stick"), 2), 1)
        self.ready = QLabel()
        self.ready.setObjectName("readyCount")
        self.ready.setStyleSheet("QLabel#readyCount { color: #0b6e4f; font-weight: bold; }")
        top.addWidget(self.ready, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.path = QLineEdit()
        self.path.setObjectName("stickPath")
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No stick chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseStick")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.export_button = QPushButton(self.tr("Export to USB"))
        self.export_button.setObjectName("exportToUsb")
        set_primary(self.export_button, True)
        self.apply_button = QPushButton(self.tr("Apply receipts"))
        self.apply_button.setObjectName("applyReceipts")
        self.stick_state = QLabel(self.tr("Plug in the USB stick and choose its folder."))
        self.message = card_footer(layout, self.stick_state, [self.export_button, self.apply_button])

        self.choose_button.clicked.connect(self.sig_choose_clicked)
        self.export_button.clicked.connect(self.sig_export_clicked)
        self.apply_button.clicked.connect(self.sig_apply_clicked)

    def stick(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text) if text else None

    def set_stick(self, root: Path | None) -> None:
        self.path.setText(str(root) if root else "")
        self.path.setToolTip(str(root) if root else "")

    def set_ready(self, count: int | None) -> None:
        if count is None:
            self.ready.clear()
        elif count:
            self.ready.setText(self.tr("%1 ready to send").replace("%1", str(count)))
        else:
            self.ready.setText(self.tr("Nothing waiting"))

    def show_stick(self, info: StickInfo | None) -> None:
        if info is None:
            self.stick_state.setText(self.tr("Plug in the USB stick and choose its folder."))
        elif not info.exists:
            self.stick_state.setText(self.tr("The stick is not there any more. Plug it in again or choose another."))
        elif not info.has_layout:
            self.stick_state.setText(self.tr("No PULUT folder on this stick yet; export creates it."))
        else:
            self.stick_state.setText(
                self.tr("PULUT folder found: %1 batch file(s) and %2 receipt(s) of this laptop.")
                .replace("%1", str(info.batches))
                .replace("%2", str(info.receipts))
            )

    def set_export_primary(self, primary: bool) -> None:
        """Export is the page's main action once the laptop is enrolled; before that, the request is."""
        set_primary(self.export_button, primary)

    def set_busy(self, busy: bool) -> None:
        for button in (self.choose_button, self.export_button, self.apply_button):
            button.setEnabled(not busy)
