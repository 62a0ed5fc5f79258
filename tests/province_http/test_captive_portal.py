"""A captive portal answering 200 with an HTML page is not the province: nothing is marked sent."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from sqlalchemy import select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import PENDING
from pulut_desktop.outbox.online import NotProvinceServer, sync_online
from pulut_desktop.storage.models import BatchRow
from tests.outbox.helpers import approve_new, make_laptop, statuses

from .conftest import enrol_direct

PAGE = b"<!doctype html><title>Login Wi-Fi</title><form>Masukkan kode voucher</form>"


class Portal(BaseHTTPRequestHandler):
    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    do_GET = do_POST = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def portal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(timeout=5)
    server.server_close()


def test_captive_portal_leaves_every_batch_unsent(service, portal, tmp_path):
    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    try:
        enrol_direct(laptop, service.province)
        ids = [approve_new(laptop, n) for n in (1, 2, 3)]
        with pytest.raises(NotProvinceServer) as caught:
            sync_online(laptop, portal, max_registrations=2)
        assert caught.value.params["url"] == portal
        with laptop.reader() as session:
            assert [b.status for b in session.scalars(select(BatchRow))] == [PENDING, PENDING]
        assert {statuses(laptop)[i][0] for i in ids} == {Status.APPROVED.value}

        # The real server later: the same sealed batches go, and are answered.
        result = sync_online(laptop, service.url)
        assert result.sent == [1, 2]
        assert {statuses(laptop)[i][0] for i in ids} == {Status.ACCEPTED.value}
    finally:
        laptop.close()
