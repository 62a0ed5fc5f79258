"""kill -9 at random moments in every step of the chain; each ends with nothing lost (issue 9).

Steps: laptop backup, export to the stick, province import, receipt application. After every kill the
stores pass ``integrity_check``, anything on the stick under its final name is complete, and finishing
the step normally gives each registration exactly once at the province.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.receipts import apply_receipts
from pulut_desktop.province.ingest import import_paths
from pulut_desktop.province.models import RegistrationVersion
from pulut_desktop.storage import registrations
from pulut_desktop.storage.backup import MEMBERS
from pulut_desktop.storage.demo import synthetic_registrations
from pulut_desktop.storage.store import Store
from pulut_desktop.sync.batch import open_batch
from tests.conftest import PASSWORD
from tests.outbox.helpers import batch_files, enrol, make_laptop, make_province, statuses

ROOT = Path(__file__).resolve().parents[2]
KILLS = 4
RECORDS = 600

pytestmark = pytest.mark.slow


def _kill_mid_step(step: str, where: Path, stick: Path, rng: random.Random) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "tests.faults._worker", step, str(where), str(stick)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
    time.sleep(0.2 + rng.random() * 1.0)  # land the kill anywhere from opening the store to mid-work
    assert proc.poll() is None, proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()


def _integrity(laptop_root: Path) -> None:
    laptop = Store.open(laptop_root, "super", PASSWORD)
    with laptop.reader() as session:
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    laptop.close()


@pytest.fixture
def chain(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrol(laptop, province, stick)
    regs = synthetic_registrations(RECORDS, seed=21)
    for reg in regs:
        reg.status = Status.APPROVED
    registrations.import_many(laptop, regs)
    laptop.close()
    yield province, tmp_path / "laptop", stick
    province.store.close()


def _batches_on_stick_are_complete(laptop_root: Path, stick: Path, province) -> None:
    """Whatever the kill left under a final name opens: verified, decrypted, every record there."""
    laptop = Store.open(laptop_root, "super", PASSWORD)
    device_key = laptop.signing_key().public_key()
    laptop.close()
    for path in batch_files(stick):
        opened = open_batch(path.read_bytes(), device_keys=lambda _id: device_key,
                            province_keys=province.keys.encryption)  # fmt: skip
        assert len(opened.records) == opened.header.record_count > 0


def test_kill_during_backup_never_leaves_a_partial_backup(chain):
    _, laptop_root, stick = chain
    rng = random.Random(1)
    for _ in range(KILLS):
        _kill_mid_step("backup", laptop_root, stick, rng)
        for backup in stick.glob("*.pulutbak"):
            with zipfile.ZipFile(backup) as archive:
                assert set(archive.namelist()) == MEMBERS and archive.testzip() is None
        _integrity(laptop_root)


def test_kill_during_export_loses_nothing_and_sends_each_record_once(chain):
    province, laptop_root, stick = chain
    rng = random.Random(2)
    for _ in range(KILLS):
        _kill_mid_step("export", laptop_root, stick, rng)
        _integrity(laptop_root)
        _batches_on_stick_are_complete(laptop_root, stick, province)
    laptop = Store.open(laptop_root, "super", PASSWORD)
    while export_batch(laptop, stick, max_registrations=150).new_sequences:
        pass
    import_paths(province.store, [stick], province.keys)
    apply_receipts(laptop, stick)
    assert {s for s, _ in statuses(laptop).values()} == {Status.ACCEPTED.value}
    laptop.close()
    with province.store.reader() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == RECORDS


def test_kill_during_province_import_and_receipt_application(chain):
    province, laptop_root, stick = chain
    laptop = Store.open(laptop_root, "super", PASSWORD)
    while export_batch(laptop, stick, max_registrations=150).new_sequences:
        pass
    laptop.close()
    province.store.close()
    rng = random.Random(3)
    for _ in range(KILLS):
        _kill_mid_step("province-import", province.store.data_dir.root, stick, rng)
    reopened = type(province.store).open(province.store.data_dir.root)
    import_paths(reopened, [stick], province.keys)
    with reopened.reader() as session:
        assert session.scalar(select(func.count()).select_from(RegistrationVersion)) == RECORDS
    reopened.close()
    for _ in range(KILLS):
        _kill_mid_step("apply", laptop_root, stick, rng)
        _integrity(laptop_root)
    laptop = Store.open(laptop_root, "super", PASSWORD)
    apply_receipts(laptop, stick)
    assert {s for s, _ in statuses(laptop).values()} == {Status.ACCEPTED.value}
    laptop.close()
