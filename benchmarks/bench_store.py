"""Save one registration and search at 200,000 local records, beside raw sqlite3 on the same rows.

Baseline: Python's stdlib ``sqlite3`` (no encryption, no ORM, no audit) with the same columns and
indexes, one INSERT per transaction in WAL + synchronous=FULL, ``LIKE '%x%'`` for names. Ours: the real
``registrations.save`` (validation, duplicate check, audit event, SQLCipher) and ``search_rowids`` +
``fetch_rows`` of the first 100 (what the list shows).
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from benchmarks.common import machine, p50, p95, timed, update_section
from pulut_desktop.storage import keyring, registrations
from pulut_desktop.storage.demo import synthetic_registrations
from pulut_desktop.storage.mapping import fill_row
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.queries import RegistrationQuery, fetch_rows, search_rowids
from pulut_desktop.storage.store import Store

ROWS = 200_000
SAVES = 200
SEARCHES = 100


def _rows(regs):
    now = time.time()
    for i, reg in enumerate(regs):
        row = RegistrationRow(
            id=reg.id,
            registration_number=f"PK-BENC-HMRK-{i + 1:06d}",
            status=reg.status.value,
            version=1,
            print_count=0,
        )
        reg.officer = "bench"
        fill_row(row, reg)
        values = {c.name: getattr(row, c.key) for c in RegistrationRow.__table__.columns}
        values["created_at"] = values["updated_at"] = __import__("datetime").datetime.fromtimestamp(now - i)
        yield values


def _raw_baseline(folder: Path, rows: list[dict], fresh: list[dict], fragments, prefixes):
    conn = sqlite3.connect(folder / "raw.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    cols = list(rows[0])
    conn.execute(f"CREATE TABLE registrations ({', '.join(cols)})")
    conn.execute("CREATE INDEX ix_nik ON registrations(nik)")
    conn.execute("CREATE INDEX ix_name ON registrations(full_name)")
    sql = f"INSERT INTO registrations VALUES ({', '.join('?' for _ in cols)})"
    conn.execute("BEGIN")
    conn.executemany(sql, ([str(r[c]) if isinstance(r[c], (list, dict)) else r[c] for c in cols] for r in rows))
    conn.execute("COMMIT")
    it = iter(fresh)

    def save_one():
        r = next(it)
        conn.execute("BEGIN")
        conn.execute(sql, [str(r[c]) if isinstance(r[c], (list, dict)) else r[c] for c in cols])
        conn.execute("COMMIT")

    saves = timed(save_one, SAVES)
    name_it, nik_it = iter(fragments), iter(prefixes)
    names = timed(
        lambda: conn.execute(
            "SELECT rowid FROM registrations WHERE full_name LIKE ? ORDER BY created_at DESC",
            (f"%{next(name_it)}%",),
        ).fetchall(),
        SEARCHES,
    )
    niks = timed(
        lambda: conn.execute(
            "SELECT rowid FROM registrations WHERE nik >= ? AND nik < ? ORDER BY created_at DESC",
            (p := next(nik_it), p[:-1] + chr(ord(p[-1]) + 1)),
        ).fetchall(),
        SEARCHES,
    )
    conn.close()
    return saves, names, niks


def run() -> str:
    keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)  # login cost is not measured
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"generating {ROWS + SAVES} synthetic registrations...", flush=True)
        regs = synthetic_registrations(ROWS + SAVES, seed=5)
        bulk, fresh = regs[:ROWS], regs[ROWS:]
        rows = list(_rows(bulk))
        fragments = [
            r["full_name"][i : i + 4]
            for r in rng.sample(rows, SEARCHES)
            for i in [rng.randint(0, max(0, len(r["full_name"]) - 4))]
        ]
        prefixes = [r["nik"][: rng.randint(6, 10)] for r in rng.sample(rows, SEARCHES)]

        store = Store.create(
            folder / "data",
            username="bench",
            full_name="Bench",
            password="bench-password",
            device_name="Bench",
            regency_code="14.71",
        )
        print("bulk-loading the encrypted store...", flush=True)
        with store.session() as session:
            for start in range(0, ROWS, 20_000):
                session.execute(insert(RegistrationRow), rows[start : start + 20_000])
        it = iter(fresh)
        ours_save = timed(lambda: registrations.save(store, next(it), submit=False), SAVES)

        def search(text):
            with store.reader() as session:
                ids = search_rowids(session, RegistrationQuery(text=text))
                fetch_rows(session, ids[:100])

        name_it, nik_it = iter(fragments), iter(prefixes)
        ours_name = timed(lambda: search(next(name_it)), SEARCHES)
        ours_nik = timed(lambda: search(next(nik_it)), SEARCHES)
        store.close()

        print("raw sqlite3 baseline...", flush=True)
        fresh_rows = list(_rows(synthetic_registrations(SAVES, seed=99)))
        raw_save, raw_name, raw_nik = _raw_baseline(folder, rows, fresh_rows, fragments, prefixes)

    lines = [
        "## Local store at 200,000 registrations (`benchmarks/bench_store.py`)",
        "",
        f"Machine: {machine()}.",
        "",
        "| operation | ours p50 | ours p95 | raw sqlite3 p50 | raw sqlite3 p95 | goal (p95) | met |",
        "|---|---|---|---|---|---|---|",
    ]
    for label, ours, raw, goal in [
        ("save one registration (validate, duplicate check, audit, fsync)", ours_save, raw_save, 30),
        ("search by name fragment (+ fetch first 100 rows)", ours_name, raw_name, 50),
        ("search by NIK prefix (+ fetch first 100 rows)", ours_nik, raw_nik, 50),
    ]:
        met = "yes" if p95(ours) <= goal else "**no**"
        lines.append(
            f"| {label} | {p50(ours):.1f} ms | {p95(ours):.1f} ms | {p50(raw):.1f} ms | "
            f"{p95(raw):.1f} ms | ≤ {goal} ms | {met} |"
        )
    lines += [
        "",
        "Baseline: stdlib `sqlite3`, unencrypted, no ORM/validation/audit, same rows and indexes, "
        "`LIKE '%x%'` for names. Ours: SQLCipher, SQLAlchemy, FTS5 trigram index for names.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    section = run()
    print(section)
    update_section("store", section)
