"""The table view both the list and the approval queue use: columns sized for a 1366-pixel screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .delegate import StatusPillDelegate
from .model import (
    COL_BIRTH,
    COL_CREATED,
    COL_FUNDING,
    COL_NAME,
    COL_NIK,
    COL_NUMBER,
    COL_OCCUPATION,
    COL_REASON,
    COL_STATUS,
    COL_VILLAGE,
    SORT_KEYS,
    RegistrationTableModel,
)

_WIDTHS = {
    COL_NUMBER: 168, COL_NIK: 138, COL_BIRTH: 86, COL_VILLAGE: 130, COL_OCCUPATION: 150,
    COL_FUNDING: 78, COL_STATUS: 128, COL_CREATED: 118, COL_REASON: 170,
}  # fmt: skip


def make_registration_table(model: RegistrationTableModel, parent: QWidget, multi_select: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegateForColumn(COL_STATUS, StatusPillDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi_select
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    # Fixed row height: the view never asks every row for its size (200,000 rows stay cheap).
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in _WIDTHS.items():
        view.setColumnWidth(column, width)
    header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    query = model.query
    column = next((c for c, key in SORT_KEYS.items() if key is query.sort), COL_CREATED)
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # after the indicator, so enabling it does not start a second search
    return view
