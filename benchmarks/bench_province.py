"""Province ingest at real scale (issue 18), each beside its baseline in the same run:

1. in process (the USB path, ``import_batch``), real laptop batches (2,000 registrations, 4,000 audit
   lines and drive lines each), into an empty store and into one pre-filled to 1,000,000 registrations;
   baseline: stdlib ``sqlite3`` inserting the same decoded rows into the same schema in one transaction;
2. HTTP upload, 20 laptops at once, one 2,000-registration batch each, to ``pulut-province serve`` (the
   installed entry point, its own process) on SQLite;
3. the same on PostgreSQL with ``serve --workers 1`` beside ``--workers 2``.

Stores and batches come from :mod:`benchmarks.data` (cached under ``build/bench-cache``)."""

from __future__ import annotations

import cProfile
import io
import os
import pstats
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import data

IN_PROCESS, HTTP_LAPTOPS, PER_BATCH, FULL = 5, 20, 2000, 1_000_000
TWINS = 20  # per batch: people the pre-filled province already holds (half duplicates, half near-duplicates)
SERVE = Path(sys.executable).with_name("pulut-province")


def laptop_batches(store_root: Path, count: int) -> list[tuple[object, str, bytes]]:
    """``count`` real laptop batches (device key, device id, file bytes), built once and cached."""
    import hashlib

    from sqlalchemy import select

    from pulut_desktop.domain.numbers import device_code
    from pulut_desktop.province.keys import unlock
    from pulut_desktop.province.models import Device
    from pulut_desktop.province.store import ProvinceStore
    from pulut_desktop.sync.batch import build_batch
    from pulut_desktop.sync.keys import b64encode

    keys_id = hashlib.sha256((store_root / "province-keys.json").read_bytes()).hexdigest()[:12]
    folder = data.CACHE / f"batches-{PER_BATCH}-{keys_id}"
    folder.mkdir(parents=True, exist_ok=True)
    with ProvinceStore.open(store_root) as store:
        keys = unlock(store, data.PASSPHRASE)
        with store.reader() as session:
            by_key = {b64encode(d.public_key): d.id for d in session.scalars(select(Device))}
    twins = data.twins_of_prefill(TWINS * data.BENCH_LAPTOPS)
    out = []
    for i in range(count):
        key = data.device_key(i)
        public = key.public_key().public_bytes_raw()
        device_id = by_key[b64encode(public)]
        path = folder / f"{i}.pulutbatch"
        if not path.exists():
            people = data.People(1000 + i, serial_base=5001 + i * 100)
            lines = data.laptop_batch(people, device_code=device_code(public), start=1, count=PER_BATCH,
                                      twins=twins[i * TWINS:(i + 1) * TWINS])  # fmt: skip
            path.write_bytes(build_batch(device_id=device_id, sequence=1, records=lines, device_key=key,
                                         province_public_key=keys.active_encryption.public_key()))  # fmt: skip
        out.append((key, device_id, path.read_bytes()))
    return out


def in_process(root: Path, batches: list, profile: bool = False) -> dict:
    from pulut_desktop.province.ingest import import_batch
    from pulut_desktop.province.keys import unlock
    from pulut_desktop.province.store import ProvinceStore

    counts: dict[str, int] = {}
    profiler = cProfile.Profile() if profile else None
    with ProvinceStore.open(root) as store:
        keys = unlock(store, data.PASSPHRASE)
        wall, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        for _, _, blob in batches:
            for status, n in import_batch(store, blob, keys).counts.items():
                counts[status] = counts.get(status, 0) + n
        if profiler:
            profiler.disable()
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    top = ""
    if profiler:
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(12)
        top = text.getvalue()
    return {"wall": wall, "cpu": cpu, "counts": counts, "profile": top}


