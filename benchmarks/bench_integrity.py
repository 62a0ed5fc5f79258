"""The store's damage checks at 200,000 registrations: which one is fast enough to run at every open.

``PRAGMA quick_check`` walks every b-tree page (decrypting each, so SQLCipher's page HMAC is checked
too) without cross-checking indexes; ``PRAGMA cipher_integrity_check`` checks the HMAC of every page in
the file and nothing of SQLite's structure; ``PRAGMA integrity_check`` (the backup copy's check) does
both walks plus index/table agreement. Each is run cold (a new connection) three times.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from benchmarks.bench_store import ROWS, _rows
from benchmarks.common import load, machine, p50, update_section
from pulut_desktop.storage import keyring
from pulut_desktop.storage.demo import synthetic_registrations
from pulut_desktop.storage.engine import connect_raw
from pulut_desktop.storage.models import RegistrationRow
from pulut_desktop.storage.store import Store

NOTE = """
Choice: `cipher_integrity_check` runs after every login (about half the
time of `quick_check`; any byte changed on disk breaks its page's HMAC, which is what it checks), on
its own connection beside the officer's work. The full `integrity_check` runs on every backup copy
before it enters the rotation, also beside the officer's work."""
CHECKS = ("quick_check", "cipher_integrity_check", "integrity_check")
REPEAT = 3


def _time_check(path: Path, key: bytes, pragma: str) -> tuple[float, str]:
    start = time.perf_counter()
    conn = connect_raw(path, key)
    try:
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.close()
    return (time.perf_counter() - start) * 1000, ("ok" if rows in ([], [("ok",)]) else str(rows[:1]))


def run() -> str:
    keyring.DEFAULT_KDF = keyring.KdfParams(iterations=1, lanes=1, memory_kib=8)
    with tempfile.TemporaryDirectory() as tmp:
        print(f"generating {ROWS} synthetic registrations...", flush=True)
        rows = list(_rows(synthetic_registrations(ROWS, seed=5)))
        store = Store.create(Path(tmp) / "data", username="bench", full_name="Bench", password="bench-password",
                             device_name="Bench", regency_code="14.71")  # fmt: skip
        with store.session() as session:
            for start in range(0, ROWS, 20_000):
                session.execute(insert(RegistrationRow), rows[start : start + 20_000])
        path, key = store.data_dir.database, store.database_key
        store.close()
        size_mb = path.stat().st_size / 1024 / 1024
        results = {}
        for pragma in CHECKS:
            samples = [_time_check(path, key, pragma) for _ in range(REPEAT)]
            results[pragma] = ([ms for ms, _ in samples], samples[-1][1])
            print(pragma, results[pragma], flush=True)
    lines = [
        "## Damage check at 200,000 registrations (`benchmarks/bench_integrity.py`)",
        "",
        f"Machine: {machine()}; {load()}. Store file: {size_mb:.0f} MB. New connection each run, {REPEAT} runs.",
        "",
        "| check | p50 | runs | result |",
        "|---|---|---|---|",
    ]
    for pragma, (samples, result) in results.items():
        runs = ", ".join(f"{ms:.0f}" for ms in samples)
        lines.append(f"| `PRAGMA {pragma}` | {p50(samples):.0f} ms | {runs} ms | {result} |")
    return "\n".join(lines) + "\n" + NOTE


if __name__ == "__main__":
    section = run()
    print(section)
    update_section("integrity", section)
