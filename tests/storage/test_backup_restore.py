import zipfile
from datetime import UTC, datetime, timedelta

import pytest

from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.backup import auto_backup, list_backups, restore_backup, write_backup
from pulut_desktop.storage.errors import LoginFailed, StoreCorrupt, StoreError
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD, make_registration


def _count(store):
    return sum(registrations.count_by_status(store).values())


def test_backup_then_restore_brings_back_exactly_the_backed_up_records(store, tmp_path):
    registrations.save(store, make_registration())
    backup = write_backup(store, tmp_path / "b1")
    registrations.save(store, make_registration(nik="1471010101800001", full_name="Sesudah Cadangan"))
    assert _count(store) == 2
    store.close()
    replaced = restore_backup(tmp_path / "data", backup, "super", PASSWORD)
    assert (replaced / "pulut.db").exists()  # the replaced store is kept, never deleted
    again = Store.open(tmp_path / "data", "super", PASSWORD)
    assert _count(again) == 1
    with again.reader() as session:
        assert audit.verify_chain(session).ok
        assert "backup.restored" in [e.action for e in session.scalars(audit.select(audit.AuditEvent))]
    again.close()


def test_restore_needs_a_password_that_opens_the_backup(store, tmp_path):
    backup = write_backup(store, tmp_path / "b1")
    store.close()
    with pytest.raises(LoginFailed):
        restore_backup(tmp_path / "data", backup, "super", "not-the-password")
    Store.open(tmp_path / "data", "super", PASSWORD).close()  # nothing was replaced


def test_a_file_that_is_not_a_backup_is_refused(store, tmp_path):
    junk = tmp_path / "junk.pulutbak"
    with zipfile.ZipFile(junk, "w") as archive:
        archive.writestr("hello.txt", "hi")
    store.close()
    with pytest.raises(StoreError) as caught:
        restore_backup(tmp_path / "data", junk, "super", PASSWORD)
    assert caught.value.code == "backup.not_a_backup"
    (tmp_path / "trunc.pulutbak").write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(StoreError):
        restore_backup(tmp_path / "data", tmp_path / "trunc.pulutbak", "super", PASSWORD)


def test_auto_backup_rotates(store):
    start = datetime(2026, 11, 1, tzinfo=UTC)
    taken = [auto_backup(store, start + timedelta(days=i)) for i in range(10)]
    assert all(taken)
    assert auto_backup(store, start + timedelta(days=9, hours=1)) is None  # too soon
    autos = [p for p in list_backups(store.data_dir) if p.name.startswith("auto-")]
    assert len(autos) == 7


def _corrupt(path, offset):
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + 64):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_corruption_after_a_crash_is_detected_and_the_latest_backup_restores(store, tmp_path):
    from pulut_desktop.storage.demo import synthetic_registrations

    registrations.import_many(store, synthetic_registrations(400, seed=8))
    backup = write_backup(store, store.data_dir.backups / "nightly")
    store.engine.dispose()  # the app "crashes": the session marker stays behind
    assert store.data_dir.session_marker.exists()
    database = tmp_path / "data" / "pulut.db"
    size = database.stat().st_size
    _corrupt(database, size // 2)
    with pytest.raises(StoreCorrupt):
        Store.open(tmp_path / "data", "super", PASSWORD)
    assert list_backups(store.data_dir)[0] == backup
    restore_backup(tmp_path / "data", backup, "super", PASSWORD)
    again = Store.open(tmp_path / "data", "super", PASSWORD)
    assert _count(again) == 400
    again.close()


def test_a_destroyed_first_page_is_corruption_not_a_wrong_password(store, tmp_path):
    store.close()
    _corrupt(tmp_path / "data" / "pulut.db", 0)
    with pytest.raises(StoreCorrupt):
        Store.open(tmp_path / "data", "super", PASSWORD)
