"""The damage check run after every login, on its own connection, beside the officer's work.

``PRAGMA cipher_integrity_check`` checks the HMAC of every page in the file. Any byte changed on disk
(a bad sector, a flipped bit, a torn write) breaks its page's HMAC, so it finds all of those, in about
half the time of ``PRAGMA quick_check`` at 200,000 records (docs/performance.md, "Damage check").
Structural damage behind a valid HMAC can only be written by SQLite itself; the full
``integrity_check`` of every backup copy (storage/backup.py) finds that, and the store is then treated
as damaged too. After an unclean exit, ``Store.open`` also runs ``quick_check`` before login ends.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from ..fsutil import is_disk_full
from .engine import connect_raw
from .errors import LoginFailed, StoreCorrupt
from .store import Store

FAST_CHECK = "cipher_integrity_check"  # rows only for bad pages; none when all is well


def check_copy(path: Path, key: bytes, code: str = "backup.corrupt", pragma: str = "integrity_check") -> None:
    """``path`` opens with ``key`` and passes ``PRAGMA <pragma>`` (SQLite's full ``integrity_check``
    unless told otherwise), or StoreCorrupt(code)."""
    try:
        conn = connect_raw(path, key)
    except LoginFailed as err:  # the key is the store's own, so an unreadable copy is damage
        raise StoreCorrupt(code, detail="store.db") from err
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    except sqlcipher.DatabaseError as err:
        if is_disk_full(err, path.parent):
            raise
        raise StoreCorrupt(code, detail=str(err)[:200]) from err
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    if problems:
        raise StoreCorrupt(code, detail="; ".join(problems)[:200])


def find_damage(store: Store) -> str | None:
    """None when the store passes the fast check, else a short description of the damage. Runs on
    its own connection (beside the officer's work); a full disk raises DiskFull, never damage."""
    try:
        check_copy(store.data_dir.database, store.database_key, "store.damaged", FAST_CHECK)
    except StoreCorrupt as err:
        return str(err.params.get("detail", err.code))[:200]
    return None
