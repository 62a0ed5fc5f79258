"""Encrypted backups of the local store, each checked before it counts.

A backup is a ZIP holding ``store.db`` (a consistent SQLCipher copy made with SQLite's online backup
API on its own connection, still encrypted with the store key) and ``keyring.json`` (the officers'
wrapped keys), so the same officers can restore it with their passwords and nothing in it is readable
without one.

SQLCipher re-encrypts a damaged page with a valid HMAC when it copies it, so only SQLite's
``integrity_check`` of the copy shows that the store was damaged. Every copy is opened and checked
before it is zipped; a copy that fails is thrown away, the store is marked damaged and nothing in the
rotation is replaced. The rotation therefore only ever holds checked backups, and a damaged store never
pushes the last good one out.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ..fsutil import LOCK_TIMEOUT, disk_full_as_error, exclusive, fsync_dir, is_disk_full, make_private
from ..paths import DataDir
from . import audit
from .engine import connect_raw
from .errors import LoginFailed, StoreCorrupt, StoreError
from .housekeeping import BACKUP_WORK_PREFIX, RESTORE_WORK_PREFIX, backup_lock
from .integrity import FAST_CHECK, check_copy
from .keyring import Keyring
from .store import Store

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".pulutbak"
AUTO_PREFIX = "auto-"
AUTO_STAMP = "%Y%m%dT%H%M%SZ"
AUTO_KEEP = 7
AUTO_INTERVAL = timedelta(hours=20)
MEMBERS = {"store.db", "keyring.json"}


def now_utc() -> datetime:
    return datetime.now(UTC)


def _copy_store(store: Store, copy: Path) -> None:
    source = connect_raw(store.data_dir.database, store.database_key)
    destination = connect_raw(copy, store.database_key)
    try:
        source.backup(destination)
    except sqlcipher.DatabaseError as err:
        if is_disk_full(err, copy.parent):
            raise
        raise StoreCorrupt("backup.source_damaged", detail=str(err)[:200]) from err
    finally:
        destination.close()
        source.close()


def _store_bytes(data_dir: DataDir) -> int:
    return sum(p.stat().st_size for p in data_dir.database_files())


def write_backup(store: Store, target: Path) -> Path:
    """Copy, check, zip and rename into place; StoreCorrupt("backup.source_damaged") if the copy fails
    its check (the store is then marked damaged), DiskFull if the laptop's disk fills."""
    target = Path(target)
    if target.suffix != BACKUP_SUFFIX:
        target = target.with_name(target.name + BACKUP_SUFFIX)
    if store.damage is not None:
        raise StoreCorrupt("backup.source_damaged", detail=store.damage)
    target.parent.mkdir(parents=True, exist_ok=True)
    need = 2 * _store_bytes(store.data_dir)  # the copy and the ZIP exist together for a moment
    with (
        disk_full_as_error(target.parent, need),
        backup_lock(store.data_dir, timeout=LOCK_TIMEOUT),
        tempfile.TemporaryDirectory(dir=target.parent, prefix=BACKUP_WORK_PREFIX) as work,
    ):
        copy = Path(work) / "store.db"
        _copy_store(store, copy)
        try:
            check_copy(copy, store.database_key, "backup.source_damaged")
        except StoreCorrupt as err:
            store.mark_damaged(str(err.params.get("detail", "")))
            raise
        partial = Path(work) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.write(copy, "store.db")
            archive.write(store.data_dir.keyring, "keyring.json")
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
        make_private(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    with store.session() as session:
        audit.record(
            session,
            actor=store.officer.username,
            action="backup.written",
            entity_type="store",
            details={"file": target.name},
        )
    return target


def list_backups(data_dir: DataDir) -> list[Path]:
    """Backups in the data dir's backup folder, newest first."""
    if not data_dir.backups.is_dir():
        return []
    found = [p for p in data_dir.backups.iterdir() if p.suffix == BACKUP_SUFFIX and p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def auto_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Take the rotating automatic backup if the last one is old enough; keep the newest seven.

    Older backups are removed only after the new one passed its check, so a damaged store (refused)
    leaves the rotation as it was, however many days it is opened."""
    now = now or now_utc()
    # Named by the time they were taken, so the newest sorts first whatever the file times say.
    autos = sorted((p for p in list_backups(store.data_dir) if p.name.startswith(AUTO_PREFIX)), reverse=True)
    if autos:
        last = datetime.strptime(autos[0].name[len(AUTO_PREFIX) :].removesuffix(BACKUP_SUFFIX), AUTO_STAMP)
        if now - last.replace(tzinfo=UTC) < AUTO_INTERVAL:
            return None
    target = write_backup(store, store.data_dir.backups / f"{AUTO_PREFIX}{now.strftime(AUTO_STAMP)}")
    for old in [target, *autos][AUTO_KEEP:]:
        old.unlink(missing_ok=True)
    return target


def _extract(data_dir: DataDir, backup: Path, prefix: str) -> Path:
    try:
        with zipfile.ZipFile(backup) as archive:
            if set(archive.namelist()) != MEMBERS:
                raise StoreError("backup.not_a_backup", file=Path(backup).name)
            work = Path(tempfile.mkdtemp(dir=data_dir.backups if prefix == BACKUP_WORK_PREFIX else data_dir.root,
                                         prefix=prefix))  # fmt: skip
            try:
                archive.extractall(work)
            except BaseException:
                shutil.rmtree(work, ignore_errors=True)
                raise
            return work
    except (zipfile.BadZipFile, OSError) as err:
        if is_disk_full(err):
            raise
        raise StoreError("backup.not_a_backup", file=Path(backup).name) from err


@dataclass(frozen=True)
class GoodBackup:
    path: Path
    registrations: int


def newest_good_backup(data_dir: DataDir, key: bytes | None = None, *, username: str = "",
                       password: str = "") -> GoodBackup | None:  # fmt: skip
    """The newest backup in the data dir that opens and whose every page still has a valid HMAC: with
    the store's ``key`` (after login), or with the key the backup's own keyring gives
    ``username``/``password`` (at a login that found the store unreadable). Each backup passed the full
    integrity_check when it was written, so the fast page check finds any change since; the restore
    itself runs the full check again before it replaces anything."""
    for backup in list_backups(data_dir):
        try:
            with disk_full_as_error(data_dir.backups), backup_lock(data_dir, timeout=LOCK_TIMEOUT):
                work = _extract(data_dir, backup, BACKUP_WORK_PREFIX)
                try:
                    copy_key = key or Keyring.load(work / "keyring.json").unwrap(username.strip().lower(), password)
                    check_copy(work / "store.db", copy_key, pragma=FAST_CHECK)
                    conn = connect_raw(work / "store.db", copy_key)
                    try:
                        count = conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
                    finally:
                        conn.close()
                finally:
                    shutil.rmtree(work, ignore_errors=True)
        except StoreError as err:  # (DiskFull is not a StoreError: it propagates)
            log.warning("backup %s does not verify: %s", backup.name, err)
            continue
        return GoodBackup(backup, count)
    return None


@contextmanager
def _current_keyring(data_dir: DataDir) -> Iterator[Keyring | None]:
    """The keyring being replaced, under its lock; None when it is missing or unreadable."""
    with exclusive(data_dir.keyring):
        try:
            current = Keyring.load(data_dir.keyring)
        except (FileNotFoundError, StoreCorrupt):
            current = None
        yield current


def restore_backup(root: Path | str, backup: Path, username: str, password: str) -> Path:
    """Replace the data dir's store with ``backup``; the replaced files are kept, never deleted.

    The officer proves they may restore by unlocking the backup with their password. Refused with
    AccountLocked while the officer's account in the store being replaced is locked; a wrong password
    counts against that account like a wrong login; the restored keyring keeps the replaced one's
    failed attempts and locks. Returns the folder where the replaced store was moved.
    """
    data_dir = DataDir(root).ensure()
    username = username.strip().lower()
    with disk_full_as_error(data_dir.root, Path(backup).stat().st_size), backup_lock(data_dir, timeout=LOCK_TIMEOUT):
        work = _extract(data_dir, Path(backup), RESTORE_WORK_PREFIX)
        try:
            with _current_keyring(data_dir) as current:
                if current is not None:
                    current.check_not_locked(username)
                restored = Keyring.load(work / "keyring.json")
                try:
                    key = restored.unwrap(username, password)
                except LoginFailed:
                    if current is not None and username in current.entries:
                        raise current.record_failure(username) from None
                    raise
                check_copy(work / "store.db", key)
                if current is not None:
                    restored.carry_lock_state(current)
                    restored.save()
                stamp = now_utc().strftime("%Y%m%dT%H%M%SZ")
                replaced = data_dir.backups / f"replaced-{stamp}"
                replaced.mkdir(mode=0o700, parents=True)
                for existing in [*data_dir.database_files(), data_dir.keyring]:
                    if existing.exists():
                        os.replace(existing, replaced / existing.name)
                os.replace(work / "store.db", data_dir.database)
                os.replace(work / "keyring.json", data_dir.keyring)
                fsync_dir(data_dir.root)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    restored_store = Store.open(data_dir.root, username, password)
    try:
        with restored_store.session() as session:
            audit.record(session, actor=restored_store.officer.username, action="backup.restored", entity_type="store",
                         details={"file": Path(backup).name, "replaced": replaced.name})  # fmt: skip
    finally:
        restored_store.close()
    return replaced
