"""Batches: approved registrations leaving a laptop, encrypted to the province and signed by the device.

A batch is a container (see :mod:`.container`) with magic ``PULUTBA\\n`` whose header is a
:class:`BatchHeader` and whose body is ``HPKE(province key, info=header bytes)`` of the zlib-compressed
JSON Lines payload. ``docs/batch-format.md`` is the specification; this module follows it step by step.
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any, Literal

import pydantic
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hpke import AEAD, KDF, KEM, Suite
from pydantic import Field

from pulut_desktop import __version__

from . import container
from .errors import BatchError
from .keys import key_id
from .records import RECORD_ADAPTER, BatchRecord, WireLine, as_record
from .schema import KeyId, Sequence, Sha256Hex, Text, Timestamp, Uuid, WireModel, now_utc

MAGIC = b"PULUTBA\n"
FORMAT = "pulut-batch"
VERSION = 1
MAX_FILE_SIZE = 64 * 1024 * 1024
MAX_HEADER_SIZE = 4096
MAX_RECORDS = 50_000
MAX_PAYLOAD_SIZE = 128 * 1024 * 1024  # decompressed; stops zip bombs
MAX_LINE_SIZE = 256 * 1024
HPKE_SUITE = Suite(KEM.X25519, KDF.HKDF_SHA256, AEAD.AES_256_GCM)
HPKE_ENC_LENGTH = 32
AEAD_TAG_LENGTH = 16

Progress = Callable[[int, int], None]


class BatchHeader(WireModel):
    format: Literal["pulut-batch"]
    version: Annotated[int, Field(ge=VERSION, le=VERSION)]
    batch_id: Uuid
    device_id: Uuid
    sequence: Sequence
    created_at: Timestamp  # the device's clock: informational, may be months off
    record_count: Annotated[int, Field(ge=1, le=MAX_RECORDS)]
    key_id: KeyId  # of the province encryption key the body is sealed to
    payload_digest: Sha256Hex  # SHA-256 of the decompressed JSON Lines payload
    compression: Literal["zlib"]
    training: bool
    app_version: Text(32, 1)


@dataclass(frozen=True)
class DeviceKey:
    """What the province knows about a device's signing key."""

    public_key: Ed25519PublicKey
    revoked: bool = False


DeviceKeyLookup = Mapping[str, Ed25519PublicKey | DeviceKey] | Callable[[str], Ed25519PublicKey | DeviceKey | None]
ProvinceKeys = X25519PrivateKey | Mapping[str, X25519PrivateKey]


@dataclass(frozen=True)
class OpenedBatch:
    header: BatchHeader
    records: tuple[BatchRecord, ...]
    file_sha256: str  # of the whole file; receipts quote it


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _wire_form(value: BatchRecord | WireLine | Mapping[str, Any], number: int) -> dict[str, Any]:
    """The JSON form of one line: a :class:`WireLine` as built, anything else validated against the schema."""
    if isinstance(value, WireLine):
        return value.dump()
    try:
        record = as_record(value)
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BatchError("batch.payload_invalid", line=number, reason=first["type"], field=where) from None
    return record.model_dump(mode="json")


def build_batch(
    *,
    device_id: str,
    sequence: int,
    records: Iterable[BatchRecord | WireLine | Mapping[str, Any]],
    device_key: Ed25519PrivateKey,
    province_public_key: X25519PublicKey,
    training: bool = False,
    created_at: datetime | None = None,
    batch_id: str | None = None,
    app_version: str = __version__,
    progress: Progress | None = None,
) -> bytes:
    """Seal ``records`` (models, plain mappings validated here, or :class:`WireLine` as built) into batch file
    bytes. Raises BatchError for a record or batch that breaks the format (``batch.payload_invalid`` with
    ``line``, ``batch.too_many_records``, ``batch.too_large``)."""
    lines = []
    for number, value in enumerate(records, start=1):
        if number > MAX_RECORDS:
            raise BatchError("batch.too_many_records", limit=MAX_RECORDS)
        wire = _wire_form(value, number)
        try:
            lines.append(container.canonical_json(wire) + b"\n")
        except (UnicodeEncodeError, ValueError):  # a lone surrogate (no UTF-8 for it), a float NaN
            raise BatchError("batch.payload_invalid", line=number, reason="encoding", field="-") from None
    payload = b"".join(lines)
    if len(payload) > MAX_PAYLOAD_SIZE:
        raise BatchError("batch.payload_too_large", limit=MAX_PAYLOAD_SIZE)
    try:
        header = BatchHeader(
            format=FORMAT,
            version=VERSION,
            batch_id=batch_id or str(uuid.uuid4()),
            device_id=device_id,
            sequence=sequence,
            created_at=created_at or now_utc(),
            record_count=len(lines),
            key_id=key_id(province_public_key),
            payload_digest=hashlib.sha256(payload).hexdigest(),
            compression="zlib",
            training=training,
            app_version=app_version,
        )
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        raise BatchError("batch.header_invalid", reason=first["type"], field=str(first["loc"][0])) from None
    header_bytes = container.canonical_json(header.model_dump(mode="json"))
    body = HPKE_SUITE.encrypt(zlib.compress(payload, 6), province_public_key, info=header_bytes)
    data = container.pack(MAGIC, VERSION, header_bytes, body, device_key)
    if len(data) > MAX_FILE_SIZE:
        raise BatchError("batch.too_large", size=len(data), limit=MAX_FILE_SIZE)
    if progress is not None:
        progress(len(lines), len(lines))
    return data


