"""Start-up of the desktop application: first-run wizard or login, then the main window.

``main(argv, data_dir)`` builds everything the windows need and passes it in; there is no global
application object. :class:`PulutApp` only moves the officer from one window to the next.
"""

from __future__ import annotations

# Only what the first window needs is imported here: SQLAlchemy, Alembic and the main window load after
# the login window is on screen (cold start is measured in benchmarks/bench_gui.py).
import logging
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from .. import __version__
from ..logging_setup import setup_logging
from ..paths import APP_AUTHOR, APP_NAME, DataDir, default_data_dir
from ..public_settings import read_public_settings
from .damage import damage_offer
from .errors import ErrorHandler
from .i18n import Translations
from .login import LoginWindow
from .operations import OperationRunner
from .theme import apply_theme

if TYPE_CHECKING:
    from ..storage.maintenance import MaintenanceResult
    from ..storage.store import Store
    from .main_window import MainWindow
    from .wizard import FirstRunWizard

log = logging.getLogger(__name__)

REMEMBERED_DATA_DIR = "data_dir"


def remembered_data_dir() -> Path | None:
    """The folder chosen in the wizard when it was not the default one (kept in QSettings)."""
    value = QSettings(APP_AUTHOR, APP_NAME).value(REMEMBERED_DATA_DIR)
    return Path(str(value)) if value else None


def remember_data_dir(root: Path) -> None:
    QSettings(APP_AUTHOR, APP_NAME).setValue(REMEMBERED_DATA_DIR, str(root))


class PulutApp(QObject):
    """Shows the wizard, the login window and the main window in turn."""

    def __init__(
        self,
        app: QApplication,
        data_root: Path,
        runner: OperationRunner,
        translations: Translations,
        *,
        remember: bool = True,
        page_factory: Callable | None = None,
    ) -> None:
        super().__init__(app)
        self._app, self._runner, self._translations = app, runner, translations
        self.data_root = Path(data_root)
        self._remember = remember
        self._page_factory = page_factory
        self.wizard: FirstRunWizard | None = None
        self.login: LoginWindow | None = None
        self.main_window: MainWindow | None = None
        self.store: Store | None = None
        self.damage_offer: QWidget | None = None

    @property
    def language(self) -> str:
        return self._translations.language

    def start(self) -> QWidget:
        public = read_public_settings(DataDir(self.data_root))
        self._translations.switch(public.get("language"))
        if DataDir(self.data_root).is_initialised():
            return self.show_login()
        return self.show_wizard()

    def show_wizard(self) -> FirstRunWizard:
        from .wizard import FirstRunWizard  # once per laptop; the login window starts without it

        self.wizard = FirstRunWizard(self.data_root, self._runner, language=self.language)
        self.wizard.sig_language_changed.connect(self._on_wizard_language_changed)
        self.wizard.sig_store_created.connect(self._on_wizard_store_created)
        self.wizard.show()
        return self.wizard

    def show_login(self, username: str = "", restore_from: Path | None = None) -> LoginWindow:
        public = read_public_settings(DataDir(self.data_root))
        self._translations.switch(public.get("language"))
        self.login = LoginWindow(
            self.data_root,
            self._runner,
            language=self.language,
            training=bool(public.get("training")),
            username=username,
            restore_from=restore_from,
        )
        self.login.sig_login_succeeded.connect(self._on_login_succeeded)
        self.login.show()
        return self.login

    def _on_wizard_language_changed(self, language: str) -> None:
        self._translations.switch(language)  # the wizard retranslates itself on LanguageChange

    def _on_wizard_store_created(self, root: str, username: str) -> None:
        self.data_root = Path(root)
        if self._remember:
            remember_data_dir(self.data_root)
        if self.wizard is not None:
            self.wizard.deleteLater()
            self.wizard = None
        self.show_login(username)

    def _on_login_succeeded(self, store: Store) -> None:
        from ..services.drafts import list_drafts
        from ..services.setup import run_after_login
        from .integration import build_registration_pages
        from .main_window import NEW, MainWindow

        self.store = store
        training = bool(read_public_settings(store.data_dir).get("training"))
        self.main_window = MainWindow(
            store,
            self._runner,
            language=self.language,
            training=training,
            event_source=self._app,
            page_factory=self._page_factory or build_registration_pages,
        )
        self.main_window.sig_signed_out.connect(self._on_main_window_signed_out)
        self.main_window.showMaximized()
        self.main_window.activateWindow()  # keyboard focus at once, also where no window manager gives it
        window = self.main_window
        if window.form is not None:
            # What an earlier session typed but never saved (a crash, a closed window) is offered at once.
            def offer(found: list) -> None:
                if found:
                    window.show_page(NEW)
                    window.form.offer_drafts(found)

            self._runner.run(lambda ctx: list_drafts(store), on_success=offer, parent=window)
        # The check, backup and purge run beside the officer's work, never queued in front of it.
        self._runner.run(
            lambda ctx: run_after_login(store), on_success=self._on_maintenance_done, parent=window, beside=True
        )
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None

    def _on_maintenance_done(self, result: MaintenanceResult) -> None:
        if result.damage is None or self.main_window is None:
            return
        self.damage_offer, restore = damage_offer(self.main_window, result, self.language)
        if restore is not None:
            restore.clicked.connect(partial(self._on_damage_restore_accepted, result))
        self.damage_offer.open()

    def _on_damage_restore_accepted(self, result: MaintenanceResult) -> None:
        """Sign out, then sign in again with the password, which restores the offered backup."""
        username = self.store.officer.username if self.store is not None else ""
        login = self.show_login(username, restore_from=result.offer.path if result.offer else None)
        if self.main_window is not None:
            self.main_window.close()
        login.activateWindow()

    def _on_main_window_signed_out(self) -> None:
        self._runner.wait_for_done(beside=False)  # the officer's own work; a backup may take minutes
        username = ""
        if self.store is not None:
            store, self.store = self.store, None
            username = store.officer.username
            # Queued behind any maintenance still running on that thread, so the store closes after it.
            self._runner.run(lambda _ctx: store.close(), beside=True)
        window = self.main_window
        if window is not None and window.signing_out:  # "Keluar": the next officer signs in here
            self.main_window = None
            window.deleteLater()
            self.show_login(username)


def main(argv: Sequence[str] | None = None, data_dir: Path | str | None = None) -> int:
    """Run Pulut Desktop. ``data_dir`` (``--data-dir``) wins over the folder remembered from the wizard."""
    app = QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    root = Path(data_dir) if data_dir else (remembered_data_dir() or default_data_dir())
    log_path = setup_logging(DataDir(root).logs)
    log.info("Pulut Desktop %s starting", __version__)
    apply_theme(app)
    translations = Translations(app)
    errors = ErrorHandler(lambda: translations.language, str(log_path), app)
    errors.install_excepthook()
    runner = OperationRunner(errors, app)
    controller = PulutApp(app, root, runner, translations, remember=data_dir is None)
    controller.start()
    code = app.exec()
    runner.wait_for_done()
    if controller.store is not None:
        controller.store.close()
    log.info("Pulut Desktop stopped")
    return code


if __name__ == "__main__":
    sys.exit(main())
