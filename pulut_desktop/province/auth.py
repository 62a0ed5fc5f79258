"""Device authentication for the online service: server-issued nonces and Ed25519 request signatures.

A laptop proves every request with its device key (the one the province enrolled), so no password is
ever shared. Replays are refused without trusting the laptop clock (field laptops are often months
off): the server issues a nonce (``GET /v1/nonce``) that carries its own expiry on the *server*
clock and an HMAC under a key kept in the store, so issuing one writes nothing (a flood of
``/v1/nonce`` costs no disk). A nonce is recorded as used only by a request whose signature verifies,
and only once (primary key). The laptop signs::

    PULUT-AUTH-1\\n<METHOD>\\n<path>\\n<nonce>\\n<hex SHA-256 of the body>

and sends ``X-Pulut-Device`` (device id), ``X-Pulut-Nonce`` and ``X-Pulut-Signature`` (base64). The
headers are checked (:func:`check_headers`: shape, device enrolled and active, nonce genuine and
unexpired) *before* the body is read, so an unauthenticated upload costs the server nothing.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import struct
import time
from datetime import timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.errors import KeyFormatError
from pulut_desktop.sync.keys import b64decode, b64encode, load_signing_public_key

from .devices import REVOKED
from .errors import AuthError
from .models import Device, Nonce, Setting
from .store import ProvinceStore, log_event, utcnow

NONCE_TTL = timedelta(seconds=120)
HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE = "X-Pulut-Device", "X-Pulut-Nonce", "X-Pulut-Signature"
NONCE_KEY_SETTING = "nonce_key"
_NONCE = re.compile(r"[A-Za-z0-9_-]{43}")
_DEVICE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_SIGNATURE = re.compile(r"[A-Za-z0-9+/]{86}==")


def sign_request(key: Ed25519PrivateKey, method: str, path: str, nonce: str, body: bytes) -> str:
    return b64encode(key.sign(signed_text(method, path, nonce, body)))


def nonce_key(store: ProvinceStore) -> bytes:
    """The HMAC key of this province's nonces (made once, kept in ``settings``: every service process
    on the same database accepts the others' nonces)."""
    with store.session() as session:
        row = session.get(Setting, NONCE_KEY_SETTING)
        if row is None:
            row = Setting(key=NONCE_KEY_SETTING, value={"key": b64encode(os.urandom(32))})
            session.add(row)
            log_event(session, "nonce.key_created")
        return b64decode(row.value["key"], "nonce-key")


def _mac(key: bytes, head: bytes) -> bytes:
    return hmac.new(key, b"pulut-nonce-1" + head, hashlib.sha256).digest()[:16]


def issue_nonce(key: bytes, now: float | None = None) -> str:
    """A fresh nonce: expiry (4 bytes, Unix seconds), 12 random bytes, a 16-byte HMAC; base64url."""
    expires = int(now if now is not None else time.time()) + int(NONCE_TTL.total_seconds())
    head = struct.pack(">I", expires) + os.urandom(12)
    return base64.urlsafe_b64encode(head + _mac(key, head)).decode("ascii").rstrip("=")


def _nonce_expiry(key: bytes, nonce: str) -> int | None:
    """The expiry of a genuine nonce, or None (forged, damaged or not one of ours)."""
    if not _NONCE.fullmatch(nonce):
        return None
    raw = base64.urlsafe_b64decode(nonce + "=")
    head, mac = raw[:16], raw[16:]
    if not hmac.compare_digest(mac, _mac(key, head)):
        return None
    return struct.unpack(">I", head[:4])[0]


def check_headers(store: ProvinceStore, key: bytes, device_id: str | None, nonce: str | None, signature: str | None):
    """Everything that can be checked before the body is read: the three headers present and in shape
    (ASCII only: anything else is 401, never a crash), the device enrolled and active, the nonce ours
    and unexpired. Returns the device. Raises AuthError (401/403)."""
    if not device_id or not nonce or not signature:
        raise AuthError("province.auth_missing", status=401)
    if not _DEVICE.fullmatch(device_id) or not _SIGNATURE.fullmatch(signature):
        raise AuthError("province.auth_missing", status=401)
    expires = _nonce_expiry(key, nonce)
    if expires is None or expires < time.time():
        raise AuthError("province.auth_nonce", status=401)
    with store.reader() as session:
        device = session.get(Device, device_id)
    if device is None:
        raise AuthError("province.auth_unknown_device", status=401, device_id=device_id)
    if device.status == REVOKED:
        raise AuthError("province.device_revoked", status=403, device_id=device.id)
    return device


def authenticate(
    store: ProvinceStore, key: bytes, method: str, path: str, device_id: str | None, nonce: str | None,
    signature: str | None, body: bytes,
) -> Device:  # fmt: skip
    """The enrolled, active device that signed this request. Raises AuthError (401/403); the nonce is
    used up only by a request whose signature verifies, and only once."""
    device = check_headers(store, key, device_id, nonce, signature)
    try:
        load_signing_public_key(device.public_key).verify(
            b64decode(signature, "signature"), signed_text(method, path, nonce, body)
        )
    except (InvalidSignature, KeyFormatError) as err:
        raise AuthError("province.auth_bad_signature", status=401) from err
    now = utcnow()
    try:
        with store.session() as session:
            session.execute(delete(Nonce).where(Nonce.expires_at < now))
            session.add(Nonce(nonce=nonce, expires_at=now + NONCE_TTL))
    except IntegrityError as err:  # used before: a replay
        raise AuthError("province.auth_nonce", status=401) from err
    return device
