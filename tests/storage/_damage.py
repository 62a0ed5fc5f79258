"""Helpers shared by the damage tests: a training store made through the CLI, and one flipped byte."""

from __future__ import annotations

import io
from pathlib import Path

from pulut_desktop import cli
from pulut_desktop.storage.engine import connect_raw
from pulut_desktop.storage.keyring import Keyring

PASSWORD = "rahasia-123"


def run_cli(monkeypatch, capsys, data: Path, *argv: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(["--data-dir", str(data), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def init_with_records(monkeypatch, capsys, data: Path, count: int) -> None:
    init = ["init", "--user", "sri", "--name", "Sri", "--device-name", "Laptop 7", "--regency", "14.06"]
    code, _, err = run_cli(monkeypatch, capsys, data, *init, "--training", "--password-stdin")
    assert code == 0, err
    code, _, err = run_cli(monkeypatch, capsys, data, "demo-data", "--user", "sri", "--count", str(count),
                           "--password-stdin")  # fmt: skip
    assert code == 0, err


def store_key(data: Path) -> bytes:
    return Keyring.load(data / "keyring.json").unwrap("sri", PASSWORD)


def count_registrations(database: Path, key: bytes) -> int:
    conn = connect_raw(database, key)
    try:
        return conn.execute("SELECT count(*) FROM registrations").fetchone()[0]
    finally:
        conn.close()


def flip_one_byte_in_registrations(data: Path, key: bytes | None = None) -> None:
    """Flip one byte in the middle of the registrations table's root page of a closed store."""
    database = data / "pulut.db"
    conn = connect_raw(database, key or store_key(data))
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'registrations'").fetchone()[0]
        page_size = int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    offset = (root - 1) * page_size + page_size // 2
    raw = bytearray(database.read_bytes())
    raw[offset] ^= 0x01
    database.write_bytes(bytes(raw))
