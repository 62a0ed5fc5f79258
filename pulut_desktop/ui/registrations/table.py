"""The table view both the list and the approval queue use: columns sized for a 1366-pixel screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .delegate import StatusPillDelegate
from .model import RegistrationColumn, RegistrationTableModel


def make_registration_table(model: RegistrationTableModel, parent: QWidget, multi_select: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setItemDelegateForColumn(RegistrationColumn.STATUS, StatusPillDelegate(view))
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
    model.apply_widths(view)
    header.setSectionResizeMode(RegistrationColumn.NAME, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    query = model.query
    column = model.column_of(query.sort)  # the NUMBER column is 0: test for None, not truth
    if column is None:
        column = RegistrationColumn.CREATED
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # after the indicator, so enabling it does not start a second search
    return view
