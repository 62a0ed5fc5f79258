"""Beranda's "after registration" card: BPJS's answers, renewals and exits, in numbers."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ..storage.after_counts import AfterRegistrationCounts
from .widgets import card, heading

FIGURES = {
    "enrolled": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Enrolled at BPJS"),
    "awaiting_bpjs": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Waiting for BPJS"),
    "rejected_by_bpjs": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Rejected by BPJS"),
    "due_for_renewal": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Due for renewal"),
    "not_renewed": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Ended, not renewed"),
    "renewed": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Renewed"),
    "deaths": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Died"),
    "other_exits": QT_TRANSLATE_NOOP("AfterRegistrationCard", "Other exits"),
}


class AfterRegistrationCard(QWidget):
    sig_counts_shown = Signal(object)
    """The figures were put on screen (an AfterRegistrationCounts)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card("afterCard")
        layout.addWidget(heading(self.tr("After registration"), 2))
        grid = QGridLayout()
        grid.setHorizontalSpacing(48)
        grid.setVerticalSpacing(6)
        self.figures: dict[str, QLabel] = {}
        for index, (key, caption) in enumerate(FIGURES.items()):
            count = QLabel("–")
            count.setObjectName(f"after_{key}")
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, column = index % 4, (index // 4) * 2
            grid.addWidget(QLabel(QCoreApplication.translate("AfterRegistrationCard", caption)), row, column)
            grid.addWidget(count, row, column + 1)
            self.figures[key] = count
        layout.addLayout(grid)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def show_counts(self, counts: AfterRegistrationCounts) -> None:
        for key, label in self.figures.items():
            label.setText(f"{getattr(counts, key):,}".replace(",", "."))
        self.sig_counts_shown.emit(counts)
