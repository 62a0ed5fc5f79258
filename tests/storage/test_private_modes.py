"""Owner-only files: the data dir 0700 and every file in it 0600 after init, backup, export and a log
rotation, even under a permissive umask (POSIX; Windows profiles are already per-user)."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from pulut_desktop.logging_setup import setup_logging
from pulut_desktop.province import cli as province_cli
from pulut_desktop.storage.store import Store
from tests.outbox.helpers import PASSPHRASE, approve_new

from ._damage import PASSWORD, run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _not_private(root) -> dict[str, str]:
    bad = {}
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            bad[str(path.relative_to(root))] = oct(mode)
    return bad


@pytest.fixture(autouse=True)
def permissive_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_data_dir_stays_owner_only(monkeypatch, capsys, tmp_path):
    data, province, stick = tmp_path / "data", tmp_path / "province", tmp_path / "stick"
    stick.mkdir()
    init = ["init", "--user", "super", "--name", "Sri", "--device-name", "Laptop Uji", "--regency", "14.08"]
    assert run_cli(monkeypatch, capsys, data, *init, "--password-stdin")[0] == 0
    assert _not_private(data) == {}, "after init"

    code, _, err = run_cli(monkeypatch, capsys, data, "backup", "--user", "super", "--password-stdin",
                           "--to", str(data / "backups" / "manual"))  # fmt: skip
    assert code == 0, err
    assert _not_private(data) == {}, "after a backup"

    store = Store.open(data, "super", PASSWORD)
    approve_new(store, 1)
    store.close()
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSPHRASE + "\n"))
    assert province_cli.main(["--data-dir", str(province), "--passphrase-stdin", "init", "--name", "Uji"]) == 0
    assert run_cli(monkeypatch, capsys, data, "device-request", "--user", "super", "--password-stdin",
                   "--to", str(stick))[0] == 0  # fmt: skip
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSPHRASE + "\n"))
    assert province_cli.main(["--data-dir", str(province), "--passphrase-stdin", "devices", "approve", str(stick)]) == 0
    keys = str(province / "province-keys.json")
    assert run_cli(monkeypatch, capsys, data, "enrol", "--user", "super", "--password-stdin",
                   "--from", str(stick), "--province-keys", keys)[0] == 0  # fmt: skip
    code, _, err = run_cli(monkeypatch, capsys, data, "export", "--user", "super", "--password-stdin",
                           "--to", str(stick))  # fmt: skip
    assert code == 0, err
    assert _not_private(data) == {}, "after an export"

    setup_logging(data / "logs")
    log = logging.getLogger("pulut_desktop.test_modes")
    for _ in range(3000):
        log.info("x" * 500)  # 1.5 MB: past the 1 MB rotation
    assert (data / "logs" / "pulut.log.1").exists()
    assert _not_private(data) == {}, "after a log rotation"
