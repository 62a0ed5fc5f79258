"""The steps of the village-list import wizard: file and options, column mapping, preview."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.nik import mask_nik
from ...domain.reference import RegionLevel, regions
from ...domain.registration import FundingSource
from ...fieldops.bulk_import import FIELDS, ImportPlan
from ...fieldops.tables import Table, cell_text
from ..registration.search_combo import SearchCombo
from ..widgets import card, heading

FIELD_LABELS = {
    "nik": QT_TRANSLATE_NOOP("ImportWizard", "NIK"),
    "full_name": QT_TRANSLATE_NOOP("ImportWizard", "Full name"),
    "birth_place": QT_TRANSLATE_NOOP("ImportWizard", "Place of birth"),
    "birth_date": QT_TRANSLATE_NOOP("ImportWizard", "Birth date"),
    "sex": QT_TRANSLATE_NOOP("ImportWizard", "Sex (L/P)"),
    "address_line": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone number"),
    "occupation": QT_TRANSLATE_NOOP("ImportWizard", "Occupation"),
    "village": QT_TRANSLATE_NOOP("ImportWizard", "Village (name or code)"),
    "kk_number": QT_TRANSLATE_NOOP("ImportWizard", "KK number"),
    "mother_maiden_name": QT_TRANSLATE_NOOP("ImportWizard", "Mother's maiden name"),
}
PREVIEW_LIMIT = 500


def field_label(key: str) -> str:
    return QCoreApplication.translate("ImportWizard", FIELD_LABELS[key])


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    return table


class FileStep(QWidget):
    """Choose the file, the district where village names are looked up, and the funding source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card("importFileCard")
        layout.addWidget(heading(self.tr("1. Choose the village's list"), 2))
        hint = QLabel(self.tr(
            "A CSV or Excel (XLSX) file with one worker per row and the column names in the first row. "
            "Valid rows are saved as drafts in one go; the worker completes consent and heirs at the desk."
        ))  # fmt: skip
        hint.setWordWrap(True)
        hint.setObjectName("muted")
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("importChoose")
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("importFile")
        pick = QHBoxLayout()
        pick.addWidget(self.choose_button)
        pick.addWidget(self.file_label, 1)
        self.district = SearchCombo(self.tr("Type to search a district"))
        self.district.setObjectName("importDistrict")
        directory = regions()
        self.district.set_items(
            (d.code, f"{d.name} — {directory.get(d.parent_code).name}")
            for d in sorted(directory.of_level(RegionLevel.DISTRICT), key=lambda r: r.name)
        )
        self.default_village = QLabel()
        self.default_village.setObjectName("importDefaultVillage")
        self.default_village.setWordWrap(True)
        self.funding = QComboBox()
        self.funding.setObjectName("importFunding")
        self.funding.addItem(self.tr("Provincial budget (APBD)"), FundingSource.APBD.value)
        self.funding.addItem(self.tr("Palm-oil revenue share (DBH Sawit)"), FundingSource.DBH_SAWIT.value)
        form = QFormLayout()
        form.addRow(self.tr("File"), pick)
        form.addRow(self.tr("District of the villages"), self.district)
        form.addRow("", self.default_village)
        form.addRow(self.tr("Funding source"), self.funding)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)


class MappingStep(QWidget):
    """Which column of the file holds which field; guessed from the header names, changeable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card("importMappingCard")
        layout.addWidget(heading(self.tr("2. Match the columns"), 2))
        hint = QLabel(self.tr("Columns were matched by their names. Check each field; * marks a required one."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.table = _table([self.tr("Field"), self.tr("Column in the file"), self.tr("First value")], "importMapping")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._table_data: Table | None = None

    def show_table(self, table: Table, mapping: dict[str, int]) -> None:
        self._table_data = table
        self.table.setRowCount(len(FIELDS))
        self.combos.clear()
        for row, spec in enumerate(FIELDS):
            label = field_label(spec.key) + (" *" if spec.required else "")
            self.table.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.setObjectName(f"importColumn_{spec.key}")
            combo.addItem(self.tr("— not in the file —"), -1)
            for index, name in enumerate(table.headers):
                combo.addItem(name or self.tr("(column %1)").replace("%1", str(index + 1)), index)
            combo.setCurrentIndex(max(combo.findData(mapping.get(spec.key, -1)), 0))
            combo.currentIndexChanged.connect(lambda _i, r=row: self._show_sample(r))
            self.table.setCellWidget(row, 1, combo)
            self.combos[spec.key] = combo
            self._show_sample(row)
        self.table.resizeRowsToContents()

    def _show_sample(self, row: int) -> None:
        spec = FIELDS[row]
        column = self.combos[spec.key].currentData()
        sample = ""
        if self._table_data is not None and self._table_data.rows and column is not None and column >= 0:
            values = self._table_data.rows[0][1]
            sample = cell_text(values[column]) if column < len(values) else ""
        item = QTableWidgetItem(sample)
        item.setForeground(Qt.GlobalColor.darkGray)
        self.table.setItem(row, 2, item)

    def mapping(self) -> dict[str, int]:
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() >= 0}

    def set_column(self, key: str, column: int | None) -> None:
        combo = self.combos[key]
        combo.setCurrentIndex(max(combo.findData(-1 if column is None else column), 0))


class PreviewStep(QWidget):
    """Every row with its problems; the error report and the import are one click away."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        frame, layout = card("importPreviewCard")
        layout.addWidget(heading(self.tr("4. Check the rows"), 2))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.only_errors = QCheckBox(self.tr("Show only rows with problems"))
        self.only_errors.setObjectName("importOnlyErrors")
        self.table = _table([self.tr("Row"), self.tr("NIK"), self.tr("Name"), self.tr("Result")], "importPreview")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Save the error report…"))
        self.report_button.setObjectName("importSaveReport")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_errors)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self._plan: ImportPlan | None = None
        self._language = "id"
        self.only_errors.toggled.connect(lambda _on: self._fill())

    def show_plan(self, plan: ImportPlan, language: str) -> None:
        self._plan, self._language = plan, language
        bad = len(plan.bad_rows)
        self.summary.setText(
            self.tr("%1 rows read: <b>%2 valid</b>, <b style='color:#8a1c12'>%3 with problems</b>.")
            .replace("%1", str(plan.total)).replace("%2", str(len(plan.valid))).replace("%3", str(bad))
        )  # fmt: skip
        self.report_button.setEnabled(bad > 0)
        self.only_errors.setChecked(bad > 0)
        self._fill()

    def _fill(self) -> None:
        plan = self._plan
        if plan is None:
            return
        problems = plan.errors_by_row()
        valid = {number: reg for number, reg in plan.valid}
        rows = []
        for number, _values in plan.table.rows:
            if number in problems:
                errors = problems[number]
                rows.append((number, errors[0].nik, errors[0].name,
                             "\n".join(f"{e.column}: {e.message(self._language)}" for e in errors), True))  # fmt: skip
            elif not self.only_errors.isChecked():
                reg = valid[number]
                rows.append((number, reg.nik, reg.full_name, self.tr("OK — will be saved as a draft"), False))
        rows = rows[:PREVIEW_LIMIT]
        self.table.setRowCount(len(rows))
        for index, (number, nik, name, result, bad) in enumerate(rows):
            for column, value in enumerate((str(number), mask_nik(nik) if len(nik) == 16 else nik, name, result)):
                item = QTableWidgetItem(value)
                if bad and column == 3:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
