"""Identitas: the KTP fields. The NIK is decoded as it is typed and fills birth date and sex."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...domain.errors import NikError
from ...domain.nik import PROVINCE_CODES, NikParts, parse_nik
from ...domain.people import Sex
from ...domain.reference import regions
from .widgets import HINT_COLOUR, FieldBlock, section_grid

DATE_FORMAT = "%d-%m-%Y"
_EMPTY_DATE = "--"


def parse_date_text(text: str) -> date | None:
    """``"17-08-1985"`` -> a date; None when empty or not a real date."""
    if text.replace("-", "").strip() == "":
        return None
    try:
        return datetime.strptime(text.strip(), DATE_FORMAT).date()
    except ValueError:
        return None


def _digits_edit(parent: QWidget, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(16)
    edit.setValidator(QRegularExpressionValidator(r"[0-9 ]{0,19}", edit))
    edit.setPlaceholderText(placeholder)
    return edit


class IdentitySection(QGroupBox):
    sig_changed = Signal()
    """A field of the section was edited."""
    sig_existing_open_requested = Signal(str)
    """The officer asked to open the record that already has this NIK (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Identity (as on the KTP)"))
        self.nik_edit = _digits_edit(self, self.tr("16 digits"))
        self.kk_edit = _digits_edit(self, self.tr("16 digits, optional"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(100)
        self.birth_place_edit = QLineEdit(self)
        self.birth_date_edit = QLineEdit(self)
        self.birth_date_edit.setInputMask("00-00-0000;_")
        self.birth_date_edit.setToolTip(self.tr("Day-month-year, for example 17-08-1985"))
        self.sex_combo = QComboBox(self)
        self.sex_combo.addItem("", "")
        self.sex_combo.addItem(self.tr("Male (L)"), Sex.MALE.value)
        self.sex_combo.addItem(self.tr("Female (P)"), Sex.FEMALE.value)
        self.mother_edit = QLineEdit(self)
        self.mother_edit.setMaxLength(100)
        self.nik_decoded = QLabel(self)
        self.nik_decoded.setStyleSheet(f"color: {HINT_COLOUR}; font-size: 9pt;")
        self.nik_decoded.setWordWrap(True)
        self.duplicate_box = QWidget(self)
        self.duplicate_label = QLabel(self.duplicate_box)
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setStyleSheet("color: #B42318; font-weight: 600;")
        self.open_existing_button = QPushButton(self.tr("Open the existing record"), self.duplicate_box)
        row = QHBoxLayout(self.duplicate_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duplicate_label, 1)
        row.addWidget(self.open_existing_button)
        self.duplicate_box.hide()
        self._existing_id = ""

        self.blocks = {
            "nik": FieldBlock(self.tr("NIK"), self.nik_edit, self, required=True),
            "kk_number": FieldBlock(self.tr("Family card no. (KK)"), self.kk_edit, self),
            "full_name": FieldBlock(self.tr("Full name as on the KTP"), self.name_edit, self, required=True),
            "birth_place": FieldBlock(self.tr("Place of birth"), self.birth_place_edit, self, required=True),
            "birth_date": FieldBlock(self.tr("Date of birth (dd-mm-yyyy)"), self.birth_date_edit, self, required=True),
            "sex": FieldBlock(self.tr("Sex"), self.sex_combo, self, required=True),
            "mother_maiden_name": FieldBlock(self.tr("Mother's maiden name"), self.mother_edit, self),
        }
        nik_block = self.blocks["nik"]
        nik_block.layout().insertWidget(2, self.nik_decoded)
        section_grid(
            self,
            [
                (nik_block, 0, 0, 1, 2),
                (self.blocks["kk_number"], 0, 2, 1, 2),
                (self.duplicate_box, 1, 0, 1, 4),
                (self.blocks["full_name"], 2, 0, 1, 4),
                (self.blocks["birth_place"], 3, 0, 1, 2),
                (self.blocks["birth_date"], 3, 2),
                (self.blocks["sex"], 3, 3),
                (self.blocks["mother_maiden_name"], 4, 0, 1, 4),
            ],
        )

        for edit in (self.kk_edit, self.name_edit, self.birth_place_edit, self.birth_date_edit, self.mother_edit):
            edit.textChanged.connect(self._on_field_changed)
        self.nik_edit.textChanged.connect(self._on_nik_edit_text_changed)
        self.sex_combo.currentIndexChanged.connect(self._on_field_changed)
        self.open_existing_button.clicked.connect(self._on_open_existing_button_clicked)

    def focus_chain(self) -> list[QWidget]:
        return [
            self.nik_edit,
            self.kk_edit,
            self.name_edit,
            self.birth_place_edit,
            self.birth_date_edit,
            self.sex_combo,
            self.mother_edit,
        ]

    # -- state ---------------------------------------------------------------------------------
    def state(self) -> dict:
        birth = self.birth_date_edit.text()
        return {
            "nik": self.nik_edit.text(),
            "kk_number": self.kk_edit.text(),
            "full_name": self.name_edit.text(),
            "birth_place": self.birth_place_edit.text(),
            "birth_date": "" if birth == _EMPTY_DATE else birth,
            "sex": self.sex_combo.currentData() or "",
            "mother_maiden_name": self.mother_edit.text(),
        }

    def set_state(self, state: dict) -> None:
        self.nik_edit.setText(state.get("nik", ""))
        self.kk_edit.setText(state.get("kk_number", ""))
        self.name_edit.setText(state.get("full_name", ""))
        self.birth_place_edit.setText(state.get("birth_place", ""))
        self.birth_date_edit.setText(state.get("birth_date", ""))
        self.sex_combo.setCurrentIndex(max(self.sex_combo.findData(state.get("sex", "")), 0))
        self.mother_edit.setText(state.get("mother_maiden_name", ""))
        self._update_nik_decoded()

    # -- duplicate NIK ---------------------------------------------------------------------------
    def show_duplicate(self, message: str, existing_id: str) -> None:
        """Beside the NIK: the record on this laptop that has it (with a button to open it)."""
        self._existing_id = existing_id
        self.duplicate_label.setStyleSheet("color: #B42318; font-weight: 600;")
        self.duplicate_label.setText(message)
        self.open_existing_button.setVisible(bool(existing_id))
        self.duplicate_box.setVisible(bool(message))

    def show_roster_notice(self, message: str) -> None:
        """Beside the NIK: the province's roster probably knows it (a warning, the save is not blocked)."""
        self.show_duplicate(message, "")
        self.duplicate_label.setStyleSheet("color: #B54708; font-weight: 600;")

    def clear_duplicate(self) -> None:
        self.show_duplicate("", "")

    # -- NIK decoding ----------------------------------------------------------------------------
    def _decode(self) -> NikParts | None:
        text = "".join(self.nik_edit.text().split())
        if len(text) != 16:
            return None
        try:
            return parse_nik(text)
        except NikError:
            return None

    def _update_nik_decoded(self) -> NikParts | None:
        parts = self._decode()
        if parts is None:
            self.nik_decoded.clear()
            self.nik_decoded.hide()
            return None
        district = regions().district_by_digits(parts.nik[:6])
        regency = regions().get(parts.regency_code)
        place = (
            f"{district.name}, {regency.name}"
            if district and regency
            else PROVINCE_CODES.get(parts.province_code, parts.province_code)
        )
        sex = self.tr("male") if parts.sex is Sex.MALE else self.tr("female")
        self.nik_decoded.setText(
            self.tr("NIK: {sex}, born {born}, issued in {place}").format(
                sex=sex, born=parts.birth_date.strftime(DATE_FORMAT), place=place
            )
        )
        self.nik_decoded.show()
        return parts

    def _on_nik_edit_text_changed(self, _text: str) -> None:
        parts = self._update_nik_decoded()
        if parts is not None:
            # Fill only what is still empty: what the officer typed from the KTP always wins.
            if parse_date_text(self.birth_date_edit.text()) is None and self.birth_date_edit.text() in (
                "",
                _EMPTY_DATE,
            ):
                self.birth_date_edit.setText(parts.birth_date.strftime(DATE_FORMAT))
            if not self.sex_combo.currentData():
                self.sex_combo.setCurrentIndex(self.sex_combo.findData(parts.sex.value))
        if self.duplicate_box.isVisibleTo(self):
            self.clear_duplicate()  # said about another NIK
        self.sig_changed.emit()

    def _on_field_changed(self, *_args: object) -> None:
        self.sig_changed.emit()

    def _on_open_existing_button_clicked(self) -> None:
        if self._existing_id:
            self.sig_existing_open_requested.emit(self._existing_id)
