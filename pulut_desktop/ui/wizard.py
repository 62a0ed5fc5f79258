"""The first-run wizard: language, the first supervisor, this laptop, where the data lives."""

from __future__ import annotations

import logging
import socket
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from ..domain.reference import regions
from .help import open_help
from .operations import OperationRunner
from .wizard_pages import AccountPage, DataPage, DevicePage, LanguagePage

log = logging.getLogger(__name__)


class FirstRunWizard(QWizard):
    """Collects what :meth:`Store.create` needs and runs it on the runner when Finish is pressed."""

    sig_language_changed = Signal(str)
    """The officer picked a language on the first page ("id" or "en")."""
    sig_store_created = Signal(str, str)
    """The data dir (path) was created with its first supervisor (username)."""

    def __init__(
        self, data_root: Path, runner: OperationRunner, *, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButton, False)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)  # F1 too: the handbook's first chapter
        self.helpRequested.connect(partial(open_help, self, "wizard"))
        self._help_shortcut = QShortcut(QKeySequence("F1"), self, self.helpRequested.emit)
        self.resize(760, 560)
        self.language_page = LanguagePage(language)
        self.account_page = AccountPage(lambda: self.language)
        self.device_page = DevicePage(lambda: self.language, socket.gethostname()[:60], regions().regencies())
        self.data_page = DataPage(lambda: self.language, Path(data_root), self._create_store)
        for page in (self.language_page, self.account_page, self.device_page, self.data_page):
            self.addPage(page)
        self.language_page.sig_language_chosen.connect(self.sig_language_changed)
        self.retranslate()

    @property
    def language(self) -> str:
        return self.language_page.language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pulut Desktop — First start"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.HelpButton, self.tr("Help (F1)"))
        for page in (self.language_page, self.account_page, self.device_page, self.data_page):
            page.retranslate()

    def _create_store(self) -> None:
        """Called by the last page once everything is valid: create the store off the GUI thread."""
        account, device, data = self.account_page.values(), self.device_page.values(), self.data_page.values()
        language = self.language
        root = data["root"]

        def work(ctx) -> str:
            from ..services.setup import NewStore, create_store  # loaded on the worker thread, not at start-up

            new = NewStore(
                username=account["username"],
                full_name=account["full_name"],
                password=account["password"],
                device_name=device["device_name"],
                regency_code=device["regency_code"],
                training=data["training"],
                language=language,
            )
            create_store(root, new)
            return account["username"].strip().lower()

        self._set_busy(True)
        self._runner.run(
            work,
            on_success=lambda username: self._on_store_created(root, username),
            on_failure=self._on_create_failed,
            on_done=lambda: self._set_busy(False),
            parent=self,
        )

    def _on_store_created(self, root: Path, username: str) -> None:
        log.info("first-run wizard created a data dir")
        # QWizard.accept() would validate the last page again, which would create a second store.
        QDialog.done(self, QDialog.DialogCode.Accepted)
        self.sig_store_created.emit(str(root), username)

    def _on_create_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not self.data_page.show_failure(error):
            self._runner.report_error(error, self)

    def _set_busy(self, busy: bool) -> None:
        for which in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)
        self.data_page.set_busy(busy)
