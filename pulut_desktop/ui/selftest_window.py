"""The Qt part of ``pulut-desktop --self-test``: build the first screen offscreen and grab it.

Kept in ``ui/`` so that :mod:`pulut_desktop.selftest` never imports Qt itself. It proves that a bundle
carries a working platform plugin, the fonts, the stylesheet and the translations.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..paths import APP_AUTHOR, APP_NAME
from .errors import ErrorHandler
from .i18n import Translations
from .login import LoginWindow
from .main_window import MainWindow
from .operations import OperationRunner
from .theme import FONT_FAMILY, apply_theme

SOURCE_TITLE = "Pulut Desktop — Sign in"


def check_first_screen(data_root: Path, language: str = "id", screenshot: Path | None = None) -> str:
    """Show the login window of ``data_root`` briefly and grab it; returns a one-line summary.

    Raises ``RuntimeError`` with a plain explanation when something a real start needs is missing.
    """
    app = QCoreApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pulut-desktop"])
    if not isinstance(app, QApplication):
        raise RuntimeError("a non-GUI Qt application is already running")
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationVersion(__version__)
    apply_theme(app)
    if FONT_FAMILY not in QFontDatabase.families():
        raise RuntimeError(f"font {FONT_FAMILY!r} not available")
    # ICU collation (the Linux bundle carries a trimmed ICU data library): accents and case ignored.
    names = sorted(["Zulkifli", "ayu", "Ádi"], key=QCollator(QLocale("id_ID")).sortKey)
    if names != ["Ádi", "ayu", "Zulkifli"]:
        raise RuntimeError(f"Indonesian collation is not working (sorted {names})")
    translations = Translations(app)
    translations.switch(language)
    errors = ErrorHandler(lambda: translations.language, None, app)
    errors.modal = False
    runner = OperationRunner(errors, app)
    window = LoginWindow(data_root, runner, language=translations.language, training=False)
    try:
        window.show()
        app.processEvents()
        title = window.windowTitle()
        if language != "en" and title == SOURCE_TITLE:
            raise RuntimeError(f"translation {language!r} not loaded (title still {title!r})")
        pixmap = window.grab()
        if pixmap.isNull() or pixmap.width() < 100 or pixmap.height() < 100:
            raise RuntimeError("the login window could not be drawn")
        if screenshot is not None and not pixmap.save(str(screenshot)):
            raise RuntimeError(f"could not save {screenshot}")
        summary = (
            f"platform {app.platformName()}, Qt window {MainWindow.__name__} importable, "
            f"login {pixmap.width()}x{pixmap.height()} '{title}'"
        )
    finally:
        window.close()
        window.deleteLater()
        runner.wait_for_done()
        app.processEvents()
    return summary