def raw_baseline(root: Path, batches: list) -> dict:
    """The same rows (decoded beforehand, not timed) inserted with stdlib sqlite3, one transaction."""
    import json

    from pulut_desktop.province.keys import unlock
    from pulut_desktop.province.store import ProvinceStore
    from pulut_desktop.sync.batch import open_batch

    with ProvinceStore.open(root) as store:
        keys = unlock(store, data.PASSPHRASE)
    regs, audits, drives = [], [], []
    for key, device_id, blob in batches:
        opened = open_batch(blob, device_keys=lambda _d, k=key: k.public_key(), province_keys=keys.encryption)
        batch_id = opened.header.batch_id
        for line in opened.records:
            d = line.data.model_dump(mode="json")
            if line.kind == "registration":
                regs.append((d["id"], d["version"], batch_id, device_id, d["registration_number"], d["nik"],
                             d["full_name"], d["village_code"], json.dumps(d), d["nik"]))  # fmt: skip
            elif line.kind == "audit":
                audits.append((device_id, d["id"], batch_id, json.dumps(d)))
            else:
                drives.append((d["id"], d["version"], device_id, batch_id, json.dumps(d)))
    con = sqlite3.connect(root / "province.db", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("PRAGMA foreign_keys = OFF")  # the batches rows are not there
    wall = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO registration_versions (registration_id, version, batch_id, device_id, registration_number,"
        " nik, full_name, village_code, status, data, received_at, person_key)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'accepted', ?, '2026-12-01 00:00:00.000000', ?)",
        regs,
    )
    con.executemany("INSERT INTO device_audit_events (device_id, id, batch_id, data) VALUES (?, ?, ?, ?)", audits)
    con.executemany("INSERT INTO drive_versions VALUES (?, ?, ?, ?, ?)", drives)
    con.execute("COMMIT")
    wall = time.perf_counter() - wall
    con.close()
    return {"wall": wall}


def _postgres_database() -> str | None:
    """A fresh database on the PostgreSQL of ``PULUT_TEST_POSTGRES_URL`` (``.ci/postgres.sh``), if any."""
    base = os.environ.get("PULUT_TEST_POSTGRES_URL")
    if not base:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"pulut_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _copy_to_postgres(template: Path, url: str, target_root: Path) -> None:
    """The template's rows (province keys, devices, settings) into a fresh PostgreSQL store."""
    from sqlalchemy import insert, select, text

    from pulut_desktop.province.models import Base
    from pulut_desktop.province.store import ProvinceStore

    shutil.copytree(template, target_root)
    source, target = ProvinceStore.open(template), ProvinceStore.open(target_root, url, create=True)
    with source, target, source.engine.connect() as read, target.engine.begin() as write:
        for table in Base.metadata.sorted_tables:
            rows = [dict(r._mapping) for r in read.execute(select(table))]
            if rows:
                write.execute(insert(table), rows)
            for column in table.primary_key.columns:  # copied ids: move the sequences past them
                auto = column.autoincrement
                if auto is True or (auto == "auto" and column.type.python_type is int):
                    write.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                        f"(SELECT COALESCE(MAX({column.name}), 0) + 1 FROM {table.name}), false) "
                        f"WHERE pg_get_serial_sequence('{table.name}', '{column.name}') IS NOT NULL"
                    ))  # fmt: skip


def http_upload(root: Path, batches: list, database_url: str | None = None, workers: int = 1) -> dict:
    import socket

    import httpx

    from pulut_desktop.sync.auth import signed_text
    from pulut_desktop.sync.keys import b64encode

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [str(SERVE), "--data-dir", str(root)] + (["--database-url", database_url] if database_url else [])
    server = subprocess.Popen(
        [*command, "serve", "--port", str(port), "--workers", str(workers)],
        env=dict(os.environ, PULUT_PROVINCE_PASSPHRASE=data.PASSPHRASE),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/v1/health", timeout=1, trust_env=False)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    time.sleep(2 * workers)  # every worker up
    statuses: list[int] = []
    busy: list[int] = []  # 503 answers (the database busy, with Retry-After): retried as the laptop retries

    def upload(key, device_id, blob):
        from pulut_desktop.outbox.online import ATTEMPTS, BACKOFF

        with httpx.Client(base_url=url, trust_env=False, timeout=600) as http:
            for attempt in range(ATTEMPTS):
                nonce = http.get("/v1/nonce").json()["nonce"]
                sig = b64encode(key.sign(signed_text("POST", "/v1/batches", nonce, blob)))
                r = http.post("/v1/batches", content=blob, headers={
                    "X-Pulut-Device": device_id, "X-Pulut-Nonce": nonce, "X-Pulut-Signature": sig})  # fmt: skip
                if r.status_code != 503:
                    break
                busy.append(attempt)
                time.sleep(random.uniform(0, BACKOFF * 2**attempt))
            statuses.append(r.status_code)

    wall = time.perf_counter()
    with ThreadPoolExecutor(max_workers=len(batches)) as laptops:
        list(laptops.map(lambda b: upload(*b), batches))
    wall = time.perf_counter() - wall
    server.terminate()
    server.wait(timeout=60)
    assert statuses == [200] * len(batches), statuses
    return {"wall": wall, "busy": len(busy)}


def run() -> str:
    from benchmarks.province_report import report

    with tempfile.TemporaryDirectory(dir=data.CACHE.parent) as tmp:
        root = Path(tmp)
        empty = data.province_store(0, root / "empty")
        batches = laptop_batches(empty, max(IN_PROCESS, HTTP_LAPTOPS))
        local = batches[:IN_PROCESS]
        results = {"empty": in_process(empty, local)}
        results["raw"] = raw_baseline(data.province_store(0, root / "raw"), local)
        full = data.province_store(FULL, root / "full")
        results["full"] = in_process(full, local, profile=True)
        shutil.rmtree(full)
        results["http_sqlite"] = http_upload(data.province_store(0, root / "http"), batches[:HTTP_LAPTOPS])
        for workers in (1, 2):
            url = _postgres_database()
            if url:
                _copy_to_postgres(empty, url, root / f"pg{workers}")
                results[f"http_pg{workers}"] = http_upload(root / f"pg{workers}", batches[:HTTP_LAPTOPS], url, workers)
    return report(results, IN_PROCESS * PER_BATCH, HTTP_LAPTOPS * PER_BATCH, FULL)


if __name__ == "__main__":
    print(run())
