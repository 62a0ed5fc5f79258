"""Ahli waris: the heirs as an editable table (name, relationship, optional NIK, phone)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.registration import MAX_HEIRS, HeirRelationship
from .widgets import FieldFeedback

COL_NAME, COL_RELATIONSHIP, COL_NIK, COL_PHONE = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole
RELATIONSHIP_LABELS = {
    HeirRelationship.SPOUSE: QT_TRANSLATE_NOOP("HeirsSection", "Husband / wife"),
    HeirRelationship.CHILD: QT_TRANSLATE_NOOP("HeirsSection", "Child"),
    HeirRelationship.PARENT: QT_TRANSLATE_NOOP("HeirsSection", "Parent"),
    HeirRelationship.SIBLING: QT_TRANSLATE_NOOP("HeirsSection", "Sibling"),
    HeirRelationship.GRANDCHILD: QT_TRANSLATE_NOOP("HeirsSection", "Grandchild"),
    HeirRelationship.GRANDPARENT: QT_TRANSLATE_NOOP("HeirsSection", "Grandparent"),
    HeirRelationship.PARENT_IN_LAW: QT_TRANSLATE_NOOP("HeirsSection", "Parent-in-law"),
    HeirRelationship.OTHER: QT_TRANSLATE_NOOP("HeirsSection", "Other (named in a will)"),
}


def relationship_label(code: str) -> str:
    try:
        return QCoreApplication.translate("HeirsSection", RELATIONSHIP_LABELS[HeirRelationship(code)])
    except ValueError:
        return code


class RelationshipDelegate(QStyledItemDelegate):
    """A combo editor for the relationship column; the item keeps the code in ``CODE_ROLE``."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for relationship in HeirRelationship:
            combo.addItem(relationship_label(relationship.value), relationship.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(CODE_ROLE)), 0))

    def setModelData(self, editor: QWidget, model, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), CODE_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class HeirsTable(QTableWidget):
    """Tab in a cell's editor moves to the next cell, and out of the table after the last cell (Shift+Tab:
    before the first), instead of wrapping round the table for ever."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        last = index.row() == self.rowCount() - 1 and index.column() == self.columnCount() - 1
        first = index.row() == 0 and index.column() == 0
        leave_next = hint == QAbstractItemDelegate.EndEditHint.EditNextItem and last
        leave_previous = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem and first
        if not (leave_next or leave_previous):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        target = self.nextInFocusChain() if leave_next else self.previousInFocusChain()
        while target is not None and target is not self and not (
            target.isVisible() and target.isEnabled() and target.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not self.isAncestorOf(target)
        ):  # fmt: skip
            target = target.nextInFocusChain() if leave_next else target.previousInFocusChain()
        if target is not None and target is not self:
            target.setFocus(Qt.FocusReason.TabFocusReason if leave_next else Qt.FocusReason.BacktabFocusReason)


class HeirsSection(QGroupBox):
    sig_changed = Signal()
    """An heir was added, removed or edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Heirs"))
        self.table = HeirsTable(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Relationship"), self.tr("NIK (optional)"), self.tr("Phone (optional)")]
        )
        self.table.setItemDelegateForColumn(COL_RELATIONSHIP, RelationshipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; Tab inside an open editor moves on
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_RELATIONSHIP, 190), (COL_NIK, 160), (COL_PHONE, 140)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(180)
        self.add_button = QPushButton(self.tr("Add heir"), self)
        self.remove_button = QPushButton(self.tr("Remove heir"), self)
        self.feedback = FieldFeedback(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [self.add_button, self.table, self.remove_button]

    def add_heir(self, heir: dict | None = None, edit: bool = True) -> None:
        heir = heir or {}
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        relationship = heir.get("relationship") or HeirRelationship.SPOUSE.value
        relationship_item = QTableWidgetItem(relationship_label(relationship))
        relationship_item.setData(CODE_ROLE, relationship)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(heir.get("name", "")))
        self.table.setItem(row, COL_RELATIONSHIP, relationship_item)
        self.table.setItem(row, COL_NIK, QTableWidgetItem(heir.get("nik") or ""))
        self.table.setItem(row, COL_PHONE, QTableWidgetItem(heir.get("phone") or ""))
        self.table.blockSignals(False)
        self._update_buttons()
        if edit:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentCell(row, COL_NAME)
            self.table.editItem(self.table.item(row, COL_NAME))
        self.sig_changed.emit()

    def state(self) -> list[dict]:
        heirs = []
        for row in range(self.table.rowCount()):

            def cell(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text() if item else ""

            relationship = self.table.item(row, COL_RELATIONSHIP)
            heirs.append(
                {
                    "name": cell(COL_NAME),
                    "relationship": relationship.data(CODE_ROLE) if relationship else HeirRelationship.OTHER.value,
                    "nik": cell(COL_NIK),
                    "phone": cell(COL_PHONE),
                }
            )
        return heirs

    def set_state(self, heirs: list[dict]) -> None:
        self.table.setRowCount(0)
        for heir in heirs:
            self.add_heir(heir, edit=False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.table.rowCount() < MAX_HEIRS)
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def _on_add_button_clicked(self) -> None:
        self.add_heir()

    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self.sig_changed.emit()

    def _on_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.sig_changed.emit()
