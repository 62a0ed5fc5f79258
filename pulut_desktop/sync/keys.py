"""Keys of the sync protocol: generation, raw/base64 (de)serialisation and key ids.

Two kinds of keys are used (see ``docs/batch-format.md`` section 3):

* Ed25519 signing keys: one per device (signs batches and device requests) and the province's
  (signs receipts and enrolments).
* X25519 encryption keys: the province's (batches are HPKE-encrypted to it).

Public keys travel as 32 raw bytes, in JSON as standard base64 with padding (44 characters). A key id
is the first 16 lowercase hex digits of the SHA-256 of the raw public key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from pulut_desktop.domain.numbers import device_code

from .errors import KeyFormatError

KEY_LENGTH = 32
KEY_ID_HEX_DIGITS = 16

PublicKey = Ed25519PublicKey | X25519PublicKey
PrivateKey = Ed25519PrivateKey | X25519PrivateKey

_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def public_key_bytes(key: PublicKey | PrivateKey) -> bytes:
    """The 32 raw bytes of a public key (of the private key's public half when given a private key)."""
    if isinstance(key, Ed25519PrivateKey | X25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(*_RAW)


def private_key_bytes(key: PrivateKey) -> bytes:
    """The 32 raw bytes of a private key, for the store to wrap with its own key. Never write these
    to a stick."""
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _raw(data: bytes, what: str) -> bytes:
    if not isinstance(data, bytes | bytearray) or len(data) != KEY_LENGTH:
        raise KeyFormatError(kind=what)
    return bytes(data)


def load_signing_private_key(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_raw(raw, "ed25519-private"))


def load_signing_public_key(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(_raw(raw, "ed25519-public"))
    except ValueError as err:  # not a point on the curve
        raise KeyFormatError(kind="ed25519-public") from err


def load_encryption_private_key(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_raw(raw, "x25519-private"))


def load_encryption_public_key(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(_raw(raw, "x25519-public"))


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: str, what: str = "key") -> bytes:
    """Strict standard base64 (with padding, no whitespace); anything else is a KeyFormatError."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, AttributeError) as err:
        raise KeyFormatError(kind=what) from err
    if b64encode(raw) != text:  # non-canonical padding bits
        raise KeyFormatError(kind=what)
    return raw


def public_key_b64(key: PublicKey | PrivateKey) -> str:
    return b64encode(public_key_bytes(key))


def signing_public_key_from_b64(text: str) -> Ed25519PublicKey:
    return load_signing_public_key(b64decode(text, "ed25519-public"))


def encryption_public_key_from_b64(text: str) -> X25519PublicKey:
    return load_encryption_public_key(b64decode(text, "x25519-public"))


def key_id(key: PublicKey | PrivateKey | bytes) -> str:
    """First 16 hex digits of SHA-256 of the raw public key: ``key_id(k) == key_id(k.public_key())``."""
    raw = key if isinstance(key, bytes) else public_key_bytes(key)
    return hashlib.sha256(raw).hexdigest()[:KEY_ID_HEX_DIGITS]


def device_code_of(key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """The 8-character device code used in registration numbers (see ``domain.numbers``)."""
    return device_code(public_key_bytes(key))
