"""The home page's field dashboard: the queues and the per-village count come from the store, off the GUI
thread, and change when the data does."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.ui.fieldops.dashboard import FieldDashboard
from tests.conftest import make_registration


def _shown(board: FieldDashboard, key: str) -> str:
    return board.findChild(QLabel, f"queue_{key}").text()


def test_the_dashboard_counts_what_waits(qtbot, supervisor_store, runner):
    store = supervisor_store
    board = FieldDashboard(store, runner)
    qtbot.addWidget(board)
    board.refresh()
    qtbot.waitUntil(lambda: getattr(board, "data", None) is not None, timeout=10000)
    assert (_shown(board, "approve"), board.data.total) == ("0", 0)

    first = registrations.save(store, make_registration(nik="1471014508900001"))
    registrations.save(store, make_registration(nik="1471014508900002", full_name="Rina Wati"))
    registrations.set_status(store, [first.id], Status.APPROVED)
    board.data = None
    board.refresh()
    qtbot.waitUntil(lambda: getattr(board, "data", None) is not None, timeout=10000)

    assert board.data.total == 2
    assert board.data.to_approve == 1 and _shown(board, "approve") == "1"
    assert sum(v.count for v in board.data.per_village) == 2
