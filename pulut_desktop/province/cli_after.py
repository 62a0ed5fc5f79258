"""``pulut-province exits-report [--format csv|xlsx] [--out FILE]`` (issue 21): deaths, claims followed
up and other exits per regency. Registered by :func:`add_after_commands` from ``cli.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import messages
from ..domain.terminal import safe_row

EXIT_OK = 0


def cmd_exits_report(args: argparse.Namespace) -> int:
    from ..fsutil import atomic_write_bytes
    from .cli import _store
    from .exits import EXIT_REPORT_COLUMNS, exit_report_rows
    from .reports import to_csv, to_xlsx

    with _store(args) as store:
        rows = exit_report_rows(store)
    print(safe_row(*EXIT_REPORT_COLUMNS))
    for row in rows:
        print(safe_row(*(row[c] for c in EXIT_REPORT_COLUMNS)))
    if args.out is not None:
        data = to_csv(EXIT_REPORT_COLUMNS, rows) if args.format == "csv" else to_xlsx(
            {"Keluar": (EXIT_REPORT_COLUMNS, rows)})  # fmt: skip
        atomic_write_bytes(Path(args.out), data)
        print(messages.text("province.exits_report_written", {"path": str(args.out), "rows": len(rows)}, args.lang))
    return EXIT_OK


def add_after_commands(sub) -> None:
    p = sub.add_parser("exits-report", help="kematian, klaim yang ditindaklanjuti dan keluar lain per kabupaten")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="tulis juga ke berkas")
    p.set_defaults(func=cmd_exits_report)
