"""``pulut-province`` subcommands of the online service (issue 6): serve, devices requests,
review, report, bpjs-export. Registered by :func:`add_service_commands` from ``cli.py``."""

from __future__ import annotations

import argparse
import ctypes
import getpass
import ipaddress
import sys
from pathlib import Path

from .. import messages
from ..domain.terminal import safe_row

EXIT_OK, EXIT_ERROR = 0, 2


def _say(args: argparse.Namespace, message: str, **params: object) -> None:
    print(messages.text(message, params, args.lang))


def _store(args: argparse.Namespace):
    from .cli import _store

    return _store(args)


def _keys(args: argparse.Namespace, store):
    return _unlock(store, _passphrase_of(args))


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each of the server's worker threads its own malloc arena; under 50 laptops at once
    the fragmented arenas made resident memory climb round after round (tests/load). Two arenas keep it
    flat. Elsewhere (Windows, musl) this does nothing."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass


M_ARENA_MAX = -8  # from glibc's malloc.h


# ``serve --workers N``: each worker process builds its app from these (set by the parent, inherited).
WORKER_ENV = "PULUT_PROVINCE_WORKER"  # JSON: data dir, database URL, upload limit, server URL
WORKER_HEALTHCHECK_S = 300


def cmd_serve(args: argparse.Namespace) -> int:
    import json
    import os

    import uvicorn

    from .app import create_app
    from .auth import nonce_key
    from .cli import PASSPHRASE_ENV
    from .guard import uvicorn_options

    _limit_malloc_arenas()

    store = _store(args)
    passphrase = _passphrase_of(args)
    keys = _unlock(store, passphrase)  # checked here, so a wrong passphrase fails before any worker starts
    try:
        loopback = ipaddress.ip_address(args.host).is_loopback
    except ValueError:
        loopback = args.host == "localhost"
    if not loopback:
        print(messages.text("province.serve_not_loopback", {"host": args.host}, args.lang), file=sys.stderr)
    server_url = check_server_url(args.server_url)  # before any worker starts: every approval needs it
    options = dict(host=args.host, port=args.port, log_level="warning", access_log=False, **uvicorn_options())
    _say(args, "province.serving", url=f"http://{args.host}:{args.port}")
    try:
        if args.workers == 1:
            app = create_app(store, keys, max_upload=args.max_upload_mb * 1024 * 1024, server_url=server_url)
            uvicorn.run(app, **options)
        else:  # several processes on one store (PostgreSQL): nonces and receipts stay exactly-once
            nonce_key(store)  # made once here, before the workers race for it
            os.environ[PASSPHRASE_ENV] = passphrase  # the workers unlock the keys themselves (spawned)
            os.environ[WORKER_ENV] = json.dumps({
                "data_dir": str(args.data_dir), "database_url": args.database_url,
                "max_upload": args.max_upload_mb * 1024 * 1024, "server_url": server_url})  # fmt: skip
            # A worker importing a 2,000-record batch holds the GIL for seconds; uvicorn's default 5 s health
            # check would kill it mid-import (the laptop sees a dropped connection and sends again).
            uvicorn.run(f"{__name__}:worker_app", factory=True, workers=args.workers,
                        timeout_worker_healthcheck=WORKER_HEALTHCHECK_S, **options)  # fmt: skip
    finally:
        store.close()
    return EXIT_OK


def _passphrase_of(args: argparse.Namespace) -> str:
    from .cli import _passphrase

    return _passphrase(args)


def _unlock(store, passphrase: str):
    from .keys import unlock

    return unlock(store, passphrase)


def worker_app():
    """The app of one worker process of ``serve --workers N`` (a uvicorn factory)."""
    import json
    import os

    from .app import create_app
    from .cli import PASSPHRASE_ENV
    from .store import ProvinceStore

    _limit_malloc_arenas()
    config = json.loads(os.environ[WORKER_ENV])
    store = ProvinceStore.open(config["data_dir"], config["database_url"])
    keys = _unlock(store, os.environ[PASSPHRASE_ENV])
    return create_app(store, keys, max_upload=config["max_upload"], server_url=config["server_url"])


