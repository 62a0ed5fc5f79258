"""The ledger as a Qt table model: one row per batch, gaps the province reported highlighted."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pulut_desktop.outbox.ledger import Ledger, LedgerRow

from ..table_model import ColumnSpec, ColumnTableModel, TableColumn

CONTEXT = "LedgerTableModel"


class LedgerColumn(TableColumn):
    SEQUENCE = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "No."), numeric=True)
    CREATED = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Created"))
    STATUS = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "State"))  # stretches
    REGISTRATIONS = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Registrations"), numeric=True)
    SENT = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Sent"))
    ANSWERED = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Answered"), numeric=True)
    ACCEPTED = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Accepted"), numeric=True)
    DUPLICATE = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Duplicate"), numeric=True)
    REJECTED = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Rejected"), numeric=True)
    HELD = ColumnSpec(QT_TRANSLATE_NOOP("LedgerTableModel", "Held"), numeric=True)


# What the province's receipt fills in: muted, or a dash, while no receipt has come.
_ANSWER_COLUMNS = {
    LedgerColumn.ANSWERED,
    LedgerColumn.ACCEPTED,
    LedgerColumn.DUPLICATE,
    LedgerColumn.REJECTED,
    LedgerColumn.HELD,
}
BATCH_STATES = {
    "pending": QT_TRANSLATE_NOOP("LedgerTableModel", "Not on a stick yet"),
    "sent": QT_TRANSLATE_NOOP("LedgerTableModel", "On its way"),
    "acknowledged": QT_TRANSLATE_NOOP("LedgerTableModel", "Answered"),
    "refused": QT_TRANSLATE_NOOP("LedgerTableModel", "Refused"),
    "held": QT_TRANSLATE_NOOP("LedgerTableModel", "Set aside by the province"),
}
GAP_TIP = QT_TRANSLATE_NOOP(
    "LedgerTableModel", "The province answered a later batch but has not received this one: bring it again."
)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the LedgerRow itself
GAP_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a batch in the province's gap

GAP_BACKGROUND = QColor("#fff4d6")
REJECTED_TEXT = QColor("#8a1c12")
MUTED_TEXT = QColor("#7b8794")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def local_time(value: datetime | None) -> str:
    """A stored naive-UTC time in the officer's locale and time zone; a dash when there is none."""
    if value is None:
        return "–"
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    moment = QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime()
    return QLocale().toString(moment, "dd MMM yyyy HH:mm")


class LedgerTableModel(ColumnTableModel):
    CONTEXT = CONTEXT
    COLUMNS = LedgerColumn

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ledger = Ledger()
        self._gap: set[int] = set()

    # -- data --------------------------------------------------------------------------------------
    def set_ledger(self, book: Ledger) -> None:
        self.beginResetModel()
        self._ledger = book
        self._gap = set(book.gap)
        self.endResetModel()

    def ledger(self) -> Ledger:
        return self._ledger

    def row_at(self, row: int) -> LedgerRow:
        return self._ledger.rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ledger.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._ledger.rows[index.row()]
        column = index.column()
        in_gap = row.sequence in self._gap
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return LedgerColumn(column).alignment
        if role == Qt.ItemDataRole.BackgroundRole and in_gap:
            return QBrush(GAP_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == LedgerColumn.REJECTED and row.rejected:
                return QBrush(REJECTED_TEXT)
            if column in _ANSWER_COLUMNS and not row.answered:
                return QBrush(MUTED_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if in_gap:
                return _tr(GAP_TIP)
            if row.error_code:
                return f"{row.error_code}: {row.error_message}" if row.error_message else row.error_code
        if role == ROW_ROLE:
            return row
        if role == GAP_ROLE:
            return in_gap
        return None

    def _display(self, row: LedgerRow, column: int) -> str:
        if column == LedgerColumn.SEQUENCE:
            return str(row.sequence)
        if column == LedgerColumn.CREATED:
            return local_time(row.created_at)
        if column == LedgerColumn.STATUS:
            state = _tr(BATCH_STATES.get(row.status, row.status))
            return f"⚠ {state}" if row.sequence in self._gap else state
        if column == LedgerColumn.SENT:
            return local_time(row.sent_at)
        values = {
            LedgerColumn.REGISTRATIONS: row.registrations,
            LedgerColumn.ANSWERED: row.answered,
            LedgerColumn.ACCEPTED: row.accepted,
            LedgerColumn.DUPLICATE: row.duplicate,
            LedgerColumn.REJECTED: row.rejected,
            LedgerColumn.HELD: row.held_for_review,
        }
        value = values[column]
        if column in _ANSWER_COLUMNS and not row.answered and row.status not in ("acknowledged", "refused", "held"):
            return "–"
        return str(value)
