from datetime import timedelta

from sqlalchemy import text

from pulut_desktop.domain.status import Status
from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.retention import purge_expired
from tests.conftest import make_registration


def _set(store, reg_id, status, days_ago):
    when = audit.utcnow() - timedelta(days=days_ago)
    with store.session() as session:
        session.execute(text("UPDATE registrations SET status = :s, updated_at = :t WHERE id = :i"),
                        {"s": status.value, "t": when, "i": reg_id})  # fmt: skip


def test_only_records_answered_long_enough_ago_are_purged(store):
    old_accepted = registrations.save(store, make_registration(has_disability=True))
    fresh_accepted = registrations.save(store, make_registration(nik="1471010101800001", full_name="Baru"))
    old_sent = registrations.save(store, make_registration(nik="1471010101800002", full_name="Masih Dikirim"))
    old_duplicate = registrations.save(store, make_registration(nik="1471010101800003", full_name="Ganda"))
    _set(store, old_accepted.id, Status.ACCEPTED, 45)
    _set(store, fresh_accepted.id, Status.ACCEPTED, 3)
    _set(store, old_sent.id, Status.SENT, 90)  # never before the province answered
    _set(store, old_duplicate.id, Status.DUPLICATE, 31)

    assert purge_expired(store).purged == 2
    stub = registrations.get(store, old_accepted.id)
    assert (stub.nik, stub.full_name, stub.birth_date, stub.heirs, stub.phone) == ("", "", None, [], None)
    assert stub.has_disability is False  # health data does not outlive the purge either
    assert stub.registration_number == old_accepted.registration_number and stub.status is Status.ACCEPTED
    assert stub.consent.given and stub.consent.form_reference == "F-1"
    assert registrations.get(store, fresh_accepted.id).nik == "1471010101800001"
    assert registrations.get(store, old_sent.id).full_name == "MASIH DIKIRIM"
    assert purge_expired(store).purged == 0  # idempotent
    with store.reader() as session:
        events = [e for e in session.scalars(audit.select(audit.AuditEvent)) if e.action == "retention.purged"]
    assert len(events) == 1 and events[0].details["count"] == 2


def test_purged_data_leaves_the_name_index(store):
    saved = registrations.save(store, make_registration())
    _set(store, saved.id, Status.ACCEPTED, 60)
    purge_expired(store)
    with store.reader() as session:  # the name index no longer finds it
        rows = session.execute(text("SELECT rowid FROM registration_names WHERE registration_names MATCH '\"AMINAH\"'"))
        assert rows.all() == []
    with store.reader() as session:  # and freed pages are overwritten, not just unlinked
        assert session.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 1
