"""``pulut-province exits-report`` (deaths, claims followed up and other exits per regency) and
``pulut-province renewals-report --year YEAR`` (covered the year before, renewed into YEAR, exited, not
renewed, per regency), each ``[--format csv|xlsx] [--out FILE]`` (issue 21). Registered by
:func:`add_after_commands` from ``cli.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import messages
from ..domain.terminal import safe_row

EXIT_OK = 0


def _print_and_write(args: argparse.Namespace, columns: tuple[str, ...], rows: list[dict], sheet: str) -> int:
    from ..fsutil import atomic_write_bytes
    from .reports import to_csv, to_xlsx

    print(safe_row(*columns))
    for row in rows:
        print(safe_row(*(row[c] for c in columns)))
    if args.out is not None:
        data = to_csv(columns, rows) if args.format == "csv" else to_xlsx({sheet: (columns, rows)})
        atomic_write_bytes(Path(args.out), data)
        print(messages.text("province.after_report_written", {"path": str(args.out), "rows": len(rows)}, args.lang))
    return EXIT_OK


def cmd_exits_report(args: argparse.Namespace) -> int:
    from .cli import _store
    from .exits import EXIT_REPORT_COLUMNS, exit_report_rows

    with _store(args) as store:
        rows = exit_report_rows(store)
    return _print_and_write(args, EXIT_REPORT_COLUMNS, rows, "Keluar")


def cmd_renewals_report(args: argparse.Namespace) -> int:
    from .cli import _store
    from .quotas import current_year
    from .renewals import RENEWAL_REPORT_COLUMNS, renewal_rows

    with _store(args) as store:
        rows = renewal_rows(store, args.year or current_year())
    return _print_and_write(args, RENEWAL_REPORT_COLUMNS, rows, "Perpanjangan")


def add_after_commands(sub) -> None:
    p = sub.add_parser("exits-report", help="kematian, klaim yang ditindaklanjuti dan keluar lain per kabupaten")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="tulis juga ke berkas")
    p.set_defaults(func=cmd_exits_report)
    p = sub.add_parser("renewals-report", help="perpanjangan per kabupaten: tertanggung tahun lalu, diperpanjang, "
                       "keluar, tidak diperpanjang")  # fmt: skip
    p.add_argument("--year", type=int, default=None, help="tahun anggaran perpanjangan (bawaan: tahun ini)")
    p.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    p.add_argument("--out", type=Path, default=None, help="tulis juga ke berkas")
    p.set_defaults(func=cmd_renewals_report)
