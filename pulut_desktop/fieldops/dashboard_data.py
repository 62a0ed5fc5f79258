"""The numbers behind the home-screen charts, counted in SQL in one short read (no Qt).

Registrations per local day (last 30 days), the ten villages and occupations with the most
registrations, counts against each funding source's quota, and the work queues.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from ..domain.reference import occupations, regions
from ..domain.registration import FundingSource
from ..domain.status import Status
from ..storage.dashboard import PRINTABLE
from ..storage.models import RegistrationRow as R
from ..storage.store import Store

DAYS, TOP = 30, 10
# Records that do not use up a quota: the province refused them or already holds the person.
NOT_COUNTED = (Status.DUPLICATE.value, Status.REJECTED.value)
QuotaSource = Callable[[Store], "dict[str, int] | None"]


@dataclass(frozen=True)
class NamedCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class FundingProgress:
    source: str
    count: int
    quota: int | None  # None: the province has not sent quotas yet

    @property
    def share(self) -> float | None:
        return None if not self.quota else self.count / self.quota


@dataclass
class DashboardData:
    per_day: list[tuple[date, int]] = field(default_factory=list)  # oldest first, every day present
    per_village: list[NamedCount] = field(default_factory=list)
    per_occupation: list[NamedCount] = field(default_factory=list)
    funding: list[FundingProgress] = field(default_factory=list)
    quotas_received: bool = False
    to_approve: int = 0
    to_print: int = 0
    to_send: int = 0
    to_fix: int = 0
    total: int = 0


def _local_offset() -> timedelta:
    return datetime.now().astimezone().utcoffset() or timedelta(0)


def dashboard_data(
    store: Store,
    *,
    today: date | None = None,
    utc_offset: timedelta | None = None,
    quotas: QuotaSource,
) -> DashboardData:
    """``today`` is the officer's local day; ``utc_offset`` turns stored UTC times into local days."""
    today = today or date.today()
    offset = _local_offset() if utc_offset is None else utc_offset
    first = today - timedelta(days=DAYS - 1)
    local_day = func.date(R.created_at, f"{int(offset.total_seconds()):+d} seconds")
    since = datetime.combine(first, datetime.min.time()) - offset
    with store.reader() as session:
        by_status = {Status(s): n for s, n in session.execute(select(R.status, func.count()).group_by(R.status))}
        days = dict(
            session.execute(select(local_day, func.count()).where(R.created_at >= since).group_by(local_day)).all()
        )
        villages = session.execute(
            select(R.village_code, func.count().label("n")).group_by(R.village_code).order_by(
                func.count().desc(), R.village_code).limit(TOP)
        ).all()  # fmt: skip
        jobs = session.execute(
            select(R.occupation_id, func.count()).group_by(R.occupation_id).order_by(
                func.count().desc(), R.occupation_id).limit(TOP)
        ).all()  # fmt: skip
        funding = dict(
            session.execute(
                select(R.funding_source, func.count()).where(R.status.not_in(NOT_COUNTED)).group_by(R.funding_source)
            ).all()
        )
        to_print = session.scalar(
            select(func.count()).select_from(R).where(R.print_count == 0, R.status.in_(PRINTABLE))
        )
    directory, names = regions(), occupations()
    quota = quotas(store) if quotas is not None else None
    sources = [s.value for s in FundingSource] + sorted(set(funding) - {s.value for s in FundingSource})
    return DashboardData(
        per_day=[(day, days.get(day.isoformat(), 0)) for day in (first + timedelta(days=i) for i in range(DAYS))],
        per_village=[
            NamedCount(code, directory.get(code).name if directory.get(code) else code, n) for code, n in villages
        ],
        per_occupation=[NamedCount(job, names[job].name if job in names else job, n) for job, n in jobs],
        funding=[FundingProgress(s, funding.get(s, 0), (quota or {}).get(s) if quota else None) for s in sources],
        quotas_received=bool(quota),
        to_approve=by_status.get(Status.READY, 0),
        to_print=to_print or 0,
        to_send=by_status.get(Status.APPROVED, 0),
        to_fix=by_status.get(Status.NEEDS_FIX, 0) + by_status.get(Status.REJECTED, 0),
        total=sum(by_status.values()),
    )
