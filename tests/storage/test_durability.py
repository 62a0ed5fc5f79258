"""A save that was acknowledged survives kill -9 of the writing process."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12


def test_acknowledged_saves_survive_sigkill(store, tmp_path):
    store.close()
    data = tmp_path / "data"
    acknowledged: set[str] = set()
    rng = random.Random(2026)
    start = 1
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.storage._writer", str(data), str(start), PASSWORD],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 30
        wanted = rng.randint(1, 25)
        got = 0
        while got < wanted and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            acknowledged.add(line.strip())
            got += 1
        time.sleep(rng.random() * 0.05)  # land the kill anywhere inside the next save
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        acknowledged.update(line.strip() for line in proc.stdout.read().splitlines() if line.strip())
        assert got > 0, proc.stderr.read()
        start += 200

        check = Store.open(data, "super", PASSWORD)
        with check.reader() as session:
            assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            present = set(session.scalars(select(RegistrationRow.id)))
        check.close()
        missing = acknowledged - present
        assert not missing, f"{len(missing)} acknowledged saves lost"
    assert len(acknowledged) >= KILLS
