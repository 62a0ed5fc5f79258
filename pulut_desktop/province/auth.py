"""Device authentication for the online service: server-issued nonces and Ed25519 request signatures.

A laptop proves every request with its device key (the one the province enrolled), so no password is
ever shared. Replays are refused without trusting the laptop clock (field laptops are often months
off): the server issues a random nonce (``GET /v1/nonce``), keeps it with a short expiry on the
*server* clock, and deletes it when it is used. The laptop signs::

    PULUT-AUTH-1\\n<METHOD>\\n<path>\\n<nonce>\\n<hex SHA-256 of the body>

and sends ``X-Pulut-Device`` (device id), ``X-Pulut-Nonce`` and ``X-Pulut-Signature`` (base64).
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete

from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.errors import KeyFormatError
from pulut_desktop.sync.keys import b64decode, b64encode, load_signing_public_key

from .devices import REVOKED
from .errors import AuthError
from .models import Device, Nonce
from .store import ProvinceStore, utcnow

NONCE_TTL = timedelta(seconds=120)
NONCE_BYTES = 24
HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE = "X-Pulut-Device", "X-Pulut-Nonce", "X-Pulut-Signature"


def sign_request(key: Ed25519PrivateKey, method: str, path: str, nonce: str, body: bytes) -> str:
    return b64encode(key.sign(signed_text(method, path, nonce, body)))


def issue_nonce(store: ProvinceStore) -> str:
    nonce = secrets.token_urlsafe(NONCE_BYTES)
    now = utcnow()
    with store.session() as session:
        session.execute(delete(Nonce).where(Nonce.expires_at < now))
        session.add(Nonce(nonce=nonce, expires_at=now + NONCE_TTL))
    return nonce


def authenticate(
    store: ProvinceStore, method: str, path: str, device_id: str | None, nonce: str | None, signature: str | None,
    body: bytes,
) -> Device:  # fmt: skip
    """The enrolled, active device that signed this request. Raises AuthError (401/403); the nonce is
    consumed only by a request whose signature verifies, and only once (atomic delete)."""
    if not device_id or not nonce or not signature or len(nonce) > 64:
        raise AuthError("province.auth_missing", status=401)
    with store.reader() as session:
        device = session.get(Device, device_id[:36])
    if device is None:
        raise AuthError("province.auth_unknown_device", status=401, device_id=device_id[:36])
    if device.status == REVOKED:
        raise AuthError("province.device_revoked", status=403, device_id=device.id)
    try:
        load_signing_public_key(device.public_key).verify(
            b64decode(signature, "signature"), signed_text(method, path, nonce, body)
        )
    except (InvalidSignature, KeyFormatError) as err:
        raise AuthError("province.auth_bad_signature", status=401) from err
    with store.session() as session:
        used = session.execute(delete(Nonce).where(Nonce.nonce == nonce, Nonce.expires_at >= utcnow()))
        if used.rowcount != 1:
            raise AuthError("province.auth_nonce", status=401)
    return device
