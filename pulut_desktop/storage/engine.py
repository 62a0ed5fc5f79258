"""SQLAlchemy engines over SQLCipher files, keyed with a raw 32-byte key.

Every connection: WAL journal, ``synchronous=FULL`` (a save reported as done survives power loss),
foreign keys on, temp files in memory (so sorts never spill plaintext to disk), and an explicit
``BEGIN`` so that SQLAlchemy's transactions are SQLite's transactions.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from ..fsutil import HEADROOM, disk_full, free_bytes, is_disk_full, make_private
from .errors import LoginFailed, StoreCorrupt

_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26


def is_corruption(err: BaseException) -> bool:
    """SQLite or SQLCipher says the file is damaged (a bad page HMAC surfaces as SQLITE_CORRUPT)."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return True
    return isinstance(err, sqlcipher.DatabaseError) and "malformed" in str(err)


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect_raw(path: Path, key: bytes) -> sqlcipher.Connection:
    """A DB-API connection with the key applied and checked; used by the engine and by backups."""
    path = Path(path)
    conn = sqlcipher.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
    make_private(path)  # SQLite gives the -wal and -shm files the database file's mode
    try:
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlcipher.DatabaseError as err:
        conn.close()
        if is_disk_full(err, path.parent):  # a full disk is never reported as damage
            raise disk_full(path.parent) from err
        if "not a database" in str(err):
            raise LoginFailed("store.wrong_key") from err
        raise StoreCorrupt(detail=str(err)) from err
    if str(mode).lower() != "wal":
        conn.close()
        if free_bytes(path.parent) < HEADROOM:  # no room for the -wal file
            raise disk_full(path.parent)
        raise StoreCorrupt(detail=f"journal_mode={mode}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")  # purged personal data is overwritten, not just unlinked
    conn.execute("PRAGMA cache_size = -16384")  # 16 MiB of decrypted pages per connection
    conn.execute("PRAGMA busy_timeout = 30000")
    return conn


WRITE = "pulut_write"  # execution option of the connection of a write transaction (Store.session)


def make_engine(path: Path, key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, key),
        module=sqlcipher,
        # A file database shared by the GUI thread, the worker thread and tests: a plain queue of
        # connections. ("sqlite://" alone would pick SingletonThreadPool, meant for :memory:, which
        # closes a thread's connection under it once more than five threads have used the engine.)
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A write transaction takes the write lock as it begins and so waits (busy_timeout) for another
        # writer: begun deferred, its first write after a read fails at once with "database is locked"
        # when another connection committed since (SQLITE_BUSY_SNAPSHOT). Readers begin deferred.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")

    @event.listens_for(engine, "handle_error")
    def _disk_full(context) -> None:  # type: ignore[no-untyped-def]
        # Every save, autosave and purge goes through here: a full disk becomes DiskFull, not a crash.
        if is_disk_full(context.original_exception, path.parent):
            raise disk_full(path.parent) from context.original_exception

    return engine
