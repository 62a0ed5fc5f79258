"""A laptop store filled with ``benchmarks/data.py`` people, as the form and the approvals page leave them.

One executemany per table (the store's triggers keep the name index), so 200,000 registrations take a minute,
not the hours 200,000 saves through the form would.
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.data import CACHE, PALM, People

CHUNK = 20_000
AUDIT_COLUMNS = ("seq", "at", "actor", "action", "entity_type", "entity_id", "details", "prev_hash", "hash")


def _row(p: dict, n: int, at: datetime, device_code: str, status: str) -> dict:
    from pulut_desktop.domain.numbers import registration_number

    return {
        "id": str(uuid.UUID(int=n, version=4)), "registration_number": registration_number(device_code, n),
        "nik": p["nik"], "kk_number": None, "full_name": p["full_name"], "birth_place": p["birth_place"],
        "birth_date": p["birth_date"], "sex": p["sex"], "mother_maiden_name": None, "address_line": p["address_line"],
        "village_code": p["village_code"], "phone": p["phone"], "occupation_id": p["occupation_id"],
        "occupation_note": None, "has_disability": False,
        "funding_source": "DBH_SAWIT" if p["occupation_id"] in PALM else "APBD", "programmes": "JKK,JKM",
        "coverage_start": date(2027, 1, 1), "coverage_months": 12,
        "heirs": [{"name": p["heir"], "relationship": "spouse", "nik": None, "phone": None}],
        "consent": {"given": True, "method": "signed_form", "recorded_at": at.isoformat(),
                    "witness_name": None, "form_reference": f"F-{n}"},
        "drive_id": None, "officer": "super", "status": status, "status_reason": None,
        "version": 2 if status != "draft" else 1, "training": False, "print_count": 0, "rules_version": 1,
        "created_at": at, "updated_at": at,
    }  # fmt: skip


def fill_laptop(store, count: int, *, audit: bool = False, statuses: tuple[str, ...] = ("approved",), seed: int = 44):
    """``count`` registrations of seeded people (statuses taken in turn from ``statuses``), created 40 s apart;
    with ``audit`` also their two audit events each (created, approved), chained to the store's audit chain.
    Returns the people, in order."""
    from sqlalchemy import insert, select

    from pulut_desktop.storage.audit import event_hash
    from pulut_desktop.storage.models import AuditEvent, RegistrationRow

    people = list(People(seed=seed).people(count))
    start = datetime(2026, 11, 2, 8, 0, 0)
    cycle = itertools.cycle(statuses)
    with store.session() as session:
        code = store.device(session).code
        last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).one()
        seq, prev = last.seq, last.hash
        for first in range(0, count, CHUNK):
            rows, events = [], []
            for n, p in enumerate(people[first : first + CHUNK], start=first + 1):
                at = start + timedelta(seconds=40 * n)
                row = _row(p, n, at, code, next(cycle))
                rows.append(row)
                if not audit:
                    continue
                for action, details in (("registration.created", {"status": "ready"}),
                                        ("registration.status", {"to": "approved",
                                                                 "number": row["registration_number"]})):  # fmt: skip
                    seq += 1
                    event = AuditEvent(seq=seq, at=at, actor="super", action=action, entity_type="registration",
                                       entity_id=row["id"], details=details, prev_hash=prev)  # fmt: skip
                    event.hash = prev = event_hash(event)
                    events.append({c: getattr(event, c) for c in AUDIT_COLUMNS})
            session.execute(insert(RegistrationRow), rows)
            if events:
                session.execute(insert(AuditEvent), events)
    return people


LAPTOP_USER, LAPTOP_PASSWORD = "super", "kata-sandi-bench-123"


def laptop_store(count: int, target: Path, progress=print) -> Path:
    """A copy at ``target`` of a laptop store (production KDF) holding ``count`` registrations of seeded people
    in every status a laptop holds; the original is made once and kept in ``build/bench-cache``."""
    from pulut_desktop.storage.store import Store

    cached = CACHE / f"laptop-{count}"
    if not (cached / "done").exists():
        shutil.rmtree(cached, ignore_errors=True)
        progress(f"making the {count:,}-registration laptop store (once, kept in {cached})...")
        store = Store.create(
            cached, username=LAPTOP_USER, full_name="Sri Supervisor", password=LAPTOP_PASSWORD,
            device_name="Laptop Kampar 1", regency_code="14.06",
        )  # fmt: skip
        try:
            fill_laptop(store, count, statuses=("approved", "sent", "ready", "sent", "approved", "draft"))
        finally:
            store.close()
        (cached / "done").write_text("ok\n")
    # Migrate the cache itself, once: a sign-in measured on the copy must not include a schema upgrade.
    Store.open(cached, LAPTOP_USER, LAPTOP_PASSWORD).close()
    for copy in (cached / "backups").glob("pre-migration-*"):
        copy.unlink()  # the upgrade's safety copy of the cache: not part of the store the benchmarks start from
    shutil.copytree(cached, target, ignore=shutil.ignore_patterns("done"))
    return target
