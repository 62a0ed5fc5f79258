"""``pulut-desktop``'s headless commands: one module per command group, each calling ``services`` only.

:func:`build_parser` is the whole command line (the launcher, ``pulut_desktop.launcher``, uses it too:
no subcommand there starts the GUI). :func:`main` runs one subcommand.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .. import __version__, messages
from ..console import make_console_safe
from ..domain.errors import PulutError
from ..logging_setup import setup_logging
from ..paths import DataDir, default_data_dir
from . import cards, store, sync
from .common import EXIT_ERROR

COMMAND_GROUPS = (store, sync, cards)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pulut-desktop", description="Pulut Desktop — pendaftaran Pulut Ketan")
    parser.add_argument("--version", action="version", version=f"pulut-desktop {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="uji mandiri di folder sementara (tanpa layar), lalu keluar"
    )
    parser.add_argument("--data-dir", type=Path, default=None, help="folder data (bawaan: folder pengguna)")
    parser.add_argument("--lang", choices=messages.LANGUAGES, default=messages.DEFAULT_LANGUAGE)
    parser.set_defaults(func=None)
    sub = parser.add_subparsers(dest="command")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_text: str, login: bool = True):
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(func=func)
        if login:
            p.add_argument("--user", required=True, help="nama pengguna petugas")
        p.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
        return p

    for group in COMMAND_GROUPS:
        group.add_commands(command)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run the parsed subcommand; a PulutError becomes its message on stderr and exit code 2."""
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand (``pulut-desktop`` itself, the launcher, also starts the GUI or the self-test)."""
    make_console_safe()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.func is None or args.self_test:
        parser.error("perintah tidak dikenal: jalankan pulut-desktop tanpa perintah untuk membuka aplikasi")
    return run(args)
