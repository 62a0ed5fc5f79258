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


def test_notes_name_warnings_near_matches_and_the_different_person_override(store):
    from datetime import date

    from pulut_desktop.domain.people import Sex

    plain = registrations.save(store, make_registration(nik=nik(11), full_name="Siti Aminah"), submit=True)
    warned = registrations.save(
        store, make_registration(nik="1471014508900002", full_name="Budi", birth_date=date(1991, 3, 2), sex=Sex.MALE)
    )
    # Same birth date and village, a similar name, another NIK: a near match of the first.
    near = registrations.save(store, make_registration(nik=nik(12), full_name="Siti Aminah"), submit=True)
    confirmed = registrations.save(
        store, make_registration(nik=nik(13), full_name="Siti Amina"), submit=True, confirmed_different=[plain.id]
    )
    rowids = {r.id: _rowid(store, r.id) for r in (plain, warned, near, confirmed)}

    notes = approvals.approval_notes(store, list(rowids.values()))

    assert {i.code for i in notes[rowids[warned.id]].warnings} == {"nik.birth_date_mismatch", "nik.sex_mismatch"}
    assert notes[rowids[warned.id]].needs_confirmation
    assert notes[rowids[plain.id]].warnings == ()
    assert {s.id for s in notes[rowids[plain.id]].near_matches} == {near.id}
    assert {s.id for s in notes[rowids[plain.id]].confirmed_different} == {confirmed.id}  # either side's word
    assert {s.id for s in notes[rowids[confirmed.id]].confirmed_different} == {plain.id}
    assert {s.id for s in notes[rowids[confirmed.id]].near_matches} == {near.id}

    page = approvals.queue_page(store, [rowids[warned.id]])
    assert page[rowids[warned.id]].notes == notes[rowids[warned.id]]
