"""Device requests and enrolment files."""

from __future__ import annotations

import uuid

import pytest

from pulut_desktop.sync import container, enrolment
from pulut_desktop.sync.enrolment import (
    build_device_request,
    build_enrolment,
    parse_device_request,
    parse_enrolment,
)
from pulut_desktop.sync.errors import DeviceRequestError, EnrolmentError
from pulut_desktop.sync.keys import device_code_of, key_id, public_key_b64

DEVICE_ID = str(uuid.UUID(int=77))


@pytest.fixture(scope="module")
def request_bytes(keys) -> bytes:
    return build_device_request(
        device_key=keys.device, device_name="Laptop Siak 1", regency_code="14.08", training=True
    )


@pytest.fixture(scope="module")
def enrolment_bytes(keys, request_bytes) -> bytes:
    return build_enrolment(
        request=parse_device_request(request_bytes),
        device_id=DEVICE_ID,
        province_encryption_public_key=keys.province_enc.public_key(),
        province_signing_key=keys.province_sign,
        server_url="https://pulut.riau.go.id/api/v1",
    )


def _enrol(keys, data: bytes, **kwargs):
    kwargs.setdefault("trusted_signing_keys", [keys.province_sign.public_key()])
    return parse_enrolment(data, **kwargs)


def _enrol_code(keys, data: bytes, **kwargs) -> str:
    with pytest.raises(EnrolmentError) as caught:
        _enrol(keys, data, **kwargs)
    return caught.value.code


def test_request_round_trip(keys, request_bytes):
    request = parse_device_request(request_bytes)
    assert request.device_public_key == public_key_b64(keys.device)
    assert request.device_code == device_code_of(keys.device)
    assert request.training is True
    assert request.regency_code == "14.08"
    assert request_bytes.startswith(b"PULUTRQ\n")


def test_request_tampering_is_refused(request_bytes):
    damaged = request_bytes.replace(b"Laptop Siak 1", b"Laptop Siak 2")
    with pytest.raises(DeviceRequestError) as caught:
        parse_device_request(damaged)
    assert caught.value.code == "request.bad_signature"


def test_request_with_a_foreign_device_code_is_refused(keys, request_bytes):
    header = parse_device_request(request_bytes).model_dump(mode="json")
    header["device_code"] = "00000000"
    forged = container.pack(enrolment.REQUEST_MAGIC, 1, container.canonical_json(header), b"", keys.device)
    with pytest.raises(DeviceRequestError) as caught:
        parse_device_request(forged)
    assert caught.value.code == "request.device_code_mismatch"


def test_request_signed_by_a_different_key_is_refused(keys, request_bytes):
    header = container.canonical_json(parse_device_request(request_bytes).model_dump(mode="json"))
    forged = container.pack(enrolment.REQUEST_MAGIC, 1, header, b"", keys.other_device)
    with pytest.raises(DeviceRequestError) as caught:
        parse_device_request(forged)
    assert caught.value.code == "request.bad_signature"


def test_request_writer_refuses_bad_regency(keys):
    with pytest.raises(DeviceRequestError) as caught:
        build_device_request(device_key=keys.device, device_name="X", regency_code="13.01", training=False)
    assert caught.value.code == "request.header_invalid"


def test_enrolment_round_trip(keys, enrolment_bytes):
    parsed = _enrol(keys, enrolment_bytes, device_public_key=keys.device.public_key())
    assert parsed.device_id == DEVICE_ID
    assert parsed.device_code == device_code_of(keys.device)
    assert parsed.province_encryption_key_id == key_id(keys.province_enc)
    assert parsed.province_signing_key_id == key_id(keys.province_sign)
    assert key_id(parsed.encryption_public_key) == key_id(keys.province_enc)
    assert key_id(parsed.signing_public_key) == key_id(keys.province_sign)
    assert parsed.server_url == "https://pulut.riau.go.id/api/v1"
    assert parsed.training is True


def test_enrolment_from_an_untrusted_key_is_refused(keys, request_bytes):
    forged = build_enrolment(
        request=parse_device_request(request_bytes),
        device_id=DEVICE_ID,
        province_encryption_public_key=keys.other_enc.public_key(),  # attacker's key
        province_signing_key=keys.other_sign,
    )
    assert _enrol_code(keys, forged) == "enrolment.untrusted_key"


def test_enrolment_for_another_laptop_is_refused(keys, enrolment_bytes):
    code = _enrol_code(keys, enrolment_bytes, device_public_key=keys.other_device.public_key())
    assert code == "enrolment.wrong_device"


def test_enrolment_tampering_is_refused(keys, enrolment_bytes):
    frame = container.unpack(
        enrolment_bytes,
        magic=enrolment.ENROLMENT_MAGIC,
        version=1,
        max_size=1 << 16,
        max_header=1 << 13,
        error=EnrolmentError,
        prefix="e",
    )
    header = parse_enrolment(enrolment_bytes, trusted_signing_keys=[keys.province_sign.public_key()]).model_dump(
        mode="json"
    )
    header["province_encryption_public_key"] = public_key_b64(keys.other_enc)
    swapped = container.canonical_json(header)
    tampered = enrolment_bytes.replace(frame.header, swapped)
    assert _enrol_code(keys, tampered) in {"enrolment.bad_signature"}
    # the province itself signing mismatched ids is caught as inconsistent
    resigned = container.pack(enrolment.ENROLMENT_MAGIC, 1, swapped, b"", keys.province_sign)
    assert _enrol_code(keys, resigned) == "enrolment.inconsistent"


def test_every_truncation_is_refused(keys, enrolment_bytes, request_bytes):
    for length in range(len(enrolment_bytes)):
        assert _enrol_code(keys, enrolment_bytes[:length]) == "enrolment.truncated"
    for length in range(len(request_bytes)):
        with pytest.raises(DeviceRequestError) as caught:
            parse_device_request(request_bytes[:length])
        assert caught.value.code == "request.truncated"


def test_server_url_must_be_https(keys, request_bytes):
    with pytest.raises(EnrolmentError) as caught:
        build_enrolment(
            request=parse_device_request(request_bytes),
            device_id=DEVICE_ID,
            province_encryption_public_key=keys.province_enc.public_key(),
            province_signing_key=keys.province_sign,
            server_url="http://pulut.riau.go.id",
        )
    assert caught.value.code == "enrolment.header_invalid"
