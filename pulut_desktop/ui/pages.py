"""The pages beyond the registration desk that the main window shows when their module exists.

Each feature adds one :class:`PageSpec` line here; the main window needs no other change. A page is
built as ``cls(store, runner, parent=None)`` and may offer ``refresh()`` (called whenever it is shown),
``set_language(str)`` and the signal ``sig_registration_open_requested(str)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    module: str
    class_name: str
    title: str  # English source string, translated in the "MainWindow" context
    supervisor_only: bool = False


EXTRA_PAGES: list[PageSpec] = [
    # e.g. PageSpec("drives", "pulut_desktop.ui.drives.page", "DrivesPage", QT_TRANSLATE_NOOP("MainWindow", "Drives")),
    PageSpec("drives", "pulut_desktop.ui.fieldops.drives", "DrivesPage", QT_TRANSLATE_NOOP("MainWindow", "Drives")),
    PageSpec("import", "pulut_desktop.ui.fieldops.lists", "ImportPage", QT_TRANSLATE_NOOP("MainWindow", "Import list")),
    PageSpec("sync", "pulut_desktop.ui.sync.page", "SyncPage", QT_TRANSLATE_NOOP("MainWindow", "Send data")),
    PageSpec("cards", "pulut_desktop.ui.cards.page", "CardsPage", QT_TRANSLATE_NOOP("MainWindow", "Print cards")),
]

_ = QT_TRANSLATE_NOOP  # keeps the import for the lines above
