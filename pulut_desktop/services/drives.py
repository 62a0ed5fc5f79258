"""Registration drives (kegiatan pendaftaran): start one, watch its tally, close it with the berita acara."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..reports.drive_closeout import write_closeout_pdf
from ..storage import drives
from ..storage.drives import DriveInfo, DriveSummary
from ..storage.store import Store


@dataclass
class DrivesState:
    """Everything the drives page shows, read in one go."""

    current: DriveInfo | None
    summary: DriveSummary | None
    past: list[DriveInfo]
    regency_code: str
    training: bool


def load_drives(store: Store) -> DrivesState:
    current = drives.current_drive(store)
    with store.reader() as session:
        device = store.device(session)
        regency, training = device.regency_code, device.training
    summary = drives.summarise(store, current.id) if current else None
    return DrivesState(current, summary, drives.list_drives(store), regency, training)


def current_drive(store: Store) -> DriveInfo | None:
    return drives.current_drive(store)


def start_drive(store: Store, *, village_code: str, held_on: date, place: str, team: str = "") -> DriveInfo:
    """Open a drive (one at a time); new registrations belong to it until it is closed."""
    return drives.start_drive(store, village_code=village_code, held_on=held_on, place=place, team=team)


def _closeout_path(store: Store, drive: DriveInfo) -> Path:
    folder = store.data_dir.root / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"berita-acara-{drive.held_on.isoformat()}-{drive.village_code}-{drive.id[:8]}.pdf"


def close_out_drive(store: Store, drive_id: str, *, close: bool = True) -> Path:
    """Close the drive (unless ``close`` is False: a reprint of a closed one) and write its berita acara
    PDF into the data dir's ``reports/``; returns the PDF's path."""
    summary = drives.close_drive(store, drive_id) if close else drives.summarise(store, drive_id)
    with store.reader() as session:
        training = store.device(session).training
    target = _closeout_path(store, summary.drive)
    return write_closeout_pdf(summary, target, store.officer.full_name, printed_on=date.today(), training=training)
