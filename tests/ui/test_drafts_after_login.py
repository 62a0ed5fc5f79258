"""The app's real start (``pulut_desktop.ui.app.main``) offers the drafts a killed session left, after login."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pulut_desktop.services.drafts import list_drafts
from pulut_desktop.storage.store import Store

HERE = Path(__file__).parent
PASSWORD = "rahasia-123"


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))


def _type_and_kill(data_dir: Path) -> None:
    """The registration form types a worker's data until its draft is autosaved; then SIGKILL."""
    process = subprocess.Popen(
        [sys.executable, str(HERE / "registration" / "_typing_app.py"), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=_env(),
    )
    try:
        line = ""
        while not line.startswith("DRAFT-SAVED"):
            line = process.stdout.readline()
            assert line, "the typing app exited before its draft was autosaved"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)


def _start_app(data_dir: Path, user: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, str(HERE / "_login_app.py"), str(data_dir), user, PASSWORD],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert not [line for line in lines if line.startswith("TIMEOUT")], (done.stdout, done.stderr[-3000:])
    assert done.returncode == 0, done.stderr[-3000:]
    return lines


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_login_offers_the_drafts_a_killed_session_left(store):
    data_dir = store.data_dir.root
    store.close()
    _type_and_kill(data_dir)

    lines = _start_app(data_dir, "super")

    assert "PAGE new" in lines  # the form is where the officer continues
    offers = [line.split("\t") for line in lines if line.startswith("OFFER ")]
    assert len(offers) == 1, lines
    assert offers[0][0] == "OFFER 1"
    assert "Nur Aisyah Putri" in offers[0][1] and "1471014508920003" in offers[0][1]
    with Store.open(data_dir, "super", PASSWORD) as reopened:  # "Later" keeps the draft for next time
        assert len(list_drafts(reopened)) == 1


def test_login_without_drafts_offers_nothing(store):
    data_dir = store.data_dir.root
    store.close()
    lines = _start_app(data_dir, "super")
    assert "NO-OFFER" in lines
    assert not [line for line in lines if line.startswith("OFFER")]
