"""The pages beyond the registration desk that the main window shows.

Each feature adds one :class:`PageSpec` line here; the main window needs no other change. A page is
built as ``cls(store, runner)``, loads nothing while it is built (the main window builds every page at
sign-in) and may offer ``refresh()`` (called whenever it is shown, the first time too),
``set_language(str)`` and the signal ``sig_registration_open_requested(str)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from .cards.page import CardsPage
from .fieldops.drives import DrivesPage
from .fieldops.lists import ImportPage
from .renewals.page import RenewalsPage
from .sync.page import SyncPage


@dataclass(frozen=True)
class PageSpec:
    key: str
    page: type[QWidget]
    title: str  # English source string, translated in the "MainWindow" context
    supervisor_only: bool = False


EXTRA_PAGES: list[PageSpec] = [
    PageSpec("drives", DrivesPage, QT_TRANSLATE_NOOP("MainWindow", "Drives")),
    PageSpec("import", ImportPage, QT_TRANSLATE_NOOP("MainWindow", "Import list")),
    PageSpec("sync", SyncPage, QT_TRANSLATE_NOOP("MainWindow", "Send data")),
    PageSpec("cards", CardsPage, QT_TRANSLATE_NOOP("MainWindow", "Print cards")),
    PageSpec("renewals", RenewalsPage, QT_TRANSLATE_NOOP("MainWindow", "Renewals")),
]
