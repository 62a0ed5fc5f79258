"""Renewals at the province: a renewal must follow a period the province accepted from the same device,
and it counts in the budget year its new period starts in (``quotas.accepted_counts``). The renewals
report sets, per regency, the workers accepted for one year against those renewed into the next.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import add_months
from pulut_desktop.sync.records import RegistrationRecord

from .models import RegistrationVersion, WorkerExit
from .store import ProvinceStore

RENEWAL_REPORT_COLUMNS = ("regency_code", "regency_name", "covered", "renewed", "exited", "not_renewed")


def accepted_periods(session: Session, device_id: str, records: list[RegistrationRecord]) -> dict[str, set]:
    """``registration id -> {(coverage start, months)}`` of the versions accepted from ``device_id``,
    for the renewals among ``records`` (none: no query)."""
    ids = sorted({r.id for r in records if r.renews_coverage_from is not None})
    periods: dict[str, set] = {}
    if not ids:
        return periods
    v = RegistrationVersion
    rows = session.execute(select(v.registration_id, v.data).where(
        v.registration_id.in_(ids), v.device_id == device_id, v.status == "accepted"))  # fmt: skip
    for registration_id, data in rows:
        start = data.get("coverage_start")
        if start:
            periods.setdefault(registration_id, set()).add((date.fromisoformat(start), data["coverage_months"]))
    return periods


def renewal_problem(rec: RegistrationRecord, periods: dict[str, set]) -> str | None:
    """Why a renewal cannot be accepted, or None: it must renew a period the province accepted from this
    device and start when that period ended or later."""
    renewed = [(start, months) for start, months in periods.get(rec.id, set()) if start == rec.renews_coverage_from]
    if not renewed:
        return "province.renewal_unknown_period"
    start, months = renewed[0]
    if rec.coverage_start is None or rec.coverage_start < add_months(start.replace(day=1), months):
        return "province.renewal_overlaps"
    return None


def renewal_rows(store: ProvinceStore, year: int) -> list[dict]:
    """Per regency: workers covered in ``year - 1``, renewed into ``year``, exited, and not renewed."""
    v = RegistrationVersion
    with store.reader() as session:

        def workers(budget_year: int):
            return select(v.registration_id, v.regency_code).where(
                v.status == "accepted", v.budget_year == budget_year).distinct().subquery()  # fmt: skip

        before, after = workers(year - 1), workers(year)
        rows = session.execute(
            select(
                before.c.regency_code,
                func.count(func.distinct(before.c.registration_id)),
                func.count(func.distinct(after.c.registration_id)),
                func.count(func.distinct(WorkerExit.registration_id)),
            )
            .select_from(before)
            .outerjoin(after, after.c.registration_id == before.c.registration_id)
            .outerjoin(
                WorkerExit,
                and_(WorkerExit.registration_id == before.c.registration_id, WorkerExit.status == "recorded"),
            )
            .group_by(before.c.regency_code)
            .order_by(before.c.regency_code)
        ).all()
    out = []
    for regency, covered, renewed, exited in rows:
        region = regions().get(regency or "")
        out.append({"regency_code": regency or "-", "regency_name": region.name if region else "",
                    "covered": covered, "renewed": renewed, "exited": exited,
                    "not_renewed": max(covered - renewed - exited, 0)})  # fmt: skip
    return out
