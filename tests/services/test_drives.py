"""``services.drives``: start a drive, its tally, the close-out with its berita acara PDF, a reprint."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.domain.status import Status
from pulut_desktop.services import drives
from pulut_desktop.storage import registrations
from tests.conftest import SAMPLE_VILLAGE, make_registration
from tests.outbox.helpers import nik
from tests.services.helpers import audited

HELD_ON = date(2026, 11, 28)


def _start(store):
    return drives.start_drive(store, village_code=SAMPLE_VILLAGE, held_on=HELD_ON, place="Balai Desa", team="Tim A")


def test_start_opens_one_drive_that_new_registrations_join(store):
    assert drives.load_drives(store).current is None
    drive = _start(store)
    assert drive.is_open and drive.opened_by == "super"
    assert drives.current_drive(store).id == drive.id
    assert [e.entity_id for e in audited(store, "drive.started")] == [drive.id]
    with pytest.raises(PulutError):
        _start(store)  # one at a time
    registrations.save(store, make_registration(nik=nik(1), full_name="Siti Satu"), submit=True)
    second = registrations.save(store, make_registration(nik=nik(2), full_name="Siti Dua"), submit=True)
    registrations.set_status(store, [second.id], Status.APPROVED)
    state = drives.load_drives(store)
    assert state.current.id == drive.id and state.regency_code == "14.71" and state.training is False
    assert state.summary.total == 2
    assert state.summary.by_status == {Status.READY: 1, Status.APPROVED: 1}
    assert [d.id for d in state.past] == [drive.id]


def test_a_drive_needs_a_known_village_and_a_place(store):
    with pytest.raises(PulutError):
        drives.start_drive(store, village_code="14.71.99.9999", held_on=HELD_ON, place="Balai")
    with pytest.raises(PulutError):
        drives.start_drive(store, village_code=SAMPLE_VILLAGE, held_on=HELD_ON, place="  ")
    assert drives.current_drive(store) is None
    assert audited(store, "drive.started") == []


def test_close_out_closes_the_drive_and_writes_the_berita_acara(store):
    drive = _start(store)
    registrations.save(store, make_registration(nik=nik(1), full_name="Siti Satu"), submit=True)
    pdf = drives.close_out_drive(store, drive.id)
    assert pdf.parent == store.data_dir.root / "reports"
    assert pdf.name.startswith(f"berita-acara-{HELD_ON.isoformat()}-{SAMPLE_VILLAGE}-")
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "SITI SATU" in text and "147101******0001" in text and "Sri Supervisor" in text
    assert "1471014508900001" not in text  # the NIK is masked
    assert drives.current_drive(store) is None
    state = drives.load_drives(store)
    assert state.summary is None and not state.past[0].is_open and state.past[0].closed_at is not None
    assert [e.entity_id for e in audited(store, "drive.closed")] == [drive.id]
    registrations.save(store, make_registration(nik=nik(2), full_name="Siti Dua"))
    with pytest.raises(PulutError):
        drives.close_out_drive(store, drive.id)  # closed already
    pdf.unlink()
    again = drives.close_out_drive(store, drive.id, close=False)  # the reprint: same tally, no new close
    assert again == pdf and again.read_bytes().startswith(b"%PDF")
    assert "SITI DUA" not in subprocess.run(["pdftotext", str(again), "-"], capture_output=True, text=True).stdout
    assert len(audited(store, "drive.closed")) == 1


def test_closing_an_unknown_drive_writes_nothing(store):
    with pytest.raises(PulutError):
        drives.close_out_drive(store, "no-such-drive")
    assert not (store.data_dir.root / "reports").exists() or not any((store.data_dir.root / "reports").iterdir())
