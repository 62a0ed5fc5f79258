"""The officer's day through the front door: each test starts the real ``pulut-desktop`` entry point
(``pulut_desktop.launcher.main --data-dir``) in its own process, where ``_officer_driver.py`` signs in and
works with key presses only; the test reads what it reported and what the encrypted store holds after.

(a) Ctrl+N to Ctrl+S at an open drive, the village filled in; (b) kill -9 mid-entry, restart, restore offer
accepted, every field as typed; (c) closing and signing out with unsaved input ask first; (d) Ctrl+N inside a
filled form."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from pulut_desktop.services import drafts, drives
from pulut_desktop.storage import registrations
from pulut_desktop.storage.store import Store
from tests.services.helpers import audited

from .conftest import PASSWORD

DRIVER = Path(__file__).parent / "_officer_driver.py"
VILLAGE = "14.71.01.1002"  # Jadirejo, Sukajadi, Kota Pekanbaru


def _command(data_dir: Path, scenario: str) -> list[str]:
    return [sys.executable, str(DRIVER), str(data_dir), "super", PASSWORD, scenario]


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))


def _run(data_dir: Path, scenario: str) -> dict[str, list[str]]:
    """Run a scenario to its end; its report as {first word: [rest of the line, ...]}."""
    done = subprocess.run(_command(data_dir, scenario), capture_output=True, text=True, env=_env(), timeout=300)
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and "DONE" in lines, (done.stdout, done.stderr[-3000:])
    report: dict[str, list[str]] = {}
    for line in lines:
        word, _, rest = line.partition(" ")
        report.setdefault(word, []).append(rest)
    return report


@pytest.fixture
def data_dir(supervisor_store) -> Path:
    root = supervisor_store.data_dir.root
    supervisor_store.close()
    return root


def test_a_registration_from_ctrl_n_to_ctrl_s_at_an_open_drive(supervisor_store):
    drive = drives.start_drive(
        supervisor_store, village_code=VILLAGE, held_on=date.today(), place="Balai Desa Jadirejo"
    )
    root = supervisor_store.data_dir.root
    supervisor_store.close()

    report = _run(root, "drive_registration")

    assert report["VILLAGE"] == [f"{VILLAGE} 14.71.01 14.71"]  # village, district and regency filled in
    assert "Balai Desa Jadirejo" in report["HINT"][0]
    assert report["FOCUS"] == ["True"]  # Enter walked through the filled address to the phone
    assert report["PROBLEMS"] == ["1 kolom perlu diperbaiki sebelum disimpan. True"]  # the consent, focused
    assert report["SAVED"][0].startswith("Tersimpan PK-") and "NUR AISYAH PUTRI" in report["SAVED"][0]
    assert report["NEXT"] == [f"True {VILLAGE}"]  # the next worker's form has the village again
    with Store.open(root, "super", PASSWORD) as store:
        saved = registrations.latest_by_officer(store, "super")
        assert saved is not None and saved.nik == "1471014508920003" and saved.full_name == "NUR AISYAH PUTRI"
        assert saved.village_code == VILLAGE and saved.drive_id == drive.id
        assert saved.phone == "+6281311112222" and saved.occupation_id == "PEKEBUN_SAWIT"
        assert drafts.list_drafts(store) == []  # saved: its draft is gone


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_mid_entry_then_restore_gives_back_every_field(data_dir):
    process = subprocess.Popen(
        _command(data_dir, "type_then_wait"), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=_env()
    )
    typed = None
    try:
        for line in process.stdout:
            if line.startswith("STATE "):
                typed = json.loads(line.removeprefix("STATE "))
            if line.startswith("DRAFT-SAVED") or line.startswith(("TIMEOUT", "FAILED")):
                break
    finally:
        os.kill(process.pid, signal.SIGKILL)  # no cleanup of any kind
        process.wait(10)
    assert process.returncode == -signal.SIGKILL
    assert typed is not None, "the typing app never reported its autosaved state"
    assert typed["identity"]["nik"] == "1471014508920003" and typed["address"]["village_code"]

    report = _run(data_dir, "restore")

    assert report["OFFER"] == ["Pendaftaran yang belum disimpan"]
    assert report["PAGE"] == ["new"]
    assert json.loads(report["STATE"][0]) == typed  # every field, the record's identity included
    with Store.open(data_dir, "super", PASSWORD) as store:
        assert len(drafts.list_drafts(store)) == 1  # restored, not saved: still a draft


def test_closing_and_signing_out_with_unsaved_input_ask_first(data_dir):
    report = _run(data_dir, "close_prompts")

    assert "belum disimpan" in report["PROMPT"][0]
    assert report["BUTTONS"] == ["Batal|Buang|Simpan draf"]
    assert report["STILL-OPEN"] == ["True new Nur Aisyah Putri"]  # Batal: back to the form, nothing lost
    assert "LOGIN-AGAIN" in report  # "Keluar", then Buang: to the login window
    with Store.open(data_dir, "super", PASSWORD) as store:
        assert drafts.list_drafts(store) == []
        assert len(audited(store, "draft.deleted")) == 1


def test_ctrl_n_inside_a_filled_form_starts_an_empty_one(data_dir):
    report = _run(data_dir, "ctrl_n_in_filled_form")

    assert report["FILLED"] == ["True QLineEdit"]  # the focus was inside the form, in the address
    assert report["EMPTY"] == ["True True True True"]  # NIK, name, address empty; focus on the NIK
    with Store.open(data_dir, "super", PASSWORD) as store:  # what was typed is kept as a draft
        assert [d.payload["identity"]["full_name"] for d in drafts.list_drafts(store)] == ["Nur Aisyah Putri"]
