"""Registration drives: a team at one village on one day. Registrations made while a drive is open
belong to it; closing it freezes a summary for the close-out report (berita acara)."""

from __future__ import annotations

import uuid
from collections import Counter as Tally
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import ValidationError
from ..domain.nik import mask_nik
from ..domain.reference import regions
from ..domain.status import Status
from . import audit
from .errors import NotFound
from .models import Drive, RegistrationRow
from .store import Store

OPEN, CLOSED = "open", "closed"


@dataclass(frozen=True)
class DriveInfo:
    id: str
    village_code: str
    held_on: date
    place: str
    team: str
    status: str
    opened_by: str
    opened_at: datetime
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        return self.status == OPEN


@dataclass(frozen=True)
class Registrant:
    registration_number: str
    full_name: str
    masked_nik: str
    occupation_id: str
    funding_source: str
    status: Status


@dataclass
class DriveSummary:
    drive: DriveInfo
    by_status: dict[Status, int] = field(default_factory=dict)
    by_occupation: dict[str, int] = field(default_factory=dict)
    by_funding: dict[str, int] = field(default_factory=dict)
    registrants: list[Registrant] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.registrants)


def _info(row: Drive) -> DriveInfo:
    return DriveInfo(row.id, row.village_code, row.held_on, row.place, row.team, row.status, row.opened_by,
                     row.opened_at, row.closed_at)  # fmt: skip


def open_drive_row(session: Session) -> Drive | None:
    return session.scalars(select(Drive).where(Drive.status == OPEN).limit(1)).first()


def current_drive(store: Store) -> DriveInfo | None:
    with store.reader() as session:
        row = open_drive_row(session)
        return _info(row) if row else None


def start_drive(store: Store, *, village_code: str, held_on: date, place: str, team: str = "") -> DriveInfo:
    """Open a drive. One drive is open at a time on a laptop: close the last one first."""
    if not regions().is_village(village_code):
        raise ValidationError("village.unknown", village=village_code)
    if not place.strip():
        raise ValidationError("drive.place_required")
    with store.session() as session:
        if open_drive_row(session) is not None:
            raise ValidationError("drive.already_open")
        row = Drive(
            id=str(uuid.uuid4()),
            village_code=village_code,
            held_on=held_on,
            place=place.strip(),
            team=team.strip(),
            status=OPEN,
            opened_by=store.officer.username,
            opened_at=audit.utcnow(),
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=store.officer.username,
            action="drive.started",
            entity_type="drive",
            entity_id=row.id,
            details={"village": village_code, "held_on": held_on.isoformat()},
        )
        return _info(row)


def summarise(store: Store, drive_id: str) -> DriveSummary:
    """The live tally of a drive (also what the close-out report prints)."""
    with store.reader() as session:
        row = session.get(Drive, drive_id)
        if row is None:
            raise NotFound(id=drive_id)
        regs = session.scalars(
            select(RegistrationRow).where(RegistrationRow.drive_id == drive_id).order_by(RegistrationRow.created_at)
        ).all()
        registrants = [
            Registrant(r.registration_number, r.full_name, mask_nik(r.nik), r.occupation_id, r.funding_source,
                       Status(r.status))
            for r in regs
        ]  # fmt: skip
        return DriveSummary(
            drive=_info(row),
            by_status=dict(Tally(r.status for r in registrants)),
            by_occupation=dict(Tally(r.occupation_id for r in registrants).most_common()),
            by_funding=dict(Tally(r.funding_source for r in registrants)),
            registrants=registrants,
        )


def close_drive(store: Store, drive_id: str) -> DriveSummary:
    with store.session() as session:
        row = session.get(Drive, drive_id)
        if row is None:
            raise NotFound(id=drive_id)
        if row.status != OPEN:
            raise ValidationError("drive.already_closed")
        row.status, row.closed_at = CLOSED, audit.utcnow()
        count = session.scalar(select(func.count()).where(RegistrationRow.drive_id == drive_id))
        audit.record(
            session,
            actor=store.officer.username,
            action="drive.closed",
            entity_type="drive",
            entity_id=row.id,
            details={"registrations": count},
        )
    return summarise(store, drive_id)


def list_drives(store: Store) -> list[DriveInfo]:
    with store.reader() as session:
        return [_info(r) for r in session.scalars(select(Drive).order_by(Drive.opened_at.desc()))]
