"""50 laptops syncing with the province service at once, for a sustained period, on loopback (issue 9).

The service runs in its own process (``pulut-province serve``), so its resident memory can be watched
alone. Every laptop is a real encrypted store that registers workers in rounds and syncs each round.
Bounded: at most ROUNDS rounds and DEADLINE seconds. Asserts: no error anywhere, every registration
stored exactly once at the province, every laptop's records accepted, server memory flat.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.online import sync_online
from pulut_desktop.province.models import RegistrationVersion
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage import registrations
from pulut_desktop.storage.demo import synthetic_registrations
from tests.outbox.helpers import PASSPHRASE, make_laptop, statuses
from tests.province_http.conftest import enrol_direct, free_port

LAPTOPS = 50
ROUNDS = int(os.environ.get("PULUT_LOAD_ROUNDS", "4"))
PER_ROUND = 8
DEADLINE = 240  # seconds, for the whole traffic phase
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _start_server(root: Path, port: int) -> subprocess.Popen:
    env = dict(os.environ, PULUT_PROVINCE_PASSPHRASE=PASSPHRASE)
    server = subprocess.Popen(
        [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(root), "serve", "--host",
         "127.0.0.1", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/nonce", timeout=1).status_code < 500:
                return server
        except httpx.HTTPError:
            time.sleep(0.2)
        assert server.poll() is None, server.stderr.read()
    raise AssertionError("the service did not start")


@pytest.fixture
def province_root(tmp_path):
    from pulut_desktop.province.keys import create_keys

    store = ProvinceStore.open(tmp_path / "province", create=True)
    create_keys(store, PASSPHRASE, name="Provinsi Uji Beban", training=True)
    store.close()
    return tmp_path / "province"


def test_fifty_laptops_sustained(province_root, tmp_path):
    from pulut_desktop.province.keys import unlock
    from tests.outbox.helpers import Province

    province_store = ProvinceStore.open(province_root)
    province = Province(province_store, unlock(province_store, PASSPHRASE))
    laptops = []
    for i in range(LAPTOPS):
        laptop = make_laptop(tmp_path / f"laptop-{i}", f"Laptop Beban {i}", "14.71")
        enrol_direct(laptop, province)
        laptops.append(laptop)
    province_store.close()

    port = free_port()
    server = _start_server(province_root, port)
    url = f"http://127.0.0.1:{port}"
    errors: list[BaseException] = []
    memory: list[float] = []
    lock = threading.Lock()
    made = 0
    started = time.monotonic()
    try:

        def laptop_round(index: int, round_: int) -> None:
            nonlocal made
            try:
                regs = synthetic_registrations(PER_ROUND, seed=10_000 + index * 100 + round_)
                for reg in regs:  # distinct NIKs across laptops and rounds
                    reg.nik = reg.nik[:12] + f"{index + 1:02d}{round_ + 1:02d}"
                    reg.status = Status.APPROVED
                registrations.import_many(laptops[index], regs)
                with lock:
                    made += len(regs)
                sync_online(laptops[index], url)
            except BaseException as err:  # collected and reported below
                errors.append(err)

        with ThreadPoolExecutor(max_workers=LAPTOPS) as pool:
            for round_ in range(ROUNDS):
                if time.monotonic() - started > DEADLINE:
                    break
                list(pool.map(lambda i, r=round_: laptop_round(i, r), range(LAPTOPS)))
                memory.append(_rss_mb(server.pid))
        assert not errors, errors[:3]
        assert server.poll() is None, "the service died under load"
    finally:
        server.terminate()
        server.wait(timeout=30)

    store = ProvinceStore.open(province_root)
    with store.reader() as session:
        stored = session.scalar(select(func.count()).select_from(RegistrationVersion))
        distinct = session.scalar(select(func.count(func.distinct(RegistrationVersion.registration_id))))
    store.close()
    assert stored == distinct == made == LAPTOPS * PER_ROUND * len(memory)  # exactly once
    for laptop in laptops:
        assert {s for s, _ in statuses(laptop).values()} == {Status.ACCEPTED.value}
        laptop.close()
    # Memory flat: after the first round warmed the caches, later rounds add little.
    assert len(memory) >= 3
    assert memory[-1] - memory[1] < 40, memory
    print(
        f"\nserver RSS per round (MB): {[round(m) for m in memory]}; {made} registrations in "
        f"{time.monotonic() - started:.0f} s"
    )
