"""Printing cards from the store: selection, the print log, reprint reasons, audit events, the CLI."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pypdf import PdfReader
from sqlalchemy import func, select

from pulut_desktop import cli
from pulut_desktop.cards import CardError, CardsCancelled, card_from_registration, sign_card
from pulut_desktop.cards.payload import VerificationKind
from pulut_desktop.cli.cards import VERIFY_EXIT_CODES
from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.reference import card_keys
from pulut_desktop.services.cards import (
    ReprintReasonRequired,
    Selection,
    list_printable,
    print_cards,
    print_history,
    printable,
    verify_text,
)
from pulut_desktop.storage import audit, drives, registrations
from pulut_desktop.storage.models import AuditEvent, CardPrint, RegistrationRow
from tests.conftest import PASSWORD, make_registration

from .samples import device_code_of


def nik(n: int) -> str:
    return f"14710145089{n:05d}"


def add(store, n: int, name: str, status: Status = Status.APPROVED, **overrides) -> str:
    reg = registrations.save(store, make_registration(nik=nik(n), full_name=name, **overrides))
    if status is Status.DRAFT:
        return reg.id
    if status is not Status.READY:
        registrations.set_status(store, [reg.id], Status.APPROVED)
    if status in (Status.SENT, Status.ACCEPTED):
        registrations.set_status(store, [reg.id], Status.SENT)
    if status is Status.ACCEPTED:
        registrations.set_status(store, [reg.id], Status.ACCEPTED)
    return reg.id


def draft(store, n: int, name: str) -> str:
    return registrations.save(store, make_registration(nik=nik(n), full_name=name), submit=False).id


def counts(store) -> dict[str, int]:
    with store.reader() as session:
        return dict(session.execute(select(RegistrationRow.full_name, RegistrationRow.print_count)).all())


def events(store, action: str) -> list[AuditEvent]:
    with store.reader() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.seq)))


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


@pytest.fixture
def people(store) -> dict[str, str]:
    """Four printable records (ready, approved, sent, accepted), a draft, and a training-free store."""
    return {
        "ready": add(store, 1, "Rini Ready", Status.READY),
        "approved": add(store, 2, "Andi Approved"),
        "sent": add(store, 3, "Sari Sent", Status.SENT),
        "accepted": add(store, 4, "Ayu Accepted", Status.ACCEPTED),
        "draft": draft(store, 5, "Dodi Draft"),
    }


# -- selection --------------------------------------------------------------------------------------
def test_all_selects_every_printable_status_and_never_a_draft(store, people):
    plan = printable(store, Selection.all())
    assert {r.id for r in plan.records} == {people[k] for k in ("ready", "approved", "sent", "accepted")}
    by_id = {r.id: r.card_status.value for r in plan.records}
    assert by_id[people["accepted"]] == "VALID"
    assert {by_id[people[k]] for k in ("ready", "approved", "sent")} == {"PROVISIONAL"}
    assert plan.skipped == []


def test_explicit_ids_report_what_cannot_get_a_card(store, people):
    plan = printable(store, Selection.of_ids([people["draft"], people["approved"]]))
    assert [r.id for r in plan.records] == [people["approved"]]
    assert [(s.id, s.code) for s in plan.skipped] == [(people["draft"], "cards.not_printable")]


def test_unprinted_and_drive_selections(store, people, tmp_path):
    print_cards(store, Selection.of_ids([people["ready"]]), tmp_path / "first.pdf")
    assert people["ready"] not in {r.id for r in printable(store, Selection.unprinted()).records}
    assert len(printable(store, Selection.unprinted()).records) == 3

    drive = drives.start_drive(store, village_code="14.71.01.1002", held_on=date(2026, 11, 20), place="Balai desa")
    at_drive = add(store, 6, "Dina Drive")
    assert [r.id for r in printable(store, Selection.drive(drive.id)).records] == [at_drive]
    with pytest.raises(CardError) as err:
        printable(store, Selection.drive(""))
    assert err.value.code == "cards.no_drive"


def test_list_printable_filters_by_text_and_unprinted(store, people, tmp_path):
    records, total = list_printable(store)
    assert total == 4 and people["draft"] not in {r.id for r in records}
    records, total = list_printable(store, "Sari")
    assert total == 1 and records[0].id == people["sent"]
    print_cards(store, Selection.of_ids([people["sent"]]), tmp_path / "sent.pdf")
    records, total = list_printable(store, unprinted_only=True)
    assert total == 3 and people["sent"] not in {r.id for r in records}
    records, total = list_printable(store, limit=2)
    assert len(records) == 2 and total == 4


# -- printing ------------------------------------------------------------------------------------------
def test_print_unprinted_writes_pdf_log_counts_and_audit(store, people, tmp_path):
    out = tmp_path / "kartu.pdf"
    result = print_cards(store, Selection.unprinted(), out, "a4")
    assert out.exists() and result.printed == 4 and result.reprinted == 0 and result.size == out.stat().st_size
    assert len(PdfReader(out).pages) == 2  # one front sheet, one back sheet
    assert counts(store) == {
        "RINI READY": 1,
        "ANDI APPROVED": 1,
        "SARI SENT": 1,
        "AYU ACCEPTED": 1,
        "DODI DRAFT": 0,
    }
    printed = events(store, "card.printed")
    assert sorted(e.entity_id for e in printed) == sorted(people[k] for k in ("ready", "approved", "sent", "accepted"))
    assert all(e.details["job_id"] == result.job_id and e.details["reason"] is None for e in printed)
    assert [e.details["cards"] for e in events(store, "card.job")] == [4]
    history = print_history(store, people["accepted"])
    assert history.print_count == 1
    [entry] = history.entries
    assert (entry.number, entry.officer, entry.layout, entry.reason, entry.card_status.value) == (
        1,
        "super",
        "a4",
        None,
        "VALID",
    )
    with store.reader() as session:
        assert audit.verify_chain(session).ok


def test_card_of_accepted_says_sah_and_of_approved_sementara(store, people, tmp_path):
    accepted, approved = tmp_path / "accepted.pdf", tmp_path / "approved.pdf"
    print_cards(store, Selection.of_ids([people["accepted"]]), accepted, "card")
    print_cards(store, Selection.of_ids([people["approved"]]), approved, "card")
    accepted_text, approved_text = pdf_text(accepted), pdf_text(approved)
    assert "SAH" in accepted_text and "SEMENTARA" not in accepted_text
    assert "SEMENTARA" in approved_text and "SAH" not in approved_text.replace("SAHAM", "")


def test_reprint_needs_a_reason_and_keeps_it(store, people, tmp_path):
    selection = Selection.of_ids([people["approved"], people["sent"]])
    print_cards(store, Selection.of_ids([people["approved"]]), tmp_path / "one.pdf")
    for reason in (None, "", "   "):
        with pytest.raises(ReprintReasonRequired) as err:
            print_cards(store, selection, tmp_path / "again.pdf", reason=reason)
        assert err.value.params == {"count": 1}
    assert not (tmp_path / "again.pdf").exists()
    assert counts(store)["ANDI APPROVED"] == 1 and counts(store)["SARI SENT"] == 0

    result = print_cards(store, selection, tmp_path / "again.pdf", "card", reason="  Kartu hilang  di laut ")
    assert (result.printed, result.reprinted) == (2, 1)
    assert counts(store)["ANDI APPROVED"] == 2 and counts(store)["SARI SENT"] == 1
    [reprint] = events(store, "card.reprinted")
    assert reprint.entity_id == people["approved"]
    assert reprint.details["reason"] == "Kartu hilang di laut" and reprint.details["print"] == 2
    entries = print_history(store, people["approved"]).entries
    assert [(e.number, e.reason, e.layout) for e in entries] == [(1, None, "a4"), (2, "Kartu hilang di laut", "card")]
    # A first print in the same job as a reprint keeps no reason.
    assert [e.reason for e in print_history(store, people["sent"]).entries] == [None]


def test_cancel_records_nothing(store, people, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cancelled.pdf"
    seen = []
    with pytest.raises(CardsCancelled):
        print_cards(
            store, Selection.all(), out, progress=lambda d, t: seen.append(d), should_cancel=lambda: len(seen) >= 2
        )
    assert not out.exists() and list(folder.iterdir()) == []  # no partial file either
    assert set(counts(store).values()) == {0}
    assert events(store, "card.printed") == [] and events(store, "card.job") == []
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(CardPrint)) == 0


def test_failed_write_records_nothing(store, people, tmp_path):
    with pytest.raises(CardError) as err:
        print_cards(store, Selection.all(), tmp_path / "missing-folder" / "kartu.pdf")
    assert err.value.code == "cards.write_failed"
    assert set(counts(store).values()) == {0} and events(store, "card.printed") == []


def test_nothing_printable_and_unknown_layout(store, people, tmp_path):
    with pytest.raises(CardError) as err:
        print_cards(store, Selection.of_ids([people["draft"]]), tmp_path / "x.pdf")
    assert err.value.code == "cards.none"
    with pytest.raises(CardError) as err:
        print_cards(store, Selection.all(), tmp_path / "x.pdf", "letter")
    assert err.value.code == "cards.unknown_layout"


# -- verification --------------------------------------------------------------------------------------
def _qr_text(store, registration_id: str, key: Ed25519PrivateKey | None = None) -> str:
    reg = registrations.get(store, registration_id)
    key = key or store.signing_key()
    card = card_from_registration(reg, device_code=device_code_of(key), issued_on=date.today())
    return sign_card(card, key)


def test_known_device_keys_hold_this_laptop(store):
    with store.reader() as session:
        code = store.device(session).code
    assert list(card_keys(store)) == [code]


def test_verify_text_kinds(store, people):
    text = _qr_text(store, people["accepted"])
    assert verify_text(store, text).kind is VerificationKind.VALID
    assert verify_text(store, text, today=date(2031, 1, 1)).kind is VerificationKind.EXPIRED
    assert verify_text(store, text.replace("AYU ACCEPTED", "AYU ACCEPTEE")).kind is VerificationKind.FORGED
    other = _qr_text(store, people["accepted"], Ed25519PrivateKey.generate())
    assert verify_text(store, other).kind is VerificationKind.UNKNOWN_DEVICE
    assert verify_text(store, "not a card").kind is VerificationKind.MALFORMED


def test_card_grace_months_come_from_the_programme_rules(store, people):
    """Issue 19: arrears may be paid up to 3 months after protection ends, so the province may let cards
    read as valid that long after their coverage."""
    from datetime import UTC, datetime

    from pulut_desktop.domain.rules import CardRules, ProgrammeRules
    from pulut_desktop.storage.rules import keep_rules

    text = _qr_text(store, people["accepted"])
    end = registrations.get(store, people["accepted"]).coverage_end
    two_months_on = date(end.year + (end.month + 2 > 12), (end.month + 1) % 12 + 1, 15)
    assert verify_text(store, text, today=two_months_on).kind is VerificationKind.EXPIRED  # shipped: no grace
    rules = ProgrammeRules(version=1, published_at=datetime(2026, 12, 1, tzinfo=UTC), card=CardRules(grace_months=3))
    with store.session() as session:
        keep_rules(session, rules, b"signed", actor="super")
    assert verify_text(store, text, today=two_months_on).kind is VerificationKind.VALID
    assert verify_text(store, text, today=date(end.year + 1, end.month, 1)).kind is VerificationKind.EXPIRED


# -- CLI ---------------------------------------------------------------------------------------------------
def run(monkeypatch, capsys, store, *argv, stdin: str = PASSWORD + "\n", lang: str = "id"):
    root = str(store.data_dir.root)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    command, rest = argv[0], argv[1:]
    code = cli.main(["--data-dir", root, "--lang", lang, command, "--user", "super", "--password-stdin", *rest])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_cards_unprinted_then_reprint_with_reason(monkeypatch, capsys, store, people, tmp_path):
    out = tmp_path / "cli.pdf"
    code, stdout, _ = run(monkeypatch, capsys, store, "cards", "--out", str(out), "--layout", "card", "--unprinted")
    assert code == 0 and "4 kartu ditulis" in stdout and len(PdfReader(out).pages) == 8

    again = tmp_path / "again.pdf"
    code, _, err = run(monkeypatch, capsys, store, "cards", "--out", str(again), "--ids", people["sent"])
    assert code == 2 and "alasan" in err and not again.exists()
    code, stdout, _ = run(
        monkeypatch, capsys, store, "cards", "--out", str(again), "--ids", people["sent"], "--reason", "Rusak"
    )
    assert code == 0 and "1 cetak ulang" in stdout
    assert counts(store)["SARI SENT"] == 2
    assert events(store, "card.reprinted")[0].details["reason"] == "Rusak"


def test_cli_cards_reports_skipped_records(monkeypatch, capsys, store, people, tmp_path):
    out = tmp_path / "ids.pdf"
    code, stdout, err = run(
        monkeypatch, capsys, store, "cards", "--out", str(out), "--ids", people["draft"], people["ready"], lang="en"
    )
    assert code == 0 and "1 card(s) written" in stdout
    assert "Skipped" in err and "DODI DRAFT" in err


def test_cli_cards_drive_and_all(monkeypatch, capsys, store, people, tmp_path):
    drive = drives.start_drive(store, village_code="14.71.01.1002", held_on=date(2026, 11, 20), place="Balai desa")
    add(store, 6, "Dina Drive")
    code, stdout, _ = run(monkeypatch, capsys, store, "cards", "--out", str(tmp_path / "d.pdf"), "--drive", drive.id)
    assert code == 0 and "1 kartu ditulis" in stdout
    code, _, err = run(monkeypatch, capsys, store, "cards", "--out", str(tmp_path / "a.pdf"), "--all")
    assert code == 2 and "alasan" in err  # Dina's card was printed: --all includes a reprint
    code, stdout, _ = run(
        monkeypatch, capsys, store, "cards", "--out", str(tmp_path / "a.pdf"), "--all", "--reason", "Sheet jammed"
    )
    assert code == 0 and "5 kartu ditulis" in stdout and "(1 cetak ulang)" in stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_cli_verify_card_valid_shows_fields(monkeypatch, capsys, store, people, lang):
    text = _qr_text(store, people["accepted"])
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", text, lang=lang)
    assert code == 0
    if lang == "id":
        assert stdout.startswith("SAH — ") and "Status kartu" in stdout and "SAH" in stdout.splitlines()[6]
    else:
        assert stdout.startswith("VALID — ") and "Card status" in stdout
    assert "AYU ACCEPTED" in stdout and "05-08-1990" in stdout and "14.71.01.1002" in stdout


def test_cli_verify_card_provisional_card_is_genuine_but_sementara(monkeypatch, capsys, store, people):
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", _qr_text(store, people["approved"]))
    assert code == 0 and "SEMENTARA" in stdout


def test_cli_verify_card_reads_stdin(monkeypatch, capsys, store, people):
    text = _qr_text(store, people["accepted"])
    # The password line first, then the scanned text (as a keyboard-wedge scanner types it).
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", "-", stdin=f"{PASSWORD}\n{text}\n")
    assert code == 0 and stdout.startswith("SAH")


def test_cli_verify_card_forged_unknown_expired_malformed(monkeypatch, capsys, store, people):
    text = _qr_text(store, people["accepted"])
    forged = text.replace("AYU ACCEPTED", "AYU ACCEPTEE")
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", forged)
    assert code == VERIFY_EXIT_CODES[VerificationKind.FORGED] == 3
    assert stdout.startswith("PALSU — ") and "AYU ACCEPTEE" not in stdout  # no fields for a forgery

    unknown = _qr_text(store, people["accepted"], Ed25519PrivateKey.generate())
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", unknown, lang="en")
    assert code == 4 and stdout.startswith("UNKNOWN DEVICE — ") and "Issuing device" in stdout

    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", "hello|world")
    assert code == 6 and stdout.startswith("TIDAK TERBACA — ")

    old = add(store, 7, "Omar Old", coverage_start=date(2020, 1, 1))
    code, stdout, _ = run(monkeypatch, capsys, store, "verify-card", _qr_text(store, old))
    assert code == 5 and stdout.startswith("KEDALUWARSA — ") and "31-12-2020" in stdout and "OMAR OLD" in stdout
