"""Cold start of the shipped entry point, ``pulut-desktop``, to the login window's first paint.

Ours runs what the installed ``pulut-desktop`` script runs (``pulut_desktop.launcher.main`` with
``--data-dir`` of an existing store: the parser, then the GUI). The baseline is a bare ``QLabel`` window
started the same way in the same run. Both are fresh interpreters (``QT_QPA_PLATFORM=offscreen``), timed
from ``Popen`` to the first paint event of a window, interleaved so both see the same machine load.

The probe only wraps ``QApplication.exec`` to watch for the first paint; it imports nothing the app does
not import anyway.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import ROOT, load, machine, p50, p95

STARTS = 7
GOAL = 2.0

_PROBE = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            print("painted", flush=True)
            os._exit(0)
        return False

_exec = QApplication.exec
def _probed_exec(*args):
    probe = FirstPaint()
    QApplication.instance().installEventFilter(probe)
    return _exec()  # static in PySide6: called on the instance, it is given no arguments
QApplication.exec = _probed_exec
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("Pulut Desktop")
label.show()
app.exec()
"""

# Exactly the installed console script (``pulut-desktop = "pulut_desktop.launcher:main"``).
ENTRY_POINT = """
sys.argv = ["pulut-desktop", "--data-dir", sys.argv[1]]
from pulut_desktop.launcher import main
sys.exit(main())
"""


def _env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))


def start_ms(script: str, *args: str) -> float:
    """From Popen to the child's report of its first window paint."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", _PROBE + script, *args],
        env=_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    child.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"no first paint reported: {line!r} {child.stderr.read()}")
    return elapsed


def make_store(folder: Path) -> Path:
    """A store as the first-run wizard leaves it (login is not measured, so the KDF does not matter)."""
    from pulut_desktop.storage import keyring
    from pulut_desktop.storage.store import Store

    keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)
    Store.create(
        folder,
        username="bench",
        full_name="Bench",
        password="bench-password",
        device_name="Bench",
        regency_code="14.71",
    ).close()
    return folder


def run() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        store = make_store(Path(tmp) / "store")
        start_ms(BARE)  # one warm-up of the OS file cache for both
        start_ms(ENTRY_POINT, str(store))
        bare, ours = [], []
        measured_at = load()
        for _ in range(STARTS):
            bare.append(start_ms(BARE))
            ours.append(start_ms(ENTRY_POINT, str(store)))
    ratio = p50(ours) / p50(bare)
    met = "yes" if ratio <= GOAL else "**no**"
    return "\n".join(
        [
            "## Cold start of the shipped entry point (`benchmarks/bench_start.py`, issue 18)",
            "",
            f"Machine: {machine()}; {measured_at} when the runs began.",
            "",
            "| start | p50 | p95 | runs | ratio (p50) | goal | met |",
            "|---|---:|---:|---|---:|---|---|",
            f"| bare `QLabel` window | {p50(bare):.0f} ms | {p95(bare):.0f} ms | "
            f"{', '.join(f'{t:.0f}' for t in bare)} | 1 | | |",
            f"| `pulut-desktop --data-dir STORE` to the login window | {p50(ours):.0f} ms | {p95(ours):.0f} ms | "
            f"{', '.join(f'{t:.0f}' for t in ours)} | {ratio:.2f}× | ≤ {GOAL:g}× | {met} |",
            "",
            f"{STARTS} interleaved cold starts each (after one warm-up of each), from `Popen` to the first paint "
            "event of a window, offscreen Qt. Ours is the installed script's `launcher.main`: the command-line "
            "parser (its commands import SQLAlchemy, ReportLab, zxing-cpp and PIL only when they run, "
            "`tests/test_cli_start.py`), logging, theme, translator, the store check and the login window.",
        ]
    )


if __name__ == "__main__":
    print(run())
