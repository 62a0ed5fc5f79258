"""The approval queue through the app's real start (``pulut_desktop.ui.app.main``), keyboard only: the
queue is walked without touching its filter, and a record whose birth date and sex disagree with its NIK
is approved only after the question that names the worker."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD, make_registration

HERE = Path(__file__).parent


def _fill_queue(store: Store) -> dict[str, str]:
    """Three records waiting; the second carries warnings (the NIK says born 05-08-1990, female)."""
    clean = make_registration(nik="1471014508900001", full_name="Ani Lestari")
    warned = make_registration(
        nik="1471014508900002", full_name="Budi Warsito", birth_date=date(1991, 3, 2), sex=Sex.MALE
    )
    other = make_registration(nik="1471014508900003", full_name="Cici Paramitha", village_code="14.71.02.1001")
    ids = {}
    for reg in (clean, warned, other):
        ids[reg.full_name.upper()] = registrations.save(store, reg, submit=True).id
    return ids


def _statuses(data_dir: Path, ids: dict[str, str]) -> dict[str, Status]:
    with Store.open(data_dir, "super", PASSWORD) as store:
        return {name: registrations.get(store, rid).status for name, rid in ids.items()}


def _steps(lines: list[str]) -> dict[str, dict[str, str]]:
    steps = {}
    for line in lines:
        if line.startswith("STEP "):
            name, *fields = line[5:].split("\t")
            steps[name] = dict(field.split("=", 1) for field in fields)
    return steps


def test_queue_walked_by_keyboard_and_warning_record_approved_only_after_the_question(store):
    ids = _fill_queue(store)
    data_dir = store.data_dir.root
    store.close()

    done = subprocess.run(
        [sys.executable, str(HERE / "_approvals_app.py"), str(data_dir), "super", PASSWORD],
        capture_output=True, text=True, timeout=200,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd())),
    )  # fmt: skip
    lines = done.stdout.splitlines()
    assert "DONE" in lines, (done.stdout, done.stderr[-3000:])
    assert done.returncode == 0, done.stderr[-3000:]
    steps = _steps(lines)

    assert "PAGE approvals" in lines
    assert steps["search"]["focus"] == "approvalsSearch"
    assert steps["tab"]["focus"] == "approvalsQueue"  # Tab from the search lands on the queue
    assert steps["down"]["current"] == "BUDI WARSITO"
    assert steps["down-on-filter"]["village"] == ""  # Down on the filter opened it, chose nothing
    assert "POPUP none" not in lines
    for name in ("tab", "down", "down-on-filter", "escape", "second", "question-escaped"):
        assert steps[name]["count"] == "3 menunggu", (name, steps[name])
        assert steps[name]["village"] == ""
    assert steps["second"]["current"] == "BUDI WARSITO"
    notes = next(line for line in lines if line.startswith("NOTES "))
    assert "BUDI WARSITO" in notes and "Tanggal lahir berbeda dari tanggal di NIK (05-08-1990)" in notes
    assert "Jenis kelamin berbeda dari NIK" in notes
    question = [line for line in lines if line.startswith("QUESTION ")]
    assert len(question) == 1 and "Setujui BUDI WARSITO" in question[0], question
    assert "Tanggal lahir berbeda" in question[0]

    # Escape on the question approved nothing; "Tetap setujui" approved that record only.
    assert steps["question-escaped"]["count"] == "3 menunggu"
    assert "CONFIRM-FOCUS approveAnywayButton" in lines
    assert steps["approved"]["count"] == "2 menunggu"
    assert _statuses(data_dir, ids) == {
        "ANI LESTARI": Status.READY,
        "BUDI WARSITO": Status.APPROVED,
        "CICI PARAMITHA": Status.READY,
    }
