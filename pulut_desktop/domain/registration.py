"""A worker's registration into Pulut Ketan, and the rules that check it before it is saved."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from .errors import KkError, NikError, PhoneError, ValidationReport
from .nik import check_nik, parse_kk, parse_nik
from .people import Sex, normalise_phone
from .reference import occupations, regions
from .rules import SHIPPED_RULES, ProgrammeRules
from .status import Status

MAX_COVERAGE_MONTHS = 12
MAX_HEIRS = 10
NAME_MAX = 100


class FundingSource(StrEnum):
    APBD = "APBD"  # provincial budget
    DBH_SAWIT = "DBH_SAWIT"  # palm-oil revenue share


class Programme(StrEnum):
    JKK = "JKK"  # Jaminan Kecelakaan Kerja (work accident)
    JKM = "JKM"  # Jaminan Kematian (death)
    JHT = "JHT"  # Jaminan Hari Tua: recorded, never covered by Pulut Ketan


COVERED_PROGRAMMES = (Programme.JKK, Programme.JKM)


class ConsentMethod(StrEnum):
    SIGNED_FORM = "signed_form"
    VERBAL_WITNESS = "verbal_witness"


class HeirRelationship(StrEnum):
    SPOUSE = "spouse"  # suami / istri
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    GRANDCHILD = "grandchild"
    GRANDPARENT = "grandparent"
    PARENT_IN_LAW = "parent_in_law"
    OTHER = "other"  # named in a will


@dataclass
class Heir:
    name: str
    relationship: HeirRelationship
    nik: str | None = None
    phone: str | None = None


@dataclass
class Consent:
    given: bool = False
    method: ConsentMethod | None = None
    recorded_at: datetime | None = None
    witness_name: str | None = None  # required for verbal consent
    form_reference: str | None = None  # number of the signed paper form


@dataclass
class Registration:
    nik: str = ""
    full_name: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    kk_number: str | None = None
    mother_maiden_name: str | None = None
    address_line: str = ""
    village_code: str = ""
    phone: str | None = None
    occupation_id: str = ""
    occupation_note: str | None = None
    has_disability: bool = False
    funding_source: FundingSource = FundingSource.APBD
    programmes: tuple[Programme, ...] = COVERED_PROGRAMMES
    coverage_start: date | None = None
    coverage_months: int = MAX_COVERAGE_MONTHS
    heirs: list[Heir] = field(default_factory=list)
    consent: Consent = field(default_factory=Consent)
    drive_id: str | None = None
    officer: str = ""
    status: Status = Status.DRAFT
    version: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    registration_number: str | None = None
    training: bool = False
    rules_version: int = 0  # the programme rules it was last saved under (0: the shipped defaults)

    @property
    def jht_covered(self) -> bool:
        return False

    @property
    def monthly_contribution(self) -> int:
        return SHIPPED_RULES.monthly_contribution

    @property
    def total_contribution(self) -> int:
        return self.monthly_contribution * self.coverage_months

    @property
    def coverage_end(self) -> date | None:
        """Last day of the last covered month."""
        if self.coverage_start is None:
            return None
        return add_months(self.coverage_start.replace(day=1), self.coverage_months) - timedelta(days=1)


def add_months(first: date, months: int) -> date:
    """The first day of the month ``months`` after (or before, when negative) ``first``'s month."""
    index = first.month - 1 + months
    return date(first.year + index // 12, index % 12 + 1, 1)


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def normalise(reg: Registration) -> Registration:
    """Tidy what people type into the one canonical spelling the province checks (NFC, no control or
    bidi characters, single spaces, ASCII-digit NIK/KK: :mod:`.canonical`); names in upper case as on
    the KTP, phone in +62 form."""
    from .canonical import canonicalise  # canonical.py type-hints Registration

    canonicalise(reg)
    reg.full_name = reg.full_name.upper()
    reg.birth_place = reg.birth_place.upper()
    if reg.mother_maiden_name is not None:
        reg.mother_maiden_name = reg.mother_maiden_name.upper()
    if reg.phone:
        with contextlib.suppress(PhoneError):  # validate() reports it
            reg.phone = normalise_phone(reg.phone)
    for heir in reg.heirs:
        heir.name = heir.name.upper()
        if heir.phone:
            with contextlib.suppress(PhoneError):
                heir.phone = normalise_phone(heir.phone)
    return reg


def validate(reg: Registration, today: date | None = None, rules: ProgrammeRules = SHIPPED_RULES) -> ValidationReport:
    """Every rule of a complete registration. Errors block saving as *ready*; warnings never block.

    ``rules`` are the province's programme rules (age ranges, phone, funding windows, coverage).
    """
    today = today or date.today()
    report = ValidationReport()
    directory = regions()

    try:
        parts = parse_nik(reg.nik, today)
    except NikError as err:
        report.error("nik", err.code, **err.params)
        parts = None
    if _blank(reg.full_name):
        report.error("full_name", "name.required")
    elif len(reg.full_name) > NAME_MAX:
        report.error("full_name", "name.too_long", limit=NAME_MAX)
    if _blank(reg.birth_place):
        report.error("birth_place", "birth_place.required")
    if reg.birth_date is None:
        report.error("birth_date", "birth_date.required")
    elif reg.birth_date > today:
        report.error("birth_date", "birth_date.future")
    if reg.sex is None:
        report.error("sex", "sex.required")
    if parts is not None:
        district = directory.district_by_digits(parts.nik[:6])
        check_nik(
            parts,
            birth_date=reg.birth_date,
            sex=reg.sex,
            today=today,
            known_district=district is not None,
            report=report,
        )
    born = reg.birth_date or (parts.birth_date if parts is not None else None)
    if born is not None and born <= today:
        for blocking, code, params in rules.age_findings(born, today):
            (report.error if blocking else report.warn)("birth_date", code, **params)
    if reg.kk_number:
        try:
            kk = parse_kk(reg.kk_number, today)
        except KkError as err:
            report.error("kk_number", err.code, **err.params)
        else:
            if kk.date_problem:
                report.warn("kk_number", kk.date_problem, digits=kk.kk[6:12])
        if reg.kk_number == reg.nik:
            report.warn("kk_number", "kk.same_as_nik")

    if _blank(reg.address_line):
        report.error("address_line", "address.required")
    if not directory.is_village(reg.village_code):
        report.error("village_code", "village.unknown", village=reg.village_code)
    if reg.phone:
        try:
            normalise_phone(reg.phone, mobile_only=rules.phone.mobile_only)
        except PhoneError as err:
            report.error("phone", err.code, **err.params)
    elif rules.phone.required:
        report.error("phone", "phone.required")

    occupation = occupations().get(reg.occupation_id)
    if occupation is None:
        report.error("occupation_id", "occupation.unknown", id=reg.occupation_id)
    elif occupation.needs_note and _blank(reg.occupation_note):
        report.error("occupation_note", "occupation.note_required")
    _check_funding(reg, rules, report)

    if set(reg.programmes) != set(COVERED_PROGRAMMES):
        report.error("programmes", "programmes.must_be_jkk_jkm")
    if reg.coverage_start is None:
        report.error("coverage_start", "coverage.start_required")
    elif reg.coverage_start.day != 1:
        report.error("coverage_start", "coverage.start_not_first_of_month")
    if not 1 <= reg.coverage_months <= rules.coverage.max_months:
        report.error("coverage_months", "coverage.months_range", limit=rules.coverage.max_months)

    if len(reg.heirs) > MAX_HEIRS:
        report.error("heirs", "heirs.too_many", limit=MAX_HEIRS)
    if not reg.heirs:
        report.warn("heirs", "heirs.none")
    for index, heir in enumerate(reg.heirs):
        if _blank(heir.name):
            report.error(f"heirs[{index}].name", "heir.name_required", row=index + 1)
        if heir.nik:
            try:
                parse_nik(heir.nik, today)
            except NikError as err:
                report.error(f"heirs[{index}].nik", err.code, row=index + 1, **err.params)
            if heir.nik == reg.nik:
                report.error(f"heirs[{index}].nik", "heir.same_nik_as_worker", row=index + 1)
        if heir.phone:
            try:
                normalise_phone(heir.phone)
            except PhoneError as err:
                report.error(f"heirs[{index}].phone", err.code, row=index + 1, **err.params)

    consent = reg.consent
    if not consent.given:
        report.error("consent", "consent.required")
    elif consent.method is None:
        report.error("consent", "consent.method_required")
    elif consent.method is ConsentMethod.VERBAL_WITNESS and _blank(consent.witness_name):
        report.error("consent", "consent.witness_required")
    return report


def _check_funding(reg: Registration, rules: ProgrammeRules, report: ValidationReport) -> None:
    """The source must be open for the village's regency in the coverage's budget year, and DBH Sawit
    only for the occupations the rules list."""
    source = reg.funding_source.value
    if source == FundingSource.DBH_SAWIT and reg.occupation_id not in rules.dbh_sawit_occupations:
        report.error("funding_source", "funding.dbh_sawit_occupation", occupation=reg.occupation_id)
    if not regions().is_village(reg.village_code):
        return
    regency = reg.village_code[:5]
    year = reg.coverage_start.year if reg.coverage_start else None
    if source not in rules.open_sources(regency, year):
        report.error("funding_source", "funding.closed", source=source, regency=regency, year=year or "-")
