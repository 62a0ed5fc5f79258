"""The signed container shared by the four file kinds, and canonical JSON.

Layout (all integers big-endian; ``docs/batch-format.md`` section 4)::

    magic       8 bytes   names the file kind, e.g. b"PULUTBA\\n"
    version     u16       layout version, 1
    header_len  u32       1 .. kind's header limit
    header      bytes     canonical JSON (RFC 8785 subset), UTF-8
    body_len    u32       0 for everything but batches
    body        bytes     batches: the HPKE ciphertext
    signature   64 bytes  Ed25519 over every byte before it

Readers check the frame (sizes, magic, version, lengths) before any JSON or crypto work.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import pydantic
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .errors import FileFormatError

MAGIC_LENGTH = 8
SIGNATURE_LENGTH = 64
_PREFIX = struct.Struct(">8sHI")  # magic, version, header_len
_U32 = struct.Struct(">I")

M = TypeVar("M", bound=pydantic.BaseModel)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8, integers only: the RFC 8785 (JCS) form for our documents."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


@dataclass(frozen=True)
class Frame:
    version: int
    header: bytes
    body: bytes
    signed: bytes  # every byte the signature covers
    signature: bytes


def pack(magic: bytes, version: int, header: bytes, body: bytes, key: Ed25519PrivateKey) -> bytes:
    signed = b"".join((_PREFIX.pack(magic, version, len(header)), header, _U32.pack(len(body)), body))
    return signed + key.sign(signed)


def unpack(
    data: bytes,
    *,
    magic: bytes,
    version: int | tuple[int, ...],  # the layout version(s) this reader knows
    max_size: int,
    max_header: int,
    error: type[FileFormatError],
    prefix: str,
) -> Frame:
    """Split a file into its sections, raising ``<prefix>.<code>`` for any framing fault."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise error(f"{prefix}.header_invalid", reason="not_bytes", field="-")
    data = bytes(data)
    size = len(data)
    if size > max_size:
        raise error(f"{prefix}.too_large", size=size, limit=max_size)
    if data[:MAGIC_LENGTH] != magic[: min(size, MAGIC_LENGTH)]:
        raise error(f"{prefix}.bad_magic")
    if size < _PREFIX.size:
        raise error(f"{prefix}.truncated", size=size)
    _, found_version, header_len = _PREFIX.unpack_from(data)
    supported = (version,) if isinstance(version, int) else tuple(version)
    if found_version not in supported:
        raise error(f"{prefix}.unsupported_version", version=found_version, supported=max(supported))
    if not 0 < header_len <= max_header:
        raise error(f"{prefix}.header_invalid", reason="length", field="-", length=header_len)
    body_at = _PREFIX.size + header_len + _U32.size
    if size < body_at:
        raise error(f"{prefix}.truncated", size=size)
    (body_len,) = _U32.unpack_from(data, body_at - _U32.size)
    end = body_at + body_len + SIGNATURE_LENGTH
    if size < end:
        raise error(f"{prefix}.truncated", size=size)
    if size > end:
        raise error(f"{prefix}.trailing_data", extra=size - end)
    return Frame(
        version=found_version,
        header=data[_PREFIX.size : _PREFIX.size + header_len],
        body=data[body_at : body_at + body_len],
        signed=data[:-SIGNATURE_LENGTH],
        signature=data[-SIGNATURE_LENGTH:],
    )


def pack_model(magic: bytes, version: int, model: pydantic.BaseModel, key: Ed25519PrivateKey) -> bytes:
    """A header-only file: the canonical JSON of ``model``, signed."""
    return pack(magic, version, canonical_json(model.model_dump(mode="json")), b"", key)


def unpack_document(
    data: bytes, *, magic: bytes, version: int, max_size: int, error: type[FileFormatError], prefix: str
) -> Frame:
    """:func:`unpack` for a header-only file kind whose header may fill the file."""
    return unpack(data, magic=magic, version=version, max_size=max_size, max_header=max_size - 100, error=error,
                  prefix=prefix)  # fmt: skip


def verify(frame: Frame, key: Ed25519PublicKey, error: type[FileFormatError], prefix: str) -> None:
    try:
        key.verify(frame.signature, frame.signed)
    except InvalidSignature as err:
        raise error(f"{prefix}.bad_signature") from err


def parse_model(
    model: type[M] | Callable[[bytes], M],
    raw: bytes,
    error: type[FileFormatError],
    code: str,
    **params: Any,
) -> M:
    """Validate ``raw`` as JSON of ``model`` and insist it is byte-for-byte the canonical form.

    The canonical check rejects duplicate keys, whitespace, unsorted keys, missing optional fields and
    any other second spelling of the same document, so every reader sees the same values.
    """
    validate = model.model_validate_json if isinstance(model, type) else model
    try:
        parsed = validate(raw)
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0] if err.error_count() else {}
        where = ".".join(str(p) for p in first.get("loc", ())) or "-"
        raise error(code, reason=first.get("type", "invalid"), field=where, **params) from None
    try:
        again = canonical_json(parsed.model_dump(mode="json"))
    except (UnicodeEncodeError, ValueError) as err:  # lone surrogates and the like
        raise error(code, reason="encoding", field="-", **params) from err
    if again != raw:
        raise error(code, reason="not_canonical", field="-", **params)
    return parsed
