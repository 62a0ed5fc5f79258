"""``pulut-province``: the province receiver's command line (offline USB path of issue 5).

    pulut-province [--data-dir DIR] [--database-url URL] init [--name NAME] [--training] [--admin NAME [--totp]]
    pulut-province devices list [--requests PATH ...]
    pulut-province devices approve PATH [--code CODE] [--out FILE] [--server-url URL]
    pulut-province devices revoke DEVICE [--reason TEXT]
    pulut-province import PATH ... [--receipts-to DIR]
    pulut-province receipts list [--device DEVICE]
    pulut-province receipts write BATCH_ID --to PATH
    pulut-province serve [--host 127.0.0.1] [--port 8750] [--max-upload-mb N] [--server-url URL]
    pulut-province users add NAME --role admin|reviewer|viewer | users reset NAME | users disable NAME | users list
    pulut-province devices requests | devices approve REQUEST_ID   (requests posted online)
    pulut-province year open YEAR [--quota REGENCY:SOURCE:N ...] | year list
    pulut-province held list | held show KEY | held release KEY [--note TEXT] | held discard KEY [--note TEXT]
    pulut-province quotas set REGENCY SOURCE N [--year YEAR] | quotas list [--year YEAR]
    pulut-province review list [--all] | review show ID | review accept ID | review reject ID [--note TEXT]
    pulut-province report [--format csv|xlsx] [--out FILE]
    pulut-province bpjs-export --out FILE [--format csv|xlsx]
    pulut-province bpjs-import FILE [--map field=Header ...] [--errors-to FILE]

The passphrase of the province keys is asked for, or read as one line of stdin (``--passphrase-stdin``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path

from .. import __version__, messages
from ..domain.errors import PulutError
from ..domain.terminal import TerminalSafe, safe_row
from .cli_service import check_server_url

EXIT_OK, EXIT_ERROR = 0, 2
PASSPHRASE_ENV = "PULUT_PROVINCE_PASSPHRASE"


def _say(args: argparse.Namespace, message: str, **params: object) -> None:
    print(messages.text(message, params, args.lang))


def _passphrase(args: argparse.Namespace, confirm: bool = False) -> str:
    import os

    if args.passphrase_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not confirm and os.environ.get(PASSPHRASE_ENV):  # the service under systemd
        return os.environ[PASSPHRASE_ENV]
    value = getpass.getpass("Frasa sandi kunci provinsi: ")
    if confirm and getpass.getpass("Ulangi frasa sandi: ") != value:
        raise PulutError("password.mismatch")
    return value


def _store(args: argparse.Namespace, create: bool = False):
    from .store import ProvinceStore

    return ProvinceStore.open(args.data_dir, args.database_url, create=create)


def cmd_init(args: argparse.Namespace) -> int:
    from ..sync.keys import key_id
    from .cli_users import add_first_admin, first_admin_password
    from .keys import create_keys

    passphrase = _passphrase(args, confirm=True)
    admin_password = first_admin_password(args, args.admin) if args.admin else None
    with _store(args, create=True) as store:
        keyring = create_keys(store, passphrase, name=args.name, training=args.training)
        if args.admin:
            add_first_admin(args, store, args.admin, admin_password)
    if not args.admin:
        _say(args, "province.first_admin_hint")
    _say(
        args,
        "province.initialised",
        encryption_key_id=key_id(keyring.active_encryption),
        signing_key_id=key_id(keyring.signing),
        path=str(store.data_dir.public_keys),
    )
    return EXIT_OK


def cmd_devices_list(args: argparse.Namespace) -> int:
    from .devices import list_devices, read_requests

    if args.requests:
        for found in read_requests(args.requests):
            r = found.request
            print(
                safe_row("request", r.device_code, r.device_name, r.regency_code, f"training={r.training}", found.path)
            )
    with _store(args) as store:
        for d in list_devices(store):
            print(safe_row("device", d.id, d.code, d.name, d.regency_code, f"training={d.training}", d.status))
    return EXIT_OK


def cmd_devices_approve(args: argparse.Namespace) -> int:
    from ..sync import usb
    from .devices import approve, read_requests, write_enrolment
    from .errors import DeviceError
    from .keys import unlock

    path = Path(args.request)
    if not path.exists():
        return _approve_online(args)
    found = read_requests([path])
    if args.code:
        found = [f for f in found if f.request.device_code == args.code.upper()]
    if not found:
        raise DeviceError("province.no_requests", path=str(path))
    if len(found) > 1:
        raise DeviceError("province.several_requests", count=len(found))
    request = found[0]
    with _store(args) as store:
        keys = unlock(store, _passphrase(args))
        device, data = approve(store, request.request, keys, check_server_url(args.server_url))
    stick = path if path.is_dir() else None
    if stick is None and request.path.parent.name.lower() == "requests":  # a request on a stick
        stick = request.path.parent.parent.parent
    if args.out is None and stick is None:
        args.out = request.path.with_suffix(usb.ENROLMENT_SUFFIX)
    target = write_enrolment(device, data, stick=stick, out=args.out)
    _say(args, "province.approved", code=device.code, name=device.name, device_id=device.id, path=str(target))
    return EXIT_OK


def _approve_online(args: argparse.Namespace) -> int:
    from .devices import approve_online
    from .keys import unlock

    with _store(args) as store:
        keys = unlock(store, _passphrase(args))
        device, data = approve_online(store, args.request, keys, check_server_url(args.server_url))
    if args.out is not None:
        from ..sync import usb

        usb.write_file_atomically(Path(args.out), data)
    _say(args, "province.approved_online", code=device.code, name=device.name, device_id=device.id)
    return EXIT_OK


def cmd_devices_revoke(args: argparse.Namespace) -> int:
    from .devices import revoke

    with _store(args) as store:
        device = revoke(store, args.device, args.reason)
    _say(args, "province.revoked", device_id=device.id)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from .ingest import FAILED, import_paths
    from .keys import unlock

    with _store(args) as store:
        keys = unlock(store, _passphrase(args))
        outcomes = import_paths(store, [Path(p) for p in args.paths], keys, receipts_to=args.receipts_to)
        from .answers import write_updated_receipts
        from .bundle import write_bundles

        write_bundles(store, keys, outcomes)
        write_updated_receipts(store, keys, outcomes)
    failed = False
    for o in outcomes:
        if o.status == FAILED:
            failed = True
            problem = messages.error_text(o.error, args.lang)
            print(messages.text("province.import_failed", {"path": str(o.path), "problem": problem}, args.lang))
            continue
        counts = ", ".join(f"{k} {v}" for k, v in sorted(o.counts.items())) or "-"
        _say(args, "province.imported", path=str(o.path), sequence=o.sequence, device_id=o.device_id,
             status=o.status, counts=counts)  # fmt: skip
        if o.error is not None:
            failed = True
            print(messages.error_text(o.error, args.lang), file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK


def cmd_receipts_list(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .models import Batch

    with _store(args) as store, store.reader() as session:
        query = select(Batch).order_by(Batch.device_id, Batch.sequence)
        if args.device:
            query = query.where(Batch.device_id == args.device)
        for b in session.scalars(query):
            when = f"{b.received_at:%Y-%m-%d %H:%M}"
            print(f"{b.id}\t{b.device_id}\t{b.sequence}\t{b.outcome}\t{b.error_code or '-'}\t{when}")
    return EXIT_OK


def cmd_receipts_write(args: argparse.Namespace) -> int:
    from ..sync import usb
    from .errors import ProvinceError
    from .models import Batch

    with _store(args) as store, store.reader() as session:
        batch = session.get(Batch, args.batch_id)
        if batch is None:
            raise ProvinceError("province.unknown_batch", batch_id=args.batch_id)
        device_id, sequence, data = batch.device_id, batch.sequence, batch.receipt
    target = Path(args.to)
    if target.is_dir():
        target = usb.ensure_layout(target).inbox / usb.receipt_file_name(device_id, sequence)
    usb.write_file_atomically(target, data)
    print(target)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    from .cli_rules import add_rules_commands
    from .cli_service import add_service_commands
    from .store import default_data_dir

    parser = argparse.ArgumentParser(
        prog="pulut-province",
        description="Penerima data provinsi Pulut Ketan (Disnakertrans Riau): pendaftaran laptop, "
        "impor batch dari USB atau jaringan, tanda terima, laporan cakupan.",
    )
    parser.add_argument("--version", action="version", version=f"pulut-province {__version__}")
    parser.add_argument("--data-dir", type=Path, default=None, help=f"folder data (bawaan: {default_data_dir()})")
    parser.add_argument("--database-url", default=None, help="URL SQLAlchemy (bawaan: SQLite di folder data)")
    parser.add_argument("--lang", choices=messages.LANGUAGES, default=messages.DEFAULT_LANGUAGE)
    parser.add_argument("--passphrase-stdin", action="store_true", help="baca frasa sandi kunci dari stdin")
    sub = parser.add_subparsers(dest="command", title="perintah")

    p = sub.add_parser("init", help="buat kunci dan penyimpanan provinsi")
    p.add_argument("--name", default="Disnakertrans Riau")
    p.add_argument("--training", action="store_true", help="provinsi latihan/demo")
    p.add_argument("--admin", default=None, help="buat juga admin pertama konsol web dengan nama ini")
    p.add_argument("--totp", action="store_true", help="admin pertama memakai kode verifikasi dua langkah")
    p.add_argument("--password-stdin", action="store_true", help="kata sandi admin dari stdin (setelah frasa sandi)")
    p.set_defaults(func=cmd_init)

    devices = sub.add_parser("devices", help="perangkat (laptop)").add_subparsers(dest="devices_command", required=True)
    p = devices.add_parser("list", help="daftar perangkat (dan permintaan di flashdisk/berkas)")
    p.add_argument("--requests", nargs="*", type=Path, default=[])
    p.set_defaults(func=cmd_devices_list)
    p = devices.add_parser("approve", help="setujui permintaan perangkat")
    p.add_argument("request", help="berkas .pulutrequest atau flashdisk")
    p.add_argument("--code", help="kode perangkat (bila flashdisk berisi beberapa permintaan)")
    p.add_argument("--out", type=Path, default=None, help="berkas pendaftaran tujuan")
    p.add_argument("--server-url", default=None, help="URL https layanan provinsi untuk laptop")
    p.set_defaults(func=cmd_devices_approve)
    p = devices.add_parser("revoke", help="cabut perangkat")
    p.add_argument("device", help="ID atau kode perangkat")
    p.add_argument("--reason", default=None)
    p.set_defaults(func=cmd_devices_revoke)

    p = sub.add_parser("import", help="impor kiriman dari flashdisk atau berkas; tulis tanda terima")
    p.add_argument("paths", nargs="+")
    p.add_argument("--receipts-to", type=Path, default=None)
    p.set_defaults(func=cmd_import)

    receipts = sub.add_parser("receipts", help="tanda terima").add_subparsers(dest="receipts_command", required=True)
    p = receipts.add_parser("list")
    p.add_argument("--device", default=None)
    p.set_defaults(func=cmd_receipts_list)
    p = receipts.add_parser("write", help="tulis ulang tanda terima sebuah kiriman")
    p.add_argument("batch_id")
    p.add_argument("--to", required=True)
    p.set_defaults(func=cmd_receipts_write)
    add_service_commands(sub, devices)
    add_rules_commands(sub)
    from .cli_quotas import add_quota_commands

    add_quota_commands(sub)
    from .cli_bpjs import add_bpjs_commands

    add_bpjs_commands(sub)
    from .cli_after import add_after_commands

    add_after_commands(sub)
    from .cli_users import add_user_commands

    add_user_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .store import default_data_dir

    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    args.data_dir = args.data_dir or default_data_dir()
    # Device names, file names and stored values come from outside: no control character reaches the
    # administrator's terminal unescaped (a CR or ESC sequence could show a forged device code).
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
    try:
        return args.func(args)
    except PulutError as err:
        print(messages.error_text(err, args.lang), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    finally:
        sys.stdout, sys.stderr = stdout, stderr


if __name__ == "__main__":
    sys.exit(main())
