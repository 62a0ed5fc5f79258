"""The top of the form: what is open (new, or number and status), the message line, the buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.status import Status
from ...services.exits import MEMBER_STATUSES
from ..registrations.labels import status_colours, status_label

_BANNERS = {
    "info": ("#EFF6FF", "#1E3A8A", "#BFDBFE"),
    "success": ("#ECFDF5", "#065F46", "#A7F3D0"),
    "error": ("#FEF2F2", "#991B1B", "#FECACA"),
    "warning": ("#FFF7ED", "#9A3412", "#FED7AA"),
}


class FormHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.status_pill = QLabel(self)
        self.status_pill.hide()
        self.drafts_button = QPushButton(self.tr("Saved drafts"), self)
        self.drafts_button.setObjectName("formDraftsButton")
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"), self)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"), self)
        self.exit_button = QPushButton(self.tr("Death or exit…"), self)
        self.exit_button.setObjectName("recordExit")
        self.exit_button.hide()  # only for a worker who is a member (sent or accepted)
        self.save_button.setStyleSheet(
            "QPushButton { background: #0F766E; color: white; border: none; border-radius: 4px;"
            " padding: 6px 18px; font-weight: 600; }"
            "QPushButton:disabled { background: #9CA3AF; }"
            "QPushButton:focus { outline: 2px solid #134E4A; }"
        )
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.problems_button = QPushButton(self.tr("Next problem (F8)"), self)
        self.problems_button.setObjectName("nextProblem")
        self.problems_button.hide()
        self.reason_banner = QLabel(self)
        self.reason_banner.setWordWrap(True)
        self.reason_banner.hide()
        self._read_only = False
        self._banner_kind = ""

        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.status_pill)
        top.addStretch(1)
        top.addWidget(self.exit_button)
        top.addWidget(self.drafts_button)
        top.addWidget(self.new_button)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.reason_banner)
        message = QHBoxLayout()
        message.setSpacing(8)
        message.addWidget(self.banner, 1)
        message.addWidget(self.problems_button)
        layout.addLayout(message)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #E5E7EB;")
        layout.addWidget(line)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def show_record(self, number: str | None, status: Status | None, reason: str | None, editable: bool = True) -> None:
        if status is None:
            self.title.setText(self.tr("New registration"))
            self.status_pill.hide()
        else:
            self.title.setText(self.tr("Registration {number}").format(number=number or ""))
            background, foreground = status_colours(status)
            self.status_pill.setText(status_label(status))
            self.status_pill.setStyleSheet(
                f"background: {background.name()}; color: {foreground.name()}; border-radius: 10px; padding: 2px 10px;"
            )
            self.status_pill.show()
        self._read_only = not editable
        self.exit_button.setVisible(status in MEMBER_STATUSES)
        self.save_button.setEnabled(editable)
        if status is Status.NEEDS_FIX and reason:
            self._style(
                self.reason_banner, "warning", self.tr("Sent back for correction: {reason}").format(reason=reason)
            )
        elif not editable:
            self._style(
                self.reason_banner,
                "info",
                self.tr("This registration has left the laptop and can no longer be changed."),
            )
        else:
            self.reason_banner.hide()

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy and not self._read_only)

    def show_info(self, text: str) -> None:
        self.problems_button.hide()
        self._style(self.banner, "info", text)

    def show_error(self, text: str) -> None:
        self.problems_button.hide()
        self._style(self.banner, "error", text)

    def show_problems(self, text: str) -> None:
        """Fields to fix before saving; the button (F8) walks through them."""
        self._style(self.banner, "error", text)
        self.problems_button.show()

    def show_saved(self, number: str, name: str, status: Status) -> None:
        self.problems_button.hide()
        self._style(
            self.banner,
            "success",
            self.tr("Saved {number} · {name} · {status}").format(number=number, name=name, status=status_label(status)),
        )

    def clear_saved(self) -> None:
        """The next worker's typing began: the previous worker's "Tersimpan" line goes away."""
        if self._banner_kind == "success" and self.banner.isVisible():
            self.clear_message()

    def clear_message(self) -> None:
        self.banner.clear()
        self.banner.hide()
        self.problems_button.hide()

    def message(self) -> str:
        return self.banner.text() if self.banner.isVisible() or self.banner.text() else ""

    def _style(self, label: QLabel, kind: str, text: str) -> None:
        if label is self.banner:
            self._banner_kind = kind
        background, foreground, border = _BANNERS[kind]
        label.setStyleSheet(
            f"background: {background}; color: {foreground}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px 10px;"
        )
        label.setText(text)
        label.show()
