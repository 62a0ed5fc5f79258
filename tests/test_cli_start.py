"""Every start of ``pulut-desktop`` builds the command-line parser first (the GUI's start too), so the parser
must not load what only some commands need: ReportLab, zxing-cpp and PIL (cards), SQLAlchemy and SQLCipher (the
store), Qt. The commands import them when they run."""

import subprocess
import sys

from pulut_desktop.cards.layout import A4_LAYOUT, LAYOUTS
from pulut_desktop.cards.payload import VerificationKind
from pulut_desktop.cli import build_parser
from pulut_desktop.cli.cards import DEFAULT_LAYOUT, LAYOUT_CHOICES, VERIFY_EXIT_CODES
from tests.conftest import PASSWORD

HEAVY = ("reportlab", "zxingcpp", "PIL", "sqlalchemy", "sqlcipher3", "alembic", "cryptography", "PySide6", "pydantic")


def _imported_by(*argv: str, stdin: str = "") -> tuple[set[str], subprocess.CompletedProcess]:
    """Top-level packages ``python -X importtime -m pulut_desktop ARGV`` imports (the launcher, as installed)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "pulut_desktop", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = [line for line in result.stderr.splitlines() if line.startswith("import time:") and "|" in line]
    assert lines, result.stderr
    return {line.rsplit("|", 1)[1].strip().split(".")[0] for line in lines}, result


def test_building_the_parser_loads_no_heavy_package():
    modules, result = _imported_by("--help")
    assert result.returncode == 0, result.stderr
    assert "pulut_desktop" in modules and "argparse" in modules
    assert sorted(set(HEAVY) & modules) == []


def test_a_command_still_loads_what_it_needs(tmp_path):
    # verify-card on a folder with no store: the command runs (and fails to log in) after importing the services.
    modules, result = _imported_by("--data-dir", str(tmp_path), "verify-card", "--user", "x", "--password-stdin", "-")
    assert result.returncode == 2, result.stderr
    assert {"sqlalchemy", "reportlab", "zxingcpp"} <= modules


def test_a_login_to_a_store_at_the_head_does_not_load_alembic(store, tmp_path):
    # Alembic only migrates; a store already at the newest revision is recognised with one SELECT.
    store.close()
    argv = ("--data-dir", str(tmp_path / "data"), "verify-audit", "--user", "super", "--password-stdin")
    modules, result = _imported_by(*argv, stdin=PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" in modules and "alembic" not in modules


def test_the_parser_offers_the_card_layouts_the_renderer_knows():
    assert LAYOUT_CHOICES == LAYOUTS and DEFAULT_LAYOUT == A4_LAYOUT
    cards = build_parser().parse_args(["cards", "--user", "a", "--out", "x.pdf"])
    assert cards.layout == A4_LAYOUT
    assert set(VERIFY_EXIT_CODES) == {kind.value for kind in VerificationKind}
    assert len(set(VERIFY_EXIT_CODES.values())) == len(VerificationKind)
