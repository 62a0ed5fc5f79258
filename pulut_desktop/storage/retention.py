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

from sqlalchemy import delete, literal_column, select, update

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


CONSENT_KEPT = ("given", "method", "recorded_at", "form_reference")
STRIPPED = dict(nik="", kk_number=None, full_name="", birth_place="", birth_date=None, sex=None,
                mother_maiden_name=None, address_line="", phone=None, occupation_note=None, heirs=[],
                has_disability=False)  # fmt: skip  # has_disability: specific personal data (UU 27/2022 Pasal 4(2))
CHUNK = 5000
# The consent summary kept, computed by SQLite in the same UPDATE (one statement per chunk, not per row).
KEPT_CONSENT_SQL = (
    "json_object('given', json(CASE WHEN json_extract(consent, '$.given') IS NULL THEN 'null' "
    "WHEN json_extract(consent, '$.given') THEN 'true' ELSE 'false' END), "
    + ", ".join(f"'{k}', json_extract(consent, '$.{k}')" for k in CONSENT_KEPT[1:])
    + ")"
)


def purge_expired(store: Store, *, now: datetime | None = None, days: int | None = None) -> PurgeResult:
    """Strip the personal data of registrations answered for good more than ``days`` ago.

    Set-based and linear in the rows due (30,000 at once after a long absence): one column-only select,
    one update and one delete of drafts per chunk of 5,000 (each row's consent summary is computed by SQLite
    in the update)."""
    days = int(get_setting(store, "retention_days") if days is None else days)
    now = now or audit.utcnow()
    cutoff = now - timedelta(days=days)
    table = RegistrationRow.__table__
    with store.session() as session:
        rows = session.execute(
            select(RegistrationRow.id, RegistrationRow.registration_number).where(
                RegistrationRow.status.in_(FINAL),
                RegistrationRow.updated_at < cutoff,
                RegistrationRow.nik != "",
            )
        ).all()
        if rows:
            ids = [r.id for r in rows]
            for start in range(0, len(ids), CHUNK):
                chunk = ids[start : start + CHUNK]
                session.execute(
                    update(table).where(table.c.id.in_(chunk)).values(
                        **STRIPPED, consent=literal_column(KEPT_CONSENT_SQL), updated_at=now)
                )  # fmt: skip
                session.execute(delete(Draft).where(Draft.registration_id.in_(chunk)))
            audit.record(session, actor=store.officer.username, action="retention.purged",
                         entity_type="store", details={"count": len(rows), "days": days,
                                                       "numbers": [r.registration_number for r in rows]})  # fmt: skip
    if rows:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return PurgeResult(len(rows), cutoff)
