"""Retention purge on the laptop (issue 18): 30,000 registrations due at once (a laptop back from months in
the field), realistic people from :mod:`benchmarks.data`, an encrypted store made with the production KDF.
Baseline in the same run: one SQL ``UPDATE`` stripping the same columns of the same rows (no consent
summary, audit or drafts), on a copy of the same store."""

from __future__ import annotations

import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import data

DUE, PASSWORD = 30_000, "kata-sandi-bench-123"
COLUMNS = ("id, registration_number, nik, kk_number, full_name, birth_place, birth_date, sex, mother_maiden_name,"
           " address_line, village_code, phone, occupation_id, occupation_note, has_disability, funding_source,"
           " programmes, coverage_start, coverage_months, heirs, consent, drive_id, officer, status, status_reason,"
           " version, training, print_count, created_at, updated_at")  # fmt: skip


def _rows(count: int) -> list[tuple]:
    import json

    people = data.People(7, serial_base=1)
    consent = json.dumps({"given": True, "method": "signed_form", "recorded_at": "2026-03-01T09:00:00",
                          "witness_name": None, "form_reference": "F-1"})  # fmt: skip
    rows = []
    for n, p in enumerate(people.people(count), start=1):
        heirs = json.dumps([{"name": p["heir"], "relationship": "spouse", "nik": None, "phone": None}])
        rows.append((f"due-{n:06d}", f"PK-BNCH-PURG-{n:06d}", p["nik"], None, p["full_name"], p["birth_place"],
                     p["birth_date"].isoformat(), p["sex"], None, p["address_line"], p["village_code"], p["phone"],
                     p["occupation_id"], None, 0, "APBD", "JKK,JKM", "2026-04-01", 12, heirs, consent, None,
                     "petugas", "accepted", None, 3, 0, 1, "2026-03-01 09:00:00.000000",
                     "2026-04-01 09:00:00.000000"))  # fmt: skip
    return rows


def _store(root: Path):
    from pulut_desktop.storage.store import Store

    return Store.create(root, username="super", full_name="Sri Supervisor", password=PASSWORD,
                        device_name="Laptop Bench", regency_code="14.71")  # fmt: skip


def run() -> str:
    from sqlalchemy import text

    from benchmarks.common import load, machine
    from pulut_desktop.storage.retention import STRIPPED, purge_expired
    from pulut_desktop.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        store = _store(root / "ours")
        placeholders = ", ".join(f":c{i}" for i in range(30))
        with store.session() as session:
            session.execute(text(f"INSERT INTO registrations ({COLUMNS}) VALUES ({placeholders})"),
                            [{f"c{i}": v for i, v in enumerate(r)} for r in _rows(DUE)])  # fmt: skip
        store.close()
        shutil.copytree(root / "ours", root / "raw")
        shutil.copytree(root / "ours", root / "profiled")
        measured_at = load()
        store = Store.open(root / "ours", "super", PASSWORD)
        start, cpu = time.perf_counter(), time.process_time()
        purged = purge_expired(store, days=30).purged
        ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
        store.close()
        assert purged == DUE, purged
        store = Store.open(root / "raw", "super", PASSWORD)
        sets = ", ".join(f"{k} = :{k}" for k in STRIPPED)
        start, cpu = time.perf_counter(), time.process_time()
        with store.session() as session:
            session.execute(text(f"UPDATE registrations SET {sets} WHERE status = 'accepted' AND nik != ''"),
                            {**STRIPPED, "heirs": "[]"})  # fmt: skip
        raw, raw_cpu = time.perf_counter() - start, time.process_time() - cpu
        store.close()
        after = load()
        store = Store.open(root / "profiled", "super", PASSWORD)  # a third copy, for where the time goes
        profile = cProfile.Profile()
        profile.runcall(purge_expired, store, days=30)
        store.close()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(10)
    excerpt = "\n".join(line for line in out.getvalue().splitlines() if line.strip())
    return "\n".join([
        "## Retention purge (`benchmarks/bench_purge.py`, issue 18)",
        "",
        f"Machine: {machine()}; {measured_at} before, {after} after. One run each.",
        "",
        "| job | ours | baseline: one SQL UPDATE of the same rows | goal | met |",
        "|---|---:|---:|---|---|",
        f"| purge {DUE:,} registrations due at once (encrypted store, production KDF) | {ours:.2f} s "
        f"({ours_cpu:.2f} s CPU) | {raw:.2f} s ({raw_cpu:.2f} s CPU) | ≤ 5 s | {'yes' if ours <= 5 else '**no**'} |",
        "",
        "Both pay SQLCipher, `secure_delete` and the FTS5 name-index triggers; ours also keeps each row's consent "
        "summary, deletes drafts and writes the audit event. Linearity is a test "
        "(`tests/storage/test_retention_scaling.py`: 10x the rows, at most 12x the CPU time).",
        "",
        "Where ours spends its time (cProfile on a third copy, top by own time):",
        "",
        "```",
        excerpt,
        "```",
    ])  # fmt: skip


if __name__ == "__main__":
    print(run())
