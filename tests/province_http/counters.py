"""The registration counters as stored, and what they must hold computed straight from the rows (a
fresh GROUP BY, no code of :mod:`pulut_desktop.province.counts` but its key names)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import and_, func, select

from pulut_desktop.province.counts import QUOTA, REGENCY, WEEK, counts
from pulut_desktop.province.models import RegistrationVersion as V


def fresh_group_by(session) -> dict[tuple, int]:
    """What the counters must hold, straight from the rows (no counters code)."""
    latest = (
        select(V.registration_id, V.budget_year, func.max(V.version).label("version"))
        .where(V.status == "accepted")
        .group_by(V.registration_id, V.budget_year)
        .subquery()
    )
    quota = session.execute(
        select(V.budget_year, V.regency_code, V.funding_source, func.count())
        .join(latest, and_(V.registration_id == latest.c.registration_id, V.version == latest.c.version))
        .where(V.budget_year.is_not(None))
        .group_by(V.budget_year, V.regency_code, V.funding_source)
    )
    out = {(QUOTA, y, r, s, ""): n for y, r, s, n in quota}
    regency = select(V.regency_code, func.count(func.distinct(V.registration_id))).where(V.status == "accepted")
    out |= {(REGENCY, 0, r, "", ""): n for r, n in session.execute(regency.group_by(V.regency_code))}
    days = {at.date() for at in session.scalars(select(V.received_at).distinct())}
    for monday in {d - timedelta(days=d.weekday()) for d in days}:
        lo, hi = (monday, monday + timedelta(weeks=1))
        n = session.scalar(select(func.count(func.distinct(V.registration_id)))
                           .where(V.received_at >= lo, V.received_at < hi))  # fmt: skip
        out[(WEEK, 0, "", "", monday.isoformat())] = n
    return out


def all_counters(session) -> dict[tuple, int]:
    return {k: n for measure in (QUOTA, REGENCY, WEEK) for k, n in counts(session, measure).items()}