def _frame(data: bytes) -> container.Frame:
    return container.unpack(
        data,
        magic=MAGIC,
        version=VERSION,
        max_size=MAX_FILE_SIZE,
        max_header=MAX_HEADER_SIZE,
        error=BatchError,
        prefix="batch",
    )


def _header(frame: container.Frame) -> BatchHeader:
    return container.parse_model(BatchHeader, frame.header, BatchError, "batch.header_invalid")


def read_batch_header(data: bytes) -> BatchHeader:
    """The header, checked for shape only: NOT authenticated (no signature check, no decryption).

    Good for listing a stick and spotting duplicates quickly; trust nothing in it until
    :func:`open_batch` succeeds.
    """
    return _header(_frame(data))


def _device_key(lookup: DeviceKeyLookup, device_id: str) -> Ed25519PublicKey:
    found = lookup.get(device_id) if isinstance(lookup, Mapping) else lookup(device_id)
    if found is None:
        raise BatchError("batch.unknown_device", device_id=device_id)
    if isinstance(found, DeviceKey):
        if found.revoked:
            raise BatchError("batch.revoked_device", device_id=device_id)
        return found.public_key
    return found


def _province_key(keys: ProvinceKeys, wanted: str) -> X25519PrivateKey:
    if isinstance(keys, X25519PrivateKey):
        keys = {key_id(keys): keys}
    found = keys.get(wanted)
    if found is None:
        raise BatchError("batch.unknown_key", key_id=wanted)
    return found


def _decompress(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PAYLOAD_SIZE + 1)
    except zlib.error:
        raise BatchError("batch.payload_invalid", reason="compression", line=0) from None
    if len(payload) > MAX_PAYLOAD_SIZE or inflater.unconsumed_tail:
        raise BatchError("batch.payload_too_large", limit=MAX_PAYLOAD_SIZE)
    if not inflater.eof or inflater.unused_data:
        raise BatchError("batch.payload_invalid", reason="compression", line=0)
    return payload


def open_batch(
    data: bytes,
    *,
    device_keys: DeviceKeyLookup,
    province_keys: ProvinceKeys,
    progress: Progress | None = None,
) -> OpenedBatch:
    """Verify, decrypt and parse a batch file. Raises only :class:`BatchError` on bad input."""
    frame = _frame(data)
    header = _header(frame)
    container.verify(frame, _device_key(device_keys, header.device_id), BatchError, "batch")
    private_key = _province_key(province_keys, header.key_id)
    if len(frame.body) < HPKE_ENC_LENGTH + AEAD_TAG_LENGTH:
        raise BatchError("batch.decrypt_failed")
    try:
        compressed = HPKE_SUITE.decrypt(frame.body, private_key, info=frame.header)
    except (InvalidTag, ValueError):
        raise BatchError("batch.decrypt_failed") from None
    payload = _decompress(compressed)
    if hashlib.sha256(payload).hexdigest() != header.payload_digest:
        raise BatchError("batch.digest_mismatch")
    if not payload.endswith(b"\n"):
        raise BatchError("batch.payload_invalid", reason="no_final_newline", line=0)
    lines = payload[:-1].split(b"\n")
    if len(lines) != header.record_count:
        raise BatchError("batch.record_count_mismatch", expected=header.record_count, found=len(lines))
    records = []
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_SIZE:
            raise BatchError("batch.payload_invalid", reason="line_too_long", line=number)
        records.append(
            container.parse_model(RECORD_ADAPTER.validate_json, line, BatchError, "batch.payload_invalid", line=number)
        )
        if progress is not None and (number % 1000 == 0 or number == len(lines)):
            progress(number, len(lines))
    return OpenedBatch(header=header, records=tuple(records), file_sha256=file_sha256(bytes(data)))