def _positive(text: str) -> int:
    value = int(text)
    if not 1 <= value <= 64:
        raise argparse.ArgumentTypeError("1..64")
    return value


def cmd_devices_requests(args: argparse.Namespace) -> int:
    from .devices import pending_requests

    with _store(args) as store:
        for r in pending_requests(store):
            print(safe_row(r.request_id, r.device_code, r.device_name, r.regency_code, f"training={r.training}"))
    return EXIT_OK


def cmd_devices_reject(args: argparse.Namespace) -> int:
    from .devices import refuse_request

    with _store(args) as store:
        row = refuse_request(store, args.request_id, by=getpass.getuser())
    _say(args, "province.request_rejected", request_id=row.request_id, status=row.status)
    return EXIT_OK


def cmd_devices_purge(args: argparse.Namespace) -> int:
    from .devices import purge_requests

    with _store(args) as store:
        count = purge_requests(store, args.older_than_days, by=getpass.getuser())
    _say(args, "province.requests_purged", count=count, days=args.older_than_days)
    return EXIT_OK


def cmd_held_list(args: argparse.Namespace) -> int:
    from .held import list_held

    with _store(args) as store:
        for h in list_held(store):
            print(safe_row(h.file_sha256[:16], h.device_id, h.sequence, h.batch_id, h.reason,
                           f"{h.received_at:%Y-%m-%d %H:%M}"))  # fmt: skip
    return EXIT_OK


def cmd_held_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .held import show_held

    with _store(args) as store:
        for key, value in asdict(show_held(store, args.key)).items():
            print(safe_row(key, value))
    return EXIT_OK


def cmd_held_discard(args: argparse.Namespace) -> int:
    from .held import discard_held

    with _store(args) as store:
        view = discard_held(store, args.key, by=getpass.getuser(), note=args.note)
    _say(args, "province.held_discarded", sha256=view.file_sha256[:16], sequence=view.sequence)
    return EXIT_OK


def cmd_held_release(args: argparse.Namespace) -> int:
    from .held import release_held

    with _store(args) as store:
        outcome = release_held(store, args.key, _keys(args, store), by=getpass.getuser(), note=args.note)
    accepted = outcome.counts.get("accepted", 0)
    _say(args, "province.held_released", sha256=args.key[:16], sequence=outcome.sequence, batch_id=outcome.batch_id,
         accepted=accepted, other=sum(outcome.counts.values()) - accepted)  # fmt: skip
    return EXIT_OK


def cmd_keys_export_public(args: argparse.Namespace) -> int:
    from .keys import export_public

    with _store(args) as store:
        export_public(store, args.out)
    _say(args, "province.public_keys_written", path=str(args.out))
    return EXIT_OK


def check_server_url(url: str | None) -> str | None:
    """The URL written into enrolment files must be https (laptops send NIKs to it; the enrolment
    format accepts nothing else), checked when the command starts rather than at every approval."""
    from urllib.parse import urlsplit

    from .errors import ProvinceError

    if url is None:
        return None
    try:
        parts = urlsplit(url)
        ok = parts.scheme == "https" and bool(parts.hostname) and url.isascii() and url.isprintable()
    except ValueError:
        ok = False
    if not ok:
        raise ProvinceError("province.server_url_not_https", url=url)
    return url


def _print_case(c) -> None:
    print(
        safe_row(c.id, c.status, c.reason, c.full_name, c.nik_masked, c.birth_date, c.registration_number, "~",
                 c.other_full_name, c.other_nik_masked, c.other_registration_number)
    )  # fmt: skip


def cmd_review_list(args: argparse.Namespace) -> int:
    from .review import list_cases

    with _store(args) as store:
        for c in list_cases(store, None if args.all else "open"):
            _print_case(c)
    return EXIT_OK


def cmd_review_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from .review import show_case

    with _store(args) as store:
        for key, value in asdict(show_case(store, args.id)).items():
            print(safe_row(key, value))
    return EXIT_OK


