"""Persetujuan: the worker's consent (UU 27/2022), required before a registration is saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QGroupBox, QLineEdit, QWidget

from ...domain.registration import ConsentMethod
from ...storage.audit import utcnow
from .widgets import FieldBlock


class ConsentSection(QGroupBox):
    sig_changed = Signal()
    """A field of the section was edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Consent"))
        self.given_check = QCheckBox(
            self.tr("The worker agrees that this data is recorded and sent to BPJS Ketenagakerjaan"), self
        )
        self.method_combo = QComboBox(self)
        self.method_combo.addItem("", "")
        self.method_combo.addItem(self.tr("Signed consent form"), ConsentMethod.SIGNED_FORM.value)
        self.method_combo.addItem(self.tr("Verbal, with a witness"), ConsentMethod.VERBAL_WITNESS.value)
        self.witness_edit = QLineEdit(self)
        self.witness_edit.setMaxLength(100)
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setMaxLength(40)
        self.reference_edit.setPlaceholderText(self.tr("Number on the paper form, optional"))
        self._recorded_at: datetime | None = None

        self.blocks = {
            "consent": FieldBlock(self.tr("Consent"), self.given_check, self, required=True),
            "method": FieldBlock(self.tr("How consent was given"), self.method_combo, self, required=True),
            "witness_name": FieldBlock(self.tr("Witness name"), self.witness_edit, self),
            "form_reference": FieldBlock(self.tr("Form reference"), self.reference_edit, self),
        }
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.blocks["consent"], 0, 0, 1, 3)
        grid.addWidget(self.blocks["method"], 1, 0)
        grid.addWidget(self.blocks["witness_name"], 1, 1)
        grid.addWidget(self.blocks["form_reference"], 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)

        self.given_check.toggled.connect(self._on_given_check_toggled)
        self.method_combo.currentIndexChanged.connect(self._on_field_changed)
        self.witness_edit.textChanged.connect(self._on_field_changed)
        self.reference_edit.textChanged.connect(self._on_field_changed)
        self._update_enabled()

    def focus_chain(self) -> list[QWidget]:
        return [self.given_check, self.method_combo, self.witness_edit, self.reference_edit]

    def state(self) -> dict:
        return {
            "given": self.given_check.isChecked(),
            "method": self.method_combo.currentData() or "",
            "witness_name": self.witness_edit.text(),
            "form_reference": self.reference_edit.text(),
            "recorded_at": self._recorded_at.isoformat() if self._recorded_at else "",
        }

    def set_state(self, state: dict) -> None:
        self.given_check.blockSignals(True)
        self.given_check.setChecked(bool(state.get("given")))
        self.given_check.blockSignals(False)
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(state.get("method") or ""), 0))
        self.witness_edit.setText(state.get("witness_name") or "")
        self.reference_edit.setText(state.get("form_reference") or "")
        recorded = state.get("recorded_at")
        self._recorded_at = datetime.fromisoformat(recorded) if recorded else None
        self._update_enabled()

    def _update_enabled(self) -> None:
        given = self.given_check.isChecked()
        method = self.method_combo.currentData()
        self.method_combo.setEnabled(given)
        self.witness_edit.setEnabled(given and method == ConsentMethod.VERBAL_WITNESS.value)
        self.reference_edit.setEnabled(given)

    def _on_given_check_toggled(self, checked: bool) -> None:
        self._recorded_at = utcnow() if checked else None
        self._update_enabled()
        self.sig_changed.emit()

    def _on_field_changed(self, *_args: object) -> None:
        self._update_enabled()
        self.sig_changed.emit()
