"""Small building blocks of the print page: a white card frame, a section title, the print history."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QVBoxLayout, QWidget

from ...cards import CardStatus
from ...services.cards import PrintHistory


def card_frame(parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setProperty("card", True)
    return frame


def section_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("subheading")
    return label


class HistoryPanel(QFrame):
    """How often the highlighted record's card was printed, and each print with its reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        self.title = section_label(self.tr("Print history"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.entries = QListWidget(self)
        self.entries.setObjectName("printHistory")
        self.entries.setWordWrap(True)
        self.entries.setStyleSheet("#printHistory { border: none; background: transparent; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.entries, 1)
        self.clear()

    def clear(self) -> None:
        self.summary.setText(self.tr("Select a record in the list to see how often its card was printed."))
        self.summary.setObjectName("muted")
        self.entries.clear()

    def show_history(self, name: str, history: PrintHistory) -> None:
        self.summary.setObjectName("")
        if history.print_count:
            count = self.tr("%n time(s)", "", history.print_count)
            self.summary.setText(self.tr("Card of %1 printed %2.").replace("%1", name).replace("%2", count))
        else:
            self.summary.setText(self.tr("The card of %1 has not been printed yet.").replace("%1", name))
        self.entries.clear()
        layouts = {"card": self.tr("card printer"), "a4": self.tr("A4 sheet")}
        for entry in reversed(history.entries):
            labels = {CardStatus.PROVISIONAL: self.tr("provisional"), CardStatus.TRAINING: self.tr("training")}
            status = labels.get(entry.card_status, self.tr("valid"))
            line = f"#{entry.number} · {entry.printed_at:%d-%m-%Y %H:%M} UTC · {entry.officer} · "
            line += f"{layouts.get(entry.layout, entry.layout)} · {status}"
            if entry.reason:
                line += "\n" + self.tr("Reason: %1").replace("%1", entry.reason)
            self.entries.addItem(line)
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
