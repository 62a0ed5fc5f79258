"""The stick's folders and crash-safe writes, with the OS failures simulated."""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pytest

from pulut_desktop.sync import usb
from pulut_desktop.sync.errors import UsbError
from pulut_desktop.sync.usb import (
    batch_file_name,
    ensure_layout,
    find_layout,
    list_batches,
    list_receipts,
    read_stick_file,
    receipt_file_name,
    remove_stale_temp_files,
    write_file_atomically,
)

DEVICE = "12345678-9abc-4def-8123-456789abcdef"
OTHER = "87654321-9abc-4def-8123-456789abcdef"


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_layout_is_created_and_found_in_any_case(tmp_path):
    assert find_layout(tmp_path) is None
    layout = ensure_layout(tmp_path)
    assert layout.root == tmp_path / "PULUT"
    assert all(folder.is_dir() for folder in layout.folders)
    assert find_layout(tmp_path) == layout
    other = tmp_path / "stick2"
    (other / "pulut").mkdir(parents=True)
    assert find_layout(other).root == other / "pulut"
    assert ensure_layout(other).root == other / "pulut"


def test_file_names_and_listing(tmp_path):
    layout = ensure_layout(tmp_path)
    assert batch_file_name(DEVICE.upper(), 12) == f"{DEVICE}-000012.pulutbatch"
    assert receipt_file_name(DEVICE, 1234567) == f"{DEVICE}-1234567.pulutreceipt"
    for name in (
        batch_file_name(DEVICE, 2),
        batch_file_name(DEVICE, 10),
        batch_file_name(OTHER, 1),
        f"{DEVICE}-000003.PULUTBATCH",  # FAT may upper-case
        f".{DEVICE}-000004.pulutbatch.ab12cd34.tmp",  # interrupted write
        "notes.txt",
        f"{DEVICE}-12.pulutbatch",  # too few digits: not ours
    ):
        (layout.outbox / name).write_bytes(b"x")
    found = [(f.device_id, f.sequence) for f in list_batches(layout)]
    assert found == [(DEVICE, 2), (DEVICE, 3), (DEVICE, 10), (OTHER, 1)]
    assert [f.sequence for f in list_batches(layout, OTHER)] == [1]
    assert list_receipts(layout) == []
    (layout.inbox / receipt_file_name(DEVICE, 2)).write_bytes(b"r")
    assert [(f.device_id, f.sequence) for f in list_receipts(layout, DEVICE)] == [(DEVICE, 2)]
    assert remove_stale_temp_files(layout.outbox) == 1
    assert not any(name.endswith(".tmp") for name in _entries(layout.outbox))


def test_atomic_write_replaces_and_verifies(tmp_path):
    target = tmp_path / "a.pulutbatch"
    write_file_atomically(target, b"first")
    write_file_atomically(target, b"second" * 1000)
    assert target.read_bytes() == b"second" * 1000
    assert _entries(tmp_path) == ["a.pulutbatch"]


def _failing_write(err_no: int, after: int = 0):
    real_write = os.write
    calls = {"n": 0}

    def write(fd, data):
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError(err_no, os.strerror(err_no))
        return real_write(fd, bytes(data)[:7])  # short writes, as a slow stick may do

    return write


@pytest.mark.parametrize(
    ("err_no", "code", "name"),
    [
        (errno.ENOSPC, "usb.no_space", "ENOSPC"),
        (errno.EROFS, "usb.read_only", "EROFS"),
        (errno.EIO, "usb.write_failed", "EIO"),  # stick pulled out mid-write
        (errno.ENODEV, "usb.write_failed", "ENODEV"),
    ],
)
def test_failed_write_leaves_nothing_and_the_next_write_succeeds(tmp_path, monkeypatch, err_no, code, name):
    target = tmp_path / "b.pulutbatch"
    data = bytes(range(256)) * 40
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _failing_write(err_no, after=3))
        with pytest.raises(UsbError) as caught:
            write_file_atomically(target, data)
    assert caught.value.code == code
    assert caught.value.params == {"file": "b.pulutbatch", "errno": name}
    assert _entries(tmp_path) == []  # no file at the target name, no temp left behind
    write_file_atomically(target, data)
    assert target.read_bytes() == data


def test_failed_rewrite_keeps_the_previous_complete_file(tmp_path, monkeypatch):
    target = tmp_path / "c.pulutreceipt"
    write_file_atomically(target, b"old complete receipt")
    with monkeypatch.context() as patch:
        patch.setattr(os, "write", _failing_write(errno.ENOSPC))
        with pytest.raises(UsbError):
            write_file_atomically(target, b"new receipt")
    assert target.read_bytes() == b"old complete receipt"
    assert _entries(tmp_path) == ["c.pulutreceipt"]


@pytest.mark.parametrize("where", ["fsync", "replace", "open"])
def test_failures_outside_write_are_typed_and_clean(tmp_path, monkeypatch, where):
    target = tmp_path / "d.pulutbatch"

    def fail(*args, **kwargs):
        raise OSError(errno.EACCES if where == "open" else errno.EIO, "simulated")

    with monkeypatch.context() as patch:
        patch.setattr(os, where, fail)
        with pytest.raises(UsbError) as caught:
            write_file_atomically(target, b"data")
    assert caught.value.code == ("usb.read_only" if where == "open" else "usb.write_failed")
    assert _entries(tmp_path) == []


def test_read_back_mismatch_is_reported_and_the_file_removed(tmp_path, monkeypatch):
    target = tmp_path / "e.pulutbatch"
    real_read = usb.read_from_device

    def stick_that_changed_a_bit(path):
        data = bytearray(real_read(path))
        data[0] ^= 1
        return bytes(data)

    monkeypatch.setattr(usb, "read_from_device", stick_that_changed_a_bit)
    with pytest.raises(UsbError) as caught:
        write_file_atomically(target, b"payload")
    assert caught.value.code == "usb.verify_failed"
    assert _entries(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="POSIX only; Windows limit in docs/security.md")
def test_read_back_drops_the_cached_pages_before_reading(tmp_path, monkeypatch):
    calls = []
    real_fadvise, real_read = os.posix_fadvise, os.read
    monkeypatch.setattr(usb.os, "posix_fadvise", lambda *a: (calls.append(("fadvise", a[3])), real_fadvise(*a))[1])
    monkeypatch.setattr(usb.os, "read", lambda fd, n: (calls.append(("read", None)), real_read(fd, n))[1])
    write_file_atomically(tmp_path / "e.pulutbatch", b"payload")
    assert calls[0] == ("fadvise", os.POSIX_FADV_DONTNEED), calls
    assert ("read", None) in calls[1:]


def test_read_stick_file_limits(tmp_path):
    path = tmp_path / "f.pulutbatch"
    path.write_bytes(b"x" * 11)
    assert hashlib.sha256(read_stick_file(path, 11)).hexdigest() == hashlib.sha256(b"x" * 11).hexdigest()
    with pytest.raises(UsbError) as caught:
        read_stick_file(path, 10)
    assert caught.value.code == "usb.too_large"
    with pytest.raises(UsbError) as caught:
        read_stick_file(tmp_path / "missing", 10)
    assert caught.value.code == "usb.not_found"


def test_read_only_stick_cannot_get_a_layout(tmp_path, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise OSError(errno.EROFS, "read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(UsbError) as caught:
        ensure_layout(tmp_path)
    assert caught.value.code == "usb.read_only"
