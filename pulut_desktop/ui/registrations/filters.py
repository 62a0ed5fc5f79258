"""The search box and filters above the registrations list; they build a ``RegistrationQuery``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.reference import RegionLevel, regions
from ...domain.registration import FundingSource
from ...domain.status import Status
from ...storage.queries import RegistrationQuery
from ...storage.review import DriveChoice
from ..registration.search_combo import SearchCombo
from .labels import funding_label, status_label

SEARCH_DEBOUNCE_MS = 250
_NO_DATE = QDate(2000, 1, 1)


def _date_edit(parent: QWidget) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("—")  # shown at the minimum date: no limit
    edit.setDate(_NO_DATE)
    return edit


def _as_date(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == _NO_DATE else value.toPython()


class FilterBar(QWidget):
    sig_query_changed = Signal(object)
    """The officer changed the search text or a filter (a RegistrationQuery)."""

    def __init__(self, base: RegistrationQuery, show_status: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._base = base
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, NIK (first digits) or registration number"))
        self.search_edit.setClearButtonEnabled(True)
        self.village_combo = SearchCombo(self.tr("All villages"), self)
        directory = regions()
        villages = sorted(directory.of_level(RegionLevel.VILLAGE), key=lambda r: r.name)
        self.village_combo.set_items(
            (v.code, f"{v.name} ({directory.get(v.parent_code).name})" if v.parent_code else v.name) for v in villages
        )
        self.status_combo = QComboBox(self)
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setVisible(show_status)
        self.drive_combo = QComboBox(self)
        self.drive_combo.addItem(self.tr("All drives"), None)
        self.funding_combo = QComboBox(self)
        self.funding_combo.addItem(self.tr("All funding"), None)
        for source in FundingSource:
            self.funding_combo.addItem(funding_label(source), source.value)
        self.from_edit = _date_edit(self)
        self.to_edit = _date_edit(self)
        self.reset_button = QPushButton(self.tr("Clear filters"), self)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.search_edit, 0, 0, 1, 7)
        grid.addWidget(self.reset_button, 0, 7)
        for column, (label, widget) in enumerate(
            [
                (self.tr("Village"), self.village_combo),
                (self.tr("Status"), self.status_combo),
                (self.tr("Drive"), self.drive_combo),
                (self.tr("Funding"), self.funding_combo),
                (self.tr("Created from"), self.from_edit),
                (self.tr("to"), self.to_edit),
            ]
        ):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            caption.setVisible(widget is not self.status_combo or show_status)
            grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(widget, 2, column)
        grid.setColumnStretch(0, 3)
        for column in range(1, 6):
            grid.setColumnStretch(column, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_debounce_timeout)
        self.village_combo.sig_choice_changed.connect(self._on_filter_changed)
        for combo in (self.status_combo, self.drive_combo, self.funding_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.from_edit.dateChanged.connect(self._on_filter_changed)
        self.to_edit.dateChanged.connect(self._on_filter_changed)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def set_drives(self, drives: list[DriveChoice]) -> None:
        current = self.drive_combo.currentData()
        self.drive_combo.blockSignals(True)
        while self.drive_combo.count() > 1:
            self.drive_combo.removeItem(1)
        for drive in drives:
            self.drive_combo.addItem(f"{drive.held_on:%d-%m-%Y} · {drive.place}", drive.id)
        self.drive_combo.setCurrentIndex(max(self.drive_combo.findData(current), 0))
        self.drive_combo.blockSignals(False)

    def query(self) -> RegistrationQuery:
        status = self.status_combo.currentData()
        return replace(
            self._base,
            text=self.search_edit.text().strip(),
            village_code=self.village_combo.code() or None,
            statuses=(status,) if status is not None else self._base.statuses,
            drive_id=self.drive_combo.currentData(),
            funding_source=self.funding_combo.currentData(),
            created_from=_as_date(self.from_edit),
            created_to=_as_date(self.to_edit),
        )

    def with_sort(self, query: RegistrationQuery) -> None:
        """Keep the sort the table chose when the filters change."""
        self._base = replace(self._base, sort=query.sort, descending=query.descending)

    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_debounce_timeout(self) -> None:
        self._debounce.stop()
        self.sig_query_changed.emit(self.query())

    def _on_filter_changed(self, *_args: object) -> None:
        self.sig_query_changed.emit(self.query())

    def _on_reset_button_clicked(self) -> None:
        widgets = (
            self.search_edit,
            self.village_combo,
            self.status_combo,
            self.drive_combo,
            self.funding_combo,
            self.from_edit,
            self.to_edit,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.search_edit.clear()
        self.village_combo.set_code(None)
        for combo in (self.status_combo, self.drive_combo, self.funding_combo):
            combo.setCurrentIndex(0)
        self.from_edit.setDate(_NO_DATE)
        self.to_edit.setDate(_NO_DATE)
        for widget in widgets:
            widget.blockSignals(False)
        self._on_debounce_timeout()
