import json
import sqlite3

import pytest

from pulut_desktop.paths import DataDir
from pulut_desktop.storage import accounts, keyring
from pulut_desktop.storage.engine import connect_raw
from pulut_desktop.storage.errors import (
    AccountLocked,
    LoginFailed,
    PasswordTooWeak,
    PermissionDenied,
    StoreAlreadyExists,
    StoreNotInitialised,
)
from pulut_desktop.storage.store import Role, Store
from tests.conftest import PASSWORD


def test_create_then_open(store, tmp_path):
    store.close()
    again = Store.open(tmp_path / "data", "SUPER", PASSWORD)  # usernames are case-insensitive
    assert again.officer.role is Role.SUPERVISOR
    with again.reader() as session:
        device = again.device(session)
        assert device.name == "Laptop Uji" and device.regency_code == "14.71" and len(device.code) == 8
    again.close()


def test_create_refuses_an_existing_store_and_weak_passwords(store, tmp_path):
    with pytest.raises(StoreAlreadyExists):
        Store.create(
            tmp_path / "data",
            username="x",
            full_name="X",
            password=PASSWORD,
            device_name="L",
            regency_code="14.71",
        )
    with pytest.raises(PasswordTooWeak):
        Store.create(
            tmp_path / "other",
            username="x",
            full_name="X",
            password="short",
            device_name="L",
            regency_code="14.71",
        )
    assert not DataDir(tmp_path / "other").is_initialised()


def test_open_missing_store(tmp_path):
    with pytest.raises(StoreNotInitialised):
        Store.open(tmp_path / "nothing", "super", PASSWORD)


def test_wrong_password_and_unknown_user_fail_the_same_way(store, tmp_path):
    with pytest.raises(LoginFailed) as wrong:
        Store.open(tmp_path / "data", "super", "wrong-password")
    assert wrong.value.params["remaining"] == keyring.MAX_FAILED_ATTEMPTS - 1
    with pytest.raises(LoginFailed):
        Store.open(tmp_path / "data", "nobody", PASSWORD)


def test_wrong_key_cannot_open_the_database(store, tmp_path):
    database = tmp_path / "data" / "pulut.db"
    with pytest.raises(LoginFailed):
        connect_raw(database, b"\x00" * 32)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT * FROM sqlite_master").fetchall()


def test_lockout_after_five_wrong_passwords(store, tmp_path, monkeypatch):
    clock = [1_000_000.0]
    monkeypatch.setattr(keyring.time, "time", lambda: clock[0])
    root = tmp_path / "data"
    for _ in range(keyring.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(LoginFailed):
            Store.open(root, "super", "wrong-password")
    with pytest.raises(AccountLocked):
        Store.open(root, "super", "wrong-password")
    with pytest.raises(AccountLocked):  # even the right password waits out the lock
        Store.open(root, "super", PASSWORD)
    clock[0] += keyring.LOCKOUT_SECONDS - 1
    with pytest.raises(AccountLocked):
        Store.open(root, "super", PASSWORD)
    clock[0] += 2
    Store.open(root, "super", PASSWORD).close()
    entry = json.loads((root / "keyring.json").read_text())["officers"]["super"]
    assert entry["failed_attempts"] == 0 and entry["locked_until"] is None


def test_supervisor_adds_officer_who_can_log_in_but_not_manage(store, tmp_path):
    accounts.add_officer(store, "Budi.S", "Budi Santoso", "kata-sandi-budi")
    assert [o.username for o in accounts.list_officers(store)] == ["budi.s", "super"]
    officer = Store.open(tmp_path / "data", "budi.s", "kata-sandi-budi")
    assert officer.officer.role is Role.OFFICER
    with pytest.raises(PermissionDenied):
        accounts.add_officer(officer, "andi", "Andi", "kata-sandi-andi")
    with pytest.raises(PermissionDenied):
        accounts.reset_password(officer, "super", "takeover-123")
    officer.close()


def test_reset_password_rewraps_the_key(store, tmp_path):
    accounts.add_officer(store, "budi", "Budi", "kata-sandi-lama")
    accounts.reset_password(store, "budi", "kata-sandi-baru")
    with pytest.raises(LoginFailed):
        Store.open(tmp_path / "data", "budi", "kata-sandi-lama")
    Store.open(tmp_path / "data", "budi", "kata-sandi-baru").close()


def test_deactivated_officer_cannot_log_in(store, tmp_path):
    accounts.add_officer(store, "budi", "Budi", "kata-sandi-budi")
    accounts.deactivate_officer(store, "budi")
    with pytest.raises(LoginFailed):
        Store.open(tmp_path / "data", "budi", "kata-sandi-budi")
