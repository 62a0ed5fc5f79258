"""Officer key wrapping: one random database key, wrapped once per officer.

The SQLCipher database is encrypted with a random 32-byte key given to SQLCipher as a raw key (no
PBKDF2 on every connection). That key is stored only wrapped: for each officer, AES-256-GCM under a key
derived from the officer's password with Argon2id. A wrong password fails the GCM tag check, so nothing
can be opened with it. ``keyring.json`` holds only salts, KDF parameters, wrapped keys and lockout
counters: no personal data of workers.

Lockout counters live here too because they must work before the database can be opened. Someone who
edits this file can reset them, but an offline attacker can run Argon2 without the app anyway; the
counters stop guessing at the login screen, Argon2's cost slows everything else.

Every read-check-write of the file holds its cross-process lock (:func:`unlock`, :func:`editing`), so
logins started together count every failure, and a password reset saved at the same moment survives.
"""

from __future__ import annotations

import base64
import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..fsutil import atomic_write_bytes, exclusive
from .errors import AccountLocked, LoginFailed, OfficerExists, PasswordTooWeak, StoreCorrupt, UnknownOfficer

FORMAT = "pulut-keyring"
VERSION = 1
KEY_BYTES = 32
MIN_PASSWORD_LENGTH = 8
MAX_FAILED_ATTEMPTS = 5
LOCKOUT_SECONDS = 5 * 60
USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,39}$")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. 64 MiB and 3 passes take about 0.1-0.3 s on a 2-core field laptop."""

    iterations: int = 3
    lanes: int = 4
    memory_kib: int = 64 * 1024


DEFAULT_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


@dataclass
class WrappedKey:
    salt: str
    nonce: str
    wrapped_key: str
    kdf: dict = field(default_factory=lambda: asdict(DEFAULT_KDF))
    failed_attempts: int = 0
    locked_until: float | None = None


class Keyring:
    """The ``keyring.json`` of one data dir."""

    def __init__(self, path: Path, store_id: str, entries: dict[str, WrappedKey]) -> None:
        self.path = path
        self.store_id = store_id
        self.entries = entries

    @classmethod
    def new(cls, path: Path, store_id: str) -> Keyring:
        return cls(path, store_id, {})

    @classmethod
    def load(cls, path: Path) -> Keyring:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a keyring")
            entries = {name: WrappedKey(**entry) for name, entry in data["officers"].items()}
            return cls(path, data["store_id"], entries)
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as err:
            raise StoreCorrupt("store.keyring_corrupt", detail=type(err).__name__) from err

    def save(self) -> None:
        data = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "officers": {name: asdict(entry) for name, entry in sorted(self.entries.items())},
        }
        atomic_write_bytes(self.path, json.dumps(data, indent=2).encode("utf-8"))

    def _aad(self, username: str) -> bytes:
        return f"{FORMAT}:{self.store_id}:{username}".encode()

    def wrap(self, username: str, password: str, db_key: bytes, *, replace: bool = False) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise PasswordTooWeak(minimum=MIN_PASSWORD_LENGTH)
        if username in self.entries and not replace:
            raise OfficerExists(username=username)
        salt, nonce = os.urandom(16), os.urandom(12)
        kek = _derive(password, salt, DEFAULT_KDF)
        wrapped = AESGCM(kek).encrypt(nonce, db_key, self._aad(username))
        self.entries[username] = WrappedKey(_b64(salt), _b64(nonce), _b64(wrapped), asdict(DEFAULT_KDF))

    def remove(self, username: str) -> None:
        if self.entries.pop(username, None) is None:
            raise UnknownOfficer(username=username)

    def check_not_locked(self, username: str, now: float | None = None) -> None:
        entry = self.entries.get(username)
        now = time.time() if now is None else now
        if entry is not None and entry.locked_until is not None and now < entry.locked_until:
            raise AccountLocked(seconds=int(entry.locked_until - now) + 1)

    def record_failure(self, username: str, now: float | None = None) -> LoginFailed | AccountLocked:
        """Count one wrong password for ``username`` and save; returns the error to raise."""
        entry = self.entries[username]
        entry.failed_attempts += 1
        locked = entry.failed_attempts >= MAX_FAILED_ATTEMPTS
        if locked:
            entry.failed_attempts = 0
            entry.locked_until = (time.time() if now is None else now) + LOCKOUT_SECONDS
        self.save()
        if locked:
            return AccountLocked(seconds=LOCKOUT_SECONDS)
        return LoginFailed(remaining=MAX_FAILED_ATTEMPTS - entry.failed_attempts)

    def carry_lock_state(self, newer: Keyring) -> None:
        """Keep ``newer``'s failed attempts and lock for every officer in both (restoring an older copy
        must not undo a lockout); the later of the two locks wins."""
        for name, entry in self.entries.items():
            current = newer.entries.get(name)
            if current is None:
                continue
            entry.failed_attempts = current.failed_attempts
            locks = [t for t in (entry.locked_until, current.locked_until) if t is not None]
            entry.locked_until = max(locks) if locks else None

    def unwrap(self, username: str, password: str, now: float | None = None) -> bytes:
        """The database key, or :class:`LoginFailed` / :class:`AccountLocked`. Saves lockout state;
        callers hold the file's lock (:func:`unlock`)."""
        entry = self.entries.get(username)
        if entry is None:
            _derive(password, os.urandom(16), DEFAULT_KDF)  # same cost: no timing hint of who exists
            raise LoginFailed(remaining=MAX_FAILED_ATTEMPTS - 1)  # and the same message as a first mistake
        self.check_not_locked(username, now)
        try:
            kek = _derive(password, _unb64(entry.salt), KdfParams(**entry.kdf))
            db_key = AESGCM(kek).decrypt(_unb64(entry.nonce), _unb64(entry.wrapped_key), self._aad(username))
        except InvalidTag:
            raise self.record_failure(username, now) from None
        if entry.failed_attempts or entry.locked_until:
            entry.failed_attempts, entry.locked_until = 0, None
            self.save()
        return db_key


def unlock(path: Path, username: str, password: str, now: float | None = None) -> bytes:
    """Check ``password`` against the keyring at ``path`` under its cross-process lock."""
    with exclusive(path):
        return Keyring.load(path).unwrap(username, password, now)


@contextmanager
def editing(path: Path) -> Iterator[Keyring]:
    """The keyring at ``path``, loaded under its lock, held until the block ends (call ``save``)."""
    with exclusive(path):
        yield Keyring.load(path)
