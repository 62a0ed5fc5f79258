"""The province store: a data dir (platformdirs, ``--data-dir`` override) with a SQLAlchemy database.

SQLite file ``province.db`` in the data dir by default; any SQLAlchemy URL (``postgresql+psycopg://``
for issue 6) through ``database_url``. Alembic migrations live in ``province/migrations`` (their own
script location, apart from the laptop's). One short transaction per operation.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from .errors import NotInitialised
from .models import Event

DATA_DIR_ENV = "PULUT_PROVINCE_DATA_DIR"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("PulutProvince", "Disnakertrans Riau", roaming=False))


class ProvinceDataDir:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    @property
    def database(self) -> Path:
        return self.root / "province.db"

    @property
    def public_keys(self) -> Path:
        """``province-keys.json``: the public keys to ship to laptops."""
        return self.root / "province-keys.json"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"


PRIVATE_FILE, PRIVATE_DIR = 0o600, 0o700
_DATABASE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def secure_data_dir(data_dir: ProvinceDataDir) -> None:
    """The data folder 0700 and the database (plaintext NIKs, mothers' names), its WAL/shared memory
    0600, on POSIX. New files SQLite makes later (a WAL after a checkpoint) inherit the folder's
    protection: nobody else can even list it. Windows: the user profile's ACLs apply."""
    if os.name != "posix":
        return
    os.chmod(data_dir.root, PRIVATE_DIR)
    for suffix in _DATABASE_SUFFIXES:
        path = data_dir.database.with_name(data_dir.database.name + suffix)
        if path.exists():
            os.chmod(path, PRIVATE_FILE)


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def make_engine(url: str) -> Engine:
    # hide_parameters: a failing statement's log line and exception must not carry NIKs or names
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    # Every request the service is running may hold a connection while it waits its turn to write (one writer
    # at a time): with the default pool (5 + 10) the 16th of 20 laptops uploading at once timed out after 30 s
    # waiting for a connection and got a 503. A SQLite connection is a file handle: allow one per request
    # thread (anyio runs at most 40) and more, and wait as long as a turn to write can take.
    engine = create_engine(url, hide_parameters=True, pool_size=8, max_overflow=56, pool_timeout=300)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # SQLAlchemy's BEGIN below is SQLite's transaction
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "busy_timeout = 30000"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock up front: no upgrade deadlocks

    return engine


class ProvinceStore:
    def __init__(self, data_dir: ProvinceDataDir, engine: Engine) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        # SQLite has one writer at a time. Writers of this process queue on a lock, in order, instead of
        # in SQLite's busy handler, which sleeps and retries (slow, and unfair under 20 laptops at once).
        # Other processes (a CLI import beside the service) still meet busy_timeout. PostgreSQL: no lock.
        self._write_lock = threading.RLock() if engine.dialect.name == "sqlite" else contextlib.nullcontext()

    @classmethod
    def open(cls, root: Path | str, database_url: str | None = None, *, create: bool = False) -> ProvinceStore:
        """Open (and migrate) the store; ``create`` allows a new one (``init``)."""
        data_dir = ProvinceDataDir(root)
        if database_url is None and not data_dir.database.exists() and not create:
            raise NotInitialised(path=str(data_dir.root))
        data_dir.root.mkdir(parents=True, exist_ok=True)
        secure_data_dir(data_dir)
        engine = make_engine(database_url or data_dir.database_url)
        store = cls(data_dir, engine)
        store.migrate()
        if database_url is None:
            secure_data_dir(data_dir)  # the database file, its WAL and shared memory now exist
        return store

    def migrate(self, revision: str = "head", *, downgrade: bool = False) -> None:
        """Bring the schema to ``revision`` in one transaction. On SQLite a migration may rebuild a table
        other tables refer to (SQLite's documented way: foreign keys off for the rebuild), so the checks
        are off while it runs and every foreign key is checked before it commits."""
        with self.engine.connect() as conn:
            sqlite = conn.dialect.name == "sqlite"
            raw = conn.connection.driver_connection
            if sqlite:
                raw.execute("PRAGMA foreign_keys = OFF")  # before BEGIN: inside a transaction it is ignored
            try:
                with conn.begin():
                    current = MigrationContext.configure(conn).get_current_revision()
                    if not downgrade and revision == "head" and current == head_revision():
                        return
                    config = _alembic_config()
                    config.attributes["connection"] = conn
                    (command.downgrade if downgrade else command.upgrade)(config, revision)
                    if sqlite and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                        raise RuntimeError("a migration left rows whose foreign keys point nowhere")
            finally:
                if sqlite:
                    raw.execute("PRAGMA foreign_keys = ON")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ProvinceStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with self._write_lock, self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session


def log_event(
    session: Session, action: str, subject: str | None = None, *, account: str | None = None, **details: object
) -> None:
    """One line of the province event log; ``account`` is the console account (or CLI user) who acted."""
    session.add(Event(at=utcnow(), action=action, subject=subject, details=details, account=account))
