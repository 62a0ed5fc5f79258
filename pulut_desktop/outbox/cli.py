"""The laptop's sync subcommands of ``pulut-desktop``: device-request, enrol, export, apply-receipts, ledger.

Registered by :func:`add_commands` from ``pulut_desktop/cli.py``; each opens the store like the other
commands (``--user``, password prompt or ``--password-stdin``) and calls the same services as the GUI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from pulut_desktop import messages

EXIT_OK, EXIT_ERROR = 0, 2


def _say(args: argparse.Namespace, message: str, **params: object) -> None:
    print(messages.text(message, params, args.lang))


def cmd_device_request(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .enrolment import write_device_request

    store = _open(args)
    try:
        path = write_device_request(store, Path(args.to))
        with store.reader() as session:
            code = store.device(session).code
    finally:
        store.close()
    _say(args, "outbox.request_written", device=code, path=str(path))
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .enrolment import import_enrolment

    store = _open(args)
    try:
        info = import_enrolment(store, Path(args.source), args.province_keys or ())
    finally:
        store.close()
    _say(args, "outbox.enrolled", device_id=info.device_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .export import export_batch

    store = _open(args)
    try:
        result = export_batch(store, Path(args.to), max_registrations=args.batch_size)
    finally:
        store.close()
    _say(
        args,
        "outbox.exported",
        files=len(result.written),
        new=len(result.new_sequences),
        resent=len(result.resent_sequences),
        registrations=result.registrations,
    )
    return EXIT_OK


def cmd_apply_receipts(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .ledger import ledger
    from .receipts import apply_receipts

    store = _open(args)
    try:
        result = apply_receipts(store, Path(args.source))
        book = ledger(store)
    finally:
        store.close()
    totals = {"accepted": 0, "duplicate": 0, "rejected": 0}
    for applied in result.applied:
        for status, n in applied.changed.items():
            if status in totals:
                totals[status] += n
    _say(args, "outbox.receipts_applied", count=len(result.applied), **totals)
    for name, err in result.problems:
        print(
            messages.text(
                "outbox.receipt_problem", {"file": name, "problem": messages.error_text(err, args.lang)}, args.lang
            ),
            file=sys.stderr,
        )
    if book.gap:
        _say(args, "outbox.gap", sequences=", ".join(map(str, book.gap)))
    return EXIT_ERROR if result.problems else EXIT_OK


def cmd_ledger(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .ledger import ledger

    store = _open(args)
    try:
        book = ledger(store)
    finally:
        store.close()
    print("seq\tstatus\tsent\tanswered\taccepted\tduplicate\trejected\theld\terror")
    for r in book.rows:
        print(
            f"{r.sequence}\t{r.status}\t{r.registrations}\t{r.answered}\t{r.accepted}\t{r.duplicate}\t"
            f"{r.rejected}\t{r.held_for_review}\t{r.error_code or '-'}"
        )
    print(f"contiguous_through\t{book.contiguous_through}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .enrolment import require_enrolment
    from .errors import OutboxError
    from .online import sync_online

    store = _open(args)
    try:
        url = args.server or require_enrolment(store).server_url
        if not url:
            raise OutboxError("outbox.no_server_url")
        result = sync_online(store, url, max_registrations=args.batch_size)
    finally:
        store.close()
    held = sum(a.changed.get("sent", 0) for a in result.applied)
    _say(args, "outbox.synced", sent=len(result.sent), held=held,
         bundle="baru" if result.bundle_replaced else "sama", **result.totals())  # fmt: skip
    return EXIT_OK


def cmd_enrol_online(args: argparse.Namespace) -> int:
    from pulut_desktop.cli import _open

    from .online import enrol_online

    store = _open(args)
    try:
        info = enrol_online(
            store, args.server, args.province_keys or (), poll_interval=args.poll, timeout=args.timeout,
            on_posted=lambda rid: _say(args, "outbox.request_posted", request_id=rid),
        )  # fmt: skip
    finally:
        store.close()
    _say(args, "outbox.enrolled", device_id=info.device_id)
    return EXIT_OK


def add_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add the sync subcommands with the main CLI's ``command(name, func, help)`` helper."""
    p = command("device-request", cmd_device_request, "tulis permintaan pendaftaran perangkat")
    p.add_argument("--to", required=True, help="flashdisk/folder (PULUT/requests/) atau berkas tujuan")
    p = command("enrol", cmd_enrol, "terapkan berkas pendaftaran perangkat dari provinsi")
    p.add_argument("--from", dest="source", required=True, help="berkas .pulutenrolment atau flashdisk")
    p.add_argument(
        "--province-keys", action="append", type=Path, help="berkas province-keys.json yang dipercaya (tambahan)"
    )
    p = command("export", cmd_export, "kirim pendaftaran yang disetujui ke flashdisk")
    p.add_argument("--to", required=True, help="folder akar flashdisk")
    p.add_argument("--batch-size", type=int, default=2000, help="pendaftaran per berkas kiriman")
    p = command("apply-receipts", cmd_apply_receipts, "terapkan tanda terima provinsi dari flashdisk")
    p.add_argument("--from", dest="source", required=True, help="folder akar flashdisk")
    command("ledger", cmd_ledger, "buku kiriman: terkirim, diterima, ganda, ditolak")
    p = command("sync", cmd_sync, "kirim ke provinsi lewat jaringan, terapkan tanda terima dan data referensi")
    p.add_argument("--server", default=None, help="URL server provinsi (bawaan: dari berkas pendaftaran)")
    p.add_argument("--batch-size", type=int, default=2000, help="pendaftaran per kiriman")
    p = command("enrol-online", cmd_enrol_online, "minta pendaftaran perangkat lewat jaringan dan tunggu persetujuan")
    p.add_argument("--server", required=True, help="URL server provinsi")
    p.add_argument("--province-keys", action="append", type=Path, help="berkas province-keys.json yang dipercaya")
    p.add_argument("--poll", type=float, default=5.0, help="jeda antar pemeriksaan (detik)")
    p.add_argument("--timeout", type=float, default=600.0, help="berhenti menunggu setelah sekian detik")
