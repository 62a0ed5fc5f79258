"""Coverage report and the BPJS Ketenagakerjaan export, from accepted registrations at the province.

"Accepted" is the latest accepted version of each registration. Coverage groups by regency, district,
funding source, occupation and month (of the province's receipt) and sets each regency/source total
against its quota. The BPJS export (column layout: :data:`BPJS_COLUMNS`, documented in
docs/province-service.md) carries the full NIK: it is the customer number of a BPU participant. It is
for administrators only and every export is written to the province event log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pulut_desktop.domain.reference import regions
from pulut_desktop.fsutil import atomic_write_bytes
from pulut_desktop.sync import spreadsheet

from .models import Quota, RegistrationVersion
from .quotas import current_year
from .store import ProvinceStore, log_event

COVERAGE_COLUMNS = (
    "regency_code", "regency_name", "district_code", "district_name", "funding_source", "occupation_id",
    "month", "accepted", "regency_source_accepted", "quota", "quota_percent",
)  # fmt: skip
BPJS_COLUMNS = (
    "nik", "nama_lengkap", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "nama_ibu_kandung", "alamat",
    "kode_desa", "no_hp", "kode_pekerjaan", "program", "sumber_dana", "mulai_kepesertaan", "lama_bulan",
    "nomor_registrasi", "diterima_provinsi",
)  # fmt: skip


@dataclass(frozen=True)
class Accepted:
    registration_id: str
    registration_number: str | None
    village_code: str
    received_at: object
    data: dict


def accepted_registrations(store: ProvinceStore) -> list[Accepted]:
    with store.reader() as session:
        rows = session.execute(
            select(RegistrationVersion)
            .where(RegistrationVersion.status == "accepted")
            .order_by(RegistrationVersion.registration_id, RegistrationVersion.version)
        ).scalars()
        latest = {
            r.registration_id: Accepted(r.registration_id, r.registration_number, r.village_code, r.received_at, r.data)
            for r in rows
        }
    return sorted(latest.values(), key=lambda a: (a.village_code, a.registration_number or ""))


def _name(code: str) -> str:
    region = regions().get(code)
    return region.name if region else ""


def coverage_rows(store: ProvinceStore) -> list[dict]:
    groups: dict[tuple, int] = {}
    totals: dict[tuple[str, str], int] = {}
    for a in accepted_registrations(store):
        regency, district = a.village_code[:5], a.village_code[:8]
        source = a.data.get("funding_source", "-")
        month = f"{a.received_at:%Y-%m}"
        key = (regency, district, source, a.data.get("occupation_id", "-"), month)
        groups[key] = groups.get(key, 0) + 1
        totals[(regency, source)] = totals.get((regency, source), 0) + 1
    with store.reader() as session:
        year = Quota.budget_year == current_year()  # the report sets totals against this year's quotas
        quotas = {(q.regency_code, q.funding_source): q.quota for q in session.scalars(select(Quota).where(year))}
    for regency, source in quotas:  # a quota with nothing accepted yet still shows
        if (regency, source) not in totals:
            groups[(regency, "", source, "", "")] = 0
            totals[(regency, source)] = 0
    out = []
    for (regency, district, source, occupation, month), n in sorted(groups.items()):
        quota = quotas.get((regency, source))
        total = totals[(regency, source)]
        out.append({
            "regency_code": regency, "regency_name": _name(regency), "district_code": district,
            "district_name": _name(district) if district else "", "funding_source": source,
            "occupation_id": occupation, "month": month, "accepted": n, "regency_source_accepted": total,
            "quota": "" if quota is None else quota,
            "quota_percent": "" if not quota else round(100 * total / quota, 1),
        })  # fmt: skip
    return out


def bpjs_rows(store: ProvinceStore) -> list[dict]:
    out = []
    for a in accepted_registrations(store):
        d = a.data
        out.append({
            "nik": d["nik"], "nama_lengkap": d["full_name"], "tempat_lahir": d.get("birth_place") or "",
            "tanggal_lahir": d.get("birth_date") or "", "jenis_kelamin": d.get("sex") or "",
            "nama_ibu_kandung": d.get("mother_maiden_name") or "", "alamat": d.get("address_line") or "",
            "kode_desa": a.village_code, "no_hp": d.get("phone") or "", "kode_pekerjaan": d.get("occupation_id", ""),
            "program": "+".join(d.get("programmes") or []), "sumber_dana": d.get("funding_source", ""),
            "mulai_kepesertaan": d.get("coverage_start") or "", "lama_bulan": d.get("coverage_months", ""),
            "nomor_registrasi": a.registration_number or "", "diterima_provinsi": f"{a.received_at:%Y-%m-%d}",
        })  # fmt: skip
    return out


def to_csv(columns: tuple[str, ...], rows: list[dict]) -> bytes:
    return spreadsheet.csv_bytes(columns, ([row[c] for c in columns] for row in rows))


def to_xlsx(sheets: dict[str, tuple[tuple[str, ...], list[dict]]]) -> bytes:
    return spreadsheet.xlsx_bytes(
        {title: (columns, [[row[c] for c in columns] for row in rows]) for title, (columns, rows) in sheets.items()},
        bold_headers=False,
    )


def coverage_file(store: ProvinceStore, fmt: str = "csv") -> tuple[bytes, int]:
    rows = coverage_rows(store)
    data = to_csv(COVERAGE_COLUMNS, rows) if fmt == "csv" else to_xlsx({"Cakupan": (COVERAGE_COLUMNS, rows)})
    return data, len(rows)


def bpjs_file(store: ProvinceStore, fmt: str = "csv", *, by: str, target: str) -> tuple[bytes, int]:
    """The BPJS export (full NIKs), recorded in the event log: who exported how many rows to where."""
    rows = bpjs_rows(store)
    data = to_csv(BPJS_COLUMNS, rows) if fmt == "csv" else to_xlsx({"BPJS": (BPJS_COLUMNS, rows)})
    with store.session() as session:
        log_event(session, "bpjs.exported", target[:64], account=by[:64], by=by, rows=len(rows), format=fmt)
    return data, len(rows)


def write_coverage(store: ProvinceStore, out: Path, fmt: str = "csv") -> int:
    data, n = coverage_file(store, fmt)
    atomic_write_bytes(Path(out), data)
    return n


def write_bpjs(store: ProvinceStore, out: Path, fmt: str = "csv", *, by: str) -> int:
    """Write the BPJS export (full NIKs) and record who exported how many rows to where."""
    data, n = bpjs_file(store, fmt, by=by, target=str(Path(out).name))
    atomic_write_bytes(Path(out), data)
    return n
