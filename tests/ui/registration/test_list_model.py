"""The lazy list model over 200,000 registrations: rowids only, pages fetched off the GUI thread."""

from __future__ import annotations

import time

from pulut_desktop.storage import review
from pulut_desktop.storage.queries import RegistrationQuery, SortKey
from pulut_desktop.ui.registrations.model import (
    PAGE_SIZE,
    PLACEHOLDER,
    STATUS_ROLE,
    RegistrationColumn,
    RegistrationTableModel,
)
from tests.bulk import fill_registrations

ROWS = 200_000


def test_model_with_200k_rows_counts_and_fetches_the_last_page(qtbot, store, runner, village):
    region, _, _ = village
    fill_registrations(store, ROWS, region.code)
    model = RegistrationTableModel(store, runner, RegistrationQuery(sort=SortKey.NAME, descending=False))
    with qtbot.waitSignal(model.sig_search_finished, timeout=30000) as found:
        model.refresh()
    assert found.args == [ROWS] and model.rowCount() == ROWS
    # The first page arrives with the search itself: the top of the list paints at once.
    assert model.is_page_loaded(0)
    assert model.index(0, RegistrationColumn.NAME).data() == "PEKERJA SINTETIS 000001"

    last = ROWS - 1
    assert model.index(last, RegistrationColumn.NAME).data() == PLACEHOLDER  # never blocks: the page is queued
    with qtbot.waitSignal(model.sig_page_loaded, timeout=10000) as loaded:
        pass
    assert loaded.args == [last // PAGE_SIZE]
    assert model.index(last, RegistrationColumn.NAME).data() == f"PEKERJA SINTETIS {ROWS:06d}"
    assert model.index(0, RegistrationColumn.STATUS).data(STATUS_ROLE) is not None

    # Measurements for the record (see the model's docstring).
    rowids = review.search(store, RegistrationQuery())
    timings = []
    for start in (0, ROWS // 2, ROWS - PAGE_SIZE, 0, ROWS // 2, ROWS - PAGE_SIZE):
        began = time.perf_counter()
        page = review.fetch_page(store, rowids[start : start + PAGE_SIZE])
        timings.append((time.perf_counter() - began) * 1000)
        assert len(page) == PAGE_SIZE
    began = time.perf_counter()
    review.search(store, RegistrationQuery(text="SINTETIS 1999"))
    search_ms = (time.perf_counter() - began) * 1000
    print(
        f"\npage of {PAGE_SIZE} by rowid at {ROWS} rows: "
        + ", ".join(f"{t:.1f}" for t in timings)
        + f" ms; name-fragment search {search_ms:.1f} ms"
    )


def test_rows_past_the_head_painted_before_the_rest_came_ask_for_it_ahead_of_queued_loads(
    qtbot, store, runner, village, monkeypatch
):
    """Issue 18: after sign-in Beranda's loads wait in the queue behind the list's first page; the officer who
    scrolls the list gets the rest of its rowids ahead of them, not after them."""
    import threading

    from pulut_desktop.services import browse

    region, _, _ = village
    fill_registrations(store, PAGE_SIZE + 50, region.code)
    order: list[str] = []
    search = browse.find_registrations

    def recorded(*args):
        order.append("rest of the list")
        return search(*args)

    monkeypatch.setattr(browse, "find_registrations", recorded)
    release, started = threading.Event(), threading.Event()
    model = RegistrationTableModel(store, runner, RegistrationQuery())

    def gate(_ctx):  # the worker is busy (Beranda's counts) when the head's answer arrives
        started.set()
        release.wait(10)

    with qtbot.waitSignal(model.sig_search_finished, timeout=30000):
        model.refresh()  # the list's first page, then the worker is busy and Beranda's loads wait behind it
        runner.run(gate)
        runner.run(lambda _ctx: order.append("home"))
        assert started.wait(10)
    last = PAGE_SIZE + 49
    assert model.index(last, RegistrationColumn.NAME).data() == PLACEHOLDER
    release.set()
    qtbot.waitUntil(lambda: model.index(last, RegistrationColumn.NAME).data() != PLACEHOLDER, timeout=10000)
    assert model.index(last, RegistrationColumn.NAME).data() == "PEKERJA SINTETIS 000001"  # newest first
    qtbot.waitUntil(lambda: len(order) == 2, timeout=10000)
    assert order == ["rest of the list", "home"]
    assert runner.wait_for_done(10000)
    qtbot.wait(50)
    assert order == ["rest of the list", "home"], "the second copy of the search was skipped"
