"""The card commands of ``pulut-desktop``: ``cards`` (print to a PDF) and ``verify-card`` (check a QR text).

Both open the store like the other commands and call :mod:`pulut_desktop.services.cards`, as the GUI does.

``verify-card`` exits 0 only for a genuine, current card; otherwise with a code per result, so scripts
can tell them apart: 3 forged, 4 unknown device, 5 expired, 6 malformed, 7 a training card.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .. import messages
from .common import EXIT_OK, Command, open_store

if TYPE_CHECKING:  # pulut_desktop.cards loads ReportLab, zxing-cpp and PIL: only inside the commands
    from ..cards.payload import CardVerification
    from ..services.cards import Selection

# cards.layout's names (CARD_LAYOUT, A4_LAYOUT), kept here so the parser does not import ReportLab;
# tests/test_cli_start.py checks they stay the same.
LAYOUT_CHOICES = ("card", "a4")
DEFAULT_LAYOUT = "a4"

# By VerificationKind value.
VERIFY_EXIT_CODES: dict[str, int] = {
    "valid": 0,
    "forged": 3,
    "unknown_device": 4,
    "expired": 5,
    "malformed": 6,
    "training": 7,
}


def _selection(args: argparse.Namespace) -> Selection:
    from ..services.cards import Selection

    if args.ids:
        return Selection.of_ids(args.ids)
    if args.drive:
        return Selection.drive(args.drive)
    if args.all:
        return Selection.all()
    return Selection.unprinted()


def _load_renderer() -> None:
    """ReportLab, zxing-cpp, the card modules and the fonts: loaded while the login's Argon2 runs."""
    from ..cards.fonts import register_fonts
    from ..services.cards import print_cards  # noqa: F401

    register_fonts()


def cmd_cards(args: argparse.Namespace) -> int:
    with open_store(args, meanwhile=_load_renderer) as store:
        from ..services.cards import print_cards

        result = print_cards(store, _selection(args), Path(args.out), args.layout, reason=args.reason)
    for skipped in result.skipped:
        problem = messages.text(skipped.code, skipped.params, args.lang)
        params = {"registration_number": skipped.registration_number, "name": skipped.full_name, "problem": problem}
        print(messages.text("cards.skipped", params, args.lang), file=sys.stderr)
    params = {"count": result.printed, "path": str(result.path), "reprints": result.reprinted}
    print(messages.text("cards.printed", params, args.lang))
    return EXIT_OK


def _date(day) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


def verification_lines(result: CardVerification, language: str) -> list[str]:
    """What ``verify-card`` prints: the headline and sentence, then the decoded fields when genuine."""
    headline = messages.text(f"cards.verify.headline.{result.kind.value}", language=language)
    lines = [f"{headline} — {messages.text(result.code, result.params, language)}"]
    fields = result.fields
    if fields is None:
        if result.device_code:
            lines.append(f"{messages.text('cards.field.device_code', language=language)}: {result.device_code}")
        return lines
    rows = (
        ("registration_number", fields.registration_number),
        ("holder_name", fields.holder_name),
        ("birth_date", _date(fields.birth_date)),
        ("village_code", fields.village_code),
        ("coverage_end", _date(fields.coverage_end)),
        ("status", messages.text(f"cards.status.{fields.status.value}", language=language)),
        *((("kpj", fields.kpj),) if fields.kpj else ()),
        ("device_code", fields.device_code),
        ("issued_on", _date(fields.issued_on)),
    )
    labels = [messages.text(f"cards.field.{key}", language=language) for key, _ in rows]
    width = max(len(label) for label in labels)
    lines += [f"  {label:<{width}}  {value}" for label, (_, value) in zip(labels, rows, strict=True)]
    return lines


def cmd_verify_card(args: argparse.Namespace) -> int:
    from ..services.cards import verify_text

    with open_store(args) as store:  # first: with --password-stdin the password is the first line of stdin
        text = args.text
        if text == "-":  # a scanner or a pipe: the next line of standard input
            text = sys.stdin.readline()
        result = verify_text(store, text)
    print("\n".join(verification_lines(result, args.lang)))
    return VERIFY_EXIT_CODES[result.kind.value]


def add_commands(command: Command) -> None:
    p = command("cards", cmd_cards, "cetak kartu peserta ke berkas PDF")
    p.add_argument("--out", required=True, help="berkas PDF tujuan")
    p.add_argument(
        "--layout", choices=LAYOUT_CHOICES, default=DEFAULT_LAYOUT, help="card: satu kartu per halaman; a4: 10 per A4"
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true", help="semua pendaftaran yang dapat diberi kartu")
    which.add_argument("--unprinted", action="store_true", help="yang belum pernah dicetak (bawaan)")
    which.add_argument("--drive", metavar="ID", help="semua dari satu kegiatan pendaftaran")
    which.add_argument("--ids", nargs="+", metavar="ID", help="id pendaftaran tertentu")
    p.add_argument("--reason", help="alasan cetak ulang (wajib bila ada kartu yang sudah pernah dicetak)")
    p = command("verify-card", cmd_verify_card, "periksa keaslian teks kode QR kartu (- untuk stdin)")
    p.add_argument("text", help="teks kode QR hasil pindai, atau - untuk membaca dari stdin")
