"""``pulut-province serve --workers 2`` on one PostgreSQL: two service processes, and still exactly
once. A nonce used in one process is refused in the other, a batch sent twice at the same moment gets
one receipt, and the same person sent under two NIKs by two laptops at once is held for review once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from pulut_desktop.outbox.online import Client
from pulut_desktop.province.cli import PASSPHRASE_ENV
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.models import Batch, RegistrationVersion, ReviewCase
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.keys import b64encode
from tests.conftest import make_registration
from tests.outbox.helpers import PASSPHRASE, Province, nik

from .conftest import free_port
from .crowd import at_once, laptop_with_batch

SERVE = Path(sys.executable).with_name("pulut-province")


def workers(pid: int) -> list[int]:
    """The service's worker processes (uvicorn spawns them; the resource tracker is not one)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(int(child))
    return found


@pytest.fixture
def two_workers(tmp_path, database_url):
    if not sys.platform.startswith("linux"):
        pytest.skip("counts the worker processes in /proc")
    store = ProvinceStore.open(tmp_path / "province", database_url, create=True)
    province = Province(store, create_keys(store, PASSPHRASE, name="Provinsi Uji", training=False))
    port = free_port()
    server = subprocess.Popen(
        [str(SERVE), "--data-dir", str(tmp_path / "province"), "--database-url", database_url, "serve",
         "--port", str(port), "--workers", "2"],
        env=dict(os.environ, **{PASSPHRASE_ENV: PASSPHRASE}), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # two fresh interpreters on a busy 2-core machine
    while True:
        try:
            if httpx.get(f"{url}/v1/health", timeout=1, trust_env=False).status_code == 200 and (
                len(workers(server.pid)) == 2
            ):
                break
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"serve --workers 2 did not start: {server.communicate()[1].decode()}")
        time.sleep(0.2)
    yield url, province, server
    server.terminate()
    server.wait(timeout=120)  # the supervisor stops both workers; slow when the machine is saturated
    store.close()


@pytest.mark.timeout(900)
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
def test_two_service_processes_stay_exactly_once(two_workers, tmp_path):
    url, province, server = two_workers
    assert len(workers(server.pid)) == 2
    laptops, uploads, device_ids = [], [], []
    try:
        for i in range(6):
            # the same person (name and birth date) under two NIKs, from two laptops at once
            twin = [make_registration(nik=nik(900 + i), full_name="Siti Kembar")] if i < 2 else []
            numbers = range(100 + i * 3, 100 + (i + 1) * 3)
            laptop, device_id, data = laptop_with_batch(tmp_path / f"l{i}", f"Laptop {i}", province, numbers, twin)
            laptops.append(laptop)
            device_ids.append(device_id)
            uploads.append((Client(laptop, url), data))
        uploads.append((Client(laptops[0], url), uploads[0][1]))  # the same batch, twice at once
        receipts = at_once([partial(client.upload, data) for client, data in uploads])
        for client, _ in uploads:
            client.close()
        assert receipts[0] == receipts[-1]
        with province.store.reader() as session:
            assert session.scalar(select(func.count()).select_from(Batch)) == 6
            assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == 6 * 3 + 2
            twins = session.scalars(
                select(RegistrationVersion.status).where(RegistrationVersion.nik.in_([nik(900), nik(901)]))
            ).all()
            assert sorted(twins) == ["accepted", "held_for_review"]
            assert session.scalar(select(func.count()).select_from(ReviewCase)) == 1

        # A nonce is single-use across both processes: every replay, on fresh connections that the
        # kernel spreads over the two workers, is refused.
        laptop, device_id = laptops[1], device_ids[1]
        nonce = httpx.get(f"{url}/v1/nonce", trust_env=False).json()["nonce"]
        signature = b64encode(laptop.signing_key().sign(signed_text("GET", "/v1/reference-bundle", nonce, b"")))
        headers = {"X-Pulut-Device": device_id, "X-Pulut-Nonce": nonce, "X-Pulut-Signature": signature}
        replies = [
            httpx.get(f"{url}/v1/reference-bundle", headers=headers, trust_env=False, timeout=30) for _ in range(8)
        ]
        assert [r.status_code for r in replies] == [200] + [401] * 7
        assert {r.json()["error"] for r in replies[1:]} == {"province.auth_nonce"}
    finally:
        for laptop in laptops:
            laptop.close()
