"""The registration form page: typed from a KTP with the keyboard, checked as it is typed, autosaved.

Every store access (loading, saving, drafts, duplicate checks) goes through the operation runner; the
GUI thread only reads widgets and runs the pure domain rules.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.rules import SHIPPED_RULES, ProgrammeRules
from ...domain.status import Status, is_editable
from ...messages import error_text
from ...services import drafts
from ...services import registration as registration_service
from ...storage.store import Store
from ..operations import OperationRunner
from .address import AddressSection
from .autosave import DraftAutosaver
from .checks import check_state, nik_error_visible
from .consent import ConsentSection
from .defaults import FormDefaultsMixin
from .drafts_dialog import DraftPickerDialog
from .drafts_list import DraftsListDialog
from .exit_dialog import ExitDialog
from .header import FormHeader
from .heirs import HeirsSection
from .history import HistoryPanel
from .identity import IdentitySection
from .save_flow import SaveFlowMixin
from .search_combo import SearchCombo
from .state import is_blank, new_meta, state_from_registration
from .widgets import EnterMovesFocus, FieldBlock
from .work import WorkSection

CHECK_DELAY_MS = 120


def _connect_left(widget: QWidget, slot) -> None:
    """Call ``slot`` when the officer has finished with a field (focus left it, or a choice made)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget.lineEdit().editingFinished.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(slot)
    elif isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        widget.editingFinished.connect(slot)
    elif isinstance(widget, QCheckBox):
        widget.toggled.connect(slot)


