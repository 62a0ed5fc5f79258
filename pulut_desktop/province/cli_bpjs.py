"""``pulut-province bpjs-import FILE [--map field=Header ...] [--errors-to FILE]`` (issue 21).

Registered by :func:`add_bpjs_commands` from ``cli.py``. The layout is in docs/bpjs-exchange.md."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from .. import messages

EXIT_OK, EXIT_ERROR = 0, 2


def cmd_bpjs_import(args: argparse.Namespace) -> int:
    from .bpjs_file import parse_overrides
    from .bpjs_import import default_report_path, import_bpjs, write_error_report
    from .cli import _store

    overrides = parse_overrides(args.map)
    with _store(args) as store:
        result = import_bpjs(store, Path(args.file), overrides, by=getpass.getuser())
    if result.errors:
        target = Path(args.errors_to) if args.errors_to else default_report_path(Path(args.file))
        write_error_report(result.errors, target, args.lang)
        print(messages.text("province.bpjs_import_refused", {"count": len(result.errors), "path": str(target)},
                            args.lang))  # fmt: skip
        return EXIT_ERROR
    if result.mapping_saved:
        mapping = ", ".join(f"{f}={h}" for f, h in result.mapping.items())
        print(messages.text("province.bpjs_mapping_saved", {"mapping": mapping}, args.lang))
    params = {"path": str(args.file), "rows": result.rows, "added": result.added, "updated": result.updated,
              "unchanged": result.unchanged}  # fmt: skip
    print(messages.text("province.bpjs_imported", params, args.lang))
    return EXIT_OK


def add_bpjs_commands(sub) -> None:
    p = sub.add_parser("bpjs-import", help="impor hasil BPJS (KPJ, tanggal efektif/berakhir, penolakan) dari CSV/XLSX")
    p.add_argument("file", help="berkas hasil BPJS (.csv atau .xlsx)")
    p.add_argument("--map", action="append", default=[], metavar="KOLOM=JUDUL",
                   help="kolom=Judul di berkas (nik, kpj, effective_date, end_date, status, reason); disimpan "
                   "untuk tata letak ini")  # fmt: skip
    p.add_argument("--errors-to", default=None, help="laporan galat CSV (bawaan: <berkas>-galat.csv di sebelahnya)")
    p.set_defaults(func=cmd_bpjs_import)
