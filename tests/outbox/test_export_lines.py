"""Export reads plain columns (no ORM or domain object per registration): the lines it seals are byte for byte
what the domain path (``from_row`` -> ``registration_record``) makes of the same rows, audit lines built directly
in their JSON form are byte for byte what the pydantic model makes of any event, and an export of several
batches reads only what each batch needs."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from pulut_desktop.domain.people import Sex
from pulut_desktop.domain.registration import Consent, ConsentMethod, Heir, HeirRelationship
from pulut_desktop.outbox.export import export_batch
from pulut_desktop.outbox.records import (
    AUDIT_COLUMNS,
    AUDIT_NAMESPACE,
    REGISTRATION_COLUMNS,
    _scalar,
    _utc,
    audit_line,
    registration_line,
)
from pulut_desktop.storage import registrations
from pulut_desktop.storage.mapping import from_row
from pulut_desktop.storage.models import AuditEvent, RegistrationRow
from pulut_desktop.sync import batch as batch_format
from pulut_desktop.sync.container import canonical_json, parse_model
from pulut_desktop.sync.errors import BatchError
from pulut_desktop.sync.records import MAX_AUDIT_DETAILS, RECORD_ADAPTER, WireLine, audit_record, registration_record
from tests.conftest import make_registration
from tests.outbox.helpers import approve_new, enrol, make_laptop, make_province


def _wire(line) -> bytes:
    return canonical_json(line.dump() if isinstance(line, WireLine) else line.model_dump(mode="json"))


def _model_audit_line(row, device_code: str) -> bytes:
    """The audit line as the wire model makes it (validate, then dump): what the export sealed before audit lines
    were built directly. The fast line must be these bytes for every event."""
    details = {str(k)[:64]: _scalar(v) for k, v in sorted((row.details or {}).items())[:MAX_AUDIT_DETAILS]}
    line = audit_record(
        id=str(uuid.uuid5(AUDIT_NAMESPACE, f"{device_code}:{row.seq}")),
        occurred_at=_utc(row.at),
        actor=row.actor[:200],
        action=row.action[:64],
        entity=row.entity_type[:64],
        entity_id=(row.entity_id or "")[:64],
        details=details,
    )
    return canonical_json(line.model_dump(mode="json"))


def _assert_same_audit_line(row, device_code: str) -> None:
    fast = _wire(audit_line(row, device_code))
    assert fast == _model_audit_line(row, device_code)
    # and the province's reader takes it as it is (strict schema, canonical bytes)
    parse_model(RECORD_ADAPTER.validate_json, fast, BatchError, "batch.payload_invalid")


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
            _assert_same_audit_line(row, "ABCDEFGH")


_OFFSETS = st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59))
_ZONES = st.none() | st.just(UTC) | st.builds(timezone, _OFFSETS)
_TEXT = st.text(max_size=300) | st.text(alphabet='ab\u00e9\u4e2d\U0001f600\n"\\\x00', min_size=60, max_size=2100)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70) | st.floats() | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
_EVENTS = st.builds(
    SimpleNamespace,
    seq=st.integers(min_value=1, max_value=2**62),
    at=st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9998, 12, 30), timezones=_ZONES),
    actor=_TEXT,
    action=_TEXT,
    entity_type=_TEXT,
    entity_id=st.none() | _TEXT,
    details=st.none() | st.dictionaries(st.text(max_size=80), _JSON, max_size=60),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(row=_EVENTS, device_code=st.from_regex(r"[0-9A-HJKMNP-TV-Z]{8}", fullmatch=True))
def test_audit_line_is_the_model_line_for_any_event(row, device_code):
    """Unicode, long strings, many and nested details, None, bools, big ints, floats, naive and aware datetimes
    with microseconds: the line built directly is byte for byte the validated model's."""
    _assert_same_audit_line(row, device_code)


