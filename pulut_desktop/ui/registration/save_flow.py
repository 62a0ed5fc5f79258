"""Saving from the registration form: validate, check duplicates off the GUI thread, save or ask.

A mixin of :class:`~.form.RegistrationFormPage` (it uses the form's sections, header, autosaver and
runner); kept apart so the form module stays about building and loading the page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.errors import PulutError
from ...domain.registration import Registration, normalise
from ...messages import error_text
from ...services.registration import SaveOutcome, save_registration
from ...storage.errors import DuplicateNik
from ...storage.registrations import SimilarRegistration
from .duplicates import NearMatchDialog
from .state import registration_from_state

# Its strings keep the form's translation context, "RegistrationFormPage".


class SaveFlowMixin:
    """``save()`` and what follows it: the near-match question, the duplicate-NIK block, errors."""

    def save(self) -> None:
        if self._saving or self.header.read_only:
            return
        self._check_timer.stop()
        self._show_all_errors = True
        check = self._refresh_checks()
        if not check.ok:
            self.show_problems(check)
            return
        reg = normalise(registration_from_state(self.state()))
        confirmed, store = list(self._confirmed_different), self._store

        new = not int(self._meta.get("version") or 0)

        def work(_ctx: object) -> SaveOutcome:
            return save_registration(store, reg, new=new, confirmed_different=confirmed)

        self._saving = True
        self.autosaver.pause()
        self.header.set_busy(True)
        self.header.show_info(QCoreApplication.translate("RegistrationFormPage", "Saving…"))
        self._runner.run(
            work,
            on_success=lambda outcome: self._on_save_finished(reg, outcome),
            on_failure=self._on_save_failed,
            on_done=self._on_save_done,
            parent=self,
        )

    def _on_save_done(self) -> None:
        """After any outcome, a bug included: the form takes input again."""
        self._saving = False
        self.header.set_busy(False)
        self.header.clear_message()
        self.autosaver.resume()

    def _on_save_finished(self, entered: Registration, outcome: SaveOutcome) -> None:
        if outcome.saved is None:
            self._ask_about_similar(entered, outcome.similar)
            return
        saved = outcome.saved
        was_new = int(self._meta.get("version") or 0) == 0
        self.autosaver.discard()
        self.sig_registration_saved.emit(saved.id)
        if was_new:
            self.new_registration()
        else:
            self.open_registration(saved.id)
        self.header.show_saved(saved.registration_number or "", saved.full_name, saved.status)

    def _ask_about_similar(self, entered: Registration, similar: list[SimilarRegistration]) -> None:
        dialog = NearMatchDialog(entered, similar, self)
        self.header.clear_message()
        if dialog.exec() == NearMatchDialog.DialogCode.Accepted:
            self._confirmed_different.extend(dialog.candidate_ids())
            self.save()
            return
        if dialog.open_id:
            self.open_registration(dialog.open_id)
        else:
            self.header.show_info(
                QCoreApplication.translate("RegistrationFormPage", "Not saved. Check the data against the KTP.")
            )

    def _on_save_failed(self, error: PulutError) -> None:
        message = error_text(error, self._language)
        if isinstance(error, DuplicateNik):
            self.identity.show_duplicate(message, error.params.get("existing_id", ""))
            self._focus_field("nik")
        self.header.show_error(message)
