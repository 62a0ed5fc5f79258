"""Saving, finding and moving registrations through their statuses, with every step audited.

Each public function is one transaction: a save reported as done is committed with its audit event
(WAL, ``synchronous=FULL``), or nothing of it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.dedupe import names_similar
from ..domain.errors import ValidationError
from ..domain.nik import mask_nik
from ..domain.numbers import registration_number
from ..domain.registration import Registration, normalise, validate
from ..domain.rules import ProgrammeRules
from ..domain.status import Status, check_transition, is_editable
from . import audit
from .errors import DuplicateNik, NotEditable, NotFound, StaleVersion
from .mapping import changed_fields, fill_row, from_row
from .models import Counter, Device, Drive, RegistrationRow
from .rules import rules_in
from .settings import approval_required
from .store import Store

SUBMITTED = frozenset({Status.READY, Status.APPROVED})


@dataclass(frozen=True)
class SimilarRegistration:
    id: str
    registration_number: str
    full_name: str
    birth_date: date | None
    village_code: str
    masked_nik: str
    status: Status


def next_sequence(session: Session, name: str) -> int:
    counter = session.get(Counter, name)
    if counter is None:
        counter = Counter(name=name, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


def _open_drive_id(session: Session) -> str | None:
    """New registrations belong to the drive that is open on this laptop, if any."""
    return session.scalar(select(Drive.id).where(Drive.status == "open").limit(1))


def find_by_nik(session: Session, nik: str, exclude_id: str | None = None) -> RegistrationRow | None:
    query = select(RegistrationRow).where(RegistrationRow.nik == nik)
    if exclude_id:
        query = query.where(RegistrationRow.id != exclude_id)
    return session.scalars(query.limit(1)).first()


def find_similar(store: Store, reg: Registration) -> list[SimilarRegistration]:
    """Other registrations with the same birth date and village and a similar name (not the same NIK)."""
    with store.reader() as session:
        return similar_in(session, reg)


def similar_in(session: Session, reg: Registration) -> list[SimilarRegistration]:
    """:func:`find_similar` inside a session the caller holds (a page of records read at once)."""
    if reg.birth_date is None or not reg.village_code or not reg.full_name.strip():
        return []
    rows = session.scalars(
        select(RegistrationRow).where(
            RegistrationRow.birth_date == reg.birth_date,
            RegistrationRow.village_code == reg.village_code,
            RegistrationRow.id != reg.id,
            RegistrationRow.nik != reg.nik,
        )
    )
    return [
        SimilarRegistration(
            r.id, r.registration_number, r.full_name, r.birth_date, r.village_code, mask_nik(r.nik), Status(r.status)
        )
        for r in rows
        if names_similar(r.full_name, reg.full_name)
    ]


def _check_savable(reg: Registration, target: Status, rules: ProgrammeRules) -> None:
    report = validate(reg, rules=rules)
    if target in SUBMITTED:
        report.raise_if_invalid()
        return
    # A draft may be incomplete, but it must at least be somebody: a well-formed NIK and a name.
    blocking = [i for i in report.errors if i.field in ("nik", "full_name")]
    if blocking:
        raise ValidationError(blocking[0].code, field=blocking[0].field, **blocking[0].params)


def save(
    store: Store,
    reg: Registration,
    *,
    submit: bool = True,
    confirmed_different: Sequence[str] = (),
) -> Registration:
    """Create or update ``reg``. ``submit`` asks for the full rules and the supervisor's queue.

    ``confirmed_different`` lists the ids of near matches the officer confirmed are another person;
    the confirmation is kept in the audit trail.
    """
    normalise(reg)
    target = Status.DRAFT
    if submit:
        target = Status.READY if approval_required(store) else Status.APPROVED
    actor = store.officer.username
    with store.session() as session:
        rules = rules_in(session)  # the province's, as received; the shipped defaults before any
        _check_savable(reg, target, rules)
        clash = find_by_nik(session, reg.nik, exclude_id=reg.id)
        if clash is not None:
            raise DuplicateNik(existing_id=clash.id, registration_number=clash.registration_number)
        row = session.get(RegistrationRow, reg.id)
        now = audit.utcnow()
        if row is None:
            row = _insert(session, store.device(session), reg, target, actor=actor, action="registration.created",
                          drive_id=_open_drive_id(session))  # fmt: skip
        else:
            if row.version != reg.version:
                raise StaleVersion(saved=row.version, opened=reg.version)
            current = Status(row.status)
            if not is_editable(current):
                raise NotEditable(status=current.value)
            changes = changed_fields(row, reg)
            new_status = target if (changes or current is Status.NEEDS_FIX or submit) else current
            if current is Status.APPROVED and changes and new_status is Status.APPROVED:
                new_status = target  # an edit after approval goes back to the queue if there is one
            check_transition(current, new_status)
            fill_row(row, reg)
            row.status, row.status_reason = new_status.value, None
            row.version += 1
            row.updated_at = now
            audit.record(
                session,
                actor=actor,
                action="registration.edited",
                entity_type="registration",
                entity_id=row.id,
                details={"changed": changes, "version": row.version, "status": new_status.value},
            )
        for other_id in confirmed_different:
            audit.record(
                session,
                actor=actor,
                action="registration.confirmed_different",
                entity_type="registration",
                entity_id=row.id,
                details={"other_id": other_id},
            )
        row.rules_version = rules.version
        session.flush()
        return from_row(row)


def _insert(session: Session, device: Device, reg: Registration, status: Status, *, actor: str, action: str,
            drive_id: str | None) -> RegistrationRow:  # fmt: skip
    """A new row with the next registration number of this device, audited in the same transaction."""
    now = audit.utcnow()
    row = RegistrationRow(
        id=reg.id,
        registration_number=registration_number(device.code, next_sequence(session, "registration")),
        status=status.value, version=1, print_count=0, created_at=now, updated_at=now,
    )  # fmt: skip
    reg.officer = reg.officer or actor
    reg.training = device.training
    reg.drive_id = reg.drive_id or drive_id
    fill_row(row, reg)
    session.add(row)
    session.flush()
    audit.record(session, actor=actor, action=action, entity_type="registration", entity_id=row.id,
                 details={"number": row.registration_number, "status": status.value})  # fmt: skip
    return row


def get(store: Store, registration_id: str) -> Registration:
    with store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        if row is None:
            raise NotFound(id=registration_id)
        return from_row(row)


def latest_by_officer(store: Store, officer: str) -> Registration | None:
    """The registration this officer created last (what "sama dengan sebelumnya" copies from)."""
    with store.reader() as session:
        query = select(RegistrationRow).where(RegistrationRow.officer == officer)
        row = session.scalars(query.order_by(RegistrationRow.created_at.desc()).limit(1)).first()
        return from_row(row) if row is not None else None


def set_status(store: Store, ids: Iterable[str], new_status: Status, reason: str | None = None) -> list[Registration]:
    """Approve, send back or otherwise move records; supervisors only for approval decisions."""
    if new_status in (Status.APPROVED, Status.NEEDS_FIX):
        store.require_supervisor()
    if new_status is Status.NEEDS_FIX and not (reason and reason.strip()):
        raise ValidationError("status.reason_required")
    changed = []
    with store.session() as session:
        for registration_id in ids:
            row = session.get(RegistrationRow, registration_id)
            if row is None:
                raise NotFound(id=registration_id)
            current = Status(row.status)
            check_transition(current, new_status)
            row.status, row.status_reason = new_status.value, (reason.strip() if reason else None)
            row.version += 1
            row.updated_at = audit.utcnow()
            audit.record(
                session,
                actor=store.officer.username,
                action="registration.status",
                entity_type="registration",
                entity_id=row.id,
                details={"from": current.value, "to": new_status.value, "reason": row.status_reason},
            )
            changed.append(from_row(row))
    return changed


def count_by_status(store: Store) -> dict[Status, int]:
    with store.reader() as session:
        rows = session.execute(select(RegistrationRow.status, func.count()).group_by(RegistrationRow.status)).all()
    counts = dict.fromkeys(Status, 0)
    counts.update({Status(status): n for status, n in rows})
    return counts


def import_many(store: Store, regs: Sequence[Registration], *, progress=None) -> list[Registration]:
    """Insert many new registrations in ONE transaction: all of them land, or none do.

    Used by village-list imports and demo data. Each keeps its own ``status`` (bulk lists land as
    drafts); a NIK already on the laptop, or twice in the list, stops the whole import.
    """
    actor = store.officer.username
    seen: dict[str, int] = {}
    saved = []
    with store.session() as session:
        device = store.device(session)
        drive_id = _open_drive_id(session)
        for index, reg in enumerate(regs):
            normalise(reg)
            if reg.nik in seen:
                raise DuplicateNik(row=index + 1, other_row=seen[reg.nik] + 1)
            seen[reg.nik] = index
            clash = find_by_nik(session, reg.nik)
            if clash is not None:
                raise DuplicateNik(row=index + 1, existing_id=clash.id, registration_number=clash.registration_number)
            row = _insert(session, device, reg, reg.status, actor=actor, action="registration.imported",
                          drive_id=drive_id)  # fmt: skip
            saved.append(from_row(row))
            if progress is not None and index % 50 == 0:
                progress(index, len(regs))
    return saved
