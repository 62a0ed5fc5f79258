"""NIK (Nomor Induk Kependudukan) and No. KK (family card number) structure rules.

A NIK is ``PP KK CC DDMMYY SSSS``: province, regency, district where it was *first* issued, the birth
date (day + 40 for women) and a serial from 0001. There is no check digit, so structure is all that can
be checked offline. Errors here block a save; everything that can legitimately differ on a real KTP
(the holder moved, the date was recorded wrongly, the region was split) is only a warning.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import KkError, NikError, ValidationReport
from .people import Sex

NIK_LENGTH = 16
FEMALE_DAY_OFFSET = 40
RIAU_PROVINCE = "14"

# Province codes of Kemendagri 2025 (38 provinces). A NIK keeps the code of where it was issued.
PROVINCE_CODES: dict[str, str] = {
    "11": "Aceh", "12": "Sumatera Utara", "13": "Sumatera Barat", "14": "Riau", "15": "Jambi",
    "16": "Sumatera Selatan", "17": "Bengkulu", "18": "Lampung", "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau", "31": "DKI Jakarta", "32": "Jawa Barat", "33": "Jawa Tengah",
    "34": "DI Yogyakarta", "35": "Jawa Timur", "36": "Banten", "51": "Bali",
    "52": "Nusa Tenggara Barat", "53": "Nusa Tenggara Timur", "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah", "63": "Kalimantan Selatan", "64": "Kalimantan Timur",
    "65": "Kalimantan Utara", "71": "Sulawesi Utara", "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan", "74": "Sulawesi Tenggara", "75": "Gorontalo", "76": "Sulawesi Barat",
    "81": "Maluku", "82": "Maluku Utara", "91": "Papua", "92": "Papua Barat", "93": "Papua Selatan",
    "94": "Papua Tengah", "95": "Papua Pegunungan", "96": "Papua Barat Daya",
}  # fmt: skip


@dataclass(frozen=True)
class NikParts:
    nik: str
    province_code: str  # "14"
    regency_code: str  # "14.71"
    district_code: str  # "14.71.01"
    birth_date: date
    sex: Sex
    serial: int

    @property
    def is_riau(self) -> bool:
        return self.province_code == RIAU_PROVINCE


@dataclass(frozen=True)
class KkParts:
    kk: str
    province_code: str
    regency_code: str
    district_code: str
    registered_on: date | None  # None when the date digits are impossible or in the future
    serial: int
    date_problem: str | None = None  # "kk.impossible_date" / "kk.future_date": a warning


def _digits(text: str, error: type[NikError] | type[KkError], prefix: str) -> str:
    cleaned = "".join(str(text).split())
    if len(cleaned) != NIK_LENGTH:
        raise error(f"{prefix}.length", length=len(cleaned), expected=NIK_LENGTH)
    if not cleaned.isascii() or not cleaned.isdigit():
        raise error(f"{prefix}.not_digits")
    return cleaned


def _most_recent_past(day: int, month: int, yy: int, today: date) -> date | None:
    """The two-digit year read as the most recent date that is not in the future (2000s before 1900s).

    A child's NIK is then a child's (age 14, not 114): whether the person is old enough is a warning of
    the programme rules, never a reason to move a birth date a century back.
    """
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def parse_nik(text: str, today: date | None = None) -> NikParts:
    """Decode a NIK or raise :class:`NikError` with a code from ``nik.*``."""
    today = today or date.today()
    nik = _digits(text, NikError, "nik")
    province = nik[:2]
    if province not in PROVINCE_CODES:
        raise NikError("nik.unknown_province", province=province)
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    sex = Sex.FEMALE if day > FEMALE_DAY_OFFSET else Sex.MALE
    if sex is Sex.FEMALE:
        day -= FEMALE_DAY_OFFSET
    if not (1 <= day <= 31 and 1 <= month <= 12):
        raise NikError("nik.impossible_date", digits=nik[6:12])
    born = _most_recent_past(day, month, yy, today)
    if born is None:
        raise NikError("nik.impossible_date", digits=nik[6:12])
    serial = int(nik[12:])
    if serial == 0:
        raise NikError("nik.serial_zero")
    return NikParts(
        nik=nik,
        province_code=province,
        regency_code=f"{nik[:2]}.{nik[2:4]}",
        district_code=f"{nik[:2]}.{nik[2:4]}.{nik[4:6]}",
        birth_date=born,
        sex=sex,
        serial=serial,
    )


def check_nik(
    parts: NikParts,
    *,
    birth_date: date | None,
    sex: Sex | None,
    today: date,
    known_district: bool,
    report: ValidationReport,
) -> None:
    """Soft cross-checks: each finding is a warning, never a block (see domain-facts.md §1). Whether
    the age is acceptable is a programme rule (:meth:`ProgrammeRules.age_findings`)."""
    if birth_date is not None and birth_date != parts.birth_date:
        # Only day and month are reliable; a century guess that differs is not a mismatch.
        same = (birth_date.day, birth_date.month, birth_date.year % 100) == (
            parts.birth_date.day,
            parts.birth_date.month,
            parts.birth_date.year % 100,
        )
        if not same:
            report.warn(
                "birth_date", "nik.birth_date_mismatch", nik_date=parts.birth_date.strftime("%d-%m-%Y")
            )  # as on a KTP
    if sex is not None and sex is not parts.sex:
        report.warn("sex", "nik.sex_mismatch", nik_sex=parts.sex.value)
    if not parts.is_riau:
        report.warn("nik", "nik.outside_riau", province=parts.province_code, name=PROVINCE_CODES[parts.province_code])
    elif not known_district:
        report.warn("nik", "nik.unknown_district", district=parts.district_code)


def parse_kk(text: str, today: date | None = None) -> KkParts:
    """Decode a No. KK or raise :class:`KkError` with a code from ``kk.*``.

    The KK date is the registration date (no +40); the number changes when a family changes, so it is
    stored as an attribute, never used as a key. Village systems (OpenSID) check only the 16 digits, so
    a date problem is kept in ``date_problem`` for a warning instead of refusing the number.
    """
    today = today or date.today()
    kk = _digits(text, KkError, "kk")
    province = kk[:2]
    if province not in PROVINCE_CODES:
        raise KkError("kk.unknown_province", province=province)
    serial = int(kk[12:])
    if serial == 0:
        raise KkError("kk.serial_zero")
    registered, problem = _kk_date(int(kk[6:8]), int(kk[8:10]), int(kk[10:12]), today)
    return KkParts(
        kk=kk,
        province_code=province,
        regency_code=f"{kk[:2]}.{kk[2:4]}",
        district_code=f"{kk[:2]}.{kk[2:4]}.{kk[4:6]}",
        registered_on=registered,
        serial=serial,
        date_problem=problem,
    )


def _kk_date(day: int, month: int, yy: int, today: date) -> tuple[date | None, str | None]:
    """SIAK family cards are from the 2000s: a date after today is a problem, not a 19xx card."""
    try:
        registered = date(2000 + yy, month, day)
    except ValueError:
        return None, "kk.impossible_date"
    if registered > today:
        return None, "kk.future_date"
    return registered, None


def mask_nik(nik: str) -> str:
    """First 6 and last 4 digits shown; what cards, exports and logs may carry."""
    if len(nik) != NIK_LENGTH:
        return "*" * len(nik)
    return f"{nik[:6]}******{nik[-4:]}"
