"""Export + sign + encrypt 10,000 approved registrations to a stick, beside the raw path (issue 18).

The laptop is a real encrypted store (production KDF), enrolled with a province through the product
(device request, approval, enrolment file), holding 10,000 approved registrations of realistic people
(``benchmarks/data.py``) with their two audit events each, in the hash chain. The store is copied, so
both paths start from the same bytes:

- ours: ``services.sync.export_to`` (what ``pulut-desktop export`` and the GUI call), batches of 2,000;
- raw: the same batches by hand on the same encrypted connection: one plain SELECT of the columns, JSON
  lines, zlib, HPKE to the province key, Ed25519 signature, atomic write to the stick, one UPDATE per batch
  marking the registrations sent. No ORM, no pydantic, no checks, no audit event.
"""

from __future__ import annotations

import cProfile
import io
import json
import os
import pstats
import shutil
import sys
import tempfile
import time
import uuid
import zlib
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import load, machine
from benchmarks.data import PASSPHRASE
from benchmarks.laptop_data import fill_laptop

COUNT = 10_000
BATCH = 2000
PASSWORD = "kata-sandi-bench-123"
GOAL = 2.0


def _enrolled_laptop(folder: Path):
    from pulut_desktop.outbox.enrolment import import_enrolment, write_device_request
    from pulut_desktop.province import devices
    from pulut_desktop.province.keys import create_keys
    from pulut_desktop.province.store import ProvinceStore
    from pulut_desktop.storage.store import Store
    from pulut_desktop.sync import enrolment as wire

    province = ProvinceStore.open(folder / "province", create=True)
    keys = create_keys(province, PASSPHRASE, name="Provinsi Riau (bench)", training=False)
    laptop = Store.create(
        folder / "laptop", username="super", full_name="Sri Supervisor", password=PASSWORD,
        device_name="Laptop Kampar 1", regency_code="14.06",
    )  # fmt: skip
    stick = folder / "enrol-stick"
    stick.mkdir()
    request = wire.parse_device_request(write_device_request(laptop, stick).read_bytes())
    device, data = devices.approve(province, request, keys)
    devices.write_enrolment(device, data, stick=stick)
    import_enrolment(laptop, stick, [province.data_dir.public_keys])
    province.close()
    return laptop


