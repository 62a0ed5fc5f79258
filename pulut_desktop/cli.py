"""``pulut-desktop``: headless commands over the same services the GUI calls; no subcommand starts the GUI.

Passwords are read from a prompt, or one line of standard input with ``--password-stdin``; never from
the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__, messages
from .console import make_console_safe
from .domain.errors import PulutError
from .logging_setup import setup_logging
from .paths import DataDir, default_data_dir

EXIT_OK, EXIT_UNEXPECTED, EXIT_ERROR = 0, 1, 2


def _password(args: argparse.Namespace, prompt: str = "Kata sandi: ") -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


def _open(args: argparse.Namespace):
    from .storage.store import Store

    return Store.open(args.data_dir, args.user, _password(args))


def cmd_init(args: argparse.Namespace) -> int:
    from .storage.store import Store

    password = _password(args)
    if not args.password_stdin and getpass.getpass("Ulangi kata sandi: ") != password:
        print(messages.text("password.mismatch", language=args.lang), file=sys.stderr)
        return EXIT_ERROR
    store = Store.create(
        args.data_dir,
        username=args.user,
        full_name=args.name,
        password=password,
        device_name=args.device_name,
        regency_code=args.regency,
        training=args.training,
        language=args.lang,
    )
    with store.reader() as session:
        code = store.device(session).code
    store.close()
    print(messages.text("cli.initialised", {"path": str(args.data_dir), "device": code}, args.lang))
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    from .storage.demo import make_demo_data

    store = _open(args)
    try:
        with store.reader() as session:
            if not store.device(session).training:
                print(messages.text("demo.not_training", language=args.lang), file=sys.stderr)
                return EXIT_ERROR
        count = make_demo_data(store, args.count, args.seed)
    finally:
        store.close()
    print(messages.text("cli.demo_done", {"count": count}, args.lang))
    return EXIT_OK


def cmd_verify_audit(args: argparse.Namespace) -> int:
    from .storage.audit import verify_chain

    store = _open(args)
    try:
        with store.reader() as session:
            report = verify_chain(session)
    finally:
        store.close()
    if report.ok:
        print(messages.text("audit.ok", {"count": report.checked}, args.lang))
        return EXIT_OK
    print(messages.text(f"audit.broken_{report.problem}", {"seq": report.first_bad_seq}, args.lang))
    return EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from .storage.backup import write_backup

    store = _open(args)
    try:
        target = write_backup(store, Path(args.to))
    finally:
        store.close()
    print(messages.text("backup.done", {"path": str(target)}, args.lang))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from .storage.backup import restore_backup

    replaced = restore_backup(args.data_dir, Path(args.source), args.user, _password(args))
    print(messages.text("backup.restored", {"file": Path(args.source).name, "kept": str(replaced)}, args.lang))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """What the GUI runs after each login: the damage check, then the daily backup and the purge."""
    from .storage.maintenance import after_login

    store = _open(args)
    try:
        result = after_login(store)
    finally:
        store.close()
    if result.damage is None:
        print(messages.text("store.check_ok", {"seconds": f"{result.check_seconds:.1f}"}, args.lang))
        if result.backup is not None:
            print(messages.text("backup.done", {"path": str(result.backup)}, args.lang))
        return EXIT_OK
    print(messages.text("store.damaged", {"detail": result.damage}, args.lang), file=sys.stderr)
    offer = {"file": str(result.offer.path), "count": result.offer.registrations} if result.offer else None
    print(messages.text("store.damaged_offer" if offer else "store.no_good_backup", offer, args.lang), file=sys.stderr)
    return EXIT_ERROR


def cmd_reset_password(args: argparse.Namespace) -> int:
    from .storage.accounts import reset_password

    store = _open(args)
    try:
        reset_password(store, args.officer, _password(args, "Kata sandi baru: "))
    finally:
        store.close()
    print(messages.text("cli.password_reset", {"username": args.officer}, args.lang))
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    from .storage.retention import purge_expired

    store = _open(args)
    try:
        result = purge_expired(store, days=args.days)
    finally:
        store.close()
    print(messages.text("retention.purged", {"count": result.purged}, args.lang))
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from .ui.app import main as gui_main

    # Without --data-dir the GUI picks the folder chosen in its first-run wizard (or the default).
    return gui_main(sys.argv[:1], args.data_dir)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pulut-desktop", description="Pulut Desktop — pendaftaran Pulut Ketan")
    parser.add_argument("--version", action="version", version=f"pulut-desktop {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="uji mandiri di folder sementara (tanpa layar), lalu keluar"
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: folder pengguna)")
    parser.add_argument("--lang", choices=messages.LANGUAGES, default=messages.DEFAULT_LANGUAGE)
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str, login: bool = True):
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(func=func)
        if login:
            p.add_argument("--user", required=True, help="nama pengguna petugas")
        p.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
        return p

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
    from .outbox.cli import add_commands as add_sync_commands

    add_sync_commands(command)
    from .cards.cli import add_commands as add_card_commands

    add_card_commands(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    make_console_safe()
    args = build_parser().parse_args(argv)
    if args.self_test:  # in a new temporary folder (inside --data-dir if given), never the real store
        from .selftest import run_self_test

        return run_self_test(args.data_dir, args.lang)
    if args.func is cmd_gui:
        return cmd_gui(args)
    args.data_dir = args.data_dir or default_data_dir()
    if Path(args.data_dir).is_dir():  # the GUI sets up its own log
        setup_logging(DataDir(args.data_dir).logs)
    try:
        return args.func(args)
    except PulutError as err:
        print(messages.error_text(err, args.lang), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
