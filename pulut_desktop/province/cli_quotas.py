"""``pulut-province year open YEAR [--quota REGENCY:SOURCE:N ...] | year list`` and
``pulut-province quotas set REGENCY SOURCE N [--year YEAR] | quotas list [--year YEAR]`` and
``pulut-province recount`` (rebuild the registration counters the quotas and the console read).

Thin: every action is a function of :mod:`pulut_desktop.province.quotas`, which the console calls too.
"""

from __future__ import annotations

import argparse
import getpass

from ..domain.registration import FundingSource
from ..domain.terminal import safe_row
from .cli_rules import EXIT_OK, _say, _store


def _quota_spec(text: str) -> tuple[str, str, int]:
    from .errors import ProvinceError

    parts = text.split(":")
    try:
        regency, source, number = parts
        return regency, source, int(number)
    except ValueError:
        raise ProvinceError("province.bad_quota_spec", spec=text[:40]) from None


def cmd_year_open(args: argparse.Namespace) -> int:
    from .quotas import open_year, set_quota

    specs = [_quota_spec(s) for s in args.quota]  # all parsed before anything is written
    with _store(args) as store:
        open_year(store, args.year, by=getpass.getuser(), note=args.note)
        _say(args, "province.budget_year_opened", year=args.year)
        for regency, source, quota in specs:
            set_quota(store, regency, source, quota, year=args.year, by=getpass.getuser())
            _say(args, "province.quota_set", regency=regency, source=source, quota=quota, year=args.year)
    return EXIT_OK


def cmd_year_list(args: argparse.Namespace) -> int:
    from .quotas import list_years

    with _store(args) as store:
        for y in list_years(store):
            print(safe_row(y["year"], y["quota"], f"{y['opened_at']:%Y-%m-%d}", y["opened_by"] or "-"))
    return EXIT_OK


def cmd_quotas_set(args: argparse.Namespace) -> int:
    from .quotas import set_quota

    with _store(args) as store:
        year = set_quota(store, args.regency, args.source, args.quota, year=args.year, by=getpass.getuser())
    _say(args, "province.quota_set", regency=args.regency, source=args.source, quota=args.quota, year=year)
    return EXIT_OK


def cmd_quotas_list(args: argparse.Namespace) -> int:
    from .quotas import list_quotas

    with _store(args) as store:
        for q in list_quotas(store, args.year):
            print(safe_row(q["budget_year"], q["regency_code"], q["funding_source"], q["quota"], q["accepted"]))
    return EXIT_OK


def cmd_recount(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from .counts import recount
    from .models import RegistrationVersion

    with _store(args) as store, store.session() as session:
        rows = recount(session)
        versions = session.scalar(select(func.count()).select_from(RegistrationVersion))
    _say(args, "province.recounted", versions=versions, rows=rows)
    return EXIT_OK


def add_quota_commands(sub) -> None:
    sub.add_parser(
        "recount", help="hitung ulang penghitung pendaftaran (kuota, per kabupaten, per minggu)"
    ).set_defaults(func=cmd_recount)
    years = sub.add_parser("year", help="tahun anggaran (kuota per tahun)").add_subparsers(
        dest="year_command", required=True
    )
    p = years.add_parser("open", help="buka tahun anggaran, mis. 'year open 2027 --quota 14.06:APBD:500'")
    p.add_argument("year", type=int)
    p.add_argument("--quota", action="append", default=[], metavar="KABUPATEN:SUMBER:JUMLAH")
    p.add_argument("--note", default=None)
    p.set_defaults(func=cmd_year_open)
    years.add_parser("list", help="tahun anggaran yang dibuka").set_defaults(func=cmd_year_list)

    quotas = sub.add_parser("quotas", help="kuota per tahun, kabupaten dan sumber dana").add_subparsers(
        dest="quotas_command", required=True
    )
    p = quotas.add_parser("set")
    p.add_argument("regency", help="kode kabupaten/kota, mis. 14.08")
    p.add_argument("source", choices=[s.value for s in FundingSource])
    p.add_argument("quota", type=int)
    p.add_argument("--year", type=int, default=None, help="tahun anggaran (bawaan: tahun ini)")
    p.set_defaults(func=cmd_quotas_set)
    p = quotas.add_parser("list")
    p.add_argument("--year", type=int, default=None, help="tahun anggaran (bawaan: tahun ini)")
    p.set_defaults(func=cmd_quotas_list)
