"""Confirm or correct a renewal: everything pre-filled from the registration, the next coverage period
proposed. Saving goes through the operation runner (services.renewals); the audit names what changed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.nik import mask_nik
from ...domain.reference import occupations, regions
from ...domain.registration import FundingSource, Registration
from ...messages import error_text
from ...services import renewals
from ...storage.store import Store
from ..operations import OperationRunner
from ..widgets import InlineMessage

FUNDING_LABELS = {FundingSource.APBD: "APBD Provinsi", FundingSource.DBH_SAWIT: "DBH Sawit"}  # proper names


class RenewalDialog(QDialog):
    sig_renewal_saved = Signal(str)
    """The renewal was saved (the registration id)."""

    def __init__(self, store: Store, runner: OperationRunner, registration_id: str, language: str = "id",
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._store, self._runner, self._id, self._language = store, runner, registration_id, language
        self._proposed: Registration | None = None
        self.setWindowTitle(self.tr("Renew coverage"))
        self.setMinimumWidth(560)
        self.worker_label = QLabel(self)
        self.worker_label.setWordWrap(True)
        self.address_edit = QLineEdit(self)
        self.address_edit.setMaxLength(200)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(20)
        self.occupation_combo = QComboBox(self)
        for occupation in sorted(occupations().values(), key=lambda o: o.name):
            self.occupation_combo.addItem(occupation.name, occupation.id)
        self.funding_combo = QComboBox(self)
        for source, label in FUNDING_LABELS.items():
            self.funding_combo.addItem(label, source.value)
        self.start_edit = QDateEdit(self)
        self.start_edit.setDisplayFormat("dd-MM-yyyy")
        self.start_edit.setCalendarPopup(True)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(1, 12)
        self.months_spin.setSuffix(self.tr(" months"))
        self.heirs_label = QLabel(self)
        self.heirs_label.setWordWrap(True)
        self.hint = QLabel(self.tr("Check each field with the worker and correct what changed, then confirm."), self)
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(self.tr("Confirm renewal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.confirm_button.setEnabled(False)

        form = QFormLayout()
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Occupation"), self.occupation_combo)
        form.addRow(self.tr("Funding source"), self.funding_combo)
        form.addRow(self.tr("New coverage starts"), self.start_edit)
        form.addRow(self.tr("Coverage length"), self.months_spin)
        form.addRow(self.tr("Heirs"), self.heirs_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.worker_label)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.confirm_button.clicked.connect(self._on_confirm_button_clicked)
        self.buttons.rejected.connect(self.reject)
        store_, registration_id_ = store, registration_id
        runner.run(lambda _ctx: renewals.prepare_renewal(store_, registration_id_), on_success=self._on_prepared,
                   on_failure=self._on_failed, parent=self)  # fmt: skip

    def _on_prepared(self, proposed: Registration) -> None:
        self._proposed = proposed
        self.worker_label.setText(
            self.tr("{number} · {name} · NIK {nik} · {village}").format(
                number=proposed.registration_number or "", name=proposed.full_name, nik=mask_nik(proposed.nik),
                village=regions().label(proposed.village_code) or proposed.village_code)
        )  # fmt: skip
        self.address_edit.setText(proposed.address_line)
        self.phone_edit.setText(_national(proposed.phone))
        self.occupation_combo.setCurrentIndex(max(self.occupation_combo.findData(proposed.occupation_id), 0))
        self.funding_combo.setCurrentIndex(max(self.funding_combo.findData(proposed.funding_source.value), 0))
        start = proposed.coverage_start
        self.start_edit.setDate(QDate(start.year, start.month, start.day))
        self.months_spin.setValue(proposed.coverage_months)
        self.heirs_label.setText(", ".join(h.name for h in proposed.heirs) or self.tr("none recorded"))
        self.confirm_button.setEnabled(True)

    def renewal(self) -> Registration:
        """What the officer confirmed: the proposal with the fields as they are in the dialog now."""
        assert self._proposed is not None
        return replace(
            self._proposed,
            address_line=self.address_edit.text(),
            phone=self.phone_edit.text().strip() or None,
            occupation_id=self.occupation_combo.currentData(),
            funding_source=FundingSource(self.funding_combo.currentData()),
            coverage_start=self.start_edit.date().toPython(),
            coverage_months=self.months_spin.value(),
            heirs=list(self._proposed.heirs),
        )

    def _on_confirm_button_clicked(self) -> None:
        store, renewed = self._store, self.renewal()
        self.confirm_button.setEnabled(False)
        self._runner.run(lambda _ctx: renewals.renew_registration(store, renewed), on_success=self._on_saved,
                         on_failure=self._on_failed, on_done=lambda: self.confirm_button.setEnabled(True),
                         parent=self)  # fmt: skip

    def _on_saved(self, saved: Registration) -> None:
        self.sig_renewal_saved.emit(saved.id)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.message.show_error(error_text(error, self._language))


def _national(phone: str | None) -> str:
    """+6281234567890 -> 081234567890 (how officers read and type it)."""
    return "0" + phone[3:] if phone and phone.startswith("+62") else (phone or "")
