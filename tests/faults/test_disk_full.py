"""A full laptop disk is reported as a full disk, never as damage, and loses nothing.

The data dir lives on a small tmpfs (``mount -t tmpfs``, so root is needed: CI runs as root) that is
filled to the last byte while the officer is signed in.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from pathlib import Path

import pytest

from pulut_desktop.fsutil import DiskFull, atomic_write_bytes
from pulut_desktop.messages import error_text
from pulut_desktop.storage import drafts, registrations
from pulut_desktop.storage.backup import write_backup
from pulut_desktop.storage.maintenance import after_login
from pulut_desktop.storage.store import Store
from tests.conftest import make_registration
from tests.storage._damage import PASSWORD, count_registrations, init_with_records, run_cli, store_key

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounting a small tmpfs needs root (CI runs as root)"
)
FULL = re.compile(r"^Ruang disk laptop penuh: kosongkan \d+ MB$")


@pytest.fixture
def small_disk(tmp_path) -> Path:
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m,mode=0700", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(disk: Path) -> Path:
    filler = disk / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 12, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    assert os.statvfs(disk).f_bavail == 0
    return filler


def _said_full(err: BaseException) -> str:
    assert isinstance(err, DiskFull), repr(err)
    message = error_text(err, "id")
    assert FULL.match(message), message
    return message


def test_a_disk_that_fills_during_saves_autosave_and_backup_says_so_and_loses_nothing(monkeypatch, capsys, small_disk):
    data = small_disk / "data"
    init_with_records(monkeypatch, capsys, data, 20)
    store = Store.open(data, "sri", PASSWORD)  # signed in, as in the GUI
    registrations.save(store, make_registration(nik="1471010101800001", full_name="Sebelum Penuh"))
    filler = _fill(small_disk)

    for attempt in range(3):
        with pytest.raises(DiskFull) as caught:
            registrations.save(store, make_registration(nik=f"14710101018000{attempt + 2:02d}", full_name="Baru"))
        _said_full(caught.value)
    with pytest.raises(DiskFull) as caught:
        drafts.save_draft(store, "draft-1", {"full_name": "Draf"})  # what autosave calls
    _said_full(caught.value)
    with pytest.raises(DiskFull) as caught:
        write_backup(store, data / "backups" / "manual")
    _said_full(caught.value)
    with pytest.raises(DiskFull) as caught:
        after_login(store)  # the daily backup beside the officer's work
    _said_full(caught.value)
    assert not list((data / "backups").glob(".backup-*")) and not list((data / "backups").glob("*.pulutbak"))
    with pytest.raises(DiskFull) as caught:
        atomic_write_bytes(data / "exports" / "report.pdf", b"%PDF" * 4096)  # cards, reports, export staging
    _said_full(caught.value)
    assert not list((data / "exports").iterdir())
    store.close()

    # The next open while the disk is still full: the disk is named, no damage and no restore offered.
    for command in ("check", "backup"):
        extra = ["--to", str(data / "backups" / "x")] if command == "backup" else []
        code, out, err = run_cli(monkeypatch, capsys, data, command, "--user", "sri", *extra, "--password-stdin")
        assert code == 2
        assert FULL.match(err.strip()), err
        assert "rusak" not in err and "Pulihkan" not in err and "cadangan" not in err.lower()

    filler.unlink()
    code, out, err = run_cli(monkeypatch, capsys, data, "check", "--user", "sri", "--password-stdin")
    assert code == 0 and "Pemeriksaan data: baik" in out, err
    assert count_registrations(data / "pulut.db", store_key(data)) == 21  # every acknowledged save is there


def test_setting_up_on_a_full_disk_says_so(monkeypatch, capsys, small_disk):
    _fill(small_disk)
    init = ["init", "--user", "sri", "--name", "Sri", "--device-name", "Laptop 7", "--regency", "14.06"]
    code, _, err = run_cli(monkeypatch, capsys, small_disk / "data", *init, "--password-stdin")
    assert code == 2 and FULL.match(err.strip()), err
    assert not (small_disk / "data" / "keyring.json").exists()  # nothing half-made that looks set up
