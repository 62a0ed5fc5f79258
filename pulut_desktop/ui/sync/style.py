"""Small look helpers of the sync page."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton

BUTTON_PADDING = 2 * 14 + 2 * 2 + 8  # pulut.qss: 14px padding each side, a 2px focus border, some air


def set_primary(button: QPushButton, primary: bool) -> None:
    """The green main action (pulut.qss ``QPushButton[primary="true"]``, bold text). The size hint is
    computed from the regular font, so the button is given room for its bold text explicitly."""
    button.setProperty("primary", primary)
    button.style().unpolish(button)
    button.style().polish(button)
    if primary:
        bold = button.font()
        bold.setBold(True)
        button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + BUTTON_PADDING)
    else:
        button.setMinimumWidth(0)
    button.updateGeometry()
