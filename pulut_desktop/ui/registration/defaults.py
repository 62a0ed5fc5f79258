"""Filled in for the officer: the open drive's village, "sama dengan sebelumnya", and the NIK check
as soon as the NIK field is left (the save's own duplicate checks, through the services, off the GUI thread).

A mixin of :class:`~.form.RegistrationFormPage` (it uses the form's sections, store, runner and
loaded state); its strings keep the form's translation context, "RegistrationFormPage".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...messages import error_text, text
from ...services import registration as registration_service
from ...services.registration import FormDefaults, NikCheck
from ...storage.errors import DuplicateNik


class FormDefaultsMixin:
    """What the form fills in by itself, and the early NIK check."""

    _defaults: FormDefaults = FormDefaults()

    def _request_defaults(self) -> None:
        """Read the open drive and the previous registration (after a new form, a save, a toggle)."""
        store = self._store
        self._runner.run(
            lambda _ctx: registration_service.form_defaults(store), on_success=self._on_defaults_loaded, parent=self
        )

    def _on_defaults_loaded(self, defaults: FormDefaults) -> None:
        self._defaults = defaults
        if self.shows_saved_record():
            return
        # Only into what is still as the blank form had it: what the officer already typed wins.
        address_untouched = self.address.state() == self._loaded_state["address"]
        work_untouched = self.work.state() == self._loaded_state["work"]
        self._loading = True
        try:
            if defaults.village_code and address_untouched and not self.address.village_combo.code():
                self.address.set_state({**self.address.state(), "village_code": defaults.village_code})
            if self.work.same_as_previous_check.isChecked() and work_untouched:
                self.work.fill_previous(defaults.previous_funding_source, defaults.previous_coverage_start)
        finally:
            self._loading = False
        # Defaults are not input: leaving the form right now has nothing to lose.
        if address_untouched:
            self._loaded_state["address"] = self.address.state()
        if work_untouched:
            self._loaded_state["work"] = self.work.state()
        self.address.show_drive_hint(defaults.drive_place if defaults.village_code else None)
        self.sig_defaults_applied.emit()

    def _on_runner_data_changed(self, tables: frozenset[str]) -> None:
        """A drive was opened or closed elsewhere (the drives page): an untouched new form follows it."""
        if "drives" in tables and not self.shows_saved_record() and not self.has_unsaved_input():
            self._request_defaults()

    def _on_same_as_previous_toggled(self, checked: bool) -> None:
        if not checked or self.shows_saved_record():
            return
        store = self._store  # read again: the previous registration may have been saved a moment ago
        self._runner.run(
            lambda _ctx: registration_service.form_defaults(store), on_success=self._on_previous_loaded, parent=self
        )

    def _on_previous_loaded(self, defaults: FormDefaults) -> None:
        self._defaults = defaults
        if not self.work.same_as_previous_check.isChecked() or self.shows_saved_record():
            return
        if defaults.previous_funding_source is None:
            self.header.show_info(
                QCoreApplication.translate("RegistrationFormPage", "There is no earlier registration to copy from yet.")
            )
            return
        self.work.fill_previous(defaults.previous_funding_source, defaults.previous_coverage_start)
        self.sig_defaults_applied.emit()

    # -- the NIK, checked when the field is left ---------------------------------------------------
    def _on_nik_left(self) -> None:
        nik = "".join(self.identity.nik_edit.text().split())
        if len(nik) != 16 or self.header.read_only:
            return
        store = self._store
        own_id = self._meta["registration_id"] if self.shows_saved_record() else None
        self._runner.run(
            lambda _ctx: registration_service.check_nik(store, nik, own_id),
            on_success=lambda found: self._on_nik_checked(nik, found),
            parent=self,
        )

    def _on_nik_checked(self, nik: str, found: NikCheck) -> None:
        if "".join(self.identity.nik_edit.text().split()) != nik:
            return  # the officer has changed the NIK since: that one is checked when it is left
        if found.existing_id:
            clash = DuplicateNik(existing_id=found.existing_id, registration_number=found.registration_number)
            self.identity.show_duplicate(error_text(clash, self._language), found.existing_id)
        elif found.on_roster:
            self.identity.show_roster_notice(text("registration.nik_on_roster", {}, self._language))
        else:
            self.identity.clear_duplicate()
        self.sig_nik_checked.emit(nik)
