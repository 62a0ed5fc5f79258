"""Small building blocks of the form: a field with its label and message line, the message line
itself, and the key filter that makes Enter move to the next field."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

ERROR_COLOUR = "#B42318"
WARNING_COLOUR = "#8A5A00"
HINT_COLOUR = "#4B5563"


class FieldFeedback(QLabel):
    """The line under a field: errors in red, warnings in brown, nothing when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()
        self._kind = ""

    def show_messages(self, errors: Sequence[str], warnings: Sequence[str]) -> None:
        lines = [*errors, *("⚠ " + warning for warning in warnings)]
        if not lines:
            self.clear()
            self.hide()
            self._kind = ""
            return
        self._kind = "error" if errors else "warning"
        colour = ERROR_COLOUR if errors else WARNING_COLOUR
        self.setStyleSheet(f"color: {colour}; font-size: 9pt;")
        self.setText("\n".join(lines))
        self.show()

    @property
    def kind(self) -> str:
        """ "error", "warning" or "" (shown nothing)."""
        return self._kind


class FieldBlock(QWidget):
    """A caption above its input and a feedback line below it."""

    def __init__(self, caption: str, field: QWidget, parent: QWidget | None = None, required: bool = False) -> None:
        super().__init__(parent)
        self.label = QLabel(caption + (" *" if required else ""), self)
        self.label.setBuddy(field)
        self.label.setStyleSheet("color: #374151;")
        self.field = field
        self.feedback = FieldFeedback(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(field)
        layout.addWidget(self.feedback)
        layout.addStretch(1)


class EnterMovesFocus(QObject):
    """Enter or Return in a field moves to the next field of the chain, as Tab does.

    Officers type with one hand while holding the KTP; Enter under the thumb is quicker than Tab.
    Combo popups, multi-line editors and buttons keep their own meaning of Enter.
    """

    def __init__(self, next_of: Callable[[QWidget], QWidget | None], parent: QObject | None = None):
        super().__init__(parent)
        self._next_of = next_of

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        key_event = event  # type: ignore[assignment]
        assert isinstance(key_event, QKeyEvent)
        if key_event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        completer = getattr(watched, "completer", None)
        popup = completer().popup() if callable(completer) and completer() is not None else None
        if popup is not None and popup.isVisible():
            return False
        target = self._next_of(watched)
        if target is None:
            return False
        accept_typed = getattr(watched, "accept_typed", None)
        if callable(accept_typed) and not accept_typed():
            return True  # several items match: their list is open, the officer chooses
        if isinstance(watched, QComboBox) and watched.isEditable():
            watched.lineEdit().editingFinished.emit()  # resolve a typed fragment before leaving
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def section_grid(parent: QWidget, cells: Sequence[tuple]) -> QGridLayout:
    """A form section's four equal columns; each cell is ``(widget, row, column[, row span, column span])``."""
    grid = QGridLayout(parent)
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(6)
    for widget, *place in cells:
        grid.addWidget(widget, *place)
    for column in range(4):
        grid.setColumnStretch(column, 1)
    return grid
