from sqlalchemy import text

from pulut_desktop.storage import audit, registrations
from tests.conftest import make_registration


def _fill(store, n=5):
    for i in range(n):
        registrations.save(
            store,
            make_registration(nik=f"14710101018000{i + 1:02d}", full_name=f"Orang {i}", sex=None, birth_date=None),
            submit=False,
        )


def _verify(store):
    with store.reader() as session:
        return audit.verify_chain(session)


def test_intact_chain_verifies(store):
    _fill(store)
    report = _verify(store)
    assert report.ok and report.checked == 6  # store.created + 5 creations


def test_changed_event_is_located(store):
    _fill(store)
    with store.session() as session:
        session.execute(text('UPDATE audit_events SET details = \'{"status": "approved"}\' WHERE seq = 4'))
    report = _verify(store)
    assert (report.ok, report.first_bad_seq, report.problem) == (False, 4, "hash")


def test_rehashed_forgery_breaks_the_next_link(store):
    _fill(store)
    with store.session() as session:
        event = session.get(audit.AuditEvent, 3)
        event.actor = "someone-else"
        event.hash = audit.event_hash(event)  # the forger recomputes this event's own hash...
    report = _verify(store)
    assert (report.first_bad_seq, report.problem) == (4, "link")  # ...but the next one still points back


def test_deleted_event_is_located(store):
    _fill(store)
    with store.session() as session:
        session.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    report = _verify(store)
    assert (report.ok, report.first_bad_seq, report.problem) == (False, 2, "sequence")