class RegistrationFormPage(FormDefaultsMixin, SaveFlowMixin, QWidget):
    sig_registration_saved = Signal(str)
    """A registration was saved (its id)."""
    sig_registration_loaded = Signal(str)
    """A saved registration was opened in the form (its id)."""
    sig_drafts_listed = Signal(int)
    """restore_drafts() found this many unsaved drafts."""
    sig_draft_restored = Signal(str)
    """An autosaved draft was put back into the form (the draft id)."""
    sig_defaults_applied = Signal()
    """The open drive's village and "sama dengan sebelumnya" were put into a new form."""
    sig_nik_checked = Signal(str)
    """The NIK that was left was checked against the laptop and the roster (that NIK)."""

    def __init__(self, store: Store, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._language = "id"
        self._meta = new_meta()
        self._confirmed_different: list[str] = []
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._loading = False
        self._rules: ProgrammeRules = SHIPPED_RULES  # until the laptop's own are read (_load_rules)
        self._saving = False
        self._loaded_state: dict = {}

        self.header = FormHeader(self)
        self.identity = IdentitySection(self)
        self.address = AddressSection(self)
        self.work = WorkSection(self._language, self)
        self.heirs = HeirsSection(self)
        self.consent = ConsentSection(self)
        self.history = HistoryPanel(self)
        self._sections = (self.identity, self.address, self.work, self.heirs, self.consent)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        body_layout.setSpacing(12)
        for section in self._sections:
            body_layout.addWidget(section)
        body_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The history column gives way first when the window is narrow (1366 px at 125%).
        self.history.setMinimumWidth(200)
        self.history.setMaximumWidth(300)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        columns.addWidget(self.scroll, 3)
        columns.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(columns, 1)

        self._blocks: dict[str, FieldBlock] = {}
        for section in (self.identity, self.address, self.work, self.consent):
            self._blocks.update(section.blocks)
        self._field_of_widget = {block.field: name for name, block in self._blocks.items()}
        self._field_of_widget[self.heirs.table] = "heirs"
        self._chain: list[QWidget] = [w for s in self._sections for w in s.focus_chain()]
        self._chain.append(self.header.save_button)
        for first, second in zip(self._chain, self._chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._keys = EnterMovesFocus(self._next_in_chain, self)
        for widget in self._chain:
            widget.installEventFilter(self._keys)
        for name, block in self._blocks.items():
            _connect_left(block.field, partial(self._on_field_left, name))
        for widget in self._chain:
            if isinstance(widget, SearchCombo):
                # Enter that closed the completer popup never reaches the key filter: move on here.
                widget.lineEdit().returnPressed.connect(partial(self._on_search_combo_return_pressed, widget))

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._refresh_checks)
        self.autosaver = DraftAutosaver(store, runner, self._draft_payload, self)

        for section in self._sections:
            section.sig_changed.connect(self._on_section_changed)
        self.identity.sig_existing_open_requested.connect(self.open_registration)
        self.identity.nik_edit.editingFinished.connect(self._on_nik_left)
        self.work.same_as_previous_check.toggled.connect(self._on_same_as_previous_toggled)
        self.header.drafts_button.clicked.connect(self.show_drafts_list)
        runner.sig_data_changed.connect(self._on_runner_data_changed)
        self.header.save_button.clicked.connect(self.save)
        self.header.new_button.clicked.connect(self.new_registration)
        self.header.exit_button.clicked.connect(self.open_exit_dialog)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Ctrl+N here serves the form on its own; inside the main window the window owns Ctrl+N and turns
        # this one off (two owners of one key make Qt fire neither).
        self.new_shortcut = QShortcut(
            QKeySequence.StandardKey.New,
            self,
            self.new_registration,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("F8"), self, self.focus_next_problem, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.header.problems_button.clicked.connect(self.focus_next_problem)
        self.new_registration()

    # -- public API ----------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """ "id" or "en": the language of the validation messages from the catalogue."""
        self._language = language
        self.work.set_language(language)
        self._refresh_checks()

    def has_unsaved_input(self) -> bool:
        """Something was typed since the form was last loaded, cleared or saved."""
        state = self.state()
        return state != self._loaded_state and not is_blank(state)

    def discard_unsaved_input(self) -> None:
        """ "Buang": the draft of what was typed is deleted (audited) and the form starts empty."""
        self.autosaver.delete()
        self._load_state(self._blank_state(), history=[])
        self.autosaver.start_new()

    def shows_saved_record(self) -> bool:
        """A saved registration is open (not a new one being typed)."""
        return int(self._meta.get("version") or 0) > 0

    def new_registration(self) -> None:
        """Clear the form for the next worker (what was typed is already in its draft)."""
        self.autosaver.flush()
        self._load_state(self._blank_state(), history=[])
        self.autosaver.start_new()
        self.identity.nik_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        store = self._store  # guard rails (fieldops): say at once when new registrations are stopped
        refused = lambda error: self.header.show_error(error_text(error, self._language))  # noqa: E731
        self._runner.run(
            lambda _ctx: registration_service.check_registration_allowed(store), on_failure=refused, parent=self
        )
        self._load_rules()
        self._request_defaults()

    def _load_rules(self) -> None:
        """The programme rules the save will check under, so the form warns and blocks alike."""
        store = self._store
        self._runner.run(lambda _ctx: registration_service.programme_rules(store), on_success=self._on_rules_loaded,
                         parent=self)  # fmt: skip

    def _on_rules_loaded(self, rules: ProgrammeRules) -> None:
        self._rules = rules
        self.work.set_rules(rules)
        self._refresh_checks()

    def open_registration(self, registration_id: str) -> None:
        self.autosaver.flush()
        store = self._store

        def work(_ctx: object) -> tuple:
            return registration_service.open_registration(store, registration_id)

        self.header.show_info(self.tr("Opening…"))
        self._runner.run(work, on_success=self._on_record_loaded, on_failure=self._on_operation_failed, parent=self)
        self._load_rules()

    def restore_drafts(self) -> None:
        """List the drafts an earlier session left and put one back into the form."""
        store = self._store
        self._runner.run(lambda _ctx: drafts.list_drafts(store), on_success=self._on_drafts_listed)

    def show_drafts_list(self) -> DraftsListDialog:
        """ "Draf tersimpan": the officer's drafts (who, when, how complete) to continue or delete."""
        self.autosaver.flush()  # what is in the form now is listed too
        dialog = DraftsListDialog(self._store, self._runner, self._language, self)
        dialog.sig_draft_chosen.connect(self._restore_draft)
        dialog.open()
        return dialog

    def show_state(self, state: dict, *, all_checks: bool = False) -> None:
        """Put a form state into the widgets as if typed (a new record unless it has a saved version);
        with ``all_checks`` every error shows, as after pressing Save."""
        state = dict(state, meta=state.get("meta") or self.state()["meta"])
        self._load_state(state)
        self._show_all_errors = all_checks
        self._refresh_checks()

    def state(self) -> dict:
        return {
            "format": 1,
            "identity": self.identity.state(),
            "address": self.address.state(),
            "work": self.work.state(),
            "heirs": self.heirs.state(),
            "consent": self.consent.state(),
            "meta": dict(self._meta),
        }

    # -- loading -------------------------------------------------------------------------------
    def _blank_state(self) -> dict:
        blank = {"identity": {}, "address": {}, "work": {}, "heirs": [], "consent": {}, "meta": new_meta()}
        return blank

    def _load_state(self, state: dict, history: list | None = None) -> None:
        self._loading = True
        try:
            self._meta = dict(state.get("meta") or new_meta())
            self.identity.set_state(state.get("identity", {}))
            self.identity.clear_duplicate()
            self.address.set_state(state.get("address", {}))
            self.work.set_state(state.get("work", {}))
            self.heirs.set_state(state.get("heirs", []))
            self.consent.set_state(state.get("consent", {}))
        finally:
            self._loading = False
        self._confirmed_different = []
        self._loaded_state = self.state()
        self._touched.clear()
        self._show_all_errors = False
        if history is not None:
            self.history.set_entries(history)
        status = Status(self._meta.get("status") or Status.DRAFT.value)
        saved = int(self._meta.get("version") or 0) > 0
        self.header.show_record(
            self._meta.get("registration_number"),
            status if saved else None,
            self._meta.get("status_reason"),
            editable=is_editable(status),
        )
        for section in self._sections:
            section.setEnabled(is_editable(status))
        self._refresh_checks()

    def _draft_payload(self) -> tuple[dict, str | None]:
        meta = self._meta
        return self.state(), (meta["registration_id"] if int(meta.get("version") or 0) > 0 else None)

    # -- problems ------------------------------------------------------------------------------
    def problem_fields(self, check=None) -> list[str]:
        """The fields with an error, in the order the officer meets them (the Tab order)."""
        errors = set((check or self._refresh_checks()).error_fields())
        ordered = [self._field_of_widget[w] for w in self._chain if w in self._field_of_widget]
        return [name for name in dict.fromkeys(ordered) if name in errors] + sorted(errors - set(ordered))

    def show_problems(self, check) -> None:
        """After Save with errors: "N kolom perlu diperbaiki", focus on the first; F8 goes to the next."""
        fields = self.problem_fields(check)
        self.header.show_problems(self.tr("%n field(s) need attention before saving.", "", len(fields)))
        self._focus_field(fields[0])

    def focus_next_problem(self) -> str | None:
        """Move the focus to the next field with an error after the focused one (round to the first)."""
        self._show_all_errors = True
        fields = self.problem_fields()
        if not fields:
            self.header.clear_message()
            return None
        focused, current = self.focusWidget(), None
        while focused is not None and current is None:
            current = self._field_of_widget.get(focused)
            focused = focused.parentWidget() if focused is not self else None
        order = [self._field_of_widget[w] for w in self._chain if w in self._field_of_widget]
        after = order[order.index(current) + 1 :] if current in order else []
        target = next((name for name in after if name in fields), fields[0])
        self._focus_field(target)
        return target

    # -- checks --------------------------------------------------------------------------------
    def _refresh_checks(self):
        state = self.state()
        check = check_state(
            state,
            self._language,
            self.tr("This is not a date; type day-month-year, for example 17-08-1985."),
            self._rules,
        )
        nik_text = state["identity"]["nik"]
        for name, block in self._blocks.items():
            errors = check.errors.get(name, [])
            visible = self._show_all_errors or name in self._touched
            if name == "nik" and not visible:
                visible = nik_error_visible(nik_text, check.error_codes.get("nik", []))
            warnings = check.warnings.get(name, []) if (self._show_all_errors or name != "heirs") else []
            block.feedback.show_messages(errors if visible else [], warnings)
        heir_visible = self._show_all_errors or "heirs" in self._touched
        self.heirs.feedback.show_messages(
            check.errors.get("heirs", []) if heir_visible else [],
            check.warnings.get("heirs", []) if heir_visible else [],
        )
        return check

    def _focus_field(self, name: str) -> None:
        widget = self.heirs.table if name == "heirs" else (self._blocks[name].field if name in self._blocks else None)
        if widget is not None:
            if not widget.isEnabled() and name in ("method", "witness_name"):
                widget = self.consent.given_check
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(widget, 50, 80)

    def _next_in_chain(self, widget: QWidget) -> QWidget | None:
        if widget is self.heirs.table and self.heirs.table.state() == self.heirs.table.State.EditingState:
            return None
        if isinstance(widget, QAbstractButton) and not isinstance(widget, QCheckBox):
            widget.click()  # Enter on a focused button presses it
            return None
        try:
            start = self._chain.index(widget) + 1
        except ValueError:
            return None
        for candidate in self._chain[start:]:
            if candidate.isEnabled() and candidate.isVisibleTo(self):
                self.scroll.ensureWidgetVisible(candidate, 50, 80)
                return candidate
        return None

    # -- slots ---------------------------------------------------------------------------------
    def _on_section_changed(self) -> None:
        if self._loading:
            return
        self.header.clear_saved()
        self._check_timer.start()
        if not is_blank(self.state()):
            self.autosaver.schedule()

    def _on_search_combo_return_pressed(self, combo: SearchCombo) -> None:
        combo.lineEdit().editingFinished.emit()
        target = self._next_in_chain(combo)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_field_left(self, name: str, *_args: object) -> None:
        if name not in self._touched and not self._loading:
            self._touched.add(name)
            self._check_timer.start()

    def _on_record_loaded(self, loaded: tuple) -> None:
        reg, reason, history = loaded
        self._load_state(state_from_registration(reg, reason), history)
        self.autosaver.start_new()
        self.header.clear_message()
        self.identity.nik_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_registration_loaded.emit(reg.id)

    def _on_drafts_listed(self, found: list[drafts.SavedDraft]) -> None:
        self.sig_drafts_listed.emit(len(found))
        if not found:
            return
        if len(found) == 1:
            self._restore_draft(found[-1])
            return
        dialog = DraftPickerDialog(found, self)
        dialog.exec()
        self._on_draft_picker_finished(dialog)

    def offer_drafts(self, found: list[drafts.SavedDraft]) -> DraftPickerDialog | None:
        """After login: the drafts an earlier session left, offered in a window the officer may put off
        ("Later"); choosing one puts it back into the form. Does not block: the window is ``open()``-ed."""
        self.sig_drafts_listed.emit(len(found))
        if not found:
            return None
        dialog = DraftPickerDialog(found, self)
        dialog.setObjectName("draftsOffer")
        dialog.finished.connect(lambda _code: self._on_draft_picker_finished(dialog))
        dialog.open()
        return dialog

    def _on_draft_picker_finished(self, dialog: DraftPickerDialog) -> None:
        for draft in dialog.discarded:
            store, draft_id = self._store, draft.id
            self._runner.run(lambda _ctx, s=store, d=draft_id: drafts.delete_draft(s, d))  # audited
        if dialog.chosen is not None:
            self._restore_draft(dialog.chosen)
        dialog.deleteLater()

    def _restore_draft(self, draft: drafts.SavedDraft) -> None:
        self.autosaver.flush()
        self._load_state(draft.payload)
        self.autosaver.start_new(draft.id)
        self.header.show_info(self.tr("Restored the registration you were typing before the app closed."))
        if draft.registration_id:
            store, registration_id = self._store, draft.registration_id
            self._runner.run(
                lambda _ctx: registration_service.registration_history(store, registration_id),
                on_success=self.history.set_entries,
            )
        self.sig_draft_restored.emit(draft.id)

    def open_exit_dialog(self) -> ExitDialog:
        """Record the open worker's death or exit (and print the heirs' claim letter)."""
        dialog = ExitDialog(self._store, self._runner, self._meta["registration_id"], self._language, self)
        dialog.open()
        return dialog

    def _on_operation_failed(self, error: BaseException) -> None:
        self.header.show_error(error_text(error, self._language))