def test_audit_line_edges():
    at = datetime(2026, 11, 3, 8, 15, 0, 999_999)
    base = {"seq": 7, "actor": "super", "action": "registration.status", "entity_type": "registration"}
    cases = [
        {"at": at, "entity_id": None, "details": None},
        {"at": at.replace(tzinfo=timezone(timedelta(hours=7))), "entity_id": "x" * 64, "details": {}},
        {"at": at.replace(tzinfo=UTC), "entity_id": "x" * 65, "details": {"k" * 70: 2**53, "n": -(2**53) + 1}},
        {"at": at, "entity_id": "", "details": {"big": 2**53, "neg": -(2**53), "t": True, "f": False, "z": 0}},
        {"at": at, "entity_id": "e", "details": {f"k{n:02d}": n for n in range(MAX_AUDIT_DETAILS + 5)}},
        {"at": at, "entity_id": "e", "details": {"nested": {"b": [1, {"c": None}], "a": "\u00e9"}, "s": "y" * 2001}},
    ]
    for case in cases:
        _assert_same_audit_line(SimpleNamespace(**base, **case), "ABCDEFGH")


def test_a_line_without_utf8_is_refused_by_number():
    """A lone surrogate cannot be written as UTF-8: the batch writer refuses that line by its number instead of
    failing somewhere inside the JSON encoder (the model path refused it too)."""
    row = SimpleNamespace(seq=1, at=datetime(2026, 11, 3), actor="a\ud800", action="x", entity_type="y",
                          entity_id=None, details={})  # fmt: skip
    with pytest.raises(BatchError) as caught:
        batch_format.build_batch(
            device_id=str(uuid.uuid4()), sequence=1, records=[audit_line(row, "ABCDEFGH")],
            device_key=Ed25519PrivateKey.generate(), province_public_key=X25519PrivateKey.generate().public_key(),
        )  # fmt: skip
    assert caught.value.code == "batch.payload_invalid" and caught.value.params["line"] == 1
    assert caught.value.params["reason"] == "encoding"


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
    # Each prepare reads its batch (plus the versions sealed in pending batches before the export began, none here),
    # from where the previous batch ended: not the rows this export already sealed, nor every approved row.
    assert limits == [3, 3, 3, 3]
    laptop.close()
    province.store.close()


def test_an_export_after_an_interrupted_one_seals_each_waiting_version_once(tmp_path):
    """A batch sealed by an export that stopped before the stick (pending), then one of its registrations edited
    and approved again: the next export writes the pending batch as it was and seals the new version and the new
    registrations in batches of their own, each version once, and marks every registration sent."""
    from dataclasses import replace

    from pulut_desktop.domain.status import Status
    from pulut_desktop.outbox.export import _prepare
    from pulut_desktop.storage.models import BatchRow

    province = make_province(tmp_path / "province")
    laptop = make_laptop(tmp_path / "laptop")
    (tmp_path / "stick").mkdir()
    enrol(laptop, province, tmp_path / "stick")
    first = [approve_new(laptop, n) for n in range(1, 4)]
    assert _prepare(laptop, 3) is not None  # sealed, not on a stick
    edited = registrations.get(laptop, first[1])
    registrations.save(laptop, replace(edited, address_line="Jl. Sudirman 9"))
    registrations.set_status(laptop, [first[1]], Status.APPROVED)
    later = [approve_new(laptop, n) for n in range(4, 7)]

    result = export_batch(laptop, tmp_path / "stick", max_registrations=2)

    with laptop.reader() as session:
        sealed = [
            [tuple(k) for k in b.registrations] for b in session.scalars(select(BatchRow).order_by(BatchRow.sequence))
        ]
        rows = {r.id: (r.status, r.version) for r in session.scalars(select(RegistrationRow))}
    assert [len(keys) for keys in sealed] == [3, 2, 2]
    all_keys = [key for keys in sealed for key in keys]
    assert len(all_keys) == len(set(all_keys)) == 7  # each version once
    assert {rid for rid, _ in all_keys} == set(first + later)
    assert (first[1], edited.version) in sealed[0] and sum(rid == first[1] for rid, _ in all_keys) == 2
    assert result.registrations == 6 and result.new_sequences == [1, 2, 3]
    assert {status for status, _ in rows.values()} == {Status.SENT.value}
    laptop.close()
    province.store.close()
