"""The numbers on the home screen, counted in SQL in one short read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from ..domain.status import Status
from .models import RegistrationRow as R
from .store import Store

PRINTABLE = (Status.APPROVED.value, Status.ACCEPTED.value)


@dataclass(frozen=True)
class DashboardCounts:
    today: int
    to_approve: int
    to_print: int
    to_send: int
    by_status: dict[Status, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def dashboard_counts(store: Store, today: date | None = None) -> DashboardCounts:
    """Registrations created ``today`` (the laptop's local day), queues and per-status totals."""
    today = today or date.today()
    # created_at is stored as naive UTC; the officer's "today" is a local (WIB) day.
    start = datetime.combine(today, time.min).astimezone().astimezone(UTC).replace(tzinfo=None)
    end = start + timedelta(days=1)
    with store.reader() as session:
        by_status = dict.fromkeys(Status, 0)
        for status, n in session.execute(select(R.status, func.count()).group_by(R.status)):
            by_status[Status(status)] = n
        created_today = session.scalar(
            select(func.count()).select_from(R).where(R.created_at >= start, R.created_at < end)
        )
        to_print = session.scalar(
            select(func.count()).select_from(R).where(R.print_count == 0, R.status.in_(PRINTABLE))
        )
    return DashboardCounts(
        today=created_today or 0,
        to_approve=by_status[Status.READY],
        to_print=to_print or 0,
        to_send=by_status[Status.APPROVED],
        by_status=by_status,
    )
