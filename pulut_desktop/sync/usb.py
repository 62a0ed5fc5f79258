"""The USB stick: its ``PULUT/`` folders, file names, and writes that survive a yanked stick.

Layout (``docs/batch-format.md`` section 8)::

    PULUT/outbox/<device_id>-<sequence:06d>.pulutbatch      laptop -> province
    PULUT/inbox/<device_id>-<sequence:06d>.pulutreceipt     province -> laptop
    PULUT/requests/<device_code>.pulutrequest               laptop -> province (enrolment)
    PULUT/enrolments/<device_code>.pulutenrolment           province -> laptop

Names are only a convenience for people and listings; readers trust the signed content, never the name.
Sticks are FAT32/exFAT: names are compared case-insensitively and temp files start with a dot.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import UsbError

STICK_FOLDER = "PULUT"
BATCH_SUFFIX = ".pulutbatch"
RECEIPT_SUFFIX = ".pulutreceipt"
REQUEST_SUFFIX = ".pulutrequest"
ENROLMENT_SUFFIX = ".pulutenrolment"
TEMP_SUFFIX = ".tmp"

_NAME = re.compile(
    r"^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-([0-9]{6,16})(\.[a-z]+)$", re.IGNORECASE
)
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


@dataclass(frozen=True)
class StickLayout:
    root: Path  # the PULUT folder itself

    def _child(self, name: str) -> Path:
        """``root/name``, or the existing folder of that name in another letter case (``Outbox``: a
        stick formatted or edited on another system; FAT is case-insensitive, a Linux mount of it
        may not be)."""
        try:
            with os.scandir(self.root) as entries:  # closed on the early return too
                for entry in entries:
                    if entry.name.lower() == name and entry.is_dir():
                        return self.root / entry.name
        except OSError:
            pass
        return self.root / name

    @property
    def outbox(self) -> Path:
        return self._child("outbox")

    @property
    def inbox(self) -> Path:
        return self._child("inbox")

    @property
    def requests(self) -> Path:
        return self._child("requests")

    @property
    def enrolments(self) -> Path:
        return self._child("enrolments")

    @property
    def folders(self) -> tuple[Path, ...]:
        return (self.outbox, self.inbox, self.requests, self.enrolments)


@dataclass(frozen=True)
class StickFile:
    path: Path
    device_id: str
    sequence: int


def batch_file_name(device_id: str, sequence: int) -> str:
    return f"{device_id.lower()}-{sequence:06d}{BATCH_SUFFIX}"


def receipt_file_name(device_id: str, sequence: int) -> str:
    return f"{device_id.lower()}-{sequence:06d}{RECEIPT_SUFFIX}"


def request_file_name(device_code: str) -> str:
    return f"{device_code.upper()}{REQUEST_SUFFIX}"


def enrolment_file_name(device_code: str) -> str:
    return f"{device_code.upper()}{ENROLMENT_SUFFIX}"


def _errno_name(err: OSError) -> str:
    return errno.errorcode.get(err.errno or 0, "UNKNOWN")


def _usb_error(err: OSError, path: Path) -> UsbError:
    name = _errno_name(err)
    if err.errno in _NO_SPACE:
        return UsbError("usb.no_space", file=path.name, errno=name)
    if err.errno in _READ_ONLY:
        return UsbError("usb.read_only", file=path.name, errno=name)
    return UsbError("usb.write_failed", file=path.name, errno=name)


def find_layout(mount: Path) -> StickLayout | None:
    """The ``PULUT`` folder at the top of a mounted stick (any letter case), or None."""
    mount = Path(mount)
    try:
        with os.scandir(mount) as entries:
            for entry in entries:
                if entry.name.upper() == STICK_FOLDER and entry.is_dir():
                    return StickLayout(mount / entry.name)
    except OSError:
        return None
    return None


def ensure_layout(mount: Path) -> StickLayout:
    """Create ``PULUT/`` and its folders on a stick when missing. Raises UsbError."""
    layout = find_layout(mount) or StickLayout(Path(mount) / STICK_FOLDER)
    for folder in (layout.root, *layout.folders):
        try:
            folder.mkdir(exist_ok=True)
        except OSError as err:
            raise _usb_error(err, folder) from err
    return layout


def _list(folder: Path, suffix: str, device_id: str | None) -> list[StickFile]:
    found = []
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except FileNotFoundError:
        return []
    except OSError as err:
        raise UsbError("usb.read_failed", file=folder.name, errno=_errno_name(err)) from err
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or match.group(3).lower() != suffix or not entry.is_file():
            continue
        found_device = match.group(1).lower()
        if device_id is None or found_device == device_id.lower():
            found.append(StickFile(Path(entry.path), found_device, int(match.group(2))))
    return sorted(found, key=lambda f: (f.device_id, f.sequence))


def list_batches(layout: StickLayout, device_id: str | None = None) -> list[StickFile]:
    return _list(layout.outbox, BATCH_SUFFIX, device_id)


def list_receipts(layout: StickLayout, device_id: str | None = None) -> list[StickFile]:
    return _list(layout.inbox, RECEIPT_SUFFIX, device_id)


def read_stick_file(path: Path, max_size: int) -> bytes:
    """Read a file from the stick, refusing anything larger than ``max_size`` before reading it all."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            data = f.read(max_size + 1)
    except FileNotFoundError as err:
        raise UsbError("usb.not_found", file=path.name) from err
    except OSError as err:
        raise UsbError("usb.read_failed", file=path.name, errno=_errno_name(err)) from err
    if len(data) > max_size:
        raise UsbError("usb.too_large", file=path.name, limit=max_size)
    return data


def _fsync_dir(folder: Path) -> None:
    # Windows cannot open a directory as a file; NTFS/exFAT commit the rename with the file's metadata.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in (errno.EINVAL, getattr(errno, "ENOTSUP", errno.EINVAL), errno.EBADF):
            raise
    finally:
        os.close(fd)


def _replace(source: Path, target: Path) -> None:
    # On Windows an antivirus or the indexer may hold the target open for a moment.
    for attempt in range(5):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 4:
                raise
            time.sleep(0.1 * (attempt + 1))


def read_from_device(path: Path) -> bytes:
    """Read ``path`` from the stick itself, not from the page cache that still holds what was written.

    POSIX: the file was fsynced, so its cached pages are clean and ``posix_fadvise(DONTNEED)`` drops
    them; the read then goes to the device. Windows has no such call from Python: the read-back there
    may come from the cache (the limit is stated in docs/security.md); the fsync and rename still hold.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if hasattr(os, "posix_fadvise"):
            os.fsync(fd)  # pages must be clean before the kernel will drop them
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def write_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` so that the name holds either the complete new file or nothing new.

    Temp file in the same folder, fsync, rename, fsync the folder (POSIX), then read back and compare
    digests. On failure the temp file is removed and a UsbError says why (``usb.no_space``,
    ``usb.read_only``, ``usb.write_failed`` with the errno name, ``usb.verify_failed``).
    """
    path = Path(path)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        _replace(temp, path)
        _fsync_dir(path.parent)
    except OSError as err:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise _usb_error(err, path) from err
    try:
        back = read_from_device(path)
    except OSError as err:
        raise _usb_error(err, path) from err
    if hashlib.sha256(back).digest() != hashlib.sha256(data).digest():
        with contextlib.suppress(OSError):
            path.unlink()
        raise UsbError("usb.verify_failed", file=path.name)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temp files left by an interrupted write (a yanked stick). Returns how many went."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX) and entry.is_file():
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
