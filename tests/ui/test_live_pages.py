"""Live pages: the runner says "data changed" after work that wrote to the store (Anki's
``operation_did_execute``), and the pages show current data without F5; dialogs open on their first field."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.ui.main_window import MainWindow
from pulut_desktop.ui.officer_dialogs import AddOfficerDialog, ResetPasswordDialog
from pulut_desktop.ui.registrations.model import RegistrationColumn
from tests.conftest import make_registration
from tests.outbox.helpers import nik


@pytest.fixture(autouse=True)
def indonesian(translations):
    """In the default language."""


def test_runner_says_data_changed_after_a_write_and_not_after_a_read(qtbot, supervisor_store, runner):
    seen: list[frozenset] = []
    runner.sig_data_changed.connect(seen.append)
    with qtbot.waitSignal(runner.sig_data_changed, timeout=10_000) as changed:
        runner.run(lambda _ctx: registrations.save(supervisor_store, make_registration(nik=nik(1)), submit=True))
    assert "registrations" in changed.args[0]

    done = []
    runner.run(lambda _ctx: registrations.count_by_status(supervisor_store), on_success=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.wait(50)
    assert len(seen) == 1, seen  # the read said nothing


def _count(page) -> str:
    return page.count_label.text()


def test_pages_show_changes_made_elsewhere_without_f5(qtbot, qapp, supervisor_store, runner):
    store = supervisor_store
    window = MainWindow(store, runner, language="id", training=False, event_source=qapp)
    qtbot.addWidget(window)
    window.show()
    window.show_page("list")
    qtbot.waitUntil(lambda: _count(window.registrations) == "0 pendaftaran", timeout=10_000)

    # A save made through the runner by another part of the app: the list on screen follows at once.
    saved = []
    runner.run(
        lambda _ctx: registrations.save(store, make_registration(nik=nik(1)), submit=True), on_success=saved.append
    )
    qtbot.waitUntil(lambda: _count(window.registrations) == "1 pendaftaran", timeout=10_000)
    runner.run(lambda _ctx: registrations.save(store, make_registration(nik=nik(2), full_name="Rina"), submit=True))
    qtbot.waitUntil(lambda: _count(window.registrations) == "2 pendaftaran", timeout=10_000)

    # Approved in the queue; the list, hidden meanwhile, shows the new status when it is shown again.
    window.show_page("approvals")
    qtbot.waitUntil(lambda: _count(window.approvals) == "2 menunggu", timeout=10_000)
    runner.run(lambda _ctx: registrations.set_status(store, [saved[0].id], Status.APPROVED))
    qtbot.waitUntil(lambda: _count(window.approvals) == "1 menunggu", timeout=10_000)
    model = window.registrations.model
    statuses = lambda: {model.index(row, RegistrationColumn.STATUS).data() for row in range(model.rowCount())}  # noqa: E731
    assert statuses() == {"Menunggu persetujuan"}  # hidden: not refreshed yet
    window.show_page("list")
    qtbot.waitUntil(lambda: statuses() == {"Menunggu persetujuan", "Disetujui"}, timeout=10_000)


def test_officer_dialogs_open_on_their_first_field(qtbot, supervisor_store, runner):
    add = AddOfficerDialog(supervisor_store, runner, "id")
    qtbot.addWidget(add)
    add.show()
    add.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is add.username, timeout=5000)
    reset = ResetPasswordDialog(supervisor_store, runner, "id", "super", "Sri Supervisor")
    qtbot.addWidget(reset)
    reset.show()
    reset.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is reset.password, timeout=5000)
