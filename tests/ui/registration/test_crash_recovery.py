"""The app dies mid-entry (SIGKILL); on the next start the typed values come back exactly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pulut_desktop.storage.store import Store
from pulut_desktop.ui.registration.form import RegistrationFormPage

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from _typing_app import TYPED  # noqa: E402


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_typed_values_survive_a_kill(qtbot, tmp_path, store, runner):
    data_dir = store.data_dir.root
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    process = subprocess.Popen(
        [sys.executable, str(HERE / "_typing_app.py"), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        line = ""
        while not line.startswith("DRAFT-SAVED"):
            line = process.stdout.readline()
            assert line, "the typing app exited before its draft was autosaved"
            assert not line.startswith("ERROR"), line
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    assert process.returncode == -signal.SIGKILL

    reopened = Store.open(data_dir, "super", "rahasia-123")
    try:
        form = RegistrationFormPage(reopened, runner)
        qtbot.addWidget(form)
        with qtbot.waitSignal(form.sig_draft_restored, timeout=10000):
            form.restore_drafts()
        state = form.state()
        assert state["identity"]["nik"] == TYPED["nik"]
        assert state["identity"]["full_name"] == TYPED["full_name"]
        assert state["identity"]["birth_place"] == TYPED["birth_place"]
        assert state["identity"]["birth_date"] == "05-08-1992"  # decoded from the NIK as it was typed
        assert state["identity"]["sex"] == "P"
        assert state["address"]["address_line"] == TYPED["address_line"]
        assert state["address"]["phone"] == TYPED["phone"]
        assert state["work"]["coverage_months"] == 9
        runner.wait_for_done()
    finally:
        reopened.close()
