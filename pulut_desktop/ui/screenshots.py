"""Render every screen and dialog to PNG, offscreen, at 1366×768, in both languages.

    python -m pulut_desktop.ui.screenshots --out docs/screenshots

Works on a temporary training data dir filled with demo data; nothing touches the officer's data. Every
page the main window shows is shot as ``main-<key>-<lang>.png`` (the pages of ``pages.EXTRA_PAGES``
too, without editing this file); the registration desk is also shot in the states of :mod:`.scenes`.
Only files named here are written; nothing else in the folder is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..domain.errors import PulutError
from ..storage.accounts import add_officer
from ..storage.errors import LoginFailed
from ..storage.store import Role, Store
from . import scenes
from .errors import ErrorHandler
from .i18n import Translations
from .login import LoginWindow, login_failure_text
from .main_window import MainWindow
from .officer_dialogs import AddOfficerDialog, ResetPasswordDialog
from .operations import OperationRunner
from .theme import apply_theme
from .wizard import FirstRunWizard

SIZE = (1366, 768)
PASSWORD = "latihan-123"


def _settle(runner: OperationRunner, ms: int = 150) -> None:
    """Let queued work finish and its callbacks run (and the work those callbacks queue: a page of the
    approval queue is read after its count), then let layouts and paint events settle."""
    for _ in range(20):
        runner.wait_for_done()
        for _ in range(3):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if not runner.is_busy():
            break
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Shooter:
    def __init__(self, out: Path, runner: OperationRunner) -> None:
        self.out, self.runner, self.saved = out, runner, []

    def shoot(self, widget: QWidget, name: str, language: str, size: tuple[int, int] | None = SIZE) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        _settle(self.runner)
        path = self.out / f"{name}-{language}.png"
        widget.grab().save(str(path))
        self.saved.append(path)


def start_shooting(out: Path) -> tuple[QApplication, Translations, ErrorHandler, OperationRunner, Shooter]:
    """The themed application, its translations, an error handler that never blocks and the runner that
    uses it, a shooter into ``out``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)
    translations = Translations(app)
    errors = ErrorHandler(lambda: translations.language)
    errors.modal = False
    runner = OperationRunner(errors)
    out.mkdir(parents=True, exist_ok=True)
    return app, translations, errors, runner, Shooter(out, runner)


def _demo_store(root: Path) -> Store:
    store = Store.create(
        root,
        username="sri",
        full_name="Sri Wahyuni",
        password=PASSWORD,
        device_name="Laptop Disnakertrans Kampar 02",
        regency_code="14.01",
        training=True,
    )
    add_officer(store, "budi", "Budi Santoso", PASSWORD, Role.OFFICER)
    add_officer(store, "dewi.r", "Dewi Rahmawati", PASSWORD, Role.OFFICER)
    try:
        from ..storage.demo import make_demo_data
    except ImportError:  # the demo generator is optional; the screens work on an empty store too
        return store
    make_demo_data(store, 240, seed=7)
    return store


def render_all(
    out: Path, languages: tuple[str, ...] = ("id", "en"), page_factory: Callable | None = None
) -> list[Path]:
    app, translations, errors, runner, shooter = start_shooting(out)
    with tempfile.TemporaryDirectory(prefix="pulut-shots-") as tmp:
        store = _demo_store(Path(tmp) / "data")
        history_id = scenes.record_with_history(store)
        extra = {"page_factory": page_factory} if page_factory else {}
        for language in languages:
            translations.switch(language)
            _render_language(shooter, store, runner, errors, app, language, Path(tmp), extra)
            _render_registration_desk(shooter, store, runner, app, language, history_id, extra)
        scenes.open_drive(store)  # after every other shot, so none of them shows this drive
        for language in languages:
            translations.switch(language)
            _render_drive_desk(shooter, store, runner, app, language, extra)
        runner.wait_for_done()
        store.close()
    return shooter.saved


