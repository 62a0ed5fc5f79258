"""``pulut-desktop enrol-online`` and ``pulut-desktop sync`` against a live province service over HTTP."""

from __future__ import annotations

import io
import threading
import time

from pulut_desktop import cli
from pulut_desktop.domain.status import Status
from pulut_desktop.province import devices
from pulut_desktop.services.setup import log_in
from tests.conftest import PASSWORD
from tests.outbox.helpers import approve_new, make_laptop, statuses


def _run(monkeypatch, capsys, argv: list[str]) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def _approve_when_asked(service, stop: threading.Event) -> None:
    """The province admin: approves the first request that arrives."""
    while not stop.is_set():
        for row in devices.pending_requests(service.store):
            devices.approve_online(service.store, row.request_id, service.keys)
            return
        time.sleep(0.05)


def test_enrol_online_then_sync_from_the_command_line(service, tmp_path, monkeypatch, capsys):
    root = tmp_path / "laptop"
    laptop = make_laptop(root)
    ids = [approve_new(laptop, n) for n in (1, 2)]
    laptop.close()
    login = ["--data-dir", str(root), "--lang", "en"]
    stop = threading.Event()
    admin = threading.Thread(target=_approve_when_asked, args=(service, stop), daemon=True)
    admin.start()
    try:
        code, out, err = _run(monkeypatch, capsys, [*login, "enrol-online", "--user", "super", "--password-stdin",
                              "--server", service.url, "--province-keys", str(service.province.keys_file),
                              "--poll", "0.05", "--timeout", "20"])  # fmt: skip
    finally:
        stop.set()
        admin.join(5)
    assert code == 0, err
    assert "Laptop enrolled as device" in out

    code, out, err = _run(monkeypatch, capsys, [*login, "sync", "--user", "super", "--password-stdin",
                          "--server", service.url])  # fmt: skip
    assert code == 0, err
    assert "Synced: 1 batch(es) sent, 2 accepted, 0 duplicate, 0 rejected, 0 held for review" in out
    with log_in(root, "super", PASSWORD) as reopened:
        assert {statuses(reopened)[i][0] for i in ids} == {Status.ACCEPTED.value}
