"""An independent batch reader, written from docs/batch-format.md alone.

It deliberately does not import ``pulut_desktop`` or cryptography's HPKE: HPKE (RFC 9180) is rebuilt
here from X25519, HKDF (stdlib ``hmac``) and AES-256-GCM exactly as section 5.3 describes, so a
disagreement between the document and the implementation fails this test. The batch under test is
made by the real writer in a subprocess-free way: a fixture passes bytes and raw keys only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import struct
import zlib

import pytest
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"PULUTBA\n"
RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def hkdf_extract(salt: bytes, ikm: bytes) -> bytes:
    return hmac.new(salt or b"\x00" * 32, ikm, hashlib.sha256).digest()


def hkdf_expand(prk: bytes, info: bytes, length: int) -> bytes:
    out, block, counter = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([counter]), hashlib.sha256).digest()
        out += block
        counter += 1
    return out[:length]


def labeled_extract(suite: bytes, salt: bytes, label: bytes, ikm: bytes) -> bytes:
    return hkdf_extract(salt, b"HPKE-v1" + suite + label + ikm)


def labeled_expand(suite: bytes, prk: bytes, label: bytes, info: bytes, length: int) -> bytes:
    return hkdf_expand(prk, struct.pack(">H", length) + b"HPKE-v1" + suite + label + info, length)


def hpke_open(private_key: X25519PrivateKey, body: bytes, info: bytes) -> bytes:
    enc, ct = body[:32], body[32:]
    pk_r = private_key.public_key().public_bytes(*RAW)
    dh = private_key.exchange(X25519PublicKey.from_public_bytes(enc))
    kem_suite = b"KEM" + struct.pack(">H", 0x0020)
    eae_prk = labeled_extract(kem_suite, b"", b"eae_prk", dh)
    shared_secret = labeled_expand(kem_suite, eae_prk, b"shared_secret", enc + pk_r, 32)
    suite = b"HPKE" + struct.pack(">HHH", 0x0020, 0x0001, 0x0002)
    psk_id_hash = labeled_extract(suite, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(suite, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = labeled_extract(suite, shared_secret, b"secret", b"")
    key = labeled_expand(suite, secret, b"key", context, 32)
    base_nonce = labeled_expand(suite, secret, b"base_nonce", context, 12)
    return AESGCM(key).decrypt(base_nonce, ct, b"")


def canonical(value) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def read_batch(data: bytes, device_public_key: bytes, province_private_key: bytes) -> tuple[dict, list[dict]]:
    """Sections 4 and 5.4 of docs/batch-format.md, step by step."""
    if len(data) > 64 * 1024 * 1024:
        raise ValueError("too_large")
    if data[:8] != MAGIC[: min(len(data), 8)]:
        raise ValueError("bad_magic")
    if len(data) < 14:
        raise ValueError("truncated")
    version, header_len = struct.unpack_from(">HI", data, 8)
    if version != 1:
        raise ValueError("unsupported_version")
    if not 0 < header_len <= 4096:
        raise ValueError("header_invalid")
    if len(data) < 18 + header_len:
        raise ValueError("truncated")
    header_bytes = data[14 : 14 + header_len]
    (body_len,) = struct.unpack_from(">I", data, 14 + header_len)
    end = 18 + header_len + body_len + 64
    if len(data) != end:
        raise ValueError("truncated" if len(data) < end else "trailing_data")
    body = data[18 + header_len : 18 + header_len + body_len]

    header = json.loads(header_bytes)
    if canonical(header) != header_bytes:
        raise ValueError("header_invalid")
    expected_fields = {
        "app_version", "batch_id", "compression", "created_at", "device_id", "format", "key_id",
        "payload_digest", "record_count", "sequence", "training", "version",
    }  # fmt: skip
    if set(header) != expected_fields or header["format"] != "pulut-batch" or header["version"] != 1:
        raise ValueError("header_invalid")

    try:
        Ed25519PublicKey.from_public_bytes(device_public_key).verify(data[-64:], data[:-64])
    except InvalidSignature:
        raise ValueError("bad_signature") from None

    private_key = X25519PrivateKey.from_private_bytes(province_private_key)
    public_raw = private_key.public_key().public_bytes(*RAW)
    if hashlib.sha256(public_raw).hexdigest()[:16] != header["key_id"]:
        raise ValueError("unknown_key")
    compressed = hpke_open(private_key, body, info=header_bytes)

    inflater = zlib.decompressobj()
    payload = inflater.decompress(compressed, 128 * 1024 * 1024 + 1)
    if len(payload) > 128 * 1024 * 1024 or inflater.unconsumed_tail:
        raise ValueError("payload_too_large")
    if not inflater.eof or inflater.unused_data:
        raise ValueError("payload_invalid")
    if hashlib.sha256(payload).hexdigest() != header["payload_digest"]:
        raise ValueError("digest_mismatch")
    if not payload.endswith(b"\n"):
        raise ValueError("payload_invalid")
    lines = payload[:-1].split(b"\n")
    if len(lines) != header["record_count"]:
        raise ValueError("record_count_mismatch")
    records = []
    for line in lines:
        record = json.loads(line)
        if canonical(record) != line or set(record) != {"data", "kind"}:
            raise ValueError("payload_invalid")
        if record["kind"] not in ("registration", "drive", "audit"):
            raise ValueError("payload_invalid")
        records.append(record)
    return header, records


@pytest.fixture(scope="module")
def raw_material():
    """The only thing taken from the implementation: a batch file and raw key bytes."""
    from tests.sync.sync_helpers import make_batch, make_keys

    keys = make_keys()
    raw = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return (
        make_batch(keys),
        keys.device.public_key().public_bytes(*raw),
        keys.province_enc.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        ),
        keys.device_id,
    )


def test_independent_reader_reads_a_real_batch(raw_material):
    data, device_public, province_private, device_id = raw_material
    header, records = read_batch(data, device_public, province_private)
    assert header["device_id"] == device_id
    assert header["sequence"] == 1
    assert header["record_count"] == len(records) == 5
    assert [r["kind"] for r in records] == ["registration"] * 3 + ["drive", "audit"]
    first = records[0]["data"]
    assert first["nik"] == "1471011203900000"
    assert first["birth_date"] == "1990-03-12"
    assert first["consent"]["recorded_at"] == "2026-03-14T09:26:53Z"
    assert first["sex"] == "P"
    assert first["programmes"] == ["JKK", "JKM"]
    assert records[3]["data"]["notes"] == "Balai desa — pukul 08.00"  # raw UTF-8, not \\u escapes
    details = records[4]["data"]["details"]
    assert details == {"count": 1, "from": "ready", "note": None, "ok": True, "to": "approved"}


def test_independent_reader_refuses_a_swapped_info(raw_material):
    data, _, province_private, _ = raw_material
    header_len = struct.unpack_from(">I", data, 10)[0]
    body = data[18 + header_len : -64]
    private_key = X25519PrivateKey.from_private_bytes(province_private)
    assert hpke_open(private_key, body, info=data[14 : 14 + header_len])[:1] == b"\x78"  # a zlib stream
    with pytest.raises(InvalidTag):
        hpke_open(private_key, body, info=data[14 : 14 + header_len] + b" ")


def test_independent_reader_refuses_every_truncation(raw_material):
    data, device_public, province_private, _ = raw_material
    for length in range(len(data)):
        with pytest.raises(ValueError, match=r"^truncated$"):
            read_batch(data[:length], device_public, province_private)


def test_the_reader_uses_no_project_code():
    for function in (read_batch, hpke_open, hkdf_expand, canonical):
        used = function.__globals__.values()
        names = {getattr(v, "__module__", None) or getattr(v, "__name__", "") for v in used}
        assert not any(str(n).startswith("pulut_desktop") for n in names), function.__name__
