"""The real ``pulut-province serve`` (a child process, its own uvicorn limits) under abuse from outside:
big unauthenticated uploads, a slowloris client, a nonce flood, hostile headers, unknown addresses."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from pulut_desktop.province.guard import HEADER_TIMEOUT
from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.store import ProvinceStore
from tests.outbox.helpers import PASSPHRASE

from .conftest import free_port

MIB = 1024 * 1024


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("abuse") / "province"
    with ProvinceStore.open(data_dir, create=True) as store:
        create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "pulut_desktop.province.cli", "--data-dir", str(data_dir), "--passphrase-stdin",
         "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    process.stdin.write(PASSPHRASE.encode() + b"\n")
    process.stdin.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120  # a loaded 2-core machine unlocks the keys slowly
    while True:
        try:
            if httpx.get(f"{url}/v1/health", trust_env=False).status_code == 200:
                break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError(process.stderr.read().decode()) from None
            time.sleep(0.1)
    yield url, port, process
    process.terminate()
    process.wait(timeout=20)


def _error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code and body["message"] and body["pesan"], body


def test_unauthenticated_63_mib_uploads_cost_no_memory(served):
    url, _, process = served
    before = _rss(process.pid)
    chunk = b"\0" * MIB
    answers: list[int] = []

    def upload() -> None:
        def body():
            for _ in range(63):
                yield chunk

        headers = {"Content-Length": str(63 * MIB), "X-Pulut-Device": "f" * 36}
        try:
            with httpx.Client(timeout=60, trust_env=False) as http:
                answers.append(http.post(f"{url}/v1/batches", content=body(), headers=headers).status_code)
        except httpx.TransportError:
            answers.append(-1)  # the server answered 401 and closed while we were still sending: fine

    threads = [threading.Thread(target=upload) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert len(answers) == 6 and set(answers) <= {401, -1}, answers
    growth = _rss(process.pid) - before
    assert growth < 50 * MIB, f"RSS grew by {growth / MIB:.1f} MiB"


def test_slow_header_client_is_cut_off(served):
    _, port, _ = served
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(b"GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        started = time.monotonic()
        closed_after = None
        while time.monotonic() - started < HEADER_TIMEOUT + 15:
            try:
                conn.sendall(b"X-Slow: a\r\n")  # one header line a second, never the blank line
                conn.settimeout(1)
                if conn.recv(1024) == b"":
                    closed_after = time.monotonic() - started
                    break
            except TimeoutError:
                continue
            except OSError:
                closed_after = time.monotonic() - started
                break
    assert closed_after is not None and closed_after <= HEADER_TIMEOUT + 3, closed_after


def test_nonce_flood_is_limited(served):
    url, _, _ = served
    statuses: list[int] = []
    started = time.monotonic()
    with httpx.Client(base_url=url, trust_env=False) as http:
        for _ in range(600):
            response = http.get("/v1/nonce")
            statuses.append(response.status_code)
            if response.status_code == 429:
                _error(response, 429, "province.rate_limited")
    elapsed = time.monotonic() - started
    granted = statuses.count(200)
    assert statuses.count(429) > 0 and set(statuses) == {200, 429}
    assert granted <= 300 + 20 * elapsed + 1  # the burst, then 20 a second


def test_hostile_headers_and_unknown_addresses_answer_in_the_documented_shape(served):
    url, _, _ = served
    with httpx.Client(base_url=url, trust_env=False) as http:
        headers = {"X-Pulut-Device": "0" * 8 + "-0000-4000-8000-" + "0" * 12, "X-Pulut-Signature": "A" * 86 + "=="}
        headers["X-Pulut-Nonce"] = "nonce-é-ü".encode("latin-1")
        _error(http.get("/v1/reference-bundle", headers=headers), 401, "province.auth_nonce")
        headers["X-Pulut-Nonce"] = ("\u00ff" * 43).encode("latin-1")
        _error(http.post("/v1/batches", content=b"x", headers=headers), 401, "province.auth_nonce")
        _error(http.get("/v1/no-such-thing"), 404, "province.not_found")
        _error(http.delete("/v1/nonce"), 405, "province.method_not_allowed")
        _error(http.post("/v1/batches", content=b"x"), 401, "province.auth_missing")
