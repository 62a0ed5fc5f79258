"""Every query the province runs to import a batch is planned on an index, so a store of a million
registrations imports as fast as an empty one (issue 18: the near-duplicate query was planned on the
status index and scanned every accepted row).

The import goes through the front door (``pulut-province import STICK``); every statement it sends is
captured and its ``EXPLAIN QUERY PLAN`` read back on the same database file."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from pulut_desktop.domain.status import Status
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.province import bundle
from pulut_desktop.province import cli as province_cli
from pulut_desktop.province.cli import PASSPHRASE_ENV
from tests.conftest import make_registration
from tests.outbox.helpers import PASSPHRASE, approve_new, enrol, make_laptop, make_province, nik

# Tables that grow with the province: a full scan of any of them is a bug.
GROWING = {"registration_versions", "nik_holders", "device_audit_events", "drive_versions", "batches",
           "batch_files", "review_cases", "held_batches", "events", "nonces"}  # fmt: skip


@pytest.fixture
def captured(monkeypatch):
    """The statements of the import. Not those of the reference bundle written after it: its roster is
    every NIK the province holds, a whole-table read by design."""
    statements: list[tuple[str, tuple]] = []
    in_bundle = []

    def capture(_conn, _cursor, statement, parameters, _context, executemany):
        if in_bundle or executemany:
            return
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            statements.append((statement, tuple(parameters or ())))

    real = bundle.build_reference_bundle

    def build(*args, **kwargs):
        in_bundle.append(True)
        try:
            return real(*args, **kwargs)
        finally:
            in_bundle.clear()

    monkeypatch.setattr(bundle, "build_reference_bundle", build)
    event.listen(Engine, "before_cursor_execute", capture)
    yield statements
    event.remove(Engine, "before_cursor_execute", capture)


def plans(database, statements) -> list[tuple[str, list[str]]]:
    con = sqlite3.connect(database)
    try:
        return [
            (sql, [row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params)]) for sql, params in statements
        ]
    finally:
        con.close()


def test_every_ingest_query_uses_an_index(tmp_path, monkeypatch, captured):
    province = make_province(tmp_path / "province")
    first, second = make_laptop(tmp_path / "a"), make_laptop(tmp_path / "b", name="Laptop Siak 2")
    for laptop, stick in ((first, tmp_path / "stick-a"), (second, tmp_path / "stick-b")):
        stick.mkdir()
        enrol(laptop, province, stick)
    province.store.close()
    for n in range(1, 4):
        approve_new(first, n)
    export_batch(first, tmp_path / "stick-a")
    # The second laptop: the same person under another NIK (near-duplicate), a NIK already held
    # (duplicate) and a new person.
    from pulut_desktop.storage import registrations

    twin = make_registration(nik=nik(50), full_name="Siti Aminah 1")
    registrations.set_status(second, [registrations.save(second, twin).id], Status.APPROVED)
    approve_new(second, 2)
    approve_new(second, 7)
    export_batch(second, tmp_path / "stick-b")
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    root = ["--data-dir", str(tmp_path / "province")]
    assert province_cli.main([*root, "import", str(tmp_path / "stick-a")]) == 0
    captured.clear()
    assert province_cli.main([*root, "import", str(tmp_path / "stick-b")]) == 0
    first.close()
    second.close()

    found = plans(tmp_path / "province" / "province.db", captured)
    assert len(found) >= 8, found
    for sql, lines in found:
        for line in lines:
            table = next((t for t in GROWING if f" {t} " in f" {line} "), None)
            if table is not None:
                assert line.startswith("SEARCH") and ("INDEX" in line or "PRIMARY KEY" in line), (sql, lines)
    near = [lines for sql, lines in found if "person_key IN" in sql]
    assert near and all(any("ix_registration_versions_person_key" in line for line in lines) for lines in near)
    assert any("nik_holders" in sql and "nik IN" in sql for sql, _ in found)
    assert any("device_audit_events" in sql for sql, _ in found)
