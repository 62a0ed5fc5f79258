"""The enrolment card: is this laptop known to the province, and the two supervisor actions
(write the device request to a stick, import the province's enrolment file)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from pulut_desktop.outbox.enrolment import EnrolmentInfo
from pulut_desktop.services.sync import SyncOverview

from ..widgets import card, card_footer, heading
from .style import set_primary

PANEL_STYLE = """
QLabel#enrolmentBanner {
    background: #fff4d6; color: #7a4b00; border: 1px solid #f3d08a; border-radius: 6px; padding: 10px 12px;
}
QLabel#enrolmentState[enrolled="true"] {
    background: #e6f4ef; color: #0b4f39; border: 1px solid #b7dfcf; border-radius: 10px; padding: 3px 10px;
    font-weight: bold;
}
QLabel#enrolmentState[enrolled="false"] {
    background: #fff4d6; color: #7a4b00; border: 1px solid #f3d08a; border-radius: 10px; padding: 3px 10px;
    font-weight: bold;
}
QLabel[field="true"] { color: #52606d; }
QLabel[value="true"] { font-family: "DejaVu Sans Mono", monospace; }
"""


class EnrolmentPanel(QWidget):
    sig_request_clicked = Signal()
    """The supervisor wants to write the device request to a stick or folder."""
    sig_import_clicked = Signal()
    """The supervisor wants to import the province's enrolment file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrolmentPanel")
        self.setStyleSheet(PANEL_STYLE)
        frame, layout = card("enrolmentCard")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Enrolment with the province"), 2), 1)
        self.state = QLabel()
        self.state.setObjectName("enrolmentState")
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.banner = QLabel(
            self.tr(
                "This laptop is not enrolled with the province yet — registering and printing provisional "
                "cards still work, but data cannot be sent yet."
            )
        )
        self.banner.setObjectName("enrolmentBanner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.values: dict[str, QLabel] = {}
        self._field_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("device_code", self.tr("Device code")),
                ("device_id", self.tr("Device id")),
                ("province_key", self.tr("Province key")),
                ("server_url", self.tr("Server")),
            )
        ):
            name = QLabel(caption)
            name.setProperty("field", True)
            value = QLabel("–")
            value.setObjectName(f"enrolment_{key}")
            value.setProperty("value", key != "server_url")  # ids in a fixed-width font
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, row, 0)
            grid.addWidget(value, row, 1)
            self.values[key], self._field_labels[key] = value, name
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)

        self.request_button = QPushButton(self.tr("Write request…"))
        self.request_button.setObjectName("writeRequest")
        self.import_button = QPushButton(self.tr("Import enrolment…"))
        self.import_button.setObjectName("importEnrolment")
        self.hint = QLabel()
        self.message = card_footer(layout, self.hint, [self.request_button, self.import_button])

        self.request_button.clicked.connect(self.sig_request_clicked)
        self.import_button.clicked.connect(self.sig_import_clicked)
        self.show_overview(None)

    def is_enrolled(self) -> bool:
        return self.banner.isHidden() and self.state.property("enrolled") == "true"

    def show_overview(self, overview: SyncOverview | None) -> None:
        info: EnrolmentInfo | None = overview.enrolment if overview else None
        enrolled = info is not None
        self.state.setProperty("enrolled", "true" if enrolled else "false")
        self.state.setText(self.tr("Enrolled") if enrolled else self.tr("Not enrolled"))
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        self.banner.setVisible(overview is not None and not enrolled)
        code = overview.device_code if overview else "–"
        self.values["device_code"].setText(code)
        self.values["device_id"].setText(info.device_id if info else "–")
        self.values["province_key"].setText(info.signing_key_id if info else "–")
        self.values["server_url"].setText((info.server_url or self.tr("none (USB only)")) if info else "–")
        for key in ("device_id", "province_key", "server_url"):
            self.values[key].setVisible(enrolled)
            self._field_labels[key].setVisible(enrolled)
        supervisor = bool(overview and overview.is_supervisor)
        self.request_button.setEnabled(supervisor)
        self.import_button.setEnabled(supervisor)
        if overview is None:
            self.hint.clear()
        elif not supervisor:
            self.hint.setText(self.tr("Only a supervisor can enrol this laptop."))
        elif enrolled:
            self.hint.setText(self.tr("A new enrolment file from the province can be imported at any time."))
        else:
            self.hint.setText(
                self.tr(
                    "Write the device request to a USB stick and take it to the province admin. Compare the "
                    "device code above with the one the admin sees, then import the enrolment file they give back."
                )
            )
        set_primary(self.request_button, supervisor and not enrolled)
