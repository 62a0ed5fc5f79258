"""The Qt part of the self-test's ``pages`` check: every page of the main window and the handbook (F1).

A bundle or a wheel that lost a page module (the pages are found by module name, see
:mod:`pulut_desktop.ui.integration`), the handbook, one of its screenshots or a page's help section fails
here instead of in front of an officer.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ..handbook import HANDBOOK, handbook
from ..storage.store import Store
from .errors import ErrorHandler
from .help import HelpWindow, anchor_for
from .main_window import MainWindow
from .operations import OperationRunner
from .pages import EXTRA_PAGES

BASE_PAGES = ("home", "new", "list", "approvals")
END_PAGES = ("officers", "settings")


def expected_pages(store: Store) -> list[str]:
    """The page keys a supervisor's main window must have when every page module is installed."""
    supervisor = store.officer.is_supervisor
    extra = [spec.key for spec in EXTRA_PAGES if supervisor or not spec.supervisor_only]
    base = [key for key in BASE_PAGES if supervisor or key != "approvals"]
    return [*base, *extra, *(key for key in END_PAGES if supervisor or key != "officers")]


def _settle(app: QApplication, runner: OperationRunner, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        app.processEvents()
        if not runner.is_busy():
            return
        if time.monotonic() > deadline:
            raise RuntimeError("a page's background work did not finish within 30 s")
        time.sleep(0.01)


def _check_help(window: MainWindow, keys: list[str]) -> str:
    book = handbook(HANDBOOK)
    missing = [f"{key}→{anchor_for(key) or '?'}" for key in keys if anchor_for(key) not in book.anchors]
    if missing:
        raise RuntimeError(f"pages without a section in the handbook: {', '.join(missing)}")
    window.show_page(keys[0])
    window.show_help()  # what F1 and the Help button do
    help_window = window.findChild(HelpWindow)
    if help_window is None or not help_window.isVisible():
        raise RuntimeError("Help (F1) did not open the handbook")
    text = help_window.browser.toPlainText()
    if len(text) < 2000:
        raise RuntimeError(f"the handbook window shows only {len(text)} characters")
    base = help_window.browser.document().baseUrl()
    broken = [image for image in book.images if QImage(base.resolved(QUrl(image)).toLocalFile()).isNull()]
    if broken:
        raise RuntimeError(f"handbook screenshots missing or unreadable: {', '.join(broken)}")
    help_window.close()
    return f"handbook {len(text)} characters, {len(book.images)} screenshots, {len(book.anchors)} sections"


def check_pages(store: Store, language: str) -> str:
    """Build the main window on ``store``, show and draw every page, open the handbook; one-line summary.

    Runs after :func:`.selftest_window.check_first_screen`, which made the application and its translations.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no Qt application (the window check runs first)")
    errors = ErrorHandler(lambda: language, None, app)
    errors.modal = False
    runner = OperationRunner(errors, app)
    window = MainWindow(store, runner, language=language, training=False, event_source=app)
    try:
        window.show()
        _settle(app, runner)
        keys, wanted = window.page_keys(), expected_pages(store)
        absent = [key for key in wanted if key not in keys]
        if absent:
            raise RuntimeError(f"pages missing from the main window: {', '.join(absent)}")
        for key in keys:
            window.show_page(key)
            _settle(app, runner)
            pixmap = window.grab()
            if pixmap.isNull() or window.current_key() != key:
                raise RuntimeError(f"page {key!r} could not be shown")
        summary = f"{len(keys)} pages drawn; " + _check_help(window, keys)
        if errors.shown:
            raise RuntimeError(f"a page reported an error: {errors.shown[0]!r}")
        return summary
    finally:
        window.close()
        window.deleteLater()
        _settle(app, runner)
        app.processEvents()
