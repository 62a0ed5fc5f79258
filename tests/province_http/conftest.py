"""The real province service on 127.0.0.1 (a free port, uvicorn in a thread) against SQLite, and
against a real PostgreSQL when ``PULUT_TEST_POSTGRES_URL`` is set (``.ci/postgres.sh``). Under CI
(``CI=true``) a missing PostgreSQL fails the PostgreSQL tests instead of skipping them."""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from dataclasses import dataclass

import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from pulut_desktop.outbox.enrolment import import_enrolment_bytes
from pulut_desktop.province import devices
from pulut_desktop.province.app import create_app
from pulut_desktop.province.keys import ProvinceKeyring, create_keys
from pulut_desktop.province.store import ProvinceStore
from pulut_desktop.storage.store import Store
from pulut_desktop.sync import enrolment as wire
from tests.outbox.helpers import PASSPHRASE, Province

POSTGRES_ENV = "PULUT_TEST_POSTGRES_URL"
SMALL_LIMIT = 256 * 1024  # upload cap of the test service (the real default is 64 MiB)
# How long a service may take to start: generous, since a loaded 2-core machine starts Python slowly and
# no test here asserts start-up time (benchmarks/ measures that).
START_DEADLINE = 120


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{POSTGRES_ENV} is not set under CI: .ci/run must start PostgreSQL (.ci/postgres.sh)")
        pytest.skip(f"{POSTGRES_ENV} not set (run: source .ci/postgres.sh)")
    return url


@pytest.fixture
def database_url(request, tmp_path):
    """None (SQLite in the data dir) or a fresh PostgreSQL database, dropped afterwards."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield None
        return
    base = make_url(postgres_url())
    name = f"pulut_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


BACKENDS = pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)


@dataclass
class Service:
    url: str
    province: Province

    @property
    def store(self) -> ProvinceStore:
        return self.province.store

    @property
    def keys(self) -> ProvinceKeyring:
        return self.province.keys


class ThreadServer:
    def __init__(self, app, port: int) -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="uvicorn-test", daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + START_DEADLINE
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def service(tmp_path, database_url):
    store = ProvinceStore.open(tmp_path / "province", database_url, create=True)
    keys = create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
    port = free_port()
    app = create_app(store, keys, max_upload=SMALL_LIMIT)
    with ThreadServer(app, port):
        yield Service(f"http://127.0.0.1:{port}", Province(store, keys))
    store.close()


def enrol_direct(laptop: Store, province: Province) -> str:
    """Approve the laptop's request at the province without a stick (as the admin CLI would)."""
    with laptop.reader() as session:
        d = laptop.device(session)
        name, regency, training = d.name, d.regency_code, d.training
    data = wire.build_device_request(
        device_key=laptop.signing_key(), device_name=name, regency_code=regency, training=training
    )
    device, enrolment = devices.approve(province.store, wire.parse_device_request(data), province.keys)
    import_enrolment_bytes(laptop, enrolment, [province.keys_file])
    return device.id


def serve_process(data_dir, port: int, passphrase: str = PASSPHRASE):
    """``pulut-province serve`` as the admin starts it, in its own process; waits until it answers."""
    import subprocess
    import sys

    import httpx

    process = subprocess.Popen(
        [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(data_dir), "--passphrase-stdin",
         "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    process.stdin.write(passphrase.encode() + b"\n")
    process.stdin.close()
    deadline = time.monotonic() + START_DEADLINE
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", trust_env=False).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"pulut-province serve did not answer (exit {process.wait()}): {process.stderr.read().decode()}")
