"""Small value types about people: sex, ages, phone numbers."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from .errors import PhoneError


class Sex(StrEnum):
    MALE = "L"  # laki-laki, as on the KTP
    FEMALE = "P"  # perempuan


def age_on(born: date, today: date) -> int:
    years = today.year - born.year
    if (today.month, today.day) < (born.month, born.day):
        years -= 1
    return years


_SEPARATORS = re.compile(r"[\s\-.]")

MOBILE_DIGITS = (10, 13)  # national form with the leading 0: 08xx-xxxx-xxxx
LANDLINE_DIGITS = (9, 12)  # 0 + area code (2-4 digits) + subscriber number


class PhoneKind(StrEnum):
    MOBILE = "mobile"  # 081x-089x
    LANDLINE = "landline"  # 0 + area code, e.g. (0761) 123456
    SPECIAL = "special"  # 080x: 0800 toll-free and other non-personal service numbers


def phone_kind(e164: str) -> PhoneKind:
    national = e164.removeprefix("+62")
    if national.startswith("80"):
        return PhoneKind.SPECIAL
    return PhoneKind.MOBILE if national.startswith("8") else PhoneKind.LANDLINE


def normalise_phone(text: str, *, mobile_only: bool = False) -> str:
    """Indonesian phone number in E.164 form: ``0812-3456-7890`` -> ``+6281234567890``.

    Accepted spellings: ``0812...``, ``+62 812...``, ``+62 (0) 812...``, ``0062 812...``, ``62812...``,
    with spaces, dots, dashes and brackets. A mobile (08xx) has 10 to 13 digits in national form; a
    landline 9 to 12. ``mobile_only`` refuses landlines and 080x service numbers (the programme rules
    decide: BPJS's BPU registration asks for an active mobile number).
    """
    raw = _SEPARATORS.sub("", text or "")
    for prefix in ("+62", "0062", "62"):
        if raw.startswith(prefix):
            raw = raw[len(prefix) :].removeprefix("(0)")
            break
    else:
        if raw.startswith(("+", "00")):
            raise PhoneError("phone.not_indonesian")
    national = raw.replace("(", "").replace(")", "").removeprefix("0")
    if not national or not national.isascii() or not national.isdigit():
        raise PhoneError("phone.not_digits")
    e164 = "+62" + national
    kind = phone_kind(e164)
    digits = len(national) + 1  # counted as written at home, with the leading 0
    if national.startswith("0"):
        raise PhoneError("phone.length", length=digits)
    if mobile_only and kind is not PhoneKind.MOBILE:
        raise PhoneError("phone.not_mobile", kind=kind.value)
    low, high = MOBILE_DIGITS if kind is PhoneKind.MOBILE else LANDLINE_DIGITS
    if not low <= digits <= high:
        code = "phone.mobile_length" if kind is PhoneKind.MOBILE else "phone.length"
        raise PhoneError(code, length=digits, low=low, high=high)
    return e164