def _decide(args: argparse.Namespace, accept: bool) -> int:
    from .review import decide

    with _store(args) as store:
        case = decide(store, args.id, accept, _keys(args, store), by=getpass.getuser(), note=args.note)
    _say(args, "province.review_decision", id=case.id, status=case.status)
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from .reports import write_coverage

    out = args.out or Path(f"cakupan.{args.format}")
    with _store(args) as store:
        n = write_coverage(store, out, args.format)
    _say(args, "province.report_written", path=str(out), rows=n)
    return EXIT_OK


def cmd_bpjs_export(args: argparse.Namespace) -> int:
    from .reports import write_bpjs

    with _store(args) as store:
        n = write_bpjs(store, args.out, args.format, by=getpass.getuser())
    _say(args, "province.bpjs_written", path=str(args.out), rows=n)
    return EXIT_OK


def add_service_commands(sub, devices) -> None:
    p = sub.add_parser("serve", help="jalankan layanan jaringan (FastAPI/uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--max-upload-mb", type=int, default=64, help="batas ukuran kiriman (MiB)")
    p.add_argument("--server-url", default=None, help="URL https publik yang dicantumkan di berkas pendaftaran")
    p.add_argument("--workers", type=_positive, default=1,
                   help="jumlah proses layanan (lebih dari 1: untuk PostgreSQL)")  # fmt: skip
    p.set_defaults(func=cmd_serve)

    p = devices.add_parser("requests", help="permintaan perangkat yang dikirim lewat jaringan")
    p.set_defaults(func=cmd_devices_requests)
    p = devices.add_parser("reject", help="tolak permintaan perangkat (tidak akan pernah disetujui)")
    p.add_argument("request_id")
    p.set_defaults(func=cmd_devices_reject)
    p = devices.add_parser("purge", help="hapus permintaan lama yang tidak disetujui")
    p.add_argument("--older-than-days", type=int, default=14)
    p.set_defaults(func=cmd_devices_purge)

    keys = sub.add_parser("keys", help="kunci provinsi").add_subparsers(dest="keys_command", required=True)
    p = keys.add_parser("export-public", help="tulis province-keys.json (kunci publik saja) untuk laptop")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(func=cmd_keys_export_public)

    held = sub.add_parser("held", help="kiriman yang ditahan (urutan atau ID sudah dipakai berkas lain)")
    held = held.add_subparsers(dest="held_command", required=True)
    held.add_parser("list").set_defaults(func=cmd_held_list)
    p = held.add_parser("show")
    p.add_argument("key", help="SHA-256 berkas (paling sedikit 8 karakter awal)")
    p.set_defaults(func=cmd_held_show)
    p = held.add_parser("discard", help="buang kiriman yang ditahan (dicatat)")
    p.add_argument("key")
    p.add_argument("--note", default=None)
    p.set_defaults(func=cmd_held_discard)
    p = held.add_parser("release", help="lepaskan kiriman yang ditahan: impor sebagai kiriman itu sendiri (dicatat)")
    p.add_argument("key")
    p.add_argument("--note", default=None)
    p.set_defaults(func=cmd_held_release)

    reviews = sub.add_parser("review", help="pendaftaran mirip yang ditahan untuk ditinjau").add_subparsers(
        dest="review_command", required=True
    )
    p = reviews.add_parser("list")
    p.add_argument("--all", action="store_true")
    p.set_defaults(func=cmd_review_list)
    p = reviews.add_parser("show")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_review_show)
    for name, accept in (("accept", True), ("reject", False)):
        p = reviews.add_parser(name)
        p.add_argument("id", type=int)
        p.add_argument("--note", default=None)
        p.set_defaults(func=lambda a, accept=accept: _decide(a, accept))

    p = sub.add_parser("report", help="laporan cakupan terhadap kuota")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", type=Path, default=None)
    p.set_defaults(func=cmd_report)
    p = sub.add_parser("bpjs-export", help="ekspor pendaftaran diterima untuk BPJS Ketenagakerjaan (NIK lengkap)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.set_defaults(func=cmd_bpjs_export)
