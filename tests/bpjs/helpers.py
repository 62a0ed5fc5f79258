"""The BPJS round trip's shared steps: the laptop and province command lines, BPJS's answer file made
from the province's export, and what the laptop holds afterwards."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from pulut_desktop import cli as laptop_cli
from pulut_desktop.domain.status import Status
from pulut_desktop.province import cli as province_cli
from pulut_desktop.services.registration import open_registration, save_registration
from pulut_desktop.services.setup import log_in
from pulut_desktop.storage import registrations
from pulut_desktop.storage.models import RegistrationRow
from tests.conftest import PASSWORD
from tests.outbox.helpers import PASSPHRASE

RESULT_HEADERS = ["nik", "no_kpj", "tgl_efektif", "tgl_berakhir", "status", "alasan_penolakan"]
REASON = "Nama ibu kandung tidak sesuai data Dukcapil"


def laptop(monkeypatch, capsys, root: Path, *argv: str) -> tuple[int, str]:
    """``pulut-desktop --data-dir ROOT ARGV --user super --password-stdin`` as the officer types it."""
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = laptop_cli.main(["--data-dir", str(root), "--lang", "en", *argv, "--user", "super", "--password-stdin"])
    out = capsys.readouterr()
    return code, out.out + out.err


def province(monkeypatch, capsys, root: Path, *argv: str) -> tuple[int, str]:
    """``pulut-province --data-dir ROOT ARGV`` with the key passphrase from the environment."""
    monkeypatch.setenv("PULUT_PROVINCE_PASSPHRASE", PASSPHRASE)
    code = province_cli.main(["--data-dir", str(root), *argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def exported(path: Path) -> dict[str, dict]:
    """The province's BPJS export, by NIK."""
    rows = csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig")))
    return {row["nik"]: row for row in rows}


def write_result(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([RESULT_HEADERS, *rows])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path


def bpjs_row(root: Path, registration_id: str) -> tuple:
    """(status, status reason, BPJS status, KPJ, effective, end, BPJS reason) on the laptop."""
    with log_in(root, "super", PASSWORD) as store, store.reader() as session:
        row = session.get(RegistrationRow, registration_id)
        return (row.status, row.status_reason, row.bpjs_status, row.kpj, row.bpjs_effective_date,
                row.bpjs_end_date, row.bpjs_reason)  # fmt: skip


def fix_and_approve(root: Path, registration_id: str, mother: str) -> None:
    """The officer corrects the mother's name BPJS refused and the supervisor approves it again."""
    with log_in(root, "super", PASSWORD) as store:
        reg, reason, _ = open_registration(store, registration_id)
        assert reason == "BPJS: " + REASON
        fixed = replace(reg, mother_maiden_name=mother)
        outcome = save_registration(store, fixed, new=False)
        if outcome.similar:  # the other test worker shares the birth date: "a different person"
            outcome = save_registration(store, fixed, new=False, confirmed_different=[s.id for s in outcome.similar])
        assert outcome.saved is not None
        if outcome.saved.status is not Status.APPROVED:
            registrations.set_status(store, [registration_id], Status.APPROVED)
        with store.reader() as session:
            assert session.scalar(select(RegistrationRow.status).where(RegistrationRow.id == registration_id)) == (
                Status.APPROVED.value
            )


def print_and_verify(monkeypatch, capsys, root: Path, out_dir: Path, registration_id: str) -> tuple[str, str]:
    """``pulut-desktop cards`` for one record, the QR read back from the printed page (poppler + zbar),
    then ``pulut-desktop verify-card`` on what was scanned. Returns (scanned text, verify-card output)."""
    from tests.cards.test_qr_roundtrip import decode, rasterise

    pdf = out_dir / "kartu.pdf"
    code, out = laptop(monkeypatch, capsys, root, "cards", "--out", str(pdf), "--layout", "card",
                       "--ids", registration_id)  # fmt: skip
    assert code == 0, out
    [png] = rasterise(pdf, out_dir, 1, 1)
    scanned = decode(png).decode("utf-8").strip()
    code, out = laptop(monkeypatch, capsys, root, "verify-card", scanned)
    assert code == 0, out
    return scanned, out
