"""Enrolment: a laptop asks to join (device request) and the province answers (enrolment file).

* Device request (magic ``PULUTRQ\\n``), laptop -> province: the device's public signing key, name,
  regency and training flag, signed by that same key (proof that the laptop holds the private key).
* Enrolment (magic ``PULUTEN\\n``), province -> laptop: the device id and code the province assigned,
  the province's encryption and signing public keys and server URL, signed by the province signing
  key. The laptop accepts it only if that key is one it already trusts (shipped with the app), so a
  forged stick cannot make a laptop encrypt batches to someone else.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Literal

import pydantic
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import Field, StringConstraints

from pulut_desktop import __version__

from . import container
from .errors import DeviceRequestError, EnrolmentError, FileFormatError, KeyFormatError
from .keys import (
    device_code_of,
    encryption_public_key_from_b64,
    key_id,
    public_key_b64,
    public_key_bytes,
    signing_public_key_from_b64,
)
from .schema import DeviceCode, KeyId, PublicKeyB64, RegencyCode, Text, Timestamp, Uuid, WireModel, now_utc

REQUEST_MAGIC = b"PULUTRQ\n"
ENROLMENT_MAGIC = b"PULUTEN\n"
VERSION = 1
MAX_FILE_SIZE = 64 * 1024
MAX_HEADER_SIZE = 8 * 1024

ServerUrl = Annotated[str, StringConstraints(pattern=r"^https://[!-~]{1,200}$")]


class DeviceRequest(WireModel):
    format: Literal["pulut-device-request"]
    version: Annotated[int, Field(ge=VERSION, le=VERSION)]
    request_id: Uuid
    device_public_key: PublicKeyB64  # Ed25519, signs this file
    device_code: DeviceCode
    device_name: Text(64, 1)
    regency_code: RegencyCode
    training: bool
    requested_at: Timestamp  # laptop clock
    app_version: Text(32, 1)


class Enrolment(WireModel):
    format: Literal["pulut-enrolment"]
    version: Annotated[int, Field(ge=VERSION, le=VERSION)]
    request_id: Uuid  # the device request this answers
    device_id: Uuid
    device_code: DeviceCode
    device_public_key: PublicKeyB64
    device_name: Text(64, 1)
    regency_code: RegencyCode
    training: bool
    province_encryption_public_key: PublicKeyB64  # X25519, batches are sealed to it
    province_encryption_key_id: KeyId
    province_signing_public_key: PublicKeyB64  # Ed25519, signs receipts and this file
    province_signing_key_id: KeyId
    server_url: ServerUrl | None
    issued_at: Timestamp  # province clock

    @property
    def encryption_public_key(self) -> X25519PublicKey:
        return encryption_public_key_from_b64(self.province_encryption_public_key)

    @property
    def signing_public_key(self) -> Ed25519PublicKey:
        return signing_public_key_from_b64(self.province_signing_public_key)


def _validate(model: type[pydantic.BaseModel], fields: dict, error: type[FileFormatError], prefix: str):
    try:
        return model.model_validate(fields, strict=False)
    except pydantic.ValidationError as err:
        first = err.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(p) for p in first["loc"]) or "-"
        raise error(f"{prefix}.header_invalid", reason=first["type"], field=where) from None


def _frame(data: bytes, magic: bytes, error: type[FileFormatError], prefix: str) -> container.Frame:
    frame = container.unpack(
        data,
        magic=magic,
        version=VERSION,
        max_size=MAX_FILE_SIZE,
        max_header=MAX_HEADER_SIZE,
        error=error,
        prefix=prefix,
    )
    if frame.body:
        raise error(f"{prefix}.header_invalid", reason="unexpected_body", field="-")
    return frame


def build_device_request(
    *,
    device_key: Ed25519PrivateKey,
    device_name: str,
    regency_code: str,
    training: bool,
    requested_at: datetime | None = None,
    request_id: str | None = None,
    app_version: str = __version__,
) -> bytes:
    request = _validate(
        DeviceRequest,
        {
            "format": "pulut-device-request",
            "version": VERSION,
            "request_id": request_id or str(uuid.uuid4()),
            "device_public_key": public_key_b64(device_key),
            "device_code": device_code_of(device_key),
            "device_name": device_name,
            "regency_code": regency_code,
            "training": training,
            "requested_at": requested_at or now_utc(),
            "app_version": app_version,
        },
        DeviceRequestError,
        "request",
    )
    header = container.canonical_json(request.model_dump(mode="json"))
    return container.pack(REQUEST_MAGIC, VERSION, header, b"", device_key)


def parse_device_request(data: bytes) -> DeviceRequest:
    """Parse a device request and check its self-signature. Raises DeviceRequestError."""
    frame = _frame(data, REQUEST_MAGIC, DeviceRequestError, "request")
    request = container.parse_model(DeviceRequest, frame.header, DeviceRequestError, "request.header_invalid")
    try:
        key = signing_public_key_from_b64(request.device_public_key)
    except KeyFormatError:
        raise DeviceRequestError("request.header_invalid", reason="key", field="device_public_key") from None
    container.verify(frame, key, DeviceRequestError, "request")
    if device_code_of(key) != request.device_code:
        raise DeviceRequestError("request.device_code_mismatch", device_code=request.device_code)
    return request


def build_enrolment(
    *,
    request: DeviceRequest,
    device_id: str,
    province_encryption_public_key: X25519PublicKey,
    province_signing_key: Ed25519PrivateKey,
    server_url: str | None = None,
    issued_at: datetime | None = None,
) -> bytes:
    """Answer a (verified) device request. Raises EnrolmentError(``enrolment.header_invalid``)."""
    enrolment = _validate(
        Enrolment,
        {
            "format": "pulut-enrolment",
            "version": VERSION,
            "request_id": request.request_id,
            "device_id": device_id,
            "device_code": request.device_code,
            "device_public_key": request.device_public_key,
            "device_name": request.device_name,
            "regency_code": request.regency_code,
            "training": request.training,
            "province_encryption_public_key": public_key_b64(province_encryption_public_key),
            "province_encryption_key_id": key_id(province_encryption_public_key),
            "province_signing_public_key": public_key_b64(province_signing_key),
            "province_signing_key_id": key_id(province_signing_key),
            "server_url": server_url,
            "issued_at": issued_at or now_utc(),
        },
        EnrolmentError,
        "enrolment",
    )
    header = container.canonical_json(enrolment.model_dump(mode="json"))
    return container.pack(ENROLMENT_MAGIC, VERSION, header, b"", province_signing_key)


def parse_enrolment(
    data: bytes,
    *,
    trusted_signing_keys: Iterable[Ed25519PublicKey],
    device_public_key: Ed25519PublicKey | None = None,
) -> Enrolment:
    """Verify and parse an enrolment file. ``trusted_signing_keys`` are the province signing keys the
    app already trusts; ``device_public_key`` (this laptop's) must match when given."""
    frame = _frame(data, ENROLMENT_MAGIC, EnrolmentError, "enrolment")
    enrolment = container.parse_model(Enrolment, frame.header, EnrolmentError, "enrolment.header_invalid")
    try:
        signing_key = enrolment.signing_public_key
        encryption_key = enrolment.encryption_public_key
        device_key = signing_public_key_from_b64(enrolment.device_public_key)
    except KeyFormatError as err:
        raise EnrolmentError("enrolment.header_invalid", reason="key", field=err.params["kind"]) from None
    trusted = {public_key_bytes(k) for k in trusted_signing_keys}
    if public_key_bytes(signing_key) not in trusted:
        raise EnrolmentError("enrolment.untrusted_key", key_id=key_id(signing_key))
    container.verify(frame, signing_key, EnrolmentError, "enrolment")
    if (
        key_id(signing_key) != enrolment.province_signing_key_id
        or key_id(encryption_key) != enrolment.province_encryption_key_id
        or device_code_of(device_key) != enrolment.device_code
    ):
        raise EnrolmentError("enrolment.inconsistent")
    if device_public_key is not None and public_key_bytes(device_public_key) != public_key_bytes(device_key):
        raise EnrolmentError("enrolment.wrong_device", device_code=enrolment.device_code)
    return enrolment
