"""Shared by the packaging tests: run the app as a user would, in a child process."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Windows user folders often have both spaces and non-ASCII letters.
AWKWARD_PARTS = ("Dinas Tenaga Kerja", "Pétugas Ñ", "数据")
CHECK_NAMES = (
    "resources", "migrations", "store", "registration", "card", "batch", "audit", "handbook", "window", "pages",
)  # fmt: skip
EXE = "pulut-desktop.exe" if os.name == "nt" else "pulut-desktop"
TOO_NEW_ID = "versi Pulut Desktop yang lebih baru"


def child_env(**extra: str) -> dict[str, str]:
    """No display and no QT_QPA_PLATFORM: the self-test must choose offscreen by itself."""
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}}
    env.update({"PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1", **extra})
    return env


def run_app(
    command: list[str], *args: str, stdin: str | None = None, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*command, *args], input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=timeout,
        env=env or child_env(), cwd=REPO,
    )  # fmt: skip


SOURCE_APP = [sys.executable, "-m", "pulut_desktop"]


def assert_self_test_passed(result: subprocess.CompletedProcess, data_parent: Path) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Pulut Desktop ") and str(data_parent) in lines[0]
    passed = [line.split()[1] for line in lines if line.startswith("ok ")]
    assert passed == list(CHECK_NAMES), result.stdout
    assert lines[-1].startswith(f"self-test passed: {len(CHECK_NAMES)} checks")
    assert "FAIL" not in result.stdout
    assert list(data_parent.iterdir()) == []  # its temporary store is gone; nothing else was written


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
