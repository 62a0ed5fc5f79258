"""Batches: round trip, and every way a damaged or hostile file is refused with a specific code."""

from __future__ import annotations

import random
import struct
import zlib

import pytest

from pulut_desktop.sync import batch, container
from pulut_desktop.sync.batch import DeviceKey, open_batch, read_batch_header
from pulut_desktop.sync.errors import BatchError
from pulut_desktop.sync.keys import key_id
from pulut_desktop.sync.records import RegistrationLine, registration_from_record
from tests.sync.sync_helpers import (
    CREATED,
    craft_batch,
    make_batch,
    open_with,
    sample_records,
    sample_registration,
)


def _code(data: bytes, keys) -> str:
    with pytest.raises(BatchError) as caught:
        open_with(keys, data)
    return caught.value.code


def _sections(data: bytes) -> dict[str, range]:
    header_len = struct.unpack_from(">I", data, 10)[0]
    body_at = 14 + header_len + 4
    body_len = struct.unpack_from(">I", data, body_at - 4)[0]
    return {
        "magic": range(0, 8),
        "version": range(8, 10),
        "header_len": range(10, 14),
        "header": range(14, 14 + header_len),
        "body_len": range(14 + header_len, body_at),
        "body": range(body_at, body_at + body_len),
        "signature": range(body_at + body_len, len(data)),
    }


def test_round_trip(keys, small_batch):
    opened = open_with(keys, small_batch)
    records = sample_records()
    assert opened.records == tuple(records)
    assert opened.header.device_id == keys.device_id
    assert opened.header.sequence == 1
    assert opened.header.record_count == len(records)
    assert opened.header.created_at == CREATED
    assert opened.header.key_id == key_id(keys.province_enc.public_key())
    assert opened.header.training is False
    first = opened.records[0]
    assert isinstance(first, RegistrationLine)
    assert registration_from_record(first.data) == sample_registration(0)
    assert read_batch_header(small_batch) == opened.header


def test_header_is_canonical_json_readable_without_keys(small_batch):
    header = read_batch_header(small_batch)
    raw = small_batch[14 : 14 + struct.unpack_from(">I", small_batch, 10)[0]]
    assert raw == container.canonical_json(header.model_dump(mode="json"))
    assert b" " not in raw.replace(b"app_version", b"")  # no whitespace between tokens
    assert small_batch.startswith(b"PULUTBA\n\x00\x01")


def test_every_truncation_is_reported_as_truncated(keys, small_batch):
    for length in range(len(small_batch)):
        assert _code(small_batch[:length], keys) == "batch.truncated", length
        with pytest.raises(BatchError) as caught:
            read_batch_header(small_batch[:length])
        assert caught.value.code == "batch.truncated", length


def test_trailing_bytes_are_refused(keys, small_batch):
    assert _code(small_batch + b"\x00", keys) == "batch.trailing_data"


def test_a_thousand_random_byte_changes_are_all_refused(keys, small_batch):
    sections = _sections(small_batch)
    allowed = {
        "magic": {"batch.bad_magic"},
        "version": {"batch.unsupported_version"},
        "header_len": {"batch.header_invalid", "batch.truncated"},
        # a changed header byte breaks the JSON or schema, names another device or fails the signature
        "header": {"batch.header_invalid", "batch.unknown_device", "batch.bad_signature"},
        "body_len": {"batch.truncated", "batch.trailing_data"},
        "body": {"batch.bad_signature"},
        "signature": {"batch.bad_signature"},
    }
    rng = random.Random(20261103)
    seen: dict[str, set[str]] = {name: set() for name in sections}
    for _ in range(1000):
        position = rng.randrange(len(small_batch))
        damaged = bytearray(small_batch)
        damaged[position] ^= rng.randrange(1, 256)
        code = _code(bytes(damaged), keys)
        section = next(name for name, span in sections.items() if position in span)
        assert code in allowed[section], (position, section, code)
        seen[section].add(code)
    assert all(seen.values()), seen  # every section was hit at least once


def test_unknown_device_is_refused(keys, small_batch):
    with pytest.raises(BatchError) as caught:
        open_batch(
            small_batch,
            device_keys={keys.other_device_id: keys.other_device.public_key()},
            province_keys=keys.province_enc,
        )
    assert caught.value.code == "batch.unknown_device"
    assert caught.value.params["device_id"] == keys.device_id


