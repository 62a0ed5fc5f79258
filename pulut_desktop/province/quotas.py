"""Quotas per regency and funding source, set by the province administrator."""

from __future__ import annotations

from sqlalchemy import select

from pulut_desktop.domain.reference import regions
from pulut_desktop.domain.registration import FundingSource

from .bundle import accepted_by_regency_source
from .errors import ProvinceError
from .models import Quota
from .store import ProvinceStore, log_event, utcnow


def set_quota(store: ProvinceStore, regency_code: str, source: str, quota: int, *, by: str | None = None) -> None:
    region = regions().get(regency_code)
    if region is None or len(regency_code) != 5:
        raise ProvinceError("province.unknown_regency", regency=regency_code)
    if source not in {s.value for s in FundingSource}:
        raise ProvinceError("province.unknown_funding_source", source=source)
    if quota < 0:
        raise ProvinceError("province.bad_quota", quota=quota)
    with store.session() as session:
        row = session.get(Quota, (regency_code, source))
        if row is None:
            session.add(Quota(regency_code=regency_code, funding_source=source, quota=quota, updated_at=utcnow()))
        else:
            row.quota, row.updated_at = quota, utcnow()
        log_event(session, "quota.set", regency_code, account=by, source=source, quota=quota)


def list_quotas(store: ProvinceStore) -> list[dict]:
    with store.reader() as session:
        accepted = accepted_by_regency_source(session)
        return [
            {"regency_code": q.regency_code, "funding_source": q.funding_source, "quota": q.quota,
             "accepted": accepted.get((q.regency_code, q.funding_source), 0)}
            for q in session.scalars(select(Quota).order_by(Quota.regency_code, Quota.funding_source))
        ]  # fmt: skip
