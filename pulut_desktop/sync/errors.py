"""Typed errors of the wire formats and the USB transport.

Every reader in :mod:`pulut_desktop.sync` raises only subclasses of :class:`SyncError` (itself a
:class:`~pulut_desktop.domain.errors.PulutError`) for bad input: never ``ValueError``, ``KeyError``,
``InvalidTag`` or a pydantic error. The codes are listed in ``docs/batch-format.md`` section 9 and
translated in :mod:`pulut_desktop.messages.sync`.
"""

from __future__ import annotations

from pulut_desktop.domain.errors import PulutError, error_class


class SyncError(PulutError):
    """Base of every error raised by the sync package."""

    code = "sync.error"


class KeyFormatError(SyncError):
    """A key given as bytes or base64 is not a valid key of the expected kind."""

    code = "key.invalid"


class ProvinceKeysInvalid(SyncError):
    """A ``province-keys.json`` file that is not a well-formed, self-consistent keys document."""

    code = "outbox.province_keys_invalid"


class FileFormatError(SyncError):
    """Common base of errors about one of the four signed file kinds."""


BatchError = error_class("BatchError", FileFormatError, "batch.invalid")
ReceiptError = error_class("ReceiptError", FileFormatError, "receipt.invalid")
DeviceRequestError = error_class("DeviceRequestError", FileFormatError, "request.invalid")
EnrolmentError = error_class("EnrolmentError", FileFormatError, "enrolment.invalid")
UsbError = error_class("UsbError", SyncError, "usb.write_failed")


# Every code a reader or writer can raise, by file kind (documented in docs/batch-format.md).
CONTAINER_CODES = (
    "truncated",
    "bad_magic",
    "unsupported_version",
    "too_large",
    "header_invalid",
    "trailing_data",
    "bad_signature",
)


def _codes(kind: str, *extra: str) -> tuple[str, ...]:
    return (*(f"{kind}.{c}" for c in CONTAINER_CODES), *(f"{kind}.{c}" for c in extra))


BATCH_CODES = _codes(
    "batch",
    "unknown_device",
    "revoked_device",
    "unknown_key",
    "decrypt_failed",
    "payload_too_large",
    "payload_invalid",
    "digest_mismatch",
    "record_count_mismatch",
    "too_many_records",
)
RECEIPT_CODES = _codes("receipt", "unknown_key", "wrong_device", "wrong_batch")
REQUEST_CODES = _codes("request", "device_code_mismatch")
ENROLMENT_CODES = _codes("enrolment", "untrusted_key", "wrong_device", "inconsistent")
USB_CODES = (
    "usb.write_failed",
    "usb.no_space",
    "usb.read_only",
    "usb.verify_failed",
    "usb.not_found",
    "usb.read_failed",
    "usb.too_large",
)
KEY_CODES = ("key.invalid",)
ALL_CODES = BATCH_CODES + RECEIPT_CODES + REQUEST_CODES + ENROLMENT_CODES + USB_CODES + KEY_CODES