def test_revoked_device_is_refused(keys, small_batch):
    def lookup(device_id):
        return DeviceKey(keys.device.public_key(), revoked=True) if device_id == keys.device_id else None

    with pytest.raises(BatchError) as caught:
        open_batch(small_batch, device_keys=lookup, province_keys=keys.province_enc)
    assert caught.value.code == "batch.revoked_device"
    still_good = open_batch(
        small_batch,
        device_keys={keys.device_id: DeviceKey(keys.device.public_key())},
        province_keys=keys.province_enc,
    )
    assert still_good.header.sequence == 1


def test_batch_signed_by_another_key_under_a_known_device_id_is_refused(keys):
    forged = make_batch(keys, device_key=keys.other_device)
    assert _code(forged, keys) == "batch.bad_signature"


def _swap_header(header_from: bytes, body_from: bytes) -> tuple[bytes, bytes]:
    a, b = (
        container.unpack(
            data, magic=batch.MAGIC, version=1, max_size=2**30, max_header=9999, error=BatchError, prefix="x"
        )
        for data in (header_from, body_from)
    )
    return a.header, b.body


def test_header_swapped_between_batches_is_refused(keys):
    first = make_batch(keys, sequence=1)
    second = make_batch(keys, sequence=2, records=sample_records(1))
    header, body = _swap_header(first, second)
    # Spliced without the device key: the signature no longer matches.
    unsigned = b"".join((batch.MAGIC, struct.pack(">HI", 1, len(header)), header, struct.pack(">I", len(body)), body))
    assert _code(unsigned + second[-64:], keys) == "batch.bad_signature"
    # Even re-signed with the real device key, HPKE's info binding refuses the other header.
    resigned = container.pack(batch.MAGIC, 1, header, body, keys.device)
    assert _code(resigned, keys) == "batch.decrypt_failed"


def test_batch_for_another_province_key(keys):
    data = make_batch(keys, province_public_key=keys.other_enc.public_key())
    assert _code(data, keys) == "batch.unknown_key"
    with pytest.raises(BatchError) as caught:
        open_batch(
            data,
            device_keys={keys.device_id: keys.device.public_key()},
            province_keys={key_id(keys.other_enc): keys.province_enc},  # right id, wrong key
        )
    assert caught.value.code == "batch.decrypt_failed"
    opened = open_batch(
        data,
        device_keys={keys.device_id: keys.device.public_key()},
        province_keys={key_id(keys.province_enc): keys.province_enc, key_id(keys.other_enc): keys.other_enc},
    )
    assert len(opened.records) == 5


def test_other_layout_version_is_unsupported(keys, small_batch):
    data = bytearray(small_batch)
    data[8:10] = b"\x00\x02"
    with pytest.raises(BatchError) as caught:
        read_batch_header(bytes(data))
    assert caught.value.code == "batch.unsupported_version"
    assert caught.value.params == {"version": 2, "supported": 1}


def test_oversized_file_is_refused_before_parsing(keys):
    with pytest.raises(BatchError) as caught:
        read_batch_header(batch.MAGIC + b"\x00" * batch.MAX_FILE_SIZE)
    assert caught.value.code == "batch.too_large"


def _with_header(keys, header: bytes) -> bytes:
    return container.pack(batch.MAGIC, 1, header, b"\x00" * 64, keys.device)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda h: h.replace(b'"sequence":1', b'"sequence": 1'),  # whitespace
        lambda h: h.replace(b'"sequence":1', b'"sequence":1,"sequence":2'),  # duplicate key
        lambda h: h.replace(b'"version":1', b'"version":2'),
        lambda h: h.replace(b'"version":1', b'"version":true'),
        lambda h: h.replace(b'"sequence":1', b'"sequence":0'),
        lambda h: h.replace(b'"sequence":1', b'"sequence":1.0'),
        lambda h: h.replace(b'"training":false', b'"training":0'),
        lambda h: h.replace(b'"training":false,', b""),  # missing field
        lambda h: h.replace(b'"training":false', b'"training":false,"zzz":1'),  # unknown field
        lambda h: h.replace(b'T09:26:53Z"', b'T09:26:53+00:00"'),  # second spelling of a time
        lambda h: h.replace(b'"compression":"zlib"', b'"compression":"zstd"'),
        lambda h: b"\xef\xbb\xbf" + h,  # BOM
        lambda h: h[:-1],
        lambda h: b"[]",
    ],
)
def test_invalid_headers_are_refused(keys, small_batch, mutate):
    header = read_batch_header(small_batch)
    raw = container.canonical_json(header.model_dump(mode="json"))
    changed = mutate(raw)
    assert changed != raw
    with pytest.raises(BatchError) as caught:
        open_with(keys, _with_header(keys, changed))
    assert caught.value.code == "batch.header_invalid"


