"""The store commands of ``pulut-desktop``: init, demo-data, verify-audit, backup, restore, check,
reset-password, purge.

The services are imported inside each command, so building the parser (every start of ``pulut-desktop``,
the GUI's too) loads no SQLAlchemy, SQLCipher or ReportLab."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from .common import EXIT_ERROR, EXIT_OK, Command, complain, open_store, read_password, say


def cmd_init(args: argparse.Namespace) -> int:
    from ..services import setup

    password = read_password(args)
    if not args.password_stdin and getpass.getpass("Ulangi kata sandi: ") != password:
        complain(args, "password.mismatch")
        return EXIT_ERROR
    new = setup.NewStore(
        username=args.user,
        full_name=args.name,
        password=password,
        device_name=args.device_name,
        regency_code=args.regency,
        training=args.training,
        language=args.lang,
    )
    code = setup.create_store(args.data_dir, new)
    say(args, "cli.initialised", path=str(args.data_dir), device=code)
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from ..services import setup

    with open_store(args) as store:
        count = setup.fill_training_data(store, args.count, args.seed)
    say(args, "cli.demo_done", count=count)
    return EXIT_OK


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from ..services import setup

    with open_store(args) as store:
        report = setup.verify_audit_chain(store)
    if report.ok:
        say(args, "audit.ok", count=report.checked)
        return EXIT_OK
    say(args, f"audit.broken_{report.problem}", seq=report.first_bad_seq)
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from ..services import setup

    with open_store(args) as store:
        target = setup.back_up_store(store, Path(args.to))
    say(args, "backup.done", path=str(target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from ..services import setup

    replaced = setup.restore_store(args.data_dir, Path(args.source), args.user, read_password(args))
    say(args, "backup.restored", file=Path(args.source).name, kept=str(replaced))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """What the GUI runs after each login: the damage check, then the daily backup and the purge."""
    from ..services import setup

    with open_store(args) as store:
        result = setup.run_after_login(store)
    if result.damage is None:
        say(args, "store.check_ok", seconds=f"{result.check_seconds:.1f}")
        if result.backup is not None:
            say(args, "backup.done", path=str(result.backup))
        return EXIT_OK
    complain(args, "store.damaged", detail=result.damage)
    if result.offer:
        complain(args, "store.damaged_offer", file=str(result.offer.path), count=result.offer.registrations)
    else:
        complain(args, "store.no_good_backup")
    return EXIT_ERROR


def cmd_reset_password(args: argparse.Namespace) -> int:
    from ..services import officers

    with open_store(args) as store:
        officers.reset_password(store, args.officer, read_password(args, "Kata sandi baru: "))
    say(args, "cli.password_reset", username=args.officer)
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from ..services import setup

    with open_store(args) as store:
        result = setup.purge_expired_data(store, days=args.days)
    say(args, "retention.purged", count=result.purged)
    return EXIT_OK


def add_commands(command: Command) -> None:
    p = command("init", cmd_init, "buat penyimpanan baru dan supervisor pertama")
    p.add_argument("--name", required=True, help="nama lengkap supervisor")
    p.add_argument("--device-name", required=True)
    p.add_argument("--regency", required=True, help="kode kabupaten/kota, mis. 14.71")
    p.add_argument("--training", action="store_true", help="penyimpanan latihan (data contoh)")
    p = command("demo-data", cmd_demo_data, "isi penyimpanan latihan dengan data contoh")
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--seed", type=int, default=1)
    command("verify-audit", cmd_verify_audit, "periksa rantai jejak audit")
    p = command("backup", cmd_backup, "cadangkan penyimpanan (terenkripsi)")
    p.add_argument("--to", required=True, help="berkas tujuan (.pulutbak)")
    p = command("restore", cmd_restore, "pulihkan penyimpanan dari cadangan")
    p.add_argument("--from", dest="source", required=True, help="berkas cadangan (.pulutbak)")
    command("check", cmd_check, "periksa kerusakan data, lalu cadangan harian (seperti sesudah masuk)")
    p = command("reset-password", cmd_reset_password, "ganti kata sandi petugas (stdin: sandi Anda, sandi baru)")
    p.add_argument("--officer", required=True, help="nama pengguna yang kata sandinya diganti")
    p = command("purge", cmd_purge, "hapus data pribadi yang sudah diterima provinsi (retensi)")
    p.add_argument("--days", type=int, default=None, help="bawaan: pengaturan retensi (30 hari)")
