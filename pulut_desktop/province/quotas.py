"""Budget years and their quotas per regency and funding source, set by the province administrator.

The programme pays for one budget year at a time: the province opens a year (``pulut-province year open
2027``) and sets its quotas. A registration counts against the quota of the budget year its coverage
starts in, with the regency of its village and its funding source; within one year a registration counts
once, by its latest accepted version (a renewal into the next year counts there, not here). The counts
are kept as counters (:mod:`.counts`, table ``registration_counts``) by every write to the registration
versions, so a page reads a few hundred rows, never a scan of the registrations.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource

from .counts import QUOTA, counts
from .errors import ProvinceError
from .models import BudgetYear, Quota
from .store import ProvinceStore, log_event, utcnow

FIRST_YEAR, LAST_YEAR = 2020, 2100  # a typo such as 20277 is refused, not opened


def current_year() -> int:
    return utcnow().year


def _check_year(year: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ProvinceError("province.bad_budget_year", year=year)
    return year


def open_year(store: ProvinceStore, year: int, *, by: str | None = None, note: str | None = None) -> None:
    """Open a budget year (once; opening it again is refused so a typo cannot hide a second opening)."""
    _check_year(year)
    with store.session() as session:
        if session.get(BudgetYear, year) is not None:
            raise ProvinceError("province.budget_year_open", year=year)
        session.add(BudgetYear(year=year, opened_at=utcnow(), opened_by=by, note=(note or None) and note[:500]))
        log_event(session, "budget_year.opened", str(year), account=by, note=note)


def _year_for_quota(session: Session, year: int | None, by: str | None) -> int:
    """The year a quota is set in: given, or the current one. The current year opens itself (quotas
    set before budget years existed keep working); another year must be opened first."""
    year = current_year() if year is None else _check_year(year)
    if session.get(BudgetYear, year) is None:
        if year != current_year():
            raise ProvinceError("province.budget_year_not_open", year=year)
        session.add(BudgetYear(year=year, opened_at=utcnow(), opened_by=by, note=None))
        log_event(session, "budget_year.opened", str(year), account=by, implicit=True)
    return year


def set_quota(
    store: ProvinceStore, regency_code: str, source: str, quota: int, *, year: int | None = None, by: str | None = None
) -> int:
    """Set one quota; returns the budget year it was set in."""
    region = regions().get(regency_code)
    if region is None or len(regency_code) != 5:
        raise ProvinceError("province.unknown_regency", regency=regency_code)
    if source not in {s.value for s in FundingSource}:
        raise ProvinceError("province.unknown_funding_source", source=source)
    if quota < 0:
        raise ProvinceError("province.bad_quota", quota=quota)
    with store.session() as session:
        year = _year_for_quota(session, year, by)
        row = session.get(Quota, (year, regency_code, source))
        if row is None:
            session.add(
                Quota(budget_year=year, regency_code=regency_code, funding_source=source, quota=quota,
                      updated_at=utcnow())
            )  # fmt: skip
        else:
            row.quota, row.updated_at = quota, utcnow()
        log_event(session, "quota.set", regency_code, account=by, source=source, quota=quota, year=year)
    return year


def accepted_counts(session: Session, year: int | None = None) -> dict[tuple[int, str, str], int]:
    """Accepted registrations per (budget year, regency, source): per registration and year, its latest
    accepted version. Read from the counters :mod:`.counts` keeps (a few hundred rows)."""
    where = {} if year is None else {"budget_year": year}
    return {(y, regency, source): n for (_, y, regency, source, _), n in counts(session, QUOTA, **where).items()}


def list_quotas(store: ProvinceStore, year: int | None = None) -> list[dict]:
    """The quotas of one budget year (the current one when not given) with what is accepted so far."""
    year = current_year() if year is None else year
    with store.reader() as session:
        accepted = accepted_counts(session, year)
        return [
            {"budget_year": q.budget_year, "regency_code": q.regency_code, "funding_source": q.funding_source,
             "quota": q.quota, "accepted": accepted.get((q.budget_year, q.regency_code, q.funding_source), 0)}
            for q in session.scalars(
                select(Quota).where(Quota.budget_year == year).order_by(Quota.regency_code, Quota.funding_source)
            )
        ]  # fmt: skip


def list_years(store: ProvinceStore) -> list[dict]:
    """Every opened budget year with its total quota, newest first."""
    with store.reader() as session:
        sums = session.execute(select(Quota.budget_year, func.sum(Quota.quota)).group_by(Quota.budget_year))
        totals = {year: total for year, total in sums}
        return [
            {"year": y.year, "opened_at": y.opened_at, "opened_by": y.opened_by, "quota": totals.get(y.year, 0) or 0}
            for y in session.scalars(select(BudgetYear).order_by(BudgetYear.year.desc()))
        ]
