"""The form's state as a plain dict (what drafts store) and its conversion to and from a Registration.

The dict keeps exactly what is in the widgets, typed text included, so a restored draft looks the
same as when the laptop died; only :func:`registration_from_state` interprets it.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from ...domain.people import Sex
from ...domain.reference import occupations
from ...domain.registration import (
    Consent,
    ConsentMethod,
    FundingSource,
    Heir,
    HeirRelationship,
    Registration,
)
from ...domain.status import Status
from .identity import DATE_FORMAT, parse_date_text

STATE_VERSION = 1


def new_meta() -> dict:
    return {
        "registration_id": str(uuid.uuid4()),
        "version": 0,
        "registration_number": None,
        "status": Status.DRAFT.value,
        "status_reason": None,
        "drive_id": None,
        "officer": "",
    }


def _none_if_blank(text: str | None) -> str | None:
    return text if text and text.strip() else None


def _heir_is_blank(heir: dict) -> bool:
    return not any((heir.get(key) or "").strip() for key in ("name", "nik", "phone"))


def registration_from_state(state: dict) -> Registration:
    identity, address, work = state["identity"], state["address"], state["work"]
    consent, meta = state["consent"], state["meta"]
    occupation = occupations().get(work.get("occupation_id") or "")
    method = ConsentMethod(consent["method"]) if consent.get("method") else None
    return Registration(
        id=meta["registration_id"],
        version=int(meta.get("version") or 0),
        registration_number=meta.get("registration_number"),
        status=Status(meta.get("status") or Status.DRAFT.value),
        drive_id=meta.get("drive_id"),
        officer=meta.get("officer") or "",
        nik="".join((identity.get("nik") or "").split()),
        kk_number=_none_if_blank("".join((identity.get("kk_number") or "").split())),
        full_name=identity.get("full_name") or "",
        birth_place=identity.get("birth_place") or "",
        birth_date=parse_date_text(identity.get("birth_date") or ""),
        sex=Sex(identity["sex"]) if identity.get("sex") else None,
        mother_maiden_name=_none_if_blank(identity.get("mother_maiden_name")),
        address_line=address.get("address_line") or "",
        village_code=address.get("village_code") or "",
        phone=_none_if_blank(address.get("phone")),
        occupation_id=work.get("occupation_id") or "",
        occupation_note=_none_if_blank(work.get("occupation_note")) if occupation and occupation.needs_note else None,
        has_disability=bool(work.get("has_disability")),
        funding_source=FundingSource(work.get("funding_source") or FundingSource.APBD.value),
        coverage_start=date.fromisoformat(work["coverage_start"]) if work.get("coverage_start") else None,
        coverage_months=int(work.get("coverage_months") or 12),
        heirs=[
            Heir(
                h.get("name") or "",
                HeirRelationship(h.get("relationship") or "other"),
                _none_if_blank("".join((h.get("nik") or "").split())),
                _none_if_blank(h.get("phone")),
            )
            for h in state.get("heirs", [])
            if not _heir_is_blank(h)
        ],
        consent=Consent(
            given=bool(consent.get("given")),
            method=method if consent.get("given") else None,
            recorded_at=datetime.fromisoformat(consent["recorded_at"]) if consent.get("recorded_at") else None,
            witness_name=_none_if_blank(consent.get("witness_name"))
            if method is ConsentMethod.VERBAL_WITNESS
            else None,
            form_reference=_none_if_blank(consent.get("form_reference")),
        ),
    )


def state_from_registration(reg: Registration, status_reason: str | None = None) -> dict:
    village = reg.village_code
    return {
        "format": STATE_VERSION,
        "identity": {
            "nik": reg.nik,
            "kk_number": reg.kk_number or "",
            "full_name": reg.full_name,
            "birth_place": reg.birth_place,
            "birth_date": reg.birth_date.strftime(DATE_FORMAT) if reg.birth_date else "",
            "sex": reg.sex.value if reg.sex else "",
            "mother_maiden_name": reg.mother_maiden_name or "",
        },
        "address": {
            "address_line": reg.address_line,
            "regency": "",
            "district": "",
            "village_code": village,
            "phone": reg.phone or "",
        },
        "work": {
            "occupation_id": reg.occupation_id,
            "occupation_note": reg.occupation_note or "",
            "has_disability": reg.has_disability,
            "funding_source": reg.funding_source.value,
            "coverage_start": reg.coverage_start.isoformat() if reg.coverage_start else "",
            "coverage_months": reg.coverage_months,
        },
        "heirs": [
            {"name": h.name, "relationship": h.relationship.value, "nik": h.nik or "", "phone": h.phone or ""}
            for h in reg.heirs
        ],
        "consent": {
            "given": reg.consent.given,
            "method": reg.consent.method.value if reg.consent.method else "",
            "witness_name": reg.consent.witness_name or "",
            "form_reference": reg.consent.form_reference or "",
            "recorded_at": reg.consent.recorded_at.isoformat() if reg.consent.recorded_at else "",
        },
        "meta": {
            "registration_id": reg.id,
            "version": reg.version,
            "registration_number": reg.registration_number,
            "status": reg.status.value,
            "status_reason": status_reason,
            "drive_id": reg.drive_id,
            "officer": reg.officer,
        },
    }


def is_blank(state: dict) -> bool:
    """Nothing typed yet (defaults do not count): no draft is worth keeping."""
    identity, address, work = state["identity"], state["address"], state["work"]
    typed = [
        *identity.values(),
        address["address_line"],
        address["village_code"],
        address["phone"],
        work["occupation_id"],
        work["occupation_note"],
    ]
    return not any(str(v).strip() for v in typed) and not state["heirs"] and not state["consent"]["given"]
