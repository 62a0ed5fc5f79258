"""One officer's open session on the encrypted store of a data dir.

``Store.create`` makes a new data dir (random database key, device signing key, first supervisor);
``Store.open`` logs an officer in by unwrapping the key, migrates the schema if needed and hands out
short-lived SQLAlchemy sessions, one transaction each.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, event, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import ValidationError
from ..domain.numbers import device_code
from ..domain.reference import RegionLevel, regions
from ..fsutil import disk_full_as_error, exclusive
from ..paths import DataDir
from ..public_settings import read_public_settings, write_public_settings  # noqa: F401 - re-exported
from . import audit, changes, housekeeping, migrate
from .engine import WRITE, is_corruption, make_engine
from .errors import (
    LoginFailed,
    PermissionDenied,
    StoreAlreadyExists,
    StoreCorrupt,
    StoreError,
    StoreNotInitialised,
    UnknownOfficer,
)
from .keyring import KEY_BYTES, Keyring, unlock
from .models import Device, Officer

log = logging.getLogger(__name__)


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class CurrentOfficer:
    username: str
    full_name: str
    role: Role

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


def _check_after_unclean_exit(engine: Engine, data_dir: DataDir) -> None:
    """After a crash or power loss, check every page before trusting the store (SQLCipher's page HMACs
    and SQLite's structure check); after a clean exit the check is skipped to keep login fast."""
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
            if data_dir.session_marker.exists():
                result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
                if result != "ok":
                    raise StoreCorrupt(detail=str(result)[:200])
    except (LoginFailed, DBAPIError) as err:  # the key is right (the keyring opened), so this is damage
        engine.dispose()
        raise StoreCorrupt(detail=type(err).__name__) from err
    except StoreError:  # StoreCorrupt, or DiskFull from the engine: never damage
        engine.dispose()
        raise


class Store:
    def __init__(self, data_dir: DataDir, engine: Engine, key: bytes, officer: CurrentOfficer) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.officer = officer
        self._key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        changes.watch(self._sessions)
        self.damage: str | None = None  # set when a check finds damage: from then on nothing is written
        self.checked_at_open = False  # the full check already ran in open() (after an unclean exit)
        event.listen(engine, "handle_error", self._on_database_error)

    def _on_database_error(self, context) -> None:  # type: ignore[no-untyped-def]
        """A damaged page met by any query: stop writing and say so, instead of an unexpected error."""
        if is_corruption(context.original_exception):
            self.mark_damaged(str(context.original_exception)[:200])
            raise StoreCorrupt("store.damaged", detail=self.damage) from context.original_exception

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        root: Path | str,
        *,
        username: str,
        full_name: str,
        password: str,
        device_name: str,
        regency_code: str,
        training: bool = False,
        language: str = "id",
    ) -> Store:
        data_dir = DataDir(root)
        if data_dir.keyring.exists():
            raise StoreAlreadyExists(path=str(data_dir.root))
        region = regions().get(regency_code)
        if region is None or region.level is not RegionLevel.REGENCY:
            raise ValidationError("device.regency_unknown", regency=regency_code)
        username = username.strip().lower()
        with disk_full_as_error(data_dir.root):
            data_dir.ensure()
            key = os.urandom(KEY_BYTES)
            keyring = Keyring.new(data_dir.keyring, store_id=str(uuid.uuid4()))
            keyring.wrap(username, password, key)  # checks the password before anything is written
            for leftover in data_dir.database_files():  # a creation that died before its keyring was saved
                leftover.unlink()
            engine = make_engine(data_dir.database, key)
            migrate.upgrade(engine, data_dir.database, data_dir.backups)
            signing_key = Ed25519PrivateKey.generate()
            public = signing_key.public_key().public_bytes_raw()
            officer = CurrentOfficer(username, full_name.strip(), Role.SUPERVISOR)
            with Session(engine) as session, session.begin():
                session.add(
                    Device(
                        id=1,
                        name=device_name.strip(),
                        regency_code=regency_code,
                        code=device_code(public),
                        public_key=public,
                        private_key=signing_key.private_bytes_raw(),
                        training=training,
                        created_at=audit.utcnow(),
                    )
                )
                session.add(
                    Officer(
                        username=username,
                        full_name=officer.full_name,
                        role=officer.role.value,
                        active=True,
                        created_at=audit.utcnow(),
                    )
                )
                audit.record(
                    session,
                    actor=username,
                    action="store.created",
                    entity_type="device",
                    details={"device_name": device_name.strip(), "regency": regency_code, "training": training},
                )
            with exclusive(data_dir.keyring):
                if data_dir.keyring.exists():
                    raise StoreAlreadyExists(path=str(data_dir.root))
                keyring.save()  # last: a half-made data dir has no keyring and can be made again
            data_dir.session_marker.touch(mode=0o600)
            write_public_settings(data_dir, {"language": language, "training": training})
            log.info("store created (training=%s)", training)
            return cls(data_dir, engine, key, officer)

    @classmethod
    def open(cls, root: Path | str, username: str, password: str) -> Store:
        data_dir = DataDir(root)
        if not data_dir.is_initialised():
            raise StoreNotInitialised(path=str(data_dir.root))
        with disk_full_as_error(data_dir.root):  # a full disk is reported as such, never as damage
            housekeeping.tidy(data_dir)
            username = username.strip().lower()
            key = unlock(data_dir.keyring, username, password)
            engine = make_engine(data_dir.database, key)
            unclean = data_dir.session_marker.exists()
            _check_after_unclean_exit(engine, data_dir)
            migrate.upgrade(engine, data_dir.database, data_dir.backups)
            data_dir.session_marker.touch(mode=0o600)
            with Session(engine) as session, session.begin():
                row = session.get(Officer, username)
                if row is None or not row.active:
                    raise UnknownOfficer(username=username)
                officer = CurrentOfficer(row.username, row.full_name, Role(row.role))
                audit.record(session, actor=username, action="login", entity_type="officer", entity_id=None)
        store = cls(data_dir, engine, key, officer)
        store.checked_at_open = unclean
        return store

    def close(self) -> None:
        self.engine.dispose()
        self.data_dir.session_marker.unlink(missing_ok=True)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- sessions ------------------------------------------------------------------------------
    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction: committed when the block ends, rolled back if it raises. Refused once
        damage was found, so nothing is written on top of it."""
        if self.damage is not None:
            raise StoreCorrupt("store.damaged", detail=self.damage)
        with self._sessions() as session:
            with session.begin():
                session.connection(execution_options={WRITE: True})  # BEGIN IMMEDIATE (engine.py)
                yield session
            changes.committed(session)

    def mark_damaged(self, detail: str) -> None:
        """A check found damage: stop writing (reads still work, so the officer can look things up)."""
        if self.damage is None:
            log.error("store damaged: %s; writing stopped", detail)
        self.damage = detail

    @contextmanager
    def reader(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    # -- helpers shared by services ------------------------------------------------------------
    def require_supervisor(self) -> None:
        if not self.officer.is_supervisor:
            raise PermissionDenied(action="supervisor")

    def check_password(self, username: str, password: str) -> None:
        """LoginFailed / AccountLocked unless ``password`` is ``username``'s; counted like a login."""
        unlock(self.data_dir.keyring, username.strip().lower(), password)

    @property
    def database_key(self) -> bytes:
        """For backups: the same key encrypts the copy, so the same officers can restore it."""
        return self._key

    def device(self, session: Session) -> Device:
        return session.scalars(select(Device)).one()

    def signing_key(self) -> Ed25519PrivateKey:
        with self.reader() as session:
            return Ed25519PrivateKey.from_private_bytes(self.device(session).private_key)
