"""Device authentication for the online service: server-issued nonces and Ed25519 request signatures.

A laptop proves every request with its device key (the one the province enrolled), so no password is
ever shared. Replays are refused without trusting the laptop clock (field laptops are often months
off): the server issues a nonce (``GET /v1/nonce``) that expires on the *server* clock and is used
once (:mod:`.nonces`: signed by the server, so issuing it writes nothing). The laptop signs::

    PULUT-AUTH-1\\n<METHOD>\\n<path>\\n<nonce>\\n<hex SHA-256 of the body>

and sends ``X-Pulut-Device`` (device id), ``X-Pulut-Nonce`` and ``X-Pulut-Signature`` (base64).
"""

from __future__ import annotations

from datetime import timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pulut_desktop.sync.auth import signed_text
from pulut_desktop.sync.errors import KeyFormatError
from pulut_desktop.sync.keys import b64decode, b64encode, load_signing_public_key

from .devices import REVOKED
from .errors import AuthError
from .models import Device
from .nonces import TTL_SECONDS, NonceBook
from .store import ProvinceStore

NONCE_TTL = timedelta(seconds=TTL_SECONDS)
HEADER_DEVICE, HEADER_NONCE, HEADER_SIGNATURE = "X-Pulut-Device", "X-Pulut-Nonce", "X-Pulut-Signature"


def sign_request(key: Ed25519PrivateKey, method: str, path: str, nonce: str, body: bytes) -> str:
    return b64encode(key.sign(signed_text(method, path, nonce, body)))


def authenticate(
    store: ProvinceStore, nonces: NonceBook, method: str, path: str, device_id: str | None, nonce: str | None,
    signature: str | None, body: bytes,
) -> Device:  # fmt: skip
    """The enrolled, active device that signed this request. Raises AuthError (401/403); the nonce is
    consumed only by a request whose signature verifies, and only once."""
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
    if not nonces.consume(nonce):
        raise AuthError("province.auth_nonce", status=401)
    return device