def _render_language(
    shooter: Shooter,
    store: Store,
    runner: OperationRunner,
    errors: ErrorHandler,
    app: QApplication,
    language: str,
    tmp: Path,
    extra: dict,
) -> None:
    wizard = FirstRunWizard(tmp / "new-data", runner, language=language)
    wizard.account_page.username.setText("sri")
    wizard.account_page.full_name.setText("Sri Wahyuni")
    wizard.account_page.password.setText(PASSWORD)
    wizard.account_page.repeat.setText(PASSWORD)
    for index, name in enumerate(("wizard-language", "wizard-account", "wizard-device", "wizard-data")):
        if index:
            wizard.next()
        shooter.shoot(wizard, name, language, size=None)  # a dialog: its own size
    wizard.close()

    login = LoginWindow(store.data_dir.root, runner, language=language, training=True, username="budi")
    shooter.shoot(login, "login", language)
    login.message.show_error(login_failure_text(LoginFailed(remaining=3), language))
    shooter.shoot(login, "login-failed", language)
    login.close()

    window = MainWindow(store, runner, language=language, training=True, event_source=app, **extra)
    for key in window.page_keys():
        window.show_page(key)
        shooter.shoot(window, f"main-{key}", language)
    window.lock()
    shooter.shoot(window, "lock", language)
    window.close()

    officer = Store.open(store.data_dir.root, "budi", PASSWORD)
    officer_window = MainWindow(officer, runner, language=language, training=True, event_source=app, **extra)
    officer_window.show_page("settings")
    shooter.shoot(officer_window, "officer-settings", language)
    officer_window.close()
    runner.wait_for_done()
    officer.close()

    host = QWidget()
    host.resize(*SIZE)
    add = AddOfficerDialog(store, runner, language, host)
    add.username.setText("rina.s")
    add.full_name.setText("Rina Safitri")
    shooter.shoot(add, "dialog-add-officer", language, size=None)
    reset = ResetPasswordDialog(store, runner, language, "budi", "Budi Santoso", host)
    shooter.shoot(reset, "dialog-reset-password", language, size=None)
    for dialog in (add, reset):
        dialog.close()

    friendly = errors.show_error(PulutError("officer.exists", username="budi"), host)
    shooter.shoot(friendly, "dialog-error", language, size=None)
    friendly.close()
    try:
        raise RuntimeError("example: the disk was removed while saving")
    except RuntimeError as err:
        report = errors.show_error(err, host)
    shooter.shoot(report, "dialog-unexpected-error", language, size=None)
    report.close()
    host.deleteLater()


def _render_registration_desk(
    shooter: Shooter,
    store: Store,
    runner: OperationRunner,
    app: QApplication,
    language: str,
    history_id: str,
    extra: dict,
) -> None:
    window = MainWindow(store, runner, language=language, training=True, event_source=app, **extra)
    if window.form is not None:
        window.show_page("new")
        scenes.form_with_nik_warnings(window.form, store)
        shooter.shoot(window, "registration-form-nik-warnings", language)
        window.form.new_registration()
        scenes.form_with_duplicate_nik(window.form, store, runner)
        shooter.shoot(window, "registration-form-duplicate-nik", language)
        window.form.new_registration()
        window.open_registration(history_id)
        shooter.shoot(window, "registration-form-history", language)
        window.form.new_registration()
        near = scenes.near_match_dialog(store, window)
        shooter.shoot(near, "dialog-near-match", language, size=None)
        near.close()
        restore = scenes.drafts_dialog(store, window)
        shooter.shoot(restore, "dialog-drafts-restore", language, size=None)
        restore.close()
    if window.registrations is not None:
        window.show_page("list")
        window.registrations.filters.show_more(True)
        shooter.shoot(window, "registrations-list-more-filters", language)
    if window.approvals is not None:
        window.show_page("approvals")
        _settle(runner)
        window.approvals.table.selectRow(0)
        shooter.shoot(window, "approvals-selected", language)
        noted = _first_row_with_notes(window.approvals)
        if noted is not None:
            window.approvals.table.selectRow(noted)
            shooter.shoot(window, "approvals-notes", language)
            window.approvals.approve_rows([noted])  # the question only: it is closed unanswered
            _settle(runner)
            if window.approvals.question is not None:
                shooter.shoot(window.approvals.question, "dialog-approve-question", language, size=None)
                window.approvals.question.reject()
        reject = scenes.reject_dialog(window)
        shooter.shoot(reject, "dialog-reject", language, size=None)
        reject.close()
    window.close()
    runner.wait_for_done()


def _render_drive_desk(
    shooter: Shooter, store: Store, runner: OperationRunner, app: QApplication, language: str, extra: dict
) -> None:
    """At an open drive: the new form with the village filled in and "sama dengan sebelumnya" ticked; the
    "Draf tersimpan" list."""
    window = MainWindow(store, runner, language=language, training=True, event_source=app, **extra)
    if window.form is not None:
        window.show_page("new")
        window.form.work.same_as_previous_check.setChecked(True)
        window.form.new_registration()
        _settle(runner)
        window.form.scroll.ensureWidgetVisible(window.form.address.drive_hint, 50, 50)
        shooter.shoot(window, "registration-form-drive-defaults", language)
        scenes.partial_drafts(store)
        drafts_list = window.form.show_drafts_list()
        shooter.shoot(drafts_list, "dialog-drafts-list", language, size=None)
        drafts_list.close()
    window.close()
    runner.wait_for_done()


def _first_row_with_notes(page) -> int | None:
    from .registrations.model import ROW_ROLE

    for row in range(min(page.model.rowCount(), 100)):
        item = page.model.index(row, 0).data(ROW_ROLE)
        if item is not None and item.notes is not None and item.notes.needs_confirmation:
            return row
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--languages", default="id,en")
    args = parser.parse_args(argv)
    saved = render_all(args.out, tuple(args.languages.split(",")))
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
