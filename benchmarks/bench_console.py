"""The province console's Beranda and Kuota pages on PostgreSQL with 1,000,000 registrations (issue 20).

Our code: ``GET /admin`` (Beranda) and ``GET /admin/kuota`` from a live ``pulut-province serve`` (the
installed entry point, its own process), signed in as an admin, timed at the client over loopback; and
the same pages' data functions (``dashboard``, ``list_quotas``) in process, which is the server's own
time without HTTP and templates; both read the counters (``registration_counts``), which ``pulut-province
recount`` rebuilds after the COPY (timed). Baseline in the same run: the plain aggregate the counters
replace, ``SELECT ... GROUP BY`` over the same rows in psql-equivalent SQL (no console code at all).

Data: people from :mod:`benchmarks.data` (40,000 realistic registrations: villages weighted by
population, funding source by occupation, coverage from January 2027), each repeated 25 times under new
registration ids to 1,000,000 rows, in 500 batches from 500 laptops received over the last year; budget
year 2027 opened with a quota per regency and source. Needs ``PULUT_TEST_POSTGRES_URL``
(``source .ci/postgres.sh``)."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import data
from benchmarks.bench_province import SERVE, _postgres_database
from benchmarks.common import load, machine, p50, p95, timed

FULL, PEOPLE, BATCH, REPEAT = 1_000_000, 40_000, 2000, 20
ADMIN_PASSWORD = "kunci-bench-konsol-1"
VERSION_COLUMNS = (
    "registration_id, version, batch_id, device_id, registration_number, nik, full_name, village_code, status,"
    " data, received_at, person_key, regency_code, funding_source, budget_year"
)


def _rows() -> tuple[list[tuple], list[list[tuple]]]:
    """The batches rows and, per batch, its registration_versions rows (see the module docstring)."""
    base = [reg for _, regs, _, _ in data.fill_batches(PEOPLE, audit=False) for reg in regs]
    rng = random.Random(data.SEED)
    devices = [d[0] for d in data.fill_devices("")]
    batches, versions = [], []
    count = FULL // BATCH
    for b in range(count):
        batch_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        stamp = f"{data.TODAY - timedelta(days=365 * (count - 1 - b) // count)} 08:00:00"
        device = devices[b % len(devices)]
        batches.append((batch_id, device, b // len(devices) + 1, uuid.uuid4().hex * 2, BATCH, stamp, str(uuid.uuid4())))
        start = (b * BATCH) % len(base)
        versions.append([
            (str(uuid.UUID(int=rng.getrandbits(128), version=4)), 2, batch_id, device, *r[3:7], "accepted", r[7],
             stamp, *r[9:])
            for r in base[start : start + BATCH]
        ])  # fmt: skip
    return batches, versions


def _load(url: str) -> None:
    """COPY the rows into the store ``pulut-province init`` made, then open 2027 with its quotas."""
    from sqlalchemy import create_engine

    batches, versions = _rows()
    engine = create_engine(url)
    raw = engine.raw_connection()
    try:
        with raw.driver_connection.cursor() as cur:
            with cur.copy("COPY devices (id, code, public_key, name, request_id, enrolled_at, regency_code, training,"
                          " status, enrolment) FROM STDIN") as copy:  # fmt: skip
                for row in data.fill_devices("2025-11-25 08:00:00"):
                    copy.write_row((*row, "14.71", False, "active", b""))
            with cur.copy("COPY batches (id, device_id, sequence, file_sha256, record_count, received_at, receipt_id,"
                          " training, header, outcome, receipt) FROM STDIN") as copy:  # fmt: skip
                for row in batches:
                    copy.write_row((*row, False, "{}", "processed", b""))
            with cur.copy(f"COPY registration_versions ({VERSION_COLUMNS}) FROM STDIN") as copy:
                for rows in versions:
                    for row in rows:
                        copy.write_row(row)
        raw.driver_connection.commit()
        raw.driver_connection.autocommit = True
        raw.driver_connection.execute("VACUUM ANALYZE")
    finally:
        raw.close()
        engine.dispose()


def _open_year(root: Path, url: str) -> None:
    from pulut_desktop.province.quotas import open_year, set_quota
    from pulut_desktop.province.store import ProvinceStore

    with ProvinceStore.open(root, url) as store:
        open_year(store, 2027, by="bench")
        for regency, population in data.REGENCY_POPULATION.items():
            set_quota(store, regency, "APBD", population // 12, year=2027, by="bench")
            set_quota(store, regency, "DBH_SAWIT", population // 40, year=2027, by="bench")


def _cli(root: Path, url: str, *args: str, stdin: str = "") -> None:
    done = subprocess.run([str(SERVE), "--data-dir", str(root), "--database-url", url, *args], input=stdin,
                          capture_output=True, text=True, timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr


def _serve(root: Path, url: str):
    import httpx

    from tests.province_http.conftest import free_port

    port = free_port()
    env = {**os.environ, "PULUT_PROVINCE_PASSPHRASE": data.PASSPHRASE}
    server = subprocess.Popen([str(SERVE), "--data-dir", str(root), "--database-url", url, "serve", "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if httpx.get(base + "/v1/health", timeout=2, trust_env=False).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.kill()
    raise RuntimeError("pulut-province serve did not start")


def _signed_in(base: str):
    import httpx

    client = httpx.Client(base_url=base, trust_env=False, timeout=600)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/admin/login").text).group(1)
    answer = client.post("/admin/login", data={"csrf": token, "username": "admin", "password": ADMIN_PASSWORD})
    assert answer.status_code == 303, answer.text
    return client


def _page(client, path: str, expect: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200 and expect in answer.text, answer.text[:500]


def _baseline(url: str) -> list[float]:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    query = text("SELECT regency_code, funding_source, count(*) FROM registration_versions"
                 " WHERE status = 'accepted' AND budget_year = 2027 GROUP BY regency_code, funding_source")  # fmt: skip
    with engine.connect() as conn:
        samples = timed(lambda: conn.execute(query).all(), REPEAT)
    engine.dispose()
    return samples


def run() -> str:
    from pulut_desktop.province.console.home import dashboard
    from pulut_desktop.province.quotas import list_quotas
    from pulut_desktop.province.store import ProvinceStore

    url = _postgres_database()
    if url is None:
        return "Skipped: no PostgreSQL (`source .ci/postgres.sh` first)."
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "province"
        _cli(root, url, "--passphrase-stdin", "init", "--name", "Bench", "--admin", "admin", "--password-stdin",
             stdin=f"{data.PASSPHRASE}\n{ADMIN_PASSWORD}\n")  # fmt: skip
        started = time.perf_counter()
        _load(url)
        _open_year(root, url)
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        _cli(root, url, "recount")  # COPY bypasses the ingest: the counters are rebuilt as an admin would
        recounted = time.perf_counter() - started
        with ProvinceStore.open(root, url) as store:
            home_fn = timed(lambda: dashboard(store), REPEAT)
            quota_fn = timed(lambda: list_quotas(store, 2027), REPEAT)
            accepted = sum(q["accepted"] for q in list_quotas(store, 2027))
        assert accepted == FULL, accepted
        baseline = _baseline(url)
        server, base = _serve(root, url)
        try:
            client = _signed_in(base)
            _page(client, "/admin", "Tahun anggaran")
            home_http = timed(lambda: _page(client, "/admin", "2027"), REPEAT)
            quota_http = timed(lambda: _page(client, "/admin/kuota", "2027"), REPEAT)
        finally:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(root, ignore_errors=True)

    def row(name: str, samples: list[float]) -> str:
        return f"| {name} | {p50(samples):.0f} | {p95(samples):.0f} |"

    return "\n".join([
        "## Province console on PostgreSQL, 1,000,000 registrations (`benchmarks/bench_console.py`, issue 20)",
        "",
        f"Machine: {machine()}; {load()} at the end of the run.",
        f"Data: {FULL:,} accepted registrations (budget year 2027), loaded by COPY in {loaded:.0f} s;"
        f" {REPEAT} runs each. The COPY bypasses the ingest, so the counters were rebuilt by"
        f" `pulut-province recount` (its own process) in {recounted:.0f} s.",
        "",
        "| What | p50 ms | p95 ms |",
        "|---|---|---|",
        row("`GET /admin` (Beranda) over HTTP, signed in", home_http),
        row("`GET /admin/kuota` (Kuota & aturan) over HTTP, signed in", quota_http),
        row("Beranda's data in process (`dashboard`)", home_fn),
        row("Kuota's counts in process (`list_quotas`, reads `registration_counts`)", quota_fn),
        row("Baseline: bare `GROUP BY` of the same counts (no latest-version rule)", baseline),
    ])  # fmt: skip


if __name__ == "__main__":
    print(run())
