"""What an enrollment card shows, and how a registration becomes one.

An :class:`EnrollmentCard` carries only what is printed. The full NIK never enters it: the card holds
the masked form (first 6 and last 4 digits), and the constructor refuses anything else, so neither the
PDF nor the QR can leak a NIK by accident.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ..domain.bpjs import Membership, is_kpj
from ..domain.nik import mask_nik
from ..domain.reference import RegionLevel, occupations, regions
from ..domain.registration import FundingSource, Registration
from ..domain.status import Status
from .errors import CardError

PROGRAMMES_LABEL = "JKK + JKM"

FUNDING_LABELS: dict[FundingSource, str] = {
    FundingSource.APBD: "APBD",
    FundingSource.DBH_SAWIT: "DBH Sawit",
}

# A card can be issued once a registration is complete. Until the province has accepted it the card is
# provisional (SEMENTARA); drafts, returned, duplicate and rejected registrations get no card at all.
PROVISIONAL_STATUSES = frozenset({Status.READY, Status.APPROVED, Status.SENT})
PRINTABLE_STATUSES = PROVISIONAL_STATUSES | {Status.ACCEPTED}

MASKED_NIK = re.compile(r"^\d{6}\*{6}\d{4}$")
DEVICE_CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{8}$")
VILLAGE_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}\.\d{4}$")


class CardStatus(StrEnum):
    PROVISIONAL = "PROVISIONAL"  # SEMENTARA: registered, not yet accepted by the province
    VALID = "VALID"  # SAH: the province holds the registration (Status.ACCEPTED)
    ENROLLED = "ENROLLED"  # TERDAFTAR BPJS: BPJS Ketenagakerjaan enrolled it; the card carries the KPJ
    TRAINING = "TRAINING"  # LATIHAN: printed by a training store; never a real card

    @property
    def label_id(self) -> str:
        labels = {CardStatus.PROVISIONAL: "SEMENTARA", CardStatus.VALID: "SAH", CardStatus.ENROLLED: "TERDAFTAR BPJS"}
        return labels.get(self, "LATIHAN")

    @property
    def label_en(self) -> str:
        return self.value


@dataclass(frozen=True)
class EnrollmentCard:
    registration_number: str
    holder_name: str
    masked_nik: str
    birth_date: date
    village_code: str  # Kemendagri dotted code, "14.71.01.1001"
    village_name: str
    district_name: str
    regency_name: str
    occupation_name: str
    funding_label: str  # "APBD" or "DBH Sawit"
    coverage_start: date
    coverage_end: date
    status: CardStatus
    device_code: str  # the device that issued (printed and signed) this card
    issued_on: date
    programmes: str = PROGRAMMES_LABEL
    kpj: str | None = None  # BPJS membership number: exactly on an ENROLLED card

    def __post_init__(self) -> None:
        if not self.holder_name.strip():
            raise CardError("cards.no_name")
        if not MASKED_NIK.match(self.masked_nik):
            # Never echo the value: it may be a full NIK.
            raise CardError("cards.nik_not_masked")
        if not DEVICE_CODE.match(self.device_code):
            raise CardError("cards.invalid_device_code", device_code=self.device_code)
        if not VILLAGE_CODE.match(self.village_code):
            raise CardError("cards.unknown_village", village_code=self.village_code)
        if self.coverage_end < self.coverage_start:
            raise CardError("cards.no_coverage")
        if (self.kpj is not None) != (self.status is CardStatus.ENROLLED) or (self.kpj and not is_kpj(self.kpj)):
            raise CardError("cards.kpj_invalid")

    @property
    def training(self) -> bool:
        """A training card: printed with the "LATIHAN — TIDAK BERLAKU" mark on both sides."""
        return self.status is CardStatus.TRAINING

    @property
    def address_label(self) -> str:
        regency = self.regency_name.replace("Kabupaten ", "Kab. ", 1)
        return f"{self.village_name}, Kec. {self.district_name}, {regency}"

    @property
    def village_digits(self) -> str:
        """The village code without dots, as carried in the QR payload."""
        return self.village_code.replace(".", "")


def card_status(status: Status) -> CardStatus:
    if status not in PRINTABLE_STATUSES:
        raise CardError("cards.not_printable", status=status.value)
    return CardStatus.VALID if status is Status.ACCEPTED else CardStatus.PROVISIONAL


def card_from_registration(
    reg: Registration, *, device_code: str, issued_on: date, membership: Membership | None = None
) -> EnrollmentCard:
    """Build the card of one registration, naming its village and occupation from the reference data.
    An accepted registration BPJS enrolled (``membership``) gets the final status TERDAFTAR BPJS, its
    KPJ number and BPJS's coverage dates.

    Raises :class:`CardError` (``cards.*``) when the registration cannot have a card yet. A training
    registration gets a training card (status TRAINING: marked on both sides, its QR says so), so officers
    practise printing without ever producing a card that passes as real.
    """
    status = card_status(reg.status)
    if reg.training:
        status = CardStatus.TRAINING
    if not reg.registration_number:
        raise CardError("cards.no_registration_number")
    if reg.birth_date is None:
        raise CardError("cards.no_birth_date")
    start, end = reg.coverage_start, reg.coverage_end
    kpj = None
    if membership is not None and status is CardStatus.VALID:
        status, kpj = CardStatus.ENROLLED, membership.kpj
        start, end = membership.effective_date, membership.end_date
    if start is None or end is None:
        raise CardError("cards.no_coverage")
    directory = regions()
    village = directory.get(reg.village_code)
    if village is None or village.level is not RegionLevel.VILLAGE:
        raise CardError("cards.unknown_village", village_code=reg.village_code)
    by_level = {r.level: r for r in directory.ancestors(village.code)}
    occupation = occupations().get(reg.occupation_id)
    if occupation is None:
        raise CardError("cards.unknown_occupation", id=reg.occupation_id)
    occupation_name = occupation.name
    if occupation.needs_note and reg.occupation_note and reg.occupation_note.strip():
        occupation_name = " ".join(reg.occupation_note.split())
    return EnrollmentCard(
        registration_number=reg.registration_number,
        holder_name=" ".join(reg.full_name.split()),
        masked_nik=mask_nik("".join(reg.nik.split())),
        birth_date=reg.birth_date,
        village_code=village.code,
        village_name=village.name,
        district_name=by_level[RegionLevel.DISTRICT].name,
        regency_name=by_level[RegionLevel.REGENCY].name,
        occupation_name=occupation_name,
        funding_label=FUNDING_LABELS[reg.funding_source],
        coverage_start=start,
        coverage_end=end,
        status=status,
        device_code=device_code.upper(),
        issued_on=issued_on,
        kpj=kpj,
    )
