"""Table columns declared once each, and the model base that heads a view with their translated titles.

A table's columns are a ``TableColumn`` enum: a member's position is its column number (an ``int``, so
Qt takes it as it is), its title is marked for lupdate where it is declared, and what the view needs
about the column (its width, whether it holds numbers) stands on the same line. The model answers
``columnCount`` and ``headerData`` from that one declaration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@dataclass(frozen=True)
class ColumnSpec:
    title: str  # English, marked with QT_TRANSLATE_NOOP in the model's context
    width: int | None = None  # pixels at 1366×768; None: the view decides
    numeric: bool = False  # numbers are right-aligned, header and cells alike
    sort: Any = None  # what sorting by this column means to the model; None: not sortable


class TableColumn(int, Enum):
    """Subclass with members ``NAME = ColumnSpec(...)``, in the order the view shows them."""

    spec: ColumnSpec

    def __new__(cls, spec: ColumnSpec) -> TableColumn:
        number = len(cls.__members__)
        member = int.__new__(cls, number)
        member._value_ = number
        member.spec = spec
        return member

    @property
    def alignment(self) -> int:
        return RIGHT if self.spec.numeric else LEFT


class ColumnTableModel(QAbstractTableModel):
    """A table model whose header comes from its ``COLUMNS`` enum, translated in ``CONTEXT``."""

    CONTEXT: ClassVar[str]
    COLUMNS: ClassVar[type[TableColumn]]

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        column = self.COLUMNS(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.spec.title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def column_of(self, sort: Any) -> TableColumn | None:
        """The column that sorts by ``sort``, if there is one."""
        return next((column for column in self.COLUMNS if column.spec.sort == sort), None)

    def apply_widths(self, view: QTableView) -> None:
        """Give the view's columns the widths declared for them."""
        for column in self.COLUMNS:
            if column.spec.width is not None:
                view.setColumnWidth(column, column.spec.width)
