"""The bundle, built once per test session for every test that uses it (a build takes minutes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import EXE, REPO


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller", reason="the `packaging` extra is not installed")
    if sys.platform.startswith("linux") and not shutil.which("objcopy"):
        pytest.fail("binutils (strip, objcopy, ld) are needed to build the bundle: run .ci/sysdeps.sh test")
    base = tmp_path_factory.mktemp("bundle")
    dist = base.joinpath("Program Files Ñ", "数据 app")
    prebuilt = os.environ.get("PULUT_TEST_BUNDLE")  # a bundle built by `make bundle` from this very tree
    if prebuilt:
        shutil.copytree(prebuilt, dist / "pulut-desktop", symlinks=True)
        return dist / "pulut-desktop"
    env = dict(os.environ)
    env.setdefault("PYINSTALLER_CONFIG_DIR", str(REPO / "build" / "pyinstaller-cache"))
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(base / "work"), str(REPO / "packaging" / "pulut-desktop.spec")],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=900,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    folder = dist / "pulut-desktop"
    assert (folder / EXE).is_file()
    return folder
