"""Encrypted backups of the local store.

A backup is a ZIP holding ``store.db`` (a consistent SQLCipher copy made with SQLite's online backup
API, still encrypted with the store key) and ``keyring.json`` (the officers' wrapped keys), so the
same officers can restore it with their passwords and nothing in it is readable without one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..fsutil import fsync_dir
from ..paths import DataDir
from . import audit
from .engine import connect_raw
from .errors import LoginFailed, StoreCorrupt, StoreError
from .keyring import Keyring
from .store import Store

BACKUP_SUFFIX = ".pulutbak"
AUTO_PREFIX = "auto-"
AUTO_STAMP = "%Y%m%dT%H%M%SZ"
AUTO_KEEP = 7
AUTO_INTERVAL = timedelta(hours=20)
MEMBERS = {"store.db", "keyring.json"}


def write_backup(store: Store, target: Path) -> Path:
    target = Path(target)
    if target.suffix != BACKUP_SUFFIX:
        target = target.with_name(target.name + BACKUP_SUFFIX)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".backup-") as work:
        copy = Path(work) / "store.db"
        source = connect_raw(store.data_dir.database, store.database_key)
        destination = connect_raw(copy, store.database_key)
        try:
            source.backup(destination)
        finally:
            destination.close()
            source.close()
        partial = Path(work) / "backup.zip"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.write(copy, "store.db")
            archive.write(store.data_dir.keyring, "keyring.json")
        with open(partial, "rb+") as f:
            os.fsync(f.fileno())
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
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def auto_backup(store: Store, now: datetime | None = None) -> Path | None:
    """Take the rotating automatic backup if the last one is old enough; keep the newest seven."""
    now = now or datetime.now(UTC)
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


def _check_backup(folder: Path, username: str, password: str) -> None:
    """The extracted backup opens with this officer's password and passes SQLite's integrity check."""
    key = Keyring.load(folder / "keyring.json").unwrap(username.strip().lower(), password)
    try:
        conn = connect_raw(folder / "store.db", key)
    except LoginFailed as err:  # the password fitted the keyring, so an unreadable file is damage
        raise StoreCorrupt("backup.corrupt", detail="store.db") from err
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StoreCorrupt("backup.corrupt", detail=str(result)[:200])


def restore_backup(root: Path | str, backup: Path, username: str, password: str) -> Path:
    """Replace the data dir's store with ``backup``; the replaced files are kept, never deleted.

    The officer proves they may restore by unlocking the backup with their password. Returns the folder
    where the replaced store was moved.
    """
    data_dir = DataDir(root).ensure()
    try:
        with zipfile.ZipFile(backup) as archive:
            if set(archive.namelist()) != MEMBERS:
                raise StoreError("backup.not_a_backup", file=Path(backup).name)
            work = Path(tempfile.mkdtemp(dir=data_dir.root, prefix=".restore-"))
            archive.extractall(work)
    except (zipfile.BadZipFile, OSError) as err:
        raise StoreError("backup.not_a_backup", file=Path(backup).name) from err
    try:
        _check_backup(work, username, password)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        replaced = data_dir.backups / f"replaced-{stamp}"
        replaced.mkdir(parents=True)
        for current in [*data_dir.database_files(), data_dir.keyring]:
            if current.exists():
                os.replace(current, replaced / current.name)
        os.replace(work / "store.db", data_dir.database)
        os.replace(work / "keyring.json", data_dir.keyring)
        fsync_dir(data_dir.root)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    restored = Store.open(data_dir.root, username, password)
    try:
        with restored.session() as session:
            audit.record(session, actor=restored.officer.username, action="backup.restored", entity_type="store",
                         details={"file": Path(backup).name, "replaced": replaced.name})  # fmt: skip
    finally:
        restored.close()
    return replaced
