"""Start-of-session housekeeping of a data dir: owner-only modes and leftovers of interrupted work.

A backup or a restore killed half-way leaves its work folder (``backups/.backup-*``, ``.restore-*``)
behind; it holds a copy of the encrypted store, so it is removed at the next start. A backup that is
running in another process holds the backup lock, and then nothing is touched.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..fsutil import FileBusy, exclusive, make_tree_private
from ..paths import DataDir

log = logging.getLogger(__name__)

BACKUP_WORK_PREFIX = ".backup-"
RESTORE_WORK_PREFIX = ".restore-"


class BackupBusy(FileBusy):
    """Another backup or restore of this data dir is running (in this or another process)."""

    code = "backup.busy"


def backup_lock_path(data_dir: DataDir) -> Path:
    return data_dir.root / "backup"


@contextmanager
def backup_lock(data_dir: DataDir, timeout: float = 0) -> Iterator[None]:
    """Held while a backup or restore of this data dir has a work folder (BackupBusy when taken)."""
    with exclusive(backup_lock_path(data_dir), timeout=timeout, busy=BackupBusy):
        yield


def leftovers(data_dir: DataDir) -> list[Path]:
    found: list[Path] = []
    for folder, prefix in ((data_dir.backups, BACKUP_WORK_PREFIX), (data_dir.root, RESTORE_WORK_PREFIX)):
        if folder.is_dir():
            found += [p for p in folder.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    return sorted(found)


def tidy(data_dir: DataDir) -> int:
    """Remove leftovers of interrupted backups and restores; make every file 0600 and folder 0700.
    Returns how many leftovers went."""
    data_dir.ensure()
    removed = 0
    try:
        with backup_lock(data_dir):
            for folder in leftovers(data_dir):
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
    except FileBusy:  # another process is backing up right now: its work folder is not a leftover
        pass
    if removed:
        log.info("removed %d leftover(s) of an interrupted backup or restore", removed)
    make_tree_private(data_dir.root)
    return removed
