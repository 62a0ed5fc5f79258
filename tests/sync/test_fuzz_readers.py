"""Arbitrary bytes into every reader: only our typed errors may come out, with a documented code."""

from __future__ import annotations

import json
import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pulut_desktop.messages import CATALOGUE, text
from pulut_desktop.sync import batch, enrolment, receipt
from pulut_desktop.sync.errors import (
    ALL_CODES,
    BATCH_CODES,
    ENROLMENT_CODES,
    RECEIPT_CODES,
    REQUEST_CODES,
    BatchError,
    DeviceRequestError,
    EnrolmentError,
    ReceiptError,
)
from tests.sync.sync_helpers import make_keys

KEYS = make_keys()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

READERS = {
    "open_batch": (
        lambda d: batch.open_batch(
            d, device_keys={KEYS.device_id: KEYS.device.public_key()}, province_keys=KEYS.province_enc
        ),
        BatchError,
        BATCH_CODES,
        batch.MAGIC,
    ),
    "read_batch_header": (batch.read_batch_header, BatchError, BATCH_CODES, batch.MAGIC),
    "parse_receipt": (
        lambda d: receipt.parse_receipt(d, province_signing_keys=KEYS.province_sign.public_key()),
        ReceiptError,
        RECEIPT_CODES,
        receipt.MAGIC,
    ),
    "parse_enrolment": (
        lambda d: enrolment.parse_enrolment(d, trusted_signing_keys=[KEYS.province_sign.public_key()]),
        EnrolmentError,
        ENROLMENT_CODES,
        enrolment.ENROLMENT_MAGIC,
    ),
    "parse_device_request": (
        enrolment.parse_device_request,
        DeviceRequestError,
        REQUEST_CODES,
        enrolment.REQUEST_MAGIC,
    ),
}


def _check(name: str, data: bytes) -> None:
    reader, error, codes, _ = READERS[name]
    with pytest.raises(error) as caught:
        reader(data)
    assert caught.value.code in codes


def _framed(magic: bytes):
    """Bytes with the right magic and version and plausible lengths, so fuzzing reaches the JSON and
    crypto steps instead of stopping at the magic."""
    json_text = st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6),
        max_leaves=12,
    ).map(lambda v: json.dumps(v, separators=(",", ":")).encode())
    header = st.one_of(st.binary(max_size=300), json_text)
    return st.tuples(header, st.binary(max_size=300), st.binary(min_size=64, max_size=64), st.booleans()).map(
        lambda t: (
            magic
            + struct.pack(">HI", 1, len(t[0]))
            + t[0]
            + struct.pack(">I", len(t[1]))
            + t[1]
            + (t[2] if t[3] else t[2][:10])
        )
    )


@pytest.mark.parametrize("name", sorted(READERS))
@FAST
@given(data=st.binary(max_size=600))
def test_random_bytes(name, data):
    _check(name, data)


@pytest.mark.parametrize("name", sorted(READERS))
@FAST
@given(data=st.data())
def test_framed_random_content(name, data):
    _check(name, data.draw(_framed(READERS[name][3])))


@FAST
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0), st.integers(0, 255), st.sampled_from("rid")),
        min_size=1,
        max_size=4,
    )
)
def test_edited_real_batch(small_batch, edits):
    data = bytearray(small_batch)
    for position, value, action in edits:
        at = position % (len(data) + 1)
        if action == "r" and at < len(data):
            data[at] = value
        elif action == "i":
            data.insert(at, value)
        elif at < len(data):
            del data[at]
    if bytes(data) == small_batch:
        return
    _check("open_batch", bytes(data))


def test_every_code_has_both_languages_and_fills_its_placeholders():
    for code in ALL_CODES:
        assert code in CATALOGUE, code
        ind, eng = CATALOGUE[code]
        assert ind and eng and ind != eng, code
    sample = {"size": 1, "limit": 2, "version": 2, "supported": 1, "field": "sequence", "extra": 3}
    assert "versi 2" in text("batch.unsupported_version", sample, "id")
    assert "{" not in text("usb.no_space", {"file": "a.pulutbatch", "errno": "ENOSPC"}, "en")
