"""Encrypted backups of the local store.

A backup is a ZIP holding ``store.db`` (a consistent SQLCipher copy made with SQLite's online backup
API, still encrypted with the store key) and ``keyring.json`` (the officers' wrapped keys), so the
same officers can restore it with their passwords and nothing in it is readable without one.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

from ..fsutil import fsync_dir
from . import audit
from .engine import connect_raw
from .store import Store

BACKUP_SUFFIX = ".pulutbak"


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
