"""Export reads plain columns (no ORM or domain object per registration): the lines it seals are byte for byte
what the domain path (``from_row`` -> ``registration_record``) makes of the same rows, and an export of several
batches reads only what each batch needs."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import event, select

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.records import AUDIT_COLUMNS, REGISTRATION_COLUMNS, audit_line, registration_line
from pulut_desktop.storage import registrations
from pulut_desktop.storage.mapping import from_row
from pulut_desktop.storage.models import AuditEvent, RegistrationRow
from pulut_desktop.sync.container import canonical_json
from pulut_desktop.sync.records import registration_record
from tests.conftest import make_registration
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province


def _wire(line) -> bytes:
    return canonical_json(line.model_dump(mode="json"))


def test_column_lines_equal_the_domain_lines(store):
    full = make_registration(
        nik="1471014508900001", kk_number="1471010101010001", mother_maiden_name="Rosnah", sex=Sex.FEMALE,
        occupation_id="LAINNYA", occupation_note="Tukang pangkas", has_disability=True,
        heirs=[Heir("Ahmad Yani", HeirRelationship.SPOUSE, "1471010101800002", "081234567890"),
               Heir("Nur", HeirRelationship.CHILD)],
        consent=Consent(True, ConsentMethod.VERBAL_WITNESS, datetime(2026, 11, 20, 9, 15, 30), "Pak RT", "F-77"),
    )  # fmt: skip
    sparse = make_registration(nik="1471010508900002", sex=Sex.MALE, coverage_start=date(2027, 1, 1), phone=None)
    for reg in (full, sparse):
        registrations.save(store, reg)
    with store.reader() as session:
        objects = {r.id: r for r in session.scalars(select(RegistrationRow))}
        columns = session.execute(select(*REGISTRATION_COLUMNS)).all()
        events = session.execute(select(*AUDIT_COLUMNS)).all()
        event_objects = {e.seq: e for e in session.scalars(select(AuditEvent))}
        assert len(columns) == 2 and len(events) >= 2
        for row in columns:
            reg = from_row(objects[row.id])
            reg.consent.recorded_at = reg.consent.recorded_at and reg.consent.recorded_at.replace(tzinfo=UTC)
            assert _wire(registration_line(row)) == _wire(registration_record(reg))
        for row in events:
            assert _wire(audit_line(row, "ABCDEFGH")) == _wire(audit_line(event_objects[row.seq], "ABCDEFGH"))


def test_each_batch_reads_only_the_rows_it_seals(tmp_path):
    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    (tmp_path / "stick").mkdir()
    enrol(laptop, province, tmp_path / "stick")
    for n in range(1, 8):
        approve_new(laptop, n)
    limits: list[int] = []

    def on_execute(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("SELECT registrations.id, registrations.version") and "LIMIT" in statement:
            limits.append(parameters[-2])  # LIMIT ? OFFSET ?

    event.listen(laptop.engine, "before_cursor_execute", on_execute)
    try:
        result = export_batch(laptop, tmp_path / "stick", max_registrations=3)
    finally:
        event.remove(laptop.engine, "before_cursor_execute", on_execute)
    assert result.registrations == 7 and result.new_sequences == [1, 2, 3]
    # Each prepare reads its batch plus the versions already sealed in pending batches, not every approved row.
    assert limits == [3, 6, 9, 10]
    laptop.close()
    province.store.close()
