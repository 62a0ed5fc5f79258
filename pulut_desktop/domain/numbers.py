"""Registration numbers made offline that never collide across laptops.

A number is ``PK-XXXX-XXXX-NNNNNN``: the device code (the first 40 bits of the SHA-256 of the device's
Ed25519 public key, in Crockford base32) and the device's own sequence. Two laptops would need the same
40-bit key fingerprint to collide; the province refuses to enrol a device whose code is already taken.
"""

from __future__ import annotations

import base64
import hashlib
import re

from .errors import ValidationError

_CROCKFORD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
_NUMBER = re.compile(r"^PK-([0-9A-HJKMNP-TV-Z]{4})-([0-9A-HJKMNP-TV-Z]{4})-(\d{6,})$")


def device_code(public_key: bytes) -> str:
    digest = hashlib.sha256(public_key).digest()[:5]
    return base64.b32encode(digest).decode("ascii").translate(_CROCKFORD)


def registration_number(code: str, sequence: int) -> str:
    if len(code) != 8 or sequence < 1:
        raise ValueError("device code must have 8 characters and the sequence start at 1")
    return f"PK-{code[:4]}-{code[4:]}-{sequence:06d}"


def parse_registration_number(text: str) -> tuple[str, int]:
    match = _NUMBER.match(text.strip().upper())
    if not match:
        raise ValidationError("registration_number.invalid")
    return match.group(1) + match.group(2), int(match.group(3))
