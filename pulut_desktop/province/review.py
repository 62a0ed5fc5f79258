"""Near-duplicates held for review (same folded name and birth date as another device's registration,
another NIK): list, show, accept or reject. A decision rewrites the record's status and re-signs the
receipt of its batch, so the laptop gets the decision with the next receipt it fetches (online: the
sync asks again for receipts that still hold a record for review; USB: ``receipts write``/re-import).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from pulut_desktop.sync import receipt as receipt_format

from .answers import resign
from .counts import counted
from .errors import ReviewError
from .holds import take_nik
from .ingest import indonesian
from .keys import ProvinceKeyring
from .models import Batch, RegistrationVersion, ReviewCase
from .store import ProvinceStore, log_event, utcnow

OPEN, ACCEPTED, REJECTED, SAME_PERSON = "open", "accepted", "rejected", "same_person"
REVIEW_REJECTED = "province.review_rejected"


@dataclass(frozen=True)
class CaseView:
    id: int
    status: str
    reason: str
    registration_id: str
    version: int
    device_id: str
    full_name: str
    nik_masked: str
    birth_date: str | None
    registration_number: str | None
    other_registration_id: str
    other_full_name: str | None
    other_nik_masked: str | None
    other_registration_number: str | None
    decided_by: str | None
    note: str | None


def mask_nik(nik: str | None) -> str | None:
    return None if nik is None else nik[:6] + "*" * max(0, len(nik) - 10) + nik[-4:]


def _view(session, case: ReviewCase) -> CaseView:
    row = session.get(RegistrationVersion, (case.registration_id, case.version))
    other = session.scalars(
        select(RegistrationVersion)
        .where(RegistrationVersion.registration_id == case.other_registration_id)
        .order_by(RegistrationVersion.version.desc())
    ).first()
    return CaseView(
        id=case.id,
        status=case.status,
        reason=case.reason,
        registration_id=case.registration_id,
        version=case.version,
        device_id=case.device_id,
        full_name=row.full_name,
        nik_masked=mask_nik(row.nik),
        birth_date=(row.data or {}).get("birth_date"),
        registration_number=row.registration_number,
        other_registration_id=case.other_registration_id,
        other_full_name=other.full_name if other else None,
        other_nik_masked=mask_nik(other.nik) if other else None,
        other_registration_number=other.registration_number if other else None,
        decided_by=case.decided_by,
        note=case.note,
    )


def list_cases(
    store: ProvinceStore, status: str | None = OPEN, *, offset: int = 0, limit: int | None = None
) -> list[CaseView]:
    """Cases in id order; ``offset``/``limit`` give one page of the console's queue."""
    with store.reader() as session:
        query = select(ReviewCase).order_by(ReviewCase.id).offset(offset).limit(limit)
        if status:
            query = query.where(ReviewCase.status == status)
        return [_view(session, c) for c in session.scalars(query)]


def count_cases(store: ProvinceStore, status: str | None = OPEN) -> int:
    with store.reader() as session:
        query = select(func.count()).select_from(ReviewCase)
        if status:
            query = query.where(ReviewCase.status == status)
        return session.scalar(query) or 0


def show_case(store: ProvinceStore, case_id: int) -> CaseView:
    with store.reader() as session:
        case = session.get(ReviewCase, case_id)
        if case is None:
            raise ReviewError("province.unknown_review", id=case_id)
        return _view(session, case)


def decide(
    store: ProvinceStore, case_id: int, accept: bool, keys: ProvinceKeyring, *, by: str, note: str | None = None,
    same_person: bool = False,
) -> CaseView:  # fmt: skip
    """Accept (the NIK is taken if still free, else the record becomes a duplicate) or reject the held
    record, or (``same_person``) mark it a duplicate of the registration it resembles; then re-sign its
    batch's receipt with the new status (same receipt id)."""
    with store.session() as session:
        case = session.get(ReviewCase, case_id)
        if case is None:
            raise ReviewError("province.unknown_review", id=case_id)
        if case.status != OPEN:
            raise ReviewError("province.review_decided", id=case_id, status=case.status)
        row = session.get(RegistrationVersion, (case.registration_id, case.version))
        other_number = _latest_number(session, case.other_registration_id)
        if same_person and other_number is not None:
            status = receipt_format.duplicate(row.registration_id, row.version, other_number)
        elif accept and not same_person:
            held_by = take_nik(session, row.device_id, row.registration_id, row.nik, row.registration_number)
            if held_by is None:
                status = receipt_format.accepted(row.registration_id, row.version)
            else:
                status = receipt_format.duplicate(row.registration_id, row.version, held_by)
        else:
            status = receipt_format.rejected(
                row.registration_id, row.version, REVIEW_REJECTED, indonesian(REVIEW_REJECTED)
            )
        with counted(session, [row.registration_id]):
            row.status, row.code, row.message = status.status.value, status.code, status.message
            row.existing_registration_number = status.existing_registration_number
        case.status = SAME_PERSON if same_person else ACCEPTED if accept else REJECTED
        case.decided_at, case.decided_by, case.note = utcnow(), by[:64], note
        resign(session, session.get(Batch, case.batch_id), keys, changed={(row.registration_id, row.version): status})
        log_event(session, "review.decided", str(case.id), account=by[:64], decision=case.status, by=by,
                  to=status.status.value, note=note)  # fmt: skip
        session.flush()
        return _view(session, case)


def _latest_number(session, registration_id: str) -> str | None:
    return session.scalars(
        select(RegistrationVersion.registration_number)
        .where(RegistrationVersion.registration_id == registration_id)
        .order_by(RegistrationVersion.version.desc())
    ).first()
