"""Durable, private file writes shared by the store, backups, cards, reports and USB export (no Qt).

Also the one place that recognises a full laptop disk: :func:`is_disk_full` knows the OS's and SQLite's
ways of saying so, and :class:`DiskFull` says it to the officer with how much space to free.
"""

from __future__ import annotations

import contextlib
import errno
import math
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .domain.errors import PulutError

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
MIB = 1024 * 1024
# Space asked for on top of what an operation needs: SQLite's WAL, the log and the next save.
HEADROOM = 16 * MIB
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_SQLITE_FULL = 13  # SQLITE_FULL; the extended codes of SQLITE_IOERR are 10 + (n << 8)
_SQLITE_IOERR = 10


class DiskFull(PulutError):
    """The laptop's disk (the data dir's file system) has no room; ``mb`` is how much to free."""

    code = "disk.full"


class FileBusy(PulutError):
    """Another Pulut Desktop process held a file's lock for longer than :data:`LOCK_TIMEOUT`."""

    code = "store.busy"


LOCK_TIMEOUT = 60.0


@contextlib.contextmanager
def exclusive(path: Path, timeout: float = LOCK_TIMEOUT, busy: type[FileBusy] = FileBusy) -> Iterator[None]:
    """Hold the cross-process lock of ``path`` (``<path>.lock`` beside it) for a read-check-write.

    Every process that changes ``path`` takes this lock first, so two writers never interleave. Not
    re-entrant across calls: take it once, around the whole read-check-write.
    """
    from filelock import FileLock, Timeout  # ~0.2 s to import on a slow laptop: not on every start

    lock = FileLock(f"{path}.lock", timeout=timeout, mode=PRIVATE_FILE, thread_local=False)
    try:
        lock.acquire()
    except Timeout as err:
        raise busy(file=Path(path).name) from err
    try:
        yield
    finally:
        lock.release()


def free_bytes(folder: Path) -> int:
    for candidate in (Path(folder), *Path(folder).parents):
        with contextlib.suppress(OSError):
            return shutil.disk_usage(candidate).free
    return 0


def disk_full(folder: Path, need: int = 0) -> DiskFull:
    """The error to raise for ``folder``'s disk: how many MB to free so that ``need`` bytes fit."""
    missing = need + HEADROOM - free_bytes(folder)
    return DiskFull(mb=max(1, math.ceil(missing / MIB)))


def is_disk_full(err: BaseException, folder: Path | None = None) -> bool:
    """``err`` (or what it wraps) says the disk is full. An SQLite I/O error counts when ``folder``'s
    disk is nearly full too: SQLite reports a shared-memory file it cannot grow as an I/O error."""
    seen: set[int] = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, DiskFull):
            return True
        if isinstance(err, OSError) and err.errno in _FULL_ERRNOS:
            return True
        code = getattr(err, "sqlite_errorcode", None)
        if (code is not None and code & 0xFF == _SQLITE_FULL) or "database or disk is full" in str(err):
            return True
        io_error = (code is not None and code & 0xFF == _SQLITE_IOERR) or "disk I/O error" in str(err)
        if io_error and folder is not None and free_bytes(folder) < HEADROOM:
            return True
        err = getattr(err, "orig", None) or err.__cause__ or err.__context__
    return False


@contextlib.contextmanager
def disk_full_as_error(folder: Path, need: int = 0) -> Iterator[None]:
    """Turn a full disk met inside the block into :class:`DiskFull` (for ``folder``'s file system)."""
    try:
        yield
    except DiskFull:
        raise
    except Exception as err:
        if is_disk_full(err, folder):
            raise disk_full(folder, need) from err
        raise


def make_private(path: Path) -> None:
    """Owner-only access: 0700 for folders, 0600 for files (POSIX; Windows profiles are per-user)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            return
        wanted = PRIVATE_DIR if stat.S_ISDIR(mode) else PRIVATE_FILE
        if stat.S_IMODE(mode) != wanted:
            os.chmod(path, wanted)


def make_tree_private(root: Path) -> None:
    """:func:`make_private` for ``root`` and everything under it."""
    make_private(root)
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            make_private(Path(folder) / name)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Windows has no directory handles to fsync; NTFS journals the rename."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (mode 0600) so that a crash leaves either the old file or the new one.
    A full disk raises :class:`DiskFull` and leaves the old file."""
    path = Path(path)
    with disk_full_as_error(path.parent, len(data)):
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
