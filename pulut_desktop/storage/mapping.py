"""Between the domain's :class:`Registration` and the ``registrations`` row."""

from __future__ import annotations

from datetime import datetime

from ..domain.bpjs import Membership, MembershipOutcome
from ..domain.people import Sex
from ..domain.registration import (
    Consent,
    ConsentMethod,
    FundingSource,
    Heir,
    HeirRelationship,
    Programme,
    Registration,
)
from ..domain.status import Status
from .models import RegistrationRow

# Fields copied one to one; the rest (heirs, consent, enums) are converted below.
PLAIN_FIELDS = (
    "nik", "kk_number", "full_name", "birth_place", "birth_date", "mother_maiden_name", "address_line",
    "village_code", "phone", "occupation_id", "occupation_note", "has_disability", "coverage_start",
    "coverage_months", "drive_id", "officer", "training",
)  # fmt: skip


def consent_to_json(consent: Consent) -> dict:
    return {
        "given": consent.given,
        "method": consent.method.value if consent.method else None,
        "recorded_at": consent.recorded_at.isoformat() if consent.recorded_at else None,
        "witness_name": consent.witness_name,
        "form_reference": consent.form_reference,
    }


def consent_from_json(data: dict) -> Consent:
    return Consent(
        given=bool(data.get("given")),
        method=ConsentMethod(data["method"]) if data.get("method") else None,
        recorded_at=datetime.fromisoformat(data["recorded_at"]) if data.get("recorded_at") else None,
        witness_name=data.get("witness_name"),
        form_reference=data.get("form_reference"),
    )


def heirs_to_json(heirs: list[Heir]) -> list[dict]:
    return [{"name": h.name, "relationship": h.relationship.value, "nik": h.nik, "phone": h.phone} for h in heirs]


def heirs_from_json(data: list[dict]) -> list[Heir]:
    return [Heir(h["name"], HeirRelationship(h["relationship"]), h.get("nik"), h.get("phone")) for h in data]


def fill_row(row: RegistrationRow, reg: Registration) -> None:
    for name in PLAIN_FIELDS:
        setattr(row, name, getattr(reg, name))
    row.sex = reg.sex.value if reg.sex else None
    row.funding_source = reg.funding_source.value
    row.programmes = ",".join(p.value for p in reg.programmes)
    row.heirs = heirs_to_json(reg.heirs)
    row.consent = consent_to_json(reg.consent)


def from_row(row: RegistrationRow) -> Registration:
    reg = Registration(**{name: getattr(row, name) for name in PLAIN_FIELDS})
    reg.id = row.id
    reg.registration_number = row.registration_number
    reg.sex = Sex(row.sex) if row.sex else None
    reg.funding_source = FundingSource(row.funding_source)
    reg.programmes = tuple(Programme(p) for p in row.programmes.split(",") if p)
    reg.heirs = heirs_from_json(row.heirs or [])
    reg.consent = consent_from_json(row.consent or {})
    reg.status = Status(row.status)
    reg.version = row.version
    reg.rules_version = row.rules_version or 0
    return reg


def changed_fields(row: RegistrationRow, reg: Registration) -> list[str]:
    probe = RegistrationRow()
    fill_row(probe, reg)
    names = [*PLAIN_FIELDS, "sex", "funding_source", "programmes", "heirs", "consent"]
    return [name for name in names if getattr(probe, name) != getattr(row, name)]


def membership_of(row: RegistrationRow) -> Membership | None:
    """The registration's enrolment at BPJS (Terdaftar BPJS), when a receipt brought one."""
    if row.bpjs_status != MembershipOutcome.ENROLLED.value or not row.kpj:
        return None
    if row.bpjs_effective_date is None or row.bpjs_end_date is None:
        return None
    return Membership(row.kpj, row.bpjs_effective_date, row.bpjs_end_date)
