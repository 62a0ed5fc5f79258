"""Enter in the list's search opens the registration when the search found exactly one."""

from __future__ import annotations

from datetime import date

from _registration_helpers import registration
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.storage import registrations
from pulut_desktop.ui.registrations.page import RegistrationsPage


def test_enter_opens_the_only_result(qtbot, store, runner, village):
    village_region, _district, _regency = village
    born = date(1985, 8, 17)
    ids = {}
    for n, name in enumerate(("SITI RAHMAWATI", "SITI AMINAH")):
        nik = f"147101170885{n + 1:04d}"
        ids[name] = registrations.save(store, registration(nik, name, born, Sex.MALE, village_region.code)).id
    page = RegistrationsPage(store, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10_000)
    opened: list[str] = []
    page.sig_registration_open_requested.connect(opened.append)
    search = page.filters.search_edit
    qtbot.keyClicks(search, "siti")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # two results: nothing opens
    qtbot.waitUntil(lambda: not page.model.is_searching(), timeout=10_000)
    assert opened == []
    search.clear()
    qtbot.keyClicks(search, "rahma")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: opened == [ids["SITI RAHMAWATI"]], timeout=10_000)
