"""The ledger as a Qt table model: one row per batch, gaps the province reported highlighted."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDateTime, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from pulut_desktop.outbox.ledger import Ledger, LedgerRow

CONTEXT = "LedgerTableModel"
(
    COL_SEQUENCE,
    COL_CREATED,
    COL_STATUS,
    COL_REGISTRATIONS,
    COL_SENT,
    COL_ANSWERED,
    COL_ACCEPTED,
    COL_DUPLICATE,
    COL_REJECTED,
    COL_HELD,
) = range(10)
HEADERS = (
    QT_TRANSLATE_NOOP("LedgerTableModel", "No."),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Created"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "State"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Registrations"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Sent"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Answered"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Accepted"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Duplicate"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Rejected"),
    QT_TRANSLATE_NOOP("LedgerTableModel", "Held"),
)
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
_NUMBERS = {COL_SEQUENCE, COL_REGISTRATIONS, COL_ANSWERED, COL_ACCEPTED, COL_DUPLICATE, COL_REJECTED, COL_HELD}


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


class LedgerTableModel(QAbstractTableModel):
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

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section in _NUMBERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._ledger.rows[index.row()]
        column = index.column()
        in_gap = row.sequence in self._gap
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in _NUMBERS else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and in_gap:
            return QBrush(GAP_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_REJECTED and row.rejected:
                return QBrush(REJECTED_TEXT)
            if column in (COL_ANSWERED, COL_ACCEPTED, COL_DUPLICATE, COL_REJECTED, COL_HELD) and not row.answered:
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
        if column == COL_SEQUENCE:
            return str(row.sequence)
        if column == COL_CREATED:
            return local_time(row.created_at)
        if column == COL_STATUS:
            state = _tr(BATCH_STATES.get(row.status, row.status))
            return f"⚠ {state}" if row.sequence in self._gap else state
        if column == COL_SENT:
            return local_time(row.sent_at)
        values = {
            COL_REGISTRATIONS: row.registrations,
            COL_ANSWERED: row.answered,
            COL_ACCEPTED: row.accepted,
            COL_DUPLICATE: row.duplicate,
            COL_REJECTED: row.rejected,
            COL_HELD: row.held_for_review,
        }
        value = values[column]
        if column != COL_REGISTRATIONS and not row.answered and row.status not in ("acknowledged", "refused", "held"):
            return "–"
        return str(value)
