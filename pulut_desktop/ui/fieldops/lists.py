"""Impor daftar desa: a wizard page (file -> columns -> words -> check -> done). Reading, checking and saving run
on the runner with progress and Cancel; valid rows land as drafts in one transaction, or none do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.reference import regions
from ...domain.registration import FundingSource
from ...fieldops.bulk_import import FIELDS, ImportOptions, ImportPlan, guess_mapping
from ...fieldops.tables import Table
from ...fieldops.value_mapping import ValueChoice
from ...messages import error_text
from ...services import drives
from ...services.lists import check_list, import_list, list_value_choices, read_list, write_list_problems
from ...storage.store import Store
from ..operations import OperationRunner
from ..widgets import InlineMessage, card, heading
from .guard_banner import GuardRailBanner
from .import_steps import FileStep, MappingStep, PreviewStep, field_label
from .value_step import ValuesStep

FILE, MAPPING, VALUES, PREVIEW, DONE = range(5)


class ImportPage(QWidget):
    sig_table_loaded = Signal(object)
    """The chosen file was read (a :class:`Table`)."""
    sig_plan_ready = Signal(object)
    """Every row was checked (an :class:`ImportPlan`)."""
    sig_import_finished = Signal(int)
    """This many drafts were saved."""
    sig_report_saved = Signal(str)
    """The error report was written (its path)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._runner, self._language = store, runner, "id"
        self.path: Path | None = None
        self.table_data: Table | None = None
        self.plan: ImportPlan | None = None
        self._default_village: str | None = None
        self.setObjectName("importPage")

        self.guard_banner = GuardRailBanner(store, runner, self)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("importSteps")
        self.file_step, self.mapping_step, self.preview_step = FileStep(), MappingStep(), PreviewStep()
        self.values_step = ValuesStep()
        done_card, done_layout = card("importDoneCard")
        done_layout.addWidget(heading(self.tr("5. Done"), 2))
        self.done_label = QLabel()
        self.done_label.setObjectName("importDone")
        self.done_label.setWordWrap(True)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        self.stack = QStackedWidget()
        for widget in (self.file_step, self.mapping_step, self.values_step, self.preview_step, done_card):
            self.stack.addWidget(widget)
        self.message = InlineMessage()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("importNext")
        self.next_button.setProperty("primary", True)
        for button in (self.back_button, self.next_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addStretch(1)  # keeps the buttons on the right while the message is hidden
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Import a village list")))
        layout.addWidget(self.guard_banner)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)

        self.file_step.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.preview_step.report_button.clicked.connect(self._on_report_button_clicked)
        self.back_button.clicked.connect(self._on_back_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)
        self._go(FILE)

    # -- public ----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self._language = language
        self.guard_banner.set_language(language)

    def refresh(self) -> None:
        """Shown: check the guard rails and take the open drive's district and village as defaults."""
        self.guard_banner.refresh()
        store = self._store
        self._runner.run(lambda _ctx: drives.current_drive(store), on_success=self._on_drive_loaded, parent=self)

    def load_file(self, path: Path | str) -> None:
        self.path = Path(path)
        self.file_step.file_label.setText(self.path.name)
        self.message.clear_message()
        self._busy(True)
        self._runner.run(lambda _ctx, path=self.path: read_list(path), on_success=self._on_table_read,
                         on_failure=self._on_failed, on_done=lambda: self._busy(False), parent=self)  # fmt: skip

    def check_values(self) -> None:
        """List the file's own picklist words with their suggested meanings (step 2 -> 3); a file whose
        words the picklist knows goes straight on to checking the rows."""
        mapping = self.mapping_step.mapping()
        missing = [s.key for s in FIELDS if s.required and s.key not in mapping]
        if missing:
            self.message.show_error(
                self.tr("Choose the column for: %1").replace("%1", ", ".join(field_label(k) for k in missing))
            )
            return
        store, table = self._store, self.table_data
        self._busy(True)
        self._runner.run(lambda _ctx: list_value_choices(store, table, mapping), on_success=self._on_values_listed,
                         on_failure=self._on_failed, on_done=lambda: self._busy(False), parent=self)  # fmt: skip

    def check_rows(self) -> None:
        """Remember the words' meanings, then validate every row with the mapping shown (step 3 -> 4)."""
        mapping, value_map = self.mapping_step.mapping(), self.values_step.value_map()
        store, table, options = self._store, self.table_data, self.options()
        self._busy(True)

        def work(ctx):
            return check_list(store, table, mapping, options, value_map=value_map, progress=ctx.progress,
                              should_cancel=ctx.should_cancel)  # fmt: skip

        self._runner.run(
            work,
            on_success=self._on_plan_ready, on_failure=self._on_failed, on_done=lambda: self._busy(False), parent=self,
            progress_label=self.tr("Checking the rows…"), cancel_label=self.tr("Cancel"),
        )  # fmt: skip

    def import_valid_rows(self) -> None:
        store, plan = self._store, self.plan
        self._busy(True)
        self._runner.run(
            lambda ctx: import_list(store, plan, progress=ctx.progress, should_cancel=ctx.should_cancel),
            on_success=self._on_imported, on_failure=self._on_failed, on_done=lambda: self._busy(False), parent=self,
            progress_label=self.tr("Saving the drafts…"), cancel_label=self.tr("Cancel"),
        )  # fmt: skip

    def save_error_report(self, path: Path | str) -> None:
        plan, language = self.plan, self._language
        self._runner.run(lambda _ctx: write_list_problems(plan, path, language), on_success=self._on_report_saved,
                         on_failure=self._on_failed, on_done=lambda: self._busy(False), parent=self)  # fmt: skip

    def options(self) -> ImportOptions:
        return ImportOptions(
            district_code=self.file_step.district.code() or None,
            default_village=self._default_village,
            funding_source=FundingSource(self.file_step.funding.currentData()),
            value_map=self.values_step.value_map(),
        )

    # -- steps -----------------------------------------------------------------------------------
    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        names = [
            self.tr("1. File"),
            self.tr("2. Columns"),
            self.tr("3. Words"),
            self.tr("4. Check"),
            self.tr("5. Done"),
        ]
        self.steps_label.setText(
            "  ›  ".join(f"<b style='color:#0b6e4f'>{n}</b>" if i == step else n for i, n in enumerate(names))
        )
        self.back_button.setVisible(step in (MAPPING, VALUES, PREVIEW))
        valid = str(len(self.plan.valid) if self.plan else 0)
        texts = {
            FILE: self.tr("Next"),
            MAPPING: self.tr("Next"),
            VALUES: self.tr("Check the rows"),
            PREVIEW: self.tr("Save %1 valid rows as drafts").replace("%1", valid),
            DONE: self.tr("Import another list"),
        }
        self.next_button.setText(texts[step])
        self.next_button.setEnabled(step != FILE or self.table_data is not None)
        if step == PREVIEW:
            self.next_button.setEnabled(bool(self.plan and self.plan.valid))

    def _busy(self, busy: bool) -> None:
        self.next_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)

    def _on_drive_loaded(self, drive) -> None:
        if drive is None:
            self._default_village = None
            self.file_step.default_village.setText("")
            return
        self._default_village = drive.village_code
        district = regions().get(drive.village_code).parent_code
        if not self.file_step.district.code():
            self.file_step.district.set_code(district)
        self.file_step.default_village.setText(
            self.tr("Rows without a village go to the open drive's village: %1").replace(
                "%1", regions().label(drive.village_code)
            )
        )

    def _on_table_read(self, table: Table) -> None:
        self._busy(False)
        self.table_data = table
        self.mapping_step.show_table(table, guess_mapping(table.headers))
        self.sig_table_loaded.emit(table)
        self._go(MAPPING)

    def _on_values_listed(self, choices: list[ValueChoice]) -> None:
        self._busy(False)
        self.values_step.show_choices(choices)
        if not choices:
            self.check_rows()
            return
        self._go(VALUES)
        self.values_step.focus_first()

    def _on_plan_ready(self, plan: ImportPlan) -> None:
        self._busy(False)
        self.plan = plan
        self.preview_step.show_plan(plan, self._language)
        self.sig_plan_ready.emit(plan)
        self._go(PREVIEW)

    def _on_imported(self, saved: list) -> None:
        self._busy(False)
        self.done_label.setText(
            self.tr("%1 registrations were saved as drafts. %2 rows with problems were not imported; give the "
                    "error report back to the village.")
            .replace("%1", str(len(saved))).replace("%2", str(len(self.plan.bad_rows) if self.plan else 0))
        )  # fmt: skip
        self.sig_import_finished.emit(len(saved))
        self.guard_banner.refresh()
        self._go(DONE)

    def _on_report_saved(self, path: Path) -> None:
        self.message.show_info(self.tr("Error report saved: %1").replace("%1", str(path)))
        self.sig_report_saved.emit(str(path))

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False)
        self._go(self.stack.currentIndex())
        self.message.show_error(error_text(error, self._language))

    # -- buttons ---------------------------------------------------------------------------------
    def _on_choose_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the village list"), "", self.tr("Lists (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.load_file(path)

    def _on_report_button_clicked(self) -> None:
        suggested = (self.path.stem if self.path else "daftar") + "-kesalahan.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the error report"), suggested, self.tr("Excel workbook (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.save_error_report(path)

    def _on_back_button_clicked(self) -> None:
        self.message.clear_message()
        step = self.stack.currentIndex() - 1
        if step == VALUES and not self.values_step.choices:
            step = MAPPING  # the file had no words to match: that step was skipped
        self._go(max(step, FILE))

    def _on_next_button_clicked(self) -> None:
        self.message.clear_message()
        step = self.stack.currentIndex()
        if step == FILE and self.table_data is not None:
            self._go(MAPPING)
        elif step == MAPPING:
            self.check_values()
        elif step == VALUES:
            self.check_rows()
        elif step == PREVIEW:
            self.import_valid_rows()
        elif step == DONE:
            self.path, self.table_data, self.plan = None, None, None
            self.file_step.file_label.setText(self.tr("No file chosen"))
            self._go(FILE)
