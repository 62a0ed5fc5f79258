"""The service killed with SIGKILL in the middle of an import, restarted, and the upload retried:
the batch is stored exactly once and the laptop ends with every record answered."""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time

from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import PENDING, _prepare
from pulut_desktop.outbox.online import Client, sync_online
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import Batch, RegistrationVersion
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage.models import BatchRow
from tests.outbox.helpers import PASSPHRASE, Province, approve_new, make_laptop, statuses

from .conftest import enrol_direct, free_port, serve_process

RECORDS = 250


def start(data_dir, port: int) -> subprocess.Popen:
    return serve_process(data_dir, port)


def counts(data_dir) -> tuple[int, int]:
    store = ProvinceStore.open(data_dir)
    try:
        with store.reader() as session:
            return (
                session.scalar(select(func.count()).select_from(Batch)),
                session.scalar(select(func.count()).select_from(RegistrationVersion)),
            )
    finally:
        store.close()


def test_sigkill_mid_import_then_retry_is_exactly_once(tmp_path):
    data_dir = tmp_path / "province"
    store = ProvinceStore.open(data_dir, create=True)
    province = Province(store, create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True))
    laptop = make_laptop(tmp_path / "laptop", "Laptop Uji", "14.71")
    try:
        enrol_direct(laptop, province)
        store.close()
        ids = [approve_new(laptop, n) for n in range(1, RECORDS + 1)]
        _prepare(laptop, 2000)
        with laptop.reader() as session:
            data = session.scalars(select(BatchRow.file_bytes)).one()

        port = free_port()
        server = start(data_dir, port)
        url = f"http://127.0.0.1:{port}"
        client = Client(laptop, url, sleep=lambda _s: None)
        outcome: list[object] = []
        upload = threading.Thread(target=lambda: outcome.append(_try(client.upload, data)))
        upload.start()
        time.sleep(0.15)  # the upload is in the import transaction (or just before/after it)
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        upload.join(timeout=120)
        client.close()
        batches, versions = counts(data_dir)
        assert (batches, versions) in ((0, 0), (1, RECORDS))  # all or nothing, never half a batch
        with laptop.reader() as session:
            assert [b.status for b in session.scalars(select(BatchRow))] == [PENDING]  # no receipt applied

        server = start(data_dir, port)
        try:
            result = sync_online(laptop, url)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=60)  # a graceful stop on a loaded machine
        assert result.sent == [1]
        assert counts(data_dir) == (1, RECORDS)
        assert {statuses(laptop)[i][0] for i in ids} == {Status.ACCEPTED.value}
    finally:
        laptop.close()


def _try(fn, *args):
    try:
        return fn(*args)
    except Exception as err:  # the connection dies with the server
        return err
