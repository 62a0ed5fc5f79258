"""``services.approvals``: the supervisor's queue, by list row ids, with the status and the audit trail."""

from __future__ import annotations

import pytest
from sqlalchemy import literal_column, select

from pulut_desktop.domain.errors import PulutError
from pulut_desktop.domain.status import Status
from pulut_desktop.services import approvals
from pulut_desktop.storage import registrations, review
from pulut_desktop.storage.models import RegistrationRow
from tests.conftest import make_registration
from tests.outbox.helpers import nik
from tests.services.helpers import audited


def _rowid(store, registration_id: str) -> int:
    rid = literal_column("registrations.rowid")
    with store.reader() as session:
        return session.execute(select(rid).where(RegistrationRow.id == registration_id)).scalar_one()


@pytest.fixture
def ready(store):
    """Three submitted registrations waiting for approval (approval is required by default)."""
    regs = [
        registrations.save(store, make_registration(nik=nik(n), full_name=f"Siti {n}"), submit=True) for n in (1, 2, 3)
    ]
    assert {r.status for r in regs} == {Status.READY}
    return regs


def test_approve_changes_only_the_chosen_rows_and_audits_them(store, ready):
    changed = approvals.approve_registrations(store, [_rowid(store, ready[0].id), _rowid(store, ready[2].id)])
    assert changed == 2
    assert registrations.get(store, ready[0].id).status is Status.APPROVED
    assert registrations.get(store, ready[1].id).status is Status.READY
    assert registrations.get(store, ready[2].id).status is Status.APPROVED
    events = audited(store, "registration.status")
    assert sorted(e.entity_id for e in events) == sorted([ready[0].id, ready[2].id])
    assert all(e.actor == "super" for e in events)


def test_unknown_rows_change_nothing(store, ready):
    assert approvals.approve_registrations(store, [987654]) == 0
    assert approvals.approve_registrations(store, []) == 0
    assert {registrations.get(store, r.id).status for r in ready} == {Status.READY}
    assert audited(store, "registration.status") == []


def test_send_back_keeps_the_reason_for_the_officer(store, ready):
    changed = approvals.send_back_registrations(store, [_rowid(store, ready[1].id)], "Foto KTP buram")
    assert changed == 1
    assert registrations.get(store, ready[1].id).status is Status.NEEDS_FIX
    assert review.status_reason(store, ready[1].id) == "Foto KTP buram"
    assert [e.entity_id for e in audited(store, "registration.status")] == [ready[1].id]


def test_send_back_without_a_reason_is_refused_and_changes_nothing(store, ready):
    with pytest.raises(PulutError):
        approvals.send_back_registrations(store, [_rowid(store, ready[0].id)], "   ")
    assert registrations.get(store, ready[0].id).status is Status.READY
    assert audited(store, "registration.status") == []
