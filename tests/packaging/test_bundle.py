"""Build the PyInstaller bundle as CI does, then use it like an officer would (slow: ~1-2 minutes).

The bundle goes to a temporary folder whose path has spaces and non-ASCII letters (an "install"
folder like ``C:\\Users\\Pétugas Ñ\\AppData\\Local\\Programs``), never to the developer's dist/.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from pulut_desktop.paths import DataDir

from .helpers import AWKWARD_PARTS, EXE, REPO, TOO_NEW_ID, assert_self_test_passed, file_digest, run_app

BUDGET_BYTES = 150 * 1000 * 1000  # the one-folder bundle, Linux

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


def test_bundle_passes_its_self_test_offscreen(bundle, tmp_path):
    data = tmp_path.joinpath(*AWKWARD_PARTS)
    result = run_app([str(bundle / EXE)], "--self-test", "--data-dir", str(data))
    assert_self_test_passed(result, data)
    assert "(bundle)" in result.stdout.splitlines()[0]
    assert f"(bundle: {bundle / '_internal' / 'pulut_desktop' / 'resources'})" in result.stdout
    migrations = bundle / "_internal" / "pulut_desktop" / "storage" / "migrations"
    assert f"({migrations})" in result.stdout  # Alembic ran the scripts shipped beside the frozen package


def test_bundle_reports_its_version(bundle):
    from pulut_desktop import __version__

    result = run_app([str(bundle / EXE)], "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"pulut-desktop {__version__}")


def test_bundle_is_within_the_size_budget(bundle, tmp_path):
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "bundle_size.py"), str(bundle), "--zip", str(tmp_path / "b.zip")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    print(result.stdout)
    raw = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink())
    if sys.platform.startswith("linux"):
        assert raw <= BUDGET_BYTES, f"bundle is {raw / 1e6:.1f} MB, budget {BUDGET_BYTES / 1e6:.0f} MB"
        assert result.returncode == 0, result.stderr
    sizes = re.search(r": ([\d.]+) MB .*zipped ([\d.]+) MB", result.stdout)
    assert sizes and float(sizes[1]) == pytest.approx(raw / 1e6, abs=0.1) and 0 < float(sizes[2]) < float(sizes[1])
    assert not list(bundle.rglob("*QtQuick*")) and not list(bundle.rglob("*WebEngine*"))
    qt_translations = [p.name for p in bundle.rglob("*.qm") if "PySide6" in p.parts]
    assert all(name.endswith(("_en.qm", "_id.qm")) for name in qt_translations), qt_translations


def test_bundle_refuses_a_newer_data_dir_untouched(bundle, tmp_path):
    from .test_upgrade import make_future_data_dir

    root = tmp_path / "data baru"
    before = make_future_data_dir(root)
    result = run_app([str(bundle / EXE)], "--data-dir", str(root), "verify-audit", "--user", "super",
                     "--password-stdin", stdin="rahasia-123\n")  # fmt: skip
    assert result.returncode == 2 and TOO_NEW_ID in result.stderr, result.stderr
    assert file_digest(DataDir(root).database) == before
