"""Searches typed while the worker is busy: only the newest runs and paints; the overtaken ones are skipped."""

from __future__ import annotations

import threading
from datetime import date

from _registration_helpers import registration
from PySide6.QtCore import Qt

from pulut_desktop.domain.people import Sex
from pulut_desktop.storage import registrations, review
from pulut_desktop.ui.registrations.page import RegistrationsPage


def test_only_the_newest_typed_search_runs(qtbot, store, runner, village, monkeypatch):
    village_region, _district, _regency = village
    born = date(1985, 8, 17)
    for n, name in enumerate(("SITI RAHMAWATI", "SITI AMINAH", "BUDI SIREGAR")):
        registrations.save(store, registration(f"147101170885{n + 1:04d}", name, born, Sex.MALE, village_region.code))
    page = RegistrationsPage(store, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)

    searched: list[str] = []
    real_head = review.search_head

    def head(store_, query, size, **kwargs):
        searched.append(query.text)
        return real_head(store_, query, size, **kwargs)

    monkeypatch.setattr(review, "search_head", head)
    finished: list[int] = []
    page.model.sig_search_finished.connect(finished.append)

    gate = threading.Event()
    runner.run(lambda _ctx: gate.wait(20))  # the worker is busy (a page fetch, a slow disk)
    search = page.filters.search_edit
    for text in ("siti", "budi", "rahma"):  # each Enter searches at once, without the typing pause
        search.clear()
        qtbot.keyClicks(search, text)
        qtbot.keyClick(search, Qt.Key.Key_Return)
    gate.set()
    qtbot.waitUntil(lambda: finished != [], timeout=10_000)
    runner.wait_for_done()
    qtbot.wait(50)  # any late result would arrive now

    assert searched == ["rahma"]
    assert finished == [1]
    assert page.model.rowCount() == 1 and page.model.row_at(0).row.full_name == "SITI RAHMAWATI"
