"""Two writers at once (the after-login maintenance and the officer's save): a transaction that reads before it
writes (the audit chain's last hash, a batch sequence) waits for the other writer instead of failing with
"database is locked". SQLite refuses to turn a read snapshot into a write once another connection committed
after it (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out), so a write transaction takes the write lock
when it begins (BEGIN IMMEDIATE); readers still never wait."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from pulut_desktop.storage import audit
from pulut_desktop.storage.models import AuditEvent


def test_a_write_that_reads_first_waits_for_the_other_writer(store):
    reader_in, other_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def officer_save() -> None:
        try:
            with store.session() as session:
                session.scalar(select(func.count()).select_from(AuditEvent))  # reads first
                reader_in.set()
                other_done.wait(1.0)  # the maintenance commits meanwhile (or waits for this one)
                audit.record(session, actor="petugas", action="registration.created", entity_type="registration")
        except BaseException as err:  # reported by the assertion below
            errors.append(err)

    def maintenance() -> None:
        try:
            reader_in.wait(5.0)
            with store.session() as session:
                audit.record(session, actor="petugas", action="backup.written", entity_type="store")
        except BaseException as err:
            errors.append(err)
        finally:
            other_done.set()

    threads = [threading.Thread(target=officer_save), threading.Thread(target=maintenance)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with store.reader() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert audit.verify_chain(session).ok  # both events chained, none lost
    assert actions[-2:] == ["registration.created", "backup.written"]


def test_a_reader_does_not_wait_for_a_writer(store):
    with store.session() as writing:
        audit.record(writing, actor="petugas", action="registration.created", entity_type="registration")
        with store.reader() as reading:  # another connection, while the write transaction is open
            assert reading.scalar(select(func.count()).select_from(AuditEvent)) >= 0
