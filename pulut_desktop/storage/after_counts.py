"""After registration, counted in SQL for Beranda: BPJS's answers, renewals and exits on this laptop."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from ..domain.bpjs import MembershipOutcome
from ..domain.exits import ExitKind
from ..domain.status import Status
from .models import RegistrationRow as R
from .models import WorkerExitRow
from .renewals import COVERAGE_END, RENEWABLE, renewed_count
from .store import Store


@dataclass(frozen=True)
class AfterRegistrationCounts:
    enrolled: int  # Terdaftar BPJS (a KPJ number came back)
    awaiting_bpjs: int  # accepted by the province, no answer from BPJS yet
    rejected_by_bpjs: int
    due_for_renewal: int  # coverage ends within the notice days
    not_renewed: int  # coverage ended without a renewal
    renewed: int
    deaths: int
    other_exits: int


def after_registration_counts(store: Store, today: date, notice_days: int) -> AfterRegistrationCounts:
    limit = (today + timedelta(days=notice_days)).isoformat()
    exited = select(WorkerExitRow.registration_id)
    with store.reader() as session:
        bpjs = dict(session.execute(select(R.bpjs_status, func.count()).where(R.bpjs_status.is_not(None))
                                    .group_by(R.bpjs_status)).all())  # fmt: skip
        awaiting = session.scalar(select(func.count()).select_from(R).where(
            R.status == Status.ACCEPTED.value, R.bpjs_status.is_(None)))  # fmt: skip
        due = select(func.count()).select_from(R).where(
            R.status == RENEWABLE.value, R.coverage_start.is_not(None), R.id.not_in(exited))  # fmt: skip
        due_soon = session.scalar(due.where(today.isoformat() <= COVERAGE_END, limit >= COVERAGE_END))
        lapsed = session.scalar(due.where(today.isoformat() > COVERAGE_END))
        kinds = dict(session.execute(select(WorkerExitRow.kind, func.count()).group_by(WorkerExitRow.kind))
                     .all())  # fmt: skip
        renewed = renewed_count(session)
    deaths = kinds.pop(ExitKind.DEATH.value, 0)
    return AfterRegistrationCounts(
        enrolled=bpjs.get(MembershipOutcome.ENROLLED.value, 0),
        awaiting_bpjs=awaiting or 0,
        rejected_by_bpjs=bpjs.get(MembershipOutcome.REJECTED.value, 0),
        due_for_renewal=due_soon or 0,
        not_renewed=lapsed or 0,
        renewed=renewed,
        deaths=deaths,
        other_exits=sum(kinds.values()),
    )
