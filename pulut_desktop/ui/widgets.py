"""Small widgets shared by the shell's screens: the training banner, inline messages, password fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget


class TrainingBanner(QLabel):
    """The orange bar on every window of a training data dir: nobody mistakes it for real data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("TRAINING MODE — sample data, not real registrations"))


class InlineMessage(QLabel):
    """A message under a form: an error (red), a warning (amber) or information (green). Hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("inlineMessage")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    def show_warning(self, text: str) -> None:
        self._show(text, "warning")

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def _show(self, text: str, kind: str) -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setText(text)
        self.setVisible(bool(text))


def password_field(object_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setObjectName(object_name)
    field.setMaxLength(128)
    return field


def card(object_name: str = "card") -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel (styled in pulut.qss) and its layout."""
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    return frame, layout


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setWordWrap(True)
    return label


def card_footer(layout: QVBoxLayout, hint: QLabel, buttons: list[QPushButton]) -> InlineMessage:
    """The foot of a card: a muted hint, free space, the buttons in a row, then the card's inline message."""
    hint.setObjectName("muted")
    hint.setWordWrap(True)
    layout.addWidget(hint)
    layout.addStretch(1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    message = InlineMessage()
    layout.addWidget(message)
    return message
