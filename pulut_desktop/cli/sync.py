"""The sync commands of ``pulut-desktop``: device-request, enrol, export, apply-receipts, ledger, sync,
enrol-online. Each opens the store like the other commands and calls :mod:`pulut_desktop.services.sync`,
imported inside the command so that building the parser stays light."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import messages
from .common import EXIT_ERROR, EXIT_OK, Command, complain, open_store, say


def cmd_device_request(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        path, code = sync.write_request(store, Path(args.to))
    say(args, "outbox.request_written", device=code, path=str(path))
    return EXIT_OK


def cmd_enrol(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        info = sync.enrol_from(store, Path(args.source), args.province_keys or ())
    say(args, "outbox.enrolled", device_id=info.device_id)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        result = sync.export_to(store, Path(args.to), max_registrations=args.batch_size)
    say(
        args,
        "outbox.exported",
        files=len(result.written),
        new=len(result.new_sequences),
        resent=len(result.resent_sequences),
        registrations=result.registrations,
    )
    return EXIT_OK


def cmd_apply_receipts(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        result = sync.apply_receipts(store, Path(args.source))
        book = sync.read_ledger(store)
    say(
        args,
        "outbox.receipts_applied",
        count=len(result.applied),
        accepted=result.accepted,
        duplicate=result.duplicate,
        rejected=result.rejected,
    )
    _say_bpjs(args, result)
    for name, err in result.problems:
        complain(args, "outbox.receipt_problem", file=name, problem=messages.error_text(err, args.lang))
    if book.gap:
        say(args, "outbox.gap", sequences=", ".join(map(str, book.gap)))
    return EXIT_ERROR if result.problems else EXIT_OK


def _say_bpjs(args: argparse.Namespace, result) -> None:
    if result.enrolled or result.bpjs_rejected:
        say(args, "outbox.bpjs_applied", enrolled=result.enrolled, rejected=result.bpjs_rejected)


def cmd_ledger(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        book = sync.read_ledger(store)
    print("seq\tstatus\tsent\tanswered\taccepted\tduplicate\trejected\theld\terror")
    for r in book.rows:
        print(
            f"{r.sequence}\t{r.status}\t{r.registrations}\t{r.answered}\t{r.accepted}\t{r.duplicate}\t"
            f"{r.rejected}\t{r.held_for_review}\t{r.error_code or '-'}"
        )
    print(f"contiguous_through\t{book.contiguous_through}")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        result = sync.sync_now(store, args.server, max_registrations=args.batch_size)
    bundle = "baru" if result.bundle_replaced else "sama"
    say(args, "outbox.synced", sent=len(result.sent), held=result.held, bundle=bundle, **result.totals())
    _say_bpjs(args, result)
    for sequence, code, reason in result.set_aside:
        say(args, "outbox.batch_set_aside", sequence=sequence, error=code, reason=reason)
    return EXIT_OK


def cmd_enrol_online(args: argparse.Namespace) -> int:
    from ..services import sync

    with open_store(args) as store:
        info = sync.enrol_over_network(
            store,
            args.server,
            args.province_keys or (),
            poll_interval=args.poll,
            timeout=args.timeout,
            on_posted=lambda rid: say(args, "outbox.request_posted", request_id=rid),
        )
    say(args, "outbox.enrolled", device_id=info.device_id)
    return EXIT_OK


def add_commands(command: Command) -> None:
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