def export_raw(laptop, stick: Path) -> int:
    """The same batches with nothing but the primitives; returns the registrations marked sent."""
    from pulut_desktop.outbox.enrolment import require_enrolment
    from pulut_desktop.sync import container, usb
    from pulut_desktop.sync.batch import HPKE_SUITE, MAGIC, VERSION

    info = require_enrolment(laptop)
    key = laptop.signing_key()
    outbox = usb.ensure_layout(stick).outbox
    columns = (
        "id, version, registration_number, status, training, nik, full_name, birth_place, birth_date, sex, "
        "kk_number, mother_maiden_name, address_line, village_code, phone, occupation_id, occupation_note, "
        "has_disability, funding_source, programmes, coverage_start, coverage_months, heirs, consent, drive_id, officer"
    )
    names = [c.strip() for c in columns.split(",")]
    marked = 0
    connection = laptop.engine.raw_connection()
    try:
        cursor = connection.cursor()
        audit = cursor.execute(
            "SELECT seq, at, actor, action, entity_type, entity_id, details FROM audit_events ORDER BY seq"
        ).fetchall()
        rows = cursor.execute(f"SELECT {columns} FROM registrations WHERE status = 'approved' ORDER BY created_at, id")
        rows = rows.fetchall()
        for sequence, start in enumerate(range(0, len(rows), BATCH), start=1):
            chunk = rows[start : start + BATCH]
            lines = []
            for row in chunk:
                data = dict(zip(names, row, strict=True))
                data["heirs"], data["consent"] = json.loads(data["heirs"]), json.loads(data["consent"])
                data["programmes"] = data["programmes"].split(",")
                lines.append(container.canonical_json({"kind": "registration", "data": data}))
            if sequence == 1:
                for seq, at, actor, action, entity, entity_id, details in audit:
                    data = {"id": str(uuid.uuid5(uuid.NAMESPACE_OID, str(seq))), "occurred_at": at,
                            "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                            "details": json.loads(details)}  # fmt: skip
                    lines.append(container.canonical_json({"kind": "audit", "data": data}))
            payload = b"\n".join(lines) + b"\n"
            header = container.canonical_json({"batch_id": str(uuid.uuid4()), "device_id": info.device_id,
                                               "sequence": sequence, "record_count": len(lines),
                                               "created_at": datetime.now(UTC).isoformat()})  # fmt: skip
            body = HPKE_SUITE.encrypt(zlib.compress(payload, 6), info.encryption_public_key, info=header)
            data = container.pack(MAGIC, VERSION, header, body, key)
            usb.write_file_atomically(outbox / f"raw-{sequence:06d}.pulutbatch", data)
            ids = [row[0] for row in chunk]
            marks = ",".join("?" * len(ids))
            sent = f"UPDATE registrations SET status = 'sent', version = version + 1 WHERE id IN ({marks})"
            cursor.execute(sent, ids)
            connection.commit()
            marked += cursor.rowcount
    finally:
        connection.close()
    return marked


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run() -> str:
    from pulut_desktop.services.sync import export_to
    from pulut_desktop.storage.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"laptop with {COUNT:,} approved registrations...", flush=True)
        laptop = _enrolled_laptop(folder)
        fill_laptop(laptop, COUNT, audit=True)
        laptop.close()
        for copy in ("raw", "profiled"):
            shutil.copytree(folder / "laptop", folder / copy)
            (folder / f"{copy}-stick").mkdir()
        (folder / "stick").mkdir()
        measured_at = load()
        raw_store = Store.open(folder / "raw", "super", PASSWORD)
        marked_raw, raw_wall, raw_cpu = _timed(lambda: export_raw(raw_store, folder / "raw-stick"))
        raw_store.close()
        ours_store = Store.open(folder / "laptop", "super", PASSWORD)
        result, wall, cpu = _timed(lambda: export_to(ours_store, folder / "stick"))
        ours_store.close()
        sizes = sum(p.stat().st_size for p in result.written)
        after = load()
        profiled = Store.open(folder / "profiled", "super", PASSWORD)  # a third copy, for where the time goes
        profile = cProfile.Profile()
        profile.enable()
        export_to(profiled, folder / "profiled-stick")
        profile.disable()
        profiled.close()
    if result.registrations != COUNT or marked_raw != COUNT:
        raise RuntimeError(f"not all sent: ours {result.registrations}, raw {marked_raw}")
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(12)
    excerpt = "\n".join(line for line in out.getvalue().splitlines() if line.strip())[:3000]
    ratio_wall, ratio_cpu = wall / raw_wall, cpu / raw_cpu
    met = "yes" if ratio_cpu <= GOAL and ratio_wall <= GOAL else "**no**"
    return "\n".join(
        [
            "## Export + sign + encrypt (`benchmarks/bench_export.py`, issue 18)",
            "",
            f"Machine: {machine()}; {measured_at} before, {after} after. One run each; "
            "the profile below is a third run on another copy.",
            "",
            "| path | registrations | files | wall | CPU | ours / raw | goal | met |",
            "|---|---:|---:|---:|---:|---|---|---|",
            f"| raw: plain SELECT, JSON, zlib, HPKE, sign, write, one UPDATE per batch | {marked_raw:,} | "
            f"{COUNT // BATCH} | {raw_wall:.2f} s | {raw_cpu:.2f} s | | | |",
            f"| ours: `services.sync.export_to` (`pulut-desktop export`) | {result.registrations:,} | "
            f"{len(result.written)} ({sizes / 1e6:.1f} MB) | {wall:.2f} s | {cpu:.2f} s | "
            f"{ratio_wall:.2f}× wall, {ratio_cpu:.2f}× CPU | ≤ {GOAL:g}× | {met} |",
            "",
            f"Both read the same encrypted store ({COUNT:,} approved registrations of `benchmarks/data.py` people and "
            f"{2 * COUNT:,} audit events) and write batches of {BATCH:,} to a folder standing in for the stick. Ours "
            "also validates every line against the wire schema, records the seal and send in the audit chain and "
            "keeps each batch's bytes for a resend.",
            "",
            "Where ours spends its time (cProfile, top by own time):",
            "",
            "```",
            excerpt,
            "```",
        ]
    )


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(run())
