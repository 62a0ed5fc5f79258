"""Step 3 of the village-list import: what the file's own words mean in the picklist, once per file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.reference import occupations
from ...fieldops.value_mapping import ValueChoice, ValueMap, value_map_of
from ..registration.search_combo import SearchCombo
from ..widgets import card, heading
from .import_steps import field_label

VALUE, ROWS, MEANING = range(3)


class ValuesStep(QWidget):
    """Each distinct word of a picklist column (occupation) with a suggested meaning to accept or change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card("importValuesCard")
        layout.addWidget(heading(self.tr("3. Match the words of the list"), 2))
        self.hint = QLabel(self.tr(
            "The list uses its own words for these fields. Check the suggested meaning of each word once; "
            "the choice is remembered for the next list. A word left empty stays a problem of its rows."
        ))  # fmt: skip
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("importValues")
        self.table.setHorizontalHeaderLabels([self.tr("Word in the list"), self.tr("Rows"), self.tr("Means")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROWS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MEANING, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.choices: list[ValueChoice] = []
        self.combos: list[SearchCombo] = []

    def show_choices(self, choices: list[ValueChoice]) -> None:
        self.choices = list(choices)
        self.combos = []
        self.table.setRowCount(len(choices))
        items = sorted(((job.id, job.name) for job in occupations().values()), key=lambda item: item[1])
        for row, choice in enumerate(choices):
            word = QTableWidgetItem(f"{field_label(choice.field)}: {choice.value}")
            if choice.remembered:
                word.setToolTip(self.tr("Chosen for an earlier list"))
            self.table.setItem(row, VALUE, word)
            self.table.setItem(row, ROWS, QTableWidgetItem(str(choice.rows)))
            combo = SearchCombo(self.tr("Type to search an occupation"))
            combo.setObjectName(f"importValue_{row}")
            combo.set_items(items)
            combo.set_code(choice.choice)
            self.table.setCellWidget(row, MEANING, combo)
            self.combos.append(combo)
        self.table.resizeRowsToContents()
        if self.combos:
            for first, second in zip(self.combos, self.combos[1:], strict=False):
                QWidget.setTabOrder(first, second)

    def focus_first(self) -> None:
        if self.combos:
            self.combos[0].setFocus()

    def value_map(self) -> ValueMap:
        """The officer's choices, keyed for ImportOptions.value_map (empty words left out)."""
        chosen = {(c.field, c.value): combo.code() or None for c, combo in zip(self.choices, self.combos, strict=True)}
        return value_map_of(chosen)
