"""The table view both the list and the approval queue use: columns sized for a 1366-pixel screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...domain.status import Status
from .delegate import PILL_EXTRA, StatusPillDelegate
from .labels import ENROLLED_LABEL, status_label
from .model import RegistrationColumn, RegistrationTableModel

NAME_WIDTH = 240  # "SITI AMINAH BINTI ABDULLAH" whole at 10 pt
_SAMPLE_NUMBER = "PK-0000-0000-000000"


def fit_widths(view: QTableView) -> None:
    """Widths from the font, not guessed: the registration number exactly, the widest status pill in the
    language on screen ("Menunggu persetujuan"), the name readable; the note takes what is left."""
    metrics = QFontMetrics(view.font())
    view.setColumnWidth(RegistrationColumn.NUMBER, metrics.horizontalAdvance(_SAMPLE_NUMBER) + 20)
    labels = [status_label(s) for s in Status] + [QCoreApplication.translate("RegistrationLabels", ENROLLED_LABEL)]
    view.setColumnWidth(RegistrationColumn.STATUS, max(metrics.horizontalAdvance(t) for t in labels) + PILL_EXTRA)
    view.setColumnWidth(RegistrationColumn.NAME, NAME_WIDTH)
    view.setColumnWidth(RegistrationColumn.NIK, metrics.horizontalAdvance("1471010000000000") + 20)
    heading = view.horizontalHeader().fontMetrics()  # bold: "Desa/Kelurahan" whole, with the sort arrow
    village_title = view.model().headerData(RegistrationColumn.VILLAGE, Qt.Orientation.Horizontal)
    view.setColumnWidth(RegistrationColumn.VILLAGE, max(120, heading.horizontalAdvance(village_title or "") + 34))
    view.setColumnWidth(RegistrationColumn.REASON, 120)  # the last column: it stretches over the rest


def make_registration_table(
    model: RegistrationTableModel,
    parent: QWidget,
    multi_select: bool = False,
    hidden: Iterable[RegistrationColumn] = (),
) -> QTableView:
    """``hidden``: columns a screen leaves out so the name and the note fit 1366 px."""
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
    fit_widths(view)
    for column in hidden:
        view.setColumnHidden(column, True)
    header.setStretchLastSection(True)  # the note (last) takes the rest; the name keeps its width
    header.setMinimumSectionSize(60)
    query = model.query
    column = model.column_of(query.sort)  # the NUMBER column is 0: test for None, not truth
    if column is None:
        column = RegistrationColumn.CREATED
    header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # after the indicator, so enabling it does not start a second search
    return view
