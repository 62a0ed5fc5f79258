"""The signed text inside a card's QR code, and its offline verification.

Format, version 1 (UTF-8 text, fields separated by ``|``)::

    PK1|<reg no>|<name>|<birth>|<village>|<cov end>|<status>|<device>|<issued>|<signature>

    PK1       format tag and version
    reg no    registration number, ``PK-XXXX-XXXX-NNNNNN``
    name      holder's name as printed (any text; it is the only field that may contain ``|``)
    birth     birth date, ``YYYYMMDD``
    village   Kemendagri village code without dots, 10 digits (``1471011001``)
    cov end   last day of coverage, ``YYYYMMDD``
    status    ``P`` provisional (SEMENTARA), ``V`` valid (SAH) or ``L`` training (LATIHAN)
    device    issuing device code, 8 Crockford base32 characters
    issued    issue date, ``YYYYMMDD``
    signature Ed25519 signature by the issuing device's key over the UTF-8 bytes of everything before
              the last ``|`` (tag included), in unpadded base64url: always 86 characters

Version 2 (``PK2``), for a card of a worker BPJS Ketenagakerjaan enrolled, adds the KPJ number after
the status, which is then ``T`` (TERDAFTAR BPJS)::

    PK2|<reg no>|<name>|<birth>|<village>|<cov end>|T|<kpj>|<device>|<issued>|<signature>

    kpj       BPJS membership number, exactly 11 ASCII digits (``domain.bpjs.KPJ_LENGTH``)

Every other card is still written as ``PK1``, byte for byte as before. ``T`` is refused in ``PK1`` and
anything but ``T`` in ``PK2``.

A reader splits off the tag and registration number from the left and the last seven (``PK2``: eight)
fields from the right, so a ``|`` inside a name cannot shift the fields. A typical card is about 190 bytes (QR version
10 at level M); a 100-character name stays under 270 bytes. No NIK is ever in the payload.

:func:`verify_card` never raises on hostile input: everything ends as a :class:`VerificationKind`.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.bpjs import is_kpj
from .model import CardStatus, EnrollmentCard

TAG = "PK1"
TAG_KPJ = "PK2"  # a card with a KPJ number (TERDAFTAR BPJS)
SEPARATOR = "|"
SIGNATURE_CHARS = 86  # 64 bytes in unpadded base64url
MAX_PAYLOAD_CHARS = 1024  # far above any real card; longer input is rejected before any work

_STATUS_CODES = {CardStatus.PROVISIONAL: "P", CardStatus.VALID: "V", CardStatus.TRAINING: "L", CardStatus.ENROLLED: "T"}
_STATUS_BY_CODE = {v: k for k, v in _STATUS_CODES.items()}
_REG_NO = re.compile(r"^PK-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-\d{6,}$")
_DATE = re.compile(r"^\d{8}$")
_VILLAGE = re.compile(r"^\d{10}$")
_DEVICE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{8}$")
_B64URL = re.compile(r"^[A-Za-z0-9_-]{86}$")


class VerificationKind(StrEnum):
    VALID = "valid"  # signature good, coverage not over (the card's own status may still be provisional)
    FORGED = "forged"  # signature does not match the payload: altered or made without the device key
    UNKNOWN_DEVICE = "unknown_device"  # well-formed, but no public key for the issuing device
    EXPIRED = "expired"  # genuine, but coverage ended before the day of checking
    TRAINING = "training"  # genuine, but printed by a training store: never valid as a card
    MALFORMED = "malformed"  # not a Pulut Ketan card payload at all


@dataclass(frozen=True)
class CardFields:
    """What the QR carries, decoded. Only returned when the signature is good."""

    registration_number: str
    holder_name: str
    birth_date: date
    village_code: str  # dotted, "14.71.01.1001"
    coverage_end: date
    status: CardStatus
    device_code: str
    issued_on: date
    kpj: str | None = None  # BPJS membership number (PK2 cards, status ENROLLED)


@dataclass(frozen=True)
class CardVerification:
    kind: VerificationKind
    fields: CardFields | None = None  # set for VALID, EXPIRED and TRAINING
    device_code: str | None = None  # the claimed issuing device, when the payload was readable

    @property
    def ok(self) -> bool:
        return self.kind is VerificationKind.VALID

    @property
    def code(self) -> str:
        """Message code for the UI (``cards.verify.*``)."""
        return f"cards.verify.{self.kind.value}"

    @property
    def params(self) -> dict[str, str]:
        """Values for the message of :attr:`code`."""
        params: dict[str, str] = {}
        if self.device_code is not None:
            params["device_code"] = self.device_code
        if self.fields is not None:
            end = self.fields.coverage_end
            params["coverage_end"] = f"{end.day:02d}-{end.month:02d}-{end.year:04d}"
            if self.fields.kpj:
                params["kpj"] = self.fields.kpj
        return params


def _ymd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _parse_ymd(text: str) -> date:
    return date(int(text[:4]), int(text[4:6]), int(text[6:]))


def signed_part(card: EnrollmentCard) -> str:
    """The text the signature covers, ending just before the separator of the signature."""
    fields = (
        TAG_KPJ if card.kpj else TAG,
        card.registration_number,
        card.holder_name,
        _ymd(card.birth_date),
        card.village_digits,
        _ymd(card.coverage_end),
        _STATUS_CODES[card.status],
        *((card.kpj,) if card.kpj else ()),
        card.device_code,
        _ymd(card.issued_on),
    )
    return SEPARATOR.join(fields)


def sign_card(card: EnrollmentCard, private_key: Ed25519PrivateKey) -> str:
    """The QR text of ``card``, signed by the issuing device's key."""
    body = signed_part(card)
    signature = private_key.sign(body.encode("utf-8"))
    return body + SEPARATOR + base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=")


