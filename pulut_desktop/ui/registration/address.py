"""Alamat: street address, the regency → district → village cascade, and the worker's phone."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QLineEdit, QWidget

from ...domain.reference import regions
from .search_combo import SearchCombo
from .widgets import HINT_COLOUR, FieldBlock, section_grid


def _choices(parent_code: str | None) -> list[tuple[str, str]]:
    if not parent_code:
        return []
    return [(r.code, r.name) for r in regions().children(parent_code)]


class AddressSection(QGroupBox):
    sig_changed = Signal()
    """A field of the section was edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Address"))
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(200)
        self.address_edit.setPlaceholderText(self.tr("Street, house number, RT/RW, hamlet"))
        self.regency_combo = SearchCombo(self.tr("Type to search"), self)
        self.district_combo = SearchCombo(self.tr("Type to search"), self)
        self.village_combo = SearchCombo(self.tr("Type to search"), self)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(20)
        self.phone_edit.setPlaceholderText(self.tr("08xx, optional"))
        self.regency_combo.set_items((r.code, r.name) for r in regions().regencies())
        self.drive_hint = QLabel(self)  # "filled from the open drive"
        self.drive_hint.setObjectName("driveHint")
        self.drive_hint.setStyleSheet(f"color: {HINT_COLOUR}; font-size: 9pt;")
        self.drive_hint.setWordWrap(True)
        self.drive_hint.hide()

        self.blocks = {
            "address_line": FieldBlock(self.tr("Address"), self.address_edit, self, required=True),
            "regency": FieldBlock(self.tr("Regency / city"), self.regency_combo, self, required=True),
            "district": FieldBlock(self.tr("District (kecamatan)"), self.district_combo, self, required=True),
            "village_code": FieldBlock(self.tr("Village (desa / kelurahan)"), self.village_combo, self, required=True),
            "phone": FieldBlock(self.tr("Mobile phone"), self.phone_edit, self),
        }
        section_grid(
            self,
            [
                (self.blocks["address_line"], 0, 0, 1, 3),
                (self.blocks["phone"], 0, 3),
                (self.blocks["regency"], 1, 0),
                (self.blocks["district"], 1, 1),
                (self.blocks["village_code"], 1, 2, 1, 2),
                (self.drive_hint, 2, 0, 1, 4),
            ],
        )

        self.address_edit.textChanged.connect(self._on_field_changed)
        self.phone_edit.textChanged.connect(self._on_field_changed)
        self.regency_combo.sig_choice_changed.connect(self._on_regency_combo_choice_changed)
        self.district_combo.sig_choice_changed.connect(self._on_district_combo_choice_changed)
        self.village_combo.sig_choice_changed.connect(self._on_field_changed)

    def focus_chain(self) -> list[QWidget]:
        return [self.address_edit, self.regency_combo, self.district_combo, self.village_combo, self.phone_edit]

    def state(self) -> dict:
        return {
            "address_line": self.address_edit.text(),
            "regency": self.regency_combo.code(),
            "district": self.district_combo.code(),
            "village_code": self.village_combo.code(),
            "phone": self.phone_edit.text(),
        }

    def set_state(self, state: dict) -> None:
        self.address_edit.setText(state.get("address_line", ""))
        village = regions().get(state.get("village_code") or "")
        chain = {r.level.value: r.code for r in regions().ancestors(village.code)} if village else {}
        self.regency_combo.set_code(state.get("regency") or chain.get("regency"))
        self.district_combo.set_code(state.get("district") or chain.get("district"))
        self.village_combo.set_code(state.get("village_code"))
        self.phone_edit.setText(state.get("phone", ""))

    def show_drive_hint(self, place: str | None) -> None:
        """Say that regency, district and village come from the open registration drive (or hide it)."""
        if place is None:
            self.drive_hint.hide()
            return
        self.drive_hint.setText(self.tr("Filled in from the open registration drive (%1).").replace("%1", place))
        self.drive_hint.show()

    def _on_regency_combo_choice_changed(self, code: str) -> None:
        self.district_combo.set_items(_choices(code))
        self.sig_changed.emit()

    def _on_district_combo_choice_changed(self, code: str) -> None:
        self.village_combo.set_items(_choices(code))
        self.sig_changed.emit()

    def _on_field_changed(self, *_args: object) -> None:
        self.sig_changed.emit()