def test_payload_digest_mismatch(keys):
    payload = b"".join(container.canonical_json(r.model_dump(mode="json")) + b"\n" for r in sample_records(1))
    data = craft_batch(keys, payload, header_overrides={"payload_digest": "0" * 64})
    assert _code(data, keys) == "batch.digest_mismatch"


def test_record_count_mismatch(keys):
    payload = b"".join(container.canonical_json(r.model_dump(mode="json")) + b"\n" for r in sample_records(1))
    assert len(open_with(keys, craft_batch(keys, payload)).records) == 3
    assert _code(craft_batch(keys, payload, record_count=4), keys) == "batch.record_count_mismatch"


def test_zip_bomb_is_stopped(keys, monkeypatch):
    monkeypatch.setattr(batch, "MAX_PAYLOAD_SIZE", 1 << 20)
    payload = b"\n" * ((1 << 20) + 1)
    data = craft_batch(keys, payload, compressed=zlib.compress(payload, 9), record_count=1)
    assert len(data) < 10_000
    assert _code(data, keys) == "batch.payload_too_large"


@pytest.mark.parametrize(
    ("payload", "compressed", "reason"),
    [
        (b"x\n", b"not zlib at all", "compression"),
        (b"x\n", zlib.compress(b"x\n")[:-3], "compression"),  # cut stream
        (b"x\n", zlib.compress(b"x\n") + b"junk", "compression"),
        (b'{"kind":"registration"}', None, "no_final_newline"),
        (b'{"data":{},"kind":"spaceship"}\n', None, "union_tag_invalid"),
        (b'{"kind":"audit"}\n', None, "missing"),
        (b"\n", None, "json_invalid"),
        (b"[1,2]\n", None, "dict_type"),
    ],
)
def test_invalid_payloads_are_refused(keys, payload, compressed, reason):
    with pytest.raises(BatchError) as caught:
        open_with(keys, craft_batch(keys, payload, compressed=compressed, record_count=1))
    assert caught.value.code == "batch.payload_invalid"
    assert caught.value.params["reason"] == reason


def test_non_canonical_record_line_is_refused(keys):
    line = container.canonical_json(sample_records(1)[-1].model_dump(mode="json"))
    spaced = line.replace(b'"kind":', b'"kind": ')
    with pytest.raises(BatchError) as caught:
        open_with(keys, craft_batch(keys, spaced + b"\n"))
    assert caught.value.code == "batch.payload_invalid"
    assert caught.value.params == {"reason": "not_canonical", "field": "-", "line": 1}


def test_writer_refuses_bad_records_and_too_many(keys, monkeypatch):
    bad = {"kind": "registration", "data": {"id": "not-a-uuid"}}
    with pytest.raises(BatchError) as caught:
        make_batch(keys, records=[*sample_records(1), bad])
    assert caught.value.code == "batch.payload_invalid"
    assert caught.value.params["line"] == 4
    monkeypatch.setattr(batch, "MAX_RECORDS", 3)
    with pytest.raises(BatchError) as caught:
        make_batch(keys, records=sample_records(2))
    assert caught.value.code == "batch.too_many_records"


def test_writer_refuses_bad_header_values(keys):
    with pytest.raises(BatchError) as caught:
        make_batch(keys, sequence=0)
    assert caught.value.code == "batch.header_invalid"
    with pytest.raises(BatchError):
        make_batch(keys, device_id="LAPTOP-1")
