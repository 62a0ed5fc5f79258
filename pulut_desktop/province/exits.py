"""Deaths and exits at the province: stored from batches (checked, never trusted), reported per regency.

An exit line refers to a registration. The province stores it only for a registration the SAME device
sent and the province accepted, with a date the domain rules allow; anything else is kept as
``refused`` with its code, so an administrator sees it and the rest of the batch goes on. A later
version from the device replaces an earlier one; an older or equal version changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pulut_desktop.domain.exits import ExitKind, WorkerExit, check_exit
from pulut_desktop.domain.reference import regions
from pulut_desktop.sync.records import ExitLine

from .models import RegistrationVersion
from .models import WorkerExit as ExitRow
from .store import ProvinceStore

RECORDED, REFUSED = "recorded", "refused"
EXIT_REPORT_COLUMNS = ("regency_code", "regency_name", "deaths", "claims_followed_up", "other_exits", "refused")


def _registration(session: Session, registration_id: str, device_id: str):
    """(latest version from this device, latest accepted version) of a registration, or Nones."""
    rows = session.execute(
        select(RegistrationVersion.version, RegistrationVersion.status, RegistrationVersion.device_id,
               RegistrationVersion.village_code, RegistrationVersion.registration_number, RegistrationVersion.data)
        .where(RegistrationVersion.registration_id == registration_id)
        .order_by(RegistrationVersion.version)
    ).all()  # fmt: skip
    mine = [r for r in rows if r.device_id == device_id]
    accepted = [r for r in mine if r.status == "accepted"]
    return (mine[-1] if mine else None), (accepted[-1] if accepted else None)


def _decide(session: Session, device_id: str, line: ExitLine, today: date) -> tuple[str, str | None, object]:
    rec = line.data
    sent, accepted = _registration(session, rec.registration_id, device_id)
    if sent is None:
        return REFUSED, "province.exit_unknown_registration", None
    if accepted is None:
        return REFUSED, "province.exit_not_accepted", sent
    start = accepted.data.get("coverage_start")
    worker_exit = WorkerExit(rec.registration_id, rec.kind, rec.occurred_on, rec.source, rec.document_reference)
    report = check_exit(worker_exit, today, date.fromisoformat(start) if start else None)
    if report.errors:
        return REFUSED, report.errors[0].code, accepted
    return RECORDED, None, accepted


def store_exits(session: Session, device_id: str, batch_id: str, lines: list[ExitLine], today: date,
                now: datetime) -> dict[str, int]:  # fmt: skip
    """Store the exits of one opened batch; returns ``{"recorded": n, "refused": m}`` for the event log."""
    counts = {RECORDED: 0, REFUSED: 0}
    latest: dict[str, ExitLine] = {}
    for line in lines:  # one batch may carry two versions of one exit: the higher wins
        known = latest.get(line.data.registration_id)
        if known is None or line.data.version > known.data.version:
            latest[line.data.registration_id] = line
    for registration_id, line in latest.items():
        stored = session.get(ExitRow, registration_id)
        if stored is not None and (stored.device_id != device_id or stored.version >= line.data.version):
            continue  # already known (a redelivery), or another device's: never overwritten
        status, code, registration = _decide(session, device_id, line, today)
        rec = line.data
        values = dict(
            version=rec.version, device_id=device_id, batch_id=batch_id,
            registration_number=registration.registration_number if registration else None,
            regency_code=registration.village_code[:5] if registration else None,
            kind=rec.kind.value, occurred_on=rec.occurred_on, source=rec.source.value,
            document_reference=rec.document_reference, claim_letter_printed=rec.claim_letter_printed,
            status=status, code=code, received_at=now,
        )  # fmt: skip
        if stored is None:
            session.add(ExitRow(registration_id=registration_id, **values))
        else:
            for name, value in values.items():
                setattr(stored, name, value)
        counts[status] += 1
    session.flush()
    return counts


@dataclass(frozen=True)
class RegencyExits:
    regency_code: str
    deaths: int
    claims_followed_up: int  # deaths whose heirs were given the claim-help letter
    other_exits: int
    refused: int

    @property
    def regency_name(self) -> str:
        region = regions().get(self.regency_code)
        return region.name if region else ""


def exits_by_regency(store: ProvinceStore) -> list[RegencyExits]:
    """Deaths, claims followed up, other exits and refused reports, per regency (counted in SQL)."""
    death = ExitRow.kind == ExitKind.DEATH.value
    ok = ExitRow.status == RECORDED
    with store.reader() as session:
        rows = session.execute(
            select(
                ExitRow.regency_code,
                func.count().filter(ok & death),
                func.count().filter(ok & death & ExitRow.claim_letter_printed),
                func.count().filter(ok & ~death),
                func.count().filter(ExitRow.status == REFUSED),
            )
            .group_by(ExitRow.regency_code)
            .order_by(ExitRow.regency_code)
        ).all()
    return [RegencyExits(code or "-", *counts) for code, *counts in rows]


def exit_report_rows(store: ProvinceStore) -> list[dict]:
    return [
        {"regency_code": r.regency_code, "regency_name": r.regency_name, "deaths": r.deaths,
         "claims_followed_up": r.claims_followed_up, "other_exits": r.other_exits, "refused": r.refused}
        for r in exits_by_regency(store)
    ]  # fmt: skip
