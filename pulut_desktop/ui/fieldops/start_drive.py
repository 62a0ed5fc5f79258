"""The "start a drive" form: regency -> district -> village (type to search), date, place, team."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from ...domain.reference import regions
from ..registration.identity import DATE_FORMAT, parse_date_text
from ..registration.search_combo import SearchCombo
from ..widgets import InlineMessage


class StartDriveForm(QWidget):
    sig_start_requested = Signal(dict)
    """The officer pressed Start with these values: village_code, held_on, place, team."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regency = SearchCombo(self.tr("Type to search a regency"))
        self.regency.setObjectName("driveRegency")
        self.district = SearchCombo(self.tr("Type to search a district"))
        self.district.setObjectName("driveDistrict")
        self.village = SearchCombo(self.tr("Type to search a village"))
        self.village.setObjectName("driveVillage")
        # Typed like the form's birth date (a QDateEdit entered by Tab sat on the year and refused digits).
        self.held_on = QLineEdit(date.today().strftime(DATE_FORMAT))
        self.held_on.setObjectName("driveDate")
        self.held_on.setInputMask("00-00-0000;_")
        self.held_on.setToolTip(self.tr("Day-month-year, for example 17-08-2026"))
        self.place = QLineEdit()
        self.place.setObjectName("drivePlace")
        self.place.setPlaceholderText(self.tr("e.g. Balai Desa"))
        self.place.setMaxLength(120)
        self.team = QLineEdit()
        self.team.setObjectName("driveTeam")
        self.team.setPlaceholderText(self.tr("Names of the officers, separated by commas"))
        self.start_button = QPushButton(self.tr("Start the drive"))
        self.start_button.setObjectName("driveStart")
        self.start_button.setProperty("primary", True)
        self.message = InlineMessage()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(8)
        form.addRow(self.tr("Regency/city"), self.regency)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Team"), self.team)
        form.addRow("", self.start_button)
        form.addRow("", self.message)
        self.regency.set_items((r.code, r.name) for r in regions().regencies())
        self.regency.sig_choice_changed.connect(self._on_regency_choice_changed)
        self.district.sig_choice_changed.connect(self._on_district_choice_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)

    def set_regency(self, code: str) -> None:
        if not self.regency.code():
            self.regency.set_code(code)

    def choose_village(self, village_code: str) -> None:
        """Select a village and its district and regency (tests and defaults)."""
        chain = {r.level.value: r.code for r in regions().ancestors(village_code)}
        self.regency.set_code(chain.get("regency"))
        self.district.set_code(chain.get("district"))
        self.village.set_code(village_code)

    def values(self) -> dict:
        """``held_on`` is None while the typed date is not a real dd-mm-yyyy date."""
        return {
            "village_code": self.village.code(),
            "held_on": parse_date_text(self.held_on.text()),
            "place": self.place.text(),
            "team": self.team.text(),
        }

    def _on_regency_choice_changed(self, code: str) -> None:
        self.district.set_items(((r.code, r.name) for r in regions().children(code)) if code else [], keep=False)

    def _on_district_choice_changed(self, code: str) -> None:
        self.village.set_items(((r.code, r.name) for r in regions().children(code)) if code else [], keep=False)

    def _on_start_button_clicked(self) -> None:
        values = self.values()
        if not values["village_code"]:
            self.message.show_error(self.tr("Choose the village of the drive."))
            self.village.setFocus()
            return
        if values["held_on"] is None:
            self.message.show_error(self.tr("Write the date of the drive as dd-mm-yyyy."))
            self.held_on.setFocus()
            return
        if not values["place"].strip():
            self.message.show_error(self.tr("Write where the drive takes place."))
            self.place.setFocus()
            return
        self.message.clear_message()
        self.sig_start_requested.emit(values)

    def clear(self) -> None:
        self.place.clear()
        self.team.clear()
        self.message.clear_message()
