"""Renewals on the laptop: who is due (one SQL query), and saving a confirmed renewal, audited.

A renewal is a new version of an ACCEPTED registration with the next coverage period. It goes through
the same queue as a new registration (READY for a supervisor when approvals are on, else APPROVED), is
sent in the next batch and names the start of the period it renews (``renews_coverage_from``).
Both periods are kept in ``coverage_periods``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.registration import Registration, normalise, validate
from ..domain.renewal import check_renewal
from ..domain.status import Status
from . import audit
from .errors import NotFound, StaleVersion
from .mapping import changed_fields, fill_row, from_row
from .models import CoveragePeriod, RegistrationRow, WorkerExitRow
from .rules import rules_in
from .settings import approval_required
from .store import Store

RENEWABLE = Status.ACCEPTED
R = RegistrationRow
# Last day of the coverage, computed by SQLite from the stored ISO date: start + months - 1 day.
COVERAGE_END = func.date(R.coverage_start, func.printf("+%d months", R.coverage_months), "-1 day")


@dataclass(frozen=True)
class DueWorker:
    registration_id: str
    registration_number: str
    full_name: str  # empty once retention removed the personal data
    village_code: str
    coverage_end: date

    def days_left(self, today: date) -> int:
        return (self.coverage_end - today).days


def due_workers(store: Store, today: date, notice_days: int) -> list[DueWorker]:
    """Accepted workers, not dead or exited, whose coverage ends within ``notice_days`` or has ended
    (not renewed), by village then end date."""
    limit = (today + timedelta(days=notice_days)).isoformat()
    exited = select(WorkerExitRow.registration_id)
    with store.reader() as session:
        rows = session.execute(
            select(R.id, R.registration_number, R.full_name, R.village_code, COVERAGE_END.label("ends"))
            .where(R.status == RENEWABLE.value, R.coverage_start.is_not(None),
                   R.id.not_in(exited), limit >= COVERAGE_END)
            .order_by(R.village_code, COVERAGE_END, R.registration_number)
        ).all()  # fmt: skip
    return [
        DueWorker(r.id, r.registration_number, r.full_name, r.village_code, date.fromisoformat(r.ends)) for r in rows
    ]


def renewed_count(session: Session) -> int:
    """Registrations renewed at least once on this laptop."""
    return session.scalar(select(func.count(func.distinct(CoveragePeriod.registration_id))).where(
        CoveragePeriod.kind == "renewal")) or 0  # fmt: skip


def _keep_period(session: Session, registration_id: str, starts_on: date, months: int, kind: str) -> None:
    if session.get(CoveragePeriod, (registration_id, starts_on)) is None:
        session.add(CoveragePeriod(registration_id=registration_id, starts_on=starts_on, months=months, kind=kind,
                                   recorded_at=audit.utcnow()))  # fmt: skip


def save_renewal(store: Store, renewed: Registration) -> Registration:
    """Save the renewal the officer confirmed (or corrected): checked by the programme rules and as a
    renewal of the stored period; every corrected field named in the audit event."""
    normalise(renewed)
    actor = store.officer.username
    with store.session() as session:
        row = session.get(RegistrationRow, renewed.id)
        if row is None:
            raise NotFound(id=renewed.id)
        if row.version != renewed.version:
            raise StaleVersion(saved=row.version, opened=renewed.version)
        previous = from_row(row)
        if previous.status is not RENEWABLE or not previous.nik:
            code = "renewal.data_removed" if previous.status is RENEWABLE else "renewal.not_accepted"
            raise ValidationError(code, status=previous.status.value)
        report = validate(renewed, rules=rules_in(session))
        for issue in check_renewal(previous, renewed).errors:
            report.errors.append(issue)
        report.raise_if_invalid()
        if session.get(WorkerExitRow, row.id) is not None:
            raise ValidationError("renewal.worker_exited")
        corrected = [name for name in changed_fields(row, renewed) if name not in ("coverage_start", "coverage_months")]
        _keep_period(session, row.id, previous.coverage_start, previous.coverage_months, "registered")
        _keep_period(session, row.id, renewed.coverage_start, renewed.coverage_months, "renewal")
        target = Status.READY if approval_required(store) else Status.APPROVED
        fill_row(row, renewed)
        row.renews_coverage_from = previous.coverage_start
        row.status, row.status_reason = target.value, None
        row.version += 1
        row.updated_at = audit.utcnow()
        row.rules_version = rules_in(session).version
        audit.record(session, actor=actor, action="registration.renewed", entity_type="registration",
                     entity_id=row.id, details={"from": previous.coverage_start.isoformat(),
                                                "to": renewed.coverage_start.isoformat(),
                                                "months": renewed.coverage_months, "corrected": corrected,
                                                "status": target.value, "version": row.version})  # fmt: skip
        session.flush()
        return from_row(row)


def coverage_periods(store: Store, registration_id: str) -> list[tuple[date, int, str]]:
    """``(start, months, kind)`` of every period, oldest first (the row's own when never renewed)."""
    with store.reader() as session:
        rows = session.scalars(select(CoveragePeriod).where(CoveragePeriod.registration_id == registration_id)
                               .order_by(CoveragePeriod.starts_on)).all()  # fmt: skip
        if rows:
            return [(p.starts_on, p.months, p.kind) for p in rows]
        row = session.get(RegistrationRow, registration_id)
        if row is None or row.coverage_start is None:
            return []
        return [(row.coverage_start, row.coverage_months, "registered")]
