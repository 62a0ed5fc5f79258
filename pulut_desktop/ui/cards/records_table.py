"""The print page's list: records that can get a card, each with a tick box, its card status and count."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...cards import CardStatus
from ...services.cards import PrintableRecord

TICK, NUMBER, NAME, CARD, PRINTED = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_COLOURS = {
    CardStatus.PROVISIONAL: ("#FEF3C7", "#92400E"),
    CardStatus.VALID: ("#DCFCE7", "#14532D"),
    CardStatus.TRAINING: ("#E5E7EB", "#374151"),
}


class RecordsTable(QTableWidget):
    sig_ticked_changed = Signal(int)
    """The number of ticked records changed."""
    sig_current_changed = Signal(str)
    """The highlighted record changed (its id, or "" for none)."""
    sig_open_requested = Signal(str)
    """The officer double-clicked a record (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setObjectName("cardRecords")
        self.setHorizontalHeaderLabels(
            ["", self.tr("Registration no."), self.tr("Name"), self.tr("Card"), self.tr("Printed")]
        )
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(30)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TICK, 34), (NUMBER, 190), (CARD, 120), (PRINTED, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        self._names: dict[str, str] = {}
        self._ticked: set[str] = set()
        self.itemChanged.connect(self._on_item_changed)
        self.currentCellChanged.connect(self._on_current_cell_changed)
        self.cellDoubleClicked.connect(self._on_cell_double_clicked)

    def set_records(self, records: Sequence[PrintableRecord]) -> None:
        """Show ``records``; ticks of records still listed are kept."""
        current = self.current_id()
        self.blockSignals(True)
        self.setRowCount(len(records))
        self._names = {r.id: r.full_name for r in records}
        self._ticked &= set(self._names)
        for row, record in enumerate(records):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked if record.id in self._ticked else Qt.CheckState.Unchecked)
            tick.setData(ID_ROLE, record.id)
            self.setItem(row, TICK, tick)
            self.setItem(row, NUMBER, self._item(record.registration_number))
            self.setItem(row, NAME, self._item(record.full_name))
            card = self._item(self.card_label(record.card_status))
            background, ink = CARD_COLOURS[record.card_status]
            card.setBackground(QColor(background))
            card.setForeground(QColor(ink))
            card.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, CARD, card)
            printed = self._item(str(record.print_count) if record.print_count else "–")
            printed.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(row, PRINTED, printed)
            if record.id == current:
                self.setCurrentCell(row, NAME)
        self.blockSignals(False)
        self.sig_ticked_changed.emit(len(self._ticked))

    def card_label(self, status: CardStatus) -> str:
        labels = {CardStatus.PROVISIONAL: self.tr("Provisional"), CardStatus.TRAINING: self.tr("Training")}
        return labels.get(status, self.tr("Valid"))

    @staticmethod
    def _item(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return item

    def record_id(self, row: int) -> str:
        item = self.item(row, TICK)
        return item.data(ID_ROLE) if item is not None else ""

    def current_id(self) -> str:
        return self.record_id(self.currentRow()) if self.currentRow() >= 0 else ""

    def ticked_ids(self) -> list[str]:
        """Ticked records in list order."""
        return [self.record_id(row) for row in range(self.rowCount()) if self.record_id(row) in self._ticked]

    def name_of(self, registration_id: str) -> str:
        return self._names.get(registration_id, "")

    def set_ticked(self, row: int, ticked: bool = True) -> None:
        self.item(row, TICK).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != TICK:
            return
        registration_id = item.data(ID_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(registration_id)
        else:
            self._ticked.discard(registration_id)
        self.sig_ticked_changed.emit(len(self._ticked))

    def _on_current_cell_changed(self, row: int, _column: int, previous_row: int, _previous_column: int) -> None:
        if row != previous_row:
            self.sig_current_changed.emit(self.record_id(row) if row >= 0 else "")

    def _on_cell_double_clicked(self, row: int, _column: int) -> None:
        self.sig_open_requested.emit(self.record_id(row))
