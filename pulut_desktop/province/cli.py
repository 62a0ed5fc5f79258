"""``pulut-province``: the province receiver's command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pulut-province",
        description="Penerima data provinsi Pulut Ketan (Disnakertrans Riau): pendaftaran laptop, "
        "impor batch dari USB atau jaringan, tanda terima, laporan cakupan.",
    )
    parser.add_argument("--version", action="version", version=f"pulut-province {__version__}")
    parser.add_subparsers(dest="command", title="perintah")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
