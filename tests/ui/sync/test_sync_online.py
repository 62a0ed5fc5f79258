""" "Sinkronkan sekarang" against the real province service (uvicorn on 127.0.0.1, SQLite)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.enrolment import import_enrolment_bytes
from pulut_desktop.outbox.online import sync_online
from pulut_desktop.province import devices
from pulut_desktop.sync import enrolment as wire
from tests.outbox.helpers import approve_new, statuses
from tests.ui.sync.conftest import settle


def enrol_with_server(laptop, province, url: str) -> None:
    with laptop.reader() as session:
        d = laptop.device(session)
        name, regency, training = d.name, d.regency_code, d.training
    request = wire.build_device_request(
        device_key=laptop.signing_key(), device_name=name, regency_code=regency, training=training
    )
    _, enrolment = devices.approve(province.store, wire.parse_device_request(request), province.keys, server_url=url)
    import_enrolment_bytes(laptop, enrolment, [province.keys_file])


def test_the_online_row_is_hidden_without_a_server(laptop, make_page):
    page = make_page(laptop)
    assert not page.online.isVisible()


def test_sync_now_sends_and_applies_the_answers(qtbot, runner, errors, laptop, service, settings, monkeypatch):
    from pulut_desktop.services import sync as work
    from pulut_desktop.ui.sync.page import SyncPage

    # Enrolments name an https server; the test service listens on plain http on 127.0.0.1, so the
    # URL the page passes (the enrolment's) is checked and then pointed at the test service.
    enrol_with_server(laptop, service.province, "https://pulut.province.test")
    called = []

    def to_test_service(store, base_url, progress, should_cancel, **options):
        called.append(base_url)
        return sync_online(store, service.url, progress, should_cancel, **options)

    monkeypatch.setattr(work, "sync_online", to_test_service)
    ids = [approve_new(laptop, n) for n in (1, 2)]
    page = SyncPage(laptop, runner, province_keys=[service.province.keys_file], settings=settings)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, runner)
    assert page.online.isVisible()
    assert "https://pulut.province.test" in page.online.server.text()

    qtbot.mouseClick(page.online.sync_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)

    assert errors.errors == []
    assert called == ["https://pulut.province.test"]
    assert {statuses(laptop)[i][0] for i in ids} == {Status.ACCEPTED.value}
    assert page.online.message.text().startswith("Batch no. 1 sent and answered: 2 accepted, 0 duplicate, 0 rejected.")
    assert page.ledger.model.row_at(0).status == "acknowledged"


def test_an_unreachable_server_is_reported_and_nothing_is_sent(qtbot, runner, errors, laptop, province, settings):
    from pulut_desktop.ui.sync.page import SyncPage
    from tests.province_http.conftest import free_port

    enrol_with_server(laptop, province, f"https://127.0.0.1:{free_port()}")  # nobody listens
    ids = [approve_new(laptop, n) for n in (1, 2)]
    page = SyncPage(laptop, runner, province_keys=[province.keys_file], settings=settings)
    qtbot.addWidget(page)
    page.refresh()
    settle(qtbot, runner)
    qtbot.mouseClick(page.online.sync_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert [e.code for e in errors.errors] == ["outbox.server_unreachable"]
    assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}
