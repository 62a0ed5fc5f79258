"""The search box and filters above the registrations list; they build a ``RegistrationQuery``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
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


class _ArrowsOpenList(QObject):
    """Up/Down on a closed filter list open it instead of silently taking the next value: an arrow key
    pressed on the way to the list must not narrow the list to one village ("0 waiting")."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
            if event.key() in arrows and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self._combo.showPopup()
                return True
        return False


def _arrows_open_list(combo: QComboBox) -> None:
    guard = _ArrowsOpenList(combo)
    combo.installEventFilter(guard)
    if combo.lineEdit() is not None:
        combo.lineEdit().installEventFilter(guard)


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

        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreFiltersButton")
        self.more_button.setText(self.tr("More filters"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow)
        for combo in (self.village_combo, self.status_combo, self.drive_combo, self.funding_combo):
            # Long village and drive names must not widen the page past a 1366 px screen at 125%.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14 if combo in (self.village_combo, self.status_combo) else 8)
            _arrows_open_list(combo)
        self.village_combo.setToolTip(self.tr("Village"))
        self.status_combo.setToolTip(self.tr("Status"))

        # Row one: what officers use all day. Row two ("More filters"): drive, funding, dates.
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 3)
        top.addWidget(self.village_combo, 2)
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.more_button)
        top.addWidget(self.reset_button)
        self.more_row = QWidget(self)
        self.more_row.setObjectName("moreFilters")
        more = QHBoxLayout(self.more_row)
        more.setContentsMargins(0, 0, 0, 0)
        more.setSpacing(8)
        for label, widget, stretch in (
            (self.tr("Drive"), self.drive_combo, 2),
            (self.tr("Funding"), self.funding_combo, 1),
            (self.tr("Created from"), self.from_edit, 0),
            (self.tr("to"), self.to_edit, 0),
        ):
            caption = QLabel(label, self.more_row)
            caption.setBuddy(widget)
            more.addWidget(caption)
            more.addWidget(widget, stretch)
        more.addStretch(1)
        self.more_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.more_row)

        self.more_button.toggled.connect(self._on_more_button_toggled)
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

    def show_more(self, shown: bool = True) -> None:
        """Show or hide the second row of filters (drive, funding, dates)."""
        self.more_button.setChecked(shown)

    def _on_more_button_toggled(self, shown: bool) -> None:
        self.more_row.setVisible(shown)
        self.more_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

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
