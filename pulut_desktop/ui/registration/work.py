"""Pekerjaan & Perlindungan: occupation, funding, the fixed programmes and the coverage period,
with the contribution the province pays computed as the officer changes it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from ...domain.formatting import format_rupiah as rupiah
from ...domain.reference import occupations
from ...domain.registration import MAX_COVERAGE_MONTHS, FundingSource, add_months
from ...domain.rules import SHIPPED_RULES, ProgrammeRules
from ..registrations.labels import funding_label
from .search_combo import SearchCombo
from .widgets import HINT_COLOUR, FieldBlock, section_grid

MONTHS_BACK, MONTHS_AHEAD = 3, 12


def default_coverage_start(today: date | None = None) -> date:
    """Coverage normally starts on the first day of the month after registration."""
    today = today or date.today()
    return add_months(today.replace(day=1), 1)


class WorkSection(QGroupBox):
    sig_changed = Signal()
    """A field of the section was edited."""

    def __init__(self, language: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules: ProgrammeRules | None = None  # None until the form has read the laptop's rules
        self.setTitle(self.tr("Work and protection"))
        self.occupation_combo = SearchCombo(self.tr("Type to search"), self)
        self.occupation_combo.set_items(
            (o.id, o.name) for o in sorted(occupations().values(), key=lambda o: (o.needs_note, o.name))
        )
        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(100)
        self.note_edit.setPlaceholderText(self.tr('Only for "Lainnya": describe the work'))
        self.note_edit.setEnabled(False)
        self.disability_check = QCheckBox(self.tr("The worker has a disability"), self)
        self.same_as_previous_check = QCheckBox(self.tr("Same as previous"), self)
        self.same_as_previous_check.setObjectName("sameAsPrevious")
        self.same_as_previous_check.setToolTip(
            self.tr("Every new form takes the funding source and the coverage start of the last saved registration")
        )
        self.funding_combo = QComboBox(self)
        for source in FundingSource:
            self.funding_combo.addItem(funding_label(source), source.value)
        self.programmes_label = QLabel(
            self.tr("JKK (work accident) ✓ covered · JKM (death) ✓ covered · JHT (old age) not covered"), self
        )
        self.programmes_label.setWordWrap(True)
        self.start_combo = QComboBox(self)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(1, MAX_COVERAGE_MONTHS)
        self.months_spin.setValue(MAX_COVERAGE_MONTHS)
        self.months_spin.setSuffix(self.tr(" months"))
        self.contribution_label = QLabel(self)
        self.contribution_label.setStyleSheet("font-weight: 600;")
        self.coverage_end_label = QLabel(self)
        self.coverage_end_label.setStyleSheet(f"color: {HINT_COLOUR}; font-size: 9pt;")
        self._locale = QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
        self._fill_months(default_coverage_start())

        self.blocks = {
            "occupation_id": FieldBlock(self.tr("Occupation"), self.occupation_combo, self, required=True),
            "occupation_note": FieldBlock(self.tr("Occupation (other)"), self.note_edit, self),
            "funding_source": FieldBlock(self.tr("Funding source"), self.funding_combo, self, required=True),
            "programmes": FieldBlock(self.tr("Programmes"), self.programmes_label, self),
            "coverage_start": FieldBlock(self.tr("Coverage starts"), self.start_combo, self, required=True),
            "coverage_months": FieldBlock(self.tr("Coverage length"), self.months_spin, self, required=True),
            "contribution": FieldBlock(self.tr("Contribution paid by the province"), self.contribution_label, self),
        }
        self.blocks["contribution"].layout().insertWidget(2, self.coverage_end_label)
        section_grid(
            self,
            [
                (self.blocks["occupation_id"], 0, 0, 1, 2),
                (self.blocks["occupation_note"], 0, 2, 1, 2),
                (self.disability_check, 1, 0, 1, 2),
                (self.same_as_previous_check, 1, 2, 1, 2),
                (self.blocks["funding_source"], 2, 0, 1, 2),
                (self.blocks["programmes"], 2, 2, 1, 2),
                (self.blocks["coverage_start"], 3, 0),
                (self.blocks["coverage_months"], 3, 1),
                (self.blocks["contribution"], 3, 2, 1, 2),
            ],
        )

        self.occupation_combo.sig_choice_changed.connect(self._on_occupation_combo_choice_changed)
        self.note_edit.textChanged.connect(self._on_field_changed)
        self.disability_check.toggled.connect(self._on_field_changed)
        self.funding_combo.currentIndexChanged.connect(self._on_field_changed)
        self.start_combo.currentIndexChanged.connect(self._on_field_changed)
        self.months_spin.valueChanged.connect(self._on_field_changed)
        self._update_contribution()

    def set_language(self, language: str) -> None:
        """Month names of the coverage start and end in ``language`` ("id" or "en")."""
        self._locale = QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
        self._fill_months(date.fromisoformat(self.start_combo.currentData() or default_coverage_start().isoformat()))
        self._update_contribution()

    def focus_chain(self) -> list[QWidget]:
        return [
            self.occupation_combo,
            self.note_edit,
            self.disability_check,
            self.same_as_previous_check,
            self.funding_combo,
            self.start_combo,
            self.months_spin,
        ]

    def _fill_months(self, selected: date) -> None:
        first = add_months(default_coverage_start(), -MONTHS_BACK - 1)
        months = [add_months(first, i) for i in range(MONTHS_BACK + MONTHS_AHEAD + 1)]
        if selected not in months:
            months = sorted([*months, selected])
        self.start_combo.blockSignals(True)
        self.start_combo.clear()
        for month in months:
            label = f"{self._locale.standaloneMonthName(month.month)} {month.year}"
            self.start_combo.addItem(label, month.isoformat())
        self.start_combo.setCurrentIndex(self.start_combo.findData(selected.isoformat()))
        self.start_combo.blockSignals(False)

    def state(self) -> dict:
        return {
            "occupation_id": self.occupation_combo.code(),
            "occupation_note": self.note_edit.text(),
            "has_disability": self.disability_check.isChecked(),
            "funding_source": self.funding_combo.currentData(),
            "coverage_start": self.start_combo.currentData() or "",
            "coverage_months": self.months_spin.value(),
        }

    def set_state(self, state: dict) -> None:
        self.occupation_combo.set_code(state.get("occupation_id"))
        self.note_edit.setText(state.get("occupation_note", ""))
        self.disability_check.setChecked(bool(state.get("has_disability")))
        index = self.funding_combo.findData(state.get("funding_source") or FundingSource.APBD.value)
        self.funding_combo.setCurrentIndex(max(index, 0))
        start = state.get("coverage_start")
        self._fill_months(date.fromisoformat(start) if start else default_coverage_start())
        self.months_spin.setValue(int(state.get("coverage_months") or MAX_COVERAGE_MONTHS))
        self._update_note_enabled()
        self._update_contribution()

    def fill_previous(self, funding_source: str | None, coverage_start: date | None) -> None:
        """ "Sama dengan sebelumnya": the previous registration's funding source and coverage start."""
        index = self.funding_combo.findData(funding_source) if funding_source else -1
        if index >= 0:
            self.funding_combo.setCurrentIndex(index)
        if coverage_start is not None:
            self._fill_months(coverage_start)
            self._on_field_changed()

    def set_rules(self, rules: ProgrammeRules) -> None:
        """The laptop's programme rules: contribution amounts and the longest coverage."""
        self._rules = rules
        self.months_spin.setMaximum(rules.coverage.max_months)
        self._update_contribution()

    def _update_note_enabled(self) -> None:
        occupation = occupations().get(self.occupation_combo.code())
        self.note_edit.setEnabled(bool(occupation and occupation.needs_note))

    def _update_contribution(self) -> None:
        monthly = (self._rules or SHIPPED_RULES).monthly_contribution
        months = self.months_spin.value()
        self.contribution_label.setText(
            self.tr("{monthly} × {months} months = {total}").format(
                monthly=rupiah(monthly), months=months, total=rupiah(monthly * months)
            )
        )
        start = self.start_combo.currentData()
        if start:
            end = add_months(date.fromisoformat(start), months)
            last_month = add_months(end, -1)
            self.coverage_end_label.setText(
                self.tr("Covered until the end of {month}").format(
                    month=f"{self._locale.standaloneMonthName(last_month.month)} {last_month.year}"
                )
            )

    def _on_occupation_combo_choice_changed(self, _code: str) -> None:
        self._update_note_enabled()
        self.sig_changed.emit()

    def _on_field_changed(self, *_args: object) -> None:
        self._update_contribution()
        self.sig_changed.emit()
