"""After-login maintenance runs beside the officer's work, never in front of it."""

from __future__ import annotations

import os
import threading

import pytest

from pulut_desktop.storage import registrations
from pulut_desktop.storage.queries import RegistrationQuery, fetch_rows, search_rowids
from pulut_desktop.ui.operations import MAINTENANCE_NICE
from tests.conftest import make_registration


def test_the_list_answers_while_maintenance_is_still_running(qtbot, runner, supervisor_store):
    store = supervisor_store
    registrations.save(store, make_registration())
    release, started = threading.Event(), threading.Event()

    def long_backup(_ctx):  # stands in for a backup that takes minutes at 200,000 records
        started.set()
        release.wait(30)
        return "backup done"

    done = []
    runner.run(long_backup, on_success=done.append, beside=True)
    assert started.wait(10)
    assert not runner.is_busy(), "maintenance must not make the window look busy"

    def list_page(_ctx):
        with store.reader() as session:
            return len(fetch_rows(session, search_rowids(session, RegistrationQuery(text=""))[:100]))

    rows = []
    runner.run(list_page, on_success=rows.append)
    qtbot.waitUntil(lambda: rows == [1], timeout=10_000)
    assert done == [], "the list answered while the backup was still running"
    release.set()
    qtbot.waitUntil(lambda: done == ["backup done"], timeout=10_000)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="per-thread nice values are a Linux feature")
def test_maintenance_yields_the_cpu_to_the_officers_work(qtbot, runner):
    """Issue 18: the backup and the damage check share 2 cores with the list; their thread steps back (nice 10)
    while the officer's worker thread keeps the application's own priority."""

    def own_nice(_ctx) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    process = os.getpriority(os.PRIO_PROCESS, 0)
    seen: dict[str, int] = {}
    runner.run(own_nice, on_success=lambda nice: seen.update(beside=nice), beside=True)
    runner.run(own_nice, on_success=lambda nice: seen.update(worker=nice))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == {"beside": max(process, MAINTENANCE_NICE), "worker": process}
