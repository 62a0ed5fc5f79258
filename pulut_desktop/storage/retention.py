"""Retention (UU 27/2022): personal data leaves the laptop once the province holds it.

A registration the province answered for good (accepted, or duplicate of one it already holds) keeps
only a stub on the laptop after ``retention_days``: number, status, dates, village, occupation and
funding source (for the counts), and how consent was recorded. Never before the province's answer.
SQLite's ``secure_delete`` overwrites the freed bytes, and the WAL is checkpointed so no older page
copy stays behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..domain.status import Status
from . import audit
from .models import Draft, RegistrationRow
from .settings import get_setting
from .store import Store

FINAL = (Status.ACCEPTED.value, Status.DUPLICATE.value)


@dataclass(frozen=True)
class PurgeResult:
    purged: int
    cutoff: datetime


def is_purged(row: RegistrationRow) -> bool:
    return row.nik == ""


def _strip(row: RegistrationRow) -> None:
    row.nik, row.kk_number, row.full_name, row.birth_place = "", None, "", ""
    row.birth_date, row.sex, row.mother_maiden_name = None, None, None
    row.address_line, row.phone, row.occupation_note = "", None, None
    row.heirs, row.has_disability = [], False  # specific personal data (UU 27/2022 Pasal 4(2))
    consent = row.consent or {}
    row.consent = {k: consent.get(k) for k in ("given", "method", "recorded_at", "form_reference")}


def purge_expired(store: Store, *, now: datetime | None = None, days: int | None = None) -> PurgeResult:
    """Strip the personal data of registrations answered for good more than ``days`` ago."""
    days = int(get_setting(store, "retention_days") if days is None else days)
    now = now or audit.utcnow()
    cutoff = now - timedelta(days=days)
    with store.session() as session:
        rows = session.scalars(
            select(RegistrationRow).where(
                RegistrationRow.status.in_(FINAL),
                RegistrationRow.updated_at < cutoff,
                RegistrationRow.nik != "",
            )
        ).all()
        for row in rows:
            _strip(row)
            row.updated_at = now
            session.query(Draft).filter(Draft.registration_id == row.id).delete()
        if rows:
            audit.record(session, actor=store.officer.username, action="retention.purged",
                         entity_type="store", details={"count": len(rows), "days": days,
                                                       "numbers": [r.registration_number for r in rows]})  # fmt: skip
    if rows:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeResult(len(rows), cutoff)
