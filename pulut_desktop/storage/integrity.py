"""The damage check run at every open: fast enough for 200,000 records, on its own connection.

``PRAGMA quick_check`` reads every page that belongs to a table or an index, so SQLCipher checks each
one's HMAC as it decrypts it, and SQLite checks the structure of every b-tree; it skips only the slow
cross-check of indexes against tables that ``integrity_check`` (run on every backup copy) adds. The
measurements behind the choice are in docs/performance.md ("Damage check").
"""

from __future__ import annotations

import sqlcipher3.dbapi2 as sqlcipher

from ..fsutil import is_disk_full
from .engine import connect_raw
from .errors import LoginFailed, StoreCorrupt
from .store import Store

FAST_CHECK = "quick_check"


def find_damage(store: Store) -> str | None:
    """None when the store passes the fast check, else a short description of the damage. Runs on
    its own connection (beside the officer's work); a full disk raises DiskFull, never damage."""
    path = store.data_dir.database
    try:
        conn = connect_raw(path, store.database_key)
    except (LoginFailed, StoreCorrupt) as err:
        return str(err)[:200]
    try:
        rows = conn.execute(f"PRAGMA {FAST_CHECK}").fetchall()
    except sqlcipher.DatabaseError as err:
        if is_disk_full(err, path.parent):
            raise
        return str(err)[:200]
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
    return "; ".join(problems)[:200] or None
