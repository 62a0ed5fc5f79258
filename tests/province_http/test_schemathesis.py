"""schemathesis (every check on) against the real ``pulut-province serve`` and its ``/openapi.json``:
any check failure fails the test. Bounded: a few examples per operation, deterministic generation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from pulut_desktop.province.keys import create_keys
from pulut_desktop.province.store import ProvinceStore
from tests.outbox.helpers import PASSPHRASE

from .conftest import free_port, serve_process

CONFIG = Path(__file__).with_name("schemathesis.toml")


def test_schemathesis_all_checks_pass_against_the_live_service(tmp_path):
    data_dir = tmp_path / "province"
    with ProvinceStore.open(data_dir, create=True) as store:
        create_keys(store, PASSPHRASE, name="Provinsi Uji", training=True)
    port = free_port()
    process = serve_process(data_dir, port)
    try:
        run = subprocess.run(
            [str(Path(sys.executable).with_name("schemathesis")), "--config-file", str(CONFIG), "--no-color",
             "run", f"http://127.0.0.1:{port}/openapi.json", "--checks", "all", "--max-examples", "5",
             "--generation-deterministic", "--wait-for-schema", "30", "--request-timeout", "10"],
            capture_output=True, text=True, timeout=120, cwd=tmp_path,  # its .schemathesis/ cache stays there
        )  # fmt: skip
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert re.search(r"(\d+) generated, \1 passed", run.stdout), run.stdout[-3000:]  # every case passed
    selected = re.search(r"Selected: (\d+)/(\d+)", run.stdout)
    assert selected and selected[1] == selected[2] and f"Tested: {selected[1]}" in run.stdout  # all operations
