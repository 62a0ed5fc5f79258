"""A training store prints training cards: the mark on both sides, and a QR that says "training"."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from pulut_desktop import cli
from pulut_desktop.cards.payload import VerificationKind
from pulut_desktop.cards.training_mark import TRAINING_MARK
from pulut_desktop.cli.cards import VERIFY_EXIT_CODES
from pulut_desktop.domain.status import Status
from pulut_desktop.storage import registrations
from pulut_desktop.storage.store import Store
from tests.conftest import PASSWORD, make_registration


@pytest.fixture
def training_store(tmp_path):
    store = Store.create(
        tmp_path / "latihan",
        username="super",
        full_name="Sri Supervisor",
        password=PASSWORD,
        device_name="Laptop Latihan",
        regency_code="14.71",
        training=True,
    )
    yield store
    store.close()


def _cli(monkeypatch, capsys, store, *argv, lang="id"):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    root = str(store.data_dir.root)
    command, rest = argv[0], argv[1:]
    code = cli.main(["--data-dir", root, "--lang", lang, command, "--user", "super", "--password-stdin", *rest])
    out = capsys.readouterr()
    return code, out.out, out.err


def _scan_qr(pdf: Path, tmp_path: Path) -> str:
    """The QR text of the first card, read back from the printed page as a phone would."""
    subprocess.run(
        ["pdftoppm", "-r", "600", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    image = next(tmp_path.glob("page*.png"))
    done = subprocess.run(["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
                          capture_output=True, text=True, check=True)  # fmt: skip
    return done.stdout.strip()


def test_training_store_prints_marked_cards_that_verify_as_training(monkeypatch, capsys, training_store, tmp_path):
    reg = registrations.save(training_store, make_registration(full_name="Siti Latihan"))
    registrations.set_status(training_store, [reg.id], Status.APPROVED)
    out = tmp_path / "latihan.pdf"
    code, stdout, _ = _cli(monkeypatch, capsys, training_store, "cards", "--out", str(out), "--layout", "card")
    assert code == 0 and "1 kartu ditulis" in stdout

    pages = [" ".join(page.extract_text().split()) for page in PdfReader(out).pages]
    assert len(pages) == 2
    assert TRAINING_MARK in pages[0] and TRAINING_MARK in pages[1]  # front and back
    assert "SITI LATIHAN" in pages[0] and "LATIHAN" in pages[0]

    text = _scan_qr(out, tmp_path)
    assert text.startswith("PK1|") and "|L|" in text
    code, stdout, _ = _cli(monkeypatch, capsys, training_store, "verify-card", text)
    assert code == VERIFY_EXIT_CODES[VerificationKind.TRAINING] == 7
    assert stdout.startswith("LATIHAN — TIDAK BERLAKU — ") and "SITI LATIHAN" in stdout
    code, stdout, _ = _cli(monkeypatch, capsys, training_store, "verify-card", text, lang="en")
    assert stdout.startswith("TRAINING — NOT VALID — ")


def test_a_real_store_prints_no_mark(monkeypatch, capsys, store, tmp_path):
    reg = registrations.save(store, make_registration())
    registrations.set_status(store, [reg.id], Status.APPROVED)
    out = tmp_path / "real.pdf"
    code, _, _ = _cli(monkeypatch, capsys, store, "cards", "--out", str(out), "--layout", "a4")
    assert code == 0
    assert all(TRAINING_MARK not in page.extract_text() for page in PdfReader(out).pages)
