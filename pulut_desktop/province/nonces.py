"""Server nonces without a database write to issue them (issue 18: the nonce was two extra write
transactions per upload, on SQLite's single writer).

A nonce is a token the server signed: ``<expiry, unix seconds>.<random>.<HMAC>``. Issuing one writes
nothing; checking one needs only the key and the clock (the server's, never the laptop's). Single use is
kept where the service's processes can all see it:

- one service process (the default): a set of used nonces in memory, forgotten when they expire. The
  key is random per process, so a restart invalidates every nonce it issued (no replay across restarts);
- several processes (``serve --workers N``): the key is shared through ``settings`` and a used nonce is
  one insert into ``nonces`` (its primary key refuses the second use in any process), expired rows are
  deleted as they are met.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import threading
import time

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from .models import Nonce, Setting
from .store import ProvinceStore, utcnow

TTL_SECONDS = 120
KEY_SETTING = "nonce_key"
RANDOM_BYTES = 18  # 24 base64 characters; the whole nonce stays under 64


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def shared_key(store: ProvinceStore) -> bytes:
    """The key every process of a multi-process service signs nonces with (made once, kept in settings)."""
    for _ in range(3):
        with store.reader() as session:
            row = session.get(Setting, KEY_SETTING)
        if row is not None:
            return base64.b64decode(row.value)
        try:
            with store.session() as session:
                session.add(Setting(key=KEY_SETTING, value=base64.b64encode(os.urandom(32)).decode("ascii")))
        except IntegrityError:  # another process made it first
            continue
    raise RuntimeError("nonce key not readable")


class NonceBook:
    def __init__(self, store: ProvinceStore, *, shared: bool = False) -> None:
        self.store = store
        self.shared = shared
        self.key = shared_key(store) if shared else os.urandom(32)
        self._used: dict[str, float] = {}  # nonce -> expiry (in-memory mode)
        self._lock = threading.Lock()

    def _mac(self, body: str) -> str:
        return _b64(hmac.new(self.key, body.encode("ascii"), hashlib.sha256).digest()[:16])

    def issue(self) -> str:
        body = f"{int(time.time()) + TTL_SECONDS}.{secrets.token_urlsafe(RANDOM_BYTES)}"
        return f"{body}.{self._mac(body)}"

    def _valid(self, nonce: str) -> int | None:
        """The expiry of a nonce this server issued and that has not expired, else None."""
        body, _, mac = nonce.rpartition(".")
        expiry, _, _ = body.partition(".")
        if not expiry.isascii() or not expiry.isdigit() or not hmac.compare_digest(mac, self._mac(body)):
            return None
        return int(expiry) if int(expiry) >= time.time() else None

    def consume(self, nonce: str) -> bool:
        """True exactly once for a valid nonce, in whichever process of the service it is used."""
        expiry = self._valid(nonce)
        if expiry is None:
            return False
        if self.shared:
            return self._consume_shared(nonce, expiry)
        now = time.time()
        with self._lock:
            if nonce in self._used:
                return False
            if len(self._used) > 1000:
                self._used = {n: e for n, e in self._used.items() if e >= now}
            self._used[nonce] = expiry
        return True

    def _consume_shared(self, nonce: str, expiry: int) -> bool:
        from datetime import UTC, datetime

        try:
            with self.store.session() as session:
                session.execute(delete(Nonce).where(Nonce.expires_at < utcnow()))
                session.add(Nonce(nonce=nonce, expires_at=datetime.fromtimestamp(expiry, UTC).replace(tzinfo=None)))
        except IntegrityError:
            return False
        return True
