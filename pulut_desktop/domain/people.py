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


_SEPARATORS = re.compile(r"[\s\-().]")


def normalise_phone(text: str) -> str:
    """Indonesian phone number in E.164 form: ``0812-3456-7890`` -> ``+6281234567890``.

    Mobiles (08xx) and landlines with an area code (0761 ...) are accepted; the national significant
    number has 8 to 12 digits.
    """
    raw = _SEPARATORS.sub("", text or "")
    if raw.startswith("+"):
        if not raw.startswith("+62"):
            raise PhoneError("phone.not_indonesian")
        national = raw[3:]
    elif raw.startswith("62"):
        national = raw[2:]
    elif raw.startswith("0"):
        national = raw[1:]
    else:
        national = raw
    if not national.isascii() or not national.isdigit():
        raise PhoneError("phone.not_digits")
    if national.startswith("0") or not 8 <= len(national) <= 12:
        raise PhoneError("phone.length", length=len(national))
    return "+62" + national
