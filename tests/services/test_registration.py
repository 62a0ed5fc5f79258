"""``services.registration`` and ``services.guard_rails``: the save workflow the form and the self-test
call (guard rails, exact NIK, near matches, save) and the limits that stop new registrations."""

from __future__ import annotations

from datetime import timedelta

import pytest

from pulut_desktop.domain.status import Status
from pulut_desktop.fieldops.errors import GuardRailBlocked
from pulut_desktop.services import guard_rails, registration
from pulut_desktop.storage import audit, registrations
from pulut_desktop.storage.errors import DuplicateNik
from pulut_desktop.storage.settings import set_setting
from tests.conftest import make_registration
from tests.outbox.helpers import nik
from tests.services.helpers import audited


def _counts(store) -> dict[Status, int]:
    return {status: n for status, n in registrations.count_by_status(store).items() if n}


def test_a_new_registration_is_saved_submitted_and_audited(store):
    outcome = registration.save_registration(store, make_registration(), new=True)
    assert outcome.similar == []
    saved = outcome.saved
    assert saved.status is Status.READY  # approval is required by default
    reg, reason, history = registration.open_registration(store, saved.id)
    assert reg.nik == "1471014508900001" and reason is None
    assert [e.entity_id for e in audited(store, "registration.created")] == [saved.id]
    assert len(history) == len(registration.registration_history(store, saved.id)) >= 1


def test_an_exact_nik_is_refused_before_anything_is_saved(store):
    first = registration.save_registration(store, make_registration(), new=True).saved
    with pytest.raises(DuplicateNik):
        registration.save_registration(store, make_registration(full_name="Orang Lain"), new=True)
    assert _counts(store) == {Status.READY: 1}
    assert [e.entity_id for e in audited(store, "registration.created")] == [first.id]


def test_a_near_match_is_asked_about_first_then_saved_when_confirmed(store):
    first = registration.save_registration(store, make_registration(), new=True).saved
    twin = make_registration(nik=nik(2))  # same name, birth date and village, another NIK
    asked = registration.save_registration(store, twin, new=True)
    assert asked.saved is None and [s.id for s in asked.similar] == [first.id]
    assert asked.similar[0].masked_nik != first.nik
    assert _counts(store) == {Status.READY: 1}
    saved = registration.save_registration(store, twin, new=True, confirmed_different=[first.id]).saved
    assert saved is not None and saved.id != first.id
    assert _counts(store) == {Status.READY: 2}
    assert len(audited(store, "registration.confirmed_different")) == 1


def test_guard_rails_stop_new_registrations_but_not_fixes(store):
    saved = registration.save_registration(store, make_registration(), new=True).saved
    set_setting(store, "guard_unsent_records", 1)
    registrations.save(store, make_registration(nik=nik(2), full_name="Ani Lain"), submit=True)
    codes = [v.code for v in guard_rails.check_guard_rails(store)]
    assert "guard.too_many_unsent" in codes
    with pytest.raises(GuardRailBlocked):
        registration.check_registration_allowed(store)
    with pytest.raises(GuardRailBlocked):
        registration.save_registration(store, make_registration(nik=nik(3), full_name="Baru"), new=True)
    fixed = registration.save_registration(store, registrations.get(store, saved.id), new=False)
    assert fixed.saved is not None and fixed.saved.id == saved.id
    assert _counts(store) == {Status.READY: 2}


def test_guard_rails_report_each_limit(store):
    assert guard_rails.check_guard_rails(store, disk_free_mb=lambda _: 10_000) == []
    low = guard_rails.check_guard_rails(store, disk_free_mb=lambda _: 12)
    assert [(v.code, v.params["free_mb"], v.blocking) for v in low] == [("guard.disk_low", 12, True)]
    with pytest.raises(GuardRailBlocked):
        guard_rails.require_registration_allowed(store, disk_free_mb=lambda _: 12)
    later = audit.utcnow() + timedelta(days=400)  # a laptop never enrolled for a year stops too
    late = guard_rails.check_guard_rails(store, now=later, disk_free_mb=lambda _: 10_000)
    assert "guard.not_enrolled" in [v.code for v in late]
