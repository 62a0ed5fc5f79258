"""The lockout cannot be raced: real ``pulut-desktop`` processes started together share one count."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pulut_desktop.storage import keyring
from pulut_desktop.storage.accounts import add_officer
from pulut_desktop.storage.keyring import MAX_FAILED_ATTEMPTS
from pulut_desktop.storage.store import Store

from ._damage import PASSWORD, init_with_records, run_cli

EXE = Path(sys.executable).with_name("pulut-desktop")
WRONG = "salah-sekali-1"
SAID_WRONG = "Nama pengguna atau kata sandi salah."
SAID_LOCKED = "Akun dikunci"


def _start(data: Path, *argv: str, stdin: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(EXE), "--data-dir", str(data), *argv, "--password-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    proc.stdin.write(stdin)  # each process reads its password as soon as it has started: they race
    proc.stdin.close()
    proc.stdin = None
    return proc


def _login(data: Path, user: str, password: str) -> subprocess.Popen:
    return _start(data, "verify-audit", "--user", user, stdin=password + "\n")


def _finish(procs: list[subprocess.Popen]) -> list[tuple[int, str]]:
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append((proc.returncode, out + err))
    return results


def _entry(data: Path, user: str) -> dict:
    return json.loads((data / "keyring.json").read_text())["officers"][user]


@pytest.fixture
def data(monkeypatch, capsys, tmp_path) -> Path:
    root = tmp_path / "data"
    init_with_records(monkeypatch, capsys, root, 2)
    store = Store.open(root, "sri", PASSWORD)
    # ani and budi get the production Argon2 cost: each check takes a real moment, as on a laptop, so
    # processes started together really overlap.
    monkeypatch.setattr(keyring, "DEFAULT_KDF", keyring.KdfParams())
    add_officer(store, "ani", "Ani", "sandi-ani-123")
    add_officer(store, "budi", "Budi", "sandi-budi-123")
    store.close()
    return root


def test_eight_wrong_logins_together_then_two_more_lock_after_the_fifth_failure(data):
    together = _finish([_login(data, "ani", WRONG) for _ in range(8)])
    later = _finish([_login(data, "ani", WRONG) for _ in range(2)])
    outcomes = together + later
    assert all(code == 2 for code, _ in outcomes), outcomes
    wrong = [text for _, text in outcomes if SAID_WRONG in text]
    locked = [text for _, text in outcomes if SAID_LOCKED in text]
    assert len(wrong) == MAX_FAILED_ATTEMPTS - 1, outcomes  # failures 1-4 say "wrong"...
    assert len(locked) == 10 - (MAX_FAILED_ATTEMPTS - 1), outcomes  # ...the 5th locks, the rest are refused
    assert all(SAID_LOCKED in text for _, text in later)
    assert _entry(data, "ani")["locked_until"] > time.time()
    (code, text), = _finish([_login(data, "ani", "sandi-ani-123")])  # fmt: skip
    assert code == 2 and SAID_LOCKED in text, "the right password waits for the lock too"


def test_a_password_reset_and_failed_logins_at_the_same_moment_all_survive(data):
    for round_ in range(1, 4):
        new_password = f"budi-baru-{round_}23"
        reset = _start(data, "reset-password", "--user", "sri", "--officer", "budi",
                       stdin=f"{PASSWORD}\n{new_password}\n")  # fmt: skip
        failed = [_login(data, "ani", WRONG) for _ in range(1)]
        (reset_code, reset_text), *_ = _finish([reset, *failed])
        assert reset_code == 0, reset_text
        assert _entry(data, "ani")["failed_attempts"] == round_, "a failed login was lost"
        (code, text), = _finish([_login(data, "budi", new_password)])  # fmt: skip
        assert code == 0, f"the reset was lost: {text}"


def test_restore_is_refused_while_locked_and_keeps_the_newer_lock(monkeypatch, capsys, data, tmp_path):
    code, _, err = run_cli(monkeypatch, capsys, data, "backup", "--user", "sri", "--to", str(tmp_path / "before"),
                           "--password-stdin")  # fmt: skip
    assert code == 0, err
    backup = tmp_path / "before.pulutbak"
    _finish([_login(data, "ani", WRONG) for _ in range(MAX_FAILED_ATTEMPTS)])
    _finish([_login(data, "sri", WRONG) for _ in range(MAX_FAILED_ATTEMPTS)])
    ani_lock = _entry(data, "ani")["locked_until"]
    assert ani_lock and _entry(data, "sri")["locked_until"]

    code, _, err = run_cli(monkeypatch, capsys, data, "restore", "--user", "sri", "--from", str(backup),
                           "--password-stdin")  # fmt: skip
    assert code == 2 and SAID_LOCKED in err
    assert (data / "keyring.json").exists() and _entry(data, "sri")["locked_until"]

    keyring = json.loads((data / "keyring.json").read_text())
    keyring["officers"]["sri"]["locked_until"] = None  # the sri lock has run out
    (data / "keyring.json").write_text(json.dumps(keyring))
    code, _, err = run_cli(monkeypatch, capsys, data, "restore", "--user", "sri", "--from", str(backup),
                           "--password-stdin")  # fmt: skip
    assert code == 0, err
    assert _entry(data, "ani")["locked_until"] == ani_lock, "restoring an older keyring must not unlock anyone"
    (code, text), = _finish([_login(data, "ani", "sandi-ani-123")])  # fmt: skip
    assert code == 2 and SAID_LOCKED in text
