"""The ledger card: per batch what left the laptop and what the province answered, with the gap."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from pulut_desktop.messages import CATALOGUE, text
from pulut_desktop.outbox.ledger import Ledger

from ..widgets import InlineMessage, card, heading
from .ledger_model import LedgerColumn, LedgerTableModel

PANEL_STYLE = """
QLabel#ledgerGap {
    background: #fff4d6; color: #7a4b00; border: 1px solid #f3d08a; border-radius: 6px; padding: 8px 10px;
}
"""


class _LedgerTable(QTableView):
    """A modest preferred height: the table takes what the page has left instead of pushing the page
    (in its scroll area) past the screen."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 120)


class LedgerPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerPanel")
        self.setStyleSheet(PANEL_STYLE)
        frame, layout = card("ledgerCard")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        layout.addWidget(heading(self.tr("Batches sent to the province"), 2))
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.gap = QLabel()
        self.gap.setObjectName("ledgerGap")
        self.gap.setWordWrap(True)
        self.gap.hide()
        layout.addWidget(self.gap)
        self.refused = InlineMessage()  # amber: a refused batch and the province's reason
        self.refused.setTextFormat(Qt.TextFormat.PlainText)  # the province's words are shown, never rendered
        layout.addWidget(self.refused)

        self.model = LedgerTableModel(self)
        self.table = _LedgerTable()
        self.table.setObjectName("ledgerTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LedgerColumn.STATUS, QHeaderView.ResizeMode.Stretch)  # the rest of the width
        header.setMinimumSectionSize(64)
        self.table.setMinimumHeight(96)  # the header and two rows; the page scrolls below that
        layout.addWidget(self.table, 1)

    def show_ledger(self, book: Ledger, language: str) -> None:
        self.model.set_ledger(book)
        if not book.rows:
            self.summary.setText(self.tr("No batch has left this laptop yet."))
        else:
            waiting = len(book.unacknowledged)
            self.summary.setText(
                self.tr("%1 batch(es); the province holds every batch up to no. %2; %3 still without a receipt.")
                .replace("%1", str(len(book.rows)))
                .replace("%2", str(book.contiguous_through))
                .replace("%3", str(waiting))
            )
        self.show_refusals(book, language)
        gap = book.gap
        self.gap.setVisible(bool(gap))
        if gap:
            self.gap.setText("⚠ " + text("outbox.gap", {"sequences": ", ".join(map(str, gap))}, language))

    def show_refusals(self, book: Ledger, language: str) -> None:
        """Every refused batch with the province's reason, in an amber box (empty: hidden)."""
        lines = []
        for row in book.rows:
            if row.status != "refused":
                continue
            reason = row.error_message or ""
            if row.error_code and row.error_code in CATALOGUE:
                reason = text(row.error_code, language=language)
            line = self.tr("Batch no. %1 was refused by the province: %2")
            lines.append(line.replace("%1", str(row.sequence)).replace("%2", reason or row.error_code or "?"))
        if lines:
            self.refused.show_warning("\n".join(lines))
        else:
            self.refused.clear_message()
