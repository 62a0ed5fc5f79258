"""The reference bundle: what the province tells every laptop, signed by the province signing key.

A container (magic ``PULUTRB\\n``, empty body) whose header is a :class:`ReferenceBundle`:

* ``regions_version``: the region list the province validates against;
* ``devices``: every enrolled device's code and Ed25519 public key (any laptop can verify any card);
* ``quotas``: per regency and funding source, with the number accepted so far;
* ``roster``: ``HMAC-SHA256(roster_key, NIK)`` truncated to ``bits`` (32) for every NIK the province
  holds, as sorted big-endian integers packed in base64. Membership is probabilistic on purpose: a
  stolen laptop holds no list of NIKs (see ``docs/province-service.md``, "Roster");
* ``rules``: the province's latest published programme rules as signed bytes
  (:mod:`pulut_desktop.sync.rules`, base64), or null before the province published any.

The same bytes travel online (``GET /v1/reference-bundle``) and on the stick (``PULUT/inbox/*.pulutbundle``).
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Iterable
from typing import Annotated, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import Field

from . import container
from .errors import ReceiptError
from .keys import b64decode, b64encode, key_id
from .schema import Count, DeviceCode, KeyId, PublicKeyB64, Text, Timestamp, Uuid, WireModel

MAGIC = b"PULUTRB\n"
FORMAT = "pulut-reference-bundle"
VERSION = 1
SUFFIX = ".pulutbundle"
FILE_NAME = "reference" + SUFFIX
MAX_FILE_SIZE = 64 * 1024 * 1024
ROSTER_BITS = 32


class BundleDevice(WireModel):
    device_id: Uuid
    device_code: DeviceCode
    public_key: PublicKeyB64
    active: bool


class BundleQuota(WireModel):
    regency_code: Text(8, 1)
    funding_source: Text(16, 1)
    quota: Count
    accepted: Count


class Roster(WireModel):
    key: Text(64, 1)  # base64 of the 32-byte HMAC key
    bits: Annotated[int, Field(ge=16, le=64)]
    count: Count
    hashes: str  # base64 of count big-endian integers of bits/8 bytes, sorted


class ReferenceBundle(WireModel):
    format: Literal["pulut-reference-bundle"]
    version: Annotated[int, Field(ge=VERSION, le=VERSION)]
    bundle_id: Uuid
    issued_at: Timestamp  # province clock; a laptop keeps the newest it has seen
    regions_version: Text(64, 1)
    devices: list[BundleDevice]
    quotas: list[BundleQuota]
    roster: Roster
    rules: Text(400_000, 1) | None = None  # base64 of a signed rules file (sync.rules)
    signing_key_id: KeyId


def roster_hash(key: bytes, nik: str, bits: int = ROSTER_BITS) -> int:
    digest = hmac.new(key, nik.encode("ascii"), hashlib.sha256).digest()
    return int.from_bytes(digest[: bits // 8], "big")


def pack_roster(key: bytes, niks: Iterable[str], bits: int = ROSTER_BITS) -> dict:
    width = bits // 8
    values = sorted({roster_hash(key, n, bits) for n in niks})
    packed = b"".join(v.to_bytes(width, "big") for v in values)
    return {"key": b64encode(key), "bits": bits, "count": len(values), "hashes": b64encode(packed)}


def roster_set(roster: Roster) -> set[int]:
    raw = b64decode(roster.hashes, "roster") if roster.hashes else b""
    width = roster.bits // 8
    if len(raw) != roster.count * width:
        raise ReceiptError("receipt.header_invalid", reason="roster_length", field="roster")
    if width == 4:
        return set(struct.unpack(f">{roster.count}I", raw))
    return {int.from_bytes(raw[i : i + width], "big") for i in range(0, len(raw), width)}


def build_bundle(document: dict, signing_key: Ed25519PrivateKey) -> bytes:
    doc = {**document, "format": FORMAT, "version": VERSION, "signing_key_id": key_id(signing_key)}
    return container.pack_model(MAGIC, VERSION, ReferenceBundle.model_validate(doc, strict=False), signing_key)


def parse_bundle(data: bytes, *, province_signing_key: Ed25519PublicKey) -> ReferenceBundle:
    """Verify and parse a bundle. Raises ReceiptError (``receipt.*`` codes: it is a province answer)."""
    frame = container.unpack_document(
        data, magic=MAGIC, version=VERSION, max_size=MAX_FILE_SIZE, error=ReceiptError, prefix="receipt"
    )
    bundle = container.parse_model(ReferenceBundle, frame.header, ReceiptError, "receipt.header_invalid")
    if bundle.signing_key_id != key_id(province_signing_key):
        raise ReceiptError("receipt.unknown_key", key_id=bundle.signing_key_id)
    container.verify(frame, province_signing_key, ReceiptError, "receipt")
    return bundle