@dataclass(frozen=True)
class _Parsed:
    body: bytes
    signature: bytes
    reg_no: str
    name: str
    birth: str
    village: str
    coverage_end: str
    status: str
    device: str
    issued: str
    kpj: str | None = None


def _split(text: str) -> _Parsed | None:
    head = text.split(SEPARATOR, 2)
    if len(head) != 3 or head[0] not in (TAG, TAG_KPJ):
        return None
    with_kpj = head[0] == TAG_KPJ
    tail = head[2].rsplit(SEPARATOR, 8 if with_kpj else 7)
    if len(tail) != (9 if with_kpj else 8):
        return None
    kpj = tail.pop(5) if with_kpj else None
    name, birth, village, cov_end, status, device, issued, sig = tail
    checks = (
        with_kpj == (status == _STATUS_CODES[CardStatus.ENROLLED]),
        not with_kpj or is_kpj(kpj),
        _REG_NO.match(head[1]),
        name.strip(),
        _DATE.match(birth),
        _VILLAGE.match(village),
        _DATE.match(cov_end),
        status in _STATUS_BY_CODE,
        _DEVICE.match(device),
        _DATE.match(issued),
        _B64URL.match(sig),
    )
    if not all(checks):
        return None
    try:
        signature = base64.urlsafe_b64decode(sig + "==")
    except (binascii.Error, ValueError):
        return None
    # Reject non-canonical encodings (spare low bits set), so one signature has exactly one text.
    if len(signature) != 64 or base64.urlsafe_b64encode(signature).decode("ascii").rstrip("=") != sig:
        return None
    body = text[: len(text) - len(sig) - 1].encode("utf-8")
    return _Parsed(body, signature, head[1], name, birth, village, cov_end, status, device, issued, kpj)


def _decode_fields(p: _Parsed) -> CardFields | None:
    try:
        return CardFields(
            registration_number=p.reg_no,
            holder_name=p.name,
            birth_date=_parse_ymd(p.birth),
            village_code=f"{p.village[:2]}.{p.village[2:4]}.{p.village[4:6]}.{p.village[6:]}",
            coverage_end=_parse_ymd(p.coverage_end),
            status=_STATUS_BY_CODE[p.status],
            device_code=p.device,
            issued_on=_parse_ymd(p.issued),
            kpj=p.kpj,
        )
    except ValueError:
        return None


def verify_card(
    text: object, known_keys: Mapping[str, Ed25519PublicKey], today: date, *, grace_months: int = 0
) -> CardVerification:
    """Check a scanned QR text against the public keys of known devices (device code -> key).

    Order of checks: readable payload (else MALFORMED), known device (else UNKNOWN_DEVICE), signature
    (else FORGED), sensible dates (else MALFORMED), a training card (TRAINING, whatever its dates),
    coverage end, plus the programme rules' ``grace_months``, not before ``today`` (else EXPIRED).
    """
    try:
        return _verify(text, known_keys, today, grace_months)
    except Exception:  # a verifier faces hostile input; a bug here must not crash the scanner
        return CardVerification(VerificationKind.MALFORMED)


def _verify(
    text: object, known_keys: Mapping[str, Ed25519PublicKey], today: date, grace_months: int = 0
) -> CardVerification:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            return CardVerification(VerificationKind.MALFORMED)
    if not isinstance(text, str) or len(text) > MAX_PAYLOAD_CHARS:
        return CardVerification(VerificationKind.MALFORMED)
    text = text.strip("\r\n")  # zbarimg and keyboard-wedge scanners add a newline
    parsed = _split(text)
    if parsed is None:
        return CardVerification(VerificationKind.MALFORMED)
    key = known_keys.get(parsed.device)
    if key is None:
        return CardVerification(VerificationKind.UNKNOWN_DEVICE, device_code=parsed.device)
    try:
        key.verify(parsed.signature, parsed.body)
    except InvalidSignature:
        return CardVerification(VerificationKind.FORGED, device_code=parsed.device)
    fields = _decode_fields(parsed)
    if fields is None:
        return CardVerification(VerificationKind.MALFORMED, device_code=parsed.device)
    if fields.status is CardStatus.TRAINING:
        return CardVerification(VerificationKind.TRAINING, fields=fields, device_code=parsed.device)
    kind = (
        VerificationKind.EXPIRED if _end_of_grace(fields.coverage_end, grace_months) < today else VerificationKind.VALID
    )
    return CardVerification(kind, fields=fields, device_code=parsed.device)


def _end_of_grace(coverage_end: date, months: int) -> date:
    """The last day of the month ``months`` after the one coverage ends in."""
    index = coverage_end.year * 12 + coverage_end.month - 1 + months + 1  # the month after the grace
    return date(index // 12, index % 12 + 1, 1) - timedelta(days=1)
