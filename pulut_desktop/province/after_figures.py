"""The province's figures after registration, per regency: BPJS's answers (enrolled, awaiting, rejected),
renewals into the budget year (renewed, not renewed) and exits (deaths, claims followed up). For the
console's Beranda; each count is one SQL aggregate."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from .counts import REGENCY, counts
from .exits import exits_by_regency
from .models import BpjsMembership, RegistrationVersion
from .renewals import renewal_rows
from .store import ProvinceStore


@dataclass(frozen=True)
class RegencyAfter:
    regency_code: str
    regency_name: str
    enrolled: int = 0
    awaiting_bpjs: int = 0
    rejected_by_bpjs: int = 0
    renewed: int = 0
    not_renewed: int = 0
    deaths: int = 0
    claims_followed_up: int = 0


def after_registration(store: ProvinceStore, year: int) -> list[RegencyAfter]:
    v = RegistrationVersion
    with store.reader() as session:
        accepted = {key[2] or None: n for key, n in counts(session, REGENCY).items()}  # kept counters
        answered = session.execute(
            select(v.regency_code, BpjsMembership.outcome, func.count(func.distinct(BpjsMembership.registration_id)))
            .join(v, (v.registration_id == BpjsMembership.registration_id) & (v.status == "accepted"))
            .group_by(v.regency_code, BpjsMembership.outcome)
        ).all()
    bpjs: dict[str, dict[str, int]] = {}
    for regency, outcome, n in answered:
        bpjs.setdefault(regency, {})[outcome] = n
    renewals = {r["regency_code"]: r for r in renewal_rows(store, year)}
    exits = {r.regency_code: r for r in exits_by_regency(store)}
    out = []
    for regency in sorted({*accepted, *renewals, *exits} - {None, "-"}):
        answers = bpjs.get(regency, {})
        enrolled, rejected = answers.get("enrolled", 0), answers.get("rejected", 0)
        renewal, exited = renewals.get(regency, {}), exits.get(regency)
        name = renewal.get("regency_name") or (exited.regency_name if exited else "")
        out.append(RegencyAfter(
            regency, name, enrolled, max(accepted.get(regency, 0) - enrolled - rejected, 0), rejected,
            renewal.get("renewed", 0), renewal.get("not_renewed", 0),
            exited.deaths if exited else 0, exited.claims_followed_up if exited else 0,
        ))  # fmt: skip
    return out
